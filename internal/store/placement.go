package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/measure"
	"hocviet/internal/placement"
	"hocviet/internal/practice"
)

// The store is the placement test's repository (placement.Repo).
var _ placement.Repo = (*Placement)(nil)

// It gives practice the placement levels (practice.PlacementRepo).
var _ practice.PlacementRepo = (*Placement)(nil)

// PlacementPool is MeasurePool without the figures only pages show.
func (s *Placement) PlacementPool(ctx context.Context, skill string, types []string) ([]measure.Item, error) {
	ps, err := measurePool(ctx, s.db, skill, types)
	if err != nil {
		return nil, err
	}
	out := make([]measure.Item, len(ps))
	for i, p := range ps {
		out[i] = p.Item
	}
	return out, nil
}

// StartPlacement opens a placement test for userID.
func (s *Placement) StartPlacement(ctx context.Context, userID int64, seed uint64, at time.Time) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		// SQLite integers are signed: keep the seed's 63 low bits.
		r, err := tx.ExecContext(ctx, `INSERT INTO placement_tests (user_id, seed, started_at) VALUES (?, ?, ?)`,
			userID, int64(seed>>1), ms(at))
		if err != nil {
			return fmt.Errorf("start placement: %w", err)
		}
		id, err = r.LastInsertId()
		return err
	})
	return id, err
}

// PlacementTest loads userID's own test with its items and results; another
// user's test is not found.
func (s *Placement) PlacementTest(ctx context.Context, userID, testID int64) (*placement.Test, error) {
	var row struct {
		ID       int64  `db:"id"`
		UserID   int64  `db:"user_id"`
		Seed     int64  `db:"seed"`
		Started  int64  `db:"started_at"`
		Finished *int64 `db:"finished_at"`
	}
	err := s.db.GetContext(ctx, &row, `SELECT id, user_id, seed, started_at, finished_at FROM placement_tests
		WHERE id = ? AND user_id = ?`, testID, userID)
	if noRows(err) {
		return nil, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: fmt.Sprintf("placement test %d", testID)}
	}
	if err != nil {
		return nil, fmt.Errorf("placement test %d: %w", testID, err)
	}
	t := &placement.Test{ID: row.ID, UserID: row.UserID, Seed: uint64(row.Seed), Started: fromMS(row.Started), Finished: fromMSp(row.Finished)}
	var items []struct {
		Skill     string   `db:"skill"`
		Pos       int      `db:"pos"`
		ItemID    string   `db:"item_id"`
		VersionID int64    `db:"version_id"`
		Fraction  *float64 `db:"fraction"`
		Category  *int     `db:"category"`
	}
	if err := s.db.SelectContext(ctx, &items, `SELECT skill, pos, item_id, version_id, fraction, category FROM placement_items
		WHERE test_id = ? ORDER BY shown_at, skill, pos`, testID); err != nil {
		return nil, fmt.Errorf("placement items: %w", err)
	}
	for _, it := range items {
		sh := placement.Shown{Skill: it.Skill, Pos: it.Pos, ItemID: it.ItemID, VersionID: it.VersionID}
		if it.Fraction != nil && it.Category != nil {
			sh.Answered, sh.Fraction, sh.Category = true, *it.Fraction, *it.Category
		}
		t.Items = append(t.Items, sh)
	}
	rs, err := s.placementResults(ctx, `WHERE r.test_id = ?`, testID)
	if err != nil {
		return nil, err
	}
	t.Results = rs
	return t, nil
}

type placementResultRow struct {
	Skill       string  `db:"skill"`
	Theta       float64 `db:"theta"`
	SE          float64 `db:"se"`
	Level       int     `db:"level"`
	Lo          int     `db:"level_lo"`
	Hi          int     `db:"level_hi"`
	Items       int     `db:"items"`
	Reason      string  `db:"reason"`
	Provisional bool    `db:"provisional"`
	At          int64   `db:"created_at"`
}

func (s *Placement) placementResults(ctx context.Context, where string, args ...any) ([]placement.Result, error) {
	var rows []placementResultRow
	if err := s.db.SelectContext(ctx, &rows, `SELECT r.skill, r.theta, r.se, r.level, r.level_lo, r.level_hi, r.items, r.reason,
		r.provisional, r.created_at FROM placement_results r `+where+` ORDER BY r.created_at`, args...); err != nil {
		return nil, fmt.Errorf("placement results: %w", err)
	}
	out := make([]placement.Result, len(rows))
	for i, r := range rows {
		out[i] = placement.Result{Skill: r.Skill, Theta: r.Theta, SE: r.SE, Level: r.Level, Lo: r.Lo, Hi: r.Hi,
			Items: r.Items, Reason: r.Reason, Provisional: r.Provisional, At: fromMS(r.At)}
	}
	return out, nil
}

