package store

import (
	"context"
	"testing"
	"time"

	"hocviet/internal/apperr"
)

// TestAccessCodeGuessingIsLimited (issue 15 point 4): five wrong codes per
// candidate and session are checked, then each try must wait, doubling;
// tries during the wait are refused without being checked (the right code
// too); every wrong code is in the audit log; another candidate is not
// affected. Before the fix every try was checked at once (732 tries in
// 1.4 s found a 3-digit code).
func TestAccessCodeGuessingIsLimited(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	at := t0
	try := func(user int64, code string) error {
		_, err := f.st.Attempts.StartAttempt(ctx, f.session, user, code, at)
		return err
	}
	for i := 0; i < 5; i++ {
		if err := try(f.a, "WRONG"); apperr.Code(err) != apperr.Forbidden {
			t.Fatalf("wrong code %d: %v, want Forbidden", i+1, err)
		}
		at = at.Add(time.Second)
	}
	for _, tc := range []struct {
		name string
		code string
		wait time.Duration
		want string
	}{
		{"6th wrong code at once", "WRONG", 0, apperr.TooMany},
		{"right code during the wait", "K5-2026", 10 * time.Second, apperr.TooMany},
		{"wrong code after 30 s", "WRONG", 21 * time.Second, apperr.Forbidden},
		{"wrong code 40 s later (the wait doubled to 60 s)", "WRONG", 40 * time.Second, apperr.TooMany},
	} {
		at = at.Add(tc.wait)
		if err := try(f.a, tc.code); apperr.Code(err) != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if err := try(f.b, "k5-2026"); err != nil {
		t.Errorf("another candidate with the right code (lower case): %v", err)
	}
	at = at.Add(time.Minute)
	if err := try(f.a, "K5-2026"); err != nil {
		t.Errorf("the right code after the wait: %v", err)
	}
	var logged int
	if err := f.st.db.Get(&logged, `SELECT count(*) FROM audit_log WHERE action = 'access_code_wrong' AND entity_id = ?`, f.session); err != nil {
		t.Fatal(err)
	}
	if logged != 6 {
		t.Errorf("%d wrong codes in the audit log, want 6", logged)
	}
}
