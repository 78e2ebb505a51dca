// Package measure is the measurement layer of the screening exam: classical
// item analysis of a session, Rasch / partial credit calibration of items,
// ability estimates with their standard errors, and the step function of
// the adaptive placement test.
//
// It imports nothing of the project: the store turns released responses into
// a Matrix, the CLI and the web layer call the functions here and keep or show
// what they return.
//
// Every item is modelled by Masters' partial credit model. An item scored
// 0/1 has one step and the model reduces to the dichotomous Rasch model. Step
// difficulties are absolute logits (delta_ik, not thresholds around the item's
// location), so P(X=x | theta) is proportional to
// exp(sum_{k<=x} (theta - delta_ik)).
package measure

import (
	"fmt"
	"math"
)

// Item is a calibrated (or provisional) item on a skill's logit scale.
type Item struct {
	ID        string `json:"item_id"`
	VersionID int64  `json:"version_id,omitempty"`
	Skill     string `json:"skill,omitempty"`
	// Type is the item type (choice, gap, ...); the adaptive test balances
	// content across types.
	Type string `json:"type,omitempty"`
	// Level is the item's Bậc (1–6) as its author labelled it.
	Level int `json:"level,omitempty"`
	// Steps are the absolute step difficulties delta_i1..delta_im in logits;
	// one step for a 0/1 item.
	Steps []float64 `json:"steps"`
	// Scores maps each category 0..m to the fraction of the item's points
	// it stands for (len(Steps)+1 values, ascending; nil means k/m).
	Scores []float64 `json:"scores,omitempty"`
	// Provisional is true when the difficulty comes from the Bậc mapping,
	// not from a calibration.
	Provisional bool `json:"provisional,omitempty"`
}

// Difficulty is the item's location: the mean of its step difficulties.
func (it Item) Difficulty() float64 {
	if len(it.Steps) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, d := range it.Steps {
		s += d
	}
	return s / float64(len(it.Steps))
}

// MaxCat is the highest category (the number of steps).
func (it Item) MaxCat() int { return len(it.Steps) }

// Category maps a score, as a fraction of the item's points, to the nearest
// category of the item. Calibration may have merged score values nobody
// obtained; the nearest kept category stands for them.
func (it Item) Category(frac float64) int {
	m := len(it.Steps)
	if m == 0 {
		return 0
	}
	best, bestD := 0, math.Inf(1)
	for k := 0; k <= m; k++ {
		v := float64(k) / float64(m)
		if it.Scores != nil && len(it.Scores) == m+1 {
			v = it.Scores[k]
		}
		if d := math.Abs(v - frac); d < bestD-1e-12 {
			best, bestD = k, d
		}
	}
	return best
}

// Validate reports an item that cannot be used by the model.
func (it Item) Validate() error {
	if len(it.Steps) == 0 {
		return fmt.Errorf("item %q: no step difficulties", it.ID)
	}
	for k, d := range it.Steps {
		if math.IsNaN(d) || math.IsInf(d, 0) {
			return fmt.Errorf("item %q: step %d is %v", it.ID, k+1, d)
		}
	}
	if it.Scores != nil && len(it.Scores) != len(it.Steps)+1 {
		return fmt.Errorf("item %q: %d score values for %d categories", it.ID, len(it.Scores), len(it.Steps)+1)
	}
	return nil
}

// Probs returns P(X=0..m | theta) under the partial credit model. The
// exponents are shifted by their maximum so that no step overflows.
func Probs(theta float64, steps []float64) []float64 {
	p := make([]float64, len(steps)+1)
	probsInto(p, theta, steps)
	return p
}

func probsInto(p []float64, theta float64, steps []float64) {
	p[0] = 0
	acc, hi := 0.0, 0.0
	for k, d := range steps {
		acc += theta - d
		p[k+1] = acc
		if acc > hi {
			hi = acc
		}
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - hi)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
}

// Moments returns the expected score E, the variance V (the item's Fisher
// information at theta) and the third central moment K3 (dV/dtheta, used by
// Warm's correction) of an item's category at theta.
func Moments(theta float64, steps []float64) (e, v, k3 float64) {
	var buf [16]float64
	var p []float64
	if len(steps)+1 <= len(buf) {
		p = buf[:len(steps)+1]
	} else {
		p = make([]float64, len(steps)+1)
	}
	probsInto(p, theta, steps)
	for k, pk := range p {
		e += float64(k) * pk
	}
	for k, pk := range p {
		d := float64(k) - e
		v += d * d * pk
		k3 += d * d * d * pk
	}
	return e, v, k3
}

// Information is the Fisher information of an item at theta.
func Information(theta float64, it Item) float64 {
	_, v, _ := Moments(theta, it.Steps)
	return v
}

// ExpectedFraction is the expected score of an item as a fraction of its
// points (its item characteristic curve).
func ExpectedFraction(theta float64, it Item) float64 {
	p := Probs(theta, it.Steps)
	m := len(it.Steps)
	s := 0.0
	for k, pk := range p {
		v := float64(k) / float64(m)
		if it.Scores != nil && len(it.Scores) == m+1 {
			v = it.Scores[k]
		}
		s += v * pk
	}
	return s
}

// Bounds of every ability and difficulty estimate: beyond ±8 logits the data
// say nothing more and Newton steps only wander.
const (
	thetaMin = -8.0
	thetaMax = 8.0
)

// Draw simulates a response under the model: the category a person of
// ability theta obtains on an item with these steps.
func Draw(theta float64, steps []float64, rng interface{ Float64() float64 }) int {
	p := Probs(theta, steps)
	u := rng.Float64()
	for k, pk := range p {
		u -= pk
		if u < 0 {
			return k
		}
	}
	return len(p) - 1
}
