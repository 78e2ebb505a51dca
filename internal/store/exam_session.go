package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/scoring"
)

// Exam code works in milliseconds since the epoch (see 00003_exam.sql).
func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time { return time.UnixMilli(v).UTC() }

func fromMSp(v *int64) time.Time {
	if v == nil {
		return time.Time{}
	}
	return fromMS(*v)
}

func examErr(code, key, format string, args ...any) *apperr.Error {
	return &apperr.Error{Code: code, Key: key, Message: fmt.Sprintf(format, args...)}
}

// ---------------------------------------------------------------- sessions

// ExamSession is a scheduled sitting of a blueprint.
type ExamSession struct {
	ID               int64   `db:"id"`
	Title            string  `db:"title"`
	BlueprintID      string  `db:"blueprint_id"`
	BlueprintVersion int     `db:"blueprint_version"`
	BlueprintJSON    string  `db:"blueprint"`
	CohortID         *int64  `db:"cohort_id"`
	CohortName       *string `db:"cohort_name"`
	OpensMS          int64   `db:"opens_at"`
	ClosesMS         int64   `db:"closes_at"`
	AccessCode       string  `db:"access_code"`
	Gap              float64 `db:"gap"`
	GraceMS          int64   `db:"grace_ms"`
	CreatedBy        *int64  `db:"created_by"`
	CreatedMS        int64   `db:"created_at"`
}

// Opens is when candidates may start.
func (s *ExamSession) Opens() time.Time { return fromMS(s.OpensMS) }

// Closes is when candidates may no longer start.
func (s *ExamSession) Closes() time.Time { return fromMS(s.ClosesMS) }

// Grace is how long a closed section still takes saves in flight.
func (s *ExamSession) Grace() time.Duration { return time.Duration(s.GraceMS) * time.Millisecond }

// Blueprint decodes the blueprint as it was when the session was scheduled.
func (s *ExamSession) Blueprint() (*bank.Blueprint, error) {
	var bp bank.Blueprint
	if err := json.Unmarshal([]byte(s.BlueprintJSON), &bp); err != nil {
		return nil, fmt.Errorf("session %d blueprint: %w", s.ID, err)
	}
	return &bp, nil
}

// HardEnd is when an attempt still running can no longer open a section: a
// candidate who starts just before the close still has the whole exam's time.
func (s *ExamSession) HardEnd() time.Time {
	minutes, err := blueprintMinutes(s)
	if err != nil {
		return s.Closes()
	}
	return exam.HardEnd(s.Closes(), minutes)
}

// minutesOf keeps the length of the blueprints seen, by their JSON: every
// exam page and clock poll asks for the hard end, and decoding the whole
// blueprint for one sum was ~20 KB of garbage a page. A few blueprints
// exist; past 64 the map starts again.
var minutesOf = struct {
	sync.RWMutex
	m map[string]int
}{m: map[string]int{}}

func blueprintMinutes(s *ExamSession) (int, error) {
	minutesOf.RLock()
	n, ok := minutesOf.m[s.BlueprintJSON]
	minutesOf.RUnlock()
	if ok {
		return n, nil
	}
	bp, err := s.Blueprint()
	if err != nil {
		return 0, err
	}
	n = bp.Minutes()
	minutesOf.Lock()
	if len(minutesOf.m) >= 64 {
		minutesOf.m = map[string]int{}
	}
	minutesOf.m[s.BlueprintJSON] = n
	minutesOf.Unlock()
	return n, nil
}

// OpenAt reports whether candidates may start at t (exam.StartOpen).
func (s *ExamSession) OpenAt(t time.Time) bool {
	return exam.StartOpen(s.Opens(), s.Closes(), t)
}

const sessionSelect = `SELECT s.id, s.title, s.blueprint_id, s.blueprint_version, s.blueprint, s.cohort_id,
	h.name AS cohort_name, s.opens_at, s.closes_at, s.access_code, s.gap, s.grace_ms, s.created_by, s.created_at
	FROM exam_sessions s LEFT JOIN cohorts h ON h.id = s.cohort_id`

// NewExamSession is what an instructor schedules.
type NewExamSession struct {
	Title        string
	BlueprintID  string
	CohortID     *int64
	CandidateIDs []int64
	Opens        time.Time
	Closes       time.Time
	AccessCode   string
	Gap          float64       // 0: scoring.DefaultGap
	Grace        time.Duration // 0: exam.DefaultGrace
	By           *int64
}

