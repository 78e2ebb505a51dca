package web_test

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// raw fetches path with the given Accept-Encoding and returns the bytes as
// they crossed the wire (Go's client would otherwise unzip them silently).
func (c *client) raw(path, encoding string) (*http.Response, []byte) {
	c.env.t.Helper()
	req, err := http.NewRequest("GET", c.env.srv.URL+path, nil)
	if err != nil {
		c.env.t.Fatal(err)
	}
	if encoding != "" {
		req.Header.Set("Accept-Encoding", encoding)
	}
	r, err := c.http.Do(req)
	if err != nil {
		c.env.t.Fatal(err)
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		c.env.t.Fatal(err)
	}
	return r, b
}

var subresourceRe = regexp.MustCompile(`(?:href|src)="(/static/[^"]+)"`)
var fontURLRe = regexp.MustCompile(`url\((/static/fonts/[^)]+\.woff2)\)`)

// The exam page is what crosses a weak link on exam day: a candidate with an
// empty cache downloads the page, its own styles and scripts and, on a Lao
// page, the Lao font. All of it must stay under 60 KB on the wire.
func TestExamPageColdWeightInLao(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, _ := e.start("k5-01")
	page := fmt.Sprintf("/candidate/exams/attempts/%d?lang=lo", id)
	r, body := c.raw(page, "gzip")
	if r.StatusCode != 200 || r.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("exam page: %d, Content-Encoding %q", r.StatusCode, r.Header.Get("Content-Encoding"))
	}
	html := gunzip(t, body)
	total := len(body)
	var sheets []string
	for _, m := range subresourceRe.FindAllStringSubmatch(html, -1) {
		rr, b := c.raw(m[1], "gzip")
		if rr.StatusCode != 200 {
			t.Fatalf("%s: %d", m[1], rr.StatusCode)
		}
		total += len(b)
		if strings.HasSuffix(m[1], ".css") {
			sheets = append(sheets, m[1])
			text := string(b)
			if rr.Header.Get("Content-Encoding") == "gzip" {
				text = gunzip(t, b)
			}
			for _, f := range fontURLRe.FindAllStringSubmatch(text, -1) {
				fr, fb := c.raw(f[1], "gzip")
				if fr.StatusCode != 200 || fr.Header.Get("Content-Type") != "font/woff2" ||
					!strings.Contains(fr.Header.Get("Cache-Control"), "immutable") || fr.Header.Get("Content-Encoding") != "" {
					t.Fatalf("font %s: %d %v", f[1], fr.StatusCode, fr.Header)
				}
				total += len(fb)
			}
		}
	}
	for _, s := range sheets {
		for _, notHere := range []string{"/bank.", "/readiness."} {
			if strings.Contains(s, notHere) {
				t.Errorf("the exam page loads %s, which styles no class of it", s)
			}
		}
	}
	if !strings.Contains(strings.Join(sheets, " "), "/css/exam.") {
		t.Errorf("the exam page does not load exam.css: %v", sheets)
	}
	t.Logf("exam page cold, in Lao, on the wire: %d bytes (%d stylesheets)", total, len(sheets))
	if total >= 60*1024 {
		t.Fatalf("exam page weighs %d bytes cold; the goal is < 60 KB", total)
	}
}

func TestGzipOnlyWhereItHelps(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	r, body := c.raw("/login?lang=lo", "")
	if r.Header.Get("Content-Encoding") != "" || !strings.Contains(string(body), "<html") {
		t.Fatalf("a client that asks for no gzip got %q", r.Header.Get("Content-Encoding"))
	}
	r, body = c.raw("/login?lang=lo", "gzip, deflate")
	if r.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(gunzip(t, body), "<html") {
		t.Fatalf("login page not gzipped: %v", r.Header)
	}
	m := fontURLRe.FindStringSubmatch(string(mustCSS(t, c, gunzip(t, body))))
	if m == nil {
		t.Fatal("app.css names no Lao font")
	}
	if !regexp.MustCompile(`\.[0-9a-f]{8}\.woff2$`).MatchString(m[1]) {
		t.Fatalf("font URL %s is not content-hashed", m[1])
	}
}

func mustCSS(t *testing.T, c *client, html string) []byte {
	t.Helper()
	m := regexp.MustCompile(`href="(/static/css/app\.[0-9a-f]{8}\.css)"`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no app.css on the page")
	}
	r, b := c.raw(m[1], "")
	if r.StatusCode != 200 {
		t.Fatalf("%s: %d", m[1], r.StatusCode)
	}
	return b
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
