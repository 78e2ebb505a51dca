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
	gate := examPageGate(2)
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
