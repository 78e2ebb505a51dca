package store

import (
	"context"
	"errors"
	"sync"
	"testing"

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
			errs[i] = st.groupTx(ctx, func(tx *sqlx.Tx) error {
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
	err := st.groupTx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.Exec(`INSERT INTO grouped_test (x) VALUES (1)`)
		return err
	})
	var rows int
	st.DB().Get(&rows, `SELECT count(*) FROM grouped_test`)
	if !errors.Is(err, context.Canceled) || rows != 0 {
		t.Fatalf("cancelled write: %v, %d rows", err, rows)
	}
}
