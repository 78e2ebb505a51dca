package web

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
)

// gzipResponses compresses the answers of at least minLength bytes to
// clients that accept gzip. It replaces Echo's Gzip middleware, which took
// a gzip.Writer from its pool as each request came in, held it while the
// request waited (for the exam page gate, the write lock) and closed it on
// the way out even when nothing had been compressed, which builds a
// compressor (~800 KB of tables) for every request that has none: with
// browsers (which all ask for gzip) a storm of 200 exam pages allocated
// 1.1 MB per page and peaked at 176 MB of heap, the pool refilling after
// every collection. Here a writer is taken only once minLength bytes are
// written, and returned as soon as the answer is complete.
func gzipResponses(minLength int, skip func(echo.Context) bool) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if skip(c) {
				return next(c)
			}
			res := c.Response()
			res.Header().Add(echo.HeaderVary, echo.HeaderAcceptEncoding)
			if !strings.Contains(c.Request().Header.Get(echo.HeaderAcceptEncoding), "gzip") {
				return next(c)
			}
			w := &gzipWriter{ResponseWriter: res.Writer, min: minLength}
			res.Writer = w
			defer func() {
				w.finish()
				res.Writer = w.ResponseWriter
			}()
			return next(c)
		}
	}
}

// gzipWriters compress at gzip's best speed: a 40 KB exam page takes a
// third to a half of the CPU of the default level (0.27-0.34 against
// 0.71-0.78 ms on this 2-core machine, BenchmarkGzipExamPage) for 15% more
// bytes (6.8 against 5.9 KB), and at the bell and each section change
// 2,000 pages are compressed on those cores while autosaves wait for them.
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return w
}}

// gzipWriter holds back the first bytes of an answer until it knows
// whether the answer is long enough to compress.
type gzipWriter struct {
	http.ResponseWriter
	min  int
	code int    // status given to WriteHeader, sent with the first bytes
	held []byte // the answer so far, while shorter than min
	gz   *gzip.Writer
}

func (w *gzipWriter) WriteHeader(code int) {
	if w.code == 0 && w.gz == nil {
		w.code = code
	}
}

func (w *gzipWriter) Write(b []byte) (int, error) {
	if w.gz != nil {
		return w.gz.Write(b)
	}
	if len(w.held)+len(b) < w.min {
		w.held = append(w.held, b...)
		return len(b), nil
	}
	if err := w.startGzip(b); err != nil {
		return 0, err
	}
	return w.gz.Write(b)
}

// startGzip sends the header of a compressed answer and what was held back.
// first is the write that called it, for guessing the content type.
func (w *gzipWriter) startGzip(first []byte) error {
	h := w.Header()
	if h.Get(echo.HeaderContentType) == "" {
		h.Set(echo.HeaderContentType, http.DetectContentType(append(w.held[:len(w.held):len(w.held)], first...)))
	}
	h.Del(echo.HeaderContentLength) // the length of the uncompressed bytes
	h.Set(echo.HeaderContentEncoding, "gzip")
	w.sendHeader()
	w.gz = gzipWriters.Get().(*gzip.Writer)
	w.gz.Reset(w.ResponseWriter)
	held := w.held
	w.held = nil
	if len(held) > 0 {
		if _, err := w.gz.Write(held); err != nil {
			return err
		}
	}
	return nil
}

func (w *gzipWriter) sendHeader() {
	if w.code != 0 {
		w.ResponseWriter.WriteHeader(w.code)
	}
}

// Flush sends what there is: a flushed answer is streamed, so it is
// compressed whatever its length.
func (w *gzipWriter) Flush() {
	if w.gz == nil {
		if err := w.startGzip(nil); err != nil {
			return
		}
	}
	w.gz.Flush()
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// finish completes the answer: the end of the gzip stream, or the short
// answer as it is.
func (w *gzipWriter) finish() {
	if w.gz != nil {
		w.gz.Close()
		w.gz.Reset(io.Discard) // let go of the connection's writer
		gzipWriters.Put(w.gz)
		w.gz = nil
		return
	}
	w.sendHeader()
	if len(w.held) > 0 {
		w.ResponseWriter.Write(w.held)
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (w *gzipWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
