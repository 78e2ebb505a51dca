package practice

import (
	"cmp"
	"slices"

	"hocviet/internal/bank"
)

// TypedTypes are the item types whose answers are typed Vietnamese, graded
// syllable by syllable: the answers the error profile reads.
var TypedTypes = []string{bank.TypeDictation, bank.TypeAddMarks, bank.TypeGapFill, bank.TypeCloze}

// Mistake is one kind of slip of a profile, of any kind, for a single list.
type Mistake struct {
	Kind     string // "tone", "mark" or "sound"
	Part     string // for sounds: "onset" or "coda"
	Expected string
	Given    string
	Count    int
}

// mistakeRank orders kinds at equal counts: tones first, they cost
// learners most, then letter marks, then sounds.
var mistakeRank = map[string]int{"tone": 0, "mark": 1, "sound": 2}

// Mistakes lists every confusion, mark and sound slip of the profile in one
// list, most frequent first; at equal counts tones before marks before
// sounds, then by the letters.
func (p *Profile) Mistakes() []Mistake {
	var ms []Mistake
	for _, c := range p.Confusions {
		ms = append(ms, Mistake{Kind: "tone", Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	for _, c := range p.Marks {
		ms = append(ms, Mistake{Kind: "mark", Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	for _, c := range p.Sounds {
		ms = append(ms, Mistake{Kind: "sound", Part: c.Part, Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	slices.SortStableFunc(ms, func(a, b Mistake) int {
		return cmp.Or(b.Count-a.Count, mistakeRank[a.Kind]-mistakeRank[b.Kind],
			cmp.Compare(a.Expected+a.Given, b.Expected+b.Given))
	})
	return ms
}
