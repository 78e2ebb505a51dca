package store

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// examFixture is a store with the exam test bank, a cohort of two
// candidates, an outsider and three instructors.
type examFixture struct {
	st        *Store
	cohort    int64
	a, b, out int64 // candidate user ids
	raters    [3]int64
	session   int64
}

var t0 = time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)

func importTestBank(t *testing.T, st *Store, dir string) {
	t.Helper()
	b, err := bank.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(context.Background(), b, "test", nil); err != nil {
		t.Fatal(err)
	}
}

func newExamFixture(t *testing.T) *examFixture {
	t.Helper()
	ctx := context.Background()
	st := openTest(t)
	importTestBank(t, st, "../exam/testdata/bank")
	f := &examFixture{st: st}
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f.cohort, err = st.People.CreateCohort(ctx, prov.ID, progs[0].ID, "K5", "2026-09-01"); err != nil {
		t.Fatal(err)
	}
	other, err := st.People.CreateCohort(ctx, prov.ID, progs[0].ID, "K6", "2027-09-01")
	if err != nil {
		t.Fatal(err)
	}
	user := func(name string, role account.Role, cohort *int64) int64 {
		u := &account.User{Username: name, PasswordHash: "x", Role: role, ProvinceID: &prov.ID}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if role == account.RoleCandidate {
			c := &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: cohort, NameLo: "ສົມພອນ", NameLatin: name,
				DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "planned"}
			if err := st.People.InsertCandidate(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		return u.ID
	}
	f.a = user("cand-a", account.RoleCandidate, &f.cohort)
	f.b = user("cand-b", account.RoleCandidate, &f.cohort)
	f.out = user("cand-out", account.RoleCandidate, &other)
	for i := range f.raters {
		f.raters[i] = user("rater"+string(rune('1'+i)), account.RoleInstructor, nil)
	}
	f.session, err = st.Exams.CreateExamSession(ctx, NewExamSession{Title: "Thi thử", BlueprintID: "exam-short", CohortID: &f.cohort,
		Opens: t0.Add(-time.Hour), Closes: t0.Add(2 * time.Hour), AccessCode: "K5-2026", By: &f.raters[0]}, t0.Add(-2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *examFixture) start(t *testing.T, user int64, at time.Time) *AttemptView {
	t.Helper()
	id, err := f.st.Attempts.StartAttempt(context.Background(), f.session, user, "K5-2026", at)
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.st.Attempts.CandidateAttempt(context.Background(), id, user, at)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if apperr.Code(err) != code {
		t.Fatalf("got %v (%s), want %s", err, apperr.Code(err), code)
	}
}

func TestExamSessionRefusesWhatCannotBeDrawn(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	_, err := f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: "x", BlueprintID: "nope", CohortID: &f.cohort,
		Opens: t0, Closes: t0.Add(time.Hour)}, t0)
	wantCode(t, err, apperr.Invalid)
	_, err = f.st.Exams.CreateExamSession(ctx, NewExamSession{Title: "x", BlueprintID: "exam-short", CohortID: &f.cohort,
		Opens: t0, Closes: t0}, t0)
	wantCode(t, err, apperr.Invalid)
}

func TestExamStartDrawsFormOnceAndChecksWhoMaySit(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	_, err := f.st.Attempts.StartAttempt(ctx, f.session, f.a, "wrong", t0)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.st.Attempts.StartAttempt(ctx, f.session, f.a, "K5-2026", t0.Add(-2*time.Hour))
	wantCode(t, err, apperr.Conflict) // not open yet
	_, err = f.st.Attempts.StartAttempt(ctx, f.session, f.out, "K5-2026", t0)
	wantCode(t, err, apperr.NotFound) // another cohort's session is invisible

	v := f.start(t, f.a, t0)
	if len(v.Sections) != 4 || v.Current != 0 || !v.Sections[0].Started.Equal(t0) || !v.Sections[0].Deadline.Equal(t0.Add(5*time.Minute)) {
		t.Fatalf("sections: %+v current %d", v.Sections, v.Current)
	}
	if len(v.Entries) != 2 || v.Entries[0].Item.Skill != bank.Listening {
		t.Fatalf("first section entries: %+v", v.Entries)
	}
	// Starting again (reload, another computer) resumes without the code.
	id2, err := f.st.Attempts.StartAttempt(ctx, f.session, f.a, "", t0.Add(time.Minute))
	if err != nil || id2 != v.Attempt.ID {
		t.Fatalf("resume: %d %v", id2, err)
	}
	var n int
	if err := f.st.DB().Get(&n, `SELECT count(*) FROM exam_form_items WHERE attempt_id = ?`, v.Attempt.ID); err != nil || n != 7 {
		t.Fatalf("form items: %d %v", n, err)
	}
	if _, err := f.st.Exams.MarkPendingUsage(ctx); err != nil { // the marks follow the start (examusage.go)
		t.Fatal(err)
	}
	if err := f.st.DB().Get(&n, `SELECT count(*) FROM bank_item_usage WHERE attempt_id = ?`, v.Attempt.ID); err != nil || n != 7 {
		t.Fatalf("used versions: %d %v", n, err)
	}
	if len(v.Attempt.Code) != 9 {
		t.Fatalf("anonymous code %q", v.Attempt.Code)
	}
	// The list shows the candidate's own attempt and never another cohort's session.
	list, err := f.st.Exams.CandidateExamSessions(ctx, f.a)
	if err != nil || len(list) != 1 || list[0].AttemptID == nil || *list[0].AttemptID != v.Attempt.ID {
		t.Fatalf("list: %+v %v", list, err)
	}
	if list, _ := f.st.Exams.CandidateExamSessions(ctx, f.out); len(list) != 0 {
		t.Fatalf("outsider sees %d sessions", len(list))
	}
}

func TestExamStaleRevisionNeverOverwrites(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[1].Pos // dictation
	r, err := f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 2, bank.Response{Text: "học sinh"}, t0.Add(time.Second))
	if err != nil || !r.Applied || r.Rev != 2 {
		t.Fatalf("save rev 2: %+v %v", r, err)
	}
	// A retry of rev 1 arrives late: acknowledged, ignored.
	r, err = f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 1, bank.Response{Text: "hoc"}, t0.Add(2*time.Second))
	if err != nil || r.Applied || r.Rev != 2 {
		t.Fatalf("stale rev 1: %+v %v", r, err)
	}
	r, err = f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 2, bank.Response{Text: "other"}, t0.Add(2*time.Second))
	if err != nil || r.Applied {
		t.Fatalf("same rev twice: %+v %v", r, err)
	}
	v2, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, t0.Add(3*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got := v2.Answers[pos]; got.Rev != 2 || got.Response.Text != "học sinh" {
		t.Fatalf("stored %+v", got)
	}
	if v2.Attempt.Saves != 1 || v2.Attempt.LastSaveMS == nil {
		t.Fatalf("save count %d", v2.Attempt.Saves)
	}
	_, err = f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 0, bank.Response{}, t0)
	wantCode(t, err, apperr.Invalid)
	_, err = f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, 99, 5, bank.Response{}, t0)
	wantCode(t, err, apperr.NotFound)
}

