package measure

import (
	"math"
	"testing"
)

// Five persons, three 0/1 items of one skill. Hand-computed:
//
//	person  i1 i2 i3 total
//	  p1     1  1  1   3
//	  p2     1  1  0   2
//	  p3     1  0  1   2
//	  p4     0  1  0   1
//	  p5     0  0  0   0
//
// facility 0.6, 0.6, 0.4. Sample variances: items 0.3, 0.3, 0.3; total:
// mean 1.6, squares 1.96+.16+.16+.36+2.56 = 5.2 → 1.3. KR-20 = 3/2 (1 - 0.9/1.3)
// = 0.461538. Item-rest for i1: x = 1,1,1,0,0, rest = 2,1,1,1,0: r = 0.645497
// (= sqrt(5/12)); i2: x = 1,1,0,1,0, rest = 2,1,2,0,0: r = 0; i3: x = 1,0,1,0,0,
// rest = 2,2,1,1,0: r = 0.327327. (Checked with Python's
// statistics.correlation.)
// Scores on 0–10: 10, 6.667, 6.667, 3.333, 0; mean 5.333, SD 3.8006;
// SEM = 3.8006 * sqrt(1 - 0.461538) = 2.7889.
func smallSession() SessionData {
	one := func(f ...float64) []float64 { return f }
	return SessionData{
		Persons: []string{"p1", "p2", "p3", "p4", "p5"},
		Items: []SessionItem{
			{ID: "i1", Skill: "reading", Type: "choice", Points: 1, Options: []string{"a", "b", "c"}, Key: []string{"a"}},
			{ID: "i2", Skill: "reading", Type: "true_false", Points: 1},
			{ID: "i3", Skill: "reading", Type: "choice", Points: 1, Options: []string{"a", "b", "c"}, Key: []string{"b"}},
		},
		Frac: [][]float64{one(1, 1, 1), one(1, 1, 0), one(1, 0, 1), one(0, 1, 0), one(0, 0, 0)},
		// i3: the top group (p1, p2: totals 3, 2, ties in person order)
		// chose b and c; the bottom (p4, p5) c and a.
		Choice: [][]string{{"a", "", "b"}, {"a", "", "c"}, {"a", "", "b"}, {"b", "", "c"}, {"b", "", "a"}},
	}
}

func TestItemAnalysisHandComputed(t *testing.T) {
	st, err := ItemAnalysis(smallSession())
	if err != nil {
		t.Fatal(err)
	}
	near(t, "facility i1", st[0].Facility, 0.6, 1e-12)
	near(t, "facility i3", st[2].Facility, 0.4, 1e-12)
	near(t, "discrimination i1", st[0].Discrimination, math.Sqrt(5.0/12), 1e-9)
	near(t, "discrimination i2", st[1].Discrimination, 0, 1e-9)
	near(t, "discrimination i3", st[2].Discrimination, 0.3273268, 1e-6)
	// Groups: ceil(0.27*5) = 2 persons: top p1, p2; bottom p4, p5.
	if got := st[0].Options; got["a"] != (OptionCount{2, 0}) || got["b"] != (OptionCount{0, 2}) || got["c"] != (OptionCount{}) {
		t.Errorf("options i1 = %v", got)
	}
	if got := st[2].Options; got["b"] != (OptionCount{1, 0}) || got["c"] != (OptionCount{1, 1}) || got["a"] != (OptionCount{0, 1}) {
		t.Errorf("options i3 = %v", got)
	}
	wantFlags := [][]string{{FlagDistractorUsed}, {FlagLowDiscrim}, {}}
	for i, w := range wantFlags {
		if !sameStrings(st[i].Flags, w) {
			t.Errorf("flags %s = %v, want %v", st[i].ItemID, st[i].Flags, w)
		}
	}
}

func TestItemFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		st   ItemStat
		it   SessionItem
		want []string
	}{
		{"easy", ItemStat{N: 10, Facility: 0.95, Discrimination: 0.3}, SessionItem{}, []string{FlagTooEasy}},
		{"boundary 0.9 is not too easy", ItemStat{N: 10, Facility: 0.9, Discrimination: 0.3}, SessionItem{}, []string{}},
		{"hard", ItemStat{N: 10, Facility: 0.1, Discrimination: 0.3}, SessionItem{}, []string{FlagTooHard}},
		{"negative", ItemStat{N: 10, Facility: 0.5, Discrimination: -0.1}, SessionItem{}, []string{FlagNegDiscrim}},
		{"no variance: no discrimination flag", ItemStat{N: 10, Facility: 1, Discrimination: math.NaN()}, SessionItem{}, []string{FlagTooEasy}},
		{"key suspect", ItemStat{N: 10, Facility: 0.5, Discrimination: 0.3,
			Options: map[string]OptionCount{"a": {1, 0}, "b": {3, 1}}, Chosen: map[string]int{"a": 1, "b": 4}},
			SessionItem{Options: []string{"a", "b"}, Key: []string{"a"}}, []string{FlagKeySuspect}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := flags(tc.st, tc.it); !sameStrings(got, tc.want) {
				t.Errorf("flags = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSkillAnalysisHandComputed(t *testing.T) {
	sk, err := SkillAnalysis(smallSession())
	if err != nil {
		t.Fatal(err)
	}
	if len(sk) != 1 || sk[0].Items != 3 || sk[0].N != 5 || sk[0].Method != "kr20" {
		t.Fatalf("skills = %+v", sk)
	}
	near(t, "alpha", sk[0].Alpha, 0.4615385, 1e-6)
	near(t, "mean", sk[0].Mean, 16.0/3, 1e-9)
	near(t, "sd", sk[0].SD, 3.8005848, 1e-6)
	near(t, "sem", sk[0].SEM, 3.8005848*math.Sqrt(1-0.4615385), 1e-5)

	// Polytomous: Cronbach's alpha. Items (points 2 and 1):
	//  p1: 2, 1; p2: 1, 1; p3: 1, 0; p4: 0, 0.
	// var(i1) = 2/3, var(i2) = 1/3, totals 3, 2, 1, 0: var 5/3.
	// alpha = 2 (1 - 1/(5/3)) = 0.8.
	d := SessionData{
		Persons: []string{"a", "b", "c", "d"},
		Items:   []SessionItem{{ID: "x", Skill: "writing", Points: 2}, {ID: "y", Skill: "writing", Points: 1}},
		Frac:    [][]float64{{1, 1}, {0.5, 1}, {0.5, 0}, {0, 0}},
	}
	sk, _ = SkillAnalysis(d)
	near(t, "alpha polytomous", sk[0].Alpha, 0.8, 1e-9)
	if sk[0].Method != "alpha" {
		t.Errorf("method %s, want alpha", sk[0].Method)
	}
}

func TestRaterAgreementHandComputed(t *testing.T) {
	// Pair (ann, bao), written both ways round: diffs A-B = 0, 0.5, -2, 1.
	scripts := []DoubleRated{
		{RaterA: "ann", RaterB: "bao", A: 6, B: 6},
		{RaterA: "bao", RaterB: "ann", A: 5, B: 5.5},
		{RaterA: "ann", RaterB: "bao", A: 4, B: 6, Third: true},
		{RaterA: "ann", RaterB: "bao", A: 8, B: 7},
		{RaterA: "cuc", RaterB: "ann", A: 7, B: 7},
	}
	got := RaterAgreement(scripts)
	if len(got) != 2 || got[0].RaterA != "ann" || got[0].RaterB != "bao" || got[1].RaterB != "cuc" {
		t.Fatalf("pairs = %+v", got)
	}
	p := got[0]
	near(t, "exact", p.Exact, 0.25, 1e-12)
	near(t, "adjacent", p.Adjacent, 0.5, 1e-12)
	near(t, "mean difference", p.MeanDifference, (0+0.5-2+1)/4.0, 1e-12)
	near(t, "third", p.ThirdRater, 0.25, 1e-12)
	// A = 6, 5.5, 4, 8; B = 6, 5, 6, 7: r = 0.617802 (Python's
	// statistics.correlation).
	near(t, "correlation", p.Correlation, 0.6178021, 1e-6)
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
