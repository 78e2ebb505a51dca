package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"
)

// Prepared statements of the requests exam day sends thousands of at once
// (the session check of every request, the start, the autosave). SQLite
// parses and plans a query anew for each unprepared call, which for these
// short lookups costs more than running them (docs/performance.md).
type preparedSet struct {
	mu sync.Mutex
	m  map[string]*sqlx.Stmt
}

// prepared returns query prepared on the pool (database/sql prepares it
// again on each connection the first time that connection runs it).
func (c *conn) prepared(ctx context.Context, query string) (*sqlx.Stmt, error) {
	p := &c.stmts
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.m[query]; ok {
		return st, nil
	}
	st, err := c.db.PreparexContext(context.WithoutCancel(ctx), query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if p.m == nil {
		p.m = map[string]*sqlx.Stmt{}
	}
	p.m[query] = st
	return st, nil
}

// getPrepared is sqlx.GetContext on the prepared query.
func (c *conn) getPrepared(ctx context.Context, dest any, query string, args ...any) error {
	st, err := c.prepared(ctx, query)
	if err != nil {
		return err
	}
	return st.GetContext(ctx, dest, args...)
}

func (p *preparedSet) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, st := range p.m {
		st.Close()
	}
	p.m = nil
}