// CreateExamSession schedules a session. It copies the blueprint in and
// draws one trial form, so a blueprint the banks cannot fill is refused now
// rather than when the first candidate starts.
func (s *Exams) CreateExamSession(ctx context.Context, n NewExamSession, at time.Time) (int64, error) {
	if strings.TrimSpace(n.Title) == "" {
		return 0, &apperr.Error{Code: apperr.Invalid, Field: "title", Key: "exam.err.title", Message: "a session needs a title"}
	}
	if !n.Closes.After(n.Opens) {
		return 0, &apperr.Error{Code: apperr.Invalid, Field: "closes", Key: "exam.err.window", Message: "the session must close after it opens"}
	}
	if n.CohortID == nil && len(n.CandidateIDs) == 0 {
		return 0, &apperr.Error{Code: apperr.Invalid, Field: "cohort", Key: "exam.err.who", Message: "choose a cohort or candidates"}
	}
	if n.Gap == 0 {
		n.Gap = scoring.DefaultGap
	}
	if n.Gap < 0.5 || n.Gap > 10 {
		return 0, &apperr.Error{Code: apperr.Invalid, Field: "gap", Key: "exam.err.gap", Message: "the rater gap must be 0.5–10"}
	}
	if n.Grace == 0 {
		n.Grace = exam.DefaultGrace
	}
	// The trial draw uses the decoded pool kept for starts, read before the
	// write lock; decoding the whole bank inside it would stall every
	// exam running meanwhile.
	cached, err := s.currentPool(ctx)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		var doc struct {
			Content string `db:"content"`
			Version int    `db:"version"`
		}
		err := tx.GetContext(ctx, &doc, `SELECT content, version FROM bank_documents WHERE kind = 'blueprint' AND doc_id = ?
			ORDER BY version DESC LIMIT 1`, n.BlueprintID)
		if noRows(err) {
			return &apperr.Error{Code: apperr.Invalid, Field: "blueprint", Key: "exam.err.blueprint", Message: "no blueprint " + n.BlueprintID}
		}
		if err != nil {
			return fmt.Errorf("blueprint %s: %w", n.BlueprintID, err)
		}
		var bp bank.Blueprint
		if err := json.Unmarshal([]byte(doc.Content), &bp); err != nil {
			return fmt.Errorf("blueprint %s: %w", n.BlueprintID, err)
		}
		rev, err := bankRevision(ctx, tx)
		if err != nil {
			return err
		}
		pool := cached.items
		if rev != cached.rev { // an import landed in between
			if pool, err = examPool(ctx, tx); err != nil {
				return err
			}
		}
		if _, err := exam.Draw(&bp, pool, nil, 1); err != nil {
			var se *exam.ShortError
			if errors.As(err, &se) {
				return &apperr.Error{Code: apperr.Invalid, Field: "blueprint", Key: "exam.err.short",
					Args: map[string]any{"Part": se.Part, "Want": se.Want, "Have": se.Have}, Message: se.Error()}
			}
			return err
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO exam_sessions (title, blueprint_id, blueprint_version, blueprint, cohort_id,
			opens_at, closes_at, access_code, gap, grace_ms, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			strings.TrimSpace(n.Title), n.BlueprintID, doc.Version, doc.Content, n.CohortID, ms(n.Opens), ms(n.Closes),
			strings.TrimSpace(n.AccessCode), n.Gap, n.Grace.Milliseconds(), n.By, ms(at))
		if err != nil {
			return fmt.Errorf("create session: %w", err)
		}
		if id, err = r.LastInsertId(); err != nil {
			return err
		}
		for _, c := range n.CandidateIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO exam_session_candidates (session_id, candidate_id) VALUES (?, ?)
				ON CONFLICT DO NOTHING`, id, c); err != nil {
				return fmt.Errorf("session candidate %d: %w", c, err)
			}
		}
		return audit(ctx, tx, n.By, "schedule", "exam_session", id, n.BlueprintID)
	})
	return id, err
}

// ExamSession finds a session.
func (s *Exams) ExamSession(ctx context.Context, id int64) (*ExamSession, error) {
	return examSession(ctx, s.db, id)
}

// examSession finds a session; other aggregates (attempts, measures) read
// sessions through it rather than through Exams.
func examSession(ctx context.Context, q sqlx.QueryerContext, id int64) (*ExamSession, error) {
	var es ExamSession
	err := sqlx.GetContext(ctx, q, &es, sessionSelect+` WHERE s.id = ?`, id)
	if noRows(err) {
		return nil, notFound("exam session")
	}
	if err != nil {
		return nil, fmt.Errorf("exam session %d: %w", id, err)
	}
	return &es, nil
}

// SessionSummary is a session with counts, for the instructors' list.
type SessionSummary struct {
	ExamSession
	Started   int `db:"started"`
	Submitted int `db:"submitted"`
	Scored    int `db:"scored"`
	Released  int `db:"released"`
}

// ExamSessions lists every session, newest first.
func (s *Exams) ExamSessions(ctx context.Context) ([]SessionSummary, error) {
	var out []SessionSummary
	err := s.db.SelectContext(ctx, &out, `SELECT s.id, s.title, s.blueprint_id, s.blueprint_version, s.blueprint, s.cohort_id,
		h.name AS cohort_name, s.opens_at, s.closes_at, s.access_code, s.gap, s.grace_ms, s.created_by, s.created_at,
		(SELECT count(*) FROM exam_attempts a WHERE a.session_id = s.id) AS started,
		(SELECT count(*) FROM exam_attempts a WHERE a.session_id = s.id AND a.status <> 'in_progress') AS submitted,
		(SELECT count(*) FROM exam_attempts a WHERE a.session_id = s.id AND a.status = 'scored') AS scored,
		(SELECT count(*) FROM exam_attempts a WHERE a.session_id = s.id AND a.released_at IS NOT NULL) AS released
		FROM exam_sessions s LEFT JOIN cohorts h ON h.id = s.cohort_id ORDER BY s.opens_at DESC, s.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("exam sessions: %w", err)
	}
	return out, nil
}

