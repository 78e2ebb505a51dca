package measure

import (
	"fmt"
	"math"
)

// Matrix is the person × item matrix of one skill, in categories:
// X[p][i] is the category person p obtained on item i, or -1 when the item
// was not presented. Items[i].Steps may be empty (Calibrate estimates them);
// Items[i].Scores gives the number of categories (len-1 steps).
type Matrix struct {
	Persons []string
	Items   []Item
	X       [][]int
}

func (m Matrix) maxCat(i int) int {
	if len(m.Items[i].Scores) > 0 {
		return len(m.Items[i].Scores) - 1
	}
	return len(m.Items[i].Steps)
}

// Validate reports a matrix that cannot be calibrated, naming the cell.
func (m Matrix) Validate() error {
	if len(m.X) != len(m.Persons) {
		return fmt.Errorf("matrix: %d rows for %d persons", len(m.X), len(m.Persons))
	}
	for i := range m.Items {
		if m.maxCat(i) < 1 {
			return fmt.Errorf("matrix: item %q has fewer than two score categories", m.Items[i].ID)
		}
	}
	for p, row := range m.X {
		if len(row) != len(m.Items) {
			return fmt.Errorf("matrix: person %q has %d cells for %d items", m.Persons[p], len(row), len(m.Items))
		}
		for i, c := range row {
			if c > m.maxCat(i) {
				return fmt.Errorf("matrix: person %q, item %q: category %d above the maximum %d", m.Persons[p], m.Items[i].ID, c, m.maxCat(i))
			}
		}
	}
	return nil
}

// ItemResult is one item's calibration.
type ItemResult struct {
	Item
	Difficulty float64 `json:"difficulty"`
	SE         float64 `json:"se"`
	Infit      float64 `json:"infit"`
	Outfit     float64 `json:"outfit"`
	// N is the number of responses the estimate rests on.
	N int `json:"n"`
	// Extreme is "min" or "max" when every included person scored the
	// item's minimum or maximum: its difficulty cannot be estimated and the
	// item is left out of the scale (Difficulty is NaN).
	Extreme string `json:"extreme,omitempty"`
}

// Calibration is the result of Calibrate on one skill's matrix.
type Calibration struct {
	Items   []ItemResult `json:"items"`
	Persons []Estimate   `json:"persons"`
	// Extreme[p] is true for a person with a zero or perfect score, who
	// carries no information on item difficulties and is left out of
	// their estimation (the person still gets a WLE).
	Extreme    []bool  `json:"-"`
	Iterations int     `json:"iterations"`
	Converged  bool    `json:"converged"`
	BiasFactor float64 `json:"bias_factor"`
	// Shift is what CalibrateData added to every estimate to fix the
	// scale's origin (0 from Calibrate itself).
	Shift float64 `json:"shift"`
}

// CalibrateOptions tunes Calibrate; the zero value gives the defaults.
type CalibrateOptions struct {
	MaxIter int     // default 500
	Tol     float64 // largest change in logits to stop, default 1e-5
}

