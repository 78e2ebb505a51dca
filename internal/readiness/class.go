package readiness

import (
	"sort"

	"hocviet/internal/scoring"
)

// ClassStats describes a class by its members' latest results.
type ClassStats struct {
	Members int
	Tested  int
	// Bands[skill][b] counts members whose latest score in the skill falls
	// in the band of Bậc b (0: below Bậc 1), read through the same table as
	// averages, so a teacher sees "12 learners speak at Bậc 2".
	Bands  map[string][7]int
	Levels [7]int // overall level of the latest result
	Means  []SkillMean
}

// SkillMean is a skill's class average, for ranking the weakest.
type SkillMean struct {
	Skill string
	Mean  float64
}

// Class computes the class statistics from each member's latest result
// (nil for members not yet tested).
func Class(latest []*Attempt) ClassStats {
	st := ClassStats{Members: len(latest), Bands: map[string][7]int{}}
	sums := map[string]float64{}
	for _, a := range latest {
		if a == nil {
			continue
		}
		st.Tested++
		st.Levels[a.Level]++
		for _, s := range Skills {
			v := a.Skills[s]
			b := st.Bands[s]
			b[scoring.LevelOf(v)]++
			st.Bands[s] = b
			sums[s] += v
		}
	}
	for _, s := range Skills {
		m := SkillMean{Skill: s}
		if st.Tested > 0 {
			m.Mean = sums[s] / float64(st.Tested)
		}
		st.Means = append(st.Means, m)
	}
	// Weakest first; exam order breaks ties so the page does not shuffle.
	sort.SliceStable(st.Means, func(i, j int) bool { return st.Means[i].Mean < st.Means[j].Mean })
	return st
}

// ItemStat is how a class did on one exam item.
type ItemStat struct {
	Ref      string // the item's id in its bank
	Skill    string
	Prompt   string
	Answered int
	Score    float64 // points earned, summed over answers
	Max      float64 // points possible, summed over answers
}

// Rate is the share of points earned, 0–1.
func (s ItemStat) Rate() float64 {
	if s.Max <= 0 {
		return 0
	}
	return s.Score / s.Max
}

// MinAnswers keeps an item answered by two people from heading the list.
const MinAnswers = 3

// WeakestItems are the n items with the lowest rate among those answered
// often enough to tell.
func WeakestItems(items []ItemStat, n int) []ItemStat {
	var out []ItemStat
	for _, it := range items {
		if it.Answered >= MinAnswers && it.Max > 0 {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Rate() != out[j].Rate() {
			return out[i].Rate() < out[j].Rate()
		}
		return out[i].Ref < out[j].Ref
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
