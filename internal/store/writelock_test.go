package store

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
)

// waiting is how many writers wait for l: autosaves, then the rest.
func (l *writeLock) waiting() (int, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.first), len(l.rest)
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s", what)
		}
	}
}

// Autosaves are let in ahead of the other writers, every other turn while
// both wait; among themselves each kind keeps its order of arrival.
func TestWriteLockLetsSavesFirstInTurns(t *testing.T) {
	var l writeLock
	l.Lock()
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	arrive := func(name string, save bool, first, rest int) {
		wg.Go(func() {
			if save {
				l.LockFirst()
			} else {
				l.Lock()
			}
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			l.Unlock()
		})
		waitFor(t, name+" in the queue", func() bool { f, r := l.waiting(); return f == first && r == rest })
	}
	arrive("close1", false, 0, 1)
	arrive("close2", false, 0, 2)
	arrive("close3", false, 0, 3)
	arrive("save1", true, 1, 3)
	arrive("save2", true, 2, 3)
	l.Unlock()
	wg.Wait()
	want := []string{"save1", "close1", "save2", "close2", "close3"}
	if !slices.Equal(order, want) {
		t.Fatalf("turns %v, want %v", order, want)
	}
	if f, r := l.waiting(); f != 0 || r != 0 || l.held {
		t.Fatalf("after all: %d and %d waiting, held %v", f, r, l.held)
	}
}

// queued is how many requests wait in the group queues: other writes,
// then autosaves.
func (g *groupState) queued() (int, int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.queue[0]), len(g.queue[1])
}

// In the store: autosaves queued behind a storm of other grouped writes are
// committed before them, together, and each group waits for the write lock
// through one leader: a waiter per request would spend a turn each on
// nothing, which made every save wait for one close per saver.
func TestSaveGroupTxGoesBeforeQueuedWrites(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.DB().Exec(`CREATE TABLE turns_test (id INTEGER PRIMARY KEY, what TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	insert := func(what string) func(context.Context, *sqlx.Tx) error {
		return func(_ context.Context, tx *sqlx.Tx) error {
			_, err := tx.Exec(`INSERT INTO turns_test (what) VALUES (?)`, what)
			return err
		}
	}
	st.writeMu.Lock() // a long transaction in progress
	held := true
	t.Cleanup(func() { // before the store closes, should a wait fail
		if held {
			st.writeMu.Unlock()
		}
	})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 5 {
		wg.Go(func() { errs <- st.groupTx(ctx, insert("start")) })
		waitFor(t, "the starts in the queue", func() bool { n, _ := st.group.queued(); return n == i+1 })
	}
	for i := range 3 {
		wg.Go(func() { errs <- st.saveGroupTx(ctx, insert("save")) })
		waitFor(t, "the saves in the queue", func() bool { _, n := st.group.queued(); return n == i+1 })
	}
	waitFor(t, "each group's leader at the lock", func() bool { f, r := st.writeMu.waiting(); return f == 1 && r == 1 })
	time.Sleep(20 * time.Millisecond) // time for a stray waiter to show up
	if f, r := st.writeMu.waiting(); f != 1 || r != 1 {
		t.Fatalf("%d saves and %d other writes wait for the lock, want one leader each", f, r)
	}
	held = false
	st.writeMu.Unlock()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := st.DB().Select(&got, `SELECT what FROM turns_test ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	if want := []string{"save", "save", "save", "start", "start", "start", "start", "start"}; !slices.Equal(got, want) {
		t.Fatalf("written in the order %v, want %v", got, want)
	}
}
