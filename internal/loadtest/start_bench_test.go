package loadtest_test

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"hocviet/internal/loadtest"
	"hocviet/internal/store"
)

// BenchmarkExamStartHTTP is the start storm as the server sees it: 500
// logged-in candidates post "start" through the real HTTP handler in the
// same instant, every shipped bank imported, the forms drawn ahead as the
// server does before a session opens. One op is the whole storm; max-ms is
// the slowest start (the load run's p99 comes from the same queue), cpu-us
// the process's CPU per start, client included.
//
//	go test -run '^$' -bench ExamStartHTTP -benchtime 3x -cpuprofile cpu.out ./internal/loadtest/
func BenchmarkExamStartHTTP(b *testing.B) {
	const n = 500
	ctx := context.Background()
	st, p, _ := prepareStarts(b, "starthttp.db", loadtest.PrepareConfig{Candidates: n})
	srv := serve(b, st)
	clients := loggedIn(b, srv.URL, p, 10)
	var worst time.Duration
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		session, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: fmt.Sprintf("storm %d", i), BlueprintID: loadtest.Blueprint,
			CohortID: &p.CohortID, Opens: time.Now().Add(-time.Hour), Closes: time.Now().Add(time.Hour)}, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		if drawn, err := st.Exams.PredrawSession(ctx, session, time.Now()); err != nil || drawn != n {
			b.Fatalf("predraw: %d forms, %v", drawn, err)
		}
		gate := make(chan struct{})
		var wg sync.WaitGroup
		errs := make([]error, n)
		waits := make([]time.Duration, n)
		for j, c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-gate
				t := time.Now()
				_, errs[j] = c.Start(ctx, session)
				waits[j] = time.Since(t)
			}()
		}
		c0 := processCPU()
		b.StartTimer()
		close(gate)
		wg.Wait()
		b.StopTimer()
		cpu += processCPU() - c0
		for j, err := range errs {
			if err != nil {
				b.Fatalf("start of %s: %v", p.Usernames[j], err)
			}
			worst = max(worst, waits[j])
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(worst.Milliseconds()), "max-ms")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n), "cpu-us/start")
}

// loggedIn logs every prepared candidate in, each from its own address
// (127.net.x.y), as in a room of computers: the login limit is per address.
func loggedIn(b *testing.B, url string, p *loadtest.Prepared, net8 byte) []*loadtest.Client {
	b.Helper()
	clients := make([]*loadtest.Client, len(p.Usernames))
	for i, u := range p.Usernames {
		clients[i] = loadtest.NewClient(url, net.IPv4(127, net8, byte(1+i/250), byte(1+i%250)), nil)
		b.Cleanup(clients[i].Close)
		if err := clients[i].Login(context.Background(), u, p.Password); err != nil {
			b.Fatalf("login %s: %v", u, err)
		}
	}
	return clients
}
