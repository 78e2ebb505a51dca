package loadtest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"hocviet/internal/app"
	"hocviet/internal/loadtest"
	"hocviet/internal/web"
)

// startApp prepares n candidates and an open session in a new database and
// serves it on a free port, as `hocviet serve` would.
func startApp(t testing.TB, n int) (*app.App, *loadtest.Prepared, string) {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "lt.db")
	p, err := loadtest.Prepare(ctx, loadtest.PrepareConfig{DBPath: db, Candidates: n, HashCost: 4})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Open(ctx, app.Config{Addr: "127.0.0.1:0", DBPath: db, Version: "loadtest",
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.DefaultThrottle})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		a.Close(cctx)
	})
	return a, p, db
}

// TestRunSmall is the load command at the size of a short exam-room test:
// every step of a sitting, no error, every acknowledged save in the
// database, and a baseline to compare with.
func TestRunSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server and runs for ~10 s")
	}
	a, _, db := startApp(t, 12)
	rep, err := loadtest.Run(context.Background(), loadtest.Config{URL: a.URL(), Candidates: 12, SaveEvery: 300 * time.Millisecond,
		Duration: 4 * time.Second, SpreadIPs: true, RecordingSeconds: 1, BurstWorkers: 4, Burst: time.Second, DBPath: db})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 0 || rep.Failed != 0 {
		for _, l := range rep.Lines {
			for _, s := range l.Samples {
				t.Logf("%s: %s", l.Endpoint, s)
			}
		}
		t.Fatalf("%d errors, %d candidates stopped: %v", rep.Errors, rep.Failed, rep.FailSamples)
	}
	if rep.CheckErr != nil || !rep.Check.OK() {
		t.Fatalf("database check: %v %v", rep.CheckErr, rep.Check)
	}
	saves, recs, subs := rep.Acknowledged.Saves, rep.Acknowledged.Recordings, rep.Acknowledged.Submitted
	if saves == 0 || recs != 12 || subs != 12 {
		t.Fatalf("acknowledged %d saves, %d recordings, %d submissions; want some, 12, 12", saves, recs, subs)
	}
	for _, ep := range []string{loadtest.EPStart, loadtest.EPBurst, loadtest.EPPlay, loadtest.EPAudio, loadtest.EPUpload, loadtest.EPFinish} {
		found := false
		for _, l := range rep.Lines {
			found = found || l.Endpoint == ep && l.Count > 0
		}
		if !found {
			t.Errorf("no %s request measured", ep)
		}
	}
	// Each autosave is measured on one line: the saturation burst's, or one
	// of three by what else was going on (in a run this short, under
	// -race, any of those three may be empty).
	sent, sitting := 0, 0
	for _, l := range rep.Lines {
		switch l.Endpoint {
		case loadtest.EPSave, loadtest.EPSaveStorm, loadtest.EPSaveChange:
			sitting += l.Count
			sent += l.Count
		case loadtest.EPBurst:
			sent += l.Count
		}
	}
	if sitting == 0 || sent < saves {
		t.Errorf("%d autosaves measured while sitting, %d in all, against %d acknowledged", sitting, sent, saves)
	}
	if rep.Burst.Done == 0 || rep.Baseline.Done == 0 {
		t.Errorf("burst %v, baseline %v", rep.Burst, rep.Baseline)
	}
}

// TestExamPageWeight: each section's page, with the static files it links
// on a first visit, stays under 100 KB (nothing is compressed).
func TestExamPageWeight(t *testing.T) {
	a, p, _ := startApp(t, 1)
	ctx := context.Background()
	c := loadtest.NewClient(a.URL(), nil, nil)
	if err := c.Login(ctx, p.Usernames[0], p.Password); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ExamList(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Start(ctx, p.SessionID); err != nil {
		t.Fatal(err)
	}
	for sec := 0; sec < 4; sec++ {
		pg, err := c.Page(ctx)
		if err != nil || pg.Section != sec {
			t.Fatalf("section %d page: %v %+v", sec, err, pg)
		}
		assets := 0
		for _, s := range loadtest.Assets(pg.Body) {
			r, err := c.Do(ctx, loadtest.EPAsset, "GET", s, nil, "")
			if err != nil {
				t.Fatal(err)
			}
			assets += len(r.Body)
		}
		total := pg.Bytes + assets
		t.Logf("section %d: %.1f KB HTML + %.1f KB static = %.1f KB", sec, kb(pg.Bytes), kb(assets), kb(total))
		if total >= 100<<10 {
			t.Errorf("section %d page weighs %.1f KB with its static files; want < 100 KB", sec, kb(total))
		}
		if err := c.Finish(ctx, sec); err != nil {
			t.Fatal(err)
		}
	}
}

func kb(n int) float64 { return float64(n) / 1024 }

func ExampleUsername() {
	fmt.Println(loadtest.Username("lt-", 0), loadtest.Username("lt-", 1999))
	// Output: lt-00001 lt-02000
}