func TestExamDeadlineGraceAndNextSection(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[1].Pos
	end := t0.Add(5 * time.Minute)
	if _, err := f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 1, bank.Response{Text: "a"}, end.Add(-time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	// The bell has rung: a save in flight within the grace still counts.
	if r, err := f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 2, bank.Response{Text: "ab"}, end.Add(9*time.Second)); err != nil || !r.Applied {
		t.Fatalf("in the grace: %+v %v", r, err)
	}
	_, err := f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.a, pos, 3, bank.Response{Text: "abc"}, end.Add(11*time.Second))
	wantCode(t, err, apperr.Conflict)
	// The candidate comes back two minutes later: the listening section is
	// closed and reading opens now, with its full five minutes.
	back := end.Add(2 * time.Minute)
	v2, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, back)
	if err != nil {
		t.Fatal(err)
	}
	if v2.Current != 1 || !v2.Sections[1].Started.Equal(back) || !v2.Sections[1].Deadline.Equal(back.Add(5*time.Minute)) ||
		!v2.Sections[0].Closed.Equal(end) {
		t.Fatalf("after the deadline: current %d %+v", v2.Current, v2.Sections)
	}
	// The page reloads: same section, same deadline.
	v3, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, back.Add(time.Minute))
	if err != nil || v3.Current != 1 || !v3.Sections[1].Deadline.Equal(v2.Sections[1].Deadline) {
		t.Fatalf("reload: %+v %v", v3.Sections, err)
	}
	st, err := f.st.Attempts.CandidateAttemptState(ctx, v.Attempt.ID, f.a, back.Add(time.Minute))
	if err != nil || st.Section != 1 || !st.Deadline.Equal(v2.Sections[1].Deadline) || st.Status != AttemptInProgress {
		t.Fatalf("state: %+v %v", st, err)
	}
}

