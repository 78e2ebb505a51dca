package measure

import (
	"math"
	"math/rand/v2"
	"testing"
)

func near(t *testing.T, name string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f (±%g)", name, got, want, tol)
	}
}

func TestProbsAndMoments(t *testing.T) {
	// Hand-computed: one step at 0, theta 0 -> 0.5 each; two steps (-1, 1)
	// at theta 0: exponents 0, 1, 0 -> e/(2+e).
	p := Probs(0, []float64{0})
	near(t, "p1", p[1], 0.5, 1e-12)
	p = Probs(0, []float64{-1, 1})
	e := math.E
	near(t, "p0", p[0], 1/(2+e), 1e-12)
	near(t, "p1", p[1], e/(2+e), 1e-12)
	ex, v, k3 := Moments(0, []float64{-1, 1})
	near(t, "E", ex, 1, 1e-12) // symmetric
	near(t, "V", v, 2/(2+e), 1e-12)
	near(t, "K3", k3, 0, 1e-12)
	// Rasch: V = P(1-P), K3 = P(1-P)(1-2P) at theta-delta = 1.
	P := 1 / (1 + math.Exp(-1))
	_, v, k3 = Moments(1, []float64{0})
	near(t, "V rasch", v, P*(1-P), 1e-12)
	near(t, "K3 rasch", k3, P*(1-P)*(1-2*P), 1e-12)
	// No overflow far out.
	p = Probs(200, []float64{-300, 0, 300})
	if math.IsNaN(p[0]) {
		t.Fatalf("probs overflowed: %v", p)
	}
}

func TestWLEClosedForm(t *testing.T) {
	// L Rasch items all at 0: the WLE equation r - L P + (1-2P)/2 = 0 gives
	// P = (r + 1/2)/(L + 1), theta = logit(P), SE = 1/sqrt(L P (1-P)).
	items := []Item{{ID: "a", Steps: []float64{0}}, {ID: "b", Steps: []float64{0}}, {ID: "c", Steps: []float64{0}}}
	for _, tc := range []struct {
		cats []int
		r    float64
	}{
		{[]int{0, 0, 0}, 0}, {[]int{1, 0, 0}, 1}, {[]int{1, 1, 0}, 2}, {[]int{1, 1, 1}, 3}, {[]int{1, -1, 1}, 2},
	} {
		L := 0.0
		for _, c := range tc.cats {
			if c >= 0 {
				L++
			}
		}
		P := (tc.r + 0.5) / (L + 1)
		want := math.Log(P / (1 - P))
		got, err := WLE(items, tc.cats)
		if err != nil {
			t.Fatal(err)
		}
		near(t, "theta", got.Theta, want, 1e-8)
		near(t, "se", got.SE, 1/math.Sqrt(L*P*(1-P)), 1e-6)
	}
	if _, err := WLE(items, []int{-1, -1, -1}); err == nil {
		t.Error("no responses: want an error")
	}
	if _, err := WLE(items, []int{2, 0, 0}); err == nil {
		t.Error("category above the maximum: want an error")
	}
}

