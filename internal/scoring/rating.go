package scoring

import "math"

// DefaultGap is how far two raters may differ before a third adjudicates.
const DefaultGap = 1.5

// Rating is one rater's score of a script: the mean of its criteria.
type Rating struct {
	Criteria map[string]float64
}

// Score is the mean of the criteria, each 0–10 in 0.5 steps.
func (r Rating) Score() float64 {
	if len(r.Criteria) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range r.Criteria {
		sum += v
	}
	return sum / float64(len(r.Criteria))
}

// Final decides a double-marked script's score:
//   - two raters within gap of each other: the mean of the two;
//   - further apart: a third rater adjudicates, and the final score is the
//     mean of the third rating and whichever of the first two is closer to
//     it (the outlying rating is dropped); equally close, the mean of all three.
//
// needThird reports that the two ratings disagree and no third exists yet.
func Final(first, second float64, third *float64, gap float64) (score float64, needThird bool) {
	if math.Abs(first-second) <= gap+1e-9 {
		return (first + second) / 2, false
	}
	if third == nil {
		return 0, true
	}
	t := *third
	d1, d2 := math.Abs(first-t), math.Abs(second-t)
	switch {
	case math.Abs(d1-d2) < 1e-9:
		return (first + second + t) / 3, false
	case d1 < d2:
		return (first + t) / 2, false
	}
	return (second + t) / 2, false
}