func TestExamAnotherCandidatesAttemptIsNotFound(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[0].Pos
	_, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.b, t0)
	wantCode(t, err, apperr.NotFound)
	_, err = f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, f.b, pos, 1, bank.Response{Choices: []string{"a"}}, t0)
	wantCode(t, err, apperr.NotFound)
	_, err = f.st.Attempts.PlayAudio(ctx, v.Attempt.ID, f.b, pos, t0)
	wantCode(t, err, apperr.NotFound)
	_, err = f.st.Attempts.CandidateResultOf(ctx, v.Attempt.ID, f.b)
	wantCode(t, err, apperr.NotFound)
	if err := f.st.Attempts.FinishSection(ctx, v.Attempt.ID, f.b, 0, t0); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("finish another's section: %v", err)
	}
}

func TestExamPlayLimit(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[0].Pos
	for i := 1; i <= 2; i++ {
		p, err := f.st.Attempts.PlayAudio(ctx, v.Attempt.ID, f.a, pos, t0.Add(time.Duration(i)*time.Second))
		if err != nil || p.Play != i || p.Left != 2-i {
			t.Fatalf("play %d: %+v %v", i, p, err)
		}
	}
	_, err := f.st.Attempts.PlayAudio(ctx, v.Attempt.ID, f.a, pos, t0.Add(3*time.Second))
	wantCode(t, err, apperr.Conflict)
	// A reload does not give the plays back.
	v2, err := f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, t0.Add(4*time.Second))
	if err != nil || v2.Plays[v.Entries[0].AudioKey()] != 2 {
		t.Fatalf("plays after reload: %v %v", v2.Plays, err)
	}
	// The bytes of the current play may be fetched again; of an old one not.
	m, err := f.st.Attempts.PlayedAudio(ctx, v.Attempt.ID, f.a, pos, 2, t0.Add(5*time.Second))
	if err != nil || !strings.HasPrefix(string(m.Data), "RIFF") {
		t.Fatalf("audio bytes: %v", err)
	}
	_, err = f.st.Attempts.PlayedAudio(ctx, v.Attempt.ID, f.a, pos, 1, t0.Add(5*time.Second))
	wantCode(t, err, apperr.Forbidden)
	_, err = f.st.Attempts.PlayedAudio(ctx, v.Attempt.ID, f.a, pos, 2, t0.Add(11*time.Minute))
	wantCode(t, err, apperr.Forbidden)
}

func testWAV(seconds float64) []byte {
	n := int(seconds * 16000)
	b := make([]byte, 44+2*n)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], 16000)
	binary.LittleEndian.PutUint32(b[28:], 32000)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(2*n))
	for i := range n {
		binary.LittleEndian.PutUint16(b[44+2*i:], uint16(int16((i%40)*400-8000)))
	}
	return b
}

