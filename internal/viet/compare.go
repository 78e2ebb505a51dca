package viet

import (
	"fmt"
	"strings"
)

// Verdicts, best first.
const (
	VerdictCorrect      = "correct"
	VerdictTone         = "tone"
	VerdictDiacritic    = "diacritic"
	VerdictNoDiacritics = "no_diacritics"
	VerdictWrong        = "wrong"
)

// Kinds of syllable error in SyllableDiff.Error ("" when the syllable is right).
const (
	DiffTone      = "tone"
	DiffDiacritic = "diacritic"
	DiffWrong     = "wrong"
	DiffMissing   = "missing"
	DiffExtra     = "extra"
)

// Result is the grade of one typed answer.
type Result struct {
	Verdict   string         `json:"verdict"`
	Score     float64        `json:"score"`
	Syllables []SyllableDiff `json:"syllables"`
}

// SyllableDiff is one expected syllable lined up with what was typed.
// Detail is English feedback; the fields after it carry the same facts in
// structured form so the web layer can word them in Lao or Vietnamese.
type SyllableDiff struct {
	Expected string `json:"expected"` // "" for an extra syllable
	Given    string `json:"given"`    // "" for a missing syllable
	Error    string `json:"error"`
	Detail   string `json:"detail"`

	ExpectedTone Tone       `json:"expected_tone"`
	GivenTone    Tone       `json:"given_tone"`
	Marks        []MarkDiff `json:"marks,omitempty"` // letter marks that differ, for diacritic errors
	Parts        []PartDiff `json:"parts,omitempty"` // syllable parts that differ, for wrong syllables
}

// MarkDiff names one letter typed with the wrong mark: Given "u" where
// Expected "ư". Both are lower case without tone.
type MarkDiff struct {
	Expected string `json:"expected"`
	Given    string `json:"given"`
}

// PartDiff names a part of a wrong syllable that differs. Part is "onset",
// "medial", "nucleus" or "coda"; an empty side means the part is absent.
// It names the confusions Lao speakers are known for (an for anh, l for r).
type PartDiff struct {
	Part     string `json:"part"`
	Expected string `json:"expected"`
	Given    string `json:"given"`
}

// Credit is the score given for each verdict.
type Credit struct {
	Correct, Tone, Diacritic, NoDiacritics, Wrong float64
}

// DefaultCredit gives half marks for a tone slip and a quarter for a wrong
// letter mark; an answer typed without any marks earns nothing, because
// the marks are what is being learnt.
var DefaultCredit = Credit{Correct: 1, Tone: 0.5, Diacritic: 0.25, NoDiacritics: 0, Wrong: 0}

func (c Credit) score(verdict string) float64 {
	switch verdict {
	case VerdictCorrect:
		return c.Correct
	case VerdictTone:
		return c.Tone
	case VerdictDiacritic:
		return c.Diacritic
	case VerdictNoDiacritics:
		return c.NoDiacritics
	}
	return c.Wrong
}

func verdictRank(v string) int {
	switch v {
	case VerdictCorrect:
		return 0
	case VerdictTone:
		return 1
	case VerdictDiacritic:
		return 2
	case VerdictNoDiacritics:
		return 3
	}
	return 4
}

// Compare grades given against one expected answer with DefaultCredit.
func Compare(expected, given string) Result {
	return CompareWith([]string{expected}, given, DefaultCredit)
}

// CompareAny grades given against every accepted answer and keeps the best.
func CompareAny(accepted []string, given string) Result {
	return CompareWith(accepted, given, DefaultCredit)
}

// CompareWith is CompareAny with a chosen credit policy. The best result is
// the highest score, then the better verdict, then the fewest syllable
// errors (so the feedback is about the nearest accepted answer). With no
// accepted answers every typed syllable is extra.
func CompareWith(accepted []string, given string, c Credit) Result {
	return compareWith(accepted, given, c, true)
}

// CompareWords is CompareWith for answers that must be written in words:
// a number typed in digits is not the number in words.
func CompareWords(accepted []string, given string, c Credit) Result {
	return compareWith(accepted, given, c, false)
}

// compareWith grades given against each accepted answer as written and,
// with numbers, also with every number in digits on both sides (DigitForm),
// so "8 giờ" is "tám giờ". The digit reading is kept only when it scores
// better: as long as the words are comparable syllable by syllable, the
// feedback is about the words the key has.
func compareWith(accepted []string, given string, c Credit, numbers bool) Result {
	if len(accepted) == 0 {
		r := compareTokens(nil, given, c)
		r.Verdict, r.Score = VerdictWrong, c.Wrong
		return r
	}
	var best Result
	bestErrs := 0
	for i, a := range accepted {
		r := compareTokens(tokens(a), given, c)
		errs := r.errorCount()
		if i == 0 || r.Score > best.Score ||
			(r.Score == best.Score && verdictRank(r.Verdict) < verdictRank(best.Verdict)) ||
			(r.Score == best.Score && r.Verdict == best.Verdict && errs < bestErrs) {
			best, bestErrs = r, errs
		}
	}
	if numbers && best.Verdict != VerdictCorrect {
		dg := DigitForm(given)
		for _, a := range accepted {
			da := DigitForm(a)
			if Key(da) == Key(a) && Key(dg) == Key(given) {
				continue // no number on either side: nothing new to compare
			}
			r := compareTokens(tokens(da), dg, c)
			if r.Score > best.Score || (r.Score == best.Score && verdictRank(r.Verdict) < verdictRank(best.Verdict)) {
				best = r
			}
		}
	}
	return best
}

