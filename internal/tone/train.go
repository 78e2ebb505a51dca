package tone

import "math"

const (
	trainL2    = 1e-3 // ridge penalty on standardised weights
	trainIters = 3000
	trainRate  = 0.05
)

// trainModels fits the isolated and phrase models on the training split.
func trainModels(outcomes []evalOutcome) (*modelSet, error) {
	type set struct {
		X       [][nFeat]float64
		y       []int
		checked []bool
	}
	var sets [4]set // index: 2·checked + isolated
	for _, o := range outcomes {
		if !o.item.train || o.err != nil {
			continue
		}
		for i, s := range o.res.result.Syllables {
			_, base := toneOf(s.Text)
			checked := isChecked(base)
			k := 0
			if checked {
				k += 2
			}
			if o.res.isolated {
				k++
			}
			sets[k].X = append(sets[k].X, o.res.features[i])
			sets[k].y = append(sets[k].y, toneIndex(s.Expected))
			sets[k].checked = append(sets[k].checked, checked)
		}
	}
	for _, s := range sets {
		if len(s.X) == 0 {
			return nil, errNoTraining
		}
	}
	fit := func(k int) linearModel { return fitLinear(sets[k].X, sets[k].y, sets[k].checked) }
	return &modelSet{
		Features:        featureNames[:],
		Phrase:          fit(0),
		Isolated:        fit(1),
		CheckedPhrase:   fit(2),
		CheckedIsolated: fit(3),
		Note:            "multinomial logistic regression fitted by Evaluate(EvalOptions{Train: true}) on the training split of the espeak-ng corpus (see README.md)",
	}, nil
}

// fitLinear runs full-batch gradient descent with Adam on the softmax
// cross-entropy. Checked syllables are trained with the same two-tone mask
// that is applied when classifying, so the model does not spend capacity
// telling a checked nặng from tones it can never be.
func fitLinear(X [][nFeat]float64, y []int, checked []bool) linearModel {
	nT := len(Tones)
	lm := linearModel{Mean: make([]float64, nFeat), Std: make([]float64, nFeat), B: make([]float64, nT)}
	for _, x := range X {
		for j, v := range x {
			lm.Mean[j] += v
		}
	}
	for j := range lm.Mean {
		lm.Mean[j] /= float64(len(X))
	}
	for _, x := range X {
		for j, v := range x {
			lm.Std[j] += (v - lm.Mean[j]) * (v - lm.Mean[j])
		}
	}
	for j := range lm.Std {
		lm.Std[j] = math.Sqrt(lm.Std[j] / float64(len(X)))
		if lm.Std[j] < 1e-6 {
			lm.Std[j] = 1
		}
	}
	Z := make([][nFeat]float64, len(X))
	for i, x := range X {
		for j, v := range x {
			Z[i][j] = (v - lm.Mean[j]) / lm.Std[j]
		}
	}
	nP := nT * (nFeat + 1)
	theta := make([]float64, nP) // per tone: nFeat weights then bias
	m1, m2 := make([]float64, nP), make([]float64, nP)
	grad := make([]float64, nP)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for it := 1; it <= trainIters; it++ {
		clear(grad)
		for i, z := range Z {
			var logits [6]float64
			top := math.Inf(-1)
			for t := range nT {
				if checked[i] && Tones[t] != Sac && Tones[t] != Nang {
					logits[t] = math.Inf(-1)
					continue
				}
				s := theta[t*(nFeat+1)+nFeat]
				for j, v := range z {
					s += theta[t*(nFeat+1)+j] * v
				}
				logits[t] = s
				top = max(top, s)
			}
			var sum float64
			for t := range nT {
				logits[t] = math.Exp(logits[t] - top)
				sum += logits[t]
			}
			for t := range nT {
				g := logits[t] / sum
				if t == y[i] {
					g--
				}
				if g == 0 {
					continue
				}
				base := t * (nFeat + 1)
				for j, v := range z {
					grad[base+j] += g * v
				}
				grad[base+nFeat] += g
			}
		}
		for k := range theta {
			g := grad[k] / float64(len(Z))
			if k%(nFeat+1) != nFeat {
				g += trainL2 * theta[k]
			}
			m1[k] = b1*m1[k] + (1-b1)*g
			m2[k] = b2*m2[k] + (1-b2)*g*g
			mh := m1[k] / (1 - math.Pow(b1, float64(it)))
			vh := m2[k] / (1 - math.Pow(b2, float64(it)))
			theta[k] -= trainRate * mh / (math.Sqrt(vh) + eps)
		}
	}
	lm.W = make([][]float64, nT)
	for t := range nT {
		lm.W[t] = make([]float64, nFeat)
		for j := range nFeat {
			lm.W[t][j] = round(theta[t*(nFeat+1)+j], 4)
		}
		lm.B[t] = round(theta[t*(nFeat+1)+nFeat], 4)
	}
	for j := range nFeat {
		lm.Mean[j], lm.Std[j] = round(lm.Mean[j], 4), round(lm.Std[j], 4)
	}
	return lm
}
