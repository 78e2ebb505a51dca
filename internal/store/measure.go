package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/measure"
)

// Calibrations and ability estimates (migration 00009). Item parameters are
// read through the view measure_item_current (newest calibration with an
// estimate per item version); an item version without one gets the
// provisional difficulty of its Bậc, marked Provisional.

// paramRow is one row of measure_item_params / measure_item_current.
type paramRow struct {
	CalibrationID int64           `db:"calibration_id"`
	VersionID     int64           `db:"version_id"`
	ItemID        string          `db:"item_id"`
	Skill         string          `db:"skill"`
	Difficulty    sql.NullFloat64 `db:"difficulty"`
	SE            sql.NullFloat64 `db:"se"`
	Infit         sql.NullFloat64 `db:"infit"`
	Outfit        sql.NullFloat64 `db:"outfit"`
	Steps         string          `db:"steps"`
	Scores        string          `db:"scores"`
	N             int             `db:"n"`
	Extreme       string          `db:"extreme"`
	CalibratedAt  int64           `db:"calibrated_at"`
}

// ItemParam is an item version's difficulty as every page and command shows
// it: calibrated, or provisional from its Bậc.
type ItemParam struct {
	measure.Item
	Difficulty    float64
	SE            float64 // NaN when provisional
	Infit, Outfit float64 // NaN when provisional
	N             int
	CalibrationID int64 // 0 when provisional
	CalibratedAt  time.Time
}

// poolRow is a current item version with its newest calibration, if any.
type poolRow struct {
	VersionID int64  `db:"id"`
	ItemID    string `db:"item_id"`
	Skill     string `db:"skill"`
	Level     int    `db:"level"`
	Type      string `db:"type"`
	paramJoin
}

type paramJoin struct {
	CalibrationID sql.NullInt64   `db:"calibration_id"`
	Difficulty    sql.NullFloat64 `db:"difficulty"`
	SE            sql.NullFloat64 `db:"se"`
	Infit         sql.NullFloat64 `db:"infit"`
	Outfit        sql.NullFloat64 `db:"outfit"`
	Steps         sql.NullString  `db:"steps"`
	Scores        sql.NullString  `db:"scores"`
	N             sql.NullInt64   `db:"n"`
	CalibratedAt  sql.NullInt64   `db:"calibrated_at"`
}

func (j paramJoin) param(base measure.Item) (ItemParam, error) {
	if !j.CalibrationID.Valid || !j.Difficulty.Valid {
		it := measure.ProvisionalItem(base, 1)
		return ItemParam{Item: it, Difficulty: it.Difficulty(), SE: math.NaN(), Infit: math.NaN(), Outfit: math.NaN()}, nil
	}
	it := base
	if err := json.Unmarshal([]byte(j.Steps.String), &it.Steps); err != nil {
		return ItemParam{}, fmt.Errorf("item %s: calibration %d: steps: %w", base.ID, j.CalibrationID.Int64, err)
	}
	if j.Scores.String != "" && j.Scores.String != "[]" && j.Scores.String != "null" {
		if err := json.Unmarshal([]byte(j.Scores.String), &it.Scores); err != nil {
			return ItemParam{}, fmt.Errorf("item %s: calibration %d: scores: %w", base.ID, j.CalibrationID.Int64, err)
		}
	}
	if err := it.Validate(); err != nil {
		return ItemParam{}, fmt.Errorf("calibration %d: %w", j.CalibrationID.Int64, err)
	}
	return ItemParam{Item: it, Difficulty: j.Difficulty.Float64, SE: nf(j.SE), Infit: nf(j.Infit), Outfit: nf(j.Outfit),
		N: int(j.N.Int64), CalibrationID: j.CalibrationID.Int64, CalibratedAt: fromMS(j.CalibratedAt.Int64)}, nil
}

func nf(v sql.NullFloat64) float64 {
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}

const paramCols = `c.calibration_id, c.difficulty, c.se, c.infit, c.outfit, c.steps, c.scores, c.n, c.calibrated_at`

