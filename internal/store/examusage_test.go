package store

import (
	"context"
	"testing"
	"time"
)

// usageCounts is (marks, pending rows, form items) of an attempt.
func usageCounts(t *testing.T, st *Store, attemptID int64) (marks, pending, items int) {
	t.Helper()
	for _, q := range []struct {
		n   *int
		sql string
	}{
		{&marks, `SELECT count(*) FROM bank_item_usage WHERE attempt_id = ?`},
		{&pending, `SELECT count(*) FROM exam_usage_pending WHERE attempt_id = ?`},
		{&items, `SELECT count(*) FROM exam_form_items WHERE attempt_id = ?`},
	} {
		if err := st.DB().Get(q.n, q.sql, attemptID); err != nil {
			t.Fatal(err)
		}
	}
	return
}

// The start leaves its usage marks to a background round, which writes
// them soon after without anyone asking; a pending row left behind (a
// crash between the start and the round) is marked by PredrawDue.
func TestExamUsageMarkedAfterStart(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		predraw bool
		crash   bool // the round never ran: the marks are missing, the row pending
	}{
		{"drawn at the start", false, false},
		{"predrawn", true, false},
		{"crash before the round", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := newExamFixture(t)
			if tc.predraw {
				if n, err := f.st.Exams.PredrawSession(ctx, f.session, t0); err != nil || n == 0 {
					t.Fatalf("predraw: %d %v", n, err)
				}
			}
			id, err := f.st.Attempts.StartAttempt(ctx, f.session, f.a, "K5-2026", t0)
			if err != nil {
				t.Fatal(err)
			}
			if tc.crash {
				// Wait for the background round, then undo it as if it
				// had never run.
				waitMarks(t, f.st, id)
				if _, err := f.st.DB().Exec(`DELETE FROM bank_item_usage WHERE attempt_id = ?`, id); err != nil {
					t.Fatal(err)
				}
				if _, err := f.st.DB().Exec(`INSERT INTO exam_usage_pending (attempt_id) VALUES (?)`, id); err != nil {
					t.Fatal(err)
				}
				if m, p, _ := usageCounts(t, f.st, id); m != 0 || p != 1 {
					t.Fatalf("crash set-up: %d marks, %d pending", m, p)
				}
				if _, err := f.st.Exams.PredrawDue(ctx, t0, time.Hour); err != nil {
					t.Fatal(err)
				}
				if m, p, n := usageCounts(t, f.st, id); m != n || p != 0 || n == 0 {
					t.Fatalf("after PredrawDue: %d marks, %d pending, %d items", m, p, n)
				}
				return
			}
			waitMarks(t, f.st, id)
		})
	}
}

// waitMarks waits for the background round to mark every item of the
// attempt used (it fails after 10 s).
func waitMarks(t *testing.T, st *Store, id int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		m, p, n := usageCounts(t, st, id)
		if m == n && p == 0 && n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s: %d marks, %d pending, %d items", m, p, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The page reads outside the write lock when nothing is due, and takes it
// when a section must open: a page shown while another writer holds the
// lock answers, unless it has a section to open.
func TestCandidateAttemptReadsWithoutTheWriteLock(t *testing.T) {
	ctx := context.Background()
	f := newExamFixture(t)
	v := f.start(t, f.a, t0) // the first page opened section 0
	if v.CurrentSection() == nil || len(v.Entries) == 0 {
		t.Fatalf("first page: %+v", v)
	}
	for _, tc := range []struct {
		name     string
		at       time.Time
		needLock bool
	}{
		{"section running", t0.Add(time.Minute), false},
		{"past the whole exam: submit", t0.Add(24 * time.Hour), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.st.writeMu.Lock()
			done := make(chan error, 1)
			go func() {
				_, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, tc.at)
				done <- err
			}()
			var answered bool
			select {
			case err := <-done:
				answered = true
				if err != nil {
					t.Error(err)
				}
			case <-time.After(2 * time.Second):
			}
			f.st.writeMu.Unlock()
			if !answered {
				if err := <-done; err != nil {
					t.Error(err)
				}
			}
			if answered == tc.needLock {
				t.Errorf("answered while the write lock was held: %v, want %v", answered, !tc.needLock)
			}
		})
	}
	after, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, t0.Add(24*time.Hour))
	if err != nil || after.Attempt.Status == AttemptInProgress {
		t.Fatalf("after the end: %v %v", after.Attempt.Status, err)
	}
}

// Decoded versions are shared by content hash: a form read again decodes
// nothing (the same pointers), and a version whose content and hash changed
// (a bent test database) is decoded anew, bad JSON being an error.
func TestDecodedFormCachedByContentHash(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newExamFixture(t)
	id, err := f.st.Attempts.StartAttempt(ctx, f.session, f.a, "K5-2026", t0)
	if err != nil {
		t.Fatal(err)
	}
	first, err := formOf(ctx, f.st.db, id, "")
	if err != nil || len(first) < 2 {
		t.Fatalf("%d entries: %v", len(first), err)
	}
	for _, e := range first {
		if e.Item == nil || e.Item.ID != e.ItemID {
			t.Fatalf("pos %d: decoded %+v for item %s", e.Pos, e.Item, e.ItemID)
		}
	}
	again, err := formOf(ctx, f.st.db, id, "")
	if err != nil {
		t.Fatal(err)
	}
	for i := range again {
		if again[i].Item != first[i].Item {
			t.Errorf("pos %d decoded twice", again[i].Pos)
		}
	}
	if _, err := f.st.db.Exec(`DROP TRIGGER bank_item_versions_immutable`); err != nil {
		t.Fatal(err)
	}
	bent := first[0]
	if _, err := f.st.db.Exec(`UPDATE bank_item_versions SET content = json_set(content, '$.prompt', 'bent'),
		content_hash = 'bent-' || id WHERE id = ?`, bent.VersionID); err != nil {
		t.Fatal(err)
	}
	after, err := formOf(ctx, f.st.db, id, ` AND f.pos = ?`, bent.Pos)
	if err != nil || len(after) != 1 || after[0].Item.Prompt != "bent" || first[0].Item.Prompt == "bent" {
		t.Fatalf("bent version: %+v %v", after, err)
	}
	if _, err := f.st.db.Exec(`UPDATE bank_item_versions SET content = '{', content_hash = 'broken' WHERE id = ?`, bent.VersionID); err != nil {
		t.Fatal(err)
	}
	if _, err := formOf(ctx, f.st.db, id, ""); err == nil {
		t.Error("bad JSON decoded")
	}
}
