package store

import (
	"context"
	"fmt"
)

// ScriptStates maps each rated script of an attempt (by form position) to
// its status (rating, adjudication, final): the web layer hides ratings of
// scripts still being marked (blind double marking, issue 15 point 5).
func (s *Exams) ScriptStates(ctx context.Context, attemptID int64) (map[int]string, error) {
	var rows []struct {
		Pos    int    `db:"pos"`
		Status string `db:"status"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT pos, status FROM exam_scripts WHERE attempt_id = ?`, attemptID); err != nil {
		return nil, fmt.Errorf("scripts of attempt %d: %w", attemptID, err)
	}
	out := make(map[int]string, len(rows))
	for _, r := range rows {
		out[r.Pos] = r.Status
	}
	return out, nil
}
