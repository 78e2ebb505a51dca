package web_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"hocviet/internal/demo"
	"hocviet/internal/web"
)

// syncBuffer is a log sink the server's goroutines may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestAccessLogRecordsTheStatusSent (issue 15 point 16): responses that
// went out as 403, 404 or 401 were logged as status=200, because the
// logger read the status before the error handler wrote it.
func TestAccessLogRecordsTheStatusSent(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	e := newCustomEnv(t, func(d *web.Deps) { d.Log = slog.New(slog.NewTextHandler(&logs, nil)) })
	c := e.client()
	c.login("k5-01", demo.Password)
	anon := e.client()
	for _, tc := range []struct {
		c    *client
		path string
		want int
	}{
		{c, "/instructor", http.StatusForbidden},
		{c, "/candidate/exams/attempts/999999", http.StatusNotFound},
		{anon, "/api/exam/attempts/1/state", http.StatusUnauthorized},
		{c, "/candidate", http.StatusOK},
	} {
		if r := tc.c.get(tc.path); r.status != tc.want {
			t.Fatalf("GET %s: %d, want %d", tc.path, r.status, tc.want)
		}
		var line string
		for _, l := range strings.Split(logs.String(), "\n") {
			if strings.Contains(l, "msg=request ") && strings.Contains(l, "path="+tc.path+" ") {
				line = l
			}
		}
		if line == "" || !strings.Contains(line, "status="+strconv.Itoa(tc.want)+" ") {
			t.Errorf("GET %s sent %d but the access log says: %q", tc.path, tc.want, line)
		}
	}
}

// TestPolicyHeaders (issue 15 point 16): the CSP forbids <base> and forms
// posting elsewhere; HSTS is sent when cookies are Secure (the site is
// served over HTTPS), and not otherwise.
func TestPolicyHeaders(t *testing.T) {
	t.Parallel()
	plain := newEnv(t)
	r := plain.client().get("/login")
	csp := r.header.Get("Content-Security-Policy")
	for _, want := range []string{"base-uri 'none'", "form-action 'self'", "script-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %s", csp, want)
		}
	}
	if h := r.header.Get("Strict-Transport-Security"); h != "" {
		t.Errorf("HSTS without Secure cookies: %q", h)
	}
	secure := newCustomEnv(t, func(d *web.Deps) { d.SecureCookies = true })
	if h := secure.client().get("/login").header.Get("Strict-Transport-Security"); !strings.HasPrefix(h, "max-age=") {
		t.Errorf("with Secure cookies, HSTS is %q", h)
	}
}
