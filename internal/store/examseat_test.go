package store

import (
	"context"
	"testing"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
)

// A save found in the seat cache still has what changes checked inside the
// write transaction: the section closing, the attempt's owner.
func TestSaveAfterTheSeatIsCached(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	id, pos := v.Attempt.ID, v.Entries[0].Pos
	at := t0
	save := func(user, rev int64) error {
		_, err := f.st.Attempts.SaveAnswer(ctx, id, user, pos, rev, bank.Response{Text: "một"}, at)
		return err
	}
	if err := save(f.a, 1); err != nil {
		t.Fatal(err)
	}
	if _, ok := f.st.seats.m[seatKey{id, pos}]; !ok {
		t.Fatal("the first save left nothing in the cache")
	}
	if err := save(f.b, 2); apperr.Code(err) != apperr.NotFound {
		t.Errorf("someone else, cached: %v", err)
	}
	// The attempt changes hands behind the cache's back (a bent database):
	// the check inside the transaction refuses the former owner.
	if _, err := f.st.db.Exec(`UPDATE exam_attempt_rows SET candidate_id = (SELECT id FROM candidates WHERE user_id = ?) WHERE id = ?`, f.b, id); err != nil {
		t.Fatal(err)
	}
	if err := save(f.a, 3); apperr.Code(err) != apperr.NotFound {
		t.Errorf("former owner, cached: %v", err)
	}
	if _, err := f.st.db.Exec(`UPDATE exam_attempt_rows SET candidate_id = (SELECT id FROM candidates WHERE user_id = ?) WHERE id = ?`, f.a, id); err != nil {
		t.Fatal(err)
	}
	if err := save(f.a, 4); err != nil {
		t.Fatalf("owner again: %v", err)
	}
	if err := f.st.Attempts.FinishSection(ctx, id, f.a, v.Entries[0].Section, t0); err != nil {
		t.Fatal(err)
	}
	at = t0.Add(time.Second)
	if err := save(f.a, 5); apperr.Code(err) != apperr.Conflict {
		t.Errorf("after the section was finished: %v", err)
	}
	var rev int64
	if err := f.st.db.Get(&rev, `SELECT rev FROM exam_answers WHERE attempt_id = ? AND pos = ?`, id, pos); err != nil || rev != 4 {
		t.Errorf("stored rev %d (%v), want 4", rev, err)
	}
}
