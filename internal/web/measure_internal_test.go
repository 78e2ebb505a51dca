package web

import "testing"

func TestLevelRange(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		avg, sem  float64
		lo, hi    int
		low, high string
	}{
		{5.5, 0.35, 3, 4, "5.2", "5.8"}, // 5.15 → 5.0 (Bậc 3), 5.85 → 6.0 (Bậc 4)
		{5.0, 0.3, 3, 3, "4.7", "5.3"},
		{9.8, 0.5, 6, 6, "9.3", "10.0"}, // 9.3 → 9.5; capped at 10
		{8.8, 0.5, 5, 6, "8.3", "9.3"},
		{0.2, 0.5, 0, 0, "0.0", "0.7"}, // 0.7 → 0.5: no level
		{1.5, 0.6, 1, 2, "0.9", "2.1"},
	} {
		r := rangeOf("en", tc.avg, tc.sem)
		if r.Lo != tc.lo || r.Hi != tc.hi || r.Low != tc.low || r.High != tc.high {
			t.Errorf("rangeOf(%v, %v) = %+v, want %d–%d (%s–%s)", tc.avg, tc.sem, r, tc.lo, tc.hi, tc.low, tc.high)
		}
	}
}

// In Lao and Vietnamese the range uses the decimal comma, like every score.
func TestLevelRangeDecimalMark(t *testing.T) {
	t.Parallel()
	if r := rangeOf("lo", 5.5, 0.35); r.Low != "5,2" || r.High != "5,8" {
		t.Fatalf("Lao range %s–%s", r.Low, r.High)
	}
}
