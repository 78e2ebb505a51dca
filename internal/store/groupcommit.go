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
	mu sync.Mutex
	// [0] the writes of groupTx, [1] the autosaves of saveGroupTx. Each
	// queue has at most one leader at a time (leading): only the leader
	// waits for the write lock, so the lock's queue holds one waiter per
	// group, not one per request (writelock.go counts turns by waiters).
	queue   [2][]*groupReq
	leading [2]bool
}

type groupReq struct {
	ctx  context.Context
	fn   func(tx *sqlx.Tx) error
	err  error
	done chan struct{}
	lead chan struct{} // the request leads its queue: it writes the next batch
}

// groupTx runs fn in a transaction shared with the other writes queued at
// the same time. fn must not depend on being alone in its transaction: it
// sees what the ones before it in the group wrote, which a transaction of
// its own would have seen too, since they commit first either way.
func (s *conn) groupTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	return s.grouped(ctx, false, fn)
}

// saveGroupTx is groupTx for autosaves: they are grouped among themselves
// and take the write lock ahead of the other writers (writelock.go).
func (s *conn) saveGroupTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	return s.grouped(ctx, true, fn)
}

func (s *conn) grouped(ctx context.Context, save bool, fn func(tx *sqlx.Tx) error) error {
	g := &s.group
	q := 0
	if save {
		q = 1
	}
	r := &groupReq{ctx: ctx, fn: fn, done: make(chan struct{}), lead: make(chan struct{}, 1)}
	g.mu.Lock()
	g.queue[q] = append(g.queue[q], r)
	if !g.leading[q] {
		g.leading[q] = true
		r.lead <- struct{}{}
	}
	g.mu.Unlock()
	select {
	case <-r.done: // written in a batch another request led
		return r.err
	case <-r.lead:
	}
	// The leader is the first of its queue: it writes the queue's head,
	// itself included. It hands the lead on as it takes its batch, so the
	// next leader is already waiting at the lock when this batch commits:
	// the lock never idles while a busy scheduler wakes it.
	if save {
		s.writeMu.LockFirst()
	} else {
		s.writeMu.Lock()
	}
	g.mu.Lock()
	n := min(len(g.queue[q]), maxGroup)
	batch := make([]*groupReq, n)
	copy(batch, g.queue[q])
	g.queue[q] = append(g.queue[q][:0], g.queue[q][n:]...)
	if len(g.queue[q]) > 0 {
		g.queue[q][0].lead <- struct{}{}
	} else {
		g.leading[q] = false
	}
	g.mu.Unlock()
	s.writeGroup(batch)
	s.writeMu.Unlock()
	return r.err
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
