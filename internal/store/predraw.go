package store

// Forms drawn before the bell. A draw from the full bank costs a few
// milliseconds of CPU, and writing a form's ~80 rows about one more under
// the write lock; 2,000 candidates pressing "start" in the same second
// would queue 2,000 of both. The server draws each invited candidate's
// attempt ahead (PredrawDue, run in the background for sessions open or
// about to open) and writes it whole, sections and form items included, in
// the "drawn" state (migration 00022): exam_attempt_rows.drawn_rev holds
// the bank revision it was drawn from, drawn_prior the candidate's number
// of begun attempts then. The view exam_attempts, which every other query
// reads, shows only begun attempts. A start is then one UPDATE that clears
// both, provided they still hold; otherwise the start draws afresh and the
// next PredrawDue draws the stale ones again.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/exam"
)

// predrawnPlan returns the plan of the attempt drawn ahead for the
// candidate, from what planStart read, or nil when there is none still
// valid.
func predrawnPlan(r *startRead, at time.Time) *startPlan {
	if r.DrawnID == nil || r.DrawnRev == nil || r.DrawnPrior == nil {
		return nil
	}
	if *r.DrawnRev != r.BankRev || *r.DrawnPrior != r.Prior {
		return nil
	}
	return &startPlan{sessionID: r.ID, candidateID: r.CandidateID, at: at, rev: r.BankRev, prior: r.Prior, drawnID: *r.DrawnID}
}

// beginDrawn begins the drawn attempt of p: one UPDATE, made only if the
// bank and the candidate's attempts are still those it was drawn with. It
// reports whether it did.
func beginDrawn(ctx context.Context, tx *sqlx.Tx, p *startPlan) (bool, error) {
	r, err := tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET drawn_rev = NULL, drawn_prior = NULL, started_at = ?
		WHERE id = ? AND drawn_rev = (SELECT rev FROM bank_revision WHERE id = 1)
		  AND drawn_prior = (SELECT count(*) FROM exam_attempts WHERE candidate_id = ?)`, ms(p.at), p.drawnID, p.candidateID)
	if err != nil {
		return false, fmt.Errorf("begin the drawn attempt of candidate %d: %w", p.candidateID, err)
	}
	n, err := r.RowsAffected()
	return n == 1, err
}

// insertAttempt writes p's attempt, its sections and its form: begun, or
// drawn ahead when drawn is true.
func insertAttempt(ctx context.Context, tx *sqlx.Tx, p *startPlan, drawn bool) (int64, error) {
	if len(p.sections) == 0 {
		return 0, errors.New("the drawn form has no section")
	}
	var rev, prior any // NULL: begun
	if drawn {
		rev, prior = p.rev, p.prior
	}
	var id int64
	for try := 0; ; try++ {
		r, err := tx.ExecContext(ctx, `INSERT INTO exam_attempt_rows (session_id, candidate_id, code, seed, started_at, drawn_rev, drawn_prior)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, p.sessionID, p.candidateID, exam.NewCode(), int64(p.seed), ms(p.at), rev, prior)
		if isUnique(err) && strings.Contains(err.Error(), ".code") && try < 5 {
			continue // another attempt drew the same code
		}
		if err != nil {
			return 0, fmt.Errorf("attempt of candidate %d: %w", p.candidateID, err)
		}
		if id, err = r.LastInsertId(); err != nil {
			return 0, err
		}
		break
	}
	var sb strings.Builder
	var args []any
	for i, sec := range p.sections {
		values(&sb, i, 6)
		args = append(args, id, i, sec.Skill, sec.Minutes, sec.MaxPlays, sec.MaxTakes)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_sections (attempt_id, idx, skill, minutes, max_plays, max_takes) VALUES `+
		sb.String(), args...); err != nil {
		return 0, fmt.Errorf("attempt sections: %w", err)
	}
	// 100 rows a statement stays under SQLite's 999 parameters of old builds.
	items := p.form.Items()
	for lo := 0; lo < len(items); lo += 100 {
		hi := min(lo+100, len(items))
		var fi strings.Builder
		var fargs []any
		for pos := lo; pos < hi; pos++ {
			it := items[pos]
			values(&fi, pos-lo, 9)
			fargs = append(fargs, id, pos, it.Section, it.Part, it.ItemID, it.VersionID, it.Points, it.Manual, p.layouts[pos])
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_form_items (attempt_id, pos, section_idx, part_id, item_id,
			version_id, points, manual, layout) VALUES `+fi.String(), fargs...); err != nil {
			return 0, fmt.Errorf("form items: %w", err)
		}
	}
	return id, nil
}

