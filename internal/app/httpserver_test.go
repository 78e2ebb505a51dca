package app

import (
	"net"
	"net/http"
	"strings"
	"testing"
)

// Headers beyond 64 KB are refused before any handler sees them; ordinary
// ones pass.
func TestHTTPServerBoundsHeaders(t *testing.T) {
	srv := newHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	for _, tc := range []struct {
		cookie int
		want   int
	}{{2 << 10, http.StatusNoContent}, {200 << 10, http.StatusRequestHeaderFieldsTooLarge}} {
		req, err := http.NewRequest("GET", "http://"+ln.Addr().String()+"/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Cookie", "hv="+strings.Repeat("x", tc.cookie))
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != tc.want {
			t.Errorf("a %d KB cookie: %d, want %d", tc.cookie>>10, r.StatusCode, tc.want)
		}
	}
}
