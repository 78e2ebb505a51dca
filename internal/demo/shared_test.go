package demo

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestStartTimeNamesALiveProcess(t *testing.T) {
	t.Parallel()
	a, ok := startTime(os.Getpid())
	if !ok || a == "" {
		t.Fatalf("start time of this process: %q %v", a, ok)
	}
	if b, _ := startTime(os.Getpid()); b != a {
		t.Fatalf("start time changed: %s then %s", a, b)
	}
	if _, ok := startTime(1 << 30); ok {
		t.Fatal("a start time for a pid that cannot exist")
	}
}

// The shared templates of ended runs are removed; a live run's is kept,
// and so is one whose pid is live but names another process (a reused pid
// is an ended run: removed).
func TestRemoveEndedRuns(t *testing.T) {
	t.Parallel()
	self, ok := startTime(os.Getpid())
	if !ok {
		t.Fatal("no start time")
	}
	live := filepath.Join(os.TempDir(), fmt.Sprintf("hocviet-demo-run-%d-%s", os.Getpid(), self))
	ended := filepath.Join(os.TempDir(), fmt.Sprintf("hocviet-demo-run-%d-1", 1<<30))
	reused := filepath.Join(os.TempDir(), fmt.Sprintf("hocviet-demo-run-%d-%s0", os.Getpid(), self))
	for _, d := range []string{live, ended, reused} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(d) })
	}
	removeEndedRuns()
	if _, err := os.Stat(live); err != nil {
		t.Errorf("a live run's template was removed: %v", err)
	}
	for _, d := range []string{ended, reused} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s kept: %v", d, err)
		}
	}
}

func TestParentOf(t *testing.T) {
	t.Parallel()
	if p, ok := parentOf(os.Getpid()); !ok || p != os.Getppid() {
		t.Fatalf("parent of this process: %d %v, want %d", p, ok, os.Getppid())
	}
}
