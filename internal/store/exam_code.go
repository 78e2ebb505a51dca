package store

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
)

// Wrong exam access codes are limited per candidate and session (issue 15
// point 4): a 3-digit code was found by brute force in 1.4 s. After
// codeFreeTries wrong codes each further try must wait, doubling from
// codeBaseWait; tries made during the wait are refused unchecked.
const (
	codeFreeTries = 5
	codeBaseWait  = 30 * time.Second
	codeMaxWait   = 30 * time.Minute
)

// accessCodeWait is how long after the last wrong code a candidate with n
// wrong codes must wait before the next is checked.
func accessCodeWait(n int) time.Duration {
	if n < codeFreeTries {
		return 0
	}
	return min(codeBaseWait<<min(n-codeFreeTries, 10), codeMaxWait)
}

// checkAccessCode compares a candidate's code with the session's. A wrong
// code is counted and written to the audit log in tx, and returned as
// refusal: the caller commits tx (so the count holds) and then refuses.
func checkAccessCode(ctx context.Context, tx *sqlx.Tx, es *ExamSession, candidateID, userID int64, given string, at time.Time) (refusal, err error) {
	var row struct {
		N    int           `db:"n"`
		Last sql.NullInt64 `db:"last"`
	}
	if err := tx.GetContext(ctx, &row, `SELECT count(*) AS n, max(at) AS last FROM exam_code_failures
		WHERE session_id = ? AND candidate_id = ?`, es.ID, candidateID); err != nil {
		return nil, fmt.Errorf("access code failures: %w", err)
	}
	if wait := accessCodeWait(row.N); wait > 0 && at.Before(fromMS(row.Last.Int64).Add(wait)) {
		return &apperr.Error{Code: apperr.TooMany, Field: "code", Key: "exam.err.code_wait",
			Message: fmt.Sprintf("%d wrong access codes: wait until %s", row.N, fromMS(row.Last.Int64).Add(wait).Format(time.RFC3339))}, nil
	}
	if subtle.ConstantTimeCompare([]byte(strings.ToUpper(strings.TrimSpace(given))), []byte(strings.ToUpper(es.AccessCode))) == 1 {
		return nil, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_code_failures (session_id, candidate_id, at) VALUES (?, ?, ?)`,
		es.ID, candidateID, ms(at)); err != nil {
		return nil, fmt.Errorf("access code failure: %w", err)
	}
	if err := audit(ctx, tx, &userID, "access_code_wrong", "exam_session", es.ID,
		fmt.Sprintf("candidate %d, wrong code %d", candidateID, row.N+1)); err != nil {
		return nil, err
	}
	return &apperr.Error{Code: apperr.Forbidden, Field: "code", Key: "exam.err.access_code", Message: "wrong access code"}, nil
}

// checkStartCode is checkAccessCode for the exam start, which reads outside
// the write lock: the usual case, the right code and no wrong one before, is
// told by a read alone; a wrong code, or a candidate who already gave one,
// goes through checkAccessCode in a write transaction so that wrong codes
// are counted one after another and the growing wait holds.
//
// failures is the count of wrong codes the candidate gave at the session, as
// planStart read it.
func (s *Attempts) checkStartCode(ctx context.Context, es *ExamSession, candidateID, userID int64, failures int, given string, at time.Time) error {
	if failures == 0 && subtle.ConstantTimeCompare([]byte(strings.ToUpper(strings.TrimSpace(given))), []byte(strings.ToUpper(es.AccessCode))) == 1 {
		return nil
	}
	var refusal error
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		var err error
		refusal, err = checkAccessCode(ctx, tx, es, candidateID, userID, given, at)
		return err
	})
	if err != nil {
		return err
	}
	return refusal
}
