package store

import (
	"context"
	"fmt"
	"time"
)

// Backlog is what waits for marking, as an instructor's home page shows it.
type Backlog struct {
	Held   int `db:"held"`   // scripts this rater has claimed and not yet rated
	ForMe  int `db:"for_me"` // scripts this rater may take now
	Second int `db:"second"` // scripts rated once, waiting for a second rater
	Third  int `db:"third"`  // scripts whose two ratings differ, waiting for a third
}

// GradingBacklog counts the scripts waiting for raterID and for anyone.
func (s *Exams) GradingBacklog(ctx context.Context, raterID int64, t time.Time) (Backlog, error) {
	var b Backlog
	err := s.db.GetContext(ctx, &b, `SELECT
		(SELECT count(*) FROM exam_ratings WHERE rater_id = ? AND submitted_at IS NULL AND expires_at > ?) AS held,
		(SELECT count(*) FROM exam_scripts sc WHERE sc.status = 'rating' AND (SELECT count(*) FROM exam_ratings r
			WHERE r.script_id = sc.id AND r.submitted_at IS NOT NULL) = 1) AS second,
		(SELECT count(*) FROM exam_scripts sc WHERE sc.status = 'adjudication') AS third`, raterID, ms(t))
	if err != nil {
		return b, fmt.Errorf("grading backlog: %w", err)
	}
	lines, err := s.GradingQueue(ctx, raterID, t)
	if err != nil {
		return b, err
	}
	for _, l := range lines {
		b.ForMe += l.ToRate + l.Adjudication
	}
	return b, nil
}
