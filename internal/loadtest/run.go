package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Config is one simulated exam day.
type Config struct {
	URL        string
	Candidates int
	Prefix     string // of the prepared usernames; default "lt-"
	Password   string // default DefaultPassword
	Session    int64  // 0: the newest session the candidates may start

	SaveEvery   time.Duration // each candidate autosaves this often; default 10 s
	Duration    time.Duration // from the common start to submission, burst excluded; default 2 min
	StartSpread time.Duration // everyone starts within this; default 1 s
	// LoginConcurrency bounds logins in flight: bcrypt makes each cost tens
	// of milliseconds of server CPU, and a room logs in over minutes anyway.
	LoginConcurrency int
	// SpreadIPs gives each candidate its own 127.x.y.z source address on a
	// loopback URL, like separate computers in an exam room.
	SpreadIPs        bool
	RecordingSeconds float64 // length of the uploaded spoken answer; default 5

	// BurstWorkers candidates save as fast as they can for Burst during the
	// writing section; the same is then done against a bare Echo + SQLite
	// insert (Baseline). 0 skips both.
	BurstWorkers int
	Burst        time.Duration

	DBPath      string // the server's database, checked afterwards ("" skips the check)
	BaselineDir string // where the baseline database goes; default DBPath's folder
	PID         int    // the local server process, for its memory (0: unknown)
	Progress    io.Writer
	// Note is printed with the report (how the server was started).
	Note string
	// Ledger, if set, receives what the server acknowledges, so a caller can
	// look at it during the run (a backup taken half-way, a crash).
	Ledger *Ledger
}

func (c *Config) defaults() error {
	if c.URL == "" {
		return errors.New("--url is required")
	}
	if _, err := url.Parse(c.URL); err != nil {
		return fmt.Errorf("--url: %w", err)
	}
	if c.Candidates <= 0 {
		return errors.New("--candidates must be positive")
	}
	if c.Prefix == "" {
		c.Prefix = "lt-"
	}
	if c.Password == "" {
		c.Password = DefaultPassword
	}
	if c.SaveEvery <= 0 {
		c.SaveEvery = 10 * time.Second
	}
	if c.Duration <= 0 {
		c.Duration = 2 * time.Minute
	}
	if c.StartSpread <= 0 {
		c.StartSpread = time.Second
	}
	if c.LoginConcurrency <= 0 {
		c.LoginConcurrency = 8
	}
	if c.RecordingSeconds <= 0 {
		c.RecordingSeconds = 5
	}
	c.BurstWorkers = min(c.BurstWorkers, c.Candidates)
	if c.BurstWorkers > 0 && c.Burst <= 0 {
		c.Burst = 10 * time.Second
	}
	if c.BurstWorkers <= 0 {
		c.Burst = 0
	}
	if c.Progress == nil {
		c.Progress = io.Discard
	}
	return nil
}

// Report is what a run found.
type Report struct {
	Config       Config
	Lines        []Line
	LoginPhase   time.Duration // from the first login to the last
	StartPhase   time.Duration // from the first start sent to the last answered
	Steady       time.Duration // from the common start to the last submission
	Requests     int
	Errors       int
	Failed       int // candidates who could not go on
	FailSamples  []string
	PeakRSS      int64 // KiB, sampled VmRSS (0 when the server is not local)
	HWM          int64 // KiB, VmHWM at the end
	Burst        Throughput
	Baseline     Throughput
	PageBytes    int // the first exam page's HTML
	AssetBytes   int // the static files it links
	Check        *Check
	CheckErr     error
	Acknowledged struct{ Saves, Recordings, Submitted int }
}

// Ratio is saturated autosave throughput over the bare baseline.
func (r *Report) Ratio() float64 {
	if r.Baseline.PerSecond() == 0 {
		return 0
	}
	return r.Burst.PerSecond() / r.Baseline.PerSecond()
}

// sourceIP is candidate i's address in 127.0.0.0/8 (never .0 or .255).
func sourceIP(i int) net.IP {
	return net.IPv4(127, byte(10+i/(250*250)), byte(1+(i/250)%250), byte(1+i%250))
}

func loopbackURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	ip := net.ParseIP(u.Hostname())
	return ip != nil && ip.IsLoopback() && ip.To4() != nil
}

type candidate struct {
	i       int
	c       *Client
	rev     atomic.Int64
	session int64
	page    *Page
	section atomic.Int32 // the section the candidate is in, -1 before starting
	rng     *rand.Rand
}

