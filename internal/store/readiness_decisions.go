package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
)

// Recorded decisions.

// RecordedDecision is a decision as the board recorded it.
type RecordedDecision struct {
	ID              int64
	CandidateID     int64
	CriteriaID      int64
	CriteriaVersion int
	ProgrammeID     int64
	IntakeYear      int
	Status          readiness.Status
	Near            bool
	Reasons         []readiness.Reason
	AttemptID       *int64
	DecidedBy       string
	DecidedAt       time.Time
}

// rdReason is a reason as stored: argument types are kept so a recorded
// score prints as a score and a skill name is still translated.
type rdReason struct {
	Key      string  `json:"key"`
	Near     bool    `json:"near,omitempty"`
	Blocking bool    `json:"blocking,omitempty"`
	Band     bool    `json:"error_band,omitempty"` // near by the test's SEM
	Args     []rdArg `json:"args,omitempty"`
}

type rdArg struct {
	Name string   `json:"name"`
	Type string   `json:"type"` // str, int, score, msg, day
	Str  string   `json:"s,omitempty"`
	Num  *float64 `json:"n,omitempty"`
}

func encodeReasons(rs []readiness.Reason) (string, error) {
	out := make([]rdReason, 0, len(rs))
	for _, r := range rs {
		e := rdReason{Key: r.Key, Near: r.Near, Blocking: r.Blocking, Band: r.ErrorBand}
		for _, a := range r.Args {
			x := rdArg{Name: a.Name}
			switch v := a.Value.(type) {
			case readiness.Score:
				f := float64(v)
				x.Type, x.Num = "score", &f
			case int:
				f := float64(v)
				x.Type, x.Num = "int", &f
			case readiness.Msg:
				x.Type, x.Str = "msg", string(v)
			case time.Time:
				x.Type, x.Str = "day", v.Format("2006-01-02")
			default:
				x.Type, x.Str = "str", fmt.Sprint(v)
			}
			e.Args = append(e.Args, x)
		}
		out = append(out, e)
	}
	b, err := json.Marshal(out)
	return string(b), err
}

func decodeReasons(s string) ([]readiness.Reason, error) {
	var in []rdReason
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, err
	}
	out := make([]readiness.Reason, 0, len(in))
	for _, e := range in {
		r := readiness.Reason{Key: e.Key, Near: e.Near, Blocking: e.Blocking, ErrorBand: e.Band}
		for _, x := range e.Args {
			var v any
			num := 0.0
			if x.Num != nil {
				num = *x.Num
			}
			switch x.Type {
			case "score":
				v = readiness.Score(num)
			case "int":
				v = int(num)
			case "msg":
				v = readiness.Msg(x.Str)
			case "day":
				v, _ = time.Parse("2006-01-02", x.Str)
			default:
				v = x.Str
			}
			r.Args = append(r.Args, readiness.Arg{Name: x.Name, Value: v})
		}
		out = append(out, r)
	}
	return out, nil
}

// DecisionToRecord is one decision of a list the board records.
type DecisionToRecord struct {
	CandidateID int64
	IntakeYear  int
	Decision    readiness.Decision
}

// RecordDecisions stores decisions as of now, each with its criteria
// version. Candidates and criteria outside the province are refused.
func (s *People) RecordDecisions(ctx context.Context, provinceID int64, by *int64, ds []DecisionToRecord) (int, error) {
	at := now()
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		for _, d := range ds {
			var ok int
			err := tx.GetContext(ctx, &ok, `SELECT count(*) FROM candidates c, readiness_criteria k
				WHERE c.id = ? AND c.province_id = ? AND k.id = ? AND k.province_id = ?`,
				d.CandidateID, provinceID, d.Decision.CriteriaID, provinceID)
			if err != nil {
				return fmt.Errorf("record decision: %w", err)
			}
			if ok == 0 {
				return notFound("candidate or criteria")
			}
			reasons, err := encodeReasons(d.Decision.Reasons)
			if err != nil {
				return err
			}
			var attemptID *int64
			if d.Decision.Basis != nil {
				attemptID = &d.Decision.Basis.ID
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO readiness_decisions (province_id, candidate_id, criteria_id, intake_year, status, near,
					reasons, attempt_id, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				provinceID, d.CandidateID, d.Decision.CriteriaID, d.IntakeYear, string(d.Decision.Status),
				d.Decision.Near, reasons, attemptID, by, at); err != nil {
				return fmt.Errorf("record decision: %w", err)
			}
		}
		if len(ds) > 0 {
			return audit(ctx, tx, by, "record", "readiness_decisions", ds[0].Decision.CriteriaID,
				fmt.Sprintf("%d decisions", len(ds)))
		}
		return nil
	})
	return len(ds), err
}

type rdDecisionRow struct {
	ID              int64  `db:"id"`
	CandidateID     int64  `db:"candidate_id"`
	CriteriaID      int64  `db:"criteria_id"`
	CriteriaVersion int    `db:"version"`
	ProgrammeID     int64  `db:"programme_id"`
	IntakeYear      int    `db:"intake_year"`
	Status          string `db:"status"`
	Near            bool   `db:"near"`
	Reasons         string `db:"reasons"`
	AttemptID       *int64 `db:"attempt_id"`
	DecidedBy       string `db:"decided_by"`
	DecidedAt       string `db:"decided_at"`
}

