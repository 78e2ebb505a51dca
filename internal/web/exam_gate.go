package web

import (
	"runtime"

	"github.com/labstack/echo/v4"
)

// examPageGate bounds how many exam pages are built at once. Right after
// the bell every candidate loads the exam page; building one is CPU work
// (the attempt read from SQLite, a 62-item page rendered) that holds its
// view and page buffer until written. With 2,000 built at once the server
// held them all at the same time (255 MB at the peak) while two cores
// could only make progress on two of them anyway. Waiting here holds
// nothing but the connection. Only the page is gated: starts and autosaves
// never wait behind it. One page per core: with four per core the pages
// took the cores from the starts and saves around them (2,000 at once on
// 2 cores, quiet machine: start p99 1.68 -> 0.61 s, autosave p99 168 ->
// 38 ms, and the pages themselves p99 15.8 -> 7.3 s).
func examPageGate(n int) echo.MiddlewareFunc {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	sem := make(chan struct{}, n)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ctx := c.Request().Context()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err() // the candidate left; nobody reads an answer
			}
			defer func() { <-sem }()
			return next(c)
		}
	}
}
