package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

var _ account.Places = (*People)(nil)

// Provinces lists the Lao provinces.
func (s *People) Provinces(ctx context.Context) ([]account.Province, error) {
	var ps []account.Province
	if err := s.db.SelectContext(ctx, &ps, `SELECT id, code, name_lo, name_vi, name_en FROM provinces ORDER BY id`); err != nil {
		return nil, fmt.Errorf("provinces: %w", err)
	}
	return ps, nil
}

// ProvinceByCode finds a province by its code ("houaphanh").
func (s *People) ProvinceByCode(ctx context.Context, code string) (*account.Province, error) {
	var p account.Province
	err := s.db.GetContext(ctx, &p, `SELECT id, code, name_lo, name_vi, name_en FROM provinces WHERE code = ?`, code)
	if noRows(err) {
		return nil, &apperr.Error{Code: apperr.Invalid, Field: "province", Message: fmt.Sprintf("%q is not a known province code", code)}
	}
	if err != nil {
		return nil, fmt.Errorf("province %s: %w", code, err)
	}
	return &p, nil
}

// ProvinceByID finds a province by id.
func (s *People) ProvinceByID(ctx context.Context, id int64) (*account.Province, error) {
	var p account.Province
	err := s.db.GetContext(ctx, &p, `SELECT id, code, name_lo, name_vi, name_en FROM provinces WHERE id = ?`, id)
	if noRows(err) {
		return nil, notFound("province")
	}
	if err != nil {
		return nil, fmt.Errorf("province %d: %w", id, err)
	}
	return &p, nil
}

// Programmes lists the programmes candidates can be sent to.
func (s *People) Programmes(ctx context.Context) ([]account.Programme, error) {
	var ps []account.Programme
	if err := s.db.SelectContext(ctx, &ps, `SELECT id, code, name_lo, name_vi, name_en, duration_months FROM programmes ORDER BY id`); err != nil {
		return nil, fmt.Errorf("programmes: %w", err)
	}
	return ps, nil
}

// KnownCodes gives the codes a registration file may use.
func (s *People) KnownCodes(ctx context.Context) (account.Known, error) {
	k := account.Known{Provinces: map[string]bool{}, Programmes: map[string]bool{}}
	ps, err := s.Provinces(ctx)
	if err != nil {
		return k, err
	}
	for _, p := range ps {
		k.Provinces[p.Code] = true
	}
	gs, err := s.Programmes(ctx)
	if err != nil {
		return k, err
	}
	for _, g := range gs {
		k.Programmes[g.Code] = true
	}
	return k, nil
}

func ensureCohort(ctx context.Context, tx *sqlx.Tx, provinceID, programmeID int64, name string) (int64, error) {
	var id int64
	err := tx.GetContext(ctx, &id, `SELECT id FROM cohorts WHERE province_id = ? AND name = ?`, provinceID, name)
	if err == nil {
		return id, nil
	}
	if !noRows(err) {
		return 0, fmt.Errorf("cohort %s: %w", name, err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO cohorts (province_id, programme_id, name) VALUES (?, ?, ?)`,
		provinceID, programmeID, name)
	if err != nil {
		return 0, fmt.Errorf("create cohort %s: %w", name, err)
	}
	return res.LastInsertId()
}

// candidateInsert is the one statement that adds a candidate profile: the
// file import (Accounts.InsertCandidates, prepared once per file) and the
// single profile below both use it.
const candidateInsert = `
	INSERT INTO candidates (user_id, province_id, cohort_id, programme_id, name_lo, name_latin,
		date_of_birth, gender, position, unit, district, planning_status, intake_year, planned_position)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertCandidate(ctx context.Context, tx *sqlx.Tx, c *account.Candidate) (int64, error) {
	res, err := tx.ExecContext(ctx, candidateInsert, c.UserID, c.ProvinceID, c.CohortID, c.ProgrammeID, c.NameLo, c.NameLatin,
		c.DateOfBirth, c.Gender, c.Position, c.Unit, c.District, c.PlanningStatus, c.IntakeYear, "")
	if err != nil {
		return 0, fmt.Errorf("insert candidate: %w", err)
	}
	c.ID, err = res.LastInsertId()
	return c.ID, err
}

func audit(ctx context.Context, tx *sqlx.Tx, userID *int64, action, entity string, entityID int64, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)`,
		userID, action, entity, entityID, detail)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

const candidateSelect = `
	SELECT c.id, c.user_id, c.province_id, c.cohort_id, c.programme_id, c.name_lo, c.name_latin,
	       c.date_of_birth, c.gender, c.position, c.unit, c.district, c.planning_status,
	       c.intake_year, c.created_at, u.username, h.name AS cohort_name
	FROM candidates c
	LEFT JOIN users u ON u.id = c.user_id
	LEFT JOIN cohorts h ON h.id = c.cohort_id`

// CandidatesInProvince lists a province's candidates: the board's scope
// (not the people recorded only for a calibration pilot).
func (s *People) CandidatesInProvince(ctx context.Context, provinceID int64) ([]account.Candidate, error) {
	var cs []account.Candidate
	err := s.db.SelectContext(ctx, &cs, candidateSelect+` WHERE c.province_id = ? AND c.pilot_only = 0 ORDER BY c.name_latin, c.id`, provinceID)
	if err != nil {
		return nil, fmt.Errorf("candidates of province %d: %w", provinceID, err)
	}
	return cs, nil
}

// CandidateByUser is a candidate's own profile.
func (s *People) CandidateByUser(ctx context.Context, userID int64) (*account.Candidate, error) {
	var c account.Candidate
	err := s.db.GetContext(ctx, &c, candidateSelect+` WHERE c.user_id = ?`, userID)
	if noRows(err) {
		return nil, notFound("candidate profile")
	}
	if err != nil {
		return nil, fmt.Errorf("candidate of user %d: %w", userID, err)
	}
	return &c, nil
}

// CreateCohort adds a class.
func (s *People) CreateCohort(ctx context.Context, provinceID, programmeID int64, name, start string) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO cohorts (province_id, programme_id, name, start_date) VALUES (?, ?, ?, ?)`,
			provinceID, programmeID, name, start)
		if isUnique(err) {
			return &apperr.Error{Code: apperr.Conflict, Field: "name", Message: fmt.Sprintf("cohort %q exists", name)}
		}
		if err != nil {
			return fmt.Errorf("create cohort: %w", err)
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// Cohorts lists every class with its size, for instructors.
func (s *People) Cohorts(ctx context.Context) ([]account.Cohort, error) {
	var cs []account.Cohort
	err := s.db.SelectContext(ctx, &cs, `
		SELECT h.id, h.province_id, h.programme_id, h.name, h.start_date,
		       (SELECT count(*) FROM candidates c WHERE c.cohort_id = h.id) AS size
		FROM cohorts h ORDER BY h.start_date DESC, h.name`)
	if err != nil {
		return nil, fmt.Errorf("cohorts: %w", err)
	}
	return cs, nil
}

// InsertCandidate adds one profile (demo seeding and board forms).
func (s *People) InsertCandidate(ctx context.Context, c *account.Candidate) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := insertCandidate(ctx, tx, c)
		return err
	})
}
