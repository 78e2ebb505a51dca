package scoring

import (
	"testing"
)

func TestRound05(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{0, 0}, {0.24, 0}, {0.25, 0.5}, {0.5, 0.5}, {0.74, 0.5}, {0.75, 1},
		{6.25, 6.5}, {6.2499, 6}, {6.75, 7}, {6.7499999999999, 7}, {6.74, 6.5},
		{9.8, 10}, {10, 10}, {5.833333, 6}, {3.1, 3},
	} {
		if got := Round05(tt.in); got != tt.want {
			t.Errorf("Round05(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLevelTable(t *testing.T) {
	for _, tt := range []struct {
		avg  float64
		want int
	}{
		{0.5, 0}, {1.0, 1}, {1.5, 1}, {2.0, 2}, {3.5, 2}, {4.0, 3}, {5.5, 3},
		{6.0, 4}, {7.0, 4}, {7.5, 5}, {8.5, 5}, {9.0, 6}, {10, 6},
	} {
		if got := LevelOf(tt.avg); got != tt.want {
			t.Errorf("LevelOf(%v) = %d, want %d", tt.avg, got, tt.want)
		}
	}
}

func TestCombine(t *testing.T) {
	tests := []struct {
		name    string
		raw     map[string]float64
		avg     float64
		level   int
		noLevel string
	}{
		{"even", map[string]float64{"listening": 6, "reading": 6, "writing": 6, "speaking": 6}, 6, 4, ""},
		// 5.5+6+6+6 = 23.5 / 4 = 5.875 -> 6.0 -> Bậc 4
		{"average rounds up", map[string]float64{"listening": 5.4, "reading": 6.1, "writing": 5.8, "speaking": 6.2}, 6, 4, ""},
		// 4+4+4+4.5 = 16.5/4 = 4.125 -> 4.0 -> Bậc 3
		{"average rounds down", map[string]float64{"listening": 4, "reading": 4, "writing": 4, "speaking": 4.5}, 4, 3, ""},
		// 3.5+3.5+4+4 = 15/4 = 3.75 -> 4.0 -> Bậc 3 (the .75 edge)
		{"x.75 goes up", map[string]float64{"listening": 3.5, "reading": 3.5, "writing": 4, "speaking": 4}, 4, 3, ""},
		// 7+7+7+8 = 29/4 = 7.25 -> 7.5 -> Bậc 5 (the .25 edge)
		{"x.25 goes to .5", map[string]float64{"listening": 7, "reading": 7, "writing": 7, "speaking": 8}, 7.5, 5, ""},
		{"a zero skill", map[string]float64{"listening": 9, "reading": 9, "writing": 9, "speaking": 0.2}, 7, 0, "zero_skill"},
		{"low average", map[string]float64{"listening": 0.5, "reading": 0.5, "writing": 1, "speaking": 1}, 1, 1, ""},
		{"below one", map[string]float64{"listening": 0.5, "reading": 0.5, "writing": 0.5, "speaking": 1}, 0.5, 0, "low_average"},
		{"clamped", map[string]float64{"listening": 12, "reading": 10, "writing": 10, "speaking": 10}, 10, 6, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Combine(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if r.Average != tt.avg || r.Level != tt.level || r.NoLevel != tt.noLevel {
				t.Fatalf("got avg %v level %d (%q), want %v %d (%q)", r.Average, r.Level, r.NoLevel, tt.avg, tt.level, tt.noLevel)
			}
		})
	}
	if _, err := Combine(map[string]float64{"listening": 5}); err != ErrMissingSkill {
		t.Fatalf("missing skills: %v", err)
	}
}

func TestFinal(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name          string
		a, b          float64
		third         *float64
		want          float64
		wantNeedThird bool
	}{
		{"agree", 6, 7, nil, 6.5, false},
		{"at the gap", 5, 6.5, nil, 5.75, false},
		{"beyond the gap", 4, 6, nil, 0, true},
		{"third sides with first", 4, 7, f(4.5), 4.25, false},
		{"third sides with second", 4, 7, f(7), 7, false},
		{"third in the middle", 4, 7, f(5.5), 5.5, false},
	}
	for _, tt := range tests {
		got, need := Final(tt.a, tt.b, tt.third, DefaultGap)
		if got != tt.want || need != tt.wantNeedThird {
			t.Errorf("%s: got %v %v, want %v %v", tt.name, got, need, tt.want, tt.wantNeedThird)
		}
	}
}
