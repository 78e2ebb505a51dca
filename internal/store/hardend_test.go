package store

import (
	"strconv"
	"testing"
	"time"
)

// The hard end is the close plus the blueprint's minutes, for each
// blueprint apart, when asked again (its length is kept) and past the
// bound of the kept lengths; a blueprint that does not decode gives the
// close.
func TestHardEndByBlueprint(t *testing.T) {
	closes := time.Date(2026, 9, 10, 12, 0, 0, 0, time.UTC)
	session := func(bp string) *ExamSession {
		return &ExamSession{ID: 1, BlueprintJSON: bp, ClosesMS: closes.UnixMilli()}
	}
	for round := 0; round < 2; round++ {
		for i := 1; i <= 80; i++ {
			bp := `{"id":"b","sections":[{"skill":"listening","minutes":` + strconv.Itoa(i) + `},{"skill":"reading","minutes":30}]}`
			if got, want := session(bp).HardEnd(), closes.Add(time.Duration(i+30)*time.Minute); !got.Equal(want) {
				t.Fatalf("round %d, %d minutes: %v, want %v", round, i, got, want)
			}
		}
	}
	if got := session(`{`).HardEnd(); !got.Equal(closes) {
		t.Errorf("bad blueprint: %v, want the close %v", got, closes)
	}
}