// walk answers the attempt's sections up to (not including) section stop,
// finishing each, and returns the view of the section it stopped at.
func (f *examFixture) walk(t *testing.T, v *AttemptView, user int64, stop int, at time.Time) *AttemptView {
	t.Helper()
	ctx := context.Background()
	for v.Current < stop {
		for _, e := range v.Entries {
			var r bank.Response
			switch e.ItemID {
			case "t-l-choice", "t-r-choice":
				for _, o := range e.Item.Options {
					if o.Correct {
						r.Choices = []string{o.ID}
					}
				}
			case "t-l-dict":
				r.Text = "học xinh" // one wrong letter: partial credit
			case "t-r-tf":
				r.Choices = []string{"false"}
			case "t-w-gap":
				r.Gaps = []string{"người"}
			case "t-w-essay":
				r.Text = "Gia đình tôi có bốn người: bố, mẹ, em gái và tôi."
			case "t-s-respond":
				b, err := f.st.Attempts.BeginTake(ctx, v.Attempt.ID, user, e.Pos, at)
				take := b.Take
				if err != nil {
					t.Fatal(err)
				}
				if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, user, e.Pos, take, testWAV(2), at); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if _, err := f.st.Attempts.SaveAnswer(ctx, v.Attempt.ID, user, e.Pos, 1, r, at); err != nil {
				t.Fatalf("%s: %v", e.ItemID, err)
			}
		}
		if err := f.st.Attempts.FinishSection(ctx, v.Attempt.ID, user, v.Current, at); err != nil {
			t.Fatal(err)
		}
		at = at.Add(time.Second)
		var err error
		if v, err = f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, user, at); err != nil {
			t.Fatal(err)
		}
	}
	return v
}

func TestExamRecordingTakes(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.walk(t, f.start(t, f.a, t0), f.a, 3, t0)
	if v.Current != 3 || len(v.Entries) != 1 {
		t.Fatalf("speaking: %+v", v)
	}
	pos := v.Entries[0].Pos
	_, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 1, testWAV(1), t0.Add(time.Minute))
	wantCode(t, err, apperr.Conflict) // no take begun
	b, err := f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, t0.Add(time.Minute))
	take, left := b.Take, b.Left
	if err != nil || take != 1 || left != 1 {
		t.Fatalf("take 1: %d %d %v", take, left, err)
	}
	for name, data := range map[string][]byte{"not wav": []byte("OggS...."), "too long": testWAV(7)} {
		if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 1, data, t0.Add(time.Minute)); apperr.Code(err) != apperr.Invalid {
			t.Errorf("%s: %v", name, err)
		}
	}
	if d, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 1, testWAV(1.5), t0.Add(time.Minute)); err != nil || d != 1500*time.Millisecond {
		t.Fatalf("save take 1: %v %v", d, err)
	}
	// Upload retried: harmless.
	if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 1, testWAV(1.5), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if b, err = f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, t0.Add(time.Minute)); err != nil || b.Take != 2 || b.Left != 0 {
		t.Fatalf("take 2: %+v %v", b, err)
	}
	_, err = f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 1, testWAV(1), t0.Add(time.Minute))
	wantCode(t, err, apperr.Conflict) // take 1 is no longer the latest
	if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 2, testWAV(1.25), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	_, err = f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, t0.Add(time.Minute))
	wantCode(t, err, apperr.Conflict) // max_takes 2
	data, err := f.st.Attempts.RecordingData(ctx, v.Attempt.ID, f.a, pos)
	if err != nil || len(data) != len(testWAV(1.25)) {
		t.Fatalf("stored recording: %d %v", len(data), err)
	}
	_, err = f.st.Attempts.RecordingData(ctx, v.Attempt.ID, f.b, pos)
	wantCode(t, err, apperr.NotFound)
}

func rateAll(v float64, skill string) map[string]float64 {
	m := map[string]float64{}
	for _, c := range bank.RubricCriteria[skill] {
		m[c] = v
	}
	return m
}

