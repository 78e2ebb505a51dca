package practice

import (
	"math/rand/v2"
	"slices"
	"time"
)

// Candidate is an item that may go into a set.
type Candidate struct {
	ID    string
	Group string // items sharing a passage or recording go together
	Level int
	// VersionID is the item version a set stores; selection ignores it.
	VersionID int64
}

// unit is what selection picks: a lone item, or all the candidate items of
// one group, so a passage is read once for all its questions.
type unit struct {
	items    []Candidate
	distance int       // levels away from the one asked for
	seen     time.Time // latest time any member was given; zero if never
}

// Select picks about n items of pool for a set at level, avoiding what the
// candidate saw before. seen maps item ids to when they were last given.
//
// Order of preference: never seen at the level asked, never seen one level
// off, then seen at the level (longest ago first), then seen one level off.
// Items further off are not used: a set at the wrong level teaches less than
// a repeat. Groups are taken whole, so a set may run over n by part of a
// group. The units come in random order; rng fixes it for tests.
func Select(pool []Candidate, level int, seen map[string]time.Time, n int, rng *rand.Rand) []Candidate {
	var units []*unit
	byGroup := map[string]*unit{}
	for _, c := range pool {
		d := abs(c.Level - level)
		if d > 1 {
			continue
		}
		u := byGroup[c.Group]
		if u == nil || c.Group == "" {
			u = &unit{distance: d}
			units = append(units, u)
			if c.Group != "" {
				byGroup[c.Group] = u
			}
		}
		u.items = append(u.items, c)
		u.distance = min(u.distance, d)
		if t, ok := seen[c.ID]; ok && t.After(u.seen) {
			u.seen = t
		}
	}
	// Shuffle first so that ties (all the never-seen items) stay random
	// through the stable sort.
	rng.Shuffle(len(units), func(i, j int) { units[i], units[j] = units[j], units[i] })
	slices.SortStableFunc(units, func(a, b *unit) int {
		if as, bs := a.seen.IsZero(), b.seen.IsZero(); as != bs {
			if as {
				return -1
			}
			return 1
		}
		if a.distance != b.distance {
			return a.distance - b.distance
		}
		return a.seen.Compare(b.seen)
	})
	var out []Candidate
	for _, u := range units {
		if len(out) >= n {
			break
		}
		slices.SortFunc(u.items, func(a, b Candidate) int {
			if a.ID < b.ID {
				return -1
			}
			if a.ID > b.ID {
				return 1
			}
			return 0
		})
		out = append(out, u.items...)
	}
	return out
}
