package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/labstack/echo/v4"
)

func gzipTestApp() *echo.Echo {
	e := echo.New()
	e.Use(gzipResponses(1024, func(c echo.Context) bool { return c.Path() == "/media" }))
	big := strings.Repeat("<p>ສະບາຍດີ xin chào</p>\n", 200)
	e.GET("/page", func(c echo.Context) error { return c.HTML(http.StatusCreated, big) })
	e.GET("/pieces", func(c echo.Context) error {
		// Written in short pieces: the first ones are held back, then sent
		// compressed with the rest.
		c.Response().Header().Set(echo.HeaderContentType, "text/plain; charset=utf-8")
		c.Response().WriteHeader(http.StatusOK)
		for i := 0; i < 100; i++ {
			if _, err := io.WriteString(c.Response(), "0123456789abcdefghij\n"); err != nil {
				return err
			}
		}
		return nil
	})
	e.GET("/json", func(c echo.Context) error { return c.JSON(http.StatusAccepted, map[string]any{"applied": true}) })
	e.GET("/media", func(c echo.Context) error { return c.Blob(http.StatusOK, "audio/mpeg", []byte(big)) })
	e.GET("/away", func(c echo.Context) error { return c.Redirect(http.StatusSeeOther, "/page") })
	return e
}

func gzipGet(e *echo.Echo, path, accept string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if accept != "" {
		req.Header.Set("Accept-Encoding", accept)
	}
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	return rec
}

func TestGzipResponses(t *testing.T) {
	e := gzipTestApp()
	want := strings.Repeat("<p>ສະບາຍດີ xin chào</p>\n", 200)
	for _, tc := range []struct {
		path, accept string
		status       int
		gzipped      bool
		body         string
	}{
		{"/page", "gzip, deflate, br", http.StatusCreated, true, want},
		{"/pieces", "gzip", http.StatusOK, true, strings.Repeat("0123456789abcdefghij\n", 100)},
		{"/page", "", http.StatusCreated, false, want},
		{"/json", "gzip", http.StatusAccepted, false, "{\"applied\":true}\n"},
		{"/media", "gzip", http.StatusOK, false, want},
		{"/away", "gzip", http.StatusSeeOther, false, ""},
	} {
		rec := gzipGet(e, tc.path, tc.accept)
		body := rec.Body.String()
		if tc.gzipped {
			if rec.Header().Get("Content-Encoding") != "gzip" || rec.Header().Get("Content-Length") != "" {
				t.Errorf("%s: Content-Encoding %q, Content-Length %q", tc.path, rec.Header().Get("Content-Encoding"), rec.Header().Get("Content-Length"))
				continue
			}
			r, err := gzip.NewReader(rec.Body)
			if err != nil {
				t.Fatalf("%s: %v", tc.path, err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatalf("%s: %v", tc.path, err)
			}
			body = string(b)
		} else if rec.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s (Accept-Encoding %q): compressed", tc.path, tc.accept)
		}
		if rec.Code != tc.status || body != tc.body {
			t.Errorf("%s (Accept-Encoding %q): %d %q…, want %d", tc.path, tc.accept, rec.Code, body[:min(len(body), 40)], tc.status)
		}
		if tc.path != "/media" && rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s: Vary %q", tc.path, rec.Header().Get("Vary"))
		}
	}
	if ct := gzipGet(e, "/pieces", "gzip").Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("the handler's content type was replaced: %q", ct)
	}
}

// Short answers to browsers that accept gzip must not cost a compressor
// each: Echo's middleware took a writer from its pool for every request as
// it came in and closed it on the way out, which builds a compressor
// (~800 KB) in each writer that had none, so n requests in flight at once
// (autosaves, pages waiting for their turn) built n of them.
func TestGzipShortAnswersAllocateNoCompressor(t *testing.T) {
	const n = 20
	var inside sync.WaitGroup
	inside.Add(n)
	e := gzipTestApp()
	e.GET("/together", func(c echo.Context) error {
		inside.Done()
		inside.Wait() // every request is in a handler at once
		return c.JSON(http.StatusAccepted, map[string]any{"applied": true})
	})
	gzipGet(e, "/json", "gzip") // Echo's own first-use allocations
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var done sync.WaitGroup
	for i := 0; i < n; i++ {
		done.Go(func() {
			if rec := gzipGet(e, "/together", "gzip"); rec.Code != http.StatusAccepted {
				t.Error(rec.Code)
			}
		})
	}
	done.Wait()
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / n; per > 64<<10 {
		t.Errorf("a short answer allocated %d KB", per>>10)
	}
}

// BenchmarkGzipExamPage compresses an exam page (the listening section of
// a form drawn from the shipped banks, saved by the load test's client)
// through the middleware, and by itself at its level and at gzip's default.
//
//	go test -run '^$' -bench GzipExamPage ./internal/web/
func BenchmarkGzipExamPage(b *testing.B) {
	page, err := os.ReadFile("testdata/exam_page.html")
	if err != nil {
		b.Fatal(err)
	}
	e := echo.New()
	e.Use(gzipResponses(1024, func(echo.Context) bool { return false }))
	e.GET("/exam", func(c echo.Context) error { return c.HTMLBlob(http.StatusOK, page) })
	b.Run("middleware", func(b *testing.B) {
		var out int
		for b.Loop() {
			out = gzipGet(e, "/exam", "gzip, deflate, br").Body.Len()
		}
		b.ReportMetric(float64(out)/1024, "KB")
	})
	for _, lv := range []struct {
		name  string
		level int
	}{{"best-speed", gzip.BestSpeed}, {"default-level", gzip.DefaultCompression}} {
		b.Run(lv.name, func(b *testing.B) {
			var buf bytes.Buffer
			w, _ := gzip.NewWriterLevel(&buf, lv.level)
			for b.Loop() {
				buf.Reset()
				w.Reset(&buf)
				w.Write(page)
				w.Close()
			}
			b.ReportMetric(float64(buf.Len())/1024, "KB")
		})
	}
}
