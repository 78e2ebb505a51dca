// Package store keeps hocviet's data in one SQLite file. SQL lives here, as
// plain literals, scoped by owner; public methods own their transactions.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/mattn/go-sqlite3"

	"hocviet/internal/apperr"
)

// conn is the one database handle every aggregate store shares: the pool of
// connections and the queue of writers.
type conn struct {
	// writeMu queues transactions in Go. Left to SQLite, a waiting writer
	// polls with growing sleeps (up to 100 ms each, unfairly): at an exam
	// start of 200 candidates that made seconds of waiting and "database is
	// locked" errors (docs/performance.md). Autosaves go first (writelock.go).
	writeMu writeLock
	starts  startState // exam starts: decoded pool cache and group commit (examstart.go)
	usage   usageState // item usage marks written after the start (examusage.go)
	group   groupState // writes committed together (groupcommit.go)
	seats   seatCache  // what autosaves need that no request changes (examseat.go)
	// wconn is the connection transactions run on, kept for them (under
	// writeMu): when exam pages and polls read outside the write lock,
	// readers alone could take every pooled connection, and the writer,
	// holding writeMu, would wait for one behind them.
	wconn      *sqlx.Conn
	db         *sqlx.DB
	path       string
	migrations fs.FS
}

// Store is the database: one handle, and a store per aggregate over it. Each
// aggregate's methods own their transactions; none calls into another's.
type Store struct {
	*conn
	Exams     *Exams     // exam sessions, forms, grading, release
	Attempts  *Attempts  // one candidate's sitting: start, answers, clock, submission
	Practice  *Practice  // practice sets, answers, vocabulary reviews
	Placement *Placement // the adaptive placement test
	People    *People    // provinces, cohorts, candidates, readiness, decisions
	Accounts  *Accounts  // users, logins, activation, backups
	Bank      *Bank      // items, versions, media, blueprints, reviews
	Measure   *Measure   // item statistics, calibrations, result measures
}

// The aggregate stores. They share conn and nothing else.
type (
	Exams     struct{ *conn }
	Attempts  struct{ *conn }
	Practice  struct{ *conn }
	Placement struct{ *conn }
	People    struct{ *conn }
	Accounts  struct{ *conn }
	Bank      struct{ *conn }
	Measure   struct{ *conn }
)

func newStore(c *conn) *Store {
	return &Store{
		conn:      c,
		Exams:     &Exams{c},
		Attempts:  &Attempts{c},
		Practice:  &Practice{c},
		Placement: &Placement{c},
		People:    &People{c},
		Accounts:  &Accounts{c},
		Bank:      &Bank{c},
		Measure:   &Measure{c},
	}
}

// Open opens (creating if needed) the database at path. Pragmas ride in the
// DSN because SQLite applies them per connection, and the pool opens many.
// _txlock=immediate makes every transaction take the write lock at BEGIN, so
// a transaction that reads then writes never fails half-way with SQLITE_BUSY.
func Open(path string, migrations fs.FS) (*Store, error) {
	db, err := OpenBare(path)
	if err != nil {
		return nil, err
	}
	return newStore(&conn{db: db, path: path, migrations: migrations}), nil
}

// OpenScratch is Open without waiting for the disk at each commit
// (synchronous=OFF): for a file built in one go and thrown away if the build
// fails, such as the demo template the tests copy. Seeding the demo commits
// a few thousand transactions, and an fsync each costs more wall time than
// the seeding's work. A crash while building may leave the file corrupt,
// which no one reads; the copies are opened with Open as usual.
func OpenScratch(path string, migrations fs.FS) (*Store, error) {
	db, err := openDSN(path, "OFF")
	if err != nil {
		return nil, err
	}
	return newStore(&conn{db: db, path: path, migrations: migrations}), nil
}

// OpenBare opens the SQLite file at path exactly as Open does (same DSN,
// same pool) but as a bare handle with no schema: the load test's baseline
// measures plain inserts on it, so its figure compares like with like.
func OpenBare(path string) (*sqlx.DB, error) { return openDSN(path, "FULL") }

func openDSN(path, synchronous string) (*sqlx.DB, error) {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_synchronous", synchronous)
	q.Set("_txlock", "immediate")
	// go-sqlite3 keeps each connection's last 64 statements prepared:
	// parsing and planning a query costs as much as running the short
	// lookups of a save, a page or a start.
	q.Set("_stmt_cache_size", "64")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sqlx.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// A bounded pool of connections kept open: each new one costs the file,
	// the pragmas, the schema parse and its own page cache (memory).
	db.SetMaxOpenConns(poolSize + 1) // + the writer's own (conn.wconn)
	db.SetMaxIdleConns(poolSize + 1)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// poolSize bounds open connections: in WAL mode readers run side by side,
// and writers one at a time anyway.
const poolSize = 8

// Close closes the database.
func (s *Store) Close() error {
	s.writeMu.Lock()
	if s.wconn != nil {
		s.wconn.Close()
		s.wconn = nil
	}
	s.writeMu.Unlock()
	return s.db.Close()
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Ping checks the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// DB is the raw handle, for tests that set up or inspect rows no method
// reaches. Code outside tests goes through the aggregate stores.
func (s *Store) DB() *sqlx.DB { return s.db }

// tx runs fn in a transaction that commits only if fn returns nil.
func (s *conn) tx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return s.txLocked(ctx, fn)
}

// txLocked is tx for a caller that holds writeMu.
//
// The transaction itself ignores ctx's cancellation: database/sql rolls
// back a transaction whose context ends and throws its connection away,
// and this connection is the writer every request shares. A client that
// hung up (a tab closed, a client that reads a whole response and closes,
// while the server records the audio it sent as played) then broke the
// next writer's begin. fn's statements still take ctx, so a request that
// has gone stops at its next statement and its transaction is rolled back
// in the usual way.
func (s *conn) txLocked(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// begin starts a transaction on the kept writer connection, taking a new
// one if the kept one broke: nothing was written yet, so once is safe.
func (s *conn) begin(ctx context.Context) (*sqlx.Tx, error) {
	for try := 0; ; try++ {
		if s.wconn == nil {
			c, err := s.db.Connx(context.Background())
			if err != nil {
				return nil, err
			}
			s.wconn = c
		}
		tx, err := s.wconn.BeginTxx(context.WithoutCancel(ctx), nil)
		if err == nil {
			return tx, nil
		}
		if !errors.Is(err, sql.ErrConnDone) && !errors.Is(err, driver.ErrBadConn) {
			return nil, err
		}
		s.wconn.Close()
		s.wconn = nil
		if try > 0 {
			return nil, err
		}
	}
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// isUnique tells a UNIQUE violation by SQLite's extended code, not its text.
func isUnique(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique
}

func notFound(what string) error {
	return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: what + " not found"}
}

func noRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
