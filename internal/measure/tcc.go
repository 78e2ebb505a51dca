package measure

import (
	"math"
	"sort"
)

// Weighted is an item as a form counts it: its model and what it is worth.
type Weighted struct {
	Item   Item
	Points float64
}

// TCC is a form's test characteristic curve for one skill on the 0–10
// scale: the expected score, 10 × sum(points × expected fraction) / sum
// points, of a candidate of ability theta (NaN when the form has no item of
// the skill).
func TCC(form []Weighted, skill string, theta float64) float64 {
	var got, total float64
	for _, w := range form {
		if w.Item.Skill != skill || len(w.Item.Steps) == 0 {
			continue
		}
		got += w.Points * ExpectedFraction(theta, w.Item)
		total += w.Points
	}
	if total == 0 {
		return math.NaN()
	}
	return 10 * got / total
}

// MaxTCCGap is how far apart two parallel forms' curves may be (issue 14:
// 0.5 points on 0–10 for abilities from −2 to +2).
const MaxTCCGap = 0.5

// TCCGap is where two forms' curves for a skill are furthest apart.
type TCCGap struct {
	Skill string  `json:"skill"`
	Theta float64 `json:"theta"`
	A     float64 `json:"a"`
	B     float64 `json:"b"`
	Diff  float64 `json:"diff"` // |A - B|
}

// CompareTCC finds, per skill both forms have, the ability in [lo, hi]
// (searched in steps of 0.05 logit) where the two curves differ most. The
// result is sorted by skill.
func CompareTCC(a, b []Weighted, lo, hi float64) []TCCGap {
	skills := map[string]bool{}
	for _, w := range a {
		skills[w.Item.Skill] = true
	}
	var out []TCCGap
	for sk := range skills {
		g := TCCGap{Skill: sk, Diff: -1}
		for th := lo; th <= hi+1e-9; th += 0.05 {
			ta, tb := TCC(a, sk, th), TCC(b, sk, th)
			if math.IsNaN(ta) || math.IsNaN(tb) {
				continue
			}
			if d := math.Abs(ta - tb); d > g.Diff {
				g = TCCGap{Skill: sk, Theta: math.Round(th*100) / 100, A: ta, B: tb, Diff: d}
			}
		}
		if g.Diff >= 0 {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Skill < out[j].Skill })
	return out
}
