package bank

import (
	"regexp"
	"strconv"
)

// gapMark is how a cloze or gap-fill text marks its gaps: {1}, {2}, ...
// It is parsed here only; the lint, the exam page, practice and the
// preview all cut texts through Segments.
var gapMark = regexp.MustCompile(`\{(\d+)\}`)

// Segment is a piece of a gapped text: plain text, or a gap with the
// number N the text writes (1-based; maybe out of range when the item
// is broken: the lint says so, a page shows an empty field).
type Segment struct {
	Text string
	Gap  bool
	N    int
}

// Segments cuts a text at its {n} marks, in order.
func Segments(text string) []Segment {
	var out []Segment
	last := 0
	for _, m := range gapMark.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > last {
			out = append(out, Segment{Text: text[last:m[0]]})
		}
		n, err := strconv.Atoi(text[m[2]:m[3]])
		if err != nil {
			n = 0 // too long for an int: no gap has that number either
		}
		out = append(out, Segment{Gap: true, N: n})
		last = m[1]
	}
	if last < len(text) {
		out = append(out, Segment{Text: text[last:]})
	}
	return out
}

// GapNumbers lists the gap numbers of a text in the order written.
func GapNumbers(text string) []int {
	var out []int
	for _, s := range Segments(text) {
		if s.Gap {
			out = append(out, s.N)
		}
	}
	return out
}
