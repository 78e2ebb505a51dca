package store

// Starting an exam attempt at scale: on exam day every candidate of a room
// (up to 2,000 in the load test) presses "start" in the same second. A start
// used to load and decode the whole item pool, draw the form and write ~250
// statements inside the one write transaction, so starts ran one after the
// other at ~30 ms each (docs/performance.md). Now:
//
//  1. the decoded pool is kept in memory per bank revision (bank_revision,
//     kept by triggers, so an import by another process is seen too);
//  2. the form is drawn and laid out before the write lock, by at most a
//     few starts at once (CPU work; more would only hold more memory);
//  3. a form drawn before the bell (predraw.go) is begun by one UPDATE,
//     another is written by a handful of multi-row INSERTs, and the
//     starts waiting for the lock are committed together (groupcommit.go:
//     one fsync for many), each in its own savepoint so one failure fails
//     only its own.
//
// The write re-checks what the draw assumed (bank revision, the
// candidate's earlier attempts, no attempt begun meanwhile) and the draw is
// made again if it no longer holds, so the form is exactly what a draw
// inside the transaction would have given: current item versions, items
// seen in earlier attempts avoided, the seed kept with the attempt.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// startState is the Store's state for exam starts.
type startState struct {
	poolMu sync.Mutex
	pool   *drawPool

	semOnce sync.Once
	sem     chan struct{}
}

// drawPool is every current, unretired item version with its content
// decoded, as of one bank revision. It is shared and never changed.
type drawPool struct {
	rev     int64
	items   []exam.PoolItem
	content map[int64]poolContent // by version id
}

type poolContent struct {
	item  *bank.Item
	group *bank.Group
}

func bankRevision(ctx context.Context, q sqlx.QueryerContext) (int64, error) {
	var rev int64
	if err := sqlx.GetContext(ctx, q, &rev, `SELECT rev FROM bank_revision WHERE id = 1`); err != nil {
		return 0, fmt.Errorf("bank revision: %w", err)
	}
	return rev, nil
}

// currentPool returns the decoded pool of the bank as it is now, loading it
// again only when the bank revision moved.
func (s *conn) currentPool(ctx context.Context) (*drawPool, error) {
	st := &s.starts
	st.poolMu.Lock()
	defer st.poolMu.Unlock()
	rev, err := bankRevision(ctx, s.db)
	if err != nil {
		return nil, err
	}
	if st.pool != nil && st.pool.rev == rev {
		return st.pool, nil
	}
	// Reads outside a transaction see each its own snapshot: an import
	// committed between the revision and the pool would pair the new pool
	// with the old revision. Reading the revision after the pool too tells.
	for try := 0; try < 5; try++ {
		p, err := loadDrawPool(ctx, s.db, rev)
		if err != nil {
			return nil, err
		}
		after, err := bankRevision(ctx, s.db)
		if err != nil {
			return nil, err
		}
		if after == rev {
			st.pool = p
			return p, nil
		}
		rev = after
	}
	return nil, errors.New("exam pool: the bank changed during each of 5 reads; try again")
}

func loadDrawPool(ctx context.Context, q sqlx.QueryerContext, rev int64) (*drawPool, error) {
	var rows []struct {
		ItemVersion
		Bank         string  `db:"bank"`
		GroupContent *string `db:"group_content"`
	}
	err := sqlx.SelectContext(ctx, q, &rows, `SELECT v.id, v.item_id, v.version, v.skill, v.level, v.type, v.topics,
		v.group_version_id, v.content, v.content_hash, v.author, v.created_at, 0 AS used, 1 AS current, i.retired, i.bank,
		g.content AS group_content
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		LEFT JOIN bank_group_versions g ON g.id = v.group_version_id
		WHERE i.retired = 0 ORDER BY v.item_id`)
	if err != nil {
		return nil, fmt.Errorf("exam pool: %w", err)
	}
	p := &drawPool{rev: rev, items: make([]exam.PoolItem, 0, len(rows)), content: make(map[int64]poolContent, len(rows))}
	groups := map[int64]*bank.Group{}
	for _, r := range rows {
		it, _, err := r.Item()
		if err != nil {
			return nil, err
		}
		var g *bank.Group
		if r.GroupVersionID != nil && r.GroupContent != nil {
			if g = groups[*r.GroupVersionID]; g == nil {
				gv := GroupVersion{ID: *r.GroupVersionID, Content: *r.GroupContent}
				if g, _, err = gv.Group(); err != nil {
					return nil, err
				}
				groups[*r.GroupVersionID] = g
			}
		}
		p.items = append(p.items, exam.PoolItem{VersionID: r.ID, ItemID: r.ItemID, Bank: r.Bank, Skill: r.Skill, Type: r.Type,
			Level: r.Level, Topics: r.Topics(), Group: it.Group, Points: it.MaxPoints()})
		p.content[r.ID] = poolContent{item: it, group: g}
	}
	return p, nil
}

