package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"hocviet/internal/viet"
)

const vietUsageText = `usage:
  viet compare EXPECTED GIVEN           grade a typed answer, print JSON
  viet check TEXT                       check the spelling of each syllable, print JSON
  viet telex KEYS                       decode Telex keys
  viet vni KEYS                         decode VNI keys
  viet normalize [--style old|new] TEXT NFC, tone placement, spaces folded
`

// vietDiff is the public shape of one syllable in `viet compare`: only
// these four keys, in this order, whatever SyllableDiff grows.
type vietDiff struct {
	Expected string `json:"expected"`
	Given    string `json:"given"`
	Error    string `json:"error"`
	Detail   string `json:"detail"`
}

type vietCompareOut struct {
	Verdict   string     `json:"verdict"`
	Score     float64    `json:"score"`
	Syllables []vietDiff `json:"syllables"`
}

type vietCheckOut struct {
	Syllables []vietCheck `json:"syllables"`
}

type vietCheck struct {
	Text   string `json:"text"`
	Valid  bool   `json:"valid"`
	Reason string `json:"reason"`
}

// runViet is the `viet` subcommand: the Vietnamese text engine from the
// shell, for checking content and debugging a grade. Exit codes: 0 ok,
// 1 `check` found an invalid syllable, 2 usage error.
func runViet(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, vietUsageText)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, vietUsageText)
		return 0
	case "compare":
		if len(rest) != 2 {
			return vietUsageError(stderr, "compare takes EXPECTED and GIVEN")
		}
		r := viet.Compare(rest[0], rest[1])
		out := vietCompareOut{Verdict: r.Verdict, Score: r.Score, Syllables: make([]vietDiff, len(r.Syllables))}
		for i, s := range r.Syllables {
			out.Syllables[i] = vietDiff{Expected: s.Expected, Given: s.Given, Error: s.Error, Detail: s.Detail}
		}
		return vietJSON(stdout, stderr, out, 0)
	case "check":
		if len(rest) == 0 {
			return vietUsageError(stderr, "check takes TEXT")
		}
		out := vietCheckOut{Syllables: []vietCheck{}}
		code := 0
		for _, c := range viet.Check(strings.Join(rest, " ")) {
			out.Syllables = append(out.Syllables, vietCheck{Text: c.Text, Valid: c.Valid, Reason: c.Reason})
			if !c.Valid {
				code = 1
			}
		}
		return vietJSON(stdout, stderr, out, code)
	case "telex", "vni":
		if len(rest) == 0 {
			return vietUsageError(stderr, cmd+" takes KEYS")
		}
		decode := viet.Telex
		if cmd == "vni" {
			decode = viet.VNI
		}
		fmt.Fprintln(stdout, decode(strings.Join(rest, " ")))
		return 0
	case "normalize":
		fs := flag.NewFlagSet("viet normalize", flag.ContinueOnError)
		fs.SetOutput(stderr)
		style := fs.String("style", "new", "tone placement: old (hòa) or new (hoà)")
		if err := fs.Parse(rest); err != nil {
			return 2
		}
		var st viet.Style
		switch *style {
		case "new":
			st = viet.StyleNew
		case "old":
			st = viet.StyleOld
		default:
			return vietUsageError(stderr, fmt.Sprintf("unknown style %q (want old or new)", *style))
		}
		if fs.NArg() == 0 {
			return vietUsageError(stderr, "normalize takes TEXT")
		}
		fmt.Fprintln(stdout, viet.Normalize(strings.Join(fs.Args(), " "), st))
		return 0
	}
	return vietUsageError(stderr, fmt.Sprintf("unknown command %q", cmd))
}

func vietUsageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "viet: %s\n\n%s", msg, vietUsageText)
	return 2
}

// vietJSON prints v as one JSON line. HTML escaping is off so Vietnamese
// and "<" stay readable in a terminal.
func vietJSON(stdout, stderr io.Writer, v any, code int) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(stderr, "viet:", err)
		return 1
	}
	return code
}
