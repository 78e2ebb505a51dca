package demo

import (
	"context"
	"strings"
	"testing"
	"time"

	"hocviet/internal/bank"
)

// The default blueprint must be drawable from the shipped banks, or the
// demo cannot offer an exam.
func TestSeedExam(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// The shipped banks are read while the demo template is being built
	// (seeded waits for it): each takes seconds under -race.
	type loaded struct {
		b   *bank.Bank
		err error
	}
	banks := make(chan loaded, 1)
	go func() {
		b, err := bank.Load("../../question_banks")
		banks <- loaded{b, err}
	}()
	st := seeded(t)
	u, err := st.Accounts.UserByUsername(ctx, "k5-01")
	if err != nil {
		t.Fatal(err)
	}
	list, err := st.Exams.CandidateExamSessions(ctx, u.ID)
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
	id, err := st.Attempts.StartAttempt(ctx, list[open].ID, u.ID, "", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.Attempts.CandidateAttempt(ctx, id, u.ID, time.Now())
	if err != nil || len(v.Sections) != 4 || len(v.Entries) == 0 {
		t.Fatalf("demo attempt: %+v %v", v, err)
	}
	minutes := 0
	for _, s := range v.Sections {
		minutes += s.Minutes
	}
	// The national format is 60 + 60 + 60 + 15 minutes; docs/forms.md says
	// where the screening is shorter and why.
	if minutes < 150 || minutes > 195 {
		t.Errorf("the demo form takes %d minutes, want 2 h 30 to the national 3 h 15", minutes)
	}
	// The demo sits form A as written: the listening paper holds form A's
	// listening items in form A's order.
	l := <-banks
	b, err := l.b, l.err
	if err != nil {
		t.Fatal(err)
	}
	bp, ok := b.Blueprint(DemoForm)
	if !ok {
		t.Fatalf("no blueprint %s", DemoForm)
	}
	var want, got []string
	for _, p := range bp.Sections[0].Parts {
		want = append(want, p.Items...)
	}
	for _, e := range v.Entries {
		got = append(got, e.ItemID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("demo listening paper:\n got %v\nwant %v", got, want)
	}
}
