package exam

import (
	"context"
	"testing"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
)

// fakeRepo records what the service hands the store.
type fakeRepo struct {
	calls int
	at    time.Time
	grade Grader
}

func (r *fakeRepo) StartAttempt(_ context.Context, _, _ int64, _ string, at time.Time) (int64, error) {
	r.calls++
	r.at = at
	return 7, nil
}

func (r *fakeRepo) SaveAnswer(_ context.Context, _, _ int64, _ int, rev int64, _ bank.Response, t time.Time) (Saved, error) {
	r.calls++
	r.at = t
	return Saved{Applied: true, Rev: rev, SavedAt: t}, nil
}

func (r *fakeRepo) FinishSectionPending(_ context.Context, _, _ int64, _ int, _ Pending, t time.Time, g Grader) error {
	r.calls++
	r.at, r.grade = t, g
	return nil
}

func (r *fakeRepo) RegradeItem(_ context.Context, _ string, _ bool, _ *int64, t time.Time, g Grader) ([]RegradeChange, error) {
	r.calls++
	r.at, r.grade = t, g
	return nil, nil
}

// TestSittingChecksBeforeTheStore: bad input is refused with the field it
// concerns and never reaches the store; a zero time means now.
func TestSittingChecksBeforeTheStore(t *testing.T) {
	now := time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)
	given := now.Add(-time.Second)
	cases := []struct {
		name      string
		call      func(s *Sitting) error
		wantCode  string
		wantField string
		wantAt    time.Time
	}{
		{"start without a session", func(s *Sitting) error {
			_, err := s.Start(context.Background(), StartInput{UserID: 1})
			return err
		}, apperr.NotFound, "", time.Time{}},
		{"start now", func(s *Sitting) error {
			_, err := s.Start(context.Background(), StartInput{SessionID: 1, UserID: 1})
			return err
		}, "", "", now},
		{"save at arrival", func(s *Sitting) error {
			_, err := s.Save(context.Background(), AnswerInput{AttemptID: 1, UserID: 1, Rev: 1, At: given})
			return err
		}, "", "", given},
		{"save at a negative position", func(s *Sitting) error {
			_, err := s.Save(context.Background(), AnswerInput{AttemptID: 1, UserID: 1, Pos: -1, Rev: 1})
			return err
		}, apperr.Invalid, "pos", time.Time{}},
		{"finish a negative section", func(s *Sitting) error {
			return s.FinishSection(context.Background(), FinishInput{AttemptID: 1, UserID: 1, Section: -2})
		}, apperr.Invalid, "idx", time.Time{}},
		{"finish now", func(s *Sitting) error {
			return s.FinishSection(context.Background(), FinishInput{AttemptID: 1, UserID: 1})
		}, "", "", now},
		{"regrade no item", func(s *Sitting) error {
			_, err := s.Regrade(context.Background(), RegradeInput{ItemID: " "})
			return err
		}, apperr.Invalid, "item", time.Time{}},
		{"regrade", func(s *Sitting) error {
			_, err := s.Regrade(context.Background(), RegradeInput{ItemID: "x", At: given})
			return err
		}, "", "", given},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &fakeRepo{}
			s := NewSitting(r, r)
			s.Now = func() time.Time { return now }
			err := c.call(s)
			if got := apperr.Code(err); got != c.wantCode {
				t.Fatalf("got %v (code %q), want %q", err, got, c.wantCode)
			}
			if c.wantCode != "" {
				if ae, _ := apperr.As(err); c.wantField != "" && ae.Field != c.wantField {
					t.Fatalf("field %q, want %q", ae.Field, c.wantField)
				}
				if r.calls != 0 {
					t.Fatal("refused input reached the store")
				}
				return
			}
			if r.calls != 1 || !r.at.Equal(c.wantAt) {
				t.Fatalf("store called %d times at %v, want once at %v", r.calls, r.at, c.wantAt)
			}
		})
	}
}

// TestSittingPassesItsGrader: the store grades with the service's rule.
func TestSittingPassesItsGrader(t *testing.T) {
	r := &fakeRepo{}
	s := NewSitting(r, r)
	if err := s.FinishSection(context.Background(), FinishInput{AttemptID: 1, UserID: 1}); err != nil {
		t.Fatal(err)
	}
	it := &bank.Item{Type: bank.TypeTrueFalse, Answer: "true"}
	if got, want := r.grade(it, bank.Response{Choices: []string{"true"}}, 2), GradeItem(it, bank.Response{Choices: []string{"true"}}, 2); want.Points == 0 || got.Points != want.Points || got.Max != want.Max {
		t.Fatalf("store got grader scoring %+v, want GradeItem's %+v", got, want)
	}
}

func TestStartOpenAndHardEnd(t *testing.T) {
	opens := time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)
	closes := opens.Add(2 * time.Hour)
	cases := []struct {
		at   time.Time
		want bool
	}{
		{opens.Add(-time.Millisecond), false},
		{opens, true},
		{closes.Add(-time.Millisecond), true},
		{closes, false},
	}
	for _, c := range cases {
		if got := StartOpen(opens, closes, c.at); got != c.want {
			t.Errorf("StartOpen at %v = %v, want %v", c.at, got, c.want)
		}
	}
	if got, want := HardEnd(closes, 95), closes.Add(95*time.Minute); !got.Equal(want) {
		t.Errorf("HardEnd = %v, want %v", got, want)
	}
}

func TestAtSubmission(t *testing.T) {
	full := func(_ *bank.Item, _ bank.Response, worth float64) bank.Score {
		return bank.Score{Points: worth, Max: worth}
	}
	essay := &bank.Item{Type: bank.TypeEssay}
	spoken := &bank.Item{Type: bank.TypeRespond}
	choice := &bank.Item{Type: bank.TypeChoice}
	cases := []struct {
		name       string
		it         *bank.Item
		manual     bool
		resp       bank.Response
		recorded   bool
		wantScript string
		wantFinal  *float64
		wantPoints float64
	}{
		{"objective item is graded now", choice, false, bank.Response{}, false, "", nil, 3},
		{"written essay goes to the raters", essay, true, bank.Response{Text: "Tôi là cán bộ."}, false, ScriptRating, nil, 0},
		{"blank essay is 0 at once", essay, true, bank.Response{Text: "  "}, false, ScriptFinal, f64(0), 0},
		{"recorded answer goes to the raters", spoken, true, bank.Response{}, true, ScriptRating, nil, 0},
		{"no recording is 0 at once", spoken, true, bank.Response{}, false, ScriptFinal, f64(0), 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := AtSubmission(c.it, c.manual, c.resp, c.recorded, 3, full)
			if got.Script != c.wantScript || got.Score.Points != c.wantPoints ||
				(got.Final == nil) != (c.wantFinal == nil) || (got.Final != nil && *got.Final != *c.wantFinal) {
				t.Fatalf("got %+v (final %v), want script %q final %v points %v", got, got.Final, c.wantScript, c.wantFinal, c.wantPoints)
			}
		})
	}
}
