package web

import (
	"runtime"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"
)

// examPages bounds how many exam pages are built at once, and lets the
// starts of the bell go first.
//
// Right after the bell every candidate loads the exam page; building one is
// CPU work (the attempt read from SQLite, a 62-item page rendered) that
// holds its view and page buffer until written. With 2,000 built at once
// the server held them all at the same time (255 MB at the peak) while two
// cores could only make progress on two of them anyway. Waiting here holds
// nothing but the connection. All cores but one build pages: with four
// per core the pages took the cores from the starts and saves around them
// (2,000 at once on 2 cores, quiet machine: start p99 1.68 -> 0.61 s,
// autosave p99 168 -> 38 ms, and the pages themselves p99 15.8 -> 7.3 s),
// and with one per core a save arriving during a storm still found both
// cores busy. With one core kept free, two back-to-back pairs of runs of
// 2,000 (docs/performance.md, 3 December 2026) gave, one per core -> all
// but one: autosave p99 while others start 55 -> 21 ms and 49 -> 34 ms,
// while others change section 68 -> 25 ms and 193 -> 113 ms, steady 15 ->
// 9 ms and 77 -> 46 ms; the pages of a storm, which queue anyway, wait
// longer (p99 10 -> 13 s and 12 -> 21 s).
//
// The pages of the first candidates to start are built while the others'
// starts are still arriving, and a page is five times a start's CPU: so a
// page waits, up to yield, while any start is being handled. A start is
// what lets a candidate in (and its clock is already running); the page
// comes a moment later. Only starts have this priority: autosaves go on
// all exam long, and pages yielding to them would stall a section change.
type examPages struct {
	sem    chan struct{}
	starts atomic.Int64 // starts being handled now
	yield  time.Duration
}

// newExamPages builds at most n pages at once (n <= 0: one per core but
// one, at least one).
func newExamPages(n int, yield time.Duration) *examPages {
	if n <= 0 {
		n = pageBuilders(runtime.GOMAXPROCS(0))
	}
	return &examPages{sem: make(chan struct{}, n), yield: yield}
}

// pageBuilders is how many pages procs cores build at once by default.
func pageBuilders(procs int) int { return max(1, procs-1) }

// start marks a start request as being handled.
func (x *examPages) start(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		x.starts.Add(1)
		defer x.starts.Add(-1)
		return next(c)
	}
}

// page builds the page once there is room, and no start is waiting on the
// cores (or yield has passed).
func (x *examPages) page(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		select {
		case x.sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err() // the candidate left; nobody reads an answer
		}
		defer func() { <-x.sem }()
		for deadline := time.Now().Add(x.yield); x.starts.Load() > 0 && time.Now().Before(deadline); {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			time.Sleep(time.Millisecond)
		}
		return next(c)
	}
}
