package measure

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestClassified(t *testing.T) {
	for _, tc := range []struct {
		theta, se, z float64
		cuts         []float64
		want         bool
	}{
		{0.5, 0.6, 1.5, []float64{-0.5}, true},       // [-0.4, 1.4] above the cut
		{0.3, 0.6, 1.5, []float64{-0.5}, false},      // [-0.6, 1.2] holds it
		{-2, 0.9, 1.5, []float64{-0.5}, true},        // [-3.35, -0.65] below
		{-2, 1.0, 1.5, []float64{-0.5}, false},       // [-3.5, -0.5]: the cut on the edge is not clear
		{0.5, 0.6, 1.5, []float64{-0.5, 1}, false},   // clear of one cut, not of the other
		{2.5, 0.6, 1.5, []float64{-0.5, 1}, true},    // clear of both
		{0.5, 0.6, 0, []float64{-0.5}, false},        // z 0: the rule is off
		{0.5, 0.6, 1.5, nil, false},                  // no cuts: off
		{0.5, math.Inf(1), 1.5, []float64{9}, false}, // nothing known yet
	} {
		if got := Classified(tc.theta, tc.se, tc.z, tc.cuts); got != tc.want {
			t.Errorf("Classified(%v ± %v·%v, cuts %v) = %v, want %v", tc.theta, tc.z, tc.se, tc.cuts, got, tc.want)
		}
	}
}

// The classification stop on a small synthetic case: ten 0/1 items at the
// cut (−0.5). Seven wrong answers put the WLE far below the cut with its
// interval clear of it (five do not: θ −2.9, SE 1.6 still reach it): done
// ("cut") once the minimum is reached, not before it. Four right and three
// wrong leave the interval around the cut: the test goes on.
func TestCATClassificationStop(t *testing.T) {
	var pool []Item
	for i := 0; i < 10; i++ {
		pool = append(pool, Item{ID: fmt.Sprintf("i%d", i), Type: "choice", Steps: []float64{-0.5}})
	}
	answers := func(cats ...int) []CATAnswer {
		var out []CATAnswer
		for i, c := range cats {
			out = append(out, CATAnswer{ItemID: fmt.Sprintf("i%d", i), Cat: c})
		}
		return out
	}
	cfg := DefaultCAT()
	cfg.Cuts, cfg.Z, cfg.MinItems = []float64{-0.5}, 1.5, 5
	rng := rand.New(rand.NewPCG(1, 1))
	for _, tc := range []struct {
		name   string
		cats   []int
		min    int
		done   bool
		reason string
	}{
		{"seven wrong: below the cut", []int{0, 0, 0, 0, 0, 0, 0}, 5, true, "cut"},
		{"seven right: above the cut", []int{1, 1, 1, 1, 1, 1, 1}, 5, true, "cut"},
		{"five wrong: interval still reaches the cut", []int{0, 0, 0, 0, 0}, 5, false, ""},
		{"seven wrong, minimum eight", []int{0, 0, 0, 0, 0, 0, 0}, 8, false, ""},
		{"four right, three wrong: around the cut", []int{1, 0, 1, 0, 1, 0, 1}, 5, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := cfg
			c.MinItems = tc.min
			st, next, err := CATStep(pool, answers(tc.cats...), c, rng)
			if err != nil {
				t.Fatal(err)
			}
			if st.Done != tc.done || st.Reason != tc.reason || (next == nil) != tc.done {
				t.Errorf("θ %.2f SE %.2f: done %v (%q), next %v; want done %v (%q)", st.Theta, st.SE, st.Done, st.Reason, next, tc.done, tc.reason)
			}
			if st.Done && !Classified(st.Theta, st.SE, c.Z, c.Cuts) {
				t.Errorf("stopped on the cut with θ %.2f ± %.2f·%.2f around it", st.Theta, c.Z, st.SE)
			}
		})
	}
	// AtCut: the next item is the most informative at the cut, not at the
	// estimate. Items at −0.5 and at 2; after two right answers the
	// estimate is high, but the item chosen is one at the cut.
	mixed := []Item{{ID: "a", Type: "t", Steps: []float64{-0.5}}, {ID: "b", Type: "t", Steps: []float64{-0.5}},
		{ID: "c", Type: "t", Steps: []float64{-0.5}}, {ID: "d", Type: "t", Steps: []float64{2}}, {ID: "e", Type: "t", Steps: []float64{2}}}
	c := cfg
	c.TopK, c.MinItems = 1, 10
	for _, tc := range []struct {
		atCut bool
		want  float64
	}{{false, 2}, {true, -0.5}} {
		c.AtCut = tc.atCut
		_, next, err := CATStep(mixed, []CATAnswer{{ItemID: "a", Cat: 1}, {ItemID: "b", Cat: 1}}, c, nil)
		if err != nil || next == nil {
			t.Fatalf("AtCut %v: %v %v", tc.atCut, next, err)
		}
		if next.Steps[0] != tc.want {
			t.Errorf("AtCut %v: chose an item at %.1f, want %.1f", tc.atCut, next.Steps[0], tc.want)
		}
	}
}
