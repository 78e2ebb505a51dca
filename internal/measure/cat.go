package measure

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// CATConfig are the rules of the adaptive test.
type CATConfig struct {
	// Start is the ability assumed before the first answer ("near the
	// middle").
	Start float64
	// TargetSE stops the test once the ability's standard error is at most
	// this.
	TargetSE float64
	// MaxItems stops the test after this many items.
	MaxItems int
	// TopK is the exposure control: the next item is drawn at random among
	// the TopK most informative unseen items of the chosen type
	// (randomesque, Kingsbury & Zara 1989).
	TopK int
	// Shares sets the content balance: the share of the test each item type
	// should have. Nil means the shares of the types in the pool.
	Shares map[string]float64
	// Cuts, Z and MinItems are the classification stop of adaptive mastery
	// testing (Spray & Reckase 1996; Eggen & Straetmans 2000): after at
	// least MinItems answers the test stops once the interval
	// Theta ± Z·SE contains none of the cuts, i.e. the candidate is placed
	// on one side of every cut with confidence. No cuts or Z <= 0 turns the
	// rule off.
	Cuts     []float64
	Z        float64
	MinItems int
	// AtCut chooses items by their information at the cut nearest the
	// current estimate instead of at the estimate itself: what a
	// classification needs (Spray & Reckase 1994; Eggen 1999).
	AtCut bool
}

// DefaultCAT is the placement test's configuration: start at 0, items
// chosen by their information at the Bậc 3 cut (the level a candidate is
// sent at), random among the 5 most informative; stop when the ability's
// interval θ ± 1.5·SE lies wholly above or below that cut after at least 5
// items, or at SE <= 0.35, or after 15 items. z, the minimum and the
// selection at the cut were chosen with `exam simulate` on seeds 1–3
// (docs/measurement.md): accuracy above the fixed form's with about 29 of
// its 70 items.
func DefaultCAT() CATConfig {
	return CATConfig{Start: 0, TargetSE: 0.35, MaxItems: 15, TopK: 5,
		Cuts: []float64{LevelCut(3)}, Z: 1.5, MinItems: 5, AtCut: true}
}

// Classified reports whether the interval theta ± z·se contains none of
// the cuts: the classification stop of adaptive mastery testing.
func Classified(theta, se, z float64, cuts []float64) bool {
	if len(cuts) == 0 || z <= 0 || math.IsInf(se, 0) || math.IsNaN(se) || math.IsNaN(theta) {
		return false
	}
	lo, hi := theta-z*se, theta+z*se
	for _, c := range cuts {
		if lo <= c && c <= hi {
			return false
		}
	}
	return true
}

// CATAnswer is one answered item of an adaptive test: the item and the
// category obtained on it (Item.Category of the score fraction).
type CATAnswer struct {
	ItemID string `json:"item_id"`
	Cat    int    `json:"cat"`
}

// CATState is where an adaptive test stands after its answers.
type CATState struct {
	Theta float64 `json:"theta"`
	SE    float64 `json:"se"`
	Items int     `json:"items"`
	Done  bool    `json:"done"`
	// Reason says why the test is done: "se", "cut" (classified against the
	// cuts), "max_items" or "pool".
	Reason string `json:"reason,omitempty"`
}

// CATEstimate is the ability after the answers (WLE; the start value with
// an infinite SE before the first answer). An answer to an item not in the
// pool is an error: the server must never score against an unknown item.
func CATEstimate(pool []Item, answers []CATAnswer, cfg CATConfig) (CATState, error) {
	if len(answers) == 0 {
		return CATState{Theta: cfg.Start, SE: math.Inf(1)}, nil
	}
	byID := make(map[string]int, len(pool))
	for i, it := range pool {
		byID[it.ID] = i
	}
	items := make([]Item, 0, len(answers))
	cats := make([]int, 0, len(answers))
	seen := map[string]bool{}
	for _, a := range answers {
		i, ok := byID[a.ItemID]
		if !ok {
			return CATState{}, fmt.Errorf("cat: answer to item %q, which is not in the pool", a.ItemID)
		}
		if seen[a.ItemID] {
			return CATState{}, fmt.Errorf("cat: item %q answered twice", a.ItemID)
		}
		seen[a.ItemID] = true
		if a.Cat < 0 || a.Cat > pool[i].MaxCat() {
			return CATState{}, fmt.Errorf("cat: item %q: category %d outside 0..%d", a.ItemID, a.Cat, pool[i].MaxCat())
		}
		items = append(items, pool[i])
		cats = append(cats, a.Cat)
	}
	est, err := WLE(items, cats)
	if err != nil {
		return CATState{}, fmt.Errorf("cat: %w", err)
	}
	return CATState{Theta: est.Theta, SE: est.SE, Items: len(answers)}, nil
}