// With two items, conditional ML has a closed form: among persons with a raw
// score of 1, the odds of item 1 right / item 2 right are exp(d2 - d1), so
// d1 = -ln(n10/n01)/2. JML gives exactly twice that, and the (L-1)/L = 1/2
// correction must bring it back.
func TestCalibrateTwoItemsMatchesCML(t *testing.T) {
	var X [][]int
	add := func(n int, row []int) {
		for i := 0; i < n; i++ {
			X = append(X, row)
		}
	}
	add(30, []int{1, 0})
	add(10, []int{0, 1})
	add(20, []int{1, 1}) // extreme, left out
	add(5, []int{0, 0})
	m := Matrix{Items: []Item{{ID: "i1", Scores: []float64{0, 1}}, {ID: "i2", Scores: []float64{0, 1}}}, X: X}
	m.Persons = make([]string, len(X))
	cal, err := Calibrate(m, CalibrateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := -math.Log(3) / 2
	near(t, "d1", cal.Items[0].Difficulty, want, 1e-4)
	near(t, "d2", cal.Items[1].Difficulty, -want, 1e-4)
	near(t, "bias factor", cal.BiasFactor, 0.5, 1e-12)
	if !cal.Extreme[40] || cal.Extreme[0] {
		t.Errorf("extreme persons wrong: %v %v", cal.Extreme[40], cal.Extreme[0])
	}
}

// Recovery on simulated data: 40 Rasch items and 10 three-category items,
// 800 persons ~ N(0,1). The estimates must correlate > 0.98 with the truth
// and have RMSE < 0.15 logits.
func TestCalibrateRecovers(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	const nP, nI = 800, 50
	truth := make([]Item, nI)
	for i := range truth {
		d := rng.NormFloat64()
		if i < 40 {
			truth[i] = Item{ID: string(rune('A' + i%26)), Steps: []float64{d}}
		} else {
			truth[i] = Item{Steps: []float64{d - 0.6, d + 0.6}}
		}
	}
	m := Matrix{Persons: make([]string, nP), Items: make([]Item, nI), X: make([][]int, nP)}
	for i := range truth {
		m.Items[i] = Item{Scores: make([]float64, truth[i].MaxCat()+1)}
	}
	for p := range m.X {
		th := rng.NormFloat64()
		m.X[p] = make([]int, nI)
		for i := range truth {
			if rng.Float64() < 0.2 {
				m.X[p][i] = -1 // a planned-missing design
				continue
			}
			m.X[p][i] = Draw(th, truth[i].Steps, rng)
		}
	}
	cal, err := Calibrate(m, CalibrateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !cal.Converged {
		t.Fatalf("not converged after %d iterations", cal.Iterations)
	}
	var tr, es []float64
	for i := range truth {
		tr = append(tr, truth[i].Difficulty())
		es = append(es, cal.Items[i].Difficulty)
	}
	// The estimated scale is centred on the items; centre the truth too.
	mt := meanOf(tr)
	sq := 0.0
	for i := range tr {
		tr[i] -= mt
		sq += (tr[i] - es[i]) * (tr[i] - es[i])
	}
	rmse := math.Sqrt(sq / float64(nI))
	if r := Correlation(tr, es); r < 0.98 || rmse > 0.15 {
		t.Errorf("recovery r=%.3f rmse=%.3f, want r>=0.98, rmse<=0.15", r, rmse)
	}
	for i, it := range cal.Items {
		if it.Infit < 0.7 || it.Infit > 1.3 || it.Outfit < 0.6 || it.Outfit > 1.5 {
			t.Errorf("item %d fits the model it was drawn from badly: infit %.2f outfit %.2f", i, it.Infit, it.Outfit)
		}
		if it.SE <= 0 || it.SE > 0.3 {
			t.Errorf("item %d: SE %.3f", i, it.SE)
		}
	}
}

func TestCategorize(t *testing.T) {
	nan := math.NaN()
	fr := []float64{0, 0, 1, 1, 0.5, nan, 0.5, 0.26}
	cats, scores, err := Categorize(fr, 0.25, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 0, 3, 3, 2, -1, 2, 1}
	for i := range want {
		if cats[i] != want[i] {
			t.Fatalf("cats = %v, want %v", cats, want)
		}
	}
	near(t, "score of cat 1", scores[1], 0.26, 1e-12)
	// With minCount 2 the lone 0.25 merges into a neighbour; both have 2
	// observations, and a tie goes to the lower one.
	cats, scores, _ = Categorize(fr, 0.25, 2)
	if len(scores) != 3 || cats[7] != 0 || cats[4] != 1 {
		t.Fatalf("merged: cats %v scores %v", cats, scores)
	}
	near(t, "merged score", scores[0], 0.26/3, 1e-12)
	// minCount 3: then 0.5 (2) is merged too, into the smaller of its
	// neighbours 0 (3 after the first merge) and 1 (2).
	cats, scores, _ = Categorize(fr, 0.25, 3)
	if len(scores) != 2 || cats[4] != 1 || cats[2] != 1 {
		t.Fatalf("merged twice: cats %v scores %v", cats, scores)
	}
	if _, _, err := Categorize([]float64{1.5}, 0.25, 1); err == nil {
		t.Error("fraction above 1: want an error")
	}
}

func TestCATStep(t *testing.T) {
	var pool []Item
	for i := 0; i < 60; i++ {
		typ := "choice"
		if i%3 == 0 {
			typ = "gap"
		}
		pool = append(pool, Item{ID: string(rune('a'+i%26)) + string(rune('0'+i/26)), Type: typ, Steps: []float64{float64(i%13)/3 - 2}})
	}
	// The stops on SE and on the number of items, without the
	// classification stop (TestCATClassificationStop has it).
	cfg := DefaultCAT()
	cfg.Cuts = nil
	rng := rand.New(rand.NewPCG(1, 2))
	st, next, err := CATStep(pool, nil, cfg, rng)
	if err != nil || next == nil || st.Done {
		t.Fatalf("first step: %v %v %v", st, next, err)
	}
	if math.Abs(next.Difficulty()) > 0.35 {
		t.Errorf("first item difficulty %.2f: want one of the 5 most informative at 0", next.Difficulty())
	}
	var ans []CATAnswer
	types := map[string]int{}
	seen := map[string]bool{}
	for {
		st, next, err = CATStep(pool, ans, cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		if st.Done {
			break
		}
		if seen[next.ID] {
			t.Fatalf("item %s given twice", next.ID)
		}
		seen[next.ID] = true
		types[next.Type]++
		ans = append(ans, CATAnswer{ItemID: next.ID, Cat: Draw(1.2, next.Steps, rng)})
	}
	if st.Reason != "max_items" || len(ans) != 15 {
		t.Errorf("dichotomous pool: stopped after %d items (%s), want 15 (max_items)", len(ans), st.Reason)
	}
	if types["gap"] != 5 || types["choice"] != 10 {
		t.Errorf("content balance %v, want gap 5 choice 10", types)
	}
	if _, err := CATEstimate(pool, []CATAnswer{{ItemID: "zz", Cat: 1}}, cfg); err == nil {
		t.Error("answer to an unknown item: want an error")
	}
	// A highly informative pool stops on the SE.
	var poly []Item
	for i := 0; i < 30; i++ {
		poly = append(poly, Item{ID: string(rune('A' + i)), Type: "t", Steps: []float64{-3, -2, -1, 0, 1, 2, 3}})
	}
	ans = nil
	for {
		st, next, _ = CATStep(poly, ans, cfg, rng)
		if st.Done {
			break
		}
		ans = append(ans, CATAnswer{ItemID: next.ID, Cat: Draw(0, next.Steps, rng)})
	}
	if st.Reason != "se" || st.SE > 0.35 {
		t.Errorf("polytomous pool: %+v, want stop on se", st)
	}
}

func TestTCC(t *testing.T) {
	// Two 0/1 items at 0 worth 1 and 3 points: at theta 0 each expected
	// fraction is 0.5, so the TCC is 5; at theta = ln 3, P = 0.75 → 7.5.
	form := []Weighted{{Item{Skill: "reading", Steps: []float64{0}}, 1}, {Item{Skill: "reading", Steps: []float64{0}}, 3}}
	near(t, "tcc(0)", TCC(form, "reading", 0), 5, 1e-12)
	near(t, "tcc(ln3)", TCC(form, "reading", math.Log(3)), 7.5, 1e-12)
	if !math.IsNaN(TCC(form, "writing", 0)) {
		t.Error("no writing items: want NaN")
	}
	// Form B one logit harder: the largest gap in [-2, 2] is at 0.5
	// (symmetric), 10 × (σ(0.5) − σ(−0.5)).
	b := []Weighted{{Item{Skill: "reading", Steps: []float64{1}}, 1}}
	a := []Weighted{{Item{Skill: "reading", Steps: []float64{0}}, 1}}
	g := CompareTCC(a, b, -2, 2)
	want := 10 * (1/(1+math.Exp(-0.5)) - 1/(1+math.Exp(0.5)))
	if len(g) != 1 || math.Abs(g[0].Theta-0.5) > 1e-9 {
		t.Fatalf("gap = %+v", g)
	}
	near(t, "gap", g[0].Diff, want, 1e-9)
}