// Blueprints lists the ids of the blueprints imported from the banks.
func (s *Exams) Blueprints(ctx context.Context) ([]string, error) {
	var ids []string
	if err := s.db.SelectContext(ctx, &ids, `SELECT DISTINCT doc_id FROM bank_documents WHERE kind = 'blueprint' ORDER BY doc_id`); err != nil {
		return nil, fmt.Errorf("blueprints: %w", err)
	}
	return ids, nil
}

// CandidateIDsByUsername resolves candidate logins, for a session named
// candidate by candidate. Unknown names are returned, not ignored.
func (s *Exams) CandidateIDsByUsername(ctx context.Context, usernames []string) (ids []int64, unknown []string, err error) {
	for _, u := range usernames {
		var id int64
		err := s.db.GetContext(ctx, &id, `SELECT c.id FROM candidates c JOIN users u ON u.id = c.user_id WHERE u.username = ?`, u)
		if noRows(err) {
			unknown = append(unknown, u)
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("candidate %s: %w", u, err)
		}
		ids = append(ids, id)
	}
	return ids, unknown, nil
}

// CandidateSession is a session a candidate may sit, with their attempt.
type CandidateSession struct {
	ExamSession
	AttemptID *int64  `db:"attempt_id"`
	Status    *string `db:"status"`
	Released  *int64  `db:"released_at"`
}

// CandidateExamSessions lists the sessions open to the candidate signed in
// as userID: named in the session, or in its cohort.
func (s *Exams) CandidateExamSessions(ctx context.Context, userID int64) ([]CandidateSession, error) {
	var out []CandidateSession
	err := s.db.SelectContext(ctx, &out, `SELECT s.id, s.title, s.blueprint_id, s.blueprint_version, s.blueprint, s.cohort_id,
		h.name AS cohort_name, s.opens_at, s.closes_at, s.access_code, s.gap, s.grace_ms, s.created_by, s.created_at,
		a.id AS attempt_id, a.status, a.released_at
		FROM exam_sessions s
		JOIN candidates c ON c.user_id = ?
		LEFT JOIN cohorts h ON h.id = s.cohort_id
		LEFT JOIN exam_attempts a ON a.session_id = s.id AND a.candidate_id = c.id
		WHERE s.cohort_id = c.cohort_id
		   OR EXISTS (SELECT 1 FROM exam_session_candidates x WHERE x.session_id = s.id AND x.candidate_id = c.id)
		ORDER BY s.opens_at DESC, s.id DESC`, userID)
	if err != nil {
		return nil, fmt.Errorf("sessions of user %d: %w", userID, err)
	}
	return out, nil
}

