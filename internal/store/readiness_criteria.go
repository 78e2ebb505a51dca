package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/readiness"
)

// Criteria: what a programme asks of a candidate, versioned per province.

type rdCriteriaRow struct {
	ID               int64   `db:"id"`
	ProgrammeID      int64   `db:"programme_id"`
	Version          int     `db:"version"`
	MinLevel         int     `db:"min_level"`
	MinListening     float64 `db:"min_listening"`
	MinReading       float64 `db:"min_reading"`
	MinWriting       float64 `db:"min_writing"`
	MinSpeaking      float64 `db:"min_speaking"`
	MinAge           int     `db:"min_age"`
	MaxAge           int     `db:"max_age"`
	PlanningRequired bool    `db:"planning_required"`
	Positions        string  `db:"positions"`
	ExamMaxMonths    int     `db:"exam_max_months"`
	Note             string  `db:"note"`
	CreatedAt        string  `db:"created_at"`
	CreatedBy        string  `db:"created_by"`
}

func (r rdCriteriaRow) criteria() (readiness.Criteria, error) {
	c := readiness.Criteria{ID: r.ID, ProgrammeID: r.ProgrammeID, Version: r.Version, MinLevel: r.MinLevel,
		MinSkill: map[string]float64{"listening": r.MinListening, "reading": r.MinReading,
			"writing": r.MinWriting, "speaking": r.MinSpeaking},
		MinAge: r.MinAge, MaxAge: r.MaxAge, PlanningRequired: r.PlanningRequired, ExamMaxMonths: r.ExamMaxMonths,
		Note: r.Note, CreatedBy: r.CreatedBy}
	if err := json.Unmarshal([]byte(r.Positions), &c.Positions); err != nil {
		return c, fmt.Errorf("criteria %d positions: %w", r.ID, err)
	}
	c.CreatedAt, _ = time.Parse(time.RFC3339, r.CreatedAt)
	return c, nil
}

const rdCriteriaSelect = `
	SELECT k.id, k.programme_id, k.version, k.min_level, k.min_listening, k.min_reading, k.min_writing,
	       k.min_speaking, k.min_age, k.max_age, k.planning_required, k.positions, k.exam_max_months, k.note,
	       k.created_at, coalesce(u.username, '') AS created_by
	FROM readiness_criteria k LEFT JOIN users u ON u.id = k.created_by`

func rdCriteriaList(ctx context.Context, q sqlx.QueryerContext, where string, args ...any) ([]readiness.Criteria, error) {
	var rows []rdCriteriaRow
	if err := sqlx.SelectContext(ctx, q, &rows, rdCriteriaSelect+" WHERE "+where, args...); err != nil {
		return nil, fmt.Errorf("criteria: %w", err)
	}
	out := make([]readiness.Criteria, len(rows))
	for i, r := range rows {
		c, err := r.criteria()
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// CurrentCriteria is the newest criteria version of each programme that has
// one, by programme id.
func (s *People) CurrentCriteria(ctx context.Context, provinceID int64) (map[int64]readiness.Criteria, error) {
	cs, err := rdCriteriaList(ctx, s.db, `k.province_id = ? AND k.version = (
		SELECT max(version) FROM readiness_criteria x WHERE x.province_id = k.province_id AND x.programme_id = k.programme_id)`,
		provinceID)
	if err != nil {
		return nil, err
	}
	out := map[int64]readiness.Criteria{}
	for _, c := range cs {
		out[c.ProgrammeID] = c
	}
	return out, nil
}

// CriteriaVersions lists a programme's criteria, newest first.
func (s *People) CriteriaVersions(ctx context.Context, provinceID, programmeID int64) ([]readiness.Criteria, error) {
	return rdCriteriaList(ctx, s.db, `k.province_id = ? AND k.programme_id = ? ORDER BY k.version DESC`, provinceID, programmeID)
}

// CriteriaByIDs loads criteria versions of a province by id (those a
// recorded decision used).
func (s *People) CriteriaByIDs(ctx context.Context, provinceID int64, ids []int64) (map[int64]readiness.Criteria, error) {
	out := map[int64]readiness.Criteria{}
	if len(ids) == 0 {
		return out, nil
	}
	q, args, err := sqlx.In(`k.province_id = ? AND k.id IN (?)`, provinceID, ids)
	if err != nil {
		return nil, err
	}
	cs, err := rdCriteriaList(ctx, s.db, q, args...)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		out[c.ID] = c
	}
	return out, nil
}

// SaveCriteria adds the next version of a programme's criteria.
func (s *People) SaveCriteria(ctx context.Context, provinceID int64, by *int64, c readiness.Criteria) (readiness.Criteria, error) {
	if err := c.Validate(); err != nil {
		return c, err
	}
	positions := c.Positions
	if positions == nil {
		positions = []string{}
	}
	pj, err := json.Marshal(positions)
	if err != nil {
		return c, err
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		var exists int
		if err := tx.GetContext(ctx, &exists, `SELECT count(*) FROM programmes WHERE id = ?`, c.ProgrammeID); err != nil {
			return fmt.Errorf("programme: %w", err)
		}
		if exists == 0 {
			return notFound("programme")
		}
		if err := tx.GetContext(ctx, &c.Version, `SELECT coalesce(max(version), 0) + 1 FROM readiness_criteria
			WHERE province_id = ? AND programme_id = ?`, provinceID, c.ProgrammeID); err != nil {
			return fmt.Errorf("criteria version: %w", err)
		}
		at := now()
		res, err := tx.ExecContext(ctx, `
			INSERT INTO readiness_criteria (province_id, programme_id, version, min_level, min_listening, min_reading,
				min_writing, min_speaking, min_age, max_age, planning_required, positions, exam_max_months, note,
				created_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			provinceID, c.ProgrammeID, c.Version, c.MinLevel, c.MinSkill["listening"], c.MinSkill["reading"],
			c.MinSkill["writing"], c.MinSkill["speaking"], c.MinAge, c.MaxAge, c.PlanningRequired, string(pj),
			c.ExamMaxMonths, c.Note, by, at)
		if err != nil {
			return fmt.Errorf("save criteria: %w", err)
		}
		if c.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		c.CreatedAt, _ = time.Parse(time.RFC3339, at)
		return audit(ctx, tx, by, "create", "readiness_criteria", c.ID, fmt.Sprintf("programme %d version %d", c.ProgrammeID, c.Version))
	})
	return c, err
}
