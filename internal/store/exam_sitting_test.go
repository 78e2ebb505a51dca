package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// countingGrader gives full marks to everything and counts its calls: a
// blank answer scored full proves the store graded with the rule passed in,
// not one of its own.
type countingGrader struct{ calls int }

func (g *countingGrader) grade(_ *bank.Item, _ bank.Response, worth float64) bank.Score {
	g.calls++
	return bank.Score{Points: worth, Max: worth, Verdict: "correct"}
}

func TestSittingStart(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	sit := exam.NewSitting(f.st.Attempts, f.st.Exams)
	ctx := context.Background()
	cases := []struct {
		name     string
		in       exam.StartInput
		wantCode string // "" = starts
	}{
		{"right code, spaces around", exam.StartInput{SessionID: f.session, UserID: f.a, AccessCode: " k5-2026 ", At: t0}, ""},
		{"wrong code", exam.StartInput{SessionID: f.session, UserID: f.b, AccessCode: "K5-2025", At: t0}, apperr.Forbidden},
		{"no session", exam.StartInput{SessionID: 0, UserID: f.b, AccessCode: "K5-2026", At: t0}, apperr.NotFound},
		{"before the session opens", exam.StartInput{SessionID: f.session, UserID: f.b, AccessCode: "K5-2026", At: t0.Add(-2 * time.Hour)}, apperr.Conflict},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id, err := sit.Start(ctx, c.in)
			if got := apperr.Code(err); got != c.wantCode {
				t.Fatalf("got %v (code %q), want code %q", err, got, c.wantCode)
			}
			if c.wantCode == "" {
				v, err := f.st.Attempts.CandidateAttempt(ctx, id, c.in.UserID, c.in.At)
				if err != nil || v.Attempt.Status != AttemptInProgress || len(v.Entries) == 0 {
					t.Fatalf("started attempt %d: %+v %v", id, v, err)
				}
			}
		})
	}
}

func TestSittingSave(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	sit := exam.NewSitting(f.st.Attempts, f.st.Exams)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[0].Pos
	id := v.Attempt.ID
	cases := []struct {
		name        string
		in          exam.AnswerInput
		wantCode    string
		wantApplied bool
		wantRev     int64
	}{
		{"first save", exam.AnswerInput{AttemptID: id, UserID: f.a, Pos: pos, Rev: 2, Response: bank.Response{Text: "một"}, At: t0}, "", true, 2},
		{"stale revision keeps the newer", exam.AnswerInput{AttemptID: id, UserID: f.a, Pos: pos, Rev: 1, Response: bank.Response{Text: "cũ"}, At: t0}, "", false, 2},
		{"negative position", exam.AnswerInput{AttemptID: id, UserID: f.a, Pos: -1, Rev: 3, At: t0}, apperr.Invalid, false, 0},
		{"revision zero", exam.AnswerInput{AttemptID: id, UserID: f.a, Pos: pos, Rev: 0, At: t0}, apperr.Invalid, false, 0},
		{"someone else's attempt", exam.AnswerInput{AttemptID: id, UserID: f.b, Pos: pos, Rev: 5, At: t0}, apperr.NotFound, false, 0},
		{"after the section's deadline and grace", exam.AnswerInput{AttemptID: id, UserID: f.a, Pos: pos, Rev: 6, At: t0.Add(time.Hour)}, apperr.Conflict, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := sit.Save(ctx, c.in)
			if code := apperr.Code(err); code != c.wantCode {
				t.Fatalf("got %v (code %q), want code %q", err, code, c.wantCode)
			}
			if c.wantCode != "" {
				return
			}
			if got.Applied != c.wantApplied || got.Rev != c.wantRev {
				t.Fatalf("got %+v, want applied %v rev %d", got, c.wantApplied, c.wantRev)
			}
		})
	}
	var text string
	if err := f.st.DB().Get(&text, `SELECT json_extract(response, '$.text') FROM exam_answers WHERE attempt_id = ? AND pos = ?`, id, pos); err != nil {
		t.Fatal(err)
	}
	if text != "một" {
		t.Fatalf("stored answer %q, want the newest revision's", text)
	}
}

