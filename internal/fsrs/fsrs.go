// Package fsrs schedules flashcard reviews with FSRS-5, the Free Spaced
// Repetition Scheduler (open-spaced-repetition, Jarrett Ye et al.), written
// from the published formulas because the maintained Go port is not
// available to this build. The card life cycle follows the published state
// transitions (py-fsrs ALGORITHM.md; ts-fsrs and go-fsrs implement the same):
// a new card rated Again, Hard or Good is learnt in short steps of minutes,
// which change stability by the short-term formula, and Good or Easy sends
// it to Review; a Review card rated Again is relearnt the same way. The
// interval sequences those implementations test are this package's tests.
//
// Memory is modelled by three numbers: stability S (days until recall
// probability falls to 90 %), difficulty D (1–10) and retrievability R, the
// probability of recall now. A rating moves S and D; the next interval is
// the time for R to fall to the desired retention.
package fsrs

import (
	"fmt"
	"math"
	"time"
)

// Rating is how well a card was recalled.
type Rating int

// The four answers of a review, numbered as the formulas use them (G).
const (
	Again Rating = 1
	Hard  Rating = 2
	Good  Rating = 3
	Easy  Rating = 4
)

// Ratings lists the four ratings in button order.
var Ratings = []Rating{Again, Hard, Good, Easy}