func (r Result) errorCount() int {
	n := 0
	for _, s := range r.Syllables {
		if s.Error != "" {
			n++
		}
	}
	return n
}

// pairKind classifies an expected and a given syllable.
func pairKind(e, g token) string {
	switch {
	case e.key == g.key:
		return ""
	case len(toneMarks(g.ls)) > 1 && string(e.bare) == string(g.bare):
		// họ́c for học: the letters are right and the slip is a tone
		// typed on top of another.
		return DiffTone
	case e.toneless == g.toneless:
		return DiffTone
	case string(e.bare) == string(g.bare):
		return DiffDiacritic
	}
	return DiffWrong
}

func toneless(ls []letter) string {
	c := make([]letter, len(ls))
	for i, l := range ls {
		l.tone = Ngang
		c[i] = l
	}
	return lettersString(c)
}

// Alignment costs. A wrong syllable costs less than a missing plus an extra
// one, so typed syllables pair up with expected ones where they can; among
// wrong pairings the more similar one is cheaper.
const (
	costTone      = 25
	costDiacritic = 50
	costWrong     = 100
	costGap       = 100
)

func pairCost(e, g token) int {
	switch pairKind(e, g) {
	case "":
		return 0
	case DiffTone:
		return costTone
	case DiffDiacritic:
		return costDiacritic
	}
	n := max(len(e.bare), len(g.bare))
	return costWrong + 50*levenshtein(e.bare, g.bare)/max(n, 1)
}

// levenshtein is only a tie-breaker between wrong pairings, so words too
// long to be syllables are simply called entirely different.
func levenshtein(a, b []rune) int {
	if len(a)*len(b) > 1<<16 {
		return max(len(a), len(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func compareTokens(exp []token, given string, c Credit) Result {
	giv := tokens(given)
	diffs := align(exp, giv)

	worst := ""
	for _, s := range diffs {
		switch {
		case s.Error == DiffMissing || s.Error == DiffExtra || s.Error == DiffWrong:
			worst = VerdictWrong
		case s.Error == DiffDiacritic && worst != VerdictWrong:
			worst = VerdictDiacritic
		case s.Error == DiffTone && worst == "":
			worst = VerdictTone
		}
	}
	verdict := VerdictCorrect
	if worst != "" {
		verdict = worst
		if !hasMarks(given) && anyMarks(exp) && sameBare(exp, giv) {
			verdict = VerdictNoDiacritics
		}
	}
	return Result{Verdict: verdict, Score: c.score(verdict), Syllables: diffs}
}

// maxAlignCells bounds the edit-distance table (rows × columns) so that a
// pasted essay cannot take the server's memory; past it, syllables are
// paired by position.
const maxAlignCells = 250_000

// align lines up expected and given syllables. Equal syllables at both
// ends pair up directly (an optimal alignment always keeps them), so only
// the part that differs goes through the table.
func align(exp, giv []token) []SyllableDiff {
	p := 0
	for p < len(exp) && p < len(giv) && exp[p].key == giv[p].key {
		p++
	}
	q := 0
	for q < len(exp)-p && q < len(giv)-p && exp[len(exp)-1-q].key == giv[len(giv)-1-q].key {
		q++
	}
	out := make([]SyllableDiff, 0, max(len(exp), len(giv)))
	for i := 0; i < p; i++ {
		out = append(out, diffPair(exp[i], giv[i]))
	}
	midE, midG := exp[p:len(exp)-q], giv[p:len(giv)-q]
	if len(midE)*len(midG) > maxAlignCells {
		out = append(out, alignByPosition(midE, midG)...)
	} else {
		out = append(out, alignTable(midE, midG)...)
	}
	for i := q; i > 0; i-- {
		out = append(out, diffPair(exp[len(exp)-i], giv[len(giv)-i]))
	}
	return out
}

// alignTable is the edit distance over syllables; d[i][j] aligns exp[:i]
// with giv[:j].
func alignTable(exp, giv []token) []SyllableDiff {
	n, m := len(exp), len(giv)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i * costGap
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j * costGap
	}
	cost := make([]int, n*m)
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost[(i-1)*m+j-1] = pairCost(exp[i-1], giv[j-1])
			d[i][j] = min(d[i-1][j-1]+cost[(i-1)*m+j-1], d[i-1][j]+costGap, d[i][j-1]+costGap)
		}
	}
	var diffs []SyllableDiff
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+cost[(i-1)*m+j-1]:
			diffs = append(diffs, diffPair(exp[i-1], giv[j-1]))
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+costGap:
			diffs = append(diffs, missing(exp[i-1]))
			i--
		default:
			diffs = append(diffs, extra(giv[j-1]))
			j--
		}
	}
	for a, b := 0, len(diffs)-1; a < b; a, b = a+1, b-1 {
		diffs[a], diffs[b] = diffs[b], diffs[a]
	}
	return diffs
}