func TestExamScoringDoubleMarkingAndRelease(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	at := t0
	v := f.walk(t, f.start(t, f.a, at), f.a, 4, at)
	if v.Attempt.Status != AttemptSubmitted {
		t.Fatalf("status %s", v.Attempt.Status)
	}
	var scores []struct {
		Pos     int     `db:"pos"`
		Points  float64 `db:"points"`
		Verdict string  `db:"verdict"`
	}
	if err := f.st.DB().Select(&scores, `SELECT pos, points, verdict FROM exam_item_scores WHERE attempt_id = ? ORDER BY pos`, v.Attempt.ID); err != nil {
		t.Fatal(err)
	}
	if len(scores) != 5 {
		t.Fatalf("objective scores: %+v", scores)
	}
	// Before release the candidate sees nothing.
	_, err := f.st.Attempts.CandidateResultOf(ctx, v.Attempt.ID, f.a)
	wantCode(t, err, apperr.NotFound)

	// Rater 1 takes the first script and, asking again, gets it back (not a second).
	at = at.Add(time.Hour)
	r1, err := f.st.Exams.ClaimScript(ctx, f.raters[0], 0, "", at)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := f.st.Exams.ClaimScript(ctx, f.raters[0], 0, "", at); again != r1 {
		t.Fatalf("second claim %d, want the held %d", again, r1)
	}
	view, err := f.st.Exams.Rating(ctx, r1, f.raters[0])
	if err != nil || view.Code != v.Attempt.Code || view.Slot != 1 {
		t.Fatalf("rating view: %+v %v", view, err)
	}
	if _, err := f.st.Exams.Rating(ctx, r1, f.raters[1]); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another rater opens my claim: %v", err)
	}
	// Two raters rate both scripts; the essay ratings differ by 3 (> 1.5).
	scores1 := map[string]float64{bank.Writing: 4, bank.Speaking: 6}
	scores2 := map[string]float64{bank.Writing: 7, bank.Speaking: 7}
	for i, rater := range f.raters[:2] {
		for range 2 {
			id, err := f.st.Exams.ClaimScript(ctx, rater, 0, "", at)
			if err != nil {
				t.Fatalf("rater %d: %v", i+1, err)
			}
			rv, err := f.st.Exams.Rating(ctx, id, rater)
			if err != nil {
				t.Fatal(err)
			}
			s := scores1[rv.Skill]
			if i == 1 {
				s = scores2[rv.Skill]
			}
			if err := f.st.Exams.SubmitRating(ctx, id, rater, rateAll(s, rv.Skill), at); err != nil {
				t.Fatal(err)
			}
			if err := f.st.Exams.SubmitRating(ctx, id, rater, rateAll(s, rv.Skill), at); apperr.Code(err) != apperr.Conflict {
				t.Fatalf("submitted twice: %v", err)
			}
		}
		// Nobody rates a script twice: nothing is left for this rater.
		_, err := f.st.Exams.ClaimScript(ctx, rater, 0, "", at)
		wantCode(t, err, apperr.NotFound)
	}
	var status string
	if err := f.st.DB().Get(&status, `SELECT status FROM exam_attempts WHERE id = ?`, v.Attempt.ID); err != nil || status != AttemptSubmitted {
		t.Fatalf("status before adjudication: %s %v", status, err)
	}
	q, err := f.st.Exams.GradingQueue(ctx, f.raters[2], at)
	if err != nil || len(q) != 1 || q[0].Adjudication != 1 || q[0].Skill != bank.Writing {
		t.Fatalf("queue for rater 3: %+v %v", q, err)
	}
	// The third rater adjudicates the essay: 6.5 is nearer 7, so (7 + 6.5)/2.
	id, err := f.st.Exams.ClaimScript(ctx, f.raters[2], 0, "", at)
	if err != nil {
		t.Fatal(err)
	}
	if rv, _ := f.st.Exams.Rating(ctx, id, f.raters[2]); rv.Slot != 3 || rv.Skill != bank.Writing {
		t.Fatalf("adjudication slot: %+v", rv)
	}
	if err := f.st.Exams.SubmitRating(ctx, id, f.raters[2], map[string]float64{"task_fulfilment": 7}, at); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("incomplete criteria: %v", err)
	}
	if err := f.st.Exams.SubmitRating(ctx, id, f.raters[2], rateAll(6.5, bank.Writing), at); err != nil {
		t.Fatal(err)
	}
	var final float64
	if err := f.st.DB().Get(&final, `SELECT final FROM exam_scripts WHERE attempt_id = ? AND skill = 'writing'`, v.Attempt.ID); err != nil || final != 6.75 {
		t.Fatalf("essay final %v %v", final, err)
	}
	// Listening: choice 1/1 + dictation "học xinh" (a wrong letter) → partial;
	// reading 2/2 → 10; writing: gap 2/2 + essay 6.75×2/10 → (2+1.35)/4 = 8.375 → 8.5;
	// speaking: (6+7)/2 = 6.5.
	n, err := f.st.Exams.ReleaseResults(ctx, f.session, f.raters[0], at)
	if err != nil || n != 1 {
		t.Fatalf("release: %d %v", n, err)
	}
	res, err := f.st.Attempts.CandidateResultOf(ctx, v.Attempt.ID, f.a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Result.Reading != 10 || res.Result.Writing != 8.5 || res.Result.Speaking != 6.5 {
		t.Fatalf("result %+v", res.Result)
	}
	if res.Result.Level == 0 || len(res.Items) != 7 {
		t.Fatalf("level %d items %d", res.Result.Level, len(res.Items))
	}
	log, err := f.st.Exams.ScoreLog(ctx, v.Attempt.ID)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, l := range log {
		kinds[l.Kind]++
		if l.Kind == "rating" && (l.UserID == nil || l.After == nil) {
			t.Fatalf("rating log without rater: %+v", l)
		}
	}
	// 5 items; 5 ratings; essay: adjudication then final, speech: final; one result; release.
	if kinds["item"] != 5 || kinds["rating"] != 5 || kinds["script"] != 3 || kinds["result"] != 1 || kinds["release"] != 1 {
		t.Fatalf("score log kinds %v", kinds)
	}
}

