package bank

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"hocviet/internal/viet"
)

// Response is what a candidate gave for one item; each type reads its own
// fields.
type Response struct {
	// Choices: option ids (choice), a tone name (tone_pick), "true" or
	// "false" (true_false).
	Choices []string `json:"choices,omitempty"`
	// Text: typed answer (dictation, add_marks, essay).
	Text string `json:"text,omitempty"`
	// Gaps: one answer per gap, in order (cloze, gap_fill).
	Gaps []string `json:"gaps,omitempty"`
	// Pairs: left side → chosen right side (match), by text.
	Pairs map[string]string `json:"pairs,omitempty"`
	// Words: the tiles in the order the candidate put them (order_words).
	Words []string `json:"words,omitempty"`
}

// Verdicts of a Score beyond viet's typed-answer verdicts.
const (
	VerdictPartial = "partial" // some gaps or pairs right
	VerdictPending = "pending" // waits for a rater (essay, speaking)
)

// Score is a graded response. Detail explains it part by part (each gap,
// each pair, the typed text) for feedback after answering.
type Score struct {
	Points  float64  `json:"points"`
	Max     float64  `json:"max"`
	Verdict string   `json:"verdict"`
	Detail  []Detail `json:"detail,omitempty"`
}

// Detail is the grade of one part of a response.
type Detail struct {
	Part      string              `json:"part,omitempty"` // "gap 2", a match's left side
	Given     string              `json:"given"`
	Expected  string              `json:"expected"` // the nearest correct answer
	Verdict   string              `json:"verdict"`
	Points    float64             `json:"points"`
	Syllables []viet.SyllableDiff `json:"syllables,omitempty"`
}

// Grade scores a response. Typed Vietnamese goes through viet, so tone-mark
// placement, Unicode form, case and spacing do not cost points, and a wrong
// tone costs less than a wrong letter (the item's credit policy says how
// much). Essays and speaking come back pending with no points.
func Grade(it *Item, resp Response) Score {
	total := it.MaxPoints()
	s := Score{Max: total}
	switch it.Type {
	case TypeChoice:
		var want []string
		var texts []string
		for _, o := range it.Options {
			if o.Correct {
				want = append(want, o.ID)
				texts = append(texts, o.Text)
			}
		}
		ok := sameSet(want, resp.Choices)
		s.add(Detail{Given: strings.Join(optionTexts(it, resp.Choices), "; "), Expected: strings.Join(texts, "; ")}, ok, total)
	case TypeTonePick:
		want, _ := viet.ParseTone(it.Answer)
		ok := false
		given := ""
		if len(resp.Choices) == 1 {
			given = resp.Choices[0]
			t, valid := viet.ParseTone(given)
			ok = valid && t == want
		}
		s.add(Detail{Given: given, Expected: want.String()}, ok, total)
	case TypeTrueFalse:
		given := ""
		if len(resp.Choices) == 1 {
			given = resp.Choices[0]
		}
		s.add(Detail{Given: given, Expected: it.Answer}, given == it.Answer, total)
	case TypeDictation, TypeAddMarks:
		s.typed(it, "", it.Accept, resp.Text, total)
	case TypeCloze, TypeGapFill:
		each := total / float64(max1(len(it.Gaps)))
		for i, g := range it.Gaps {
			given := ""
			if i < len(resp.Gaps) {
				given = resp.Gaps[i]
			}
			part := "gap " + strconv.Itoa(i+1)
			if len(g.Options) > 0 {
				s.add(Detail{Part: part, Given: given, Expected: g.Answer}, given != "" && viet.Key(given) == viet.Key(g.Answer), each)
			} else {
				s.typed(it, part, g.Accept, given, each)
			}
		}
	case TypeMatch:
		each := total / float64(max1(len(it.Pairs)))
		for _, p := range it.Pairs {
			given := resp.Pairs[p.Left]
			s.add(Detail{Part: p.Left, Given: given, Expected: p.Right}, given != "" && viet.Key(given) == viet.Key(p.Right), each)
		}
	case TypeOrderWords:
		given := strings.Join(resp.Words, " ")
		ok, nearest := false, ""
		if len(it.Accept) > 0 {
			nearest = it.Accept[0]
		}
		free, _ := FreeOrders(it) // lint reports a bad free_order; grading takes what it can
		for _, a := range append(slices.Clone(it.Accept), free...) {
			if viet.Key(a) == viet.Key(given) {
				ok, nearest = true, a
				break
			}
		}
		s.add(Detail{Given: given, Expected: nearest}, ok, total)
	default:
		s.Verdict = VerdictPending
		return s
	}
	s.Points = round2(s.Points)
	s.Verdict = s.overall()
	return s
}

// add records an all-or-nothing part.
func (s *Score) add(d Detail, ok bool, worth float64) {
	d.Verdict = viet.VerdictWrong
	if ok {
		d.Verdict, d.Points = viet.VerdictCorrect, worth
	}
	s.Points += d.Points
	s.Detail = append(s.Detail, d)
}

// typed grades a typed answer against the accepted ones and names the
// nearest, so feedback corrects towards what the candidate meant.
// A number typed in digits is the number in words unless the item says
// answer_form: words.
func (s *Score) typed(it *Item, part string, accept []string, given string, worth float64) {
	c := it.Credit.Policy()
	compare := viet.CompareWith
	if it.AnswerForm == "words" {
		compare = viet.CompareWords
	}
	d := Detail{Part: part, Given: given, Verdict: viet.VerdictWrong}
	if strings.TrimSpace(given) != "" {
		var best viet.Result
		for i, a := range accept {
			r := compare([]string{a}, given, c)
			if i == 0 || r.Score > best.Score {
				best, d.Expected = r, a
			}
		}
		d.Verdict, d.Points, d.Syllables = best.Verdict, round2(best.Score*worth), best.Syllables
	} else if len(accept) > 0 {
		d.Expected = accept[0]
	}
	s.Points += d.Points
	s.Detail = append(s.Detail, d)
}

// overall names the whole response: the typed verdict when there is one
// part, else correct, wrong or partial.
func (s *Score) overall() string {
	if len(s.Detail) == 1 {
		return s.Detail[0].Verdict
	}
	switch {
	case s.Points >= s.Max-1e-9:
		return viet.VerdictCorrect
	case s.Points <= 1e-9:
		return viet.VerdictWrong
	}
	return VerdictPartial
}

func sameSet(want, got []string) bool {
	a, b := slices.Clone(want), slices.Clone(got)
	slices.Sort(a)
	slices.Sort(b)
	return len(a) > 0 && slices.Equal(a, slices.Compact(b))
}

func optionTexts(it *Item, ids []string) []string {
	var out []string
	for _, id := range ids {
		for _, o := range it.Options {
			if o.ID == id {
				out = append(out, o.Text)
			}
		}
	}
	return out
}

func max1(n int) int { return max(n, 1) }

func round2(x float64) float64 { return math.Round(x*100) / 100 }
