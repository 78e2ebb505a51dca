package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/readiness"
)

// Every method here takes the province of the board account that asks and
// puts it in the WHERE clause: a board officer reads and writes only the
// candidates, criteria, plans and graduates of their own province, whatever
// the request says.

type rdPersonRow struct {
	ID              int64  `db:"id"`
	UserID          *int64 `db:"user_id"`
	Username        string `db:"username"`
	NameLo          string `db:"name_lo"`
	NameLatin       string `db:"name_latin"`
	DateOfBirth     string `db:"date_of_birth"`
	Gender          string `db:"gender"`
	Position        string `db:"position"`
	Unit            string `db:"unit"`
	District        string `db:"district"`
	PlanningStatus  string `db:"planning_status"`
	PlannedPosition string `db:"planned_position"`
	ProgrammeID     int64  `db:"programme_id"`
	IntakeYear      int    `db:"intake_year"`
	Cohort          string `db:"cohort"`
}

func (r rdPersonRow) person() readiness.Person {
	return readiness.Person{ID: r.ID, UserID: r.UserID, Username: r.Username, NameLo: r.NameLo, NameLatin: r.NameLatin,
		DateOfBirth: r.DateOfBirth, Gender: r.Gender, Position: r.Position, Unit: r.Unit, District: r.District,
		PlanningStatus: r.PlanningStatus, PlannedPosition: r.PlannedPosition, ProgrammeID: r.ProgrammeID,
		IntakeYear: r.IntakeYear, Cohort: r.Cohort}
}

const rdPersonSelect = `
	SELECT c.id, c.user_id, coalesce(u.username, '') AS username, c.name_lo, c.name_latin, c.date_of_birth,
	       c.gender, c.position, c.unit, c.district, c.planning_status, c.planned_position,
	       coalesce(c.programme_id, 0) AS programme_id, coalesce(c.intake_year, 0) AS intake_year,
	       coalesce(h.name, '') AS cohort
	FROM candidates c
	LEFT JOIN users u ON u.id = c.user_id
	LEFT JOIN cohorts h ON h.id = c.cohort_id`

// ProvincePeople lists the candidates of a province as the board keeps them
// (not the people recorded only for a calibration pilot).
func (s *People) ProvincePeople(ctx context.Context, provinceID int64) ([]readiness.Person, error) {
	var rows []rdPersonRow
	if err := s.db.SelectContext(ctx, &rows, rdPersonSelect+` WHERE c.province_id = ? AND c.pilot_only = 0 ORDER BY c.id`, provinceID); err != nil {
		return nil, fmt.Errorf("people of province %d: %w", provinceID, err)
	}
	out := make([]readiness.Person, len(rows))
	for i, r := range rows {
		out[i] = r.person()
	}
	return out, nil
}

// ProvincePerson is one candidate of a province; another province's
// candidate is "not found", not "forbidden", so ids cannot be probed.
func (s *People) ProvincePerson(ctx context.Context, provinceID, id int64) (*readiness.Person, error) {
	return rdPerson(ctx, s.db, provinceID, id)
}

func rdPerson(ctx context.Context, q sqlx.QueryerContext, provinceID, id int64) (*readiness.Person, error) {
	var r rdPersonRow
	err := sqlx.GetContext(ctx, q, &r, rdPersonSelect+` WHERE c.province_id = ? AND c.id = ?`, provinceID, id)
	if noRows(err) {
		return nil, notFound("candidate")
	}
	if err != nil {
		return nil, fmt.Errorf("candidate %d: %w", id, err)
	}
	p := r.person()
	return &p, nil
}

func nullID(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

func nullInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// UpdateProvincePerson saves an edited record and logs what changed, before
// and after, in the audit log. It returns the changes (none: nothing saved).
func (s *People) UpdateProvincePerson(ctx context.Context, provinceID int64, by *int64, p readiness.Person) ([]readiness.Change, error) {
	var changes []readiness.Change
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		before, err := rdPerson(ctx, tx, provinceID, p.ID)
		if err != nil {
			return err
		}
		changes = readiness.Diff(*before, p)
		if len(changes) == 0 {
			return nil
		}
		_, err = tx.ExecContext(ctx, `
			UPDATE candidates SET name_lo = ?, name_latin = ?, date_of_birth = ?, gender = ?, position = ?, unit = ?,
			       district = ?, planning_status = ?, planned_position = ?, programme_id = ?, intake_year = ?
			WHERE id = ? AND province_id = ?`,
			p.NameLo, p.NameLatin, p.DateOfBirth, p.Gender, p.Position, p.Unit, p.District, p.PlanningStatus,
			p.PlannedPosition, nullID(p.ProgrammeID), nullInt(p.IntakeYear), p.ID, provinceID)
		if err != nil {
			return fmt.Errorf("update candidate %d: %w", p.ID, err)
		}
		if before.UserID != nil && before.NameLatin != p.NameLatin {
			// The account shows the name staff know the candidate by.
			if _, err := tx.ExecContext(ctx, `UPDATE users SET display_name = ? WHERE id = ?`, p.NameLatin, *before.UserID); err != nil {
				return fmt.Errorf("update display name: %w", err)
			}
		}
		b, a := map[string]string{}, map[string]string{}
		for _, c := range changes {
			b[c.Field], a[c.Field] = c.Before, c.After
		}
		detail, err := json.Marshal(map[string]any{"before": b, "after": a})
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, "update", "candidate", p.ID, string(detail))
	})
	return changes, err
}

