package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/migrations"
)

// changedTestBank writes the exam test bank with t-r-tf's key changed, so an
// import makes its version 2 current.
func changedTestBank(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bank")
	copyDir(t, "../exam/testdata/bank", dir)
	items := filepath.Join(dir, "items.yaml")
	b, err := os.ReadFile(items)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(b), `answer: "false"`, `answer: "true"`, 1)
	if changed == string(b) {
		t.Fatal("fixture changed: no key to change")
	}
	if err := os.WriteFile(items, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// formVersions maps item id to the version number an attempt was given.
func formVersions(t *testing.T, st *Store, attemptID int64) map[string]int {
	t.Helper()
	var rows []struct {
		ItemID  string `db:"item_id"`
		Version int    `db:"version"`
	}
	if err := st.DB().Select(&rows, `SELECT f.item_id, v.version FROM exam_form_items f
		JOIN bank_item_versions v ON v.id = f.version_id WHERE f.attempt_id = ?`, attemptID); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.ItemID] = r.Version
	}
	return out
}

// The decoded pool is kept between starts; a bank import, even through
// another handle on the file (another process: `hocviet bank import` while
// the server runs), must be seen by the next start.
func TestExamStartSeesBankChanges(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	a := f.start(t, f.a, t0)
	if got := formVersions(t, f.st, a.Attempt.ID)["t-r-tf"]; got != 1 {
		t.Fatalf("before the change: t-r-tf v%d, want v1 (fixture changed?)", got)
	}
	other, err := Open(f.st.Path(), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	importTestBank(t, other, changedTestBank(t))

	id, err := f.st.Attempts.StartAttempt(ctx, f.session, f.b, "K5-2026", t0)
	if err != nil {
		t.Fatal(err)
	}
	got := formVersions(t, f.st, id)
	if got["t-r-tf"] != 2 {
		t.Fatalf("after the import: t-r-tf v%d, want v2 (the cached pool was not refreshed)", got["t-r-tf"])
	}
	var stale int
	if err := f.st.DB().Get(&stale, `SELECT count(*) FROM exam_form_items f JOIN bank_item_versions v ON v.id = f.version_id
		JOIN bank_items i ON i.item_id = v.item_id WHERE f.attempt_id = ? AND (v.version != i.current_version OR i.retired)`, id); err != nil {
		t.Fatal(err)
	}
	if stale != 0 {
		t.Fatalf("%d drawn versions are not current", stale)
	}
}

// A form is drawn outside the write lock; when what the draw assumed moves
// before the write, the write refuses it (and StartAttempt draws again).
func TestExamStartWriteRefusesStaleDraw(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, f *examFixture)
		stale  bool
	}{
		{"nothing changed", func(*testing.T, *examFixture) {}, false},
		{"bank imported", func(t *testing.T, f *examFixture) { importTestBank(t, f.st, changedTestBank(t)) }, true},
		{"another attempt of the candidate (its items are now seen)", func(t *testing.T, f *examFixture) {
			if _, err := f.st.Attempts.StartAttempt(context.Background(), f.session, f.a, "K5-2026", t0); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"another candidate started", func(t *testing.T, f *examFixture) { f.start(t, f.b, t0) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newExamFixture(t)
			ctx := context.Background()
			second, err := f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: "Thi lại", BlueprintID: "exam-short", CohortID: &f.cohort,
				Opens: t0.Add(-time.Hour), Closes: t0.Add(2 * time.Hour)}, t0.Add(-2*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			plan, id, err := f.st.Attempts.planStart(ctx, second, f.a, "", t0)
			if err != nil || id != 0 {
				t.Fatalf("plan: %d %v", id, err)
			}
			tc.change(t, f)
			id, err = f.st.Attempts.commitStart(ctx, plan)
			if tc.stale {
				if !errors.Is(err, errStaleDraw) || id != 0 {
					t.Fatalf("got %d %v, want the stale draw refused", id, err)
				}
				var n int
				f.st.DB().Get(&n, `SELECT count(*) FROM exam_attempts WHERE session_id = ?`, second)
				if n != 0 {
					t.Fatalf("a refused draw left %d attempts", n)
				}
				// StartAttempt itself draws again and succeeds.
				if id, err = f.st.Attempts.StartAttempt(ctx, second, f.a, "", t0); err != nil || id == 0 {
					t.Fatalf("start after a stale draw: %d %v", id, err)
				}
				return
			}
			if err != nil || id == 0 {
				t.Fatalf("write: %d %v", id, err)
			}
		})
	}
}

