package loadtest_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"hocviet/internal/loadtest"
	"hocviet/internal/store"
)

// BenchmarkAutosaveHTTP is the load run's saturation burst as the server
// sees it: 32 started candidates save typed answers flat out through the
// real HTTP handler, each on its own connection; one op is one save. It
// reports the process's CPU per save (client included) and, beside it,
// the bare Echo + SQLite insert's rate on this machine and the ratio the
// load run reports (saves per second over bare inserts per second).
//
//	go test -run '^$' -bench AutosaveHTTP -benchtime 20000x -cpuprofile cpu.out ./internal/loadtest/
func BenchmarkAutosaveHTTP(b *testing.B) {
	const workers = 32
	ctx := context.Background()
	st, p, _ := prepareStarts(b, "savehttp.db", loadtest.PrepareConfig{Candidates: workers})
	srv := serve(b, st)
	session, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: "saves", BlueprintID: loadtest.Blueprint,
		CohortID: &p.CohortID, Opens: time.Now().Add(-time.Hour), Closes: time.Now().Add(time.Hour)}, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	type worker struct {
		c     *loadtest.Client
		items []loadtest.Item
	}
	ws := make([]worker, workers)
	for i, c := range loggedIn(b, srv.URL, p, 11) {
		u := p.Usernames[i]
		if _, err := c.Start(ctx, session); err != nil {
			b.Fatalf("start %s: %v", u, err)
		}
		pg, err := c.Page(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, it := range pg.Items {
			if it.Typed() {
				ws[i].items = append(ws[i].items, it)
			}
		}
		if len(ws[i].items) == 0 {
			b.Fatalf("%s: no typed item in the first section", u)
		}
		ws[i].c = c
	}
	var next atomic.Int64
	var failed atomic.Value
	run := func() time.Duration {
		next.Store(0)
		var wg sync.WaitGroup
		t := time.Now()
		for _, w := range ws {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					n := next.Add(1)
					if n > int64(b.N) {
						return
					}
					it := w.items[int(n)%len(w.items)]
					if _, err := w.c.Save(ctx, loadtest.EPBurst, it.Pos, n, loadtest.Answer(it, n)); err != nil {
						failed.Store(fmt.Errorf("save: %w", err))
						return
					}
				}
			}()
		}
		wg.Wait()
		return time.Since(t)
	}
	c0 := processCPU()
	b.ResetTimer()
	took := run()
	b.StopTimer()
	cpu := processCPU() - c0
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	rate := float64(b.N) / took.Seconds()
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-us/save")
	b.ReportMetric(rate, "saves/s")
	if b.N >= 1000 {
		bl, err := loadtest.Baseline(ctx, b.TempDir(), workers, 3*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(bl.PerSecond(), "bare/s")
		b.ReportMetric(rate/bl.PerSecond(), "ratio")
	}
}
