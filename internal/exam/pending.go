package exam

import "time"

// Pending is what the exam page still had on its way to the server when
// the candidate finished a section early: the revision of each answer and
// the take of each recording not yet acknowledged. The grace after a close
// exists for deadlines and for saves in flight; a candidate who closed a
// section must not keep answering it, so after an early finish only these
// saves count.
type Pending struct {
	Answers map[int]int64 `json:"answers,omitempty"`
	Takes   map[int]int   `json:"takes,omitempty"`
}

// FinishedEarly reports whether the candidate closed the section before its
// deadline.
func (s Section) FinishedEarly() bool {
	return !s.Closed.IsZero() && s.Closed.Before(s.Deadline)
}

// AcceptsAnswer reports whether a save of revision rev of item pos that
// reaches the server at t counts: within the grace after the close, and,
// after an early finish, only a revision the page declared in flight.
func (s Section) AcceptsAnswer(t time.Time, grace time.Duration, p Pending, pos int, rev int64) bool {
	if !s.AcceptsAt(t, grace) {
		return false
	}
	if s.FinishedEarly() && t.After(s.Closed) {
		return rev <= p.Answers[pos]
	}
	return true
}

// AcceptsTake is AcceptsAnswer for the upload of a recording's take.
func (s Section) AcceptsTake(t time.Time, grace time.Duration, p Pending, pos, take int) bool {
	if !s.AcceptsAt(t, grace) {
		return false
	}
	if s.FinishedEarly() && t.After(s.Closed) {
		return take <= p.Takes[pos]
	}
	return true
}

// MaxTakeResumes bounds how often a take begun but never uploaded is given
// back after a reload: enough for a crash or two, not a way to hear the
// preparation countdown again and again.
const MaxTakeResumes = 3

// TakeState is what the server knows of a spoken answer's takes.
type TakeState struct {
	Takes    int  // takes begun
	Uploaded bool // the latest take begun has its audio
	Resumes  int  // takes given back so far
}

// Interrupted reports whether the latest take was begun and received no
// audio: a reload or crash during the countdown or the recording.
func (t TakeState) Interrupted() bool { return t.Takes > 0 && !t.Uploaded }

// CanResume reports whether starting again should reuse the interrupted
// take instead of spending a new one.
func (t TakeState) CanResume() bool { return t.Interrupted() && t.Resumes < MaxTakeResumes }