// Run simulates the exam day described by cfg against a running server.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	rep := &Report{Config: cfg}
	stats := NewStats()
	ledger := cfg.Ledger
	if ledger == nil {
		ledger = NewLedger()
	}
	spread := cfg.SpreadIPs && loopbackURL(cfg.URL)

	stopMem := make(chan struct{})
	var memWG sync.WaitGroup
	var peakRSS atomic.Int64
	if cfg.PID > 0 {
		memWG.Add(1)
		go func() {
			defer memWG.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				if m, err := ReadMemory(cfg.PID); err == nil && m.RSS > peakRSS.Load() {
					peakRSS.Store(m.RSS)
				}
				select {
				case <-stopMem:
					return
				case <-t.C:
				}
			}
		}()
	}
	defer func() {
		close(stopMem)
		memWG.Wait()
	}()

	cands := make([]*candidate, cfg.Candidates)
	for i := range cands {
		var ip net.IP
		if spread {
			ip = sourceIP(i)
		}
		cands[i] = &candidate{i: i, c: NewClient(cfg.URL, ip, stats), rng: rand.New(rand.NewPCG(uint64(i), 42))}
		cands[i].section.Store(-1)
	}
	defer func() {
		for _, c := range cands {
			c.c.Close()
		}
	}()

	var failMu sync.Mutex
	fail := func(c *candidate, step string, err error) {
		failMu.Lock()
		defer failMu.Unlock()
		rep.Failed++
		if len(rep.FailSamples) < 10 {
			rep.FailSamples = append(rep.FailSamples, fmt.Sprintf("%s %s: %v", Username(cfg.Prefix, c.i), step, err))
		}
	}

	// Log everyone in, as a room does over the minutes before the bell.
	fmt.Fprintf(cfg.Progress, "logging in %d candidates (%d at a time)…\n", cfg.Candidates, cfg.LoginConcurrency)
	loginStart := time.Now()
	sem := make(chan struct{}, cfg.LoginConcurrency)
	var wg sync.WaitGroup
	ready := make([]bool, len(cands))
	for i, c := range cands {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := c.c.Login(ctx, Username(cfg.Prefix, i), cfg.Password); err != nil {
				fail(c, "login", err)
				return
			}
			ids, err := c.c.ExamList(ctx)
			if err != nil {
				fail(c, "exam list", err)
				return
			}
			c.session = cfg.Session
			if c.session == 0 && len(ids) > 0 {
				c.session = slices.Max(ids)
			}
			if c.session == 0 {
				fail(c, "exam list", errors.New("no session to start"))
				return
			}
			ready[i] = true
		}()
	}
	wg.Wait()
	rep.LoginPhase = time.Since(loginStart)
	if ctx.Err() != nil {
		return rep, ctx.Err()
	}

	// Everyone starts within the same second. Each candidate's sections
	// then run from the moment its own start was answered (a slow start
	// delays that candidate, as it would in the room): listening, reading
	// and writing a quarter of the duration each, then speaking. The burst
	// comes when everybody is in the writing section, which lasts until the
	// burst is over; other saves pause meanwhile.
	t0 := time.Now().Add(time.Second)
	d, b := cfg.Duration, cfg.Burst
	jitter := min(cfg.SaveEvery, d/20)
	var bursting atomic.Bool
	// Saves that share the server with the start or a section change are
	// counted apart from the steady ones (storms.classify).
	var st storms
	burstDone := make(chan struct{})
	if cfg.BurstWorkers == 0 {
		close(burstDone)
	}
	wav := WAV(cfg.RecordingSeconds)
	fmt.Fprintf(cfg.Progress, "logged in in %s; %d start at %s, submit after %s\n", rep.LoginPhase.Round(time.Millisecond),
		cfg.Candidates-rep.Failed, t0.Format("15:04:05"), d+b)

	var startMu sync.Mutex
	var startFirst, startLast time.Time
	started := func(sent, answered time.Time) {
		startMu.Lock()
		defer startMu.Unlock()
		if startFirst.IsZero() || sent.Before(startFirst) {
			startFirst = sent
		}
		if answered.After(startLast) {
			startLast = answered
		}
	}
	var inWriting sync.WaitGroup
	// Every start is counted before any candidate goes: no start begins
	// once saves do (storms.classify).
	for i := range cands {
		if ready[i] {
			st.starting.Add(1)
		}
	}
	for i, c := range cands {
		if !ready[i] {
			continue
		}
		inWriting.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			wrote := false
			defer func() {
				if !wrote {
					inWriting.Done()
				}
			}()
			sleepUntil(ctx, t0.Add(time.Duration(c.rng.Int64N(int64(cfg.StartSpread)))))
			sent := time.Now()
			_, err := c.c.Start(ctx, c.session)
			if err != nil {
				st.starting.Add(-1)
				fail(c, "start", err)
				return
			}
			started(sent, time.Now())
			p, err := c.c.Page(ctx)
			st.starting.Add(-1)
			if err == nil && p.Section != 0 {
				err = fmt.Errorf("in section %d", p.Section)
			}
			if err != nil {
				fail(c, "first page", err)
				return
			}
			c.page = p
			c.section.Store(0)
			if i == 0 {
				rep.PageBytes = p.Bytes
				for _, a := range Assets(p.Body) {
					if r, err := c.c.Do(ctx, EPAsset, "GET", a, nil, ""); err == nil {
						rep.AssetBytes += len(r.Body)
					}
				}
			}
			c.page.Body = nil
			s0 := time.Now()
			for sec := 0; sec < 4; sec++ {
				end := s0.Add(time.Duration(sec+1)*d/4 + time.Duration(c.rng.Int64N(int64(jitter)+1)))
				if sec == 2 {
					inWriting.Done()
					wrote = true
				}
				c.runSection(ctx, cfg, ledger, end, t0, &bursting, &st, wav)
				if sec == 2 {
					select {
					case <-burstDone:
					case <-ctx.Done():
					}
					s0 = time.Now().Add(-3 * d / 4) // speaking gets its full quarter
				}
				if ctx.Err() != nil {
					return
				}
				st.beginChange()
				if err := c.c.Finish(ctx, sec); err != nil {
					st.endChange()
					fail(c, fmt.Sprintf("finish section %d", sec), err)
					return
				}
				p, err := c.c.Page(ctx)
				st.endChange()
				if err != nil {
					fail(c, fmt.Sprintf("page after section %d", sec), err)
					return
				}
				if sec == 3 {
					if p.Section != -1 {
						fail(c, "submit", fmt.Errorf("still in section %d", p.Section))
						return
					}
					ledger.Submitted(c.c.Attempt)
					return
				}
				if p.Section != sec+1 {
					fail(c, fmt.Sprintf("page after section %d", sec), fmt.Errorf("in section %d", p.Section))
					return
				}
				p.Body = nil
				c.page = p
				c.section.Store(int32(sec + 1))
			}
		}()
	}

	// The saturation burst: while everyone is in the writing section and
	// quiet, a few candidates save as fast as they can.
	if cfg.BurstWorkers > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(burstDone)
			inWriting.Wait()
			sleepUntil(ctx, t0.Add(d*3/4))
			bursting.Store(true)
			defer bursting.Store(false)
			type worker struct {
				c     *candidate
				items []Item
			}
			var workers []worker
			for _, c := range cands {
				if items := typed(c.page); c.section.Load() == 2 && len(items) > 0 && len(workers) < cfg.BurstWorkers {
					workers = append(workers, worker{c, items})
				}
			}
			fmt.Fprintf(cfg.Progress, "saturating autosave with %d candidates for %s…\n", len(workers), b)
			if len(workers) == 0 {
				return
			}
			rep.Burst, _ = closedLoop(ctx, len(workers), b, func(ctx context.Context, w int, n int64) error {
				wk := workers[w]
				return wk.c.save(ctx, ledger, named(EPBurst), wk.items[int(n)%len(wk.items)])
			})
		}()
	}
	wg.Wait()
	rep.Steady = time.Since(t0)
	rep.StartPhase = startLast.Sub(startFirst)
	if cfg.PID > 0 {
		if m, err := ReadMemory(cfg.PID); err == nil {
			rep.HWM = m.HWM
			rep.PeakRSS = max(peakRSS.Load(), m.RSS)
		}
	}
	rep.Lines = stats.Lines()
	for _, l := range rep.Lines {
		rep.Requests += l.Count
		rep.Errors += l.Errors
	}
	rep.Acknowledged.Saves, rep.Acknowledged.Recordings, rep.Acknowledged.Submitted = ledger.Counts()

	if cfg.DBPath != "" {
		fmt.Fprintln(cfg.Progress, "checking the database…")
		chk, err := ledger.Verify(ctx, cfg.DBPath)
		rep.Check, rep.CheckErr = &chk, err
	}
	if cfg.BurstWorkers > 0 && rep.Burst.Workers > 0 {
		dir := cfg.BaselineDir
		if dir == "" && cfg.DBPath != "" {
			dir = filepath.Dir(cfg.DBPath)
		}
		if dir == "" {
			dir = os.TempDir()
		}
		fmt.Fprintf(cfg.Progress, "measuring the bare Echo + SQLite insert with %d workers for %s…\n", rep.Burst.Workers, b)
		bl, err := Baseline(ctx, dir, rep.Burst.Workers, b)
		if err != nil {
			return rep, fmt.Errorf("baseline: %w", err)
		}
		rep.Baseline = bl
	}
	return rep, nil
}

