package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"hocviet/internal/measure"
)

// UpdateResultMeasures computes, for every released result of a session,
// the per-skill ability estimate (WLE on the items' current difficulties,
// calibrated or provisional) with its standard error, and the session's
// standard error of measurement on the 0–10 scale per skill and for the
// average, and keeps them beside the result. It runs when results are
// released and after every calibration.
func (s *Measure) UpdateResultMeasures(ctx context.Context, sessionID int64, at time.Time) error {
	sm, err := s.SessionMeasureData(ctx, sessionID)
	if err != nil {
		return err
	}
	if len(sm.Data.Persons) == 0 {
		return nil
	}
	skills, err := measure.SkillAnalysis(sm.Data)
	if err != nil {
		return fmt.Errorf("session %d: %w", sessionID, err)
	}
	sem := map[string]float64{}
	for _, sk := range skills {
		sem[sk.Skill] = sk.SEM
	}
	versions := make([]int64, len(sm.Data.Items))
	for i, it := range sm.Data.Items {
		versions[i] = it.VersionID
	}
	params, err := s.ItemParams(ctx, versions)
	if err != nil {
		return err
	}
	var rows []ResultSkill
	for p, attemptID := range sm.AttemptIDs {
		var res ResultRow
		err := s.db.GetContext(ctx, &res, `SELECT * FROM exam_results WHERE attempt_id = ?`, attemptID)
		if noRows(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("result of attempt %d: %w", attemptID, err)
		}
		var semAvg float64
		semOK := true
		for _, skill := range []string{"listening", "reading", "writing", "speaking"} {
			r := ResultSkill{AttemptID: attemptID, Skill: skill, Score: res.Skill(skill), ComputedMS: ms(at)}
			var items []measure.Item
			var cats []int
			var calID int64
			provisional := false
			for i, it := range sm.Data.Items {
				f := sm.Data.Frac[p][i]
				if it.Skill != skill || math.IsNaN(f) {
					continue
				}
				pm, ok := params[it.VersionID]
				if !ok || len(pm.Steps) == 0 {
					continue
				}
				mi := pm.Item
				if pm.Provisional && sm.Rated[i] {
					// A rating keeps its points: 0–10 as ten steps.
					mi = measure.ProvisionalItem(mi, 10)
				}
				items = append(items, mi)
				cats = append(cats, mi.Category(f))
				provisional = provisional || pm.Provisional
				calID = max(calID, pm.CalibrationID)
			}
			if len(items) > 0 {
				est, err := measure.WLE(items, cats)
				if err != nil {
					return fmt.Errorf("attempt %d, %s: %w", attemptID, skill, err)
				}
				r.Theta = sql.NullFloat64{Float64: est.Theta, Valid: true}
				r.SE = sql.NullFloat64{Float64: est.SE, Valid: !math.IsInf(est.SE, 0)}
			}
			if calID > 0 {
				r.CalibrationID = sql.NullInt64{Int64: calID, Valid: true}
			}
			r.Provisional = provisional
			if v, ok := sem[skill]; ok && !math.IsNaN(v) {
				r.SEM = sql.NullFloat64{Float64: v, Valid: true}
				semAvg += v * v
			} else {
				semOK = false
			}
			rows = append(rows, r)
		}
		// The average's SEM: the four skills' errors taken as independent,
		// sqrt(sum SEM_k^2) / 4.
		avg := ResultSkill{AttemptID: attemptID, Skill: "average", Score: res.Average, ComputedMS: ms(at)}
		if semOK {
			avg.SEM = sql.NullFloat64{Float64: math.Sqrt(semAvg) / 4, Valid: true}
		}
		rows = append(rows, avg)
	}
	return s.SaveResultSkills(ctx, rows)
}

// ReleasedSessions lists the sessions with at least one released result.
func (s *Measure) ReleasedSessions(ctx context.Context) ([]int64, error) {
	var ids []int64
	err := s.db.SelectContext(ctx, &ids, `SELECT DISTINCT session_id FROM exam_attempts WHERE released_at IS NOT NULL ORDER BY session_id`)
	if err != nil {
		return nil, fmt.Errorf("released sessions: %w", err)
	}
	return ids, nil
}

// CalibrationOutcome is what RunCalibration did.
type CalibrationOutcome struct {
	ID       int64
	Persons  int
	Sessions int
	Skills   []measure.SkillCalibration
}

