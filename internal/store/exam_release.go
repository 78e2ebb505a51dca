package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// ---------------------------------------------------------------- results

// ReleaseResults lets the candidates of a session see their results: every
// attempt fully scored and not yet released. Later attempts are released by
// calling it again. It returns how many were released.
func (s *Exams) ReleaseResults(ctx context.Context, sessionID int64, by int64, t time.Time) (int, error) {
	var n int
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		var ids []int64
		if err := tx.SelectContext(ctx, &ids, `SELECT id FROM exam_attempts WHERE session_id = ? AND status = 'scored' AND released_at IS NULL`,
			sessionID); err != nil {
			return fmt.Errorf("release: %w", err)
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET released_at = ?, released_by = ? WHERE id = ?`, ms(t), by, id); err != nil {
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
func (s *Attempts) CandidateResultOf(ctx context.Context, attemptID, userID int64) (*CandidateResult, error) {
	a, err := attemptOf(ctx, s.db, attemptID, userID)
	if err != nil {
		return nil, err
	}
	if a.ReleasedMS == nil {
		return nil, examErr(apperr.NotFound, "exam.err.not_released", "result of attempt %d not released", attemptID)
	}
	es, err := examSession(ctx, s.db, a.SessionID)
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
func (s *Exams) ScoreLog(ctx context.Context, attemptID int64) ([]ScoreLogEntry, error) {
	var out []ScoreLogEntry
	if err := s.db.SelectContext(ctx, &out, `SELECT l.id, l.pos, l.kind, l.before, l.after, l.reason, l.user_id, u.username, l.at
		FROM exam_score_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.attempt_id = ? ORDER BY l.id`, attemptID); err != nil {
		return nil, fmt.Errorf("score log: %w", err)
	}
	return out, nil
}

// ---------------------------------------------------------------- regrade

// RegradeChange is what a regrade does to one attempt's item.
type RegradeChange = exam.RegradeChange

// errDryRun rolls back a regrade made only to be shown.
var errDryRun = errors.New("dry run")

// RegradeItem grades every submitted response to item itemID again with
// its current version (a corrected key) and recomputes the results it
// touches. The form keeps the version the candidate saw; the score records
// the version it was graded with. With dryRun the same work is done in a
// transaction that is rolled back, so the preview is exactly what a real
// run would do.
func (s *Exams) RegradeItem(ctx context.Context, itemID string, dryRun bool, by *int64, t time.Time, grade exam.Grader) ([]RegradeChange, error) {
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
			sc := grade(it, answers[r.Pos].Response, r.Points)
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
