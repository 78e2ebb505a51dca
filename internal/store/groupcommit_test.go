package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
)

// Writes committed together stay each other's strangers: one that fails is
// undone whole, even what it wrote before failing, and the others of its
// group are kept; every caller learns its own outcome only after the
// commit.
func TestGroupTxKeepsEachWriteApart(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.DB().Exec(`CREATE TABLE grouped_test (x INTEGER NOT NULL UNIQUE)`); err != nil {
		t.Fatal(err)
	}
	const n = 200
	errBad := errors.New("refused")
	errs := make([]error, n)
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			errs[i] = st.groupTx(ctx, func(_ context.Context, tx *sqlx.Tx) error {
				if _, err := tx.Exec(`INSERT INTO grouped_test (x) VALUES (?)`, i); err != nil {
					return err
				}
				switch i % 10 {
				case 3: // fails after its first write
					return errBad
				case 7: // fails in SQLite: a duplicate
					_, err := tx.Exec(`INSERT INTO grouped_test (x) VALUES (?)`, i)
					return err
				}
				return nil
			})
		}()
	}
	close(gate)
	wg.Wait()
	var kept []int
	if err := st.DB().Select(&kept, `SELECT x FROM grouped_test ORDER BY x`); err != nil {
		t.Fatal(err)
	}
	in := map[int]bool{}
	for _, x := range kept {
		in[x] = true
	}
	for i, err := range errs {
		fail := i%10 == 3 || i%10 == 7
		switch {
		case fail && err == nil:
			t.Errorf("write %d: no error", i)
		case !fail && err != nil:
			t.Errorf("write %d: %v", i, err)
		case fail == in[i]:
			t.Errorf("write %d: failed %v, kept %v", i, fail, in[i])
		}
	}
	if len(kept) != n-n/5 {
		t.Errorf("%d rows kept, want %d", len(kept), n-n/5)
	}
}

// A write whose caller has gone (a closed tab) before its turn is not made.
func TestGroupTxSkipsCancelled(t *testing.T) {
	st := openTest(t)
	if _, err := st.DB().Exec(`CREATE TABLE grouped_test (x INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := st.groupTx(ctx, func(_ context.Context, tx *sqlx.Tx) error {
		_, err := tx.Exec(`INSERT INTO grouped_test (x) VALUES (1)`)
		return err
	})
	var rows int
	st.DB().Get(&rows, `SELECT count(*) FROM grouped_test`)
	if !errors.Is(err, context.Canceled) || rows != 0 {
		t.Fatalf("cancelled write: %v, %d rows", err, rows)
	}
}

// A caller that goes once its write has begun does not interrupt it: the
// write's statements run on, in a transaction other requests share.
func TestGroupTxFinishesAWriteBegun(t *testing.T) {
	st := openTest(t)
	if _, err := st.DB().Exec(`CREATE TABLE grouped_test (x INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := st.groupTx(ctx, func(ctx context.Context, tx *sqlx.Tx) error {
		cancel() // the tab closes mid-write
		_, err := tx.ExecContext(ctx, `INSERT INTO grouped_test (x) VALUES (1)`)
		return err
	})
	var rows int
	if gerr := st.DB().Get(&rows, `SELECT count(*) FROM grouped_test`); gerr != nil {
		t.Fatal(gerr)
	}
	if err != nil || rows != 1 {
		t.Fatalf("write begun before its caller left: %v, %d rows; want it written", err, rows)
	}
}

// Writes slower than a group may last are written in several groups, the
// lead handed on while each commits: every one is written, none waits
// forever, and autosaves arriving meanwhile get through too.
func TestGroupTxHandsTheLeadOnWhenAGroupIsLong(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.DB().Exec(`CREATE TABLE grouped_test (x INTEGER NOT NULL UNIQUE)`); err != nil {
		t.Fatal(err)
	}
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, n)
	gate := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-gate
			write := st.groupTx
			if i%4 == 0 {
				write = st.saveGroupTx
			}
			errs <- write(ctx, func(_ context.Context, tx *sqlx.Tx) error {
				time.Sleep(2 * time.Millisecond) // five of them fill a group's budget
				_, err := tx.Exec(`INSERT INTO grouped_test (x) VALUES (?)`, i)
				return err
			})
		})
	}
	close(gate)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var rows int
	if err := st.DB().Get(&rows, `SELECT count(*) FROM grouped_test`); err != nil || rows != n {
		t.Fatalf("%d rows (%v), want %d", rows, err, n)
	}
	if st.group.leading != [2]bool{} {
		t.Fatalf("a queue still has a leader after all: %v", st.group.leading)
	}
}

// A request that goes away in the middle of its write must not break the
// writer connection every other request shares: its own write is undone,
// and the next one begins and commits as usual.
func TestWriterOutlivesACancelledRequest(t *testing.T) {
	st := openTest(t)
	if _, err := st.DB().Exec(`CREATE TABLE cancelled_test (x INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	insert := func(ctx context.Context, x int) error {
		return st.tx(ctx, func(tx *sqlx.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO cancelled_test (x) VALUES (?)`, x)
			return err
		})
	}
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		err := st.tx(ctx, func(tx *sqlx.Tx) error {
			if _, err := tx.Exec(`INSERT INTO cancelled_test (x) VALUES (-1)`); err != nil {
				return err
			}
			cancel()                     // the client hangs up mid-write
			time.Sleep(time.Millisecond) // database/sql reacts on its own goroutine
			_, err := tx.ExecContext(ctx, `INSERT INTO cancelled_test (x) VALUES (-2)`)
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("round %d: the cancelled write returned %v, want context.Canceled", i, err)
		}
		if err := insert(context.Background(), i); err != nil {
			t.Fatalf("round %d: the next write after a cancelled one: %v", i, err)
		}
	}
	var n, bad int
	if err := st.DB().QueryRow(`SELECT count(*), count(*) FILTER (WHERE x < 0) FROM cancelled_test`).Scan(&n, &bad); err != nil {
		t.Fatal(err)
	}
	if n != 20 || bad != 0 {
		t.Fatalf("table holds %d rows, %d of the cancelled writes; want 20 and 0", n, bad)
	}
}
