package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"hocviet/internal/readiness"
)

// IntakeList is what a programme's eligibility list for one intake year is
// decided on. The board's list is read for 10,000 candidates at a time, so
// this reads only the programme's people of that year and lets SQL keep
// each one's latest released result (the only one a decision uses, see
// readiness.Evaluate), instead of every person and every result of the
// province (docs/performance.md, "Readiness list").
type IntakeList struct {
	People []readiness.Person          // of the programme and year, by id
	Latest map[int64]readiness.Attempt // by candidate: the latest released result
	NoYear int                         // of the programme, with no intake year yet
	Years  []int                       // intake years candidates of the province have, ascending
}

// IntakeList reads a province's list for a programme and year.
func (s *People) IntakeList(ctx context.Context, provinceID, programmeID int64, year int) (*IntakeList, error) {
	l := &IntakeList{Latest: map[int64]readiness.Attempt{}}
	// The results (the slower read) come on a second pooled connection
	// while the people are read on this one: under WAL readers do not
	// wait on each other, and the two together took 130 ms one after the
	// other for 10,000 people.
	latestErr := make(chan error, 1)
	go func() { latestErr <- intakeLatest(ctx, s.db, provinceID, programmeID, year, l.Latest) }()
	var err error
	l.People, err = intakePeople(ctx, s.db, provinceID, programmeID, year)
	if lerr := <-latestErr; err == nil {
		err = lerr
	}
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(intake_year, 0), coalesce(programme_id, 0) = ?, count(*)
		FROM candidates WHERE province_id = ? AND pilot_only = 0 GROUP BY 1, 2 ORDER BY 1`, programmeID, provinceID)
	if err != nil {
		return nil, fmt.Errorf("intake years of province %d: %w", provinceID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var y, n int
		var same bool
		if err := rows.Scan(&y, &same, &n); err != nil {
			return nil, fmt.Errorf("intake years: %w", err)
		}
		if y == 0 && same {
			l.NoYear = n
		}
		if y != 0 && (len(l.Years) == 0 || l.Years[len(l.Years)-1] != y) {
			l.Years = append(l.Years, y)
		}
	}
	return l, rows.Err()
}

type rdQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// intakePeople scans by hand: reflection over 10,000 rows was a tenth of
// the list's time.
func intakePeople(ctx context.Context, db rdQuerier, provinceID, programmeID int64, year int) ([]readiness.Person, error) {
	rows, err := db.QueryContext(ctx, rdPersonSelect+` WHERE c.province_id = ? AND c.programme_id = ? AND c.intake_year = ? AND c.pilot_only = 0
		ORDER BY c.id`, provinceID, programmeID, year)
	if err != nil {
		return nil, fmt.Errorf("people of province %d: %w", provinceID, err)
	}
	defer rows.Close()
	var out []readiness.Person
	for rows.Next() {
		var r rdPersonRow
		if err := rows.Scan(&r.ID, &r.UserID, &r.Username, &r.NameLo, &r.NameLatin, &r.DateOfBirth, &r.Gender,
			&r.Position, &r.Unit, &r.District, &r.PlanningStatus, &r.PlannedPosition, &r.ProgrammeID,
			&r.IntakeYear, &r.Cohort); err != nil {
			return nil, fmt.Errorf("people of province %d: %w", provinceID, err)
		}
		out = append(out, r.person())
	}
	return out, rows.Err()
}

// intakeLatest picks each candidate's latest released result in SQL (the
// same order as readiness.Latest: time taken, then id) with its standard
// errors of measurement.
func intakeLatest(ctx context.Context, db rdQuerier, provinceID, programmeID int64, year int, out map[int64]readiness.Attempt) error {
	// A subquery per candidate sorts their few results; a window over
	// the province's 40,000 sorted them all and took half again as long.
	rows, err := db.QueryContext(ctx, `
		SELECT a.id, a.candidate_id, coalesce(a.submitted_at, a.started_at), r.listening, r.reading, r.writing, r.speaking,
		       r.average, r.level,
		       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'listening'),
		       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'reading'),
		       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'writing'),
		       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'speaking'),
		       (SELECT sem FROM measure_result_skills m WHERE m.attempt_id = a.id AND m.skill = 'average')
		FROM candidates c
		JOIN exam_attempts a ON a.id = (
			SELECT l.id FROM exam_attempts l JOIN exam_results lr ON lr.attempt_id = l.id
			WHERE l.candidate_id = c.id AND l.released_at IS NOT NULL
			ORDER BY coalesce(l.submitted_at, l.started_at) DESC, l.id DESC LIMIT 1)
		JOIN exam_results r ON r.attempt_id = a.id
		WHERE c.province_id = ? AND c.programme_id = ? AND c.intake_year = ? AND c.pilot_only = 0`, provinceID, programmeID, year)
	if err != nil {
		return fmt.Errorf("latest results: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r rdAttemptRow
		if err := rows.Scan(&r.ID, &r.CandidateID, &r.TakenMS, &r.Listening, &r.Reading, &r.Writing, &r.Speaking,
			&r.Average, &r.Level, &r.SEMListening, &r.SEMReading, &r.SEMWriting, &r.SEMSpeaking, &r.SEMAverage); err != nil {
			return fmt.Errorf("latest results: %w", err)
		}
		out[r.CandidateID] = r.attempt()
	}
	return rows.Err()
}

// attempt is the row as the readiness rules take it.
func (r rdAttemptRow) attempt() readiness.Attempt {
	a := readiness.Attempt{
		ID: r.ID, TakenAt: time.UnixMilli(r.TakenMS).UTC(), Average: r.Average, Level: r.Level,
		Skills: map[string]float64{"listening": r.Listening, "reading": r.Reading, "writing": r.Writing, "speaking": r.Speaking},
	}
	// An array, not a map literal: that was a map built and dropped per row.
	for _, sem := range [...]struct {
		skill string
		v     *float64
	}{{"listening", r.SEMListening}, {"reading", r.SEMReading}, {"writing", r.SEMWriting},
		{"speaking", r.SEMSpeaking}, {"average", r.SEMAverage}} {
		if sem.v != nil {
			if a.SEM == nil {
				a.SEM = make(map[string]float64, 5)
			}
			a.SEM[sem.skill] = *sem.v
		}
	}
	return a
}
