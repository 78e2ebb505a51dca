package tone

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Segmentation settings, in 10 ms frames or dB.
const (
	// A voicing gap this short can sit inside one syllable: the
	// glottalised middle of hỏi and ngã breaks voicing for tens of ms.
	bridgeGap = 5
	// A syllable needs this many voiced frames to carry a tone.
	minNucleus = 3
	// Voiced runs this far below the loudest frame are breath, hum or a
	// voiced consonant on its own, never a syllable nucleus.
	weakRunDB = 25
	// Boundary strength is the energy valley depth in dB plus a bonus per
	// unvoiced frame. Boundaries weaker than minBoundary are not used at
	// all; the count of boundaries at least clearBoundary strong is what we
	// report as "heard" when the count does not match the text.
	gapBonus      = 1.0
	minBoundary   = 1.0
	clearBoundary = 8.0
	weakBoundary  = 2.5
	// Pieces within a factor e^evenSlack (1.5) of the mean length are
	// free; beyond that each unit of log ratio costs evenness dB of
	// boundary strength, squared. A 100 ms stub beside 330 ms syllables
	// costs about 11 dB.
	evenSlack = 0.4
	evenness  = 20.0
	// A pause this long between two nuclei is a boundary we must use:
	// nobody holds a silence of 300 ms inside a syllable.
	pauseFrames = 30
)

// span is a half-open range of frames [lo, hi).
type span struct{ lo, hi int }

// ErrSyllableCount says the recording and the text disagree on how many
// syllables there are.
var ErrSyllableCount = errors.New("syllable count mismatch")

func countError(heard, want int) error {
	unit := "syllables"
	if heard == 1 {
		unit = "syllable"
	}
	return fmt.Errorf("%w: heard %d %s, expected %d", ErrSyllableCount, heard, unit, want)
}

type boundary struct {
	frame    int
	strength float64
	pause    bool
}

// segment cuts the utterance into exactly n syllables. Every Vietnamese
// syllable has one vowel nucleus, so the cuts go where the evidence for a
// consonant between two nuclei is strongest: unvoiced gaps (voiceless
// onsets and codas) and energy valleys inside voiced stretches (voiced
// onsets like m, n, l dip the envelope too). Vietnamese is syllable-timed,
// so a dynamic programme also weighs how even the pieces are: that is what
// keeps the release after nặng's glottal stop, or a 30 ms final burst, from
// being taken for a syllable of its own.
func segment(frames []Frame, n int) ([]span, error) {
	env := smoothEnergy(frames)
	runs := nucleusRuns(frames, env)
	if len(runs) == 0 {
		return nil, ErrNoSpeech
	}
	lo, hi := runs[0].lo, runs[len(runs)-1].hi
	var cands []boundary
	clear, pauses := 0, 0
	for _, c := range boundaryCandidates(frames, env, runs) {
		if c.strength >= clearBoundary || c.pause {
			clear++
		}
		if c.pause {
			pauses++
		}
		if c.strength >= minBoundary || c.pause {
			cands = append(cands, c)
		}
	}
	if pauses > n-1 {
		return nil, countError(max(clear, pauses)+1, n)
	}
	slices.SortFunc(cands, func(a, b boundary) int { return a.frame - b.frame })
	cuts, ok := bestCuts(frames, cands, lo, hi, n)
	if !ok {
		return nil, countError(min(clear+1, n-1), n)
	}
	weak := 0
	for _, c := range cuts {
		if c.strength < weakBoundary {
			weak++
		}
	}
	// Cutting a syllable count into the text out of ripples in a vowel is
	// possible for any n; refuse when most of the cuts would be such
	// guesses, so the learner hears "we heard 2 of 5" rather than nonsense.
	if n > 2 && 2*weak > n-1 {
		return nil, countError(min(clear+1, n-1), n)
	}
	spans := make([]span, n)
	prev := lo
	for i, c := range cuts {
		spans[i] = span{prev, c.frame}
		prev = c.frame
	}
	spans[n-1] = span{prev, hi}
	return spans, nil
}