func alignByPosition(exp, giv []token) []SyllableDiff {
	var diffs []SyllableDiff
	for i := 0; i < max(len(exp), len(giv)); i++ {
		switch {
		case i >= len(giv):
			diffs = append(diffs, missing(exp[i]))
		case i >= len(exp):
			diffs = append(diffs, extra(giv[i]))
		default:
			diffs = append(diffs, diffPair(exp[i], giv[i]))
		}
	}
	return diffs
}

func missing(e token) SyllableDiff {
	return SyllableDiff{Expected: e.text, Error: DiffMissing, Detail: "missing syllable", ExpectedTone: tokenTone(e)}
}

func extra(g token) SyllableDiff {
	return SyllableDiff{Given: g.text, Error: DiffExtra, Detail: "extra syllable", GivenTone: tokenTone(g)}
}

func anyMarks(ts []token) bool {
	for _, t := range ts {
		if hasMarks(t.key) {
			return true
		}
	}
	return false
}

func sameBare(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if string(a[i].bare) != string(b[i].bare) {
			return false
		}
	}
	return true
}

func tokenTone(t token) Tone {
	tone, _ := syllableTone(t.ls)
	return tone
}

func diffPair(e, g token) SyllableDiff {
	s := SyllableDiff{Expected: e.text, Given: g.text, Error: pairKind(e, g),
		ExpectedTone: tokenTone(e), GivenTone: tokenTone(g)}
	var details []string
	switch s.Error {
	case "":
		return s
	case DiffDiacritic:
		for i := range e.ls {
			if i < len(g.ls) && e.ls[i].mark != g.ls[i].mark {
				md := MarkDiff{Expected: e.ls[i].plain(), Given: g.ls[i].plain()}
				s.Marks = append(s.Marks, md)
				details = append(details, md.Given+" instead of "+md.Expected)
			}
		}
	case DiffWrong:
		s.Parts = partDiffs(e.key, g.key)
		if len(s.Parts) == 0 || len(s.Parts) > 2 {
			s.Detail = "wrong syllable"
			return s
		}
		for _, p := range s.Parts {
			switch {
			case p.Given == "":
				details = append(details, "missing "+p.Expected)
			case p.Expected == "":
				details = append(details, "extra "+p.Given)
			default:
				details = append(details, p.Given+" instead of "+p.Expected)
			}
		}
	}
	if ts := toneMarks(g.ls); len(ts) > 1 {
		s.GivenTone = ts[len(ts)-1]
		details = append(details, multiToneDetail(s.ExpectedTone, ts))
	} else if s.ExpectedTone != s.GivenTone {
		details = append(details, toneDetail(s.ExpectedTone, s.GivenTone))
	}
	s.Detail = strings.Join(details, ", ")
	return s
}

// toneMarks lists the tone marks written on a word, in order, including
// a combining mark stacked on a letter that already has one (họ́c).
func toneMarks(ls []letter) []Tone {
	var ts []Tone
	for _, l := range ls {
		if t, ok := combiningTone[l.r]; ok && !l.viet {
			ts = append(ts, t)
		} else if l.viet && l.tone != Ngang {
			ts = append(ts, l.tone)
		}
	}
	return ts
}

func multiToneDetail(expected Tone, given []Tone) string {
	names := make([]string, len(given))
	for i, t := range given {
		names[i] = t.Vietnamese()
	}
	want := expected.Vietnamese()
	if expected == Ngang {
		want = "no tone mark (" + want + ")"
	}
	return fmt.Sprintf("%d tone marks (%s) on one syllable instead of %s", len(given), strings.Join(names, " + "), want)
}

func toneDetail(expected, given Tone) string {
	if given == Ngang {
		return "missing " + expected.Vietnamese()
	}
	return fmt.Sprintf("%s instead of %s", given.Vietnamese(), expected.Vietnamese())
}

// partDiffs compares two wrong syllables part by part. It gives nothing
// when either side cannot be read as a syllable at all.
func partDiffs(expected, given string) []PartDiff {
	e, errE := ParseSyllable(expected)
	g, errG := ParseSyllable(given)
	if !parsedParts(e, errE) || !parsedParts(g, errG) {
		return nil
	}
	var out []PartDiff
	add := func(part, a, b string) {
		if a != b {
			out = append(out, PartDiff{Part: part, Expected: a, Given: b})
		}
	}
	add("onset", e.Onset, g.Onset)
	add("medial", e.Medial, g.Medial)
	add("nucleus", e.Nucleus, g.Nucleus)
	add("coda", e.Coda, g.Coda)
	return out
}

// parsedParts reports whether ParseSyllable got as far as the nucleus: a
// spelling error (a missing tone on a checked syllable, say) still leaves
// parts worth comparing.
func parsedParts(s Syllable, err error) bool {
	return err == nil || s.Nucleus != ""
}