// TestSittingFinishGradesWithTheServiceGrader walks a whole attempt through
// the service, leaving every answer blank: the real rule would score the
// objective items 0, the grader given to the service scores them full.
func TestSittingFinishGradesWithTheServiceGrader(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	g := &countingGrader{}
	sit := exam.NewSitting(f.st.Attempts, f.st.Exams)
	sit.Grade = g.grade
	ctx := context.Background()
	at := t0
	id, err := sit.Start(ctx, exam.StartInput{SessionID: f.session, UserID: f.a, AccessCode: "K5-2026", At: at})
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.st.Attempts.CandidateAttempt(ctx, id, f.a, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := sit.FinishSection(ctx, exam.FinishInput{AttemptID: id, UserID: f.a, Section: -1, At: at}); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("negative section: %v", err)
	}
	objective := 0
	for v.Current < len(v.Sections) {
		for _, e := range v.Entries {
			if !e.Manual {
				objective++
			}
		}
		idx := v.Current
		if err := sit.FinishSection(ctx, exam.FinishInput{AttemptID: id, UserID: f.a, Section: idx, At: at}); err != nil {
			t.Fatalf("finish section %d: %v", idx, err)
		}
		// Finishing twice (a retried request) is not an error.
		if err := sit.FinishSection(ctx, exam.FinishInput{AttemptID: id, UserID: f.a, Section: idx, At: at}); err != nil {
			t.Fatalf("finish section %d again: %v", idx, err)
		}
		at = at.Add(time.Second)
		if v, err = f.st.Attempts.CandidateAttempt(ctx, id, f.a, at); err != nil {
			t.Fatal(err)
		}
	}
	if v.Attempt.Status == AttemptInProgress {
		t.Fatal("attempt still running after its last section")
	}
	if objective == 0 || g.calls != objective {
		t.Fatalf("grader called %d times for %d objective items", g.calls, objective)
	}
	var rows []struct {
		Points float64 `db:"points"`
		Max    float64 `db:"max"`
	}
	if err := f.st.DB().Select(&rows, `SELECT points, max FROM exam_item_scores WHERE attempt_id = ?`, id); err != nil {
		t.Fatal(err)
	}
	if len(rows) != objective {
		t.Fatalf("%d item scores for %d objective items", len(rows), objective)
	}
	for _, r := range rows {
		if r.Points != r.Max || r.Max == 0 {
			t.Fatalf("blank answer scored %v/%v: not the service's grader", r.Points, r.Max)
		}
	}
}

func TestSittingRegrade(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	f.walk(t, f.start(t, f.a, t0), f.a, 4, t0)
	// Correct the key of t-r-tf (a version 2 to regrade with).
	dir := filepath.Join(t.TempDir(), "bank")
	copyDir(t, "../exam/testdata/bank", dir)
	items := filepath.Join(dir, "items.yaml")
	b, err := os.ReadFile(items)
	if err != nil {
		t.Fatal(err)
	}
	fixed := strings.Replace(string(b), `answer: "false"`, `answer: "true"`, 1)
	if err := os.WriteFile(items, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	importTestBank(t, f.st, dir)
	half := func(_ *bank.Item, _ bank.Response, worth float64) bank.Score {
		return bank.Score{Points: worth / 2, Max: worth, Verdict: "partial"}
	}
	cases := []struct {
		name      string
		in        exam.RegradeInput
		grade     exam.Grader
		wantCode  string
		wantAfter []float64
	}{
		{"no item named", exam.RegradeInput{ItemID: "  ", At: t0.Add(time.Hour)}, exam.GradeItem, apperr.Invalid, nil},
		{"unknown item", exam.RegradeInput{ItemID: "t-nothing", At: t0.Add(time.Hour)}, exam.GradeItem, apperr.NotFound, nil},
		{"rated item", exam.RegradeInput{ItemID: "t-w-essay", At: t0.Add(time.Hour)}, exam.GradeItem, apperr.Invalid, nil},
		{"dry run with the service's grader", exam.RegradeInput{ItemID: " t-r-tf ", DryRun: true, At: t0.Add(time.Hour)}, half, "", []float64{0.5}},
		{"real run with the rule", exam.RegradeInput{ItemID: "t-r-tf", By: &f.raters[0], At: t0.Add(time.Hour)}, exam.GradeItem, "", []float64{0}},
		{"nothing left to regrade", exam.RegradeInput{ItemID: "t-r-tf", At: t0.Add(time.Hour)}, exam.GradeItem, "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sit := exam.NewSitting(f.st.Attempts, f.st.Exams)
			sit.Grade = c.grade
			got, err := sit.Regrade(ctx, c.in)
			if code := apperr.Code(err); code != c.wantCode {
				t.Fatalf("got %v (code %q), want code %q", err, code, c.wantCode)
			}
			if len(got) != len(c.wantAfter) {
				t.Fatalf("got %d changes %+v, want %d", len(got), got, len(c.wantAfter))
			}
			for i, ch := range got {
				if ch.After != c.wantAfter[i] || ch.Before != 1 {
					t.Fatalf("change %d: %+v, want 1 -> %v", i, ch, c.wantAfter[i])
				}
			}
		})
	}
}
