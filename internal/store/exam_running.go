package store

import (
	"context"
	"fmt"
)

// ExamInProgress reports whether the user has an exam attempt not yet
// submitted. Practice shares the banks with the exam and reveals keys after
// each answer, so it stays closed while an attempt runs.
func (s *Attempts) ExamInProgress(ctx context.Context, userID int64) (bool, error) {
	var n int
	err := s.db.GetContext(ctx, &n, `
		SELECT count(*) FROM exam_attempts a
		JOIN candidates c ON c.id = a.candidate_id
		WHERE c.user_id = ? AND a.status = 'in_progress'`, userID)
	if err != nil {
		return false, fmt.Errorf("exam in progress for user %d: %w", userID, err)
	}
	return n > 0, nil
}