// CandidateAudit is the edit history of one candidate of a province.
type CandidateAudit struct {
	Action string `db:"action"`
	Detail string `db:"detail"`
	At     string `db:"at"`
	By     string `db:"by"`
}

// ProvinceCandidateAudit lists what was done to a candidate's record, newest first.
func (s *People) ProvinceCandidateAudit(ctx context.Context, provinceID, candidateID int64) ([]CandidateAudit, error) {
	var out []CandidateAudit
	err := s.db.SelectContext(ctx, &out, `
		SELECT a.action, a.detail, a.at, coalesce(u.username, '') AS by
		FROM audit_log a
		JOIN candidates c ON c.province_id = ? AND c.id = ?
		LEFT JOIN users u ON u.id = a.user_id
		WHERE (a.entity = 'candidate' AND a.entity_id = c.id)
		   -- what happened to the candidate's account: resets, activation, password changes
		   OR (a.entity = 'user' AND a.entity_id = c.user_id AND a.action IN ('reset', 'activate', 'password', 'disable', 'enable'))
		ORDER BY a.id DESC`, provinceID, candidateID)
	if err != nil {
		return nil, fmt.Errorf("audit of candidate %d: %w", candidateID, err)
	}
	return out, nil
}

// Exam results (tables of the screening exam, released results only: a
// result the instructors have not released is not yet the candidate's).

type rdAttemptRow struct {
	ID          int64   `db:"id"`
	CandidateID int64   `db:"candidate_id"`
	TakenMS     int64   `db:"taken_ms"`
	Listening   float64 `db:"listening"`
	Reading     float64 `db:"reading"`
	Writing     float64 `db:"writing"`
	Speaking    float64 `db:"speaking"`
	Average     float64 `db:"average"`
	Level       int     `db:"level"`
	// The session's standard errors of measurement (migration 00009),
	// NULL for a result without item data.
	SEMListening *float64 `db:"sem_listening"`
	SEMReading   *float64 `db:"sem_reading"`
	SEMWriting   *float64 `db:"sem_writing"`
	SEMSpeaking  *float64 `db:"sem_speaking"`
	SEMAverage   *float64 `db:"sem_average"`
}

const rdAttemptSelect = `
	SELECT a.id, a.candidate_id, coalesce(a.submitted_at, a.started_at) AS taken_ms,
	       r.listening, r.reading, r.writing, r.speaking, r.average, r.level,
	       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'listening') AS sem_listening,
	       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'reading') AS sem_reading,
	       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'writing') AS sem_writing,
	       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'speaking') AS sem_speaking,
	       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'average') AS sem_average
	FROM exam_attempts a
	JOIN exam_results r ON r.attempt_id = a.id
	JOIN candidates c ON c.id = a.candidate_id
	WHERE a.released_at IS NOT NULL`

func rdAttempts(ctx context.Context, q sqlx.QueryerContext, where string, args ...any) (map[int64][]readiness.Attempt, error) {
	var rows []rdAttemptRow
	if err := sqlx.SelectContext(ctx, q, &rows, rdAttemptSelect+" AND "+where+" ORDER BY taken_ms, a.id", args...); err != nil {
		return nil, fmt.Errorf("exam results: %w", err)
	}
	out := map[int64][]readiness.Attempt{}
	for _, r := range rows {
		out[r.CandidateID] = append(out[r.CandidateID], r.attempt())
	}
	return out, nil
}

// ReleasedAttempts gives every released result of a province's candidates,
// oldest first, by candidate id.
func (s *People) ReleasedAttempts(ctx context.Context, provinceID int64) (map[int64][]readiness.Attempt, error) {
	return rdAttempts(ctx, s.db, "c.province_id = ? AND c.pilot_only = 0", provinceID)
}

// CandidateReleasedAttempts gives one candidate's released results.
func (s *People) CandidateReleasedAttempts(ctx context.Context, provinceID, candidateID int64) ([]readiness.Attempt, error) {
	m, err := rdAttempts(ctx, s.db, "c.province_id = ? AND c.id = ?", provinceID, candidateID)
	return m[candidateID], err
}
