package loadtest_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"hocviet/internal/loadtest"
)

// BenchmarkExamPageStorm is 200 candidates, started, loading their exam
// page in the same instant through a real HTTP server, as they do right
// after the bell (one op is the whole storm). It reports what the server's
// memory peak is made of: peak-heap-MB is the most the heap held at once
// during the storm (sampled), idle-heap-MB what it held just before (after a
// collection: the server's lasting memory and the clients'), alloc-KB/page what was allocated per page
// (the clients read the body into nothing, so this is nearly all the
// server's), max-ms the slowest page and cpu-ms/page the process's CPU
// time (clients included) per page. -memprofile names the allocations:
//
//	go test -run '^$' -bench 'ExamPageStorm' -benchtime 5x -memprofile mem.out ./internal/loadtest/
//
// -storm N sets the candidates (2,000 is the exam day; it prepares for a
// minute); -storm-heap FILE writes the live heap once a quarter of the
// pages are answered, i.e. what the requests still in flight hold, and
// FILE.idle just before the storm; -storm-gzip asks for compressed pages.
func BenchmarkExamPageStorm(b *testing.B) {
	n := *stormN
	ctx := context.Background()
	st, p, _ := prepareStarts(b, "pagestorm.db", loadtest.PrepareConfig{Candidates: n, Predraw: true})
	srv := serve(b, st)
	clients := make([]*loadtest.Client, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	sem := make(chan struct{}, 8)
	for i := range clients {
		// Each its own address, as in an exam room: one address is
		// rate-limited like a machine trying passwords.
		c := loadtest.NewClient(srv.URL, net.IPv4(127, byte(10+i/(250*250)), byte(1+(i/250)%250), byte(1+i%250)), nil)
		clients[i] = c
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := c.Login(ctx, p.Usernames[i], p.Password); err != nil {
				errs <- fmt.Errorf("login %s: %w", p.Usernames[i], err)
				return
			}
			if _, err := c.Start(ctx, p.SessionID); err != nil {
				errs <- fmt.Errorf("start %s: %w", p.Usernames[i], err)
				return
			}
			// The first page opens the section (a write); the storm measures
			// the loads that follow, which every op repeats alike.
			if pg, err := c.Page(ctx); err != nil || len(pg.Items) == 0 {
				errs <- fmt.Errorf("first page %s: %v (%d items)", p.Usernames[i], err, len(pg.Items))
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		for _, c := range clients {
			c.Close()
		}
	})

	var peak, allocated, idle uint64
	var slowest, cpu time.Duration
	var bytes atomic.Int64
	for b.Loop() {
		b.StopTimer()
		if *stormHeap != "" {
			writeHeap(b, *stormHeap+".idle") // the base to compare the storm's with (-diff_base)
		}
		runtime.GC()
		before := readMem()
		idle = max(idle, before.heap)
		stop := make(chan struct{})
		sampled := make(chan uint64)
		go samplePeak(stop, sampled)
		gate := make(chan struct{})
		waits := make(chan time.Duration, n)
		errs := make(chan error, n)
		for _, c := range clients {
			go func() {
				<-gate
				t := time.Now()
				size, err := pageBytes(ctx, c)
				bytes.Store(size)
				waits <- time.Since(t)
				errs <- err
			}()
		}
		cpu0 := cpuTime()
		b.StartTimer()
		close(gate)
		for i := range clients {
			if err := <-errs; err != nil {
				b.Fatal(err)
			}
			slowest = max(slowest, <-waits)
			if i == n/4 && *stormHeap != "" {
				writeHeap(b, *stormHeap)
			}
		}
		b.StopTimer()
		cpu += cpuTime() - cpu0
		close(stop)
		peak = max(peak, <-sampled)
		allocated += readMem().alloc - before.alloc
		b.StartTimer()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(idle)/(1<<20), "idle-heap-MB")
	b.ReportMetric(float64(allocated)/float64(b.N*n)/1024, "alloc-KB/page")
	b.ReportMetric(float64(slowest.Milliseconds()), "max-ms")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n)/1000, "cpu-ms/page")
	b.ReportMetric(float64(bytes.Load())/1024, "KB/page")
}

var (
	stormN    = flag.Int("storm", 200, "BenchmarkExamPageStorm: candidates loading their page at once")
	stormHeap = flag.String("storm-heap", "", "BenchmarkExamPageStorm: write the live heap in the middle of the storm to this file")
	stormGzip = flag.Bool("storm-gzip", false, "BenchmarkExamPageStorm: ask for gzip, as browsers do (the load test's clients do not)")
)

func writeHeap(b *testing.B, path string) {
	runtime.GC() // the profile shows the heap as of the last collection
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Fatal(err)
	}
}

// cpuTime is the CPU the process has used (user and system): on a shared
// machine it is steadier than the wall clock. It counts the clients too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pageBytes loads c's exam page and reads it into nothing: what the
// benchmark weighs is the server, not a client's copy of the page.
func pageBytes(ctx context.Context, c *loadtest.Client) (int64, error) {
	path := fmt.Sprintf("/candidate/exams/attempts/%d", c.Attempt)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Language", "lo")
	if *stormGzip {
		req.Header.Set("Accept-Encoding", "gzip") // set by hand: the body stays compressed
	}
	r, err := c.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer r.Body.Close()
	size, err := io.Copy(io.Discard, r.Body)
	if err == nil && r.StatusCode != http.StatusOK {
		err = fmt.Errorf("GET %s: %d", path, r.StatusCode)
	}
	return size, err
}

type memNow struct{ heap, alloc uint64 }

var memSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/gc/heap/allocs:bytes"},
}

// readMem reads the heap's live-and-dead objects and the bytes allocated
// so far, without stopping the world (ReadMemStats would, each sample).
func readMem() memNow {
	s := make([]metrics.Sample, len(memSamples))
	copy(s, memSamples)
	metrics.Read(s)
	return memNow{heap: s[0].Value.Uint64(), alloc: s[1].Value.Uint64()}
}

// samplePeak sends the largest heap it saw every 200 µs until stop closes.
func samplePeak(stop <-chan struct{}, out chan<- uint64) {
	var peak uint64
	t := time.NewTicker(200 * time.Microsecond)
	defer t.Stop()
	for {
		peak = max(peak, readMem().heap)
		select {
		case <-stop:
			out <- max(peak, readMem().heap)
			return
		case <-t.C:
		}
	}
}
