package loadtest_test

import (
	"context"
	"os"
	"testing"
	"time"

	"hocviet/internal/loadtest"
)

// TestBaseline: the bare-insert baseline runs on its own handle (opened as
// the server opens its database) and removes its file afterwards.
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	got, err := loadtest.Baseline(context.Background(), dir, 2, 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if got.Done == 0 || got.Errors != 0 {
		t.Fatalf("baseline: %s", got)
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range left {
		t.Errorf("left behind: %s", f.Name())
	}
}