// CATStep is the adaptive test's step function: from the pool and the
// answers so far it returns the state and, unless the test is done, the next
// item. Selection: the type furthest behind its share of the test (content
// balance; ties by type name), then among that type's unseen items the TopK
// with the largest Fisher information at the current estimate, one drawn at
// random (exposure control). The pool is never sent to a client: the server
// calls this after each answer.
func CATStep(pool []Item, answers []CATAnswer, cfg CATConfig, rng *rand.Rand) (CATState, *Item, error) {
	if cfg.MaxItems <= 0 || cfg.TopK <= 0 || cfg.TargetSE <= 0 {
		return CATState{}, nil, fmt.Errorf("cat: MaxItems, TopK and TargetSE must be positive (got %d, %d, %v)", cfg.MaxItems, cfg.TopK, cfg.TargetSE)
	}
	for _, it := range pool {
		if err := it.Validate(); err != nil {
			return CATState{}, nil, fmt.Errorf("cat: pool: %w", err)
		}
	}
	st, err := CATEstimate(pool, answers, cfg)
	if err != nil {
		return CATState{}, nil, err
	}
	switch {
	case len(answers) >= cfg.MaxItems:
		st.Done, st.Reason = true, "max_items"
		return st, nil, nil
	case len(answers) > 0 && st.SE <= cfg.TargetSE:
		st.Done, st.Reason = true, "se"
		return st, nil, nil
	case len(answers) > 0 && len(answers) >= cfg.MinItems && Classified(st.Theta, st.SE, cfg.Z, cfg.Cuts):
		st.Done, st.Reason = true, "cut"
		return st, nil, nil
	}
	seen := make(map[string]bool, len(answers))
	for _, a := range answers {
		seen[a.ItemID] = true
	}
	typeOf := make(map[string]string, len(pool))
	unseen := map[string][]int{}
	poolCount := map[string]int{}
	for i, it := range pool {
		typeOf[it.ID] = it.Type
		poolCount[it.Type]++
		if !seen[it.ID] {
			unseen[it.Type] = append(unseen[it.Type], i)
		}
	}
	if len(unseen) == 0 {
		st.Done, st.Reason = true, "pool"
		return st, nil, nil
	}
	shares := cfg.Shares
	if shares == nil {
		shares = map[string]float64{}
		for t, n := range poolCount {
			shares[t] = float64(n) / float64(len(pool))
		}
	}
	given := map[string]int{}
	for _, a := range answers {
		given[typeOf[a.ItemID]]++
	}
	types := make([]string, 0, len(unseen))
	for t := range unseen {
		types = append(types, t)
	}
	sort.Strings(types)
	next := len(answers) + 1
	best, bestDeficit := "", math.Inf(-1)
	for _, t := range types {
		d := shares[t]*float64(next) - float64(given[t])
		if d > bestDeficit+1e-12 {
			best, bestDeficit = t, d
		}
	}
	cands := unseen[best]
	type scored struct {
		i    int
		info float64
	}
	at := st.Theta
	if cfg.AtCut && len(cfg.Cuts) > 0 {
		at = cfg.Cuts[0]
		for _, c := range cfg.Cuts[1:] {
			if math.Abs(c-st.Theta) < math.Abs(at-st.Theta) {
				at = c
			}
		}
	}
	sc := make([]scored, len(cands))
	for j, i := range cands {
		sc[j] = scored{i, Information(at, pool[i])}
	}
	sort.SliceStable(sc, func(a, b int) bool {
		if sc[a].info != sc[b].info {
			return sc[a].info > sc[b].info
		}
		return pool[sc[a].i].ID < pool[sc[b].i].ID
	})
	k := min(cfg.TopK, len(sc))
	pick := sc[0].i
	if k > 1 && rng != nil {
		pick = sc[rng.IntN(k)].i
	}
	it := pool[pick]
	return st, &it, nil
}