// Many candidates start in the same instant (and one clicks twice): every
// start gets its own complete attempt, written by the group commit, and the
// double click gets the same attempt.
func TestExamStartStorm(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	prov, err := f.st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	users := []int64{f.a, f.b}
	for i := 0; i < 38; i++ {
		u := &account.User{Username: fmt.Sprintf("storm-%02d", i), PasswordHash: "x", Role: account.RoleCandidate, ProvinceID: &prov.ID}
		if err := f.st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		c := &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &f.cohort, NameLo: "ສົມພອນ", NameLatin: u.Username,
			DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "planned"}
		if err := f.st.People.InsertCandidate(ctx, c); err != nil {
			t.Fatal(err)
		}
		users = append(users, u.ID)
	}
	users = append(users, f.a) // the double click
	ids := make([]int64, len(users))
	errs := make([]error, len(users))
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			ids[i], errs[i] = f.st.Attempts.StartAttempt(ctx, f.session, u, "K5-2026", t0)
		}()
	}
	close(gate)
	wg.Wait()
	seen := map[int64]bool{}
	for i, err := range errs[:len(users)-1] {
		if err != nil || ids[i] == 0 {
			t.Fatalf("start %d: %d %v", i, ids[i], err)
		}
		if seen[ids[i]] {
			t.Fatalf("start %d: attempt %d given twice", i, ids[i])
		}
		seen[ids[i]] = true
	}
	if last := len(users) - 1; errs[last] != nil || ids[last] != ids[0] {
		t.Fatalf("double click: %d %v, want attempt %d", ids[last], errs[last], ids[0])
	}
	// The usage marks follow the starts (examusage.go); wait for them.
	if _, err := f.st.Exams.MarkPendingUsage(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []struct {
		what, sql string
		want      int
	}{
		{"pending usage marks", `SELECT count(*) FROM exam_usage_pending p JOIN exam_attempts a ON a.id = p.attempt_id WHERE a.session_id = ?`, 0},
		{"attempts", `SELECT count(*) FROM exam_attempts WHERE session_id = ?`, 40},
		{"distinct codes", `SELECT count(DISTINCT code) FROM exam_attempts WHERE session_id = ?`, 40},
		{"sections", `SELECT count(*) FROM exam_sections s JOIN exam_attempts a ON a.id = s.attempt_id WHERE a.session_id = ?`, 40 * 4},
		{"form items", `SELECT count(*) FROM exam_form_items f JOIN exam_attempts a ON a.id = f.attempt_id WHERE a.session_id = ?`, 40 * 7},
		{"used versions", `SELECT count(*) FROM bank_item_usage u JOIN exam_attempts a ON a.id = u.attempt_id WHERE a.session_id = ?`, 40 * 7},
	} {
		var n int
		if err := f.st.DB().Get(&n, q.sql, f.session); err != nil || n != q.want {
			t.Errorf("%s: %d %v, want %d", q.what, n, err, q.want)
		}
	}
	// Every attempt reads back as a whole exam.
	for i, u := range users[:len(users)-1] {
		v, err := f.st.Attempts.CandidateAttempt(ctx, ids[i], u, t0)
		if err != nil || len(v.Sections) != 4 || len(v.Entries) == 0 {
			t.Fatalf("attempt of start %d: %v", i, err)
		}
	}
}

