package store

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
)

// Group commit. On exam day the writes that come by the thousand in the
// same seconds (starts, autosaves) are short; what they wait for is their
// turn at the write lock and each commit's fsync. Those that queue while a
// transaction runs are written together by whichever of them gets the lock
// next: one transaction, one fsync, each in its own savepoint so that one
// failing fails only itself. A caller returns only after the commit, so an
// acknowledged write is on disk as with tx.

// A group ends at maxGroup requests or once groupBudget has passed since it
// took the lock, whichever comes first: the first in the queue does not
// wait for a thousand others to be written, and an autosave waiting for the
// lock (writelock.go lets autosaves in every other turn) waits for at most
// one group of other writes (starts, section closes, submissions, 1-8 ms
// each) of about that length.
const (
	maxGroup    = 128
	groupBudget = 10 * time.Millisecond
)

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
	fn   func(ctx context.Context, tx *sqlx.Tx) error
	err  error
	done chan struct{}
	lead chan struct{} // the request leads its queue: it writes the next batch
}

// groupTx runs fn in a transaction shared with the other writes queued at
// the same time. fn must not depend on being alone in its transaction: it
// sees what the ones before it in the group wrote, which a transaction of
// its own would have seen too, since they commit first either way. fn gets
// ctx without its cancellation, for its statements: one request leaving
// must not interrupt a statement half-way, which would roll back the
// whole group's transaction.
func (s *conn) groupTx(ctx context.Context, fn func(ctx context.Context, tx *sqlx.Tx) error) error {
	return s.grouped(ctx, false, fn)
}

// saveGroupTx is groupTx for autosaves: they are grouped among themselves
// and take the write lock ahead of the other writers (writelock.go).
func (s *conn) saveGroupTx(ctx context.Context, fn func(ctx context.Context, tx *sqlx.Tx) error) error {
	return s.grouped(ctx, true, fn)
}

func (s *conn) grouped(ctx context.Context, save bool, fn func(ctx context.Context, tx *sqlx.Tx) error) error {
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
	// itself first, for as long as the group may last. It hands the lead
	// on as soon as it stops taking requests, so the next leader is
	// already waiting at the lock while this group commits: the lock does
	// not idle while a busy scheduler wakes it.
	if save {
		s.writeMu.LockFirst()
	} else {
		s.writeMu.Lock()
	}
	began := time.Now()
	handed := false
	taken := 0
	take := func() *groupReq {
		g.mu.Lock()
		defer g.mu.Unlock()
		if len(g.queue[q]) == 0 {
			return nil
		}
		if taken > 0 && (taken >= maxGroup || time.Since(began) >= groupBudget) {
			g.queue[q][0].lead <- struct{}{}
			handed = true
			return nil
		}
		x := g.queue[q][0]
		g.queue[q][0] = nil // the array may outlive the request
		g.queue[q] = g.queue[q][1:]
		taken++
		return x
	}
	s.writeGroup(take)
	if !handed {
		g.mu.Lock()
		if len(g.queue[q]) > 0 {
			g.queue[q][0].lead <- struct{}{}
		} else {
			g.leading[q] = false
		}
		g.mu.Unlock()
	}
	s.writeMu.Unlock()
	return r.err
}

// writeGroup writes the requests take gives, until it gives nil, in one
// transaction; the caller holds writeMu and take gives it at least one.
// Every taken request's done is closed on return.
func (s *conn) writeGroup(take func() *groupReq) {
	var batch []*groupReq
	defer func() {
		for _, r := range batch {
			close(r.done)
		}
	}()
	// The transaction serves many requests: one leaving does not cancel
	// it, nor (fn's ctx, see groupTx) interrupt its own statements
	// half-way. A request that left before its turn is not written.
	err := s.txLocked(context.Background(), func(tx *sqlx.Tx) error {
		for r := take(); r != nil; r = take() {
			batch = append(batch, r)
			if err := r.ctx.Err(); err != nil {
				r.err = err
				continue
			}
			if _, err := tx.Exec(`SAVEPOINT grouped`); err != nil {
				return fmt.Errorf("savepoint: %w", err)
			}
			r.err = r.fn(context.WithoutCancel(r.ctx), tx)
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
		if len(batch) == 0 { // the transaction did not begin: the leader's own fails
			batch = append(batch, take())
		}
		for _, r := range batch {
			if r.err == nil {
				r.err = err
			}
		}
	}
}
