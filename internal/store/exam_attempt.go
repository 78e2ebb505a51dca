package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

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
	return examSession(ctx, tx, id)
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
		out[i] = r.section()
	}
	return out, nil
}

func (r sectionRow) section() exam.Section {
	return exam.Section{Index: r.Idx, Skill: r.Skill, Minutes: r.Minutes, MaxPlays: r.MaxPlays, MaxTakes: r.MaxTakes,
		Started: fromMSp(r.StartedMS), Deadline: fromMSp(r.Deadline), Closed: fromMSp(r.ClosedMS)}
}

// advance brings an in-progress attempt up to date at t: closes sections
// past their deadline, opens the next one if the candidate asks (open) and
// the session's hard end has not passed, and submits the attempt when every
// section is over (or, past the hard end, when none is running).
func advance(ctx context.Context, tx *sqlx.Tx, a *Attempt, es *ExamSession, t time.Time, open bool, grade exam.Grader) ([]exam.Section, exam.Step, error) {
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
		if err := submitAttempt(ctx, tx, a, es, t, grade); err != nil {
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
func (s *Attempts) catchUp(ctx context.Context, tx *sqlx.Tx, attemptID, userID int64, t time.Time) (*Attempt, *ExamSession, []exam.Section, exam.Step, error) {
	a, es, err := ownAttempt(ctx, tx, attemptID, userID)
	if err != nil {
		return nil, nil, nil, exam.Step{}, err
	}
	secs, st, err := advance(ctx, tx, a, es, t, true, exam.GradeItem)
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
func (s *Attempts) CandidateAttempt(ctx context.Context, attemptID, userID int64, t time.Time) (*AttemptView, error) {
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
func (s *Attempts) CandidateAttemptState(ctx context.Context, attemptID, userID int64, t time.Time) (AttemptState, error) {
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
	e, err := entryOf(ctx, tx, a.ID, pos)
	if err != nil {
		return nil, exam.Section{}, err
	}
	secs, err := sectionsOf(ctx, tx, a.ID)
	if err != nil {
		return nil, exam.Section{}, err
	}
	return e, secs[e.Section], nil
}

// entryOf is the item at pos of the attempt's form (fixed at the start).
func entryOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64, pos int) (*FormEntry, error) {
	es, err := formOf(ctx, q, attemptID, ` AND f.pos = ?`, pos)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, notFound("item")
	}
	return &es[0], nil
}

// seat is a candidate's attempt loaded for a request on one of its items:
// the attempt (only if it is theirs), its session, and the item with its
// section's clock. Every candidate request on an item starts here, so the
// ownership check cannot be left out of one of them.
type seat struct {
	a   *Attempt
	es  *ExamSession
	e   *FormEntry
	sec exam.Section
}

func loadSeat(ctx context.Context, tx *sqlx.Tx, attemptID, userID int64, pos int) (*seat, error) {
	a, es, err := ownAttempt(ctx, tx, attemptID, userID)
	if err != nil {
		return nil, err
	}
	e, sec, err := entryTx(ctx, tx, a, pos)
	if err != nil {
		return nil, err
	}
	return &seat{a: a, es: es, e: e, sec: sec}, nil
}

// closed is the refusal of a request that came after the item's section
// (or the attempt) closed.
func (x *seat) closed() error {
	return examErr(apperr.Conflict, "exam.err.section_closed", "section %d is closed", x.sec.Index)
}

// open refuses unless the attempt runs and the item's section is open at t.
func (x *seat) open(t time.Time) error {
	if x.a.Status != AttemptInProgress || !x.sec.OpenAt(t) {
		return x.closed()
	}
	return nil
}

// ownAttempt loads the attempt of the candidate signed in as userID, with
// its session: the start of every candidate request on a whole attempt.
func ownAttempt(ctx context.Context, q sqlx.QueryerContext, attemptID, userID int64) (*Attempt, *ExamSession, error) {
	a, err := attemptOf(ctx, q, attemptID, userID)
	if err != nil {
		return nil, nil, err
	}
	es, err := examSession(ctx, q, a.SessionID)
	if err != nil {
		return nil, nil, err
	}
	return a, es, nil
}

// The exam use case (exam.Sitting) persists through these two stores.
var (
	_ exam.SittingRepo = (*Attempts)(nil)
	_ exam.RegradeRepo = (*Exams)(nil)
)
