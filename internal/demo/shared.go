package demo

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// SharedTemplate is TemplateWith for the test binaries of one `go test`
// run. Seeding the demo (every bank, its media, the pilot and readiness
// data) costs seconds of CPU under -race, and four packages' tests need it:
// the first binary of the run to ask builds it under a lock in the temp
// folder, the others wait for it and get the same file, which everyone only
// copies. The folder is named after the `go` process that runs the tests
// (its pid and start time), so a later run, whose code may differ, never
// sees it; folders of runs that have ended are removed.
//
// A binary not started by `go test` (run by hand, or under a debugger) has
// no run to share with: it gets a template of its own in dir, as
// TemplateWith.
func SharedTemplate(ctx context.Context, dir string, o Options) (string, error) {
	run, ok := goTestRun()
	if !ok {
		return TemplateWith(ctx, dir, o)
	}
	removeEndedRuns()
	shared := filepath.Join(os.TempDir(), fmt.Sprintf("hocviet-demo-run-%s", run))
	if err := os.MkdirAll(shared, 0o700); err != nil {
		return "", fmt.Errorf("shared demo template: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(shared, "lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return "", fmt.Errorf("shared demo template: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("shared demo template: lock %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)

	// One template per option set: the cost is stored in the hashes.
	final := filepath.Join(shared, fmt.Sprintf("demo-cost%d.db", o.BcryptCost))
	if _, err := os.Stat(final); err == nil {
		return final, nil
	}
	build, err := os.MkdirTemp(shared, "build-")
	if err != nil {
		return "", fmt.Errorf("shared demo template: %w", err)
	}
	defer os.RemoveAll(build)
	path, err := TemplateWith(ctx, build, o)
	if err != nil {
		return "", err
	}
	// The rename publishes a whole file: a binary that failed half-way
	// leaves nothing the next one would take for a template.
	if err := os.Rename(path, final); err != nil {
		return "", fmt.Errorf("shared demo template: %w", err)
	}
	return final, nil
}

// goTestRun names the `go` command this process runs under, as
// "pid-starttime", or says there is none. The go command is the parent, or
// a near ancestor when the tests run through -exec (a timer, a wrapper).
func goTestRun() (string, bool) {
	pid := os.Getpid()
	for range 4 {
		p, ok := procStat(pid)
		if !ok || p.ppid <= 1 {
			return "", false
		}
		parent, ok := procStat(p.ppid)
		if !ok {
			return "", false
		}
		if parent.name == "go" {
			return fmt.Sprintf("%d-%s", p.ppid, parent.start), true
		}
		pid = p.ppid
	}
	return "", false
}

// stat is what /proc/PID/stat says of a process that this file needs.
type stat struct {
	name  string // field 2, the command name
	ppid  int    // field 4
	start string // field 22, the start time: with the pid it names a process for good, pids being reused
}

func procStat(pid int) (stat, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return stat{}, false
	}
	// The command name is in parentheses and may hold spaces and ")".
	s := string(b)
	open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || end < open {
		return stat{}, false
	}
	f := strings.Fields(s[end+1:]) // from field 3, the state
	if len(f) < 20 {
		return stat{}, false
	}
	ppid, err := strconv.Atoi(f[1])
	if err != nil {
		return stat{}, false
	}
	return stat{name: s[open+1 : end], ppid: ppid, start: f[19]}, true
}

// removeEndedRuns deletes the shared templates of `go test` runs whose go
// process is gone.
func removeEndedRuns() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "hocviet-demo-run-*"))
	for _, d := range dirs {
		pid, start, ok := strings.Cut(strings.TrimPrefix(filepath.Base(d), "hocviet-demo-run-"), "-")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(pid)
		if err != nil {
			continue
		}
		if p, alive := procStat(n); alive && p.start == start {
			continue
		}
		os.RemoveAll(d)
	}
}
