package measure

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// DoubleRated is one script's first two ratings (0–10) and whether it went
// to a third rater.
type DoubleRated struct {
	RaterA, RaterB string
	A, B           float64
	Third          bool
}

// RaterPair is the agreement of two raters over the scripts they both rated.
type RaterPair struct {
	RaterA  string `json:"rater_a"`
	RaterB  string `json:"rater_b"`
	Scripts int    `json:"scripts"`
	// Exact: the two ratings are equal to the half point (the scale's step).
	Exact float64 `json:"exact"`
	// Adjacent: they differ by at most one step (0.5), exact included.
	Adjacent    float64 `json:"adjacent"`
	Correlation float64 `json:"correlation"`
	// MeanDifference is mean(A - B): positive when A is the more lenient.
	MeanDifference float64 `json:"mean_difference"`
	// ThirdRater is the share of their scripts sent to a third rater.
	ThirdRater float64 `json:"third_rater"`
}

// RaterAgreement groups double-rated scripts by rater pair (the two names in
// alphabetical order, A first) and computes each pair's agreement.
func RaterAgreement(scripts []DoubleRated) []RaterPair {
	type acc struct {
		a, b  []float64
		third int
	}
	by := map[[2]string]*acc{}
	for _, s := range scripts {
		ra, rb, a, b := s.RaterA, s.RaterB, s.A, s.B
		if rb < ra {
			ra, rb, a, b = rb, ra, b, a
		}
		k := [2]string{ra, rb}
		if by[k] == nil {
			by[k] = &acc{}
		}
		by[k].a = append(by[k].a, a)
		by[k].b = append(by[k].b, b)
		if s.Third {
			by[k].third++
		}
	}
	keys := make([][2]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	out := make([]RaterPair, 0, len(keys))
	for _, k := range keys {
		c := by[k]
		n := float64(len(c.a))
		rp := RaterPair{RaterA: k[0], RaterB: k[1], Scripts: len(c.a), Correlation: math.NaN()}
		var exact, adj, diff float64
		for i := range c.a {
			d := math.Abs(halfPoint(c.a[i]) - halfPoint(c.b[i]))
			if d < 1e-9 {
				exact++
			}
			if d <= 0.5+1e-9 {
				adj++
			}
			diff += c.a[i] - c.b[i]
		}
		rp.Exact, rp.Adjacent, rp.MeanDifference = exact/n, adj/n, diff/n
		rp.ThirdRater = float64(c.third) / n
		if len(c.a) >= 3 && variance(c.a) > 1e-12 && variance(c.b) > 1e-12 {
			rp.Correlation = stat.Correlation(c.a, c.b, nil)
		}
		out = append(out, rp)
	}
	return out
}

// halfPoint rounds a rating to the scale's half-point step (a rating is the
// mean of its criteria and may fall between steps).
func halfPoint(x float64) float64 { return math.Round(x*2) / 2 }
