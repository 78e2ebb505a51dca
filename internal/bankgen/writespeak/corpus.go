// Package writespeak turns hand-written corpora of Vietnamese sentences,
// prompts and terms into the writing (viet), speaking (noi) and vocabulary
// (tuvung) banks under question_banks/. The corpora in data/ are the
// authored material; this package only lays them out as bank YAML, so a
// reviewer reads and corrects the corpus and regenerates.
//
// Corpus lines (one entry a line, '#' starts a comment line):
//
//	@ LEVEL TOPIC[,TOPIC...]          applies to the lines below it
//	G text with [gap] or [a|b]        writing gap_fill (typed gaps)
//	O tile / tile / tile. | alt...    writing order_words; "|" adds accepted orders
//	M sentence                        writing add_marks (marks are stripped for the prompt)
//	E MIN-MAX | prompt                writing essay (\n in the prompt is a line break)
//	R text                            speaking read_aloud
//	D KIND: text                      speaking read_aloud drill (KIND tones, nhch, rl)
//	P prompt                          speaking respond
//
// A kind followed by "+vn" (E+vn, P+vn) marks an item that assumes the
// candidate already lives or studies in Vietnam ("Những ngày đầu ở Việt
// Nam…"): it is written with context: in_vietnam, and screening blueprints,
// taken before departure, never draw it.
//
// Vocabulary lines: "term | pos | lao | en | example" under "@ LEVEL TOPIC".
package writespeak

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.txt
var dataFS embed.FS

// Entry is one authored line of a corpus.
type Entry struct {
	Kind   string // G O M E R D P, or V for vocabulary
	Level  int
	Topics []string
	Text   string
	File   string
	Line   int
	// InVietnam: the entry assumes the candidate is in Vietnam ("+vn").
	InVietnam bool
}

// Corpus is every entry of the data files, in file and line order.
type Corpus struct {
	Writing, Speaking, Vocab []Entry
}

// LoadCorpus reads the embedded data files.
func LoadCorpus() (*Corpus, error) { return loadCorpus(dataFS) }

func loadCorpus(fsys fs.FS) (*Corpus, error) {
	names, err := fs.Glob(fsys, "data/*.txt")
	if err != nil {
		return nil, err
	}
	c := &Corpus{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		vocab := strings.HasPrefix(name, "data/vocab")
		es, err := parse(name, string(b), vocab)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			switch {
			case vocab:
				c.Vocab = append(c.Vocab, e)
			case strings.ContainsRune("GOME", rune(e.Kind[0])):
				c.Writing = append(c.Writing, e)
			default:
				c.Speaking = append(c.Speaking, e)
			}
		}
	}
	return c, nil
}

func parse(name, src string, vocab bool) ([]Entry, error) {
	var out []Entry
	level := 0
	var topics []string
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(norm.NFC.String(sc.Text()))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		errf := func(f string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(f, a...))
		}
		if strings.HasPrefix(line, "@") {
			f := strings.Fields(line[1:])
			if len(f) != 2 {
				return nil, errf("want \"@ LEVEL TOPICS\"")
			}
			l, err := strconv.Atoi(f[0])
			if err != nil || l < 1 || l > 6 {
				return nil, errf("bad level %q", f[0])
			}
			level, topics = l, strings.Split(f[1], ",")
			continue
		}
		if level == 0 {
			return nil, errf("entry before any \"@ LEVEL TOPICS\" line")
		}
		if vocab {
			out = append(out, Entry{Kind: "V", Level: level, Topics: topics, Text: line, File: name, Line: n})
			continue
		}
		kind, rest, ok := strings.Cut(line, " ")
		kind, vn := strings.CutSuffix(kind, "+vn")
		if !ok || len(kind) != 1 || !strings.Contains("GOMERDP", kind) {
			return nil, errf("unknown entry kind %q", kind)
		}
		out = append(out, Entry{Kind: kind, Level: level, Topics: topics, Text: strings.TrimSpace(rest), File: name, Line: n, InVietnam: vn})
	}
	return out, sc.Err()
}
