package loadtest

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"sync"

	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // the driver the server uses

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// Key names one answer slot: an attempt's item position.
type Key struct {
	Attempt int64
	Pos     int
}

type savedAck struct {
	rev  int64
	resp bank.Response
}

type recAck struct {
	take int
	sum  [32]byte
	size int
}

// Ledger remembers what the server acknowledged, to look for it in the
// database afterwards. It is safe for concurrent use.
type Ledger struct {
	mu        sync.Mutex
	saves     map[Key]savedAck
	recs      map[Key]recAck
	submitted map[int64]bool
}

// NewLedger makes an empty ledger.
func NewLedger() *Ledger {
	return &Ledger{saves: map[Key]savedAck{}, recs: map[Key]recAck{}, submitted: map[int64]bool{}}
}

// Saved notes an acknowledged (applied) save.
func (l *Ledger) Saved(k Key, rev int64, resp bank.Response) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur, ok := l.saves[k]; !ok || rev > cur.rev {
		l.saves[k] = savedAck{rev: rev, resp: resp}
	}
}

// Recorded notes an acknowledged upload.
func (l *Ledger) Recorded(k Key, take int, wav []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur, ok := l.recs[k]; !ok || take >= cur.take {
		l.recs[k] = recAck{take: take, sum: sha256.Sum256(wav), size: len(wav)}
	}
}

// Submitted notes an acknowledged submission.
func (l *Ledger) Submitted(attempt int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.submitted[attempt] = true
}

// Snapshot copies what has been acknowledged so far.
func (l *Ledger) Snapshot() *Ledger {
	l.mu.Lock()
	defer l.mu.Unlock()
	c := NewLedger()
	for k, v := range l.saves {
		c.saves[k] = v
	}
	for k, v := range l.recs {
		c.recs[k] = v
	}
	for k, v := range l.submitted {
		c.submitted[k] = v
	}
	return c
}

// Counts says how much the ledger holds.
func (l *Ledger) Counts() (saves, recordings, submitted int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.saves), len(l.recs), len(l.submitted)
}

// Check is the outcome of looking for the ledger in a database.
type Check struct {
	Saves, Recordings, Submitted int      // acknowledged
	Missing                      []string // what the database lacks, one line each
}

// OK reports whether nothing acknowledged is missing.
func (c Check) OK() bool { return len(c.Missing) == 0 }

func (c Check) String() string {
	s := fmt.Sprintf("%d acknowledged saves, %d recordings, %d submissions: ", c.Saves, c.Recordings, c.Submitted)
	if c.OK() {
		return s + "all in the database"
	}
	return fmt.Sprintf("%s%d missing (first: %s)", s, len(c.Missing), c.Missing[0])
}

// OpenReadOnly opens a hocviet database for reading beside a running server.
func OpenReadOnly(path string) (*sqlx.DB, error) {
	return sqlx.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=10000")
}

// Verify looks in the database at path for every acknowledged save,
// recording and submission: a save must be there at its revision (or a
// newer one) with the same response.
func (l *Ledger) Verify(ctx context.Context, path string) (Check, error) {
	db, err := OpenReadOnly(path)
	if err != nil {
		return Check{}, err
	}
	defer db.Close()
	return l.VerifyDB(ctx, db)
}

// VerifyDB is Verify on an open database.
func (l *Ledger) VerifyDB(ctx context.Context, db *sqlx.DB) (Check, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	c := Check{Saves: len(l.saves), Recordings: len(l.recs), Submitted: len(l.submitted)}
	var rows []struct {
		Attempt  int64  `db:"attempt_id"`
		Pos      int    `db:"pos"`
		Rev      int64  `db:"rev"`
		Response string `db:"response"`
	}
	if err := db.SelectContext(ctx, &rows, `SELECT attempt_id, pos, rev, response FROM exam_answers`); err != nil {
		return c, fmt.Errorf("read answers: %w", err)
	}
	stored := make(map[Key]int, len(rows))
	for i, r := range rows {
		stored[Key{r.Attempt, r.Pos}] = i
	}
	for k, a := range l.saves {
		i, ok := stored[k]
		switch {
		case !ok:
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d item %d: acknowledged rev %d, nothing stored", k.Attempt, k.Pos, a.rev))
		case rows[i].Rev < a.rev:
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d item %d: acknowledged rev %d, stored rev %d", k.Attempt, k.Pos, a.rev, rows[i].Rev))
		case rows[i].Rev == a.rev && !sameResponse(rows[i].Response, a.resp):
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d item %d rev %d: stored %s", k.Attempt, k.Pos, a.rev, rows[i].Response))
		}
	}
	for k, a := range l.recs {
		var r struct {
			Take *int   `db:"take"`
			Data []byte `db:"data"`
		}
		err := db.GetContext(ctx, &r, `SELECT take, data FROM exam_recordings WHERE attempt_id = ? AND pos = ?`, k.Attempt, k.Pos)
		switch {
		case err != nil:
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d recording %d: %v", k.Attempt, k.Pos, err))
		case r.Take == nil || *r.Take < a.take:
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d recording %d: take %d acknowledged, not stored", k.Attempt, k.Pos, a.take))
		case *r.Take == a.take && (len(r.Data) != a.size || sha256.Sum256(r.Data) != a.sum):
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d recording %d: stored bytes differ (%d, want %d)", k.Attempt, k.Pos, len(r.Data), a.size))
		}
	}
	for id := range l.submitted {
		var status string
		if err := db.GetContext(ctx, &status, `SELECT status FROM exam_attempts WHERE id = ?`, id); err != nil {
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d: %v", id, err))
		} else if status != store.AttemptSubmitted && status != store.AttemptScored {
			c.Missing = append(c.Missing, fmt.Sprintf("attempt %d: submission acknowledged, status %q", id, status))
		}
	}
	sort.Strings(c.Missing)
	return c, nil
}

func sameResponse(stored string, want bank.Response) bool {
	var got bank.Response
	if err := json.Unmarshal([]byte(stored), &got); err != nil {
		return false
	}
	raw, _ := json.Marshal(want)
	var norm bank.Response
	json.Unmarshal(raw, &norm)
	return reflect.DeepEqual(got, norm)
}
