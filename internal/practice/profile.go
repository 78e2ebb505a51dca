package practice

import (
	"cmp"
	"slices"

	"hocviet/internal/viet"
)

// Profile is what a candidate's typed answers show about tones and marks:
// which tone was typed for which, which letter marks go missing, and which
// sounds are swapped (the -nh/-ch finals and r that Lao lacks).
type Profile struct {
	Syllables  int // expected syllables graded
	ToneErrors int // syllables with the wrong tone
	MarkErrors int // syllables with a wrong letter mark (ă â ê ô ơ ư đ)
	// Tones[e][g] counts syllables of expected tone e typed with tone g
	// (e ≠ g), indexed by viet.Tone.
	Tones [6][6]int
	// Confusions are the non-zero cells of Tones, most frequent first.
	Confusions []Confusion
	// Marks are letters typed with the wrong mark ("ư" as "u").
	Marks []Confusion
	// Sounds are parts of wrong syllables typed as another ("coda nh" as
	// "n"); only onsets and codas, where the Lao confusions are.
	Sounds []Confusion
}

// Confusion is one kind of slip and how often it happened.
type Confusion struct {
	Part     string // for Sounds: "onset" or "coda"
	Expected string
	Given    string
	Count    int
	// LaoMerge marks tone confusions inside one of the two groups Lao
	// speakers merge (ngang/huyền/sắc, hỏi/ngã/nặng).
	LaoMerge bool
}

// ToneGroup is 1 for ngang, huyền and sắc, which Lao speakers tend to merge
// towards one low tone, and 2 for hỏi, ngã and nặng, merged towards another.
func ToneGroup(t viet.Tone) int {
	switch t {
	case viet.Ngang, viet.Huyen, viet.Sac:
		return 1
	}
	return 2
}

// Add counts one graded typed answer's syllables.
func (p *Profile) Add(diffs []viet.SyllableDiff) {
	for _, d := range diffs {
		if d.Expected == "" {
			continue // an extra syllable has no expected tone
		}
		p.Syllables++
		switch d.Error {
		case viet.DiffTone, viet.DiffDiacritic:
			if d.ExpectedTone != d.GivenTone && validTone(d.ExpectedTone) && validTone(d.GivenTone) {
				p.ToneErrors++
				p.Tones[d.ExpectedTone][d.GivenTone]++
			}
			if d.Error == viet.DiffDiacritic {
				p.MarkErrors++
				for _, m := range d.Marks {
					p.Marks = bump(p.Marks, Confusion{Expected: m.Expected, Given: m.Given})
				}
			}
		case viet.DiffWrong:
			for _, pt := range d.Parts {
				if pt.Part == "onset" || pt.Part == "coda" {
					p.Sounds = bump(p.Sounds, Confusion{Part: pt.Part, Expected: pt.Expected, Given: pt.Given})
				}
			}
		}
	}
	p.Confusions = p.Confusions[:0]
	for e := range 6 {
		for g := range 6 {
			if n := p.Tones[e][g]; n > 0 {
				et, gt := viet.Tone(e), viet.Tone(g)
				p.Confusions = append(p.Confusions, Confusion{Expected: et.String(), Given: gt.String(), Count: n,
					LaoMerge: ToneGroup(et) == ToneGroup(gt)})
			}
		}
	}
	for _, cs := range [][]Confusion{p.Confusions, p.Marks, p.Sounds} {
		slices.SortStableFunc(cs, func(a, b Confusion) int {
			return cmp.Or(b.Count-a.Count, cmp.Compare(a.Part, b.Part), cmp.Compare(a.Expected, b.Expected), cmp.Compare(a.Given, b.Given))
		})
	}
}

// ToneErrorRate is the share of graded syllables with a wrong tone.
func (p *Profile) ToneErrorRate() float64 {
	if p.Syllables == 0 {
		return 0
	}
	return float64(p.ToneErrors) / float64(p.Syllables)
}

// MergeShare is the share of tone errors that stay inside a Lao merge
// group: high means the learner hears the height of the tone but not its
// shape, which is worth telling them.
func (p *Profile) MergeShare() float64 {
	if p.ToneErrors == 0 {
		return 0
	}
	n := 0
	for _, c := range p.Confusions {
		if c.LaoMerge {
			n += c.Count
		}
	}
	return float64(n) / float64(p.ToneErrors)
}

func validTone(t viet.Tone) bool { return t >= viet.Ngang && t <= viet.Nang }

func bump(cs []Confusion, c Confusion) []Confusion {
	for i := range cs {
		if cs[i].Part == c.Part && cs[i].Expected == c.Expected && cs[i].Given == c.Given {
			cs[i].Count++
			return cs
		}
	}
	c.Count = 1
	return append(cs, c)
}
