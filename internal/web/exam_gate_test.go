package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// At most n exam pages are built at once; a candidate who leaves while
// waiting is not built a page at all.
func TestExamPageGate(t *testing.T) {
	e := echo.New()
	gate := newExamPages(2, time.Second).page
	var inside, most atomic.Int32
	release := make(chan struct{})
	h := gate(func(c echo.Context) error {
		n := inside.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		<-release
		inside.Add(-1)
		return c.NoContent(http.StatusOK)
	})
	serve := func(ctx context.Context) chan error {
		done := make(chan error, 1)
		go func() {
			req := httptest.NewRequest(http.MethodGet, "/", nil).WithContext(ctx)
			done <- h(e.NewContext(req, httptest.NewRecorder()))
		}()
		return done
	}
	var waits []chan error
	for range 5 {
		waits = append(waits, serve(context.Background()))
	}
	deadline := time.Now().Add(5 * time.Second)
	for inside.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // a third would be inside by now
	if n := inside.Load(); n != 2 {
		t.Fatalf("%d pages built at once, want 2", n)
	}
	// The gate is full: this one waits, then leaves.
	gone, leave := context.WithCancel(context.Background())
	left := serve(gone)
	time.Sleep(20 * time.Millisecond)
	leave()
	if err := <-left; err == nil {
		t.Error("a page was built for a candidate who left")
	}
	close(release)
	for _, w := range waits {
		if err := <-w; err != nil {
			t.Error(err)
		}
	}
	if m := most.Load(); m != 2 {
		t.Errorf("at most %d at once, want 2", m)
	}
}

// A page waits while a start is being handled, and is built as soon as the
// start is done; a start that never ends holds a page back only for yield.
func TestExamPagesWaitForStarts(t *testing.T) {
	e := echo.New()
	call := func(h echo.HandlerFunc) chan error {
		done := make(chan error, 1)
		go func() {
			done <- h(e.NewContext(httptest.NewRequest(http.MethodGet, "/", nil), httptest.NewRecorder()))
		}()
		return done
	}
	// page returns a gated handler that records when it built the page.
	page := func(x *examPages, built *atomic.Int64, t0 time.Time) echo.HandlerFunc {
		return x.page(func(c echo.Context) error {
			built.Store(int64(time.Since(t0)))
			return c.NoContent(http.StatusOK)
		})
	}

	// A long yield: a page built before it ran out was let go by the start's end.
	x := newExamPages(2, 10*time.Second)
	inStart, endStart := make(chan struct{}), make(chan struct{})
	start := x.start(func(c echo.Context) error {
		close(inStart)
		<-endStart
		return c.NoContent(http.StatusSeeOther)
	})
	var built atomic.Int64
	t0 := time.Now()
	startDone := call(start)
	<-inStart
	pageDone := call(page(x, &built, t0))
	time.Sleep(100 * time.Millisecond)
	if built.Load() != 0 {
		t.Fatal("a page was built while a start was being handled")
	}
	close(endStart)
	if err := <-startDone; err != nil {
		t.Fatal(err)
	}
	if err := <-pageDone; err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(built.Load()); got < 100*time.Millisecond || got > 5*time.Second {
		t.Fatalf("page built %v after the test began; want right after the start ended (~100 ms), not at the 10 s yield", got)
	}

	// A start that hangs: the page goes ahead after a short yield.
	hung := newExamPages(2, 300*time.Millisecond)
	hung.starts.Add(1)
	built.Store(0)
	t0 = time.Now()
	if err := <-call(page(hung, &built, t0)); err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(built.Load()); got < 300*time.Millisecond || got > 5*time.Second {
		t.Fatalf("page built after %v behind a hung start; want after the 300 ms yield", got)
	}
}

// By default pages take every core but one, which the saves, starts and
// clock polls of a storm find free; a one-core server still builds pages.
func TestExamPagesLeaveACore(t *testing.T) {
	for procs, want := range map[int]int{1: 1, 2: 1, 4: 3, 8: 7} {
		if got := pageBuilders(procs); got != want {
			t.Errorf("%d cores: %d pages at once, want %d", procs, got, want)
		}
	}
}