// dropDrawn deletes the candidate's drawn, not begun, attempt at the
// session, if any (its sections and form go with it).
func dropDrawn(ctx context.Context, tx *sqlx.Tx, sessionID, candidateID int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM exam_attempt_rows WHERE session_id = ? AND candidate_id = ? AND drawn_rev IS NOT NULL`,
		sessionID, candidateID); err != nil {
		return fmt.Errorf("replace the drawn attempt of candidate %d: %w", candidateID, err)
	}
	return nil
}

// predrawBatch is how many candidates' forms one transaction writes.
const predrawBatch = 50

// PredrawSession draws ahead the attempt of every candidate invited to the
// session who has not begun it and has no valid drawn one. It returns how
// many it drew. Draws happen outside the write lock; writes are short
// batches, so exam traffic is served meanwhile.
func (s *Exams) PredrawSession(ctx context.Context, sessionID int64, at time.Time) (int, error) {
	es, err := s.ExamSession(ctx, sessionID)
	if err != nil {
		return 0, err
	}
	if !at.Before(es.Closes()) {
		return 0, nil
	}
	bp, err := es.Blueprint()
	if err != nil {
		return 0, err
	}
	// Who needs a form is asked first, at the bank's revision: on most
	// rounds no one does, and loading and decoding the pool would be the
	// round's whole cost. If the bank changes before the pool is read, the
	// forms drawn now carry the newer revision, and the next round draws
	// whoever this list missed.
	rev, err := bankRevision(ctx, s.db)
	if err != nil {
		return 0, err
	}
	var cands []struct {
		ID    int64 `db:"id"`
		Prior int   `db:"prior"`
	}
	err = s.db.SelectContext(ctx, &cands, `SELECT c.id, (SELECT count(*) FROM exam_attempts a WHERE a.candidate_id = c.id) AS prior
		FROM candidates c
		WHERE (c.cohort_id = (SELECT cohort_id FROM exam_sessions WHERE id = ?)
		       OR c.id IN (SELECT candidate_id FROM exam_session_candidates WHERE session_id = ?))
		  AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.session_id = ? AND a.candidate_id = c.id)
		  AND NOT EXISTS (SELECT 1 FROM exam_attempt_rows d WHERE d.session_id = ? AND d.candidate_id = c.id
		                  AND d.drawn_rev = ? AND d.drawn_prior = (SELECT count(*) FROM exam_attempts a WHERE a.candidate_id = c.id))
		ORDER BY c.id`, sessionID, sessionID, sessionID, sessionID, rev)
	if err != nil {
		return 0, fmt.Errorf("candidates to predraw for session %d: %w", sessionID, err)
	}
	if len(cands) == 0 {
		return 0, nil
	}
	pool, err := s.currentPool(ctx)
	if err != nil {
		return 0, err
	}
	drawn := 0
	var batch []*startPlan
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n := 0
		err := s.tx(ctx, func(tx *sqlx.Tx) error {
			n = 0
			for _, p := range batch {
				ok, err := writePredraw(ctx, tx, p)
				if err != nil {
					return err
				}
				if ok {
					n++
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		drawn += n
		batch = batch[:0]
		return nil
	}
	for _, c := range cands {
		if err := ctx.Err(); err != nil {
			return drawn, err
		}
		p, err := s.drawPlan(ctx, pool, bp, c.ID, c.Prior)
		if err != nil {
			return drawn, fmt.Errorf("predraw for candidate %d: %w", c.ID, err)
		}
		p.sessionID, p.at = sessionID, at
		batch = append(batch, p)
		if len(batch) == predrawBatch {
			if err := flush(); err != nil {
				return drawn, err
			}
		}
	}
	return drawn, flush()
}

// writePredraw replaces the candidate's drawn attempt with p's. It writes
// nothing, and says so, when the candidate began the session meanwhile.
func writePredraw(ctx context.Context, tx *sqlx.Tx, p *startPlan) (bool, error) {
	if err := dropDrawn(ctx, tx, p.sessionID, p.candidateID); err != nil {
		return false, err
	}
	var begun int
	if err := tx.GetContext(ctx, &begun, `SELECT count(*) FROM exam_attempt_rows WHERE session_id = ? AND candidate_id = ?`,
		p.sessionID, p.candidateID); err != nil {
		return false, fmt.Errorf("attempt of candidate %d: %w", p.candidateID, err)
	}
	if begun > 0 {
		return false, nil
	}
	if _, err := insertAttempt(ctx, tx, p, true); err != nil {
		return false, fmt.Errorf("predraw: %w", err)
	}
	return true, nil
}

// PredrawDue predraws the sessions open at t or opening within ahead, and
// returns how many forms it drew. A session that fails (a blueprint the
// bank can no longer fill) does not keep the others from being drawn: its
// error is returned with the others' after all were tried. The drawn
// attempts of closed sessions, never begun, are deleted.
func (s *Exams) PredrawDue(ctx context.Context, t time.Time, ahead time.Duration) (int, error) {
	// Usage marks a crash left pending are written by this round.
	if _, err := s.MarkPendingUsage(ctx); err != nil {
		return 0, err
	}
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM exam_attempt_rows WHERE drawn_rev IS NOT NULL
			AND session_id IN (SELECT id FROM exam_sessions WHERE closes_at <= ?)`, ms(t))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("drop the drawn attempts of closed sessions: %w", err)
	}
	var ids []int64
	if err := s.db.SelectContext(ctx, &ids, `SELECT id FROM exam_sessions WHERE opens_at <= ? AND closes_at > ? ORDER BY opens_at`,
		ms(t.Add(ahead)), ms(t)); err != nil {
		return 0, fmt.Errorf("sessions to predraw: %w", err)
	}
	total := 0
	var errs []error
	for _, id := range ids {
		n, err := s.PredrawSession(ctx, id, t)
		total += n
		if ctx.Err() != nil {
			return total, ctx.Err()
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("predraw session %d: %w", id, err))
		}
	}
	return total, errors.Join(errs...)
}
