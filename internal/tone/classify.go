package tone

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
)

// linearModel is a multinomial logistic regression over standardised
// features. It was chosen over hand thresholds because it gives a
// probability to report as confidence, and over anything bigger because a
// few hundred synthetic voices cannot support more parameters honestly.
type linearModel struct {
	Mean []float64   `json:"mean"`
	Std  []float64   `json:"std"`
	W    [][]float64 `json:"w"` // [tone][feature]
	B    []float64   `json:"b"`
}

// modelSet holds models for syllables said alone and for syllables inside
// phrases (alone, the utterance median is the syllable's own, so pitch
// level says nothing and only shape and duration are left), each split
// again for checked syllables: those are half as long, and telling their
// two possible tones apart needs other weights than telling six apart.
type modelSet struct {
	Features        []string    `json:"features"`
	Isolated        linearModel `json:"isolated"`
	Phrase          linearModel `json:"phrase"`
	CheckedIsolated linearModel `json:"checked_isolated"`
	CheckedPhrase   linearModel `json:"checked_phrase"`
	Note            string      `json:"note,omitempty"`
}

func (m *modelSet) pick(isolated, checked bool) *linearModel {
	switch {
	case isolated && checked:
		return &m.CheckedIsolated
	case isolated:
		return &m.Isolated
	case checked:
		return &m.CheckedPhrase
	}
	return &m.Phrase
}

//go:embed model.json
var modelJSON []byte

func loadModels(b []byte) (*modelSet, error) {
	var m modelSet
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	if len(m.Features) != nFeat {
		return nil, fmt.Errorf("tone model: %d features, code has %d", len(m.Features), nFeat)
	}
	for i, name := range m.Features {
		if name != featureNames[i] {
			return nil, fmt.Errorf("tone model: feature %d is %q, code has %q", i, name, featureNames[i])
		}
	}
	for _, lm := range []*linearModel{&m.Isolated, &m.Phrase, &m.CheckedIsolated, &m.CheckedPhrase} {
		if len(lm.Mean) != nFeat || len(lm.Std) != nFeat || len(lm.W) != len(Tones) || len(lm.B) != len(Tones) {
			return nil, fmt.Errorf("tone model: wrong shape")
		}
		for _, w := range lm.W {
			if len(w) != nFeat {
				return nil, fmt.Errorf("tone model: wrong shape")
			}
		}
	}
	return &m, nil
}

// defaultModels is parsed once from the embedded file and only read after.
var defaultModels = func() *modelSet {
	m, err := loadModels(modelJSON)
	if err != nil {
		panic(err) // a broken embedded file is a build defect, caught by any test
	}
	return m
}()

// probs returns the posterior over the six tones, with tones that the
// spelling rules out (anything but sắc and nặng on a checked syllable)
// set to zero before normalising.
func (lm *linearModel) probs(f [nFeat]float64, checked bool) [6]float64 {
	var z [6]float64
	top := math.Inf(-1)
	for t := range Tones {
		if checked && Tones[t] != Sac && Tones[t] != Nang {
			z[t] = math.Inf(-1)
			continue
		}
		s := lm.B[t]
		for i, v := range f {
			s += lm.W[t][i] * (v - lm.Mean[i]) / lm.Std[i]
		}
		z[t] = s
		top = max(top, s)
	}
	var sum float64
	var p [6]float64
	for t := range z {
		if math.IsInf(z[t], -1) {
			continue
		}
		p[t] = math.Exp(z[t] - top)
		sum += p[t]
	}
	for t := range p {
		p[t] /= sum
	}
	return p
}

func argmax(p [6]float64) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}
