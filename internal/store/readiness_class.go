package store

import (
	"context"
	"fmt"

	"hocviet/internal/account"
	"hocviet/internal/readiness"
)

// Class view (instructors follow any class, so it is scoped by cohort).

// ClassMember is a member of a cohort with their released results.
type ClassMember struct {
	ID        int64  `db:"id"`
	NameLo    string `db:"name_lo"`
	NameLatin string `db:"name_latin"`
	Attempts  []readiness.Attempt
}

// CohortByID finds a class.
func (s *People) CohortByID(ctx context.Context, id int64) (*account.Cohort, error) {
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
func (s *People) CohortMembers(ctx context.Context, cohortID int64) ([]ClassMember, error) {
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
func (s *People) CohortItemStats(ctx context.Context, cohortID int64) ([]readiness.ItemStat, error) {
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
