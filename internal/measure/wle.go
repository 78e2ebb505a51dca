package measure

import (
	"fmt"
	"math"
)

// Estimate is a person's ability with its standard error.
type Estimate struct {
	Theta float64 `json:"theta"`
	SE    float64 `json:"se"`
	// Items is the number of items answered.
	Items int `json:"items"`
}

// WLE is Warm's (1989) weighted likelihood estimate of ability from the
// categories obtained on items (cats[i] < 0: item i not presented). Unlike
// the maximum likelihood estimate it is finite for a zero or a perfect score
// and has a smaller bias, which is why it is used for every person estimate
// (the reported score, the adaptive test after each answer). It solves
//
//	sum_i (x_i - E_i) + J/(2I) = 0, I = sum V_i, J = sum K3_i,
//
// by bisection on [-8, 8]: the left side decreases in theta, so bisection
// cannot miss the root, and 60 halvings give far more precision than the
// data carry. The SE is 1/sqrt(I) at the estimate.
func WLE(items []Item, cats []int) (Estimate, error) {
	if len(items) != len(cats) {
		return Estimate{}, fmt.Errorf("wle: %d items but %d responses", len(items), len(cats))
	}
	n := 0
	for i, c := range cats {
		if c < 0 {
			continue
		}
		if c > items[i].MaxCat() {
			return Estimate{}, fmt.Errorf("wle: item %q: category %d above its maximum %d", items[i].ID, c, items[i].MaxCat())
		}
		n++
	}
	if n == 0 {
		return Estimate{}, fmt.Errorf("wle: no responses")
	}
	f := func(theta float64) (float64, float64) {
		var r, I, J float64
		for i, c := range cats {
			if c < 0 {
				continue
			}
			e, v, k3 := Moments(theta, items[i].Steps)
			r += float64(c) - e
			I += v
			J += k3
		}
		if I <= 0 {
			return r, I
		}
		return r + J/(2*I), I
	}
	lo, hi := thetaMin, thetaMax
	if g, _ := f(lo); g <= 0 {
		_, I := f(lo)
		return Estimate{Theta: lo, SE: seFromInfo(I), Items: n}, nil
	}
	if g, _ := f(hi); g >= 0 {
		_, I := f(hi)
		return Estimate{Theta: hi, SE: seFromInfo(I), Items: n}, nil
	}
	for it := 0; it < 60 && hi-lo > 1e-10; it++ {
		mid := (lo + hi) / 2
		if g, _ := f(mid); g > 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	theta := (lo + hi) / 2
	_, I := f(theta)
	return Estimate{Theta: theta, SE: seFromInfo(I), Items: n}, nil
}

func seFromInfo(info float64) float64 {
	if info <= 0 {
		return math.Inf(1)
	}
	return 1 / math.Sqrt(info)
}
