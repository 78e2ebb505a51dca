package readiness

import (
	"strings"
	"testing"
	"time"
)

// The "near" mark with the test's error: a cut within one SEM of the score
// is near and says so (ErrorBand); without a known SEM the fixed 0.5 margin
// applies.
func TestNearUsesTheTestsSEM(t *testing.T) {
	c := Criteria{MinSkill: map[string]float64{"reading": 6}}
	for _, tc := range []struct {
		name            string
		reading         float64
		sem             map[string]float64
		near, errorBand bool
	}{
		{"within one SEM", 5.5, map[string]float64{"reading": 0.8}, true, true},
		{"SEM 0.8, 1.0 short", 5.0, map[string]float64{"reading": 0.8}, false, false},
		{"large SEM reaches further than 0.5", 5.0, map[string]float64{"reading": 1.2}, true, true},
		{"no SEM: 0.5 margin", 5.5, nil, true, false},
		{"no SEM: 1.0 short", 5.0, nil, false, false},
		{"another skill's SEM does not count", 5.0, map[string]float64{"writing": 2}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := Attempt{Skills: map[string]float64{"listening": 7, "reading": tc.reading, "writing": 7, "speaking": 7}, Average: 6.5, Level: 4, SEM: tc.sem}
			rs := scoreReasons(c, a)
			if len(rs) != 1 {
				t.Fatalf("reasons = %+v, want one", rs)
			}
			if rs[0].Near != tc.near || rs[0].ErrorBand != tc.errorBand {
				t.Errorf("near %v band %v, want %v %v", rs[0].Near, rs[0].ErrorBand, tc.near, tc.errorBand)
			}
		})
	}
	// The average against the level's cut: Bậc 4 needs 6.0; 5.5 with an
	// average SEM of 0.6 is near.
	lc := Criteria{MinLevel: 4}
	a := Attempt{Skills: map[string]float64{}, Average: 5.5, Level: 3, SEM: map[string]float64{"average": 0.6}}
	rs := scoreReasons(lc, a)
	if len(rs) != 1 || !rs[0].Near || !rs[0].ErrorBand {
		t.Errorf("level cut within the average's SEM: %+v", rs)
	}
	a.SEM["average"] = 0.4
	if rs := scoreReasons(lc, a); rs[0].Near {
		t.Errorf("0.5 short with SEM 0.4 is not near: %+v", rs)
	}
}

// The other side of the cut: a candidate who passes a threshold by less
// than one SEM is eligible but near (not blocking, error band); by more
// than one SEM, or with no SEM known, a pass is a plain pass.
func TestNearOnThePassingSide(t *testing.T) {
	c := Criteria{MinSkill: map[string]float64{"reading": 6}, MinLevel: 3}
	for _, tc := range []struct {
		name        string
		reading     float64
		average     float64
		level       int
		sem         map[string]float64
		status      Status
		near        bool
		wantReasons []string
	}{
		{"reading 6.5, SEM 0.8: near", 6.5, 7, 4, map[string]float64{"reading": 0.8}, Eligible, true, []string{"readiness.reason.skill_near"}},
		{"reading exactly at the cut: near", 6, 7, 4, map[string]float64{"reading": 0.8}, Eligible, true, []string{"readiness.reason.skill_near"}},
		{"reading 7.0, SEM 0.8: clear", 7, 7, 4, map[string]float64{"reading": 0.8}, Eligible, false, nil},
		{"no SEM: a pass is a pass", 6.5, 7, 4, nil, Eligible, false, nil},
		{"average near Bậc 3's cut", 8, LevelMinAverage(3) + 0.3, 3, map[string]float64{"average": 0.5}, Eligible, true, []string{"readiness.reason.level_near"}},
		{"a near pass does not make a clear miss near", 5, 7, 4, map[string]float64{"reading": 0.8, "listening": 0.8}, NotEligible, false, []string{"readiness.reason.skill_low"}},
		{"a near miss plus a near pass: not eligible, near", 5.5, LevelMinAverage(3) + 0.2, 3, map[string]float64{"reading": 0.8, "average": 0.5}, NotEligible, true,
			[]string{"readiness.reason.level_near", "readiness.reason.skill_low"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := Attempt{ID: 1, TakenAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC),
				Skills:  map[string]float64{"listening": 7, "reading": tc.reading, "writing": 7, "speaking": 7},
				Average: tc.average, Level: tc.level, SEM: tc.sem}
			d := Evaluate(c, Profile{PlanningStatus: "planned"}, []Attempt{a}, 2026, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
			var keys []string
			for _, r := range d.Reasons {
				keys = append(keys, r.Key)
				if r.Key == "readiness.reason.skill_near" || r.Key == "readiness.reason.level_near" {
					if r.Blocking || !r.Near || !r.ErrorBand {
						t.Errorf("near pass reason %+v: want not blocking, near, error band", r)
					}
				}
			}
			if d.Status != tc.status || d.Near != tc.near || strings.Join(keys, ",") != strings.Join(tc.wantReasons, ",") {
				t.Errorf("got %s near=%v reasons %v, want %s near=%v reasons %v", d.Status, d.Near, keys, tc.status, tc.near, tc.wantReasons)
			}
		})
	}
	// Count keeps "near" for the not eligible (the plan counts them as
	// within reach); a near pass is already eligible.
	if c := Count([]Decision{{Status: Eligible, Near: true}}); c.Near != 0 || c.Eligible != 1 {
		t.Errorf("count of a near pass: %+v", c)
	}
}