// CloseOverdue brings every running attempt of the session (0: of every
// session) up to date without opening sections: what an instructor's screen
// does before showing progress, so an abandoned attempt is submitted once
// the session's hard end has passed.
func (s *Exams) CloseOverdue(ctx context.Context, sessionID int64, t time.Time) error {
	var ids []int64
	q := `SELECT id FROM exam_attempts WHERE status = 'in_progress'`
	var args []any
	if sessionID != 0 {
		q += ` AND session_id = ?`
		args = append(args, sessionID)
	}
	if err := s.db.SelectContext(ctx, &ids, q, args...); err != nil {
		return fmt.Errorf("running attempts: %w", err)
	}
	for _, id := range ids {
		err := s.tx(ctx, func(tx *sqlx.Tx) error {
			a, err := attemptByID(ctx, tx, id)
			if err != nil {
				return err
			}
			es, err := sessionTx(ctx, tx, a.SessionID)
			if err != nil {
				return err
			}
			_, _, err = advance(ctx, tx, a, es, t, false, exam.GradeItem)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// SessionAttempt is one line of the instructor's session screen.
type SessionAttempt struct {
	Attempt
	NameLatin string         `db:"name_latin"`
	NameLo    string         `db:"name_lo"`
	Username  *string        `db:"username"`
	Sections  []exam.Section `db:"-"`
	Current   int            `db:"-"`
	Result    *ResultRow     `db:"-"`
	Pending   int            `db:"pending"` // scripts not yet final
}

// SessionAttempts lists who has started a session, where they are and when
// they last saved, after closing what is overdue at t.
func (s *Exams) SessionAttempts(ctx context.Context, sessionID int64, t time.Time) ([]SessionAttempt, error) {
	if err := s.CloseOverdue(ctx, sessionID, t); err != nil {
		return nil, err
	}
	var out []SessionAttempt
	err := s.db.SelectContext(ctx, &out, `SELECT a.id, a.session_id, a.candidate_id, a.code, a.seed, a.status, a.started_at,
		a.submitted_at, a.last_save_at, a.saves, a.released_at, c.name_latin, c.name_lo, u.username,
		(SELECT count(*) FROM exam_scripts sc WHERE sc.attempt_id = a.id AND sc.status <> 'final') AS pending
		FROM exam_attempts a JOIN candidates c ON c.id = a.candidate_id LEFT JOIN users u ON u.id = c.user_id
		WHERE a.session_id = ? ORDER BY c.name_latin, a.id`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("attempts of session %d: %w", sessionID, err)
	}
	for i := range out {
		a := &out[i]
		if a.Sections, err = sectionsOf(ctx, s.db, a.ID); err != nil {
			return nil, err
		}
		a.Current = exam.Advance(a.Sections, t, false, 0).Current
		var r ResultRow
		err := s.db.GetContext(ctx, &r, `SELECT * FROM exam_results WHERE attempt_id = ?`, a.ID)
		if err == nil {
			a.Result = &r
		} else if !noRows(err) {
			return nil, fmt.Errorf("result: %w", err)
		}
	}
	return out, nil
}

// SessionEligible counts the candidates who may sit a session: its class
// and those named in it.
func (s *Exams) SessionEligible(ctx context.Context, sessionID int64) (int, error) {
	var n int
	err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM candidates c JOIN exam_sessions s ON s.id = ?
		WHERE c.cohort_id = s.cohort_id
		   OR EXISTS (SELECT 1 FROM exam_session_candidates x WHERE x.session_id = s.id AND x.candidate_id = c.id)`, sessionID)
	if err != nil {
		return 0, fmt.Errorf("eligible for session %d: %w", sessionID, err)
	}
	return n, nil
}

// ExtendSection moves the deadline of the section a candidate is in by d
// (an instructor's decision after a power cut; negative shortens), and
// writes who did it to the audit log.
func (s *Exams) ExtendSection(ctx context.Context, attemptID int64, d time.Duration, by *int64, t time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptByID(ctx, tx, attemptID)
		if err != nil {
			return err
		}
		if a.Status != AttemptInProgress {
			return examErr(apperr.Conflict, "exam.err.not_running", "attempt %d is not running", attemptID)
		}
		secs, err := sectionsOf(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		st := exam.Advance(secs, t, false, 0)
		if st.Current >= len(secs) || secs[st.Current].Started.IsZero() {
			return examErr(apperr.Conflict, "exam.err.not_running", "attempt %d has no section running", attemptID)
		}
		nd := secs[st.Current].Deadline.Add(d)
		if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET deadline = ? WHERE attempt_id = ? AND idx = ?`, ms(nd), a.ID, st.Current); err != nil {
			return fmt.Errorf("extend: %w", err)
		}
		return audit(ctx, tx, by, "extend_section", "exam_attempt", a.ID, fmt.Sprintf("section %d deadline %+ds", st.Current, int(d.Seconds())))
	})
}
