package store

// Item usage marks written after the start. Marking the versions an attempt
// was given (bank_item_usage) is bookkeeping nobody reads during the exam;
// written inside the start it doubled the rows of the one write transaction
// 2,000 candidates queue on. The start writes one exam_usage_pending row;
// a background round (usageState.kick) then marks a few attempts per short
// transaction, so autosaves get the write lock in between. PredrawDue
// drains too, which covers rows left by a crash.

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
)

// usageBatch is how many attempts one marking transaction takes: 8 full
// forms are ~500 rows, a few milliseconds of the write lock, so an
// autosave queued behind a round waits little.
const usageBatch = 8

// usageDelay lets the starts of a storm gather (and finish) before the
// first round; usagePause lets the writers queued meanwhile in between two
// rounds.
const (
	usageDelay = time.Second
	usagePause = 5 * time.Millisecond
)

type usageState struct {
	mu      sync.Mutex
	running bool
}

// kickUsage makes sure a background round will mark the pending attempts.
func (s *conn) kickUsage() {
	u := &s.usage
	u.mu.Lock()
	if u.running {
		u.mu.Unlock()
		return
	}
	u.running = true
	u.mu.Unlock()
	go func() {
		time.Sleep(usageDelay)
		for {
			n, err := s.markUsage(context.Background(), usageBatch)
			time.Sleep(usagePause)
			if err != nil || n == 0 {
				// Errors (a closed database) leave the rows pending for
				// the next round; the check of running happens under the
				// lock so a kick during the last round is not lost.
				u.mu.Lock()
				if err == nil {
					n2, _ := pendingUsage(s.db)
					if n2 > 0 {
						u.mu.Unlock()
						continue
					}
				}
				u.running = false
				u.mu.Unlock()
				return
			}
		}
	}()
}

func pendingUsage(q sqlx.Queryer) (int, error) {
	var n int
	err := sqlx.Get(q, &n, `SELECT count(*) FROM exam_usage_pending`)
	return n, err
}

// markUsage marks the item versions of up to max pending attempts used, in
// one transaction, and returns how many attempts it marked.
func (s *conn) markUsage(ctx context.Context, max int) (int, error) {
	var n int
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		var ids []int64
		if err := tx.SelectContext(ctx, &ids, `SELECT attempt_id FROM exam_usage_pending ORDER BY attempt_id LIMIT ?`, max); err != nil {
			return fmt.Errorf("pending usage marks: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		q, args, err := sqlx.In(`INSERT INTO bank_item_usage (version_id, attempt_id, used_at)
			SELECT version_id, attempt_id, ? FROM exam_form_items WHERE attempt_id IN (?)
			ON CONFLICT (version_id, attempt_id) DO NOTHING`, now(), ids)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("mark item versions used: %w", err)
		}
		q, args, err = sqlx.In(`DELETE FROM exam_usage_pending WHERE attempt_id IN (?)`, ids)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("pending usage marks: %w", err)
		}
		n = len(ids)
		return nil
	})
	return n, err
}

// MarkPendingUsage marks every pending attempt's item versions used now, a
// batch per transaction (the server's predraw job calls it through
// PredrawDue; tests call it to wait for the background rounds).
func (s *Exams) MarkPendingUsage(ctx context.Context) (int, error) {
	total := 0
	for {
		n, err := s.markUsage(ctx, usageBatch)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}
