package exam

import (
	"slices"
	"strings"
	"testing"
	"time"

	"hocviet/internal/bank"
)

// Issue 15.15: gap dropdown options follow the attempt's seed like choice
// options, and the view shows the stored order.
func TestGapOptionsShuffledPerAttempt(t *testing.T) {
	it := &bank.Item{ID: "g1", Skill: bank.Writing, Type: bank.TypeCloze, Level: 2, Text: "Tôi {1} sinh viên, {2} học.",
		Gaps: []bank.Gap{{Options: []string{"là", "có", "đi", "ở"}, Accept: []string{"là"}},
			{Options: []string{"đang", "sẽ", "đã"}, Accept: []string{"đang"}}}}
	keyFirst, orders := 0, map[string]bool{}
	for seed := uint64(1); seed <= 40; seed++ {
		l := LayoutOf(it, nil, seed, true)
		if len(l.Gaps) != 2 {
			t.Fatalf("seed %d: layout keeps %d gap orders, want 2", seed, len(l.Gaps))
		}
		v := View(it, nil, l)
		for i, g := range v.Gaps {
			if !slices.Equal(g.Options, l.Gaps[i]) {
				t.Fatalf("seed %d gap %d: view %v, layout %v", seed, i+1, g.Options, l.Gaps[i])
			}
		}
		if v.Gaps[0].Options[0] == "là" {
			keyFirst++
		}
		orders[strings.Join(v.Gaps[0].Options, ",")] = true
		// The same seed gives the same order: a reload shows the same page.
		if again := LayoutOf(it, nil, seed, true); !slices.Equal(again.Gaps[0], l.Gaps[0]) {
			t.Fatalf("seed %d: %v then %v", seed, l.Gaps[0], again.Gaps[0])
		}
	}
	if keyFirst > 20 || len(orders) < 5 {
		t.Fatalf("gap options hardly shuffled: key first in %d of 40, %d orders", keyFirst, len(orders))
	}
	if l := LayoutOf(it, nil, 3, false); l.Gaps != nil {
		t.Fatalf("shuffle_options off, yet a gap order was stored: %v", l.Gaps)
	}
	// A stored order that no longer matches the options (another version)
	// is ignored rather than showing wrong options.
	v := View(it, nil, Layout{Gaps: [][]string{{"x", "y", "z", "w"}, {"đang", "sẽ", "đã"}}})
	if !slices.Equal(v.Gaps[0].Options, []string{"là", "có", "đi", "ở"}) {
		t.Fatalf("foreign stored order used: %v", v.Gaps[0].Options)
	}
}

// Issue 15.14: after an early finish, only the saves the page declared in
// flight count during the grace; a deadline keeps the plain grace.
func TestSectionAcceptsOnlyPendingAfterEarlyFinish(t *testing.T) {
	t0 := time.Date(2026, 9, 5, 8, 0, 0, 0, time.UTC)
	early := Section{Started: t0, Deadline: t0.Add(30 * time.Minute), Closed: t0.Add(10 * time.Minute)}
	timed := Section{Started: t0, Deadline: t0.Add(30 * time.Minute), Closed: t0.Add(30 * time.Minute)}
	p := Pending{Answers: map[int]int64{3: 5}, Takes: map[int]int{7: 1}}
	g := 10 * time.Second
	cases := []struct {
		name string
		sec  Section
		at   time.Duration
		pos  int
		rev  int64
		want bool
	}{
		{"before the finish", early, 9 * time.Minute, 4, 9, true},
		{"at the finish", early, 10 * time.Minute, 4, 9, true},
		{"declared revision after the finish", early, 10*time.Minute + 3*time.Second, 3, 5, true},
		{"older declared revision", early, 10*time.Minute + 3*time.Second, 3, 4, true},
		{"newer revision than declared", early, 10*time.Minute + 3*time.Second, 3, 6, false},
		{"item with nothing declared", early, 10*time.Minute + 3*time.Second, 4, 1, false},
		{"declared but past the grace", early, 10*time.Minute + 11*time.Second, 3, 5, false},
		{"deadline grace", timed, 30*time.Minute + 5*time.Second, 4, 9, true},
		{"after deadline grace", timed, 30*time.Minute + 11*time.Second, 4, 9, false},
	}
	for _, c := range cases {
		if got := c.sec.AcceptsAnswer(t0.Add(c.at), g, p, c.pos, c.rev); got != c.want {
			t.Errorf("%s: accepts = %v, want %v", c.name, got, c.want)
		}
	}
	if !early.AcceptsTake(t0.Add(10*time.Minute+time.Second), g, p, 7, 1) || early.AcceptsTake(t0.Add(10*time.Minute+time.Second), g, p, 7, 2) {
		t.Error("takes: only the declared take counts after an early finish")
	}
}

func TestTakeResumeRule(t *testing.T) {
	cases := []struct {
		ts         TakeState
		interr, ok bool
	}{
		{TakeState{}, false, false},
		{TakeState{Takes: 1}, true, true},
		{TakeState{Takes: 1, Uploaded: true}, false, false},
		{TakeState{Takes: 2, Resumes: MaxTakeResumes - 1}, true, true},
		{TakeState{Takes: 2, Resumes: MaxTakeResumes}, true, false},
	}
	for _, c := range cases {
		if c.ts.Interrupted() != c.interr || c.ts.CanResume() != c.ok {
			t.Errorf("%+v: interrupted %v resume %v, want %v %v", c.ts, c.ts.Interrupted(), c.ts.CanResume(), c.interr, c.ok)
		}
	}
}
