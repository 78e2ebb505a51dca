package view

import (
	"strings"

	"hocviet/internal/viet"
)

// Feedback is a graded typed answer worded for the reader: the verdict,
// the score, and each syllable with what is wrong with it. Practice and exam
// review render it with the "feedback" partial.
type Feedback struct {
	Verdict   string
	Label     string
	Score     float64
	Syllables []FeedbackSyllable
	Hints     []string
}

// FeedbackSyllable is one expected syllable lined up with the typed one.
type FeedbackSyllable struct {
	Expected, Given string
	Error           string // "" when right
	Explain         string
}

// Lao speakers merge ngang/huyền/sắc towards one low tone and hỏi/ngã/nặng
// towards another (shared/docs/vietnamese.md); naming the merge helps more
// than "wrong tone". ToneGroup says which of the two a tone is in.
func ToneGroup(t viet.Tone) int {
	switch t {
	case viet.Ngang, viet.Huyen, viet.Sac:
		return 1
	}
	return 2
}

// BuildFeedback words a graded typed answer in the language of t.
func BuildFeedback(t Translator, r viet.Result) Feedback {
	v := Feedback{Verdict: r.Verdict, Label: t("fb.verdict." + r.Verdict), Score: r.Score}
	hints := map[string]bool{}
	for _, d := range r.Syllables {
		fs := FeedbackSyllable{Expected: d.Expected, Given: d.Given, Error: d.Error}
		switch d.Error {
		case viet.DiffTone:
			exp, got := d.ExpectedTone.Vietnamese(), d.GivenTone.Vietnamese()
			switch {
			case len(d.GivenTones) > 1: // họ́c: two marks on one syllable
				var names []string
				for _, g := range d.GivenTones {
					names = append(names, g.Vietnamese())
				}
				fs.Explain = t("fb.two_tones", "Given", strings.Join(names, ", "), "Expected", exp)
			case d.GivenTone == viet.Ngang:
				fs.Explain = t("fb.tone_missing", "Tone", exp)
			case d.ExpectedTone == viet.Ngang:
				fs.Explain = t("fb.tone_not_needed", "Given", got)
			default:
				fs.Explain = t("fb.instead", "Given", got, "Expected", exp)
			}
			if d.ExpectedTone != d.GivenTone && ToneGroup(d.ExpectedTone) == ToneGroup(d.GivenTone) {
				hints["fb.hint.tone_group"] = true
			}
		case viet.DiffDiacritic:
			var parts []string
			for _, m := range d.Marks {
				parts = append(parts, t("fb.instead", "Given", m.Given, "Expected", m.Expected))
			}
			if len(parts) == 0 {
				parts = append(parts, t("fb.letter_marks"))
			}
			if d.ExpectedTone != d.GivenTone {
				parts = append(parts, t("fb.instead", "Given", d.GivenTone.Vietnamese(), "Expected", d.ExpectedTone.Vietnamese()))
			}
			fs.Explain = strings.Join(parts, "; ")
		case viet.DiffMissing:
			fs.Explain = t("fb.missing")
		case viet.DiffExtra:
			fs.Explain = t("fb.extra")
		case viet.DiffWrong:
			fs.Explain = t("fb.wrong")
			for _, p := range d.Parts {
				fs.Explain += "; " + t("fb.part."+p.Part) + ": " +
					t("fb.instead", "Given", OrDash(p.Given), "Expected", OrDash(p.Expected))
				if p.Part == "coda" && (p.Expected == "nh" || p.Expected == "ch") {
					hints["fb.hint.nh_ch"] = true
				}
				if p.Part == "onset" && p.Expected == "r" && (p.Given == "l" || p.Given == "h") {
					hints["fb.hint.r"] = true
				}
			}
		}
		v.Syllables = append(v.Syllables, fs)
	}
	for _, k := range []string{"fb.hint.tone_group", "fb.hint.nh_ch", "fb.hint.r"} {
		if hints[k] {
			v.Hints = append(v.Hints, t(k))
		}
	}
	return v
}

// OrDash shows an empty part as a dash.
func OrDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