// MeasurePool is the adaptive test's pool for a skill: every current,
// unretired item version of the skill whose type is in types (all types when
// types is empty), with its calibrated steps or its provisional difficulty.
// Item.ID is the item id, Item.VersionID the version the answer is scored on.
func (s *Measure) MeasurePool(ctx context.Context, skill string, types []string) ([]ItemParam, error) {
	return measurePool(ctx, s.db, skill, types)
}

// measurePool is MeasurePool for the placement test's store.
func measurePool(ctx context.Context, db sqlx.QueryerContext, skill string, types []string) ([]ItemParam, error) {
	q := `SELECT v.id, v.item_id, v.skill, v.level, v.type, ` + paramCols + `
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		LEFT JOIN measure_item_current c ON c.version_id = v.id
		WHERE i.retired = 0 AND v.skill = ?`
	args := []any{skill}
	if len(types) > 0 {
		in, targs, err := sqlx.In(` AND v.type IN (?)`, types)
		if err != nil {
			return nil, fmt.Errorf("measure pool: %w", err)
		}
		q += in
		args = append(args, targs...)
	}
	q += ` ORDER BY v.item_id`
	var rows []poolRow
	if err := sqlx.SelectContext(ctx, db, &rows, q, args...); err != nil {
		return nil, fmt.Errorf("measure pool %s: %w", skill, err)
	}
	return poolParams(rows)
}

// ItemParams gives the current parameters of the given item versions (any
// version, current or not, retired or not): a calibrated version keeps its
// calibration after the item moves on to a newer version.
func (s *Measure) ItemParams(ctx context.Context, versionIDs []int64) (map[int64]ItemParam, error) {
	out := map[int64]ItemParam{}
	if len(versionIDs) == 0 {
		return out, nil
	}
	q, args, err := sqlx.In(`SELECT v.id, v.item_id, v.skill, v.level, v.type, `+paramCols+`
		FROM bank_item_versions v LEFT JOIN measure_item_current c ON c.version_id = v.id
		WHERE v.id IN (?)`, versionIDs)
	if err != nil {
		return nil, fmt.Errorf("item params: %w", err)
	}
	var rows []poolRow
	if err := s.db.SelectContext(ctx, &rows, q, args...); err != nil {
		return nil, fmt.Errorf("item params: %w", err)
	}
	ps, err := poolParams(rows)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		out[p.VersionID] = p
	}
	return out, nil
}

func poolParams(rows []poolRow) ([]ItemParam, error) {
	out := make([]ItemParam, 0, len(rows))
	for _, r := range rows {
		p, err := r.param(measure.Item{ID: r.ItemID, VersionID: r.VersionID, Skill: r.Skill, Type: r.Type, Level: r.Level})
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// NewCalibration is one calibration run to keep.
type NewCalibration struct {
	Method   string
	Persons  int
	Sessions int
	Notes    any // JSON-encoded into notes
	By       *int64
	Items    []measure.ItemResult // Item.VersionID and Item.Skill must be set
}

// SaveCalibration keeps a calibration run and its item parameters. Earlier
// runs are never touched (triggers refuse it too).
func (s *Measure) SaveCalibration(ctx context.Context, c NewCalibration, at time.Time) (int64, error) {
	notes, err := json.Marshal(c.Notes)
	if err != nil {
		return 0, fmt.Errorf("calibration notes: %w", err)
	}
	if c.Notes == nil {
		notes = []byte("{}")
	}
	var id int64
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO measure_calibrations (created_at, method, persons, sessions, notes, created_by)
			VALUES (?, ?, ?, ?, ?, ?)`, ms(at), c.Method, c.Persons, c.Sessions, string(notes), c.By)
		if err != nil {
			return fmt.Errorf("save calibration: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("save calibration: %w", err)
		}
		for _, it := range c.Items {
			if it.VersionID == 0 {
				return fmt.Errorf("save calibration: item %q has no version id", it.ID)
			}
			steps, _ := json.Marshal(finiteOr(it.Steps))
			scores, _ := json.Marshal(finiteOr(it.Scores))
			_, err := tx.ExecContext(ctx, `INSERT INTO measure_item_params
				(calibration_id, version_id, item_id, skill, difficulty, se, infit, outfit, steps, scores, n, extreme)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				id, it.VersionID, it.ID, it.Skill, nullable(it.Difficulty), nullable(it.SE), nullable(it.Infit),
				nullable(it.Outfit), string(steps), string(scores), it.N, it.Extreme)
			if err != nil {
				return fmt.Errorf("save calibration: item %s (version %d): %w", it.ID, it.VersionID, err)
			}
		}
		return nil
	})
	return id, err
}

