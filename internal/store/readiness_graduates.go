package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/readiness"
)

// Graduates.

type rdGraduateRow struct {
	ID             int64  `db:"id"`
	CandidateID    *int64 `db:"candidate_id"`
	NameLo         string `db:"name_lo"`
	NameLatin      string `db:"name_latin"`
	ProgrammeID    int64  `db:"programme_id"`
	Course         string `db:"course"`
	GraduationYear int    `db:"graduation_year"`
	Result         string `db:"result"`
	PositionBefore string `db:"position_before"`
	PositionAfter  string `db:"position_after"`
	Use            string `db:"use"`
	Notes          string `db:"notes"`
	UpdatedAt      string `db:"updated_at"`
}

func (r rdGraduateRow) graduate() readiness.Graduate {
	return readiness.Graduate{ID: r.ID, CandidateID: r.CandidateID, NameLo: r.NameLo, NameLatin: r.NameLatin,
		ProgrammeID: r.ProgrammeID, Course: r.Course, GraduationYear: r.GraduationYear, Result: r.Result,
		PositionBefore: r.PositionBefore, PositionAfter: r.PositionAfter, Use: r.Use, Notes: r.Notes, UpdatedAt: r.UpdatedAt}
}

const rdGraduateSelect = `SELECT id, candidate_id, name_lo, name_latin, programme_id, course, graduation_year, result,
	position_before, position_after, use, notes, updated_at FROM readiness_graduates`

// Graduates lists a province's graduates, by course then name.
func (s *People) Graduates(ctx context.Context, provinceID int64) ([]readiness.Graduate, error) {
	var rows []rdGraduateRow
	if err := s.db.SelectContext(ctx, &rows, rdGraduateSelect+` WHERE province_id = ? ORDER BY graduation_year, course, name_latin, id`, provinceID); err != nil {
		return nil, fmt.Errorf("graduates: %w", err)
	}
	out := make([]readiness.Graduate, len(rows))
	for i, r := range rows {
		out[i] = r.graduate()
	}
	return out, nil
}

// GraduateByID is one graduate of a province.
func (s *People) GraduateByID(ctx context.Context, provinceID, id int64) (*readiness.Graduate, error) {
	var r rdGraduateRow
	err := s.db.GetContext(ctx, &r, rdGraduateSelect+` WHERE province_id = ? AND id = ?`, provinceID, id)
	if noRows(err) {
		return nil, notFound("graduate")
	}
	if err != nil {
		return nil, fmt.Errorf("graduate %d: %w", id, err)
	}
	g := r.graduate()
	return &g, nil
}

// SaveGraduate adds a graduate (ID 0) or updates one of the province.
func (s *People) SaveGraduate(ctx context.Context, provinceID int64, by *int64, g readiness.Graduate) (int64, error) {
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		if g.CandidateID != nil {
			var n int
			if err := tx.GetContext(ctx, &n, `SELECT count(*) FROM candidates WHERE id = ? AND province_id = ?`, *g.CandidateID, provinceID); err != nil {
				return fmt.Errorf("graduate candidate: %w", err)
			}
			if n == 0 {
				return notFound("candidate")
			}
		}
		at := now()
		action := "update"
		if g.ID == 0 {
			action = "create"
			res, err := tx.ExecContext(ctx, `
				INSERT INTO readiness_graduates (province_id, candidate_id, name_lo, name_latin, programme_id, course,
					graduation_year, result, position_before, position_after, use, notes, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				provinceID, g.CandidateID, g.NameLo, g.NameLatin, g.ProgrammeID, g.Course, g.GraduationYear, g.Result,
				g.PositionBefore, g.PositionAfter, g.Use, g.Notes, by, at)
			if err != nil {
				return fmt.Errorf("add graduate: %w", err)
			}
			if g.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `
				UPDATE readiness_graduates SET candidate_id = ?, name_lo = ?, name_latin = ?, programme_id = ?, course = ?,
					graduation_year = ?, result = ?, position_before = ?, position_after = ?, use = ?, notes = ?,
					updated_by = ?, updated_at = ?
				WHERE id = ? AND province_id = ?`,
				g.CandidateID, g.NameLo, g.NameLatin, g.ProgrammeID, g.Course, g.GraduationYear, g.Result,
				g.PositionBefore, g.PositionAfter, g.Use, g.Notes, by, at, g.ID, provinceID)
			if err != nil {
				return fmt.Errorf("update graduate: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return notFound("graduate")
			}
		}
		return audit(ctx, tx, by, action, "graduate", g.ID, g.NameLatin+": "+g.Use)
	})
	return g.ID, err
}

// ReleasedResult is a finished, released screening result to write
// directly: demo data and tests, where no one sat the exam in a browser.
type ReleasedResult struct {
	CandidateID int64
	Skills      map[string]float64
	Average     float64
	Level       int
	NoLevel     string
}

// InsertReleasedResults writes one exam session held on a day and a
// released, scored attempt with its result for each candidate. Without a
// cohort, each candidate is named on the session, so candidates see the
// sittings they took and no others.
func (s *People) InsertReleasedResults(ctx context.Context, title string, at time.Time, cohortID *int64, by *int64, rs []ReleasedResult) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		ms := at.UnixMilli()
		// The session carries the screening blueprint when the banks hold
		// one, so exam pages show its sections and times like any other.
		doc := struct {
			Content string `db:"content"`
			Version int    `db:"version"`
		}{"{}", 1}
		err := tx.GetContext(ctx, &doc, `SELECT content, version FROM bank_documents WHERE kind = 'blueprint' AND doc_id = 'screening'
			ORDER BY version DESC LIMIT 1`)
		if err != nil && !noRows(err) {
			return fmt.Errorf("screening blueprint: %w", err)
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO exam_sessions (title, blueprint_id, blueprint_version, blueprint, cohort_id, opens_at, closes_at, created_by, created_at)
			VALUES (?, 'screening', ?, ?, ?, ?, ?, ?, ?)`, title, doc.Version, doc.Content, cohortID, ms, ms+4*3600*1000, by, ms)
		if err != nil {
			return fmt.Errorf("exam session: %w", err)
		}
		sessionID, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for i, r := range rs {
			if cohortID == nil {
				if _, err := tx.ExecContext(ctx, `INSERT INTO exam_session_candidates (session_id, candidate_id) VALUES (?, ?)`,
					sessionID, r.CandidateID); err != nil {
					return fmt.Errorf("exam session candidate %d: %w", r.CandidateID, err)
				}
			}
			res, err := tx.ExecContext(ctx, `
				INSERT INTO exam_attempt_rows (session_id, candidate_id, code, seed, status, started_at, submitted_at, released_at, released_by)
				VALUES (?, ?, ?, ?, 'scored', ?, ?, ?, ?)`,
				sessionID, r.CandidateID, fmt.Sprintf("S%d-%03d", sessionID, i+1), int64(sessionID)*1000+int64(i),
				ms, ms+3*3600*1000, ms+3*24*3600*1000, by)
			if err != nil {
				return fmt.Errorf("exam attempt of candidate %d: %w", r.CandidateID, err)
			}
			attemptID, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO exam_results (attempt_id, listening, reading, writing, speaking, average, level, no_level, computed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				attemptID, r.Skills["listening"], r.Skills["reading"], r.Skills["writing"], r.Skills["speaking"],
				r.Average, r.Level, r.NoLevel, ms+3*3600*1000); err != nil {
				return fmt.Errorf("exam result: %w", err)
			}
		}
		return nil
	})
}