// Calibrate estimates the partial credit model (Rasch for 0/1 items) by joint
// maximum likelihood, as Wright & Masters (1982) and Winsteps do:
// alternating Newton steps for the step difficulties and the abilities,
// each capped at one logit, with persons and items of extreme score left
// out, until no estimate moves by more than Tol. The item scale is centred
// (mean item difficulty 0) and the difficulties are then multiplied by
// (L-1)/L, L the mean number of items a person answered, the correction of
// JML's known inflation (Wright & Douglas 1977; Linacre's STBIAS). Persons
// are finally estimated by WLE on the corrected items, and infit / outfit
// mean squares computed from those estimates.
func Calibrate(m Matrix, opt CalibrateOptions) (*Calibration, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if opt.MaxIter <= 0 {
		opt.MaxIter = 500
	}
	if opt.Tol <= 0 {
		opt.Tol = 1e-5
	}
	nP, nI := len(m.Persons), len(m.Items)
	maxc := make([]int, nI)
	for i := range maxc {
		maxc[i] = m.maxCat(i)
	}

	// Leave out extreme persons and items until none is left: dropping an
	// item can make a person extreme and the other way round.
	personIn := make([]bool, nP)
	for p := range personIn {
		personIn[p] = true
	}
	itemIn := make([]bool, nI)
	for i := range itemIn {
		itemIn[i] = true
	}
	extremeItem := make([]string, nI)
	for changed := true; changed; {
		changed = false
		for p := 0; p < nP; p++ {
			if !personIn[p] {
				continue
			}
			r, mx, n := 0, 0, 0
			for i, c := range m.X[p] {
				if c < 0 || !itemIn[i] {
					continue
				}
				r += c
				mx += maxc[i]
				n++
			}
			if n == 0 || r == 0 || r == mx {
				personIn[p] = false
				changed = true
			}
		}
		for i := 0; i < nI; i++ {
			if !itemIn[i] {
				continue
			}
			r, mx, n := 0, 0, 0
			for p := 0; p < nP; p++ {
				if c := m.X[p][i]; c >= 0 && personIn[p] {
					r += c
					mx += maxc[i]
					n++
				}
			}
			if n == 0 || r == 0 || r == mx {
				itemIn[i] = false
				changed = true
				switch {
				case n == 0:
					extremeItem[i] = "none"
				case r == 0:
					extremeItem[i] = "min"
				default:
					extremeItem[i] = "max"
				}
			}
		}
	}

	// Observed counts of "category >= k" per item step, and raw scores.
	atLeast := make([][]float64, nI)
	for i := range atLeast {
		atLeast[i] = make([]float64, maxc[i]+1)
	}
	raw := make([]float64, nP)
	for p := 0; p < nP; p++ {
		if !personIn[p] {
			continue
		}
		for i, c := range m.X[p] {
			if c < 0 || !itemIn[i] {
				continue
			}
			raw[p] += float64(c)
			for k := 1; k <= c; k++ {
				atLeast[i][k]++
			}
		}
	}

	steps := make([][]float64, nI)
	for i := range steps {
		steps[i] = make([]float64, maxc[i])
	}
	theta := make([]float64, nP)
	prob := make([]float64, 0, 32)

	res := &Calibration{}
	for iter := 1; iter <= opt.MaxIter; iter++ {
		res.Iterations = iter
		change := 0.0
		// Items: one Newton step per step difficulty.
		for i := 0; i < nI; i++ {
			if !itemIn[i] {
				continue
			}
			mc := maxc[i]
			exp := make([]float64, mc+1)
			vr := make([]float64, mc+1)
			for p := 0; p < nP; p++ {
				if !personIn[p] || m.X[p][i] < 0 {
					continue
				}
				prob = prob[:mc+1]
				probsInto(prob, theta[p], steps[i])
				tail := 0.0
				for k := mc; k >= 1; k-- {
					tail += prob[k]
					exp[k] += tail
					vr[k] += tail * (1 - tail)
				}
			}
			// The steps of one item are updated side by side, each as if
			// the others stood still; they are not independent, so with
			// many categories full steps overshoot and oscillate. Half
			// steps converge (Wright & Masters' damping of PCM steps).
			damp := 1.0
			if mc > 2 {
				damp = 0.5
			}
			for k := 1; k <= mc; k++ {
				if vr[k] <= 0 {
					continue
				}
				d := clamp(damp*(exp[k]-atLeast[i][k])/vr[k], -1, 1)
				nv := clamp(steps[i][k-1]+d, thetaMin, thetaMax)
				change = math.Max(change, math.Abs(nv-steps[i][k-1]))
				steps[i][k-1] = nv
			}
		}
		// Persons: one Newton step each (maximum likelihood).
		for p := 0; p < nP; p++ {
			if !personIn[p] {
				continue
			}
			e, v := 0.0, 0.0
			for i, c := range m.X[p] {
				if c < 0 || !itemIn[i] {
					continue
				}
				ei, vi, _ := Moments(theta[p], steps[i])
				e += ei
				v += vi
			}
			if v <= 0 {
				continue
			}
			d := clamp((raw[p]-e)/v, -1, 1)
			nv := clamp(theta[p]+d, thetaMin, thetaMax)
			change = math.Max(change, math.Abs(nv-theta[p]))
			theta[p] = nv
		}
		// Centre the items: the scale's origin is the mean item difficulty.
		mean, n := 0.0, 0
		for i := 0; i < nI; i++ {
			if itemIn[i] {
				mean += meanOf(steps[i])
				n++
			}
		}
		if n > 0 {
			mean /= float64(n)
			for i := 0; i < nI; i++ {
				for k := range steps[i] {
					steps[i][k] -= mean
				}
			}
			for p := range theta {
				theta[p] -= mean
			}
		}
		if change < opt.Tol {
			res.Converged = true
			break
		}
	}

	// (L-1)/L, L the mean number of (included) items per included person.
	sumL, nIn := 0, 0
	for p := 0; p < nP; p++ {
		if !personIn[p] {
			continue
		}
		nIn++
		for i, c := range m.X[p] {
			if c >= 0 && itemIn[i] {
				sumL++
			}
		}
	}
	res.BiasFactor = 1
	if nIn > 0 {
		L := float64(sumL) / float64(nIn)
		if L > 1 {
			res.BiasFactor = (L - 1) / L
		}
	}

	items := make([]Item, nI)
	res.Items = make([]ItemResult, nI)
	for i := 0; i < nI; i++ {
		it := m.Items[i]
		it.Provisional = false
		if itemIn[i] {
			st := make([]float64, maxc[i])
			for k := range st {
				st[k] = steps[i][k] * res.BiasFactor
			}
			it.Steps = st
		} else {
			it.Steps = nil
		}
		items[i] = it
		res.Items[i] = ItemResult{Item: it, Difficulty: math.NaN(), SE: math.NaN(), Infit: math.NaN(), Outfit: math.NaN(), Extreme: extremeItem[i]}
		if itemIn[i] {
			res.Items[i].Difficulty = it.Difficulty()
		}
	}

	// Persons by WLE on the corrected, included items.
	res.Persons = make([]Estimate, nP)
	res.Extreme = make([]bool, nP)
	cats := make([]int, nI)
	for p := 0; p < nP; p++ {
		res.Extreme[p] = !personIn[p]
		any := false
		for i, c := range m.X[p] {
			cats[i] = -1
			if itemIn[i] && c >= 0 {
				cats[i] = c
				any = true
			}
		}
		if !any {
			res.Persons[p] = Estimate{Theta: math.NaN(), SE: math.NaN()}
			continue
		}
		est, err := WLE(items, cats)
		if err != nil {
			return nil, fmt.Errorf("calibrate: person %q: %w", m.Persons[p], err)
		}
		res.Persons[p] = est
	}

	// SE and fit of each item, from the non-extreme persons.
	for i := 0; i < nI; i++ {
		if !itemIn[i] {
			continue
		}
		var info, sumZ2, sumSq, n float64
		for p := 0; p < nP; p++ {
			c := m.X[p][i]
			if c < 0 || !personIn[p] {
				continue
			}
			e, v, _ := Moments(res.Persons[p].Theta, items[i].Steps)
			info += v
			r := float64(c) - e
			sumSq += r * r
			if v > 0 {
				sumZ2 += r * r / v
			}
			n++
		}
		res.Items[i].N = int(n)
		res.Items[i].SE = seFromInfo(info)
		if info > 0 {
			res.Items[i].Infit = sumSq / info
		}
		if n > 0 {
			res.Items[i].Outfit = sumZ2 / n
		}
	}
	for i := 0; i < nI; i++ {
		if res.Items[i].N == 0 {
			n := 0
			for p := 0; p < nP; p++ {
				if m.X[p][i] >= 0 {
					n++
				}
			}
			res.Items[i].N = n
		}
	}
	return res, nil
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func meanOf(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