func (r Rating) String() string {
	switch r {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return fmt.Sprintf("Rating(%d)", int(r))
}

// ParseRating reads "again", "hard", "good" or "easy".
func ParseRating(s string) (Rating, bool) {
	for _, r := range Ratings {
		if r.String() == s {
			return r, true
		}
	}
	return 0, false
}

// State is where a card is in its life cycle.
type State int

// States. New cards have never been reviewed; Learning and Relearning cards
// go through short steps (minutes) before their first interval in days.
const (
	New State = iota
	Learning
	Review
	Relearning
)

func (s State) String() string {
	switch s {
	case New:
		return "new"
	case Learning:
		return "learning"
	case Review:
		return "review"
	case Relearning:
		return "relearning"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// ParseState reads the names String gives.
func ParseState(s string) (State, bool) {
	for st := New; st <= Relearning; st++ {
		if st.String() == s {
			return st, true
		}
	}
	return 0, false
}

// Card is the memory state of one item for one learner. The zero Card is a
// new card, due at once.
type Card struct {
	State      State
	Stability  float64 // days; 0 until the first review
	Difficulty float64 // 1–10; 0 until the first review
	Due        time.Time
	LastReview time.Time // zero until the first review
	Reps       int
	Lapses     int // times a Review card was forgotten
}

// Params are the scheduler's settings.
type Params struct {
	W                [19]float64
	DesiredRetention float64
	MaximumInterval  int // days
	// Short waits of cards still being learnt: a new card rated Again,
	// Hard or Good, and a (re)learning card rated Again or Hard. They only
	// decide when the card shows again in the session, not its memory.
	NewAgain, NewHard, NewGood, LearnAgain, LearnHard time.Duration
}

// DefaultW are the FSRS-5 default weights w0…w18.
var DefaultW = [19]float64{
	0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
	1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
}

// DefaultParams are the reference scheduler's defaults: 90 % retention,
// intervals up to 100 years, and its short waits (1, 5, 10, 5, 10 minutes).
func DefaultParams() Params {
	return Params{
		W:                DefaultW,
		DesiredRetention: 0.9,
		MaximumInterval:  36500,
		NewAgain:         time.Minute, NewHard: 5 * time.Minute, NewGood: 10 * time.Minute,
		LearnAgain: 5 * time.Minute, LearnHard: 10 * time.Minute,
	}
}

const (
	decay = -0.5
	// factor makes R(S, S) = 0.9: 0.9^(1/decay) − 1 = 19/81.
	factor        = 19.0 / 81.0
	minDifficulty = 1.0
	maxDifficulty = 10.0
	minStability  = 0.001
	day           = 24 * time.Hour
)

// Scheduler applies one Params. It holds no state of its own and is safe for
// concurrent use.
type Scheduler struct {
	p Params
}

// NewScheduler returns a scheduler with p, checked for values the formulas
// cannot use.
func NewScheduler(p Params) (*Scheduler, error) {
	if p.DesiredRetention <= 0 || p.DesiredRetention >= 1 {
		return nil, fmt.Errorf("fsrs: desired retention %v must be between 0 and 1", p.DesiredRetention)
	}
	if p.MaximumInterval < 1 {
		return nil, fmt.Errorf("fsrs: maximum interval %d must be at least 1 day", p.MaximumInterval)
	}
	for i := range 4 {
		if p.W[i] <= 0 {
			return nil, fmt.Errorf("fsrs: initial stability w%d = %v must be positive", i, p.W[i])
		}
	}
	return &Scheduler{p: p}, nil
}

// Default is a scheduler with DefaultParams.
func Default() *Scheduler {
	s, err := NewScheduler(DefaultParams())
	if err != nil {
		panic(err) // the defaults are constants
	}
	return s
}

// Retrievability is the probability that c is recalled at now:
// R(t, S) = (1 + factor·t/S)^decay, t in whole days since the last review.
func (s *Scheduler) Retrievability(c Card, now time.Time) float64 {
	if c.LastReview.IsZero() || c.Stability <= 0 {
		return 0
	}
	return forgetting(elapsedDays(c.LastReview, now), c.Stability)
}

func forgetting(t, stability float64) float64 {
	return math.Pow(1+factor*t/stability, decay)
}

// elapsedDays counts whole days, as the reference schedulers do: a review
// 23 hours after the last one is 0 days later.
func elapsedDays(last, now time.Time) float64 {
	d := now.Sub(last)
	if d < 0 {
		return 0
	}
	return math.Floor(d.Hours() / 24)
}

// Review returns c after a review rated r at now.
func (s *Scheduler) Review(c Card, r Rating, now time.Time) Card {
	if r < Again || r > Easy {
		panic(fmt.Sprintf("fsrs: invalid rating %d", r))
	}
	return s.Preview(c, now)[r]
}

// Preview gives the card each rating would produce, so the buttons can say
// when the card comes back. The four are worked out together because the
// intervals are kept in order: Hard never later than Good, Easy always
// later than Good, as in the reference schedulers.
func (s *Scheduler) Preview(c Card, now time.Time) map[Rating]Card {
	out := make(map[Rating]Card, 4)
	next := func(r Rating, st State, stab, diff float64) {
		n := c
		n.State, n.Stability, n.Difficulty = st, stab, diff
		n.Reps++
		n.LastReview = now
		out[r] = n
	}
	p := &s.p
	switch c.State {
	case New:
		for _, r := range Ratings {
			next(r, Learning, s.initialStability(r), clampD(s.initialDifficulty(r)))
		}
		s.wait(out, Again, now, p.NewAgain)
		s.wait(out, Hard, now, p.NewHard)
		s.wait(out, Good, now, p.NewGood)
		easy := out[Easy]
		easy.State = Review
		easy.Due = now.Add(s.interval(easy.Stability))
		out[Easy] = easy

	case Learning, Relearning:
		for _, r := range Ratings {
			st := c.State
			if r >= Good {
				st = Review
			}
			next(r, st, s.shortTermStability(c.Stability, r), s.nextDifficulty(c.Difficulty, r))
		}
		s.wait(out, Again, now, p.LearnAgain)
		s.wait(out, Hard, now, p.LearnHard)
		good := s.interval(out[Good].Stability)
		easy := s.capped(max(s.interval(out[Easy].Stability), good+day))
		s.wait(out, Good, now, good)
		s.wait(out, Easy, now, easy)

	case Review:
		ret := s.Retrievability(c, now)
		for _, r := range Ratings {
			st := Review
			if r == Again {
				st = Relearning
			}
			next(r, st, s.nextStability(c.Difficulty, c.Stability, ret, r), s.nextDifficulty(c.Difficulty, r))
		}
		again := out[Again]
		again.Lapses++
		out[Again] = again
		s.wait(out, Again, now, p.LearnAgain)
		hard := s.interval(out[Hard].Stability)
		good := s.interval(out[Good].Stability)
		hard = min(hard, good)
		good = s.capped(max(good, hard+day))
		easy := s.capped(max(s.interval(out[Easy].Stability), good+day))
		s.wait(out, Hard, now, hard)
		s.wait(out, Good, now, good)
		s.wait(out, Easy, now, easy)
	}
	return out
}

func (s *Scheduler) capped(d time.Duration) time.Duration {
	return min(d, time.Duration(s.p.MaximumInterval)*day)
}

func (s *Scheduler) wait(out map[Rating]Card, r Rating, now time.Time, d time.Duration) {
	c := out[r]
	c.Due = now.Add(d)
	out[r] = c
}

// S0(G) = w[G−1].
func (s *Scheduler) initialStability(r Rating) float64 {
	return math.Max(s.p.W[r-1], minStability)
}

// D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped: the mean-reversion target
// D0(Easy) is used unclamped too.
func (s *Scheduler) initialDifficulty(r Rating) float64 {
	return s.p.W[4] - math.Exp(s.p.W[5]*float64(r-1)) + 1
}

// D' = w7·D0(Easy) + (1−w7)·(D + ΔD·(10−D)/9), ΔD = −w6·(G−3): a linear
// damping that slows D near 10, then a pull back towards D0(Easy).
func (s *Scheduler) nextDifficulty(d float64, r Rating) float64 {
	w := &s.p.W
	delta := -w[6] * float64(r-3)
	damped := d + delta*(10-d)/9
	return clampD(w[7]*s.initialDifficulty(Easy) + (1-w[7])*damped)
}

// Same-day review: S' = S·e^(w17·(G−3+w18)).
func (s *Scheduler) shortTermStability(st float64, r Rating) float64 {
	w := &s.p.W
	return math.Max(st*math.Exp(w[17]*(float64(r)-3+w[18])), minStability)
}

func (s *Scheduler) nextStability(d, st, ret float64, r Rating) float64 {
	var n float64
	if r == Again {
		n = s.forgetStability(d, st, ret)
	} else {
		n = s.recallStability(d, st, ret, r)
	}
	return math.Max(n, minStability)
}

// After a lapse: S'f = w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), never more
// than S/e^(w17·w18), what a same-day Again would have left.
func (s *Scheduler) forgetStability(d, st, ret float64) float64 {
	w := &s.p.W
	long := w[11] * math.Pow(d, -w[12]) * (math.Pow(st+1, w[13]) - 1) * math.Exp((1-ret)*w[14])
	short := st / math.Exp(w[17]*w[18])
	return math.Min(long, short)
}

// After a recall: S'r = S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·
// hard penalty w15 (Hard)·easy bonus w16 (Easy)).
func (s *Scheduler) recallStability(d, st, ret float64, r Rating) float64 {
	w := &s.p.W
	bonus := 1.0
	switch r {
	case Hard:
		bonus = w[15]
	case Easy:
		bonus = w[16]
	}
	return st * (1 + math.Exp(w[8])*(11-d)*math.Pow(st, -w[9])*(math.Exp((1-ret)*w[10])-1)*bonus)
}

// interval is the whole number of days for R to fall to the desired
// retention: I = S/factor·(r^(1/decay) − 1), at least 1, at most the maximum.
func (s *Scheduler) interval(st float64) time.Duration {
	days := st / factor * (math.Pow(s.p.DesiredRetention, 1/decay) - 1)
	n := min(max(int(math.Round(days)), 1), s.p.MaximumInterval)
	return time.Duration(n) * day
}

func clampD(d float64) float64 { return math.Min(math.Max(d, minDifficulty), maxDifficulty) }
