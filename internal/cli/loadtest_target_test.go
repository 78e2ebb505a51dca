package cli

import (
	"testing"
	"time"

	"hocviet/internal/loadtest"
)

// The start's goal depends on the room: 200 ms up to 200 candidates, 1 s
// at 2,000 (issue 16).
func TestStartTargetBySize(t *testing.T) {
	for _, tc := range []struct {
		candidates int
		p99        time.Duration
		ok         bool
	}{
		{200, 150 * time.Millisecond, true},
		{200, 460 * time.Millisecond, false},
		{2000, 460 * time.Millisecond, true},
		{2000, 1200 * time.Millisecond, false},
	} {
		got := startTarget(loadtest.Line{Count: 1, P99: tc.p99}, tc.candidates)
		if got.ok != tc.ok {
			t.Errorf("%d candidates, p99 %s: %s met = %v, want %v", tc.candidates, tc.p99, got.name, got.ok, tc.ok)
		}
	}
	if startTarget(loadtest.Line{}, 200).ok {
		t.Error("a run with no start measured met the start goal")
	}
}
