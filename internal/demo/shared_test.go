package demo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProcStatOfThisProcess(t *testing.T) {
	t.Parallel()
	a, ok := procStat(os.Getpid())
	if !ok || a.start == "" || a.ppid != os.Getppid() || !strings.HasSuffix(a.name, ".test") {
		t.Fatalf("stat of this process: %+v %v, want parent %d, a name ending .test", a, ok, os.Getppid())
	}
	if b, _ := procStat(os.Getpid()); b.start != a.start {
		t.Fatalf("start time changed: %s then %s", a.start, b.start)
	}
	if _, ok := procStat(1 << 30); ok {
		t.Fatal("a stat for a pid that cannot exist")
	}
}

// The shared templates of ended runs are removed; a live run's is kept,
// and so is one whose pid is live but names another process (a reused pid
// is an ended run: removed).
func TestRemoveEndedRuns(t *testing.T) {
	t.Parallel()
	p, ok := procStat(os.Getpid())
	if !ok {
		t.Fatal("no start time")
	}
	self := p.start
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
