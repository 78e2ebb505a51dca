package tone

import (
	"fmt"
	"math"
)

// Segmentation settings, in 10 ms frames unless named otherwise.
const (
	// A voicing gap this short stays inside one syllable: the glottalised
	// middle of hỏi and ngã breaks voicing for a few tens of milliseconds.
	bridgeGap = 5
	// Voiced stretches shorter than this cannot carry a tone on their own
	// (a voiced onset, the release after nặng's glottal stop).
	minIsland = 4
	// Splitting inside a voiced stretch needs an energy valley at least
	// this deep, and leaves pieces at least minPiece long.
	minValleyDB = 1.0
	minPiece    = 6
	// Islands this much quieter than the loudest one may be dropped as
	// breath or noise when there are too many.
	weakIslandDB = 18
	// Two islands further apart than this are not merged into one syllable:
	// a clear pause means the speaker said something we did not expect.
	maxMergeGap = 14
)

// span is a half-open range of frames [lo, hi).
type span struct{ lo, hi int }

func (s span) len() int { return s.hi - s.lo }

// segment cuts the utterance into exactly n syllables. Vietnamese
// syllables each have one vowel nucleus, so voiced stretches are the first
// guess; stretches are then merged across short gaps or split at energy
// valleys (onset consonants dip the envelope even when fully voiced)
// until the count matches.
func segment(frames []Frame, n int) ([]span, error) {
	env := smoothEnergy(frames)
	islands := voicedIslands(frames)
	if len(islands) == 0 {
		return nil, ErrNoSpeech
	}
	heard := len(islands)
	// Too many: drop weak noise islands, then merge across the shortest gap.
	for len(islands) > n {
		if i := weakestIsland(islands, env); i >= 0 {
			islands = append(islands[:i], islands[i+1:]...)
			continue
		}
		best, gap := -1, math.MaxInt
		for i := 0; i+1 < len(islands); i++ {
			if g := islands[i+1].lo - islands[i].hi; g < gap {
				best, gap = i, g
			}
		}
		if gap > maxMergeGap {
			return nil, fmt.Errorf("%w: heard %d syllables, expected %d", ErrSyllableCount, heard, n)
		}
		islands[best].hi = islands[best+1].hi
		islands = append(islands[:best+1], islands[best+2:]...)
	}
	// Too few: split at the deepest valley anywhere.
	for len(islands) < n {
		bi, bf, bd := -1, -1, 0.0
		for i, s := range islands {
			if f, d := deepestValley(env, s); f >= 0 && d > bd {
				bi, bf, bd = i, f, d
			}
		}
		if bi < 0 || bd < minValleyDB {
			return nil, fmt.Errorf("%w: heard %d syllables, expected %d", ErrSyllableCount, min(heard, len(islands)), n)
		}
		s := islands[bi]
		islands = append(islands[:bi+1], islands[bi:]...)
		islands[bi] = span{s.lo, bf}
		islands[bi+1] = span{bf, s.hi}
	}
	return islands, nil
}

// ErrSyllableCount says the recording and the text disagree on how many
// syllables there are.
var ErrSyllableCount = fmt.Errorf("syllable count mismatch")

func voicedIslands(frames []Frame) []span {
	var runs []span
	for i := 0; i < len(frames); {
		if !frames[i].Voiced {
			i++
			continue
		}
		j := i
		for j < len(frames) && frames[j].Voiced {
			j++
		}
		if len(runs) > 0 && i-runs[len(runs)-1].hi <= bridgeGap {
			runs[len(runs)-1].hi = j
		} else {
			runs = append(runs, span{i, j})
		}
		i = j
	}
	out := runs[:0]
	for _, r := range runs {
		if voicedCount(frames, r) >= minIsland {
			out = append(out, r)
		}
	}
	return out
}

func voicedCount(frames []Frame, s span) int {
	n := 0
	for _, f := range frames[s.lo:s.hi] {
		if f.Voiced {
			n++
		}
	}
	return n
}

// weakestIsland returns a short or quiet island that can be dropped, or -1.
func weakestIsland(islands []span, env []float64) int {
	loud := math.Inf(-1)
	peaks := make([]float64, len(islands))
	for i, s := range islands {
		peaks[i] = math.Inf(-1)
		for _, e := range env[s.lo:s.hi] {
			peaks[i] = max(peaks[i], e)
		}
		loud = max(loud, peaks[i])
	}
	best := -1
	for i, s := range islands {
		if peaks[i] < loud-weakIslandDB || s.len() < minPiece {
			if best < 0 || peaks[i] < peaks[best] {
				best = i
			}
		}
	}
	return best
}

// deepestValley finds the energy minimum inside s that is deepest relative
// to the lower of the two peaks around it, leaving both pieces long enough.
func deepestValley(env []float64, s span) (int, float64) {
	bf, bd := -1, 0.0
	for f := s.lo + minPiece; f <= s.hi-minPiece; f++ {
		if env[f] > env[f-1] || env[f] > env[f+1] {
			continue
		}
		left, right := math.Inf(-1), math.Inf(-1)
		for _, e := range env[s.lo:f] {
			left = max(left, e)
		}
		for _, e := range env[f:s.hi] {
			right = max(right, e)
		}
		if d := min(left, right) - env[f]; d > bd {
			bf, bd = f, d
		}
	}
	return bf, bd
}

// smoothEnergy is the frame energy under a 5-frame moving average: enough
// to hide pitch-synchronous ripple, short enough to keep onset dips.
func smoothEnergy(frames []Frame) []float64 {
	out := make([]float64, len(frames))
	for i := range frames {
		var s float64
		var n int
		for k := i - 2; k <= i+2; k++ {
			if k >= 0 && k < len(frames) {
				s += frames[k].Energy
				n++
			}
		}
		out[i] = s / float64(n)
	}
	return out
}
