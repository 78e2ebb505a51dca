package store

// Forms drawn before the bell. A draw from the full bank costs a few
// milliseconds of CPU; 2,000 candidates pressing "start" in the same second
// would queue 2,000 of them. The server draws each invited candidate's form
// ahead (PredrawDue, run in the background for sessions open or about to
// open) into exam_predraws; a start then only copies its rows inside
// SQLite. A predraw whose bank revision or count of the candidate's
// attempts has moved is ignored (the start draws afresh) and drawn again by
// the next PredrawDue.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/exam"
)

// predrawSection is a section as kept in exam_predraws.sections.
type predrawSection struct {
	Skill    string `json:"skill"`
	Minutes  int    `json:"minutes"`
	MaxPlays int    `json:"max_plays"`
	MaxTakes int    `json:"max_takes"`
}

// predrawnPlan returns the plan drawn ahead for the candidate, from what
// planStart read, or nil when there is none still valid.
func predrawnPlan(r *startRead, at time.Time) (*startPlan, error) {
	if r.PredrawSeed == nil || r.PredrawRev == nil || r.PredrawPrior == nil || r.PredrawSections == nil || r.BankRev == nil {
		return nil, nil
	}
	if *r.PredrawRev != *r.BankRev || *r.PredrawPrior != r.Prior {
		return nil, nil
	}
	var secs []predrawSection
	if err := json.Unmarshal([]byte(*r.PredrawSections), &secs); err != nil {
		return nil, fmt.Errorf("predrawn form of candidate %d: %w", r.CandidateID, err)
	}
	p := &startPlan{sessionID: r.ID, candidateID: r.CandidateID, seed: uint64(*r.PredrawSeed), at: at, rev: *r.BankRev,
		prior: r.Prior, predrawn: true, sections: make([]exam.FormSection, 0, len(secs))}
	for _, sec := range secs {
		p.sections = append(p.sections, exam.FormSection{Skill: sec.Skill, Minutes: sec.Minutes, MaxPlays: sec.MaxPlays, MaxTakes: sec.MaxTakes})
	}
	return p, nil
}

// copyPredrawn writes a predrawn form's items into the new attempt without
// leaving SQLite (their usage marks follow: examusage.go).
func copyPredrawn(ctx context.Context, tx *sqlx.Tx, p *startPlan, attemptID int64) error {
	r, err := tx.ExecContext(ctx, `INSERT INTO exam_form_items (attempt_id, pos, section_idx, part_id, item_id, version_id, points, manual, layout)
		SELECT ?, pos, section_idx, part_id, item_id, version_id, points, manual, layout FROM exam_predraw_items
		WHERE session_id = ? AND candidate_id = ? ORDER BY pos`, attemptID, p.sessionID, p.candidateID)
	if err != nil {
		return fmt.Errorf("form items: %w", err)
	}
	if n, err := r.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("predrawn form of candidate %d has no items (%v)", p.candidateID, err)
	}
	return nil
}

// predrawBatch is how many candidates' forms one transaction writes.
const predrawBatch = 50

// PredrawSession draws ahead the form of every candidate invited to the
// session who has not started it and has no valid predraw, and drops the
// predraws of those who have started. It returns how many it drew. Draws
// happen outside the write lock; writes are short batches, so exam traffic
// is served meanwhile.
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
	pool, err := s.currentPool(ctx)
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
		  AND NOT EXISTS (SELECT 1 FROM exam_predraws p WHERE p.session_id = ? AND p.candidate_id = c.id
		                  AND p.bank_rev = ? AND p.prior = (SELECT count(*) FROM exam_attempts a WHERE a.candidate_id = c.id))
		ORDER BY c.id`, sessionID, sessionID, sessionID, sessionID, pool.rev)
	if err != nil {
		return 0, fmt.Errorf("candidates to predraw for session %d: %w", sessionID, err)
	}
	drawn := 0
	var batch []*startPlan
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := s.tx(ctx, func(tx *sqlx.Tx) error {
			for _, p := range batch {
				if err := writePredraw(ctx, tx, p, at); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		drawn += len(batch)
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
		p.sessionID = sessionID
		batch = append(batch, p)
		if len(batch) == predrawBatch {
			if err := flush(); err != nil {
				return drawn, err
			}
		}
	}
	if err := flush(); err != nil {
		return drawn, err
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM exam_predraws WHERE session_id = ?
			AND candidate_id IN (SELECT candidate_id FROM exam_attempts WHERE session_id = ?)`, sessionID, sessionID)
		return err
	})
	if err != nil {
		return drawn, fmt.Errorf("drop used predraws: %w", err)
	}
	return drawn, nil
}

func writePredraw(ctx context.Context, tx *sqlx.Tx, p *startPlan, at time.Time) error {
	secs := make([]predrawSection, len(p.sections))
	for i, sec := range p.sections {
		secs[i] = predrawSection{Skill: sec.Skill, Minutes: sec.Minutes, MaxPlays: sec.MaxPlays, MaxTakes: sec.MaxTakes}
	}
	sj, err := json.Marshal(secs)
	if err != nil {
		return err
	}
	// Replacing deletes the old items too (ON DELETE CASCADE).
	if _, err := tx.ExecContext(ctx, `DELETE FROM exam_predraws WHERE session_id = ? AND candidate_id = ?`, p.sessionID, p.candidateID); err != nil {
		return fmt.Errorf("old predraw: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_predraws (session_id, candidate_id, seed, bank_rev, prior, sections, drawn_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, p.sessionID, p.candidateID, int64(p.seed), p.rev, p.prior, string(sj), ms(at)); err != nil {
		return fmt.Errorf("predraw: %w", err)
	}
	items := p.form.Items()
	for lo := 0; lo < len(items); lo += 90 {
		hi := min(lo+90, len(items))
		var sb strings.Builder
		var args []any
		for pos := lo; pos < hi; pos++ {
			it := items[pos]
			values(&sb, pos-lo, 10)
			args = append(args, p.sessionID, p.candidateID, pos, it.Section, it.Part, it.ItemID, it.VersionID, it.Points, it.Manual, p.layouts[pos])
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_predraw_items (session_id, candidate_id, pos, section_idx, part_id,
			item_id, version_id, points, manual, layout) VALUES `+sb.String(), args...); err != nil {
			return fmt.Errorf("predraw items: %w", err)
		}
	}
	return nil
}

// PredrawDue predraws the sessions open at t or opening within ahead, and
// returns how many forms it drew. A session that fails (a blueprint the
// bank can no longer fill) does not keep the others from being drawn: its
// error is returned with the others' after all were tried.
func (s *Exams) PredrawDue(ctx context.Context, t time.Time, ahead time.Duration) (int, error) {
	// Usage marks a crash left pending are written by this round.
	if _, err := s.MarkPendingUsage(ctx); err != nil {
		return 0, err
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