// Forms drawn before the bell are what the start gives, unless the bank or
// the candidate's attempts moved since: then the start draws afresh.
func TestExamPredraw(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		between func(t *testing.T, f *examFixture, second int64)
		used    bool // the start takes the predrawn form
	}{
		{"nothing moved", func(*testing.T, *examFixture, int64) {}, true},
		{"bank imported", func(t *testing.T, f *examFixture, _ int64) { importTestBank(t, f.st, changedTestBank(t)) }, false},
		{"candidate sat another session", func(t *testing.T, f *examFixture, second int64) {
			if _, err := f.st.Attempts.StartAttempt(context.Background(), second, f.a, "", t0); err != nil {
				t.Fatal(err)
			}
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newExamFixture(t)
			ctx := context.Background()
			second, err := f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: "Thi lại", BlueprintID: "exam-short", CohortID: &f.cohort,
				Opens: t0.Add(-time.Hour), Closes: t0.Add(2 * time.Hour)}, t0.Add(-2*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			n, err := f.st.Exams.PredrawSession(ctx, f.session, t0.Add(-30*time.Minute))
			if err != nil || n != 2 {
				t.Fatalf("predraw: %d %v, want the cohort's 2 candidates (not the outsider)", n, err)
			}
			if n, err := f.st.Exams.PredrawSession(ctx, f.session, t0.Add(-29*time.Minute)); err != nil || n != 0 {
				t.Fatalf("second predraw: %d %v, want nothing to do", n, err)
			}
			var pre struct {
				ID    int64  `db:"id"`
				Seed  int64  `db:"seed"`
				Items string `db:"items"`
			}
			candA := `(SELECT id FROM candidates WHERE user_id = ?)`
			if err := f.st.DB().Get(&pre, `SELECT d.id, d.seed, (SELECT group_concat(item_id || '@' || version_id || layout, ';') FROM
				(SELECT * FROM exam_form_items i WHERE i.attempt_id = d.id ORDER BY pos)) AS items
				FROM exam_attempt_rows d WHERE d.session_id = ? AND d.drawn_rev IS NOT NULL AND d.candidate_id = `+candA, f.session, f.a); err != nil {
				t.Fatal(err)
			}
			// Drawn is not begun: no query that reads attempts sees it,
			// and its id opens nothing.
			var begun int
			f.st.DB().Get(&begun, `SELECT count(*) FROM exam_attempts`)
			roster, err := f.st.Exams.SessionAttempts(ctx, f.session, t0)
			if err != nil || begun != 0 || len(roster) != 0 {
				t.Fatalf("%d attempts and a roster of %d (%v) before anyone pressed start", begun, len(roster), err)
			}
			if inProgress, err := f.st.Attempts.ExamInProgress(ctx, f.a); err != nil || inProgress {
				t.Fatalf("exam in progress before the start: %v %v", inProgress, err)
			}
			if _, err := f.st.Attempts.CandidateAttempt(ctx, pre.ID, f.a, t0); err == nil {
				t.Fatal("the drawn attempt opens before the start")
			}
			tc.between(t, f, second)
			v := f.start(t, f.a, t0)
			var got struct {
				Seed  int64  `db:"seed"`
				Items string `db:"items"`
			}
			if err := f.st.DB().Get(&got, `SELECT a.seed, (SELECT group_concat(item_id || '@' || version_id || layout, ';') FROM
				(SELECT * FROM exam_form_items i WHERE i.attempt_id = a.id ORDER BY pos)) AS items
				FROM exam_attempts a WHERE a.id = ?`, v.Attempt.ID); err != nil {
				t.Fatal(err)
			}
			if used := got.Seed == pre.Seed; used != tc.used {
				t.Fatalf("predrawn form used: %v, want %v", used, tc.used)
			}
			if used := v.Attempt.ID == pre.ID; used != tc.used {
				t.Fatalf("drawn attempt %d begun as %d: used %v, want %v", pre.ID, v.Attempt.ID, used, tc.used)
			}
			if tc.used && got.Items != pre.Items {
				t.Fatalf("form differs from the predraw:\n got %s\nwant %s", got.Items, pre.Items)
			}
			var stale int
			f.st.DB().Get(&stale, `SELECT count(*) FROM exam_form_items f JOIN bank_item_versions v ON v.id = f.version_id
				JOIN bank_items i ON i.item_id = v.item_id WHERE f.attempt_id = ? AND v.version != i.current_version`, v.Attempt.ID)
			if _, err := f.st.Exams.MarkPendingUsage(ctx); err != nil {
				t.Fatal(err)
			}
			var used int
			f.st.DB().Get(&used, `SELECT count(*) FROM bank_item_usage WHERE attempt_id = ?`, v.Attempt.ID)
			if stale != 0 || used != len(strings.Split(got.Items, ";")) {
				t.Fatalf("%d versions not current, %d marked used of %d", stale, used, len(strings.Split(got.Items, ";")))
			}
			// The next round keeps b's drawn attempt and draws it again
			// only if it went stale; a's is begun or was replaced.
			n, err = f.st.Exams.PredrawSession(ctx, f.session, t0.Add(time.Minute))
			wantN := 0
			if tc.name == "bank imported" {
				wantN = 1
			}
			if err != nil || n != wantN {
				t.Fatalf("predraw after the start: %d %v, want %d", n, err, wantN)
			}
			var left int
			f.st.DB().Get(&left, `SELECT count(*) FROM exam_attempt_rows WHERE session_id = ? AND candidate_id = `+candA, f.session, f.a)
			if left != 1 {
				t.Fatalf("candidate a has %d attempt rows at the session, want the begun one", left)
			}
		})
	}
}

