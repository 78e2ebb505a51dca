// Package scoring turns skill scores into a level by the rules of the
// national framework for foreigners (Thông tư 17/2015/TT-BGDĐT) as the test
// centres apply them: each skill 0–10 rounded to 0.5, the average of the
// four rounded the same way, and a table from average to Bậc 1–6.
package scoring

import (
	"errors"
	"math"
)

// Skills in exam order.
var Skills = []string{"listening", "reading", "writing", "speaking"}

// Round05 rounds by the national rule: a fraction below .25 goes down, from
// .25 up to (not including) .75 becomes .5, from .75 goes up. The input is
// first snapped to 1e-9 so 6.7499999999 from float sums counts as 6.75.
func Round05(x float64) float64 {
	x = math.Round(x*1e9) / 1e9
	whole := math.Floor(x)
	frac := x - whole
	switch {
	case frac < 0.25:
		return whole
	case frac < 0.75:
		return whole + 0.5
	}
	return whole + 1
}

// LevelOf maps a rounded average to Bậc 1–6; 0 means no level.
func LevelOf(avg float64) int {
	switch {
	case avg >= 9.0:
		return 6
	case avg >= 7.5:
		return 5
	case avg >= 6.0:
		return 4
	case avg >= 4.0:
		return 3
	case avg >= 2.0:
		return 2
	case avg >= 1.0:
		return 1
	}
	return 0
}

// Result is a finished screening exam.
type Result struct {
	Skills  map[string]float64 // each rounded to 0.5
	Average float64            // rounded to 0.5
	Level   int                // 0: no level
	NoLevel string             // why there is no level: "zero_skill" or "low_average"
}

// ErrMissingSkill is returned when a skill has no score yet.
var ErrMissingSkill = errors.New("scoring: every skill needs a score")

// Combine rounds each skill, averages the four with equal weight, rounds
// the average and looks up the level. A 0 in any skill, or an average below
// 1.0, gives no level.
func Combine(raw map[string]float64) (Result, error) {
	r := Result{Skills: map[string]float64{}}
	sum := 0.0
	zero := false
	for _, s := range Skills {
		v, ok := raw[s]
		if !ok {
			return r, ErrMissingSkill
		}
		v = Round05(math.Max(0, math.Min(10, v)))
		r.Skills[s] = v
		sum += v
		if v == 0 {
			zero = true
		}
	}
	r.Average = Round05(sum / float64(len(Skills)))
	switch {
	case zero:
		r.NoLevel = "zero_skill"
	case r.Average < 1.0:
		r.NoLevel = "low_average"
	default:
		r.Level = LevelOf(r.Average)
	}
	return r, nil
}

// FromPoints scales earned points to a 0–10 skill score (not yet rounded).
func FromPoints(earned, max float64) float64 {
	if max <= 0 {
		return 0
	}
	return 10 * earned / max
}
