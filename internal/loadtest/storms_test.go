package loadtest

import "testing"

// A save is steady only if no start and no section change went on at any
// moment of its flight: one sent just before a room's finishes arrive
// waits behind them.
func TestStormsClassifyBySaveFlight(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		before func(*storms) // the state as the save is sent
		during func(*storms) // what happens before its answer comes
		want   string
	}{
		{"quiet throughout", nil, nil, EPSave},
		{"a start pending at sending", func(s *storms) { s.starting.Add(1) }, func(s *storms) { s.starting.Add(-1) }, EPSaveStorm},
		{"a change under way at sending", func(s *storms) { s.beginChange() }, func(s *storms) { s.endChange() }, EPSaveChange},
		{"a change begun and ended in flight", nil, func(s *storms) { s.beginChange(); s.endChange() }, EPSaveChange},
		{"a change still under way at the answer", nil, func(s *storms) { s.beginChange() }, EPSaveChange},
		{"a change over before sending", func(s *storms) { s.beginChange(); s.endChange() }, nil, EPSave},
		{"start and change together", func(s *storms) { s.starting.Add(1); s.beginChange() }, nil, EPSaveStorm},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s storms
			if tc.before != nil {
				tc.before(&s)
			}
			endpointOf := s.classify()
			if tc.during != nil {
				tc.during(&s)
			}
			if got := endpointOf(); got != tc.want {
				t.Errorf("counted on %q, want %q", got, tc.want)
			}
		})
	}
}
