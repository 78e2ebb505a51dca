package measure

import (
	"fmt"
	"math"
	"sort"
)

// MinCount is the fewest observations a score category keeps its own step
// with; sparser categories are merged with a neighbour. For a rated script
// it is Linacre's guideline of about ten observations per category: rating
// points are judgements, and merging neighbours changes little. An
// objective item's partial scores (2 of 3 gaps) are counts of right
// answers: merging them would change what the item's score means (an easy
// item's rare 0 and 1/3 merged would start its scale at "half right"), so
// only categories nobody obtained are dropped, as Winsteps does with
// unobserved categories.
func MinCount(rated bool) int {
	if rated {
		return 10
	}
	return 1
}

// Grid is the resolution a fraction of an item's points is read at before
// categories are formed: hundredths for objective items (each distinct
// partial score, such as 2 of 3 gaps or a typed answer's 0.25, is its own
// category until merged for being rare), tenths for rated scripts (a 0–10
// score read to the whole point, since 21 half-point categories cannot be
// estimated from one school's candidates).
func Grid(rated bool) float64 {
	if rated {
		return 0.1
	}
	return 0.01
}

// Categorize turns one item's observed score fractions (NaN: not presented)
// into categories 0..m. The fractions are rounded to grid; each distinct value
// observed becomes a category in ascending order, and categories with fewer
// than minCount observations are merged into their smaller neighbour until
// every category has minCount or only two are left. It returns the category
// of every response (-1 for NaN) and the fraction each category stands for
// (the mean of the fractions merged into it).
func Categorize(fracs []float64, grid float64, minCount int) (cats []int, scores []float64, err error) {
	if grid <= 0 || grid > 1 {
		return nil, nil, fmt.Errorf("categorize: grid %v outside (0, 1]", grid)
	}
	type bin struct {
		sum   float64
		count int
		lo    int // quantised value, ascending key
	}
	byQ := map[int]*bin{}
	q := make([]int, len(fracs))
	for i, f := range fracs {
		if math.IsNaN(f) {
			q[i] = math.MinInt
			continue
		}
		if f < -1e-9 || f > 1+1e-9 {
			return nil, nil, fmt.Errorf("categorize: response %d: score fraction %v outside [0, 1]", i, f)
		}
		k := int(math.Round(f / grid))
		q[i] = k
		b := byQ[k]
		if b == nil {
			b = &bin{lo: k}
			byQ[k] = b
		}
		b.sum += f
		b.count++
	}
	bins := make([]*bin, 0, len(byQ))
	for _, b := range byQ {
		bins = append(bins, b)
	}
	sort.Slice(bins, func(a, b int) bool { return bins[a].lo < bins[b].lo })
	// groups[j] lists the quantised values merged into category j.
	groups := make([][]int, len(bins))
	for j, b := range bins {
		groups[j] = []int{b.lo}
	}
	for len(bins) > 2 {
		small := -1
		for j, b := range bins {
			if b.count < minCount && (small < 0 || b.count < bins[small].count) {
				small = j
			}
		}
		if small < 0 {
			break
		}
		into := small - 1
		if small == 0 || (small+1 < len(bins) && bins[small+1].count < bins[small-1].count) {
			into = small + 1
		}
		bins[into].sum += bins[small].sum
		bins[into].count += bins[small].count
		groups[into] = append(groups[into], groups[small]...)
		bins = append(bins[:small], bins[small+1:]...)
		groups = append(groups[:small], groups[small+1:]...)
	}
	catOf := map[int]int{}
	scores = make([]float64, len(bins))
	for j, b := range bins {
		scores[j] = b.sum / float64(b.count)
		for _, v := range groups[j] {
			catOf[v] = j
		}
	}
	cats = make([]int, len(fracs))
	for i := range fracs {
		if q[i] == math.MinInt {
			cats[i] = -1
			continue
		}
		cats[i] = catOf[q[i]]
	}
	return cats, scores, nil
}

// Provisional difficulties by Bậc, for items no calibration has reached yet.
// The six levels of the framework are placed one logit apart with Bậc 3 at the
// centre of the scale, so that a candidate at the lower edge of Bậc b has an
// even chance on a typical Bậc b item (the response-probability-50 convention
// used to set cut scores). It is a starting point only: each item's
// calibrated difficulty replaces it as soon as one exists.
func ProvisionalDifficulty(level int) float64 {
	if level < 1 {
		level = 1
	}
	if level > 6 {
		level = 6
	}
	return float64(level) - 3
}

// LevelCut is the ability at which Bậc b begins on the provisional scale
// (the difficulty of a typical Bậc b item minus half a level): a candidate
// whose ability is at least LevelCut(b) is placed at Bậc b or above.
func LevelCut(level int) float64 { return ProvisionalDifficulty(level) - 0.5 }

// LevelOf is the Bậc (1–6) of an ability on the provisional scale.
func LevelOf(theta float64) int {
	for b := 6; b >= 2; b-- {
		if theta >= LevelCut(b) {
			return b
		}
	}
	return 1
}

// ProvisionalItem gives an uncalibrated item provisional step difficulties:
// its Bậc's difficulty, with the steps of a partial credit item 0.4 logit
// apart around it (a rated script read to the whole point, 10 steps, spans
// 3.6 logits: each point of a rating is a small step of ability).
func ProvisionalItem(it Item, maxCat int) Item {
	if maxCat < 1 {
		maxCat = 1
	}
	d := ProvisionalDifficulty(it.Level)
	it.Steps = make([]float64, maxCat)
	for k := range it.Steps {
		it.Steps[k] = d + 0.4*(float64(k)-float64(maxCat-1)/2)
	}
	it.Scores = nil
	it.Provisional = true
	return it
}