func typed(p *Page) []Item {
	if p == nil {
		return nil
	}
	var out []Item
	for _, it := range p.Items {
		if it.Typed() {
			out = append(out, it)
		}
	}
	return out
}

func (c *candidate) save(ctx context.Context, l *Ledger, endpointOf func() string, it Item) error {
	rev := c.rev.Add(1)
	resp := Answer(it, rev)
	ack, err := c.c.SaveAs(ctx, endpointOf, it.Pos, rev, resp)
	if err != nil {
		return err
	}
	if ack.Applied {
		l.Saved(Key{c.c.Attempt, it.Pos}, rev, resp)
	}
	return nil
}

// storms tracks what the autosaves share the server with: candidates still
// waiting for their start and first page, and candidates between a
// section's finish and their next page.
type storms struct {
	starting, changing atomic.Int64
	changes            atomic.Int64 // section changes begun so far
}

func (s *storms) beginChange() { s.changes.Add(1); s.changing.Add(1) }
func (s *storms) endChange()   { s.changing.Add(-1) }

// classify is called as a save is sent; what it returns names the line the
// save is counted on once its acknowledgement is in. A save in flight
// while some candidate starts, or while one changes section (one who began
// after the save was sent too), waited with that storm: it is not a steady
// save. No start begins once saves do (Run counts them all in first).
func (s *storms) classify() func() string {
	starting, changing, changes := s.starting.Load() > 0, s.changing.Load() > 0, s.changes.Load()
	return func() string {
		switch {
		case starting:
			return EPSaveStorm
		case changing || s.changes.Load() != changes:
			return EPSaveChange
		}
		return EPSave
	}
}

