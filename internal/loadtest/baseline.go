package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// Throughput is completed requests over a fixed time by a fixed number of
// closed-loop workers (each sends its next request when the last returns).
type Throughput struct {
	Workers  int
	Duration time.Duration
	Done     int
	Errors   int
}

// PerSecond is the rate.
func (t Throughput) PerSecond() float64 {
	if t.Duration <= 0 {
		return 0
	}
	return float64(t.Done) / t.Duration.Seconds()
}

func (t Throughput) String() string {
	return fmt.Sprintf("%.0f/s (%d in %s by %d workers, %d errors)", t.PerSecond(), t.Done, t.Duration.Round(time.Millisecond), t.Workers, t.Errors)
}

// Baseline measures the practical limit of one SQLite write per request on
// this machine: a bare Echo handler that decodes the same JSON an autosave
// carries and inserts one row, on a database in dir opened exactly as the
// server opens its own (store.Open: WAL, synchronous=FULL, busy timeout,
// immediate transactions), driven over loopback HTTP like the autosaves.
func Baseline(ctx context.Context, dir string, workers int, d time.Duration) (Throughput, error) {
	path := filepath.Join(dir, fmt.Sprintf("baseline-%d.db", time.Now().UnixNano()))
	db, err := store.OpenBare(path)
	if err != nil {
		return Throughput{}, err
	}
	defer func() {
		db.Close()
		removeDB(path)
	}()
	if _, err := db.ExecContext(ctx, `CREATE TABLE answers (id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL,
		pos INTEGER NOT NULL, rev INTEGER NOT NULL, response TEXT NOT NULL, saved_at INTEGER NOT NULL)`); err != nil {
		return Throughput{}, err
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.POST("/save/:id", func(c echo.Context) error {
		var r struct {
			Pos      int           `json:"pos"`
			Rev      int64         `json:"rev"`
			Response bank.Response `json:"response"`
		}
		if err := json.NewDecoder(c.Request().Body).Decode(&r); err != nil {
			return echo.ErrBadRequest
		}
		raw, _ := json.Marshal(r.Response)
		if _, err := db.ExecContext(c.Request().Context(), `INSERT INTO answers (attempt_id, pos, rev, response, saved_at)
			VALUES (?, ?, ?, ?, ?)`, c.Param("id"), r.Pos, r.Rev, string(raw), time.Now().UnixMilli()); err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]any{"applied": true, "rev": r.Rev})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return Throughput{}, err
	}
	srv := &http.Server{Handler: e}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	it := Item{Pos: 3, Type: bank.TypeEssay}
	// Each worker keeps its own connection, as each autosaving browser does.
	clients := make([]*http.Client, workers)
	for i := range clients {
		clients[i] = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}, Timeout: 60 * time.Second}
		defer clients[i].CloseIdleConnections()
	}
	return closedLoop(ctx, workers, d, func(ctx context.Context, w int, n int64) error {
		c := clients[w]
		body, _ := json.Marshal(map[string]any{"pos": it.Pos, "rev": n, "response": Answer(it, n)})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/save/%d", base, w), bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		r, err := c.Do(req)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, r.Body)
		r.Body.Close()
		if r.StatusCode != http.StatusOK {
			return fmt.Errorf("baseline: %d", r.StatusCode)
		}
		return nil
	})
}

// closedLoop runs fn by workers goroutines for d and counts what finished
// inside d.
func closedLoop(ctx context.Context, workers int, d time.Duration, fn func(ctx context.Context, w int, n int64) error) (Throughput, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var done, errs atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	end := start.Add(d)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := int64(1); time.Now().Before(end) && ctx.Err() == nil; n++ {
				err := fn(ctx, w, n)
				if time.Now().After(end) {
					return
				}
				if err != nil {
					errs.Add(1)
					continue
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	return Throughput{Workers: workers, Duration: d, Done: int(done.Load()), Errors: int(errs.Load())}, nil
}

// removeDB deletes a database file with its WAL and shared-memory files.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}
