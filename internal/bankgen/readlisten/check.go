package readlisten

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/viet"
)

// Check lints every bank under root (ids are unique across banks), prints
// the problems in the listening and reading banks, and counts their items
// by skill, level and type. It reports whether there were errors.
func Check(root string, w io.Writer) bool {
	ps := bank.Lint(root)
	mine := func(p bank.Problem) bool {
		f := filepath.ToSlash(p.File)
		return strings.Contains(f, "/nghe/") || strings.Contains(f, "/doc/")
	}
	errs, warns, others := 0, 0, 0
	for _, p := range ps {
		if !mine(p) {
			if p.Severity == bank.SevError {
				others++
			}
			continue
		}
		fmt.Fprintln(w, p.String())
		if p.Severity == bank.SevError {
			errs++
		} else {
			warns++
		}
	}
	fmt.Fprintf(w, "nghe+doc: %d errors, %d warnings (other banks: %d errors)\n", errs, warns, others)
	b, _ := bank.Read(filepath.Join(root, "nghe"), filepath.Join(root, "doc"))
	stats := b.Stats()
	per := map[string]int{}
	for _, s := range stats {
		fmt.Fprintf(w, "  %-9s Bậc %d  %-10s %4d\n", s.Skill, s.Level, s.Type, s.Count)
		per[fmt.Sprintf("%s Bậc %d", s.Skill, s.Level)] += s.Count
	}
	for _, sk := range []string{bank.Listening, bank.Reading} {
		total := 0
		var parts []string
		for lv := 1; lv <= 6; lv++ {
			n := per[fmt.Sprintf("%s Bậc %d", sk, lv)]
			if n > 0 {
				parts = append(parts, fmt.Sprintf("B%d %d", lv, n))
			}
			total += n
		}
		fmt.Fprintf(w, "%s: %s; total %d\n", sk, strings.Join(parts, ", "), total)
	}
	fmt.Fprintf(w, "groups: %d\n", len(b.Groups))
	return errs == 0
}

// CheckText reports words that are not Vietnamese syllables in the text the
// learner reads or hears (prompts, passages, transcripts, feedback), which
// lint checks only in answers: a typo in a passage is as bad as in a key.
// Known foreign words and names are skipped.
func CheckText(root string, w io.Writer) int {
	b, _ := bank.Read(filepath.Join(root, "nghe"), filepath.Join(root, "doc"))
	n := 0
	report := func(where, field, s string) {
		for _, c := range viet.Check(s) {
			if c.Valid || textAllowed[c.Text] || letterName(c.Text) {
				continue
			}
			fmt.Fprintf(w, "%s: %s: %q is not a Vietnamese syllable (%s)\n", where, field, c.Text, c.Reason)
			n++
		}
	}
	for _, g := range b.Groups {
		for _, f := range []struct{ k, s string }{{"title", g.Title}, {"passage", g.Passage}, {"transcript", g.Transcript}} {
			report(g.ID, f.k, f.s)
		}
	}
	// bank synth drops "Name:" at the start of a line as a speaker label;
	// outside dialogues that would silence part of the transcript.
	for _, it := range b.Items {
		if speakerLabel.MatchString(it.Transcript) {
			fmt.Fprintf(w, "%s: transcript: %q would be read as a speaker label and not spoken\n", it.ID, speakerLabel.FindString(it.Transcript))
			n++
		}
	}
	for _, it := range b.Items {
		for _, f := range []struct{ k, s string }{{"prompt", it.Prompt}, {"passage", it.Passage}, {"transcript", it.Transcript},
			{"text", it.Text}, {"feedback", it.Feedback.Vi}} {
			report(it.ID, f.k, f.s)
		}
	}
	return n
}

var speakerLabel = regexp.MustCompile(`(?m)^\s*[\p{L} ]{1,20}:\s*`)

// textAllowed are words that are deliberately not Vietnamese syllables.
var textAllowed = map[string]bool{"Lênin": true, "II": true, "III": true, "IV": true}

// letterName is a letter or digraph written alone, as in “âm cuối -nh” or
// “bắt đầu bằng r”, or a capital naming a building (“nhà B”).
func letterName(s string) bool {
	switch s {
	case "b", "c", "ch", "d", "g", "k", "l", "m", "n", "ng", "nh", "p", "r", "s", "t", "v", "x":
		return true
	}
	r := []rune(s)
	return len(r) == 1 && r[0] >= 'A' && r[0] <= 'Z'
}
