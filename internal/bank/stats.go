package bank

import (
	"cmp"
	"slices"
)

// Stat counts items of one skill, level and type.
type Stat struct {
	Skill string `json:"skill"`
	Level int    `json:"level"`
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// SortStats orders stats by skill (exam order), level and type, so the
// files and the database report alike.
func SortStats(ss []Stat) {
	slices.SortFunc(ss, func(a, b Stat) int {
		return cmp.Or(cmp.Compare(slices.Index(Skills, a.Skill), slices.Index(Skills, b.Skill)),
			cmp.Compare(a.Level, b.Level), cmp.Compare(a.Type, b.Type))
	})
}

// Stats counts the bank's items by skill, level and type.
func (b *Bank) Stats() []Stat {
	n := map[Stat]int{}
	for _, it := range b.Items {
		n[Stat{Skill: it.Skill, Level: it.Level, Type: it.Type}]++
	}
	out := make([]Stat, 0, len(n))
	for s, c := range n {
		s.Count = c
		out = append(out, s)
	}
	SortStats(out)
	return out
}
