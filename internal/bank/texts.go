package bank

import (
	"runtime"
	"sync"
	"sync/atomic"

	"hocviet/internal/viet"
)

// texts remembers what the checks work out of a text, for one run of them:
// keying a text (viet.Key) and reading its syllables (viet.Check) are the
// costliest parts of the checks, and a bank repeats texts (a group's
// passage for each of its items, Đúng and Sai, a sentence's tiles in its
// accepted orders). Not safe for concurrent use: each worker has its own.
type texts struct {
	keyer  viet.Keyer // remembers words, for the texts seen once
	keys   map[string]string
	checks map[string][]viet.SyllableCheck
}

func newTexts() *texts {
	return &texts{keys: map[string]string{}, checks: map[string][]viet.SyllableCheck{}}
}

// key is viet.Key(s).
func (t *texts) key(s string) string {
	if s == "" {
		return ""
	}
	k, ok := t.keys[s]
	if !ok {
		k = t.keyer.Key(s)
		t.keys[s] = k
	}
	return k
}

// check is viet.Check(s); the result is shared, not to be changed.
func (t *texts) check(s string) []viet.SyllableCheck {
	c, ok := t.checks[s]
	if !ok {
		c = viet.Check(s)
		t.checks[s] = c
	}
	return c
}

// perItem runs f on every item, on every CPU, and returns each item's
// problems in item order: the per-item rules read the bank and write
// nothing but their report, so only the order of the problems has to be
// kept, and it is.
func perItem(items []*Item, f func(r *report, t *texts, i int)) [][]Problem {
	out := make([][]Problem, len(items))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(items)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := newTexts()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(items) {
					return
				}
				r := &report{}
				f(r, t, i)
				out[i] = r.ps
			}
		}()
	}
	wg.Wait()
	return out
}
