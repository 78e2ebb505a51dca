package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"
)

// Group commit. On exam day the writes that come by the thousand in the
// same seconds (starts, autosaves) are short; what they wait for is their
// turn at the write lock and each commit's fsync. Those that queue while a
// transaction runs are written together by whichever of them gets the lock
// next: one transaction, one fsync, each in its own savepoint so that one
// failing fails only itself. A caller returns only after the commit, so an
// acknowledged write is on disk as with tx.

// maxGroup bounds one group, so the first in the queue does not wait for a
// thousand others to be written.
const maxGroup = 128

type groupState struct {
	mu    sync.Mutex
	queue []*groupReq
}

type groupReq struct {
	ctx  context.Context
	fn   func(tx *sqlx.Tx) error
	err  error
	done chan struct{}
}

// groupTx runs fn in a transaction shared with the other writes queued at
// the same time. fn must not depend on being alone in its transaction: it
// sees what the ones before it in the group wrote, which a transaction of
// its own would have seen too, since they commit first either way.
func (s *conn) groupTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	g := &s.group
	r := &groupReq{ctx: ctx, fn: fn, done: make(chan struct{})}
	g.mu.Lock()
	g.queue = append(g.queue, r)
	g.mu.Unlock()
	for {
		s.writeMu.Lock()
		g.mu.Lock()
		n := min(len(g.queue), maxGroup)
		batch := make([]*groupReq, n)
		copy(batch, g.queue)
		g.queue = append(g.queue[:0], g.queue[n:]...)
		g.mu.Unlock()
		if n > 0 {
			s.writeGroup(batch)
		}
		s.writeMu.Unlock()
		// A leader takes a batch and writes it under the lock, so when
		// the queue held nothing for us ours was already written.
		select {
		case <-r.done:
			return r.err
		default:
		}
		if n == 0 {
			<-r.done
			return r.err
		}
	}
}

// writeGroup writes a batch in one transaction; the caller holds writeMu.
// Every request's done is closed on return.
func (s *conn) writeGroup(batch []*groupReq) {
	defer func() {
		for _, r := range batch {
			close(r.done)
		}
	}()
	// The transaction serves many requests: one leaving does not cancel
	// it, nor interrupt its own statements half-way (an interrupted write
	// rolls back the whole transaction).
	err := s.txLocked(context.Background(), func(tx *sqlx.Tx) error {
		for _, r := range batch {
			if err := r.ctx.Err(); err != nil {
				r.err = err
				continue
			}
			if _, err := tx.Exec(`SAVEPOINT grouped`); err != nil {
				return fmt.Errorf("savepoint: %w", err)
			}
			r.err = r.fn(tx)
			if r.err != nil {
				if _, err := tx.Exec(`ROLLBACK TO grouped`); err != nil {
					return fmt.Errorf("rollback to savepoint: %w", err)
				}
			}
			if _, err := tx.Exec(`RELEASE grouped`); err != nil {
				return fmt.Errorf("release savepoint: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		for _, r := range batch {
			if r.err == nil {
				r.err = err
			}
		}
	}
}
