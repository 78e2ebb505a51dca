package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
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
func (s *Store) ProvincePeople(ctx context.Context, provinceID int64) ([]readiness.Person, error) {
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
func (s *Store) ProvincePerson(ctx context.Context, provinceID, id int64) (*readiness.Person, error) {
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
func (s *Store) UpdateProvincePerson(ctx context.Context, provinceID int64, by *int64, p readiness.Person) ([]readiness.Change, error) {
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
func (s *Store) ProvinceCandidateAudit(ctx context.Context, provinceID, candidateID int64) ([]CandidateAudit, error) {
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

// Criteria.

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
func (s *Store) CurrentCriteria(ctx context.Context, provinceID int64) (map[int64]readiness.Criteria, error) {
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
func (s *Store) CriteriaVersions(ctx context.Context, provinceID, programmeID int64) ([]readiness.Criteria, error) {
	return rdCriteriaList(ctx, s.db, `k.province_id = ? AND k.programme_id = ? ORDER BY k.version DESC`, provinceID, programmeID)
}

// CriteriaByIDs loads criteria versions of a province by id (those a
// recorded decision used).
func (s *Store) CriteriaByIDs(ctx context.Context, provinceID int64, ids []int64) (map[int64]readiness.Criteria, error) {
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
func (s *Store) SaveCriteria(ctx context.Context, provinceID int64, by *int64, c readiness.Criteria) (readiness.Criteria, error) {
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
		a := readiness.Attempt{
			ID: r.ID, TakenAt: time.UnixMilli(r.TakenMS).UTC(), Average: r.Average, Level: r.Level,
			Skills: map[string]float64{"listening": r.Listening, "reading": r.Reading, "writing": r.Writing, "speaking": r.Speaking},
		}
		for k, v := range map[string]*float64{"listening": r.SEMListening, "reading": r.SEMReading, "writing": r.SEMWriting,
			"speaking": r.SEMSpeaking, "average": r.SEMAverage} {
			if v != nil {
				if a.SEM == nil {
					a.SEM = map[string]float64{}
				}
				a.SEM[k] = *v
			}
		}
		out[r.CandidateID] = append(out[r.CandidateID], a)
	}
	return out, nil
}

// ReleasedAttempts gives every released result of a province's candidates,
// oldest first, by candidate id.
func (s *Store) ReleasedAttempts(ctx context.Context, provinceID int64) (map[int64][]readiness.Attempt, error) {
	return rdAttempts(ctx, s.db, "c.province_id = ? AND c.pilot_only = 0", provinceID)
}

// CandidateReleasedAttempts gives one candidate's released results.
func (s *Store) CandidateReleasedAttempts(ctx context.Context, provinceID, candidateID int64) ([]readiness.Attempt, error) {
	m, err := rdAttempts(ctx, s.db, "c.province_id = ? AND c.id = ?", provinceID, candidateID)
	return m[candidateID], err
}

// Class view (instructors follow any class, so it is scoped by cohort).

// ClassMember is a member of a cohort with their released results.
type ClassMember struct {
	ID        int64  `db:"id"`
	NameLo    string `db:"name_lo"`
	NameLatin string `db:"name_latin"`
	Attempts  []readiness.Attempt
}

// CohortByID finds a class.
func (s *Store) CohortByID(ctx context.Context, id int64) (*account.Cohort, error) {
	var c account.Cohort
	err := s.db.GetContext(ctx, &c, `
		SELECT h.id, h.province_id, h.programme_id, h.name, h.start_date,
		       (SELECT count(*) FROM candidates c WHERE c.cohort_id = h.id) AS size
		FROM cohorts h WHERE h.id = ?`, id)
	if noRows(err) {
		return nil, notFound("class")
	}
	if err != nil {
		return nil, fmt.Errorf("cohort %d: %w", id, err)
	}
	return &c, nil
}

// CohortMembers lists a class with each member's released results.
func (s *Store) CohortMembers(ctx context.Context, cohortID int64) ([]ClassMember, error) {
	var ms []ClassMember
	if err := s.db.SelectContext(ctx, &ms, `SELECT id, name_lo, name_latin FROM candidates WHERE cohort_id = ? ORDER BY id`, cohortID); err != nil {
		return nil, fmt.Errorf("class %d: %w", cohortID, err)
	}
	at, err := rdAttempts(ctx, s.db, "c.cohort_id = ?", cohortID)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		ms[i].Attempts = at[ms[i].ID]
	}
	return ms, nil
}

// CohortItemStats sums how a class did on each exam item of its released
// attempts: objective items by their points, rated answers by their final
// score out of 10.
func (s *Store) CohortItemStats(ctx context.Context, cohortID int64) ([]readiness.ItemStat, error) {
	type row struct {
		Ref      string  `db:"ref"`
		Skill    string  `db:"skill"`
		Prompt   string  `db:"prompt"`
		Answered int     `db:"answered"`
		Score    float64 `db:"score"`
		Max      float64 `db:"max"`
	}
	var rows []row
	err := s.db.SelectContext(ctx, &rows, `
		SELECT ref, skill, max(prompt) AS prompt, sum(answered) AS answered, sum(score) AS score, sum(mx) AS max FROM (
			SELECT f.item_id AS ref, v.skill, coalesce(json_extract(v.content, '$.prompt'), '') AS prompt,
			       count(*) AS answered, sum(sc.points) AS score, sum(sc.max) AS mx
			FROM exam_item_scores sc
			JOIN exam_form_items f ON f.attempt_id = sc.attempt_id AND f.pos = sc.pos
			JOIN bank_item_versions v ON v.id = f.version_id
			JOIN exam_attempts a ON a.id = sc.attempt_id
			JOIN candidates c ON c.id = a.candidate_id
			WHERE c.cohort_id = ? AND a.released_at IS NOT NULL
			GROUP BY f.item_id
			UNION ALL
			SELECT f.item_id, v.skill, coalesce(json_extract(v.content, '$.prompt'), ''),
			       count(*), sum(x.final), 10.0 * count(*)
			FROM exam_scripts x
			JOIN exam_form_items f ON f.attempt_id = x.attempt_id AND f.pos = x.pos
			JOIN bank_item_versions v ON v.id = f.version_id
			JOIN exam_attempts a ON a.id = x.attempt_id
			JOIN candidates c ON c.id = a.candidate_id
			WHERE c.cohort_id = ? AND a.released_at IS NOT NULL AND x.status = 'final' AND x.final IS NOT NULL
			GROUP BY f.item_id
		) GROUP BY ref, skill`, cohortID, cohortID)
	if err != nil {
		return nil, fmt.Errorf("item statistics of class %d: %w", cohortID, err)
	}
	out := make([]readiness.ItemStat, len(rows))
	for i, r := range rows {
		out[i] = readiness.ItemStat{Ref: r.Ref, Skill: r.Skill, Prompt: r.Prompt, Answered: r.Answered, Score: r.Score, Max: r.Max}
	}
	return out, nil
}

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
func (s *Store) RecordDecisions(ctx context.Context, provinceID int64, by *int64, ds []DecisionToRecord) (int, error) {
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
func (s *Store) CandidateDecisions(ctx context.Context, provinceID, candidateID int64) ([]RecordedDecision, error) {
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
func (s *Store) LastRecording(ctx context.Context, provinceID, programmeID int64, year int) (at time.Time, version int, ok bool, err error) {
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
func (s *Store) Quotas(ctx context.Context, provinceID int64) (map[QuotaKey]int, error) {
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
func (s *Store) SetQuotas(ctx context.Context, provinceID int64, by *int64, qs map[QuotaKey]*int) error {
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
func (s *Store) Graduates(ctx context.Context, provinceID int64) ([]readiness.Graduate, error) {
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
func (s *Store) GraduateByID(ctx context.Context, provinceID, id int64) (*readiness.Graduate, error) {
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
func (s *Store) SaveGraduate(ctx context.Context, provinceID int64, by *int64, g readiness.Graduate) (int64, error) {
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
func (s *Store) InsertReleasedResults(ctx context.Context, title string, at time.Time, cohortID *int64, by *int64, rs []ReleasedResult) error {
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
				INSERT INTO exam_attempts (session_id, candidate_id, code, seed, status, started_at, submitted_at, released_at, released_by)
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

// CandidatePractice sums up a candidate's practice: answers per skill and
// days active from the practice tables, and the tone, mark and sound
// confusions from the practice part's own error profile, most frequent
// first. A candidate without an account has practised nothing.
func (s *Store) CandidatePractice(ctx context.Context, provinceID, candidateID int64) (*readiness.Practice, error) {
	p := &readiness.Practice{PerSkill: map[string]readiness.SkillPractice{}}
	var userID *int64
	err := s.db.GetContext(ctx, &userID, `SELECT user_id FROM candidates WHERE id = ? AND province_id = ?`, candidateID, provinceID)
	if noRows(err) || err == nil && userID == nil {
		return p, nil
	}
	if err != nil {
		return nil, fmt.Errorf("practice of candidate %d: %w", candidateID, err)
	}
	var rows []struct {
		Skill   string `db:"skill"`
		Verdict string `db:"verdict"`
		At      string `db:"answered_at"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT skill, verdict, answered_at FROM practice_answers
		WHERE user_id = ? ORDER BY answered_at`, *userID); err != nil {
		return nil, fmt.Errorf("practice of candidate %d: %w", candidateID, err)
	}
	days := map[string]bool{}
	for _, r := range rows {
		p.Items++
		sp := p.PerSkill[r.Skill]
		sp.Items++
		if r.Verdict == "correct" {
			p.Correct++
			sp.Correct++
		}
		p.PerSkill[r.Skill] = sp
		if len(r.At) >= 10 {
			days[r.At[:10]] = true
		}
		if at, err := time.Parse(time.RFC3339, r.At); err == nil && at.After(p.LastAt) {
			p.LastAt = at
		}
	}
	p.ActiveDays = len(days)
	if p.Items == 0 {
		return p, nil
	}
	prof, err := s.ErrorProfile(ctx, *userID)
	if err != nil {
		return nil, err
	}
	for _, c := range prof.Confusions {
		p.Errors = append(p.Errors, readiness.ErrorCount{Kind: "tone", Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	for _, c := range prof.Marks {
		p.Errors = append(p.Errors, readiness.ErrorCount{Kind: "mark", Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	for _, c := range prof.Sounds {
		p.Errors = append(p.Errors, readiness.ErrorCount{Kind: "sound", Part: c.Part, Expected: c.Expected, Given: c.Given, Count: c.Count})
	}
	sortErrorCounts(p.Errors)
	return p, nil
}

func sortErrorCounts(es []readiness.ErrorCount) {
	rank := func(kind string) int { return map[string]int{"tone": 0, "mark": 1, "sound": 2}[kind] }
	sort.Slice(es, func(i, j int) bool {
		if es[i].Count != es[j].Count {
			return es[i].Count > es[j].Count
		}
		if rank(es[i].Kind) != rank(es[j].Kind) {
			return rank(es[i].Kind) < rank(es[j].Kind) // tones first: they cost learners most
		}
		return es[i].Expected+es[i].Given < es[j].Expected+es[j].Given
	})
}