type event struct {
	at   time.Time
	kind int
}

const (
	evSave = iota
	evState
	evPlay
	evRecord
)

// runSection does what a candidate does in one section until end: autosave
// every SaveEvery, poll the clock every 30 s, play a recording (listening),
// record an answer (speaking). Saves and polls pause during the burst.
func (c *candidate) runSection(ctx context.Context, cfg Config, l *Ledger, end, t0 time.Time, bursting *atomic.Bool, st *storms, wav []byte) {
	now := time.Now()
	var evs []event
	items := typed(c.page)
	if len(items) > 0 {
		for t := now.Add(time.Duration(c.rng.Int64N(int64(cfg.SaveEvery)))); t.Before(end); t = t.Add(cfg.SaveEvery) {
			evs = append(evs, event{t, evSave})
		}
	}
	// Each page polls every 30 s from its own load, so the polls of a room
	// fall anywhere in those 30 s: spread evenly, not in clumps of one
	// in 30 candidates on the same millisecond of each second.
	phase := 30 * time.Second * time.Duration(c.i) / time.Duration(cfg.Candidates)
	for t := t0.Add(phase); t.Before(end); t = t.Add(30 * time.Second) {
		if t.After(now) {
			evs = append(evs, event{t, evState})
		}
	}
	if span := end.Sub(now); span > 0 {
		if len(c.page.Audio) > 0 {
			evs = append(evs, event{now.Add(time.Duration(c.rng.Int64N(int64(span/2) + 1))), evPlay})
		}
		if len(c.page.Spoken) > 0 {
			evs = append(evs, event{now.Add(time.Duration(c.rng.Int64N(int64(span*3/4) + 1))), evRecord})
		}
	} else if len(c.page.Spoken) > 0 {
		evs = append(evs, event{now, evRecord})
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].at.Before(evs[j].at) })
	n := 0
	for _, ev := range evs {
		if !sleepUntil(ctx, ev.at) {
			return
		}
		if bursting.Load() && (ev.kind == evSave || ev.kind == evState) {
			continue
		}
		switch ev.kind {
		case evSave:
			c.save(ctx, l, st.classify(), items[n%len(items)])
			n++
		case evState:
			c.c.State(ctx)
		case evPlay:
			c.c.Play(ctx, c.page.Audio[c.rng.IntN(len(c.page.Audio))])
		case evRecord:
			s := c.page.Spoken[0]
			if take, err := c.c.Record(ctx, s.Pos, wav); err == nil {
				l.Recorded(Key{c.c.Attempt, s.Pos}, take, wav)
			}
		}
	}
	sleepUntil(ctx, end)
}

func sleepUntil(ctx context.Context, t time.Time) bool {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err() == nil
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-tm.C:
		return true
	}
}