// bestCuts picks n-1 of the candidate boundaries (sorted by frame) to
// maximise total boundary strength minus a penalty for uneven syllable
// lengths, with every piece keeping a nucleus and every pause used.
func bestCuts(frames []Frame, cands []boundary, lo, hi, n int) ([]boundary, bool) {
	if n == 1 {
		return nil, voicedIn(frames, lo, hi) >= minNucleus
	}
	voiced := make([]int, len(frames)+1) // prefix counts
	for i, f := range frames {
		voiced[i+1] = voiced[i]
		if f.Voiced {
			voiced[i+1]++
		}
	}
	mean := float64(hi-lo) / float64(n)
	maxPiece := int(6*mean) + 1
	// piece scores a syllable from frame a to frame b: -Inf without a
	// nucleus, else the evenness penalty.
	piece := func(a, b int) float64 {
		if voiced[b]-voiced[a] < minNucleus {
			return math.Inf(-1)
		}
		r := max(0, math.Abs(math.Log(float64(b-a)/mean))-evenSlack)
		return -evenness * r * r
	}
	pauseAfter := make([]int, len(cands)+1) // pauseAfter[k]: pauses among cands[k:]
	for k := len(cands) - 1; k >= 0; k-- {
		pauseAfter[k] = pauseAfter[k+1]
		if cands[k].pause {
			pauseAfter[k]++
		}
	}
	skipsPause := func(from, to int) bool { // cands strictly between indices
		return pauseAfter[from+1]-pauseAfter[to] > 0
	}
	K := len(cands)
	neg := math.Inf(-1)
	// score[j][k]: best score with cut number j (0-based) at cands[k].
	score := make([][]float64, n-1)
	from := make([][]int, n-1)
	for j := range score {
		score[j] = make([]float64, K)
		from[j] = make([]int, K)
		for k := range K {
			score[j][k] = neg
			if j == 0 {
				if pauseAfter[0]-pauseAfter[k] > 0 {
					continue
				}
				score[0][k] = cands[k].strength + piece(lo, cands[k].frame)
				continue
			}
			// Walking back from k bounds the work on long recordings: a
			// piece six times the mean length is never worth its penalty.
			for p := k - 1; p >= 0 && cands[k].frame-cands[p].frame <= maxPiece; p-- {
				if score[j-1][p] == neg || skipsPause(p, k) {
					continue
				}
				v := score[j-1][p] + cands[k].strength + piece(cands[p].frame, cands[k].frame)
				if v > score[j][k] {
					score[j][k], from[j][k] = v, p
				}
			}
		}
	}
	best, bestV := -1, neg
	for k := range K {
		if score[n-2][k] == neg || pauseAfter[k+1] > 0 {
			continue
		}
		if v := score[n-2][k] + piece(cands[k].frame, hi); v > bestV {
			best, bestV = k, v
		}
	}
	if best < 0 {
		return nil, false
	}
	cuts := make([]boundary, n-1)
	for j, k := n-2, best; j >= 0; j-- {
		cuts[j] = cands[k]
		k = from[j][k]
	}
	return cuts, true
}

// nucleusRuns returns the voiced runs that are loud enough to be part of a
// syllable nucleus.
func nucleusRuns(frames []Frame, env []float64) []span {
	loud := math.Inf(-1)
	for _, e := range env {
		loud = max(loud, e)
	}
	var runs []span
	for i := 0; i < len(frames); {
		if !frames[i].Voiced {
			i++
			continue
		}
		j := i
		peak := math.Inf(-1)
		for j < len(frames) && frames[j].Voiced {
			peak = max(peak, env[j])
			j++
		}
		if peak >= loud-weakRunDB {
			runs = append(runs, span{i, j})
		}
		i = j
	}
	return runs
}

// boundaryCandidates lists one candidate per unvoiced gap between runs and
// one per energy valley inside a run.
func boundaryCandidates(frames []Frame, env []float64, runs []span) []boundary {
	var out []boundary
	peakNear := func(a, b int) float64 {
		p := math.Inf(-1)
		for _, e := range env[max(a, 0):min(b, len(env))] {
			p = max(p, e)
		}
		return p
	}
	for k, r := range runs {
		// Valleys inside the run.
		for f := r.lo + 1; f < r.hi-1; f++ {
			if env[f] > env[f-1] || env[f] > env[f+1] {
				continue
			}
			left, right := peakNear(max(r.lo, f-25), f), peakNear(f+1, min(r.hi, f+26))
			if d := min(left, right) - env[f]; d > 0 {
				out = append(out, boundary{frame: f, strength: d})
			}
		}
		if k+1 == len(runs) {
			continue
		}
		// The gap to the next run.
		next := runs[k+1]
		g := r.hi
		for f := r.hi; f < next.lo; f++ {
			if env[f] < env[g] {
				g = f
			}
		}
		left, right := peakNear(r.lo, r.hi), peakNear(next.lo, next.hi)
		gap := next.lo - r.hi
		d := max(0, min(left, right)-env[g]) + gapBonus*float64(gap)
		out = append(out, boundary{frame: g, strength: d, pause: gap >= pauseFrames})
	}
	return out
}

func voicedIn(frames []Frame, lo, hi int) int {
	n := 0
	for _, f := range frames[lo:hi] {
		if f.Voiced {
			n++
		}
	}
	return n
}

// smoothEnergy is the frame energy under a 3-frame moving average: enough
// to hide pitch-synchronous ripple, short enough to keep onset dips.
func smoothEnergy(frames []Frame) []float64 {
	out := make([]float64, len(frames))
	for i := range frames {
		var s float64
		var n int
		for k := i - 1; k <= i+1; k++ {
			if k >= 0 && k < len(frames) {
				s += frames[k].LowEnergy
				n++
			}
		}
		out[i] = s / float64(n)
	}
	return out
}
