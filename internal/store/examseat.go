package store

// What an autosave needs to know that no request changes: whose the attempt
// is, and the section and type of the item at a position (the form is fixed
// at the start). A candidate saves the same few items every 10 s for the
// whole exam; reading these again each time was three queries (the attempt
// with its owner, its session, the form entry) of the five a save made.
// The first save of an item reads them with every check (ownAttempt,
// entryOf); later ones find them here and check inside the write
// transaction only what does change: the attempt's status and its sections'
// clocks, which one query reads (savePoint).

import (
	"context"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// seatCacheMax bounds the cache: 2,000 candidates × ~40 typed items fit.
// Past it the cache starts again (the next saves read their entries anew).
const seatCacheMax = 1 << 17

type seatKey struct {
	attempt int64
	pos     int
}

// seatFixed is what stays true of an item of an attempt for its lifetime.
type seatFixed struct {
	user    int64 // the candidate's user id (the only one who may save)
	section int
	spoken  bool
}

type seatCache struct {
	mu sync.Mutex
	m  map[seatKey]seatFixed
}

// seatOf gives the fixed facts of item pos of the attempt for the
// candidate signed in as userID, reading them on q the first time. Someone
// else's attempt is "not found", as in attemptOf.
func (s *conn) seatOf(ctx context.Context, q sqlx.QueryerContext, attemptID, userID int64, pos int) (seatFixed, error) {
	k := seatKey{attemptID, pos}
	c := &s.seats
	c.mu.Lock()
	f, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		if f.user != userID {
			return seatFixed{}, notFound("attempt")
		}
		return f, nil
	}
	a, err := attemptOf(ctx, q, attemptID, userID)
	if err != nil {
		return seatFixed{}, err
	}
	e, err := entryOf(ctx, q, a.ID, pos)
	if err != nil {
		return seatFixed{}, err
	}
	f = seatFixed{user: userID, section: e.Section, spoken: e.Item.Type == bank.TypeReadAloud || e.Item.Type == bank.TypeRespond}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= seatCacheMax {
		c.m = make(map[seatKey]seatFixed)
	}
	c.m[k] = f
	c.mu.Unlock()
	return f, nil
}

// sittingNow is what a save checks inside the write transaction: the
// attempt's status, its session's grace and its sections, in one query. An
// attempt that is not there, or not userID's, is "not found": the check of
// the owner is made again here, not left to the cache.
func sittingNow(ctx context.Context, tx *sqlx.Tx, attemptID, userID int64) (status string, grace int64, secs []exam.Section, err error) {
	var rows []struct {
		sectionRow
		Status  string `db:"status"`
		GraceMS int64  `db:"grace_ms"`
	}
	if err := tx.SelectContext(ctx, &rows, `SELECT x.idx, x.skill, x.minutes, x.max_plays, x.max_takes, x.started_at, x.deadline,
		x.closed_at, a.status, s.grace_ms
		FROM exam_attempt_rows a JOIN candidates c ON c.id = a.candidate_id JOIN exam_sessions s ON s.id = a.session_id
		JOIN exam_sections x ON x.attempt_id = a.id
		WHERE a.id = ? AND c.user_id = ? AND a.drawn_rev IS NULL ORDER BY x.idx`, attemptID, userID); err != nil {
		return "", 0, nil, fmt.Errorf("attempt %d: %w", attemptID, err)
	}
	if len(rows) == 0 {
		return "", 0, nil, notFound("attempt")
	}
	secs = make([]exam.Section, len(rows))
	for i, r := range rows {
		secs[i] = r.sectionRow.section()
	}
	return rows[0].Status, rows[0].GraceMS, secs, nil
}