func TestExamClaimExpiry(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	f.walk(t, f.start(t, f.a, t0), f.a, 4, t0)
	at := t0.Add(time.Hour)
	held, err := f.st.Exams.ClaimScript(ctx, f.raters[0], 0, bank.Writing, at)
	if err != nil {
		t.Fatal(err)
	}
	// Rater 2 cannot take slot 1 while held; gets slot 2 of the same script.
	r2, err := f.st.Exams.ClaimScript(ctx, f.raters[1], 0, bank.Writing, at)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.st.Exams.Rating(ctx, r2, f.raters[1]); v.Slot != 2 {
		t.Fatalf("rater 2 slot %d", v.Slot)
	}
	// Rater 3 finds nothing free in writing until rater 1's claim lapses.
	_, err = f.st.Exams.ClaimScript(ctx, f.raters[2], 0, bank.Writing, at.Add(ClaimTTL-time.Second))
	wantCode(t, err, apperr.NotFound)
	r3, err := f.st.Exams.ClaimScript(ctx, f.raters[2], 0, bank.Writing, at.Add(ClaimTTL))
	if err != nil || r3 != held {
		t.Fatalf("take over: %d %v, want %d", r3, err, held)
	}
	// Rater 1 lost it and cannot submit it.
	err = f.st.Exams.SubmitRating(ctx, held, f.raters[0], rateAll(5, bank.Writing), at.Add(ClaimTTL+time.Minute))
	wantCode(t, err, apperr.NotFound)
	if err := f.st.Exams.SubmitRating(ctx, held, f.raters[2], rateAll(5, bank.Writing), at.Add(ClaimTTL+time.Minute)); err != nil {
		t.Fatal(err)
	}
}

