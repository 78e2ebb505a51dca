package demo

import (
	"context"
	"testing"
	"time"
)

// The default blueprint must be drawable from the shipped banks, or the
// demo cannot offer an exam.
func TestSeedExam(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	u, err := st.UserByUsername(ctx, "k5-01")
	if err != nil {
		t.Fatal(err)
	}
	list, err := st.CandidateExamSessions(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Past sittings (readiness demo data) are listed too; the open one is ours.
	open := -1
	for i, s := range list {
		if s.Title == ExamTitle {
			open = i
		}
	}
	if open < 0 {
		t.Fatalf("demo candidate does not see %q among %d sessions", ExamTitle, len(list))
	}
	id, err := st.StartAttempt(ctx, list[open].ID, u.ID, "", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.CandidateAttempt(ctx, id, u.ID, time.Now())
	if err != nil || len(v.Sections) != 4 || len(v.Entries) == 0 {
		t.Fatalf("demo attempt: %+v %v", v, err)
	}
	minutes := 0
	for _, s := range v.Sections {
		minutes += s.Minutes
	}
	if minutes < 120 || minutes > 150 {
		t.Errorf("the default blueprint takes %d minutes, want 2–2.5 hours", minutes)
	}
}
