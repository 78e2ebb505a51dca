package readiness

import "testing"

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