// PredrawDue draws for the sessions open now or opening within the window,
// not for those further ahead or already closed.
func TestExamPredrawDue(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	sessions := map[string]int64{"open now": f.session}
	for _, s := range []struct {
		name          string
		opens, closes time.Duration // from t0
	}{
		{"opens in 2h", 2 * time.Hour, 4 * time.Hour},
		{"opens in 5h", 5 * time.Hour, 7 * time.Hour},
		{"closed", -3 * time.Hour, -2 * time.Hour},
	} {
		id, err := f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: s.name, BlueprintID: "exam-short", CohortID: &f.cohort,
			Opens: t0.Add(s.opens), Closes: t0.Add(s.closes)}, t0.Add(-4*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		sessions[s.name] = id
	}
	n, err := f.st.Exams.PredrawDue(ctx, t0, 3*time.Hour)
	if err != nil || n != 4 {
		t.Fatalf("PredrawDue: %d %v, want 2 candidates × 2 sessions", n, err)
	}
	for name, want := range map[string]int{"open now": 2, "opens in 2h": 2, "opens in 5h": 0, "closed": 0} {
		var got int
		f.st.DB().Get(&got, `SELECT count(*) FROM exam_attempt_rows WHERE session_id = ? AND drawn_rev IS NOT NULL`, sessions[name])
		if got != want {
			t.Errorf("%s: %d predraws, want %d", name, got, want)
		}
	}
	if n, err := f.st.Exams.PredrawDue(ctx, t0.Add(time.Minute), 3*time.Hour); err != nil || n != 0 {
		t.Fatalf("second round: %d %v, want nothing new", n, err)
	}
	// Once every session has closed, the forms never begun are gone.
	if _, err := f.st.Exams.PredrawDue(ctx, t0.Add(10*time.Hour), 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	var left, forms int
	f.st.DB().Get(&left, `SELECT count(*) FROM exam_attempt_rows WHERE drawn_rev IS NOT NULL`)
	f.st.DB().Get(&forms, `SELECT count(*) FROM exam_form_items f WHERE NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.id = f.attempt_id)`)
	if left != 0 || forms != 0 {
		t.Fatalf("after the sessions closed: %d drawn attempts and %d form rows of them left", left, forms)
	}
}

// A predraw written after its candidate began the session (the draw ran
// outside the lock while the start committed) writes nothing and fails
// nothing: the other candidates of its batch are still drawn.
func TestExamPredrawAfterTheStart(t *testing.T) {
	f := newExamFixture(t)
	ctx := context.Background()
	es, err := f.st.Exams.ExamSession(ctx, f.session)
	if err != nil {
		t.Fatal(err)
	}
	bp, err := es.Blueprint()
	if err != nil {
		t.Fatal(err)
	}
	pool, err := f.st.Exams.currentPool(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var candA int64
	if err := f.st.DB().Get(&candA, `SELECT id FROM candidates WHERE user_id = ?`, f.a); err != nil {
		t.Fatal(err)
	}
	p, err := f.st.Exams.drawPlan(ctx, pool, bp, candA, 0)
	if err != nil {
		t.Fatal(err)
	}
	p.sessionID, p.at = f.session, t0
	v := f.start(t, f.a, t0)
	err = f.st.Exams.tx(ctx, func(tx *sqlx.Tx) error {
		ok, err := writePredraw(ctx, tx, p)
		if ok {
			t.Error("a predraw was written for a candidate who had begun")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var rows int
	f.st.DB().Get(&rows, `SELECT count(*) FROM exam_attempt_rows WHERE session_id = ? AND candidate_id = ?`, f.session, candA)
	if rows != 1 {
		t.Fatalf("%d attempt rows, want the begun one (%d)", rows, v.Attempt.ID)
	}
}

// The start's read (readStart) decides who may sit: a session
// names its candidates either by cohort or one by one; a candidate invited
// by name may start, one of the same cohort not named may not, and a user
// who is no candidate (an instructor) finds no session either.
func TestExamStartInvitedByName(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	var outCand int64
	if err := f.st.DB().Get(&outCand, `SELECT id FROM candidates WHERE user_id = ?`, f.out); err != nil {
		t.Fatal(err)
	}
	named, err := f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: "by name", BlueprintID: "exam-short",
		CandidateIDs: []int64{outCand}, Opens: t0.Add(-time.Hour), Closes: t0.Add(time.Hour), AccessCode: "NAMED"}, t0.Add(-2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		user int64
		code string
		want string // apperr code, "" for a start
	}{
		{"cohort member not named", f.a, "NAMED", apperr.NotFound},
		{"instructor", f.raters[0], "NAMED", apperr.NotFound},
		{"named, wrong code", f.out, "WRONG", apperr.Forbidden},
		// After a wrong code the read path defers to the counted check,
		// which still accepts the right code.
		{"named, right code after a wrong one", f.out, "named", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			id, err := f.st.Attempts.StartAttempt(ctx, named, c.user, c.code, t0)
			if c.want != "" {
				wantCode(t, err, c.want)
				return
			}
			if err != nil || id == 0 {
				t.Fatalf("start: id %d, %v", id, err)
			}
			again, err := f.st.Attempts.StartAttempt(ctx, named, c.user, "", t0)
			if err != nil || again != id {
				t.Fatalf("resume: id %d, %v; want %d", again, err, id)
			}
		})
	}
}
