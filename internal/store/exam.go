package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
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
	bp, err := s.Blueprint()
	if err != nil {
		return s.Closes()
	}
	return s.Closes().Add(time.Duration(bp.Minutes()) * time.Minute)
}

// OpenAt reports whether candidates may start at t.
func (s *ExamSession) OpenAt(t time.Time) bool {
	return !t.Before(s.Opens()) && t.Before(s.Closes())
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
func (s *Store) CreateExamSession(ctx context.Context, n NewExamSession, at time.Time) (int64, error) {
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
func (s *Store) ExamSession(ctx context.Context, id int64) (*ExamSession, error) {
	var es ExamSession
	err := s.db.GetContext(ctx, &es, sessionSelect+` WHERE s.id = ?`, id)
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
func (s *Store) ExamSessions(ctx context.Context) ([]SessionSummary, error) {
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
func (s *Store) Blueprints(ctx context.Context) ([]string, error) {
	var ids []string
	if err := s.db.SelectContext(ctx, &ids, `SELECT DISTINCT doc_id FROM bank_documents WHERE kind = 'blueprint' ORDER BY doc_id`); err != nil {
		return nil, fmt.Errorf("blueprints: %w", err)
	}
	return ids, nil
}

// CandidateIDsByUsername resolves candidate logins, for a session named
// candidate by candidate. Unknown names are returned, not ignored.
func (s *Store) CandidateIDsByUsername(ctx context.Context, usernames []string) (ids []int64, unknown []string, err error) {
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
func (s *Store) CandidateExamSessions(ctx context.Context, userID int64) ([]CandidateSession, error) {
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

// ---------------------------------------------------------------- attempts

// Attempt is one candidate's sitting of a session.
type Attempt struct {
	ID          int64  `db:"id"`
	SessionID   int64  `db:"session_id"`
	CandidateID int64  `db:"candidate_id"`
	Code        string `db:"code"`
	Seed        int64  `db:"seed"`
	Status      string `db:"status"`
	StartedMS   int64  `db:"started_at"`
	SubmittedMS *int64 `db:"submitted_at"`
	LastSaveMS  *int64 `db:"last_save_at"`
	Saves       int    `db:"saves"`
	ReleasedMS  *int64 `db:"released_at"`
}

// Attempt statuses.
const (
	AttemptInProgress = "in_progress"
	AttemptSubmitted  = "submitted"
	AttemptScored     = "scored"
)

const attemptSelect = `SELECT a.id, a.session_id, a.candidate_id, a.code, a.seed, a.status, a.started_at,
	a.submitted_at, a.last_save_at, a.saves, a.released_at FROM exam_attempts a`

// attemptOf loads an attempt only if it belongs to the candidate signed in
// as userID: someone else's attempt is "not found", never "forbidden", so
// ids cannot be probed.
func attemptOf(ctx context.Context, q sqlx.QueryerContext, attemptID, userID int64) (*Attempt, error) {
	var a Attempt
	err := sqlx.GetContext(ctx, q, &a, attemptSelect+`
		JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ? AND c.user_id = ?`, attemptID, userID)
	if noRows(err) {
		return nil, notFound("attempt")
	}
	if err != nil {
		return nil, fmt.Errorf("attempt %d: %w", attemptID, err)
	}
	return &a, nil
}

func attemptByID(ctx context.Context, q sqlx.QueryerContext, attemptID int64) (*Attempt, error) {
	var a Attempt
	err := sqlx.GetContext(ctx, q, &a, attemptSelect+` WHERE a.id = ?`, attemptID)
	if noRows(err) {
		return nil, notFound("attempt")
	}
	if err != nil {
		return nil, fmt.Errorf("attempt %d: %w", attemptID, err)
	}
	return &a, nil
}

func sessionTx(ctx context.Context, tx *sqlx.Tx, id int64) (*ExamSession, error) {
	var es ExamSession
	err := tx.GetContext(ctx, &es, sessionSelect+` WHERE s.id = ?`, id)
	if noRows(err) {
		return nil, notFound("exam session")
	}
	if err != nil {
		return nil, fmt.Errorf("exam session %d: %w", id, err)
	}
	return &es, nil
}

// examPool is every current, unretired item the draw may take.
func examPool(ctx context.Context, tx *sqlx.Tx) ([]exam.PoolItem, error) {
	var rows []struct {
		ItemVersion
		Bank string `db:"bank"`
	}
	err := tx.SelectContext(ctx, &rows, `SELECT v.id, v.item_id, v.version, v.skill, v.level, v.type, v.topics,
		v.group_version_id, v.content, v.content_hash, v.author, v.created_at, 0 AS used, 1 AS current, i.retired, i.bank
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		WHERE i.retired = 0 ORDER BY v.item_id`)
	if err != nil {
		return nil, fmt.Errorf("exam pool: %w", err)
	}
	pool := make([]exam.PoolItem, 0, len(rows))
	for _, r := range rows {
		it, _, err := r.Item()
		if err != nil {
			return nil, err
		}
		pool = append(pool, exam.PoolItem{VersionID: r.ID, ItemID: r.ItemID, Bank: r.Bank, Skill: r.Skill, Type: r.Type,
			Level: r.Level, Topics: r.Topics(), Group: it.Group, Points: it.MaxPoints(), Context: it.Context})
	}
	return pool, nil
}

func versionTx(ctx context.Context, tx *sqlx.Tx, id int64) (*ItemVersion, error) {
	var v ItemVersion
	err := tx.GetContext(ctx, &v, itemVersionSelect+` WHERE v.id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("item version %d: %w", id, err)
	}
	return &v, nil
}

type sectionRow struct {
	Idx       int    `db:"idx"`
	Skill     string `db:"skill"`
	Minutes   int    `db:"minutes"`
	MaxPlays  int    `db:"max_plays"`
	MaxTakes  int    `db:"max_takes"`
	StartedMS *int64 `db:"started_at"`
	Deadline  *int64 `db:"deadline"`
	ClosedMS  *int64 `db:"closed_at"`
}

func sectionsOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64) ([]exam.Section, error) {
	var rows []sectionRow
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT idx, skill, minutes, max_plays, max_takes, started_at, deadline, closed_at
		FROM exam_sections WHERE attempt_id = ? ORDER BY idx`, attemptID); err != nil {
		return nil, fmt.Errorf("sections of attempt %d: %w", attemptID, err)
	}
	out := make([]exam.Section, len(rows))
	for i, r := range rows {
		out[i] = exam.Section{Index: r.Idx, Skill: r.Skill, Minutes: r.Minutes, MaxPlays: r.MaxPlays, MaxTakes: r.MaxTakes,
			Started: fromMSp(r.StartedMS), Deadline: fromMSp(r.Deadline), Closed: fromMSp(r.ClosedMS)}
	}
	return out, nil
}

// advance brings an in-progress attempt up to date at t: closes sections
// past their deadline, opens the next one if the candidate asks (open) and
// the session's hard end has not passed, and submits the attempt when every
// section is over (or, past the hard end, when none is running).
func (s *Store) advance(ctx context.Context, tx *sqlx.Tx, a *Attempt, es *ExamSession, t time.Time, open bool) ([]exam.Section, exam.Step, error) {
	secs, err := sectionsOf(ctx, tx, a.ID)
	if err != nil {
		return nil, exam.Step{}, err
	}
	if a.Status != AttemptInProgress {
		return secs, exam.Step{Current: len(secs), Done: true}, nil
	}
	late := !t.Before(es.HardEnd())
	st := exam.Advance(secs, t, open && !late, es.Grace())
	for _, i := range st.Close {
		secs[i].Closed = secs[i].Deadline
		if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET closed_at = deadline WHERE attempt_id = ? AND idx = ? AND closed_at IS NULL`,
			a.ID, i); err != nil {
			return nil, st, fmt.Errorf("close section: %w", err)
		}
	}
	if st.Open {
		secs[st.Current].Start(t)
		if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET started_at = ?, deadline = ? WHERE attempt_id = ? AND idx = ?`,
			ms(t), ms(secs[st.Current].Deadline), a.ID, st.Current); err != nil {
			return nil, st, fmt.Errorf("open section: %w", err)
		}
		st.Open = false
	}
	abandoned := late && (st.Current == len(secs) || secs[st.Current].Started.IsZero())
	if st.Done || abandoned {
		if err := submitAttempt(ctx, tx, a, es, t); err != nil {
			return nil, st, err
		}
		st.Done, st.Current = true, len(secs)
	}
	return secs, st, nil
}

// FormEntry is one item of an attempt's form, decoded.
type FormEntry struct {
	Pos       int     `db:"pos"`
	Section   int     `db:"section_idx"`
	Part      string  `db:"part_id"`
	ItemID    string  `db:"item_id"`
	VersionID int64   `db:"version_id"`
	Points    float64 `db:"points"`
	Manual    bool    `db:"manual"`
	LayoutRaw string  `db:"layout"`
	Content   string  `db:"content"`
	GroupVer  *int64  `db:"group_version_id"`

	Layout exam.Layout `db:"-"`
	Item   *bank.Item  `db:"-"`
	Group  *bank.Group `db:"-"`
	// Media maps the media keys the item and its group show to the SHA-256
	// of the exact bytes this version was given with.
	Media map[string]string `db:"-"`
}

// AudioKey is the recording the item plays: its own, else its passage's.
func (e *FormEntry) AudioKey() string {
	if e.Item.Audio != "" {
		return e.Item.Audio
	}
	if e.Group != nil {
		return e.Group.Audio
	}
	return ""
}

// Answer is the stored response to one item.
type Answer struct {
	Pos      int           `db:"pos"`
	Rev      int64         `db:"rev"`
	Raw      string        `db:"response"`
	SavedMS  int64         `db:"saved_at"`
	Response bank.Response `db:"-"`
}

func answersOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64) (map[int]Answer, error) {
	var rows []Answer
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT pos, rev, response, saved_at FROM exam_answers WHERE attempt_id = ?`, attemptID); err != nil {
		return nil, fmt.Errorf("answers of attempt %d: %w", attemptID, err)
	}
	out := map[int]Answer{}
	for _, r := range rows {
		if err := json.Unmarshal([]byte(r.Raw), &r.Response); err != nil {
			return nil, fmt.Errorf("answer %d/%d: %w", attemptID, r.Pos, err)
		}
		out[r.Pos] = r
	}
	return out, nil
}

// Recording is what is known of a spoken answer, without its bytes.
type Recording struct {
	Pos        int    `db:"pos"`
	Takes      int    `db:"takes"`
	Take       int    `db:"take"`
	Size       int    `db:"size"`
	DurationMS int64  `db:"duration_ms"`
	UploadedMS *int64 `db:"uploaded_at"`
	Resumes    int    `db:"resumes"`
}

// State is what the delivery rules need of the recording's takes.
func (r Recording) State() exam.TakeState {
	return exam.TakeState{Takes: r.Takes, Uploaded: r.UploadedMS != nil && r.Take == r.Takes, Resumes: r.Resumes}
}

func recordingsOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64) (map[int]Recording, error) {
	var rows []Recording
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT pos, takes, take, size, duration_ms, uploaded_at, resumes FROM exam_recordings
		WHERE attempt_id = ?`, attemptID); err != nil {
		return nil, fmt.Errorf("recordings of attempt %d: %w", attemptID, err)
	}
	out := map[int]Recording{}
	for _, r := range rows {
		out[r.Pos] = r
	}
	return out, nil
}

// AttemptView is everything the candidate's exam page shows.
type AttemptView struct {
	Attempt    Attempt
	Session    ExamSession
	Sections   []exam.Section
	Current    int // index into Sections; len(Sections) when all are over
	Entries    []FormEntry
	Answers    map[int]Answer
	Plays      map[string]int
	Recordings map[int]Recording
	Flags      map[int]bool // "review later"
	Now        time.Time
}

// CurrentSection is the section the candidate is in, or nil.
func (v *AttemptView) CurrentSection() *exam.Section {
	if v.Current < len(v.Sections) && !v.Sections[v.Current].Started.IsZero() {
		return &v.Sections[v.Current]
	}
	return nil
}

// catchUp loads the user's own attempt, brings its sections up to date at t
// (closing, opening, submitting as the clock says) and reads it back.
func (s *Store) catchUp(ctx context.Context, tx *sqlx.Tx, attemptID, userID int64, t time.Time) (*Attempt, *ExamSession, []exam.Section, exam.Step, error) {
	a, err := attemptOf(ctx, tx, attemptID, userID)
	if err != nil {
		return nil, nil, nil, exam.Step{}, err
	}
	es, err := sessionTx(ctx, tx, a.SessionID)
	if err != nil {
		return nil, nil, nil, exam.Step{}, err
	}
	secs, st, err := s.advance(ctx, tx, a, es, t, true)
	if err != nil {
		return nil, nil, nil, exam.Step{}, err
	}
	if a, err = attemptByID(ctx, tx, attemptID); err != nil {
		return nil, nil, nil, exam.Step{}, err
	}
	return a, es, secs, st, nil
}

// CandidateAttempt brings the candidate's attempt up to date at t (closing,
// opening, submitting as the clock says) and returns what the page shows:
// the current section's items and every stored answer of them.
func (s *Store) CandidateAttempt(ctx context.Context, attemptID, userID int64, t time.Time) (*AttemptView, error) {
	a, es, secs, st, err := s.currentAttempt(ctx, attemptID, userID, t)
	if err != nil {
		return nil, err
	}
	v := &AttemptView{Now: t, Attempt: *a, Session: *es, Sections: secs, Current: st.Current}
	if st.Current >= len(secs) {
		return v, nil
	}
	if err := attemptPage(ctx, s.db, v, a.ID, st.Current); err != nil {
		return nil, err
	}
	return v, nil
}

// AttemptState is the clock of an attempt, for the page to check itself.
type AttemptState struct {
	Status   string
	Section  int // len(sections) when all are over
	Sections int
	Deadline time.Time
	Now      time.Time
}

// CandidateAttemptState is CandidateAttempt without the items: what the
// page polls to learn that its section has closed.
func (s *Store) CandidateAttemptState(ctx context.Context, attemptID, userID int64, t time.Time) (AttemptState, error) {
	a, _, secs, st, err := s.currentAttempt(ctx, attemptID, userID, t)
	if err != nil {
		return AttemptState{}, err
	}
	out := AttemptState{Status: a.Status, Section: st.Current, Sections: len(secs), Now: t}
	if st.Current < len(secs) {
		out.Deadline = secs[st.Current].Deadline
	}
	return out, nil
}

// entryTx loads one form item of an attempt with its section's clock.
func entryTx(ctx context.Context, tx *sqlx.Tx, a *Attempt, pos int) (*FormEntry, exam.Section, error) {
	es, err := formOf(ctx, tx, a.ID, ` AND f.pos = ?`, pos)
	if err != nil {
		return nil, exam.Section{}, err
	}
	if len(es) == 0 {
		return nil, exam.Section{}, notFound("item")
	}
	secs, err := sectionsOf(ctx, tx, a.ID)
	if err != nil {
		return nil, exam.Section{}, err
	}
	return &es[0], secs[es[0].Section], nil
}

// MaxResponseBytes bounds one saved answer: an essay of a few thousand
// words fits many times over.
const MaxResponseBytes = 64 << 10

// SaveResult is the server's acknowledgement of a save. Applied is false
// for a stale revision: a newer answer is already stored (Rev).
type SaveResult struct {
	Applied bool      `json:"applied"`
	Rev     int64     `json:"rev"`
	SavedAt time.Time `json:"saved_at"`
}

// SaveAnswer stores the response to item pos if rev is newer than the one
// stored, and the item's section took answers at t (open, or closed less
// than the grace ago). It returns only after the commit, so an
// acknowledged save is on disk.
func (s *Store) SaveAnswer(ctx context.Context, attemptID, userID int64, pos int, rev int64, resp bank.Response, t time.Time) (SaveResult, error) {
	var out SaveResult
	if rev <= 0 {
		return out, &apperr.Error{Code: apperr.Invalid, Field: "rev", Message: "rev must be positive"}
	}
	if rev > MaxRev {
		return out, &apperr.Error{Code: apperr.Invalid, Field: "rev", Key: "exam.err.rev", Message: fmt.Sprintf("rev must be at most %d", MaxRev)}
	}
	raw, err := json.Marshal(resp)
	if err != nil {
		return out, err
	}
	if len(raw) > MaxResponseBytes {
		return out, &apperr.Error{Code: apperr.Invalid, Key: "exam.err.too_long", Message: "answer too long"}
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		es, err := sessionTx(ctx, tx, a.SessionID)
		if err != nil {
			return err
		}
		e, sec, err := entryTx(ctx, tx, a, pos)
		if err != nil {
			return err
		}
		pend, err := pendingOf(ctx, tx, a.ID, sec)
		if err != nil {
			return err
		}
		if a.Status != AttemptInProgress || !sec.AcceptsAnswer(t, es.Grace(), pend, pos, rev) {
			return examErr(apperr.Conflict, "exam.err.section_closed", "section %d is closed", sec.Index)
		}
		if e.Item.Type == bank.TypeReadAloud || e.Item.Type == bank.TypeRespond {
			return &apperr.Error{Code: apperr.Invalid, Message: "spoken answers are uploaded as recordings"}
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO exam_answers (attempt_id, pos, rev, response, saved_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (attempt_id, pos) DO UPDATE SET rev = excluded.rev, response = excluded.response, saved_at = excluded.saved_at
			WHERE excluded.rev > exam_answers.rev`, a.ID, pos, rev, string(raw), ms(t))
		if err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		n, err := r.RowsAffected()
		if err != nil {
			return err
		}
		out.Applied = n > 0
		if out.Applied {
			if _, err := tx.ExecContext(ctx, `UPDATE exam_attempts SET last_save_at = ?, saves = saves + 1 WHERE id = ?`, ms(t), a.ID); err != nil {
				return fmt.Errorf("save answer: %w", err)
			}
		}
		var cur struct {
			Rev   int64 `db:"rev"`
			Saved int64 `db:"saved_at"`
		}
		if err := tx.GetContext(ctx, &cur, `SELECT rev, saved_at FROM exam_answers WHERE attempt_id = ? AND pos = ?`, a.ID, pos); err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		out.Rev, out.SavedAt = cur.Rev, fromMS(cur.Saved)
		return nil
	})
	return out, err
}

// FinishSection closes the candidate's current section before its deadline
// (the candidate is done with it); the last one submits the attempt.
func (s *Store) FinishSection(ctx context.Context, attemptID, userID int64, idx int, t time.Time) error {
	return s.FinishSectionPending(ctx, attemptID, userID, idx, exam.Pending{}, t)
}

// FinishSectionPending is FinishSection for a page that still had saves on
// their way (p): only those count after the close.
func (s *Store) FinishSectionPending(ctx context.Context, attemptID, userID int64, idx int, p exam.Pending, t time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		es, err := sessionTx(ctx, tx, a.SessionID)
		if err != nil {
			return err
		}
		secs, st, err := s.advance(ctx, tx, a, es, t, false)
		if err != nil {
			return err
		}
		if st.Current != idx || idx >= len(secs) || !secs[idx].OpenAt(t) {
			return nil // already over: finishing twice is not an error
		}
		if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET closed_at = ? WHERE attempt_id = ? AND idx = ?`, ms(t), a.ID, idx); err != nil {
			return fmt.Errorf("finish section: %w", err)
		}
		if err := keepPending(ctx, tx, a.ID, idx, p); err != nil {
			return err
		}
		if idx == len(secs)-1 {
			return submitAttempt(ctx, tx, a, es, t)
		}
		return nil
	})
}

// PlaysAllowed is how many more times an item's audio may play.
type Play struct {
	Play     int
	Left     int
	SHA256   string
	MediaKey string
}

// audioWindow is how long the bytes of a play may be fetched again (a
// dropped download) without spending another play.
const audioWindow = 10 * time.Minute

// PlayAudio spends one play of the audio of item pos, if any is left and
// its section is open, and names the bytes to send.
func (s *Store) PlayAudio(ctx context.Context, attemptID, userID int64, pos int, t time.Time) (Play, error) {
	var p Play
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		e, sec, err := entryTx(ctx, tx, a, pos)
		if err != nil {
			return err
		}
		if a.Status != AttemptInProgress || !sec.OpenAt(t) {
			return examErr(apperr.Conflict, "exam.err.section_closed", "section %d is closed", sec.Index)
		}
		key := e.AudioKey()
		if key == "" || e.Media[key] == "" {
			return notFound("audio")
		}
		var plays int
		err = tx.GetContext(ctx, &plays, `SELECT plays FROM exam_audio_plays WHERE attempt_id = ? AND media_key = ?`, a.ID, key)
		if err != nil && !noRows(err) {
			return fmt.Errorf("plays: %w", err)
		}
		if plays >= sec.MaxPlays {
			return examErr(apperr.Conflict, "exam.err.no_plays", "no plays left")
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_audio_plays (attempt_id, media_key, plays, last_play_at) VALUES (?, ?, 1, ?)
			ON CONFLICT (attempt_id, media_key) DO UPDATE SET plays = plays + 1, last_play_at = excluded.last_play_at`,
			a.ID, key, ms(t)); err != nil {
			return fmt.Errorf("play: %w", err)
		}
		p = Play{Play: plays + 1, Left: sec.MaxPlays - plays - 1, SHA256: e.Media[key], MediaKey: key}
		return nil
	})
	return p, err
}

// PlayedAudio returns the bytes of the latest play of item pos's audio,
// while it is recent: fetching them again spends nothing, starting over
// does (PlayAudio).
func (s *Store) PlayedAudio(ctx context.Context, attemptID, userID int64, pos, play int, t time.Time) (*Media, error) {
	var hash string
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		e, sec, err := entryTx(ctx, tx, a, pos)
		if err != nil {
			return err
		}
		key := e.AudioKey()
		var row struct {
			Plays     int   `db:"plays"`
			Last      int64 `db:"last_play_at"`
			Delivered int   `db:"delivered"`
		}
		err = tx.GetContext(ctx, &row, `SELECT plays, last_play_at, delivered FROM exam_audio_plays WHERE attempt_id = ? AND media_key = ?`, a.ID, key)
		// Each play granted delivers the bytes once: a download that went
		// out in full (MarkAudioDelivered) is not served again.
		if noRows(err) || (err == nil && (row.Plays != play || row.Delivered >= play || t.Sub(fromMS(row.Last)) > audioWindow)) ||
			a.Status != AttemptInProgress || !sec.OpenAt(t) {
			return examErr(apperr.Forbidden, "exam.err.no_plays", "play %d of attempt %d pos %d is not current", play, a.ID, pos)
		}
		if err != nil {
			return fmt.Errorf("plays: %w", err)
		}
		hash = e.Media[key]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.MediaByHash(ctx, hash)
}

// AttemptImage returns an image an item of the attempt's current section
// shows (key as the item names it).
func (s *Store) AttemptImage(ctx context.Context, attemptID, userID int64, pos int, key string, t time.Time) (*Media, error) {
	var hash string
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		e, sec, err := entryTx(ctx, tx, a, pos)
		if err != nil {
			return err
		}
		// Only images of the section being sat: a later section's images
		// would show its questions early (issue 15 point 10).
		if a.Status != AttemptInProgress || !sec.OpenAt(t) {
			return examErr(apperr.Conflict, "exam.err.section_closed", "section %d is not running", sec.Index)
		}
		if key == e.AudioKey() {
			return notFound("image")
		}
		hash = e.Media[key]
		if hash == "" {
			return notFound("image")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.MediaByHash(ctx, hash)
}

// SaveRecording stores the WAV of a take. Only the latest take begun is
// taken (a retry of it is harmless); t should be when the request arrived,
// not when its body finished, so a slow upload begun in time counts.
func (s *Store) SaveRecording(ctx context.Context, attemptID, userID int64, pos, take int, data []byte, t time.Time) (time.Duration, error) {
	var dur time.Duration
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		es, err := sessionTx(ctx, tx, a.SessionID)
		if err != nil {
			return err
		}
		e, sec, err := entryTx(ctx, tx, a, pos)
		if err != nil {
			return err
		}
		pend, err := pendingOf(ctx, tx, a.ID, sec)
		if err != nil {
			return err
		}
		if a.Status != AttemptInProgress || !sec.AcceptsTake(t, es.Grace(), pend, pos, take) {
			return examErr(apperr.Conflict, "exam.err.section_closed", "section %d is closed", sec.Index)
		}
		if dur, err = exam.CheckWAV(data, e.Item.MaxSeconds); err != nil {
			return err
		}
		if done, d, err := takeUploaded(ctx, tx, a.ID, pos, take, data); done || err != nil {
			dur = d
			return err
		}
		r, err := tx.ExecContext(ctx, `UPDATE exam_recordings SET take = ?, data = ?, size = ?, duration_ms = ?, uploaded_at = ?
			WHERE attempt_id = ? AND pos = ? AND takes = ?`, take, data, len(data), dur.Milliseconds(), ms(t), a.ID, pos, take)
		if err != nil {
			return fmt.Errorf("save recording: %w", err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return examErr(apperr.Conflict, "exam.err.stale_take", "take %d is not the latest", take)
		}
		_, err = tx.ExecContext(ctx, `UPDATE exam_attempts SET last_save_at = ?, saves = saves + 1 WHERE id = ?`, ms(t), a.ID)
		return err
	})
	return dur, err
}

// RecordingData returns the stored WAV of item pos, for the candidate who
// made it.
func (s *Store) RecordingData(ctx context.Context, attemptID, userID int64, pos int) ([]byte, error) {
	var data []byte
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := attemptOf(ctx, tx, attemptID, userID); err != nil {
			return err
		}
		return recordingBytes(ctx, tx, attemptID, pos, &data)
	})
	return data, err
}

func recordingBytes(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos int, data *[]byte) error {
	err := tx.GetContext(ctx, data, `SELECT data FROM exam_recordings WHERE attempt_id = ? AND pos = ? AND data IS NOT NULL`, attemptID, pos)
	if noRows(err) {
		return notFound("recording")
	}
	if err != nil {
		return fmt.Errorf("recording: %w", err)
	}
	return nil
}

// ---------------------------------------------------------------- scoring

// scoreLog records a change of a score. before and after are marshalled to
// JSON; nil is null.
func scoreLog(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos *int, kind string, before, after any, reason string, by *int64, t time.Time) error {
	enc := func(v any) (*string, error) {
		if v == nil {
			return nil, nil
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		s := string(b)
		return &s, nil
	}
	b, err := enc(before)
	if err != nil {
		return err
	}
	a, err := enc(after)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_score_log (attempt_id, pos, kind, before, after, reason, user_id, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, attemptID, pos, kind, b, a, reason, by, ms(t)); err != nil {
		return fmt.Errorf("score log: %w", err)
	}
	return nil
}

// reason names why a score changed, as a message id of web/i18n/exam.*.json
// with its arguments ("exam.reason.rater?Slot=2"), so the log reads in the
// reader's language whenever it is shown.
func reason(id string, args ...any) string {
	r := "exam.reason." + id
	if len(args) == 0 {
		return r
	}
	v := url.Values{}
	for i := 0; i+1 < len(args); i += 2 {
		v.Set(fmt.Sprint(args[i]), fmt.Sprint(args[i+1]))
	}
	return r + "?" + v.Encode()
}

// itemScoreLog is what the audit log keeps of an item's score.
type itemScoreLog struct {
	Points  float64 `json:"points"`
	Max     float64 `json:"max"`
	Verdict string  `json:"verdict"`
	Version int64   `json:"version_id"`
}

// submitAttempt ends an attempt: every objective item is graded now, each
// rated item becomes a script for the grading queue (blank ones score 0
// without a rater), and the result is computed if nothing waits.
func submitAttempt(ctx context.Context, tx *sqlx.Tx, a *Attempt, es *ExamSession, t time.Time) error {
	r, err := tx.ExecContext(ctx, `UPDATE exam_attempts SET status = 'submitted', submitted_at = ? WHERE id = ? AND status = 'in_progress'`, ms(t), a.ID)
	if err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return nil
	}
	a.Status = AttemptSubmitted
	if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET closed_at = coalesce(deadline, ?) WHERE attempt_id = ? AND closed_at IS NULL`,
		ms(t), a.ID); err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	form, err := formOf(ctx, tx, a.ID, "")
	if err != nil {
		return err
	}
	answers, err := answersOf(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	recs, err := recordingsOf(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	for _, e := range form {
		pos := e.Pos
		ans := answers[e.Pos].Response
		if e.Manual {
			rubric := e.Item.Rubric
			rec, ok := recs[e.Pos]
			hasRec := ok && rec.UploadedMS != nil
			empty := exam.Empty(e.Item.Type, ans, hasRec)
			status, final := exam.ScriptRating, (*float64)(nil)
			if empty {
				zero := 0.0
				status, final = exam.ScriptFinal, &zero
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO exam_scripts (attempt_id, pos, skill, rubric_id, status, final)
				VALUES (?, ?, ?, ?, ?, ?)`, a.ID, e.Pos, e.Item.Skill, rubric, status, final); err != nil {
				return fmt.Errorf("script: %w", err)
			}
			if empty {
				if err := scoreLog(ctx, tx, a.ID, &pos, "script", nil, map[string]float64{"final": 0}, reason("blank"), nil, t); err != nil {
					return err
				}
			}
			continue
		}
		sc := exam.GradeItem(e.Item, ans, e.Points)
		detail, err := json.Marshal(sc)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_item_scores (attempt_id, pos, points, max, verdict, detail, graded_version_id, scored_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, e.Pos, sc.Points, sc.Max, sc.Verdict, string(detail), e.VersionID, ms(t)); err != nil {
			return fmt.Errorf("item score: %w", err)
		}
		if err := scoreLog(ctx, tx, a.ID, &pos, "item", nil, itemScoreLog{sc.Points, sc.Max, sc.Verdict, e.VersionID}, reason("submission"), nil, t); err != nil {
			return err
		}
	}
	return updateResult(ctx, tx, a.ID, reason("all_in"), nil, t)
}

// ResultRow is a stored result.
type ResultRow struct {
	AttemptID int64   `db:"attempt_id"`
	Listening float64 `db:"listening"`
	Reading   float64 `db:"reading"`
	Writing   float64 `db:"writing"`
	Speaking  float64 `db:"speaking"`
	Average   float64 `db:"average"`
	Level     int     `db:"level"`
	NoLevel   string  `db:"no_level"`
	Raw       string  `db:"raw"`
	Computed  int64   `db:"computed_at"`
}

// Skill returns one skill's score.
func (r *ResultRow) Skill(s string) float64 {
	switch s {
	case bank.Listening:
		return r.Listening
	case bank.Reading:
		return r.Reading
	case bank.Writing:
		return r.Writing
	}
	return r.Speaking
}

type resultLog struct {
	Skills  map[string]float64 `json:"skills"`
	Average float64            `json:"average"`
	Level   int                `json:"level"`
	NoLevel string             `json:"no_level,omitempty"`
}

func (r *ResultRow) log() resultLog {
	return resultLog{Skills: map[string]float64{bank.Listening: r.Listening, bank.Reading: r.Reading, bank.Writing: r.Writing,
		bank.Speaking: r.Speaking}, Average: r.Average, Level: r.Level, NoLevel: r.NoLevel}
}

func scoredItems(ctx context.Context, tx *sqlx.Tx, attemptID int64) ([]exam.Scored, error) {
	var rows []struct {
		Skill  string   `db:"skill"`
		Max    float64  `db:"max"`
		Manual bool     `db:"manual"`
		Points *float64 `db:"points"`
		Final  *float64 `db:"final"`
	}
	err := tx.SelectContext(ctx, &rows, `SELECT x.skill, f.points AS max, f.manual, s.points, sc.final
		FROM exam_form_items f
		JOIN exam_sections x ON x.attempt_id = f.attempt_id AND x.idx = f.section_idx
		LEFT JOIN exam_item_scores s ON s.attempt_id = f.attempt_id AND s.pos = f.pos
		LEFT JOIN exam_scripts sc ON sc.attempt_id = f.attempt_id AND sc.pos = f.pos
		WHERE f.attempt_id = ? ORDER BY f.pos`, attemptID)
	if err != nil {
		return nil, fmt.Errorf("scores of attempt %d: %w", attemptID, err)
	}
	out := make([]exam.Scored, len(rows))
	for i, r := range rows {
		out[i] = exam.Scored{Skill: r.Skill, Max: r.Max, Manual: r.Manual, Final: r.Final}
		if r.Points != nil {
			out[i].Points = *r.Points
		}
	}
	return out, nil
}

// updateResult computes the attempt's result if every score is in, stores
// it and logs the change; with scripts still being rated it does nothing.
func updateResult(ctx context.Context, tx *sqlx.Tx, attemptID int64, reason string, by *int64, t time.Time) error {
	items, err := scoredItems(ctx, tx, attemptID)
	if err != nil {
		return err
	}
	res, raw, err := exam.Result(items)
	if apperr.Code(err) == apperr.Conflict {
		return nil
	}
	if err != nil {
		return err
	}
	rawJSON, err := json.Marshal(raw)
	if err != nil {
		return err
	}
	next := ResultRow{AttemptID: attemptID, Listening: res.Skills[bank.Listening], Reading: res.Skills[bank.Reading],
		Writing: res.Skills[bank.Writing], Speaking: res.Skills[bank.Speaking], Average: res.Average, Level: res.Level,
		NoLevel: res.NoLevel, Raw: string(rawJSON), Computed: ms(t)}
	var before any
	var old ResultRow
	err = tx.GetContext(ctx, &old, `SELECT * FROM exam_results WHERE attempt_id = ?`, attemptID)
	switch {
	case err == nil:
		if old.log().equal(next.log()) && old.Raw == next.Raw {
			return nil
		}
		before = old.log()
	case !noRows(err):
		return fmt.Errorf("result: %w", err)
	}
	if _, err := tx.NamedExecContext(ctx, `INSERT INTO exam_results (attempt_id, listening, reading, writing, speaking, average, level, no_level, raw, computed_at)
		VALUES (:attempt_id, :listening, :reading, :writing, :speaking, :average, :level, :no_level, :raw, :computed_at)
		ON CONFLICT (attempt_id) DO UPDATE SET listening = excluded.listening, reading = excluded.reading, writing = excluded.writing,
		speaking = excluded.speaking, average = excluded.average, level = excluded.level, no_level = excluded.no_level,
		raw = excluded.raw, computed_at = excluded.computed_at`, next); err != nil {
		return fmt.Errorf("result: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exam_attempts SET status = 'scored' WHERE id = ?`, attemptID); err != nil {
		return fmt.Errorf("result: %w", err)
	}
	return scoreLog(ctx, tx, attemptID, nil, "result", before, next.log(), reason, by, t)
}

func (a resultLog) equal(b resultLog) bool {
	if a.Average != b.Average || a.Level != b.Level || a.NoLevel != b.NoLevel {
		return false
	}
	for _, s := range bank.Skills {
		if a.Skills[s] != b.Skills[s] {
			return false
		}
	}
	return true
}

// CloseOverdue brings every running attempt of the session (0: of every
// session) up to date without opening sections: what an instructor's screen
// does before showing progress, so an abandoned attempt is submitted once
// the session's hard end has passed.
func (s *Store) CloseOverdue(ctx context.Context, sessionID int64, t time.Time) error {
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
			_, _, err = s.advance(ctx, tx, a, es, t, false)
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
func (s *Store) SessionAttempts(ctx context.Context, sessionID int64, t time.Time) ([]SessionAttempt, error) {
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
func (s *Store) SessionEligible(ctx context.Context, sessionID int64) (int, error) {
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
func (s *Store) ExtendSection(ctx context.Context, attemptID int64, d time.Duration, by *int64, t time.Time) error {
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

// ---------------------------------------------------------------- grading

// ClaimTTL is how long a rater holds a script before another may take it.
const ClaimTTL = 30 * time.Minute

// QueueLine counts scripts a rater may take, by session and skill.
type QueueLine struct {
	SessionID    int64  `db:"session_id"`
	Title        string `db:"title"`
	Skill        string `db:"skill"`
	ToRate       int    `db:"to_rate"`
	Adjudication int    `db:"adjudication"`
}

// openSlotSQL selects scripts with a slot raterID may take at now: slots 1
// and 2 while rating, slot 3 under adjudication; a slot is free when no one
// holds it or its claim has expired unsubmitted; nobody rates a script twice.
const openSlotSQL = `
	NOT EXISTS (SELECT 1 FROM exam_ratings r WHERE r.script_id = sc.id AND r.rater_id = :rater)
	AND (
	  (sc.status = 'rating' AND (SELECT count(*) FROM exam_ratings r WHERE r.script_id = sc.id AND r.slot IN (1, 2)
	     AND (r.submitted_at IS NOT NULL OR r.expires_at > :now)) < 2)
	  OR
	  (sc.status = 'adjudication' AND NOT EXISTS (SELECT 1 FROM exam_ratings r WHERE r.script_id = sc.id AND r.slot = 3
	     AND (r.submitted_at IS NOT NULL OR r.expires_at > :now))))`

// GradingQueue lists what raterID may rate now.
func (s *Store) GradingQueue(ctx context.Context, raterID int64, t time.Time) ([]QueueLine, error) {
	if err := s.CloseOverdue(ctx, 0, t); err != nil {
		return nil, err
	}
	q, args, err := sqlx.Named(`SELECT a.session_id, es.title, sc.skill,
		sum(sc.status = 'rating') AS to_rate, sum(sc.status = 'adjudication') AS adjudication
		FROM exam_scripts sc JOIN exam_attempts a ON a.id = sc.attempt_id JOIN exam_sessions es ON es.id = a.session_id
		WHERE `+openSlotSQL+` GROUP BY a.session_id, es.title, sc.skill ORDER BY a.session_id, sc.skill`,
		map[string]any{"rater": raterID, "now": ms(t)})
	if err != nil {
		return nil, err
	}
	var out []QueueLine
	if err := s.db.SelectContext(ctx, &out, s.db.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("grading queue: %w", err)
	}
	return out, nil
}

// MyClaims lists the ratings raterID holds and has not submitted.
func (s *Store) MyClaims(ctx context.Context, raterID int64, t time.Time) ([]int64, error) {
	var ids []int64
	if err := s.db.SelectContext(ctx, &ids, `SELECT id FROM exam_ratings WHERE rater_id = ? AND submitted_at IS NULL AND expires_at > ?
		ORDER BY claimed_at`, raterID, ms(t)); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return ids, nil
}

// ClaimScript gives raterID the next script to rate (of a session and skill
// when set): adjudications first, then the earliest submitted. The claim
// lasts ClaimTTL; a rater holding an unexpired claim gets it back instead.
// It returns the rating's id, or a not-found error when nothing is left.
func (s *Store) ClaimScript(ctx context.Context, raterID, sessionID int64, skill string, t time.Time) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		err := tx.GetContext(ctx, &id, `SELECT id FROM exam_ratings WHERE rater_id = ? AND submitted_at IS NULL AND expires_at > ?
			ORDER BY claimed_at LIMIT 1`, raterID, ms(t))
		if err == nil {
			return nil
		}
		if !noRows(err) {
			return fmt.Errorf("claims: %w", err)
		}
		args := map[string]any{"rater": raterID, "now": ms(t), "session": sessionID, "skill": skill}
		q, qa, err := sqlx.Named(`SELECT sc.id, sc.status FROM exam_scripts sc JOIN exam_attempts a ON a.id = sc.attempt_id
			WHERE (:session = 0 OR a.session_id = :session) AND (:skill = '' OR sc.skill = :skill) AND `+openSlotSQL+`
			ORDER BY sc.status = 'adjudication' DESC, a.submitted_at, sc.id LIMIT 1`, args)
		if err != nil {
			return err
		}
		var sc struct {
			ID     int64  `db:"id"`
			Status string `db:"status"`
		}
		err = tx.GetContext(ctx, &sc, tx.Rebind(q), qa...)
		if noRows(err) {
			return examErr(apperr.NotFound, "exam.grading.none", "nothing to rate")
		}
		if err != nil {
			return fmt.Errorf("next script: %w", err)
		}
		slots := []int{1, 2}
		if sc.Status == exam.ScriptAdjudication {
			slots = []int{3}
		}
		for _, slot := range slots {
			var cur struct {
				ID        int64  `db:"id"`
				Expires   int64  `db:"expires_at"`
				Submitted *int64 `db:"submitted_at"`
			}
			err := tx.GetContext(ctx, &cur, `SELECT id, expires_at, submitted_at FROM exam_ratings WHERE script_id = ? AND slot = ?`, sc.ID, slot)
			switch {
			case noRows(err):
				r, err := tx.ExecContext(ctx, `INSERT INTO exam_ratings (script_id, slot, rater_id, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
					sc.ID, slot, raterID, ms(t), ms(t.Add(ClaimTTL)))
				if err != nil {
					return fmt.Errorf("claim: %w", err)
				}
				id, err = r.LastInsertId()
				return err
			case err != nil:
				return fmt.Errorf("claim: %w", err)
			case cur.Submitted == nil && cur.Expires <= ms(t):
				// The holder let it lapse: take it over.
				if _, err := tx.ExecContext(ctx, `UPDATE exam_ratings SET rater_id = ?, claimed_at = ?, expires_at = ?, criteria = NULL, score = NULL
					WHERE id = ? AND submitted_at IS NULL`, raterID, ms(t), ms(t.Add(ClaimTTL)), cur.ID); err != nil {
					return fmt.Errorf("claim: %w", err)
				}
				id = cur.ID
				return nil
			}
		}
		return examErr(apperr.Conflict, "exam.grading.none", "script %d has no free slot", sc.ID)
	})
	return id, err
}

// RatingView is a claimed script as its rater sees it: the anonymous code,
// the item, the response, the rubric. Never the other raters' scores.
type RatingView struct {
	ID        int64
	Slot      int
	Expires   time.Time
	Submitted bool
	Criteria  map[string]float64
	Code      string
	Skill     string
	Entry     FormEntry
	Response  bank.Response
	HasAudio  bool
	Rubric    *bank.Rubric
}

type ratingRow struct {
	ID        int64    `db:"id"`
	ScriptID  int64    `db:"script_id"`
	Slot      int      `db:"slot"`
	RaterID   int64    `db:"rater_id"`
	Expires   int64    `db:"expires_at"`
	Criteria  *string  `db:"criteria"`
	Score     *float64 `db:"score"`
	Submitted *int64   `db:"submitted_at"`
	AttemptID int64    `db:"attempt_id"`
	Pos       int      `db:"pos"`
	Skill     string   `db:"skill"`
	RubricID  string   `db:"rubric_id"`
	Code      string   `db:"code"`
	SessionID int64    `db:"session_id"`
}

func ratingOf(ctx context.Context, q sqlx.QueryerContext, ratingID, raterID int64) (*ratingRow, error) {
	var r ratingRow
	err := sqlx.GetContext(ctx, q, &r, `SELECT r.id, r.script_id, r.slot, r.rater_id, r.expires_at, r.criteria, r.score, r.submitted_at,
		sc.attempt_id, sc.pos, sc.skill, sc.rubric_id, a.code, a.session_id
		FROM exam_ratings r JOIN exam_scripts sc ON sc.id = r.script_id JOIN exam_attempts a ON a.id = sc.attempt_id
		WHERE r.id = ? AND r.rater_id = ?`, ratingID, raterID)
	if noRows(err) {
		return nil, notFound("rating")
	}
	if err != nil {
		return nil, fmt.Errorf("rating %d: %w", ratingID, err)
	}
	return &r, nil
}

// Rating returns a rating raterID holds (or gave), with what to rate.
func (s *Store) Rating(ctx context.Context, ratingID, raterID int64) (*RatingView, error) {
	r, err := ratingOf(ctx, s.db, ratingID, raterID)
	if err != nil {
		return nil, err
	}
	v := &RatingView{ID: r.ID, Slot: r.Slot, Expires: fromMS(r.Expires), Submitted: r.Submitted != nil, Code: r.Code, Skill: r.Skill}
	if r.Criteria != nil {
		if err := json.Unmarshal([]byte(*r.Criteria), &v.Criteria); err != nil {
			return nil, fmt.Errorf("rating %d: %w", r.ID, err)
		}
	}
	es, err := formOf(ctx, s.db, r.AttemptID, ` AND f.pos = ?`, r.Pos)
	if err != nil || len(es) == 0 {
		return nil, fmt.Errorf("rating %d: item: %w", r.ID, err)
	}
	v.Entry = es[0]
	answers, err := answersOf(ctx, s.db, r.AttemptID)
	if err != nil {
		return nil, err
	}
	v.Response = answers[r.Pos].Response
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM exam_recordings WHERE attempt_id = ? AND pos = ? AND data IS NOT NULL`, r.AttemptID, r.Pos); err != nil {
		return nil, fmt.Errorf("rating %d: %w", r.ID, err)
	}
	v.HasAudio = n > 0
	if r.RubricID != "" {
		if v.Rubric, _, err = s.Rubric(ctx, r.RubricID); err != nil {
			return nil, err
		}
	} else {
		v.Rubric = DefaultRubric(r.Skill)
	}
	return v, nil
}

// DefaultRubric is the plain national criteria, for an item with no rubric
// of its own (lint requires one, so this is a fallback).
func DefaultRubric(skill string) *bank.Rubric {
	rb := &bank.Rubric{ID: "default-" + skill, Skill: skill}
	for _, c := range exam.Criteria(skill) {
		rb.Criteria = append(rb.Criteria, bank.Criterion{ID: c})
	}
	return rb
}

// RatingAudio returns the recording a rater is rating.
func (s *Store) RatingAudio(ctx context.Context, ratingID, raterID int64) ([]byte, error) {
	var data []byte
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		r, err := ratingOf(ctx, tx, ratingID, raterID)
		if err != nil {
			return err
		}
		return recordingBytes(ctx, tx, r.AttemptID, r.Pos, &data)
	})
	return data, err
}

// ReleaseClaim gives an unsubmitted claim back to the queue.
func (s *Store) ReleaseClaim(ctx context.Context, ratingID, raterID int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM exam_ratings WHERE id = ? AND rater_id = ? AND submitted_at IS NULL`, ratingID, raterID)
		return err
	})
}

type ratingLog struct {
	Slot     int                `json:"slot"`
	Criteria map[string]float64 `json:"criteria"`
	Score    float64            `json:"score"`
}

type scriptLog struct {
	Status string   `json:"status"`
	Final  *float64 `json:"final,omitempty"`
}

// SubmitRating records raterID's criterion scores on a claimed script,
// decides the script when its ratings allow (mean of two, or adjudication
// when they differ by more than the session's gap) and updates the result.
// A claim that lapsed but was not taken over may still be submitted.
func (s *Store) SubmitRating(ctx context.Context, ratingID, raterID int64, criteria map[string]float64, t time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		r, err := ratingOf(ctx, tx, ratingID, raterID)
		if err != nil {
			return err
		}
		if r.Submitted != nil {
			return examErr(apperr.Conflict, "exam.grading.already", "rating %d already submitted", r.ID)
		}
		rb := DefaultRubric(r.Skill)
		rv := 0
		if r.RubricID != "" {
			var err error
			if rb, rv, err = s.rubricTx(ctx, tx, r.RubricID); err != nil {
				return err
			}
		}
		score, err := exam.RatingScore(rb, criteria)
		if err != nil {
			return err
		}
		crit, err := json.Marshal(criteria)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE exam_ratings SET criteria = ?, score = ?, submitted_at = ?, rubric_version = ? WHERE id = ?`,
			string(crit), score, ms(t), rv, r.ID); err != nil {
			return fmt.Errorf("rating: %w", err)
		}
		pos := r.Pos
		if err := scoreLog(ctx, tx, r.AttemptID, &pos, "rating", nil, ratingLog{r.Slot, criteria, score},
			reason("rater", "Slot", r.Slot), &raterID, t); err != nil {
			return err
		}
		return decideScript(ctx, tx, r.ScriptID, r.AttemptID, r.Pos, &raterID, t)
	})
}

func (s *Store) rubricTx(ctx context.Context, tx *sqlx.Tx, id string) (*bank.Rubric, int, error) {
	var row struct {
		Content string `db:"content"`
		Version int    `db:"version"`
	}
	err := tx.GetContext(ctx, &row, `SELECT content, version FROM bank_documents WHERE kind = 'rubric' AND doc_id = ?
		ORDER BY version DESC LIMIT 1`, id)
	if noRows(err) {
		return nil, 0, notFound("rubric")
	}
	if err != nil {
		return nil, 0, fmt.Errorf("rubric %s: %w", id, err)
	}
	var rb bank.Rubric
	if err := json.Unmarshal([]byte(row.Content), &rb); err != nil {
		return nil, 0, fmt.Errorf("rubric %s: %w", id, err)
	}
	return &rb, row.Version, nil
}

func decideScript(ctx context.Context, tx *sqlx.Tx, scriptID, attemptID int64, pos int, by *int64, t time.Time) error {
	var rows []struct {
		Slot  int     `db:"slot"`
		Score float64 `db:"score"`
	}
	if err := tx.SelectContext(ctx, &rows, `SELECT slot, score FROM exam_ratings WHERE script_id = ? AND submitted_at IS NOT NULL`, scriptID); err != nil {
		return fmt.Errorf("ratings: %w", err)
	}
	var rs [3]*float64
	for _, r := range rows {
		v := r.Score
		rs[r.Slot-1] = &v
	}
	var gap float64
	if err := tx.GetContext(ctx, &gap, `SELECT s.gap FROM exam_sessions s JOIN exam_attempts a ON a.session_id = s.id WHERE a.id = ?`, attemptID); err != nil {
		return fmt.Errorf("gap: %w", err)
	}
	var old struct {
		Status string   `db:"status"`
		Final  *float64 `db:"final"`
	}
	if err := tx.GetContext(ctx, &old, `SELECT status, final FROM exam_scripts WHERE id = ?`, scriptID); err != nil {
		return fmt.Errorf("script: %w", err)
	}
	state, final := exam.DecideScript(rs, gap)
	var fp *float64
	if state == exam.ScriptFinal {
		fp = &final
	}
	if old.Status == state && (old.Final == nil) == (fp == nil) && (fp == nil || *old.Final == *fp) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exam_scripts SET status = ?, final = ? WHERE id = ?`, state, fp, scriptID); err != nil {
		return fmt.Errorf("script: %w", err)
	}
	why := reason("mean_two")
	switch {
	case state == exam.ScriptAdjudication:
		why = reason("needs_third", "Gap", gap)
	case rs[2] != nil:
		why = reason("adjudicated")
	}
	if err := scoreLog(ctx, tx, attemptID, &pos, "script", scriptLog{old.Status, old.Final}, scriptLog{state, fp}, why, by, t); err != nil {
		return err
	}
	if state != exam.ScriptFinal {
		return nil
	}
	return updateResult(ctx, tx, attemptID, reason("script_rated"), by, t)
}

// ---------------------------------------------------------------- results

// ReleaseResults lets the candidates of a session see their results: every
// attempt fully scored and not yet released. Later attempts are released by
// calling it again. It returns how many were released.
func (s *Store) ReleaseResults(ctx context.Context, sessionID int64, by int64, t time.Time) (int, error) {
	var n int
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		var ids []int64
		if err := tx.SelectContext(ctx, &ids, `SELECT id FROM exam_attempts WHERE session_id = ? AND status = 'scored' AND released_at IS NULL`,
			sessionID); err != nil {
			return fmt.Errorf("release: %w", err)
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE exam_attempts SET released_at = ?, released_by = ? WHERE id = ?`, ms(t), by, id); err != nil {
				return fmt.Errorf("release: %w", err)
			}
			if err := scoreLog(ctx, tx, id, nil, "release", nil, nil, reason("released"), &by, t); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	return n, err
}

// ReviewItem is one item of a released attempt, for the candidate's review.
type ReviewItem struct {
	FormEntry
	Skill    string
	Response bank.Response
	Score    *bank.Score // objective items
	Final    *float64    // rated items
}

// CandidateResult is a released result with the review of the attempt.
type CandidateResult struct {
	Attempt Attempt
	Session ExamSession
	Result  ResultRow
	Items   []ReviewItem
}

// CandidateResultOf returns the candidate's own result, once released.
func (s *Store) CandidateResultOf(ctx context.Context, attemptID, userID int64) (*CandidateResult, error) {
	a, err := attemptOf(ctx, s.db, attemptID, userID)
	if err != nil {
		return nil, err
	}
	if a.ReleasedMS == nil {
		return nil, examErr(apperr.NotFound, "exam.err.not_released", "result of attempt %d not released", attemptID)
	}
	es, err := s.ExamSession(ctx, a.SessionID)
	if err != nil {
		return nil, err
	}
	out := &CandidateResult{Attempt: *a, Session: *es}
	if err := s.db.GetContext(ctx, &out.Result, `SELECT * FROM exam_results WHERE attempt_id = ?`, a.ID); err != nil {
		return nil, fmt.Errorf("result %d: %w", a.ID, err)
	}
	form, err := formOf(ctx, s.db, a.ID, "")
	if err != nil {
		return nil, err
	}
	answers, err := answersOf(ctx, s.db, a.ID)
	if err != nil {
		return nil, err
	}
	secs, err := sectionsOf(ctx, s.db, a.ID)
	if err != nil {
		return nil, err
	}
	var scores []struct {
		Pos    int    `db:"pos"`
		Detail string `db:"detail"`
	}
	if err := s.db.SelectContext(ctx, &scores, `SELECT pos, detail FROM exam_item_scores WHERE attempt_id = ?`, a.ID); err != nil {
		return nil, fmt.Errorf("scores: %w", err)
	}
	byPos := map[int]*bank.Score{}
	for _, sc := range scores {
		var b bank.Score
		if err := json.Unmarshal([]byte(sc.Detail), &b); err != nil {
			return nil, fmt.Errorf("score detail: %w", err)
		}
		byPos[sc.Pos] = &b
	}
	var finals []struct {
		Pos   int      `db:"pos"`
		Final *float64 `db:"final"`
	}
	if err := s.db.SelectContext(ctx, &finals, `SELECT pos, final FROM exam_scripts WHERE attempt_id = ?`, a.ID); err != nil {
		return nil, fmt.Errorf("scripts: %w", err)
	}
	finalOf := map[int]*float64{}
	for _, f := range finals {
		finalOf[f.Pos] = f.Final
	}
	for _, e := range form {
		out.Items = append(out.Items, ReviewItem{FormEntry: e, Skill: secs[e.Section].Skill, Response: answers[e.Pos].Response,
			Score: byPos[e.Pos], Final: finalOf[e.Pos]})
	}
	return out, nil
}

// ScoreLogEntry is one line of the score audit log.
type ScoreLogEntry struct {
	ID     int64   `db:"id"`
	Pos    *int    `db:"pos"`
	Kind   string  `db:"kind"`
	Before *string `db:"before"`
	After  *string `db:"after"`
	Reason string  `db:"reason"`
	UserID *int64  `db:"user_id"`
	User   *string `db:"username"`
	AtMS   int64   `db:"at"`
}

// ScoreLog lists every score change of an attempt, oldest first.
func (s *Store) ScoreLog(ctx context.Context, attemptID int64) ([]ScoreLogEntry, error) {
	var out []ScoreLogEntry
	if err := s.db.SelectContext(ctx, &out, `SELECT l.id, l.pos, l.kind, l.before, l.after, l.reason, l.user_id, u.username, l.at
		FROM exam_score_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.attempt_id = ? ORDER BY l.id`, attemptID); err != nil {
		return nil, fmt.Errorf("score log: %w", err)
	}
	return out, nil
}

// ---------------------------------------------------------------- regrade

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

// errDryRun rolls back a regrade made only to be shown.
var errDryRun = errors.New("dry run")

// RegradeItem grades every submitted response to item itemID again with
// its current version (a corrected key) and recomputes the results it
// touches. The form keeps the version the candidate saw; the score records
// the version it was graded with. With dryRun the same work is done in a
// transaction that is rolled back, so the preview is exactly what a real
// run would do.
func (s *Store) RegradeItem(ctx context.Context, itemID string, dryRun bool, by *int64, t time.Time) ([]RegradeChange, error) {
	var out []RegradeChange
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		out = nil
		var cur ItemVersion
		err := tx.GetContext(ctx, &cur, itemVersionSelect+` WHERE v.item_id = ? AND v.version = i.current_version`, itemID)
		if noRows(err) {
			return notFound("item")
		}
		if err != nil {
			return fmt.Errorf("item %s: %w", itemID, err)
		}
		if bank.Manual(cur.Type) {
			return &apperr.Error{Code: apperr.Invalid, Key: "exam.regrade.manual", Message: itemID + " is rated, not graded by key"}
		}
		it, _, err := cur.Item()
		if err != nil {
			return err
		}
		var rows []struct {
			AttemptID int64   `db:"attempt_id"`
			Pos       int     `db:"pos"`
			Points    float64 `db:"points"`
			Code      string  `db:"code"`
			SessionID int64   `db:"session_id"`
			OldPoints float64 `db:"old_points"`
			OldMax    float64 `db:"old_max"`
			OldVer    int     `db:"old_version"`
			Verdict   string  `db:"verdict"`
		}
		if err := tx.SelectContext(ctx, &rows, `SELECT f.attempt_id, f.pos, f.points, a.code, a.session_id,
			s.points AS old_points, s.max AS old_max, v.version AS old_version, s.verdict
			FROM exam_form_items f JOIN exam_attempts a ON a.id = f.attempt_id
			JOIN exam_item_scores s ON s.attempt_id = f.attempt_id AND s.pos = f.pos
			JOIN bank_item_versions v ON v.id = s.graded_version_id
			WHERE f.item_id = ? AND s.graded_version_id <> ? ORDER BY f.attempt_id, f.pos`, itemID, cur.ID); err != nil {
			return fmt.Errorf("regrade %s: %w", itemID, err)
		}
		for _, r := range rows {
			answers, err := answersOf(ctx, tx, r.AttemptID)
			if err != nil {
				return err
			}
			sc := exam.GradeItem(it, answers[r.Pos].Response, r.Points)
			ch := RegradeChange{AttemptID: r.AttemptID, Code: r.Code, SessionID: r.SessionID, Pos: r.Pos,
				FromVersion: r.OldVer, ToVersion: cur.Version, Before: r.OldPoints, After: sc.Points, Max: sc.Max}
			var old ResultRow
			if err := tx.GetContext(ctx, &old, `SELECT * FROM exam_results WHERE attempt_id = ?`, r.AttemptID); err == nil {
				ch.OldAverage, ch.OldLevel = &old.Average, &old.Level
			} else if !noRows(err) {
				return fmt.Errorf("result: %w", err)
			}
			detail, err := json.Marshal(sc)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE exam_item_scores SET points = ?, max = ?, verdict = ?, detail = ?, graded_version_id = ?, scored_at = ?
				WHERE attempt_id = ? AND pos = ?`, sc.Points, sc.Max, sc.Verdict, string(detail), cur.ID, ms(t), r.AttemptID, r.Pos); err != nil {
				return fmt.Errorf("regrade: %w", err)
			}
			if err := MarkItemUsedTx(ctx, tx, cur.ID, r.AttemptID); err != nil {
				return err
			}
			pos := r.Pos
			why := reason("regrade", "Item", itemID, "From", r.OldVer, "To", cur.Version)
			if err := scoreLog(ctx, tx, r.AttemptID, &pos, "item", itemScoreLog{r.OldPoints, r.OldMax, r.Verdict, 0},
				itemScoreLog{sc.Points, sc.Max, sc.Verdict, cur.ID}, why, by, t); err != nil {
				return err
			}
			if err := updateResult(ctx, tx, r.AttemptID, why, by, t); err != nil {
				return err
			}
			var nr ResultRow
			if err := tx.GetContext(ctx, &nr, `SELECT * FROM exam_results WHERE attempt_id = ?`, r.AttemptID); err == nil {
				ch.NewAverage, ch.NewLevel = &nr.Average, &nr.Level
			} else if !noRows(err) {
				return fmt.Errorf("result: %w", err)
			}
			out = append(out, ch)
		}
		if dryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return out, err
}
