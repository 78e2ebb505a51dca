package store

import (
	"context"
	"fmt"
	"time"

	"hocviet/internal/readiness"
)

// CandidatePractice sums up a candidate's practice: answers per skill and
// days active from the practice tables, and the tone, mark and sound
// confusions from the practice part's own error profile, most frequent
// first. A candidate without an account has practised nothing.
func (s *People) CandidatePractice(ctx context.Context, provinceID, candidateID int64) (*readiness.Practice, error) {
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
	prof, err := errorProfile(ctx, s.db, *userID)
	if err != nil {
		return nil, err
	}
	for _, m := range prof.Mistakes() { // ranked by the practice rule
		p.Errors = append(p.Errors, readiness.ErrorCount(m))
	}
	return p, nil
}