// ShowPlacementItem records the item chosen for skill/pos.
func (s *Placement) ShowPlacementItem(ctx context.Context, testID int64, sh placement.Shown, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO placement_items (test_id, skill, pos, item_id, version_id, shown_at)
			VALUES (?, ?, ?, ?, ?, ?)`, testID, sh.Skill, sh.Pos, sh.ItemID, sh.VersionID, ms(at)); err != nil {
			if isUnique(err) {
				return &apperr.Error{Code: apperr.Conflict, Key: "error.conflict", Message: "placement item already chosen"}
			}
			return fmt.Errorf("show placement item: %w", err)
		}
		return nil
	})
}

// AnswerPlacementItem records an answer once: a second answer to the same
// item is a conflict (placement.ErrAnswered), so a double click or a
// resubmitted form cannot change a score the next choice was based on.
func (s *Placement) AnswerPlacementItem(ctx context.Context, testID int64, skill string, pos int, response string, fraction float64, category int, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		r, err := tx.ExecContext(ctx, `UPDATE placement_items SET response = ?, fraction = ?, category = ?, answered_at = ?
			WHERE test_id = ? AND skill = ? AND pos = ? AND answered_at IS NULL`, response, fraction, category, ms(at), testID, skill, pos)
		if err != nil {
			return fmt.Errorf("answer placement item: %w", err)
		}
		if n, _ := r.RowsAffected(); n != 1 {
			return placement.ErrAnswered
		}
		return nil
	})
}

// SavePlacementResult keeps a part's estimate (r.Skill empty: none) and, when
// finished, closes the test.
func (s *Placement) SavePlacementResult(ctx context.Context, testID int64, r placement.Result, finished bool, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		if r.Skill != "" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO placement_results (test_id, skill, theta, se, level, level_lo, level_hi,
				items, reason, provisional, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (test_id, skill) DO NOTHING`, testID, r.Skill, r.Theta, r.SE, r.Level, r.Lo, r.Hi, r.Items, r.Reason,
				r.Provisional, ms(r.At)); err != nil {
				return fmt.Errorf("placement result: %w", err)
			}
		}
		if finished {
			if _, err := tx.ExecContext(ctx, `UPDATE placement_tests SET finished_at = ? WHERE id = ? AND finished_at IS NULL`,
				ms(at), testID); err != nil {
				return fmt.Errorf("finish placement: %w", err)
			}
		}
		return nil
	})
}

// PlacementLevels is each skill's result from userID's latest finished
// placement test: what "my level" starts from.
func (s *Placement) PlacementLevels(ctx context.Context, userID int64) (map[string]placement.Result, error) {
	rs, err := s.placementResults(ctx, `WHERE r.test_id = (SELECT id FROM placement_tests WHERE user_id = ?
		AND finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1)`, userID)
	if err != nil {
		return nil, err
	}
	out := map[string]placement.Result{}
	for _, r := range rs {
		out[r.Skill] = r
	}
	return out, nil
}

// OpenPlacement is userID's unfinished test, or 0.
func (s *Placement) OpenPlacement(ctx context.Context, userID int64) (int64, error) {
	var id int64
	err := s.db.GetContext(ctx, &id, `SELECT id FROM placement_tests WHERE user_id = ? AND finished_at IS NULL
		ORDER BY id DESC LIMIT 1`, userID)
	if noRows(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open placement: %w", err)
	}
	return id, nil
}

// CohortPlacementLevels gives, per candidate (candidates.id) of the cohort,
// the latest finished placement result per skill, for the class view.
func (s *Placement) CohortPlacementLevels(ctx context.Context, cohortID int64) (map[int64]map[string]placement.Result, error) {
	var rows []struct {
		CandidateID int64 `db:"candidate_id"`
		placementResultRow
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT c.id AS candidate_id, r.skill, r.theta, r.se, r.level, r.level_lo, r.level_hi, r.items,
		r.reason, r.provisional, r.created_at
		FROM placement_results r JOIN placement_tests t ON t.id = r.test_id
		JOIN candidates c ON c.user_id = t.user_id
		WHERE c.cohort_id = ? AND t.id = (SELECT t2.id FROM placement_tests t2 WHERE t2.user_id = t.user_id
			AND t2.finished_at IS NOT NULL ORDER BY t2.finished_at DESC, t2.id DESC LIMIT 1)`, cohortID); err != nil {
		return nil, fmt.Errorf("cohort placement: %w", err)
	}
	out := map[int64]map[string]placement.Result{}
	for _, r := range rows {
		if out[r.CandidateID] == nil {
			out[r.CandidateID] = map[string]placement.Result{}
		}
		out[r.CandidateID][r.Skill] = placement.Result{Skill: r.Skill, Theta: r.Theta, SE: r.SE, Level: r.Level, Lo: r.Lo,
			Hi: r.Hi, Items: r.Items, Reason: r.Reason, Provisional: r.Provisional, At: fromMS(r.At)}
	}
	return out, nil
}
