package exam

import (
	"context"
	"strings"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
)

// PredrawAhead is how far ahead of a session's opening the forms of its
// candidates are drawn, so that a start at the bell only copies rows.
const PredrawAhead = 3 * time.Hour

// Sitting is the exam use case of one candidate's sitting and of its
// scores: start (draw and clock), save an answer, finish a section (the last
// one submits and grades), and regrade an item whose key was corrected.
// Handlers and the command line call it; the store behind SittingRepo and
// RegradeRepo persists, one transaction per call. Grading happens inside
// the store's transaction (atomic with closing the section), so the rule is
// passed in as Grade and the store only writes what it returns.
type Sitting struct {
	Attempts SittingRepo
	Regrades RegradeRepo
	Grade    Grader
	Now      func() time.Time
}

// NewSitting is a sitting service grading with GradeItem.
func NewSitting(attempts SittingRepo, regrades RegradeRepo) *Sitting {
	return &Sitting{Attempts: attempts, Regrades: regrades, Grade: GradeItem, Now: time.Now}
}

// Grader scores an objective item's response, worth points in this exam.
type Grader func(it *bank.Item, resp bank.Response, worth float64) bank.Score

// SittingRepo keeps attempts. Every method checks the attempt belongs to
// userID and applies the attempt's clock at t.
type SittingRepo interface {
	StartAttempt(ctx context.Context, sessionID, userID int64, accessCode string, at time.Time) (int64, error)
	SaveAnswer(ctx context.Context, attemptID, userID int64, pos int, rev int64, resp bank.Response, t time.Time) (Saved, error)
	FinishSectionPending(ctx context.Context, attemptID, userID int64, idx int, p Pending, t time.Time, grade Grader) error
}

// RegradeRepo regrades every submitted response to an item with its current
// version; dryRun rolls the work back and returns what it would change.
type RegradeRepo interface {
	RegradeItem(ctx context.Context, itemID string, dryRun bool, by *int64, t time.Time, grade Grader) ([]RegradeChange, error)
}

// Saved is the server's acknowledgement of a save. Applied is false for a
// stale revision: a newer answer is already stored (Rev).
type Saved struct {
	Applied bool      `json:"applied"`
	Rev     int64     `json:"rev"`
	SavedAt time.Time `json:"saved_at"`
}

// RegradeChange is what a regrade does to one attempt's item.
type RegradeChange struct {
	AttemptID   int64
	Code        string
	SessionID   int64
	Pos         int
	FromVersion int
	ToVersion   int
	Before      float64
	After       float64
	Max         float64
	OldAverage  *float64
	NewAverage  *float64
	OldLevel    *int
	NewLevel    *int
}

func (s *Sitting) at(t time.Time) time.Time {
	if t.IsZero() {
		return s.Now()
	}
	return t
}

// StartInput is a candidate's request to start a session.
type StartInput struct {
	SessionID  int64
	UserID     int64
	AccessCode string
	At         time.Time // zero: now
}

// Start begins (or resumes) the candidate's attempt and returns its id:
// the form is drawn, or taken from the session's pre-drawn forms, and the
// first section's clock is set when the candidate opens it.
func (s *Sitting) Start(ctx context.Context, in StartInput) (int64, error) {
	if in.SessionID <= 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "exam session not found"}
	}
	return s.Attempts.StartAttempt(ctx, in.SessionID, in.UserID, in.AccessCode, s.at(in.At))
}

// AnswerInput is one autosave.
type AnswerInput struct {
	AttemptID int64
	UserID    int64
	Pos       int
	Rev       int64
	Response  bank.Response
	At        time.Time // when the request arrived; zero: now
}

// Save stores an answer if its revision is newer and its section still
// takes answers; it returns once the answer is on disk.
func (s *Sitting) Save(ctx context.Context, in AnswerInput) (Saved, error) {
	if in.Pos < 0 {
		return Saved{}, &apperr.Error{Code: apperr.Invalid, Field: "pos", Key: "error.bad_request", Message: "pos must not be negative"}
	}
	return s.Attempts.SaveAnswer(ctx, in.AttemptID, in.UserID, in.Pos, in.Rev, in.Response, s.at(in.At))
}

// FinishInput is the candidate finishing a section before its deadline,
// with the saves their page still had on the way.
type FinishInput struct {
	AttemptID int64
	UserID    int64
	Section   int
	Pending   Pending
	At        time.Time // zero: now
}

// FinishSection closes the section; finishing the last one submits the
// attempt, which grades every objective item with s.Grade and sends the
// rated ones to the grading queue. Finishing twice is not an error.
func (s *Sitting) FinishSection(ctx context.Context, in FinishInput) error {
	if in.Section < 0 {
		return &apperr.Error{Code: apperr.Invalid, Field: "idx", Key: "error.bad_request", Message: "section must not be negative"}
	}
	return s.Attempts.FinishSectionPending(ctx, in.AttemptID, in.UserID, in.Section, in.Pending, s.at(in.At), s.Grade)
}

// RegradeInput names the item whose key was corrected.
type RegradeInput struct {
	ItemID string
	DryRun bool
	By     *int64 // nil: the command line (the log says "system")
	At     time.Time
}

// Regrade grades every submitted response to the item again with its
// current version and recomputes the results it touches.
func (s *Sitting) Regrade(ctx context.Context, in RegradeInput) ([]RegradeChange, error) {
	id := strings.TrimSpace(in.ItemID)
	if id == "" {
		return nil, &apperr.Error{Code: apperr.Invalid, Field: "item", Key: "error.bad_request", Message: "which item? an item id is required"}
	}
	return s.Regrades.RegradeItem(ctx, id, in.DryRun, in.By, s.at(in.At), s.Grade)
}

// Outcome is what submission makes of one item of a form: a score now
// (objective items, graded by the Grader), or a script for the raters
// (Script is its status), final at once when the answer is blank.
type Outcome struct {
	Score  bank.Score
	Script string   // "" for a graded item; ScriptRating or ScriptFinal
	Final  *float64 // a blank rated answer: 0 without a rater
}

// AtSubmission decides one item's outcome at submission: manual items are
// rated by people, unless blank (nothing written, no recording uploaded);
// every other item is graded now with grade.
func AtSubmission(it *bank.Item, manual bool, resp bank.Response, recorded bool, worth float64, grade Grader) Outcome {
	if !manual {
		return Outcome{Score: grade(it, resp, worth)}
	}
	if Empty(it.Type, resp, recorded) {
		zero := 0.0
		return Outcome{Script: ScriptFinal, Final: &zero}
	}
	return Outcome{Script: ScriptRating}
}