// CandidateDecisions lists the decisions recorded for a candidate, newest first.
func (s *People) CandidateDecisions(ctx context.Context, provinceID, candidateID int64) ([]RecordedDecision, error) {
	var rows []rdDecisionRow
	err := s.db.SelectContext(ctx, &rows, `
		SELECT d.id, d.candidate_id, d.criteria_id, k.version, k.programme_id, d.intake_year, d.status, d.near,
		       d.reasons, d.attempt_id, coalesce(u.username, '') AS decided_by, d.decided_at
		FROM readiness_decisions d
		JOIN readiness_criteria k ON k.id = d.criteria_id
		LEFT JOIN users u ON u.id = d.decided_by
		WHERE d.province_id = ? AND d.candidate_id = ?
		ORDER BY d.decided_at DESC, d.id DESC`, provinceID, candidateID)
	if err != nil {
		return nil, fmt.Errorf("decisions of candidate %d: %w", candidateID, err)
	}
	out := make([]RecordedDecision, len(rows))
	for i, r := range rows {
		rs, err := decodeReasons(r.Reasons)
		if err != nil {
			return nil, fmt.Errorf("decision %d reasons: %w", r.ID, err)
		}
		at, _ := time.Parse(time.RFC3339, r.DecidedAt)
		out[i] = RecordedDecision{ID: r.ID, CandidateID: r.CandidateID, CriteriaID: r.CriteriaID,
			CriteriaVersion: r.CriteriaVersion, ProgrammeID: r.ProgrammeID, IntakeYear: r.IntakeYear,
			Status: readiness.Status(r.Status), Near: r.Near, Reasons: rs, AttemptID: r.AttemptID,
			DecidedBy: r.DecidedBy, DecidedAt: at}
	}
	return out, nil
}

// LastRecording says when a programme's list for a year was last recorded,
// and under which criteria version; ok is false when never.
func (s *People) LastRecording(ctx context.Context, provinceID, programmeID int64, year int) (at time.Time, version int, ok bool, err error) {
	var r struct {
		At      string `db:"decided_at"`
		Version int    `db:"version"`
	}
	err = s.db.GetContext(ctx, &r, `
		SELECT d.decided_at, k.version FROM readiness_decisions d
		JOIN readiness_criteria k ON k.id = d.criteria_id
		WHERE d.province_id = ? AND k.programme_id = ? AND d.intake_year = ?
		ORDER BY d.decided_at DESC, d.id DESC LIMIT 1`, provinceID, programmeID, year)
	if noRows(err) {
		return time.Time{}, 0, false, nil
	}
	if err != nil {
		return time.Time{}, 0, false, fmt.Errorf("last recording: %w", err)
	}
	at, _ = time.Parse(time.RFC3339, r.At)
	return at, r.Version, true, nil
}

// Intake plan.

// QuotaKey names one cell of the plan.
type QuotaKey struct {
	ProgrammeID int64
	Year        int
}

// Quotas gives the quotas a province set, by programme and year.
func (s *People) Quotas(ctx context.Context, provinceID int64) (map[QuotaKey]int, error) {
	var rows []struct {
		ProgrammeID int64 `db:"programme_id"`
		Year        int   `db:"year"`
		Quota       int   `db:"quota"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT programme_id, year, quota FROM readiness_quotas WHERE province_id = ?`, provinceID); err != nil {
		return nil, fmt.Errorf("quotas: %w", err)
	}
	out := map[QuotaKey]int{}
	for _, r := range rows {
		out[QuotaKey{r.ProgrammeID, r.Year}] = r.Quota
	}
	return out, nil
}

// SetQuotas saves quotas; a nil quota removes the cell's quota.
func (s *People) SetQuotas(ctx context.Context, provinceID int64, by *int64, qs map[QuotaKey]*int) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		at := now()
		var changed []string
		for k, q := range qs {
			var before *int
			err := tx.GetContext(ctx, &before, `SELECT quota FROM readiness_quotas WHERE province_id = ? AND programme_id = ? AND year = ?`,
				provinceID, k.ProgrammeID, k.Year)
			if err != nil && !noRows(err) {
				return fmt.Errorf("quota: %w", err)
			}
			if q == nil {
				if before != nil {
					if _, err := tx.ExecContext(ctx, `DELETE FROM readiness_quotas WHERE province_id = ? AND programme_id = ? AND year = ?`,
						provinceID, k.ProgrammeID, k.Year); err != nil {
						return fmt.Errorf("clear quota: %w", err)
					}
					changed = append(changed, fmt.Sprintf("%d/%d: %d→", k.ProgrammeID, k.Year, *before))
				}
				continue
			}
			if !readiness.ValidQuota(*q) {
				return &apperr.Error{Code: apperr.Invalid, Field: "quota", Key: "readiness.error.quota", Message: "quota out of range"}
			}
			if before != nil && *before == *q {
				continue
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO readiness_quotas (province_id, programme_id, year, quota, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (province_id, programme_id, year) DO UPDATE SET quota = excluded.quota,
					updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
				provinceID, k.ProgrammeID, k.Year, *q, by, at); err != nil {
				return fmt.Errorf("set quota: %w", err)
			}
			b := ""
			if before != nil {
				b = fmt.Sprint(*before)
			}
			changed = append(changed, fmt.Sprintf("%d/%d: %s→%d", k.ProgrammeID, k.Year, b, *q))
		}
		if len(changed) == 0 {
			return nil
		}
		return audit(ctx, tx, by, "update", "readiness_quotas", provinceID, strings.Join(changed, "; "))
	})
}
