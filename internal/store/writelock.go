package store

import "sync"

// writeLock queues the transactions in Go, as a mutex would, with one
// difference: autosaves go ahead of the rest.
//
// On exam day the other writes come in storms: 2,000 starts at the bell,
// 2,000 section closes at each section's end, each a few milliseconds in
// the lock. An autosave that queued behind one of them waited seconds
// (autosave p99 1.5 s in a 2,000-candidate run); it is what keeps a
// candidate's typing safe, and it is short. So a waiting autosave is let in
// before the storm's writers, but only every other turn while both wait:
// a flood of saves (the load test's saturation burst) still lets a start or
// a close through at each second turn.
type writeLock struct {
	mu        sync.Mutex
	held      bool
	first     []chan struct{} // autosaves waiting, oldest first
	rest      []chan struct{} // every other writer waiting, oldest first
	firstLast bool            // the last turn handed over went to an autosave
}

// Lock takes the lock in the order of arrival among the other writers.
func (l *writeLock) Lock() { l.lock(false) }

// LockFirst takes the lock ahead of the writers that are not autosaves.
func (l *writeLock) LockFirst() { l.lock(true) }

func (l *writeLock) lock(first bool) {
	l.mu.Lock()
	if !l.held {
		l.held = true
		l.mu.Unlock()
		return
	}
	turn := make(chan struct{})
	if first {
		l.first = append(l.first, turn)
	} else {
		l.rest = append(l.rest, turn)
	}
	l.mu.Unlock()
	<-turn // the holder handed the lock over: it is ours
}

// Unlock hands the lock to the next writer, if any waits.
func (l *writeLock) Unlock() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.held {
		panic("store: unlock of an unlocked writeLock")
	}
	var next chan struct{}
	switch {
	case len(l.first) > 0 && (len(l.rest) == 0 || !l.firstLast):
		next, l.first = l.first[0], l.first[1:]
		l.firstLast = true
	case len(l.rest) > 0:
		next, l.rest = l.rest[0], l.rest[1:]
		l.firstLast = false
	default:
		l.held = false
		return
	}
	close(next)
}
