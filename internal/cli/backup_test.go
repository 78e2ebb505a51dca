package cli

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hocviet/internal/app"
	"hocviet/internal/loadtest"
	"hocviet/internal/web"
)

// TestBackupRestoreRoundTripUnderLoad takes a backup while candidates sit
// the exam, then restores it: every save acknowledged before the backup
// began is in the copy, a live database is never replaced, an existing one
// only with --force (and kept aside), and a damaged backup is refused.
func TestBackupRestoreRoundTripUnderLoad(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs simulated candidates for a few seconds")
	}
	ctx := context.Background()
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	if _, err := loadtest.Prepare(ctx, loadtest.PrepareConfig{DBPath: live, Candidates: 10, HashCost: 4}); err != nil {
		t.Fatal(err)
	}
	a, err := app.Open(ctx, app.Config{Addr: "127.0.0.1:0", DBPath: live, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.DefaultThrottle})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	defer a.Close(ctx)

	ledger := loadtest.NewLedger()
	type result struct {
		rep *loadtest.Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		rep, err := loadtest.Run(ctx, loadtest.Config{URL: a.URL(), Candidates: 10, SaveEvery: 150 * time.Millisecond,
			Duration: 4 * time.Second, SpreadIPs: true, RecordingSeconds: 1, Ledger: ledger})
		done <- result{rep, err}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for saves, _, _ := ledger.Counts(); saves < 20; saves, _, _ = ledger.Counts() {
		if time.Now().After(deadline) {
			t.Fatalf("only %d saves acknowledged after 30 s", saves)
		}
		time.Sleep(50 * time.Millisecond)
	}

	before := ledger.Snapshot()
	bk := filepath.Join(dir, "backup.db")
	code, out, errs := run(t, "", "backup", "--db", live, "--out", bk)
	if code != 0 || !strings.Contains(out, "integrity ok") {
		t.Fatalf("backup: %d %q %q", code, out, errs)
	}
	t.Log(strings.TrimSpace(out))
	if code, _, errs := run(t, "", "backup", "--db", live, "--out", bk); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("backup over an existing file: %d %q", code, errs)
	}
	if code, _, errs := run(t, "", "backup", "--db", filepath.Join(dir, "none.db"), "--out", filepath.Join(dir, "x.db")); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("backup of a missing database: %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("backup created the missing database")
	}

	// The live database is never replaced, not even with --force.
	code, _, errs = run(t, "", "restore", "--from", bk, "--db", live, "--force")
	if code != 1 || !strings.Contains(errs, "in use") {
		t.Fatalf("restore over the live database: %d %q", code, errs)
	}

	restored := filepath.Join(dir, "restored.db")
	code, out, errs = run(t, "", "restore", "--from", bk, "--db", restored)
	if code != 0 || !strings.Contains(out, "integrity ok") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
	chk, err := before.Verify(ctx, restored)
	if err != nil || !chk.OK() || chk.Saves < 20 {
		t.Fatalf("restored copy: %v %v", chk, err)
	}
	t.Logf("restored copy: %v", chk)

	// An existing database that is not in use: only with --force, kept aside.
	code, _, errs = run(t, "", "restore", "--from", bk, "--db", restored)
	if code != 1 || !strings.Contains(errs, "--force") {
		t.Fatalf("restore over an existing database without --force: %d %q", code, errs)
	}
	code, out, errs = run(t, "", "restore", "--from", bk, "--db", restored, "--force")
	if code != 0 || !strings.Contains(out, "kept as") {
		t.Fatalf("restore --force: %d %q %q", code, out, errs)
	}
	asides, _ := filepath.Glob(restored + ".before-restore-*Z")
	if len(asides) != 1 {
		t.Fatalf("kept aside: %v", asides)
	}

	// A damaged backup is refused and leaves the target alone.
	bad := filepath.Join(dir, "bad.db")
	b, err := os.ReadFile(bk)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(b) / 3; i < len(b)/3+8192 && i < len(b); i++ {
		b[i] = 0x5a
	}
	if err := os.WriteFile(bad, b, 0o644); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh.db")
	code, _, errs = run(t, "", "restore", "--from", bad, "--db", fresh)
	if code != 1 || !(strings.Contains(errs, "integrity") || strings.Contains(errs, "malformed")) {
		t.Fatalf("restore of a damaged backup: %d %q", code, errs)
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a damaged backup was put in place")
	}
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 400)), 0o644)
	if code, _, errs := run(t, "", "restore", "--from", notDB, "--db", fresh); code != 1 {
		t.Errorf("restore of a text file: %d %q", code, errs)
	}

	r := <-done
	if r.err != nil || r.rep.Errors != 0 || r.rep.Failed != 0 {
		t.Fatalf("load during the backup: %v, %d errors, %d stopped %v", r.err, r.rep.Errors, r.rep.Failed, r.rep.FailSamples)
	}
	// Everything acknowledged is in the live database; the backup has at
	// least what was acknowledged before it began.
	if chk, err := ledger.Verify(ctx, live); err != nil || !chk.OK() {
		t.Fatalf("live database after the run: %v %v", chk, err)
	}
	if chk, err := before.Verify(ctx, bk); err != nil || !chk.OK() {
		t.Fatalf("backup file: %v %v", chk, err)
	}
}
