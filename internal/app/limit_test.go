package app

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// At most n requests are inside the handler at once; an upload is not
// held back; a request whose client gives up while waiting never enters.
func TestLimitInFlight(t *testing.T) {
	release := make(chan struct{})
	var inside, entered atomic.Int32
	h := limitInFlight(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered.Add(1)
		inside.Add(1)
		defer inside.Add(-1)
		if r.URL.Path == "/hold" {
			<-release
		}
	}), 2)
	serve := func(r *http.Request) chan struct{} {
		done := make(chan struct{})
		go func() { h.ServeHTTP(httptest.NewRecorder(), r); close(done) }()
		return done
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	a := serve(httptest.NewRequest("GET", "/hold", nil))
	b := serve(httptest.NewRequest("GET", "/hold", nil))
	waitFor("two requests inside", func() bool { return inside.Load() == 2 })

	for _, tc := range []struct {
		name    string
		req     *http.Request
		through bool // enters while the two places are taken
	}{
		{"small request waits", httptest.NewRequest("POST", "/save", bytes.NewReader(make([]byte, 100))), false},
		{"upload passes", httptest.NewRequest("POST", "/upload", bytes.NewReader(make([]byte, 100<<10))), true},
	} {
		before := entered.Load()
		done := serve(tc.req)
		if tc.through {
			<-done
			if entered.Load() != before+1 {
				t.Errorf("%s: did not enter", tc.name)
			}
			continue
		}
		time.Sleep(50 * time.Millisecond)
		if entered.Load() != before {
			t.Fatalf("%s: entered while %d were inside (limit 2)", tc.name, inside.Load())
		}
		close(release)
		<-a
		<-b
		<-done
		if entered.Load() != before+1 {
			t.Fatalf("%s: %d entered after the others left, want it in", tc.name, entered.Load()-before)
		}
		release = make(chan struct{})
		a = serve(httptest.NewRequest("GET", "/hold", nil))
		b = serve(httptest.NewRequest("GET", "/hold", nil))
		waitFor("two requests inside again", func() bool { return inside.Load() == 2 })
	}
	// A client that gives up while waiting leaves without entering.
	ctx, cancel := context.WithCancel(context.Background())
	before := entered.Load()
	done := serve(httptest.NewRequest("GET", "/x", nil).WithContext(ctx))
	time.Sleep(20 * time.Millisecond)
	cancel()
	<-done
	if entered.Load() != before {
		t.Fatal("a cancelled waiting request entered")
	}
	close(release)
	<-a
	<-b
}
