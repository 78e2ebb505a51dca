package practice

import "testing"

// Issue 17.6: one rule for "my level", placement first.
func TestMyLevel(t *testing.T) {
	// The walk-through's candidate: 39 listening items at level 2, fewer
	// than 60 % right, nothing else.
	weakListening := answers("listening", 2, 20, 19, day0)
	tests := []struct {
		name  string
		as    []Answer
		p     Placement
		skill string
		want  int
	}{
		{"nothing known", nil, nil, "reading", 1},
		{"answers but no level handled: where the candidate began", weakListening, nil, "listening", 2},
		{"a skill never practised starts where the others are", weakListening, nil, "speaking", 2},
		{"handled, not mastered", answers("reading", 3, 3, 1, day0), nil, "reading", 3},
		{"mastered: one up", answers("reading", 3, 5, 0, day0), nil, "reading", 4},
		{"the lowest of the practised skills",
			cat(answers("reading", 4, 3, 0, day0), answers("writing", 2, 3, 0, day0)), nil, "speaking", 2},
		{"placement wins over practice", answers("reading", 3, 5, 0, day0), Placement{"reading": 2}, "reading", 2},
		{"placement of other skills guides a new one", nil, Placement{"listening": 3, "reading": 4}, "writing", 3},
		{"a placement out of range is ignored", answers("reading", 3, 3, 1, day0), Placement{"reading": 9}, "reading", 3},
	}
	for _, tt := range tests {
		if got := MyLevel(Stats(tt.as), tt.skill, tt.p); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
	// The suggestion uses the same level.
	if sg := Suggest(Stats(weakListening), nil); sg.Level != 2 {
		t.Errorf("suggested %+v, want level 2", sg)
	}
	if sg := Suggest(Stats(nil), Placement{"listening": 4}); sg.Skill != "listening" || sg.Level != 4 {
		t.Errorf("with a placement, suggested %+v", sg)
	}
}