// startPlan is a drawn form ready to be written, with what the draw
// assumed.
type startPlan struct {
	sessionID, candidateID int64
	seed                   uint64
	at                     time.Time
	rev                    int64 // bank revision drawn from
	prior                  int   // the candidate's attempts when seen items were read
	sections               []exam.FormSection
	// Drawn now: the form and each position's layout, to write. Drawn
	// before the bell (predraw.go): the attempt row to begin.
	form    *exam.Form
	layouts []string
	drawnID int64
}

// errStaleDraw says a plan's assumptions no longer hold: draw again.
var errStaleDraw = errors.New("stale draw")

// StartAttempt begins (or, if begun, returns) the candidate's attempt at a
// session: it checks the window and the access code, draws the form, and
// marks the drawn item versions used so they can never change. Resuming
// needs no access code: the candidate proved it once.
func (s *Attempts) StartAttempt(ctx context.Context, sessionID, userID int64, accessCode string, at time.Time) (int64, error) {
	st := &s.starts
	st.semOnce.Do(func() { st.sem = make(chan struct{}, 2*runtime.GOMAXPROCS(0)) })
	for try := 0; ; try++ {
		select {
		case st.sem <- struct{}{}:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
		plan, id, err := s.planStart(ctx, sessionID, userID, accessCode, at)
		<-st.sem
		if err != nil || id != 0 {
			return id, err
		}
		id, err = s.commitStart(ctx, plan)
		if errors.Is(err, errStaleDraw) && try < 5 {
			continue
		}
		if errors.Is(err, errStaleDraw) {
			return 0, fmt.Errorf("start attempt: the bank or the candidate's attempts changed during 6 draws; try again")
		}
		return id, err
	}
}

// startRead is everything a start reads before the write lock. It is five
// short lookups, each kept prepared by the driver's statement cache, rather
// than the one query joining them that it was: go-sqlite3 ran that query in
// ~300 µs, the lookups take ~60 µs together, and at 2,000 starts in a
// second this read is most of a start's database time
// (docs/performance.md). The lookups need not share a snapshot: the write
// checks again, under the lock, everything it relies on (no attempt begun,
// the bank revision, the candidate's attempts, the drawn attempt still
// what was read).
type startRead struct {
	ExamSession
	CandidateID  int64
	AttemptID    *int64 // the attempt already begun, if any
	Prior        int    // the candidate's begun attempts, all sessions
	CodeFailures int    // wrong access codes given at this session
	BankRev      int64
	// The attempt drawn ahead (predraw.go), when there is one.
	DrawnID    *int64
	DrawnRev   *int64
	DrawnPrior *int
}

// readStart reads what a start needs, or finds no session when the user is
// no candidate invited to it (by cohort or by name).
func (s *Attempts) readStart(ctx context.Context, sessionID, userID int64) (*startRead, error) {
	var who struct {
		ID       int64  `db:"id"`
		CohortID *int64 `db:"cohort_id"`
	}
	err := s.db.GetContext(ctx, &who, `SELECT id, cohort_id FROM candidates WHERE user_id = ?`, userID)
	if noRows(err) {
		return nil, notFound("exam session")
	}
	if err != nil {
		return nil, fmt.Errorf("candidate of user %d: %w", userID, err)
	}
	r := &startRead{CandidateID: who.ID}
	err = s.db.GetContext(ctx, &r.ExamSession, sessionSelect+` WHERE s.id = ?`, sessionID)
	if noRows(err) {
		return nil, notFound("exam session")
	}
	if err != nil {
		return nil, fmt.Errorf("exam session %d: %w", sessionID, err)
	}
	if r.CohortID == nil || who.CohortID == nil || *r.CohortID != *who.CohortID {
		var named bool
		if err := s.db.GetContext(ctx, &named, `SELECT EXISTS (SELECT 1 FROM exam_session_candidates
			WHERE session_id = ? AND candidate_id = ?)`, sessionID, who.ID); err != nil {
			return nil, fmt.Errorf("invitation of candidate %d to session %d: %w", who.ID, sessionID, err)
		}
		if !named {
			return nil, notFound("exam session")
		}
	}
	// At most one row: the session's attempt of the candidate, begun or
	// drawn ahead (UNIQUE (session_id, candidate_id)).
	var row struct {
		ID         int64  `db:"id"`
		DrawnRev   *int64 `db:"drawn_rev"`
		DrawnPrior *int   `db:"drawn_prior"`
	}
	err = s.db.GetContext(ctx, &row, `SELECT id, drawn_rev, drawn_prior FROM exam_attempt_rows WHERE session_id = ? AND candidate_id = ?`,
		sessionID, who.ID)
	switch {
	case noRows(err):
	case err != nil:
		return nil, fmt.Errorf("attempt of candidate %d at session %d: %w", who.ID, sessionID, err)
	case row.DrawnRev == nil:
		r.AttemptID = &row.ID
		return r, nil
	default:
		r.DrawnID, r.DrawnRev, r.DrawnPrior = &row.ID, row.DrawnRev, row.DrawnPrior
	}
	var counts struct {
		Prior        int    `db:"prior"`
		CodeFailures int    `db:"code_failures"`
		BankRev      *int64 `db:"bank_rev"`
	}
	if err := s.db.GetContext(ctx, &counts, `SELECT (SELECT count(*) FROM exam_attempts WHERE candidate_id = ?) AS prior,
		(SELECT count(*) FROM exam_code_failures WHERE session_id = ? AND candidate_id = ?) AS code_failures,
		(SELECT rev FROM bank_revision WHERE id = 1) AS bank_rev`, who.ID, sessionID, who.ID); err != nil {
		return nil, fmt.Errorf("attempts of candidate %d: %w", who.ID, err)
	}
	if counts.BankRev == nil {
		return nil, errors.New("bank revision: no row in bank_revision")
	}
	r.Prior, r.CodeFailures, r.BankRev = counts.Prior, counts.CodeFailures, *counts.BankRev
	return r, nil
}

// planStart checks that the candidate may start and draws the form, reading
// outside the write lock. It returns the attempt's id instead when one is
// already begun.
func (s *Attempts) planStart(ctx context.Context, sessionID, userID int64, accessCode string, at time.Time) (*startPlan, int64, error) {
	r, err := s.readStart(ctx, sessionID, userID)
	if err != nil {
		return nil, 0, err
	}
	if r.AttemptID != nil {
		return nil, *r.AttemptID, nil
	}
	es, candidateID := &r.ExamSession, r.CandidateID
	if !es.OpenAt(at) {
		return nil, 0, examErr(apperr.Conflict, "exam.err.not_open", "session %d is not open", sessionID)
	}
	if es.AccessCode != "" {
		if err := s.checkStartCode(ctx, es, candidateID, userID, r.CodeFailures, accessCode, at); err != nil {
			return nil, 0, err
		}
	}
	if plan := predrawnPlan(r, at); plan != nil {
		return plan, 0, nil
	}
	bp, err := es.Blueprint()
	if err != nil {
		return nil, 0, err
	}
	pool, err := s.currentPool(ctx)
	if err != nil {
		return nil, 0, err
	}
	plan, err := s.drawPlan(ctx, pool, bp, candidateID, r.Prior)
	if err != nil {
		return nil, 0, err
	}
	plan.sessionID, plan.at = sessionID, at
	return plan, 0, nil
}

// drawPlan draws a form for the candidate from pool, avoiding the items of
// the candidate's earlier attempts (prior of them when counted: the write
// checks the count did not move, e.g. a second start of another session by
// the same candidate in the same instant).
func (s *conn) drawPlan(ctx context.Context, pool *drawPool, bp *bank.Blueprint, candidateID int64, prior int) (*startPlan, error) {
	plan := &startPlan{candidateID: candidateID, rev: pool.rev, prior: prior, seed: exam.NewSeed()}
	var seenIDs []string
	if err := s.db.SelectContext(ctx, &seenIDs, `SELECT DISTINCT f.item_id FROM exam_form_items f
		JOIN exam_attempts a ON a.id = f.attempt_id WHERE a.candidate_id = ?`, candidateID); err != nil {
		return nil, fmt.Errorf("items seen: %w", err)
	}
	seen := make(map[string]bool, len(seenIDs))
	for _, x := range seenIDs {
		seen[x] = true
	}
	var err error
	plan.form, err = exam.Draw(bp, pool.items, seen, plan.seed)
	if err != nil {
		var se *exam.ShortError
		if errors.As(err, &se) {
			return nil, &apperr.Error{Code: apperr.Conflict, Key: "exam.err.short",
				Args: map[string]any{"Part": se.Part, "Want": se.Want, "Have": se.Have}, Message: se.Error()}
		}
		return nil, err
	}
	plan.sections = plan.form.Sections
	for _, p := range plan.form.Items() {
		c, ok := pool.content[p.VersionID]
		if !ok {
			return nil, fmt.Errorf("item version %d drawn but not in the pool", p.VersionID)
		}
		layout, err := json.Marshal(exam.LayoutOf(c.item, c.group, plan.seed, plan.form.Sections[p.Section].ShuffleOptions))
		if err != nil {
			return nil, err
		}
		plan.layouts = append(plan.layouts, string(layout))
	}
	return plan, nil
}

// commitStart writes a plan, in a transaction shared with the other starts
// and saves queued at the same time (groupcommit.go).
func (s *Attempts) commitStart(ctx context.Context, plan *startPlan) (int64, error) {
	var id int64
	err := s.groupTx(ctx, func(ctx context.Context, tx *sqlx.Tx) error {
		var err error
		id, err = writeStart(ctx, tx, plan)
		return err
	})
	if err != nil {
		return 0, err
	}
	s.kickUsage()
	return id, nil
}

// writeStart begins the attempt of p inside tx: the drawn one, or a new one
// written from the form drawn at the start, after checking the plan still
// holds.
func writeStart(ctx context.Context, tx *sqlx.Tx, p *startPlan) (int64, error) {
	id, begun, err := beginOrWrite(ctx, tx, p)
	if err != nil || !begun {
		return id, err
	}
	// The item usage marks follow the commit (examusage.go).
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_usage_pending (attempt_id) VALUES (?)`, id); err != nil {
		return 0, fmt.Errorf("pending usage marks: %w", err)
	}
	return id, nil
}

// beginOrWrite returns the attempt p begins, and whether this call began it
// (false: it was begun before).
func beginOrWrite(ctx context.Context, tx *sqlx.Tx, p *startPlan) (int64, bool, error) {
	if p.drawnID != 0 {
		// The storm's path: one statement under the write lock.
		ok, err := beginDrawn(ctx, tx, p)
		if err != nil || ok {
			return p.drawnID, err == nil, err
		}
	}
	var now struct {
		AttemptID *int64 `db:"attempt_id"`
		Rev       *int64 `db:"rev"`
		Prior     int    `db:"prior"`
	}
	err := tx.GetContext(ctx, &now, `SELECT
		(SELECT id FROM exam_attempts WHERE session_id = ? AND candidate_id = ?) AS attempt_id,
		(SELECT rev FROM bank_revision WHERE id = 1) AS rev,
		(SELECT count(*) FROM exam_attempts WHERE candidate_id = ?) AS prior`,
		p.sessionID, p.candidateID, p.candidateID)
	if err != nil {
		return 0, false, fmt.Errorf("attempt of candidate %d at session %d: %w", p.candidateID, p.sessionID, err)
	}
	if now.AttemptID != nil {
		return *now.AttemptID, false, nil // a second click, or another computer, was first
	}
	if now.Rev == nil {
		return 0, false, errors.New("bank revision: no row in bank_revision")
	}
	// A drawn attempt that could not begin went stale (or was drawn
	// again) since it was read: draw afresh.
	if p.drawnID != 0 || *now.Rev != p.rev || now.Prior != p.prior {
		return 0, false, errStaleDraw
	}
	if err := dropDrawn(ctx, tx, p.sessionID, p.candidateID); err != nil {
		return 0, false, err
	}
	id, err := insertAttempt(ctx, tx, p, false)
	if err != nil {
		return 0, false, fmt.Errorf("start attempt: %w", err)
	}
	return id, true, nil
}

// values appends the i-th "(?, ?, …)" of a multi-row VALUES list.
func values(sb *strings.Builder, i, n int) {
	if i > 0 {
		sb.WriteString(", ")
	}
	sb.WriteByte('(')
	for j := 0; j < n; j++ {
		if j > 0 {
			sb.WriteString(", ")
		}
		sb.WriteByte('?')
	}
	sb.WriteByte(')')
}
