// Package testexit ends a test binary without the race detector's wait.
//
// Under -race, a binary that exits with status 0 while goroutines are still
// alive (database pools, servers, the runtime's own) sleeps for a second
// first: ThreadSanitizer's atexit_sleep_ms, which gives leaked goroutines
// time to race. `go test -race ./...` runs a test binary per package, two
// at a time: with 28 of them, that second was about 14 s of every run. The
// testing package has by then failed any test during which a race was
// found, and a failed run still exits through os.Exit and so still waits.
package testexit

import (
	"os"
	"syscall"
	"testing"
)

// Main runs the tests and exits. A binary built with -cover exits through
// os.Exit, whose exit hooks write the coverage counters.
func Main(m *testing.M) {
	Exit(m.Run())
}

// Exit ends the binary with code, skipping the race detector's final wait
// when code is 0 and no coverage is being written.
func Exit(code int) {
	if code == 0 && testing.CoverMode() == "" {
		syscall.Exit(0)
	}
	os.Exit(code)
}
