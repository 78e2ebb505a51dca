package exam

import "time"

// DefaultGrace is how long after a section closes a save already on its way
// still counts: the last keystrokes before the bell travel over a slow link.
const DefaultGrace = 10 * time.Second

// Section is the clock of one section of an attempt. A zero Started means
// the candidate has not reached it; a zero Closed means it was not finished
// early.
type Section struct {
	Index    int
	Skill    string
	Minutes  int
	MaxPlays int
	MaxTakes int
	Started  time.Time
	Deadline time.Time
	Closed   time.Time
}

// ClosesAt is when the section stops taking answers: when the candidate
// finished it, or its deadline.
func (s Section) ClosesAt() time.Time {
	if !s.Closed.IsZero() && s.Closed.Before(s.Deadline) {
		return s.Closed
	}
	return s.Deadline
}

// OpenAt reports whether the candidate may work in the section at t.
func (s Section) OpenAt(t time.Time) bool {
	return !s.Started.IsZero() && t.Before(s.ClosesAt())
}

// DoneAt reports whether the section is over at t.
func (s Section) DoneAt(t time.Time) bool {
	return !s.Started.IsZero() && !t.Before(s.ClosesAt())
}

// AcceptsAt reports whether a save that reaches the server at t counts:
// the section has begun and closed no more than grace ago.
func (s Section) AcceptsAt(t time.Time, grace time.Duration) bool {
	return !s.Started.IsZero() && !t.After(s.ClosesAt().Add(grace))
}

// Start opens the section at t. Its deadline is fixed then, on the server:
// the browser only shows it.
func (s *Section) Start(t time.Time) {
	s.Started = t
	s.Deadline = t.Add(time.Duration(s.Minutes) * time.Minute)
}

// Step is what the clock says to do with an attempt at a moment.
type Step struct {
	Current int   // the section the candidate is in, or len(sections) when all are over
	Open    bool  // Current must be started now
	Close   []int // sections found past their deadline, to mark closed
	Done    bool  // every section is over and no save can still arrive: submit
}

// Advance works out, at t, which sections are over and which one the
// candidate is in. Sections open one after another when the candidate
// reaches them (open=true: a candidate's own request), so a break between
// sections costs no time; others (an instructor's screen) only close what
// is past its time. After the last section times out, the attempt is done
// once the grace for saves in flight has passed; a candidate who finished
// the last section early has sent everything first, so that is done at once.
func Advance(secs []Section, t time.Time, open bool, grace time.Duration) Step {
	var st Step
	for i, s := range secs {
		switch {
		case s.Started.IsZero():
			st.Current = i
			st.Open = open
			return st
		case s.DoneAt(t):
			if s.Closed.IsZero() {
				st.Close = append(st.Close, i)
			}
		default:
			st.Current = i
			return st
		}
	}
	st.Current = len(secs)
	if len(secs) == 0 {
		st.Done = true
		return st
	}
	last := secs[len(secs)-1]
	early := !last.Closed.IsZero() && last.Closed.Before(last.Deadline)
	st.Done = early || !t.Before(last.ClosesAt().Add(grace))
	return st
}

// StartOpen reports whether a candidate may start a session scheduled from
// opens until closes at t: from the opening instant, and not at the close.
func StartOpen(opens, closes, t time.Time) bool {
	return !t.Before(opens) && t.Before(closes)
}

// HardEnd is when an attempt of a session closing at closes can no longer
// open a section: a candidate who starts just before the close still has
// the whole exam's minutes.
func HardEnd(closes time.Time, minutes int) time.Time {
	return closes.Add(time.Duration(minutes) * time.Minute)
}