func TestExamTimedOutAttemptIsSubmittedAndAbandonedOneToo(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	// A sits everything to the bell, finishing nothing early.
	v := f.start(t, f.a, t0)
	at := t0
	for i := range 4 {
		at = at.Add(5*time.Minute + time.Second)
		var err error
		if v, err = f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, at); err != nil {
			t.Fatal(err)
		}
		if i < 3 && v.Current != i+1 {
			t.Fatalf("after section %d: current %d", i, v.Current)
		}
	}
	if v.Attempt.Status == AttemptInProgress {
		// still in the grace of the last section
		at = at.Add(exam10s)
		if v, _ = f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, at); v.Attempt.Status == AttemptInProgress {
			t.Fatal("not submitted after the last deadline and grace")
		}
	}
	// Blank everything: every rated script is 0 at once, so the result is in.
	if v.Attempt.Status != AttemptScored {
		t.Fatalf("blank attempt status %s", v.Attempt.Status)
	}
	// B starts and walks away; past the session's hard end it is submitted
	// by the instructor's screen.
	vb := f.start(t, f.b, t0.Add(time.Hour))
	es, _ := f.st.Exams.ExamSession(ctx, f.session)
	rows, err := f.st.Exams.SessionAttempts(ctx, f.session, es.HardEnd().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.ID == vb.Attempt.ID && r.Status == AttemptInProgress {
			t.Fatalf("abandoned attempt still running: %+v", r)
		}
	}
}

const exam10s = 10 * time.Second

func TestExamRegradeAfterCorrectedKey(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.walk(t, f.start(t, f.a, t0), f.a, 4, t0)
	// The key of t-r-tf was wrong: the statement is... true after all.
	dir := filepath.Join(t.TempDir(), "bank")
	copyDir(t, "../exam/testdata/bank", dir)
	items := filepath.Join(dir, "items.yaml")
	b, _ := os.ReadFile(items)
	fixed := strings.Replace(string(b), `answer: "false"`, `answer: "true"`, 1)
	if fixed == string(b) {
		t.Fatal("fixture changed: no key to correct")
	}
	if err := os.WriteFile(items, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	importTestBank(t, f.st, dir)

	preview, err := f.st.Exams.RegradeItem(ctx, "t-r-tf", true, &f.raters[0], t0.Add(time.Hour), exam.GradeItem)
	if err != nil || len(preview) != 1 || preview[0].Before != 1 || preview[0].After != 0 || preview[0].ToVersion != 2 {
		t.Fatalf("preview: %+v %v", preview, err)
	}
	var pts float64
	f.st.DB().Get(&pts, `SELECT points FROM exam_item_scores WHERE attempt_id = ? AND pos = ?`, v.Attempt.ID, preview[0].Pos)
	if pts != 1 {
		t.Fatalf("dry run changed the score to %v", pts)
	}
	done, err := f.st.Exams.RegradeItem(ctx, "t-r-tf", false, &f.raters[0], t0.Add(time.Hour), exam.GradeItem)
	if err != nil || len(done) != 1 || done[0].After != 0 {
		t.Fatalf("regrade: %+v %v", done, err)
	}
	f.st.DB().Get(&pts, `SELECT points FROM exam_item_scores WHERE attempt_id = ? AND pos = ?`, v.Attempt.ID, done[0].Pos)
	if pts != 0 {
		t.Fatalf("score after regrade %v", pts)
	}
	var reason string
	f.st.DB().Get(&reason, `SELECT reason FROM exam_score_log WHERE attempt_id = ? AND kind = 'item' ORDER BY id DESC LIMIT 1`, v.Attempt.ID)
	if !strings.Contains(reason, "exam.reason.regrade?") || !strings.Contains(reason, "From=1") || !strings.Contains(reason, "To=2") {
		t.Fatalf("log reason %q", reason)
	}
	// Nothing left to regrade.
	if again, err := f.st.Exams.RegradeItem(ctx, "t-r-tf", false, nil, t0.Add(time.Hour), exam.GradeItem); err != nil || len(again) != 0 {
		t.Fatalf("second regrade: %+v %v", again, err)
	}
	_, err = f.st.Exams.RegradeItem(ctx, "t-w-essay", true, nil, t0, exam.GradeItem)
	wantCode(t, err, apperr.Invalid)
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