// RunCalibration calibrates every skill on all released responses, keeps
// the result as a new calibration (earlier ones stay), and recomputes the
// ability estimates of every released result on the new difficulties.
func (s *Measure) RunCalibration(ctx context.Context, by *int64, at time.Time) (*CalibrationOutcome, error) {
	sm, sessions, err := s.ReleasedMeasureData(ctx)
	if err != nil {
		return nil, err
	}
	if len(sm.Data.Persons) == 0 {
		return nil, fmt.Errorf("calibrate: no released results to calibrate on")
	}
	skills, err := measure.CalibrateData(sm.Data, sm.Rated, measure.CalibrateOptions{})
	if err != nil {
		return nil, err
	}
	var items []measure.ItemResult
	notes := map[string]any{}
	for _, sk := range skills {
		items = append(items, sk.Items...)
		notes[sk.Skill] = map[string]any{"iterations": sk.Iterations, "converged": sk.Converged,
			"bias_factor": sk.BiasFactor, "shift": sk.Shift}
	}
	id, err := s.SaveCalibration(ctx, NewCalibration{Method: "jmle-pcm", Persons: len(sm.Data.Persons), Sessions: sessions,
		Notes: notes, By: by, Items: items}, at)
	if err != nil {
		return nil, err
	}
	ids, err := s.ReleasedSessions(ctx)
	if err != nil {
		return nil, err
	}
	for _, sid := range ids {
		if err := s.UpdateResultMeasures(ctx, sid, at); err != nil {
			return nil, fmt.Errorf("after calibration %d: %w", id, err)
		}
	}
	return &CalibrationOutcome{ID: id, Persons: len(sm.Data.Persons), Sessions: sessions, Skills: skills}, nil
}

// SessionResultSkills are the measurement rows of a session's released
// results (the Wright map's persons).
func (s *Measure) SessionResultSkills(ctx context.Context, sessionID int64) ([]ResultSkill, error) {
	var rows []ResultSkill
	err := s.db.SelectContext(ctx, &rows, `SELECT m.attempt_id, m.skill, m.score, m.theta, m.se, m.sem, m.calibration_id, m.provisional, m.computed_at
		FROM measure_result_skills m JOIN exam_attempts a ON a.id = m.attempt_id
		WHERE a.session_id = ? AND a.released_at IS NOT NULL ORDER BY m.attempt_id, m.skill`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("session %d measurement: %w", sessionID, err)
	}
	return rows, nil
}

// AssignFormSEM keeps, beside every released result of the sessions whose
// attempts carry no item data (results entered as totals), the standard
// errors of measurement of the form they sat, as its pilot measured them
// (per skill, and "average"), so the board's error bands apply to them too.
// Results that already have measurement rows are left alone.
func (s *Measure) AssignFormSEM(ctx context.Context, sem map[string]float64, at time.Time) (int, error) {
	var rows []ResultRow
	err := s.db.SelectContext(ctx, &rows, `SELECT r.* FROM exam_results r JOIN exam_attempts a ON a.id = r.attempt_id
		WHERE a.released_at IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM exam_form_items f WHERE f.attempt_id = a.id)
		  AND NOT EXISTS (SELECT 1 FROM measure_result_skills m WHERE m.attempt_id = a.id)`)
	if err != nil {
		return 0, fmt.Errorf("results without item data: %w", err)
	}
	var out []ResultSkill
	for _, r := range rows {
		for _, skill := range []string{"listening", "reading", "writing", "speaking", "average"} {
			score := r.Average
			if skill != "average" {
				score = r.Skill(skill)
			}
			rs := ResultSkill{AttemptID: r.AttemptID, Skill: skill, Score: score, ComputedMS: ms(at)}
			if v, ok := sem[skill]; ok && !math.IsNaN(v) {
				rs.SEM = sql.NullFloat64{Float64: v, Valid: true}
			}
			out = append(out, rs)
		}
	}
	return len(rows), s.SaveResultSkills(ctx, out)
}

// SessionSEM is a session's standard error of measurement per skill and for
// the average (sqrt of the sum of the skills' squared SEMs, over 4).
func (s *Measure) SessionSEM(ctx context.Context, sessionID int64) (map[string]float64, error) {
	sm, err := s.SessionMeasureData(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	skills, err := measure.SkillAnalysis(sm.Data)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	sum, n := 0.0, 0
	for _, sk := range skills {
		out[sk.Skill] = sk.SEM
		if !math.IsNaN(sk.SEM) {
			sum += sk.SEM * sk.SEM
			n++
		}
	}
	if n == 4 {
		out["average"] = math.Sqrt(sum) / 4
	}
	return out, nil
}
