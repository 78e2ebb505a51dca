package fsrs

import (
	"math"
	"testing"
	"time"
)

var t0 = time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC)

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 5e-6 {
		t.Errorf("%s = %.6f, want %.6f", what, got, want)
	}
}

// The interval sequence that the reference implementations (ts-fsrs 4,
// go-fsrs 3, py-fsrs 5) test with FSRS-5 defaults, fuzz off: each review on
// the due date.
func TestPublishedIntervals(t *testing.T) {
	s := Default()
	ratings := []Rating{Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good}
	want := []int{0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142}
	var c Card
	now := t0
	var got []int
	for _, r := range ratings {
		c = s.Review(c, r, now)
		got = append(got, int(c.Due.Sub(c.LastReview).Hours()/24))
		now = c.Due
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("intervals %v, want %v", got, want)
		}
	}
	if c.Lapses != 1 || c.Reps != len(ratings) || c.State != Review {
		t.Errorf("lapses %d reps %d state %s", c.Lapses, c.Reps, c.State)
	}
}

// The memory state the reference implementations test. Their loop rates
// each card from the previous schedule and then moves the clock, so the
// reviews fall at days 0 (Again), 0, 0, 1, 4 and 12 (Good), and a Good at
// day 33 would give S = 48.4848, D = 7.0866 (published to 4 decimals).
func TestPublishedMemoryState(t *testing.T) {
	s := Default()
	var c Card
	at := []int{0, 0, 0, 1, 4, 12}
	for i, r := range []Rating{Again, Good, Good, Good, Good, Good} {
		c = s.Review(c, r, t0.Add(time.Duration(at[i])*day))
	}
	g := s.Preview(c, t0.Add(33*day))[Good]
	if math.Abs(g.Stability-48.4848) > 5e-5 || math.Abs(g.Difficulty-7.0866) > 5e-5 {
		t.Fatalf("S = %.4f, D = %.4f; want 48.4848, 7.0866", g.Stability, g.Difficulty)
	}
}

// Values from testdata/reference.py, which computes the formulas apart
// from this code.
func TestFormulas(t *testing.T) {
	s := Default()
	for g, want := range map[Rating]float64{Again: 7.1949, Hard: 6.488305, Good: 5.282434, Easy: 3.224502} {
		near(t, "D0("+g.String()+")", s.initialDifficulty(g), want)
	}
	near(t, "R(10 days, S=3.173)", forgetting(10, 3.173), 0.758259)
	near(t, "R(S, S)", forgetting(7, 7), 0.9)

	c := s.Review(Card{}, Good, t0)
	near(t, "S after first Good", c.Stability, 3.173)
	near(t, "D after first Good", c.Difficulty, 5.282434)
	if c.State != Learning || c.Due != t0.Add(10*time.Minute) {
		t.Fatalf("first Good: %s due %v", c.State, c.Due)
	}
	c = s.Review(c, Good, c.Due)
	near(t, "S after same-day Good", c.Stability, 4.466858)
	near(t, "D after same-day Good", c.Difficulty, 5.272968)
	if c.State != Review || c.Due.Sub(c.LastReview) != 4*day {
		t.Fatalf("graduation: %s in %v", c.State, c.Due.Sub(c.LastReview))
	}
	at := c.Due
	near(t, "R on the due date", s.Retrievability(c, at), 0.909071)
	p := s.Preview(c, at)
	near(t, "S after Good", p[Good].Stability, 14.217284)
	near(t, "D after Good", p[Good].Difficulty, 5.263545)
	near(t, "S after Hard", p[Hard].Stability, 6.724082)
	near(t, "S after Easy", p[Easy].Stability, 33.618682)
	near(t, "S after Again", p[Again].Stability, 1.297630)
	near(t, "D after Again", p[Again].Difficulty, 6.790568)
	if p[Again].State != Relearning || p[Again].Due != at.Add(5*time.Minute) || p[Again].Lapses != 1 {
		t.Errorf("lapse: %+v", p[Again])
	}
	if !(p[Hard].Due.Before(p[Good].Due) && p[Good].Due.Before(p[Easy].Due)) {
		t.Errorf("Hard %v, Good %v, Easy %v not in order", p[Hard].Due, p[Good].Due, p[Easy].Due)
	}
}

func TestShortWaits(t *testing.T) {
	s := Default()
	tests := []struct {
		r     Rating
		state State
		after time.Duration
	}{
		{Again, Learning, time.Minute},
		{Hard, Learning, 5 * time.Minute},
		{Good, Learning, 10 * time.Minute},
		{Easy, Review, 16 * day}, // S0(Easy) = 15.69 days
	}
	for _, tt := range tests {
		c := s.Review(Card{}, tt.r, t0)
		if c.State != tt.state || c.Due.Sub(t0) != tt.after {
			t.Errorf("new card rated %s: %s due after %v, want %s after %v", tt.r, c.State, c.Due.Sub(t0), tt.state, tt.after)
		}
	}
	c := s.Review(Card{}, Again, t0)
	c = s.Review(c, Again, c.Due)
	if c.State != Learning || c.Due.Sub(c.LastReview) != 5*time.Minute {
		t.Errorf("learning card rated Again: %s in %v", c.State, c.Due.Sub(c.LastReview))
	}
}

func TestDifficultyStaysInRange(t *testing.T) {
	s := Default()
	for _, r := range []Rating{Easy, Again} {
		var c Card
		now := t0
		for range 30 {
			c = s.Review(c, r, now)
			now = c.Due.Add(time.Hour)
		}
		if c.Difficulty < 1 || c.Difficulty > 10 {
			t.Errorf("%s ×30: difficulty %v", r, c.Difficulty)
		}
	}
	var c Card
	for i := range 10 {
		c = s.Review(c, Easy, t0.Add(time.Duration(i)*time.Microsecond))
	}
	if c.Difficulty != 1 {
		t.Errorf("ten Easy in a row: difficulty %v, want 1", c.Difficulty)
	}
}

func TestMaximumInterval(t *testing.T) {
	p := DefaultParams()
	p.MaximumInterval = 30
	s, err := NewScheduler(p)
	if err != nil {
		t.Fatal(err)
	}
	var c Card
	now := t0
	for range 8 {
		c = s.Review(c, Easy, now)
		now = c.Due
	}
	if got := c.Due.Sub(c.LastReview); got != 30*day {
		t.Fatalf("interval %v, want capped at 30 days", got)
	}
	if _, err := NewScheduler(Params{DesiredRetention: 1.2, MaximumInterval: 1, W: DefaultW}); err == nil {
		t.Fatal("retention 1.2 accepted")
	}
}

func TestParse(t *testing.T) {
	for _, r := range Ratings {
		if got, ok := ParseRating(r.String()); !ok || got != r {
			t.Errorf("ParseRating(%q) = %v %v", r, got, ok)
		}
	}
	if _, ok := ParseRating("perfect"); ok {
		t.Error("ParseRating accepted perfect")
	}
	for st := New; st <= Relearning; st++ {
		if got, ok := ParseState(st.String()); !ok || got != st {
			t.Errorf("ParseState(%q) = %v %v", st, got, ok)
		}
	}
}