func finiteOr(xs []float64) []float64 {
	if xs == nil {
		return []float64{}
	}
	return xs
}

func nullable(x float64) any {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return x
}

// CalibrationRun is a stored calibration's header.
type CalibrationRun struct {
	ID        int64  `db:"id"`
	CreatedMS int64  `db:"created_at"`
	Method    string `db:"method"`
	Persons   int    `db:"persons"`
	Sessions  int    `db:"sessions"`
	Notes     string `db:"notes"`
	Items     int    `db:"items"`
}

// Created is when the calibration was run.
func (c CalibrationRun) Created() time.Time { return fromMS(c.CreatedMS) }

// Calibrations lists every calibration run, newest first.
func (s *Measure) Calibrations(ctx context.Context) ([]CalibrationRun, error) {
	var out []CalibrationRun
	err := s.db.SelectContext(ctx, &out, `SELECT c.id, c.created_at, c.method, c.persons, c.sessions, c.notes,
		(SELECT count(*) FROM measure_item_params p WHERE p.calibration_id = c.id) AS items
		FROM measure_calibrations c ORDER BY c.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("calibrations: %w", err)
	}
	return out, nil
}

// ResultSkill is the measurement kept with a released result for one skill
// (or "average").
type ResultSkill struct {
	AttemptID     int64           `db:"attempt_id"`
	Skill         string          `db:"skill"`
	Score         float64         `db:"score"`
	Theta         sql.NullFloat64 `db:"theta"`
	SE            sql.NullFloat64 `db:"se"`
	SEM           sql.NullFloat64 `db:"sem"`
	CalibrationID sql.NullInt64   `db:"calibration_id"`
	Provisional   bool            `db:"provisional"`
	ComputedMS    int64           `db:"computed_at"`
}

// SaveResultSkills replaces the measurement rows of the given attempts (a
// result recomputed after a regrade or a new calibration replaces its own
// rows; calibrations themselves stay).
func (s *Measure) SaveResultSkills(ctx context.Context, rows []ResultSkill) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		for _, r := range rows {
			_, err := tx.ExecContext(ctx, `INSERT INTO measure_result_skills
				(attempt_id, skill, score, theta, se, sem, calibration_id, provisional, computed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (attempt_id, skill) DO UPDATE SET score = excluded.score, theta = excluded.theta,
				se = excluded.se, sem = excluded.sem, calibration_id = excluded.calibration_id,
				provisional = excluded.provisional, computed_at = excluded.computed_at`,
				r.AttemptID, r.Skill, r.Score, r.Theta, r.SE, r.SEM, r.CalibrationID, r.Provisional, r.ComputedMS)
			if err != nil {
				return fmt.Errorf("result measurement: attempt %d, %s: %w", r.AttemptID, r.Skill, err)
			}
		}
		return nil
	})
}

// ResultSkills are the measurement rows of an attempt's result, by skill.
func (s *Measure) ResultSkills(ctx context.Context, attemptID int64) (map[string]ResultSkill, error) {
	var rows []ResultSkill
	err := s.db.SelectContext(ctx, &rows, `SELECT attempt_id, skill, score, theta, se, sem, calibration_id, provisional, computed_at
		FROM measure_result_skills WHERE attempt_id = ?`, attemptID)
	if err != nil {
		return nil, fmt.Errorf("result measurement %d: %w", attemptID, err)
	}
	out := make(map[string]ResultSkill, len(rows))
	for _, r := range rows {
		out[r.Skill] = r
	}
	return out, nil
}

// Items gives the model items of a pool, what measure.CATStep takes.
func Items(ps []ItemParam) []measure.Item {
	out := make([]measure.Item, len(ps))
	for i, p := range ps {
		out[i] = p.Item
	}
	return out
}
