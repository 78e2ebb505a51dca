package tone

import (
	"math"
	"slices"
)

// Feature indices. The classifier is a linear model over these, so each is
// chosen to separate some pair of tones on its own: level and slope split
// ngang/huyền/sắc, the dip and the position of the minimum split hỏi from
// ngã, and duration, voicing gaps and the way energy ends split nặng and
// the glottalised tones from the rest.
const (
	fLevel    = iota // mean semitones re the utterance median
	fStart           // first fifth, re the syllable mean
	fEnd             // last fifth, re the syllable mean
	fMid             // middle fifth, re the syllable mean
	fSlope           // linear fit over normalised time, semitones per syllable
	fCurve           // quadratic coefficient over t in [-1, 1]
	fMinPos          // where the lowest point is, 0..1
	fMaxPos          // where the highest point is, 0..1
	fRange           // max - min, semitones
	fDip             // how far the contour dips below both of its ends
	fEarly           // slope over the first 30%
	fLate            // slope over the last 30%
	fLogDur          // log of the voiced span in seconds
	fRelDur          // voiced span over the utterance's mean span
	fGap             // share of unvoiced frames inside the span
	fAperiod         // mean aperiodicity of the middle 60%
	fEndDrop         // energy fall over the last 40 ms of voicing, dB
	fEnergy          // mean energy re the loudest syllable, dB
	fPos             // position in the phrase, 0 (first) .. 1 (last); 0 alone
	fPrevJump        // this start minus the previous syllable's end, semitones
	fNextJump        // the next syllable's start minus this end, semitones
	fLevelN          // level, slope, dip and end over the speaker's spread,
	fSlopeN          // so that a voice with a narrow range (tones moving
	fDipN            // two semitones where most move six) still shows
	fEndN            // its shapes
	nFeat
)

var featureNames = [nFeat]string{
	"level", "start", "end", "mid", "slope", "curve", "minpos", "maxpos", "range",
	"dip", "early", "late", "logdur", "reldur", "gap", "aperiod", "enddrop", "energy",
	"pos", "prevjump", "nextjump", "leveln", "slopen", "dipn", "endn",
}

// contour is a syllable's pitch on a uniform 10 ms grid from its first to
// its last voiced frame, with voicing gaps bridged linearly.
type contour struct {
	st     []float64 // semitones re the utterance median
	voiced []bool
	lo, hi int // frame range [lo, hi)
}

const (
	// Frames further than this from the syllable's median pitch are
	// tracking errors (a burst, a release, an octave slip), not tone: the
	// widest Hanoi contours span about 8 semitones around their middle.
	maxDeviationST = 9
	// Leading frames this far below the syllable's loudest belong to a
	// sonorant onset (l, m, n), whose pitch is mostly coarticulation.
	onsetTrimDB   = 7
	maxEdgeStepST = 1.0
)

func syllableContour(frames []Frame, s span, median float64) (contour, bool) {
	s = mainCluster(frames, s)
	var idx []int
	var f0s []float64
	for i := s.lo; i < s.hi; i++ {
		if frames[i].Voiced {
			idx = append(idx, i)
			f0s = append(f0s, frames[i].F0)
		}
	}
	if len(idx) < 2 {
		return contour{}, false
	}
	slices.Sort(f0s)
	own := f0s[len(f0s)/2]
	kept := idx[:0]
	for _, i := range idx {
		if math.Abs(12*math.Log2(frames[i].F0/own)) <= maxDeviationST {
			kept = append(kept, i)
		}
	}
	peak := math.Inf(-1)
	for _, i := range kept {
		peak = max(peak, frames[i].Energy)
	}
	minKeep := max(2, len(kept)/2)
	for len(kept) > minKeep && frames[kept[0]].Energy < peak-onsetTrimDB {
		kept = kept[1:]
	}
	// The first and last voiced frames see half a window of onset or
	// silence and are often a semitone or two off; no tone moves that fast
	// in 10 ms, so such a step at an edge is dropped.
	step := func(a, b int) float64 { return math.Abs(12 * math.Log2(frames[a].F0/frames[b].F0)) }
	for len(kept) > 3 && step(kept[0], kept[1]) > maxEdgeStepST {
		kept = kept[1:]
	}
	for len(kept) > 3 && step(kept[len(kept)-1], kept[len(kept)-2]) > maxEdgeStepST {
		kept = kept[:len(kept)-1]
	}
	if len(kept) < 2 {
		return contour{}, false
	}
	lo, hi := kept[0], kept[len(kept)-1]+1
	c := contour{st: make([]float64, hi-lo), voiced: make([]bool, hi-lo), lo: lo, hi: hi}
	last := -1
	for _, i := range kept {
		v := 12 * math.Log2(frames[i].F0/median)
		k := i - lo
		c.st[k], c.voiced[k] = v, true
		if last >= 0 && k-last > 1 {
			a := c.st[last]
			for j := last + 1; j < k; j++ {
				c.st[j] = a + (v-a)*float64(j-last)/float64(k-last)
			}
		}
		last = k
	}
	return c, true
}

// mainCluster narrows a segment to its loudest voiced run plus the runs
// reachable from it across gaps of at most bridgeGap frames. What is left
// out is voicing that belongs to consonants: a voiced release after a
// final stop, prevoicing before b or đ.
func mainCluster(frames []Frame, s span) span {
	best, bestE := -1, math.Inf(-1)
	for i := s.lo; i < s.hi; i++ {
		if frames[i].Voiced && frames[i].LowEnergy > bestE {
			best, bestE = i, frames[i].LowEnergy
		}
	}
	if best < 0 {
		return s
	}
	lo, hi := best, best+1
	for gap := 0; lo > s.lo; {
		if frames[lo-1].Voiced {
			gap = 0
		} else if gap++; gap > bridgeGap {
			break
		}
		lo--
	}
	for gap := 0; hi < s.hi; {
		if frames[hi].Voiced {
			gap = 0
		} else if gap++; gap > bridgeGap {
			break
		}
		hi++
	}
	return span{lo, hi}
}

func extractFeatures(frames []Frame, c contour, meanSpan, loudDB float64) [nFeat]float64 {
	var f [nFeat]float64
	n := len(c.st)
	sm := smooth3(c.st)
	u := func(k int) float64 { return float64(k) / float64(n-1) }
	mean := avg(sm, 0, n)
	f[fLevel] = mean
	part := func(a, b float64) float64 {
		i, j := int(a*float64(n)), int(math.Ceil(b*float64(n)))
		j = max(j, i+1)
		return avg(sm, i, min(j, n)) - mean
	}
	f[fStart] = part(0, 0.2)
	f[fEnd] = part(0.8, 1)
	f[fMid] = part(0.4, 0.6)
	_, f[fSlope], f[fCurve] = quadFit(sm)
	mi, ma := 0, 0
	for k := range sm {
		if sm[k] < sm[mi] {
			mi = k
		}
		if sm[k] > sm[ma] {
			ma = k
		}
	}
	f[fMinPos], f[fMaxPos] = u(mi), u(ma)
	f[fRange] = sm[ma] - sm[mi]
	f[fDip] = max(0, min(part(0, 0.15), part(0.85, 1))+mean-sm[mi])
	k30 := max(2, int(0.3*float64(n)))
	f[fEarly] = lineSlope(sm[:min(k30, n)]) * float64(n-1)
	f[fLate] = lineSlope(sm[max(0, n-k30):]) * float64(n-1)
	dur := float64(n) * hopSec
	f[fLogDur] = math.Log(dur)
	f[fRelDur] = dur / meanSpan
	gaps, ap, apn := 0, 0.0, 0
	for k, v := range c.voiced {
		if !v {
			gaps++
		}
		if uk := u(k); uk >= 0.2 && uk <= 0.8 {
			ap += frames[c.lo+k].Aperiodicity
			apn++
		}
	}
	f[fGap] = float64(gaps) / float64(n)
	if apn > 0 {
		f[fAperiod] = ap / float64(apn)
	}
	last := frames[c.hi-1].Energy
	before := frames[max(c.lo, c.hi-5)].Energy
	f[fEndDrop] = before - last
	var e float64
	for i := c.lo; i < c.hi; i++ {
		e += frames[i].Energy
	}
	f[fEnergy] = e/float64(n) - loudDB
	return f
}

// addContext fills the features that depend on the neighbours. Intonation
// lowers pitch across a sentence and each tone pulls on the start of the
// next, so a syllable's level alone misleads inside a phrase.
func addContext(fs [][nFeat]float64, cs []contour) {
	n := len(fs)
	edge := func(c contour, end bool) float64 {
		sm := smooth3(c.st)
		k := max(1, len(sm)/5)
		if end {
			return avg(sm, len(sm)-k, len(sm))
		}
		return avg(sm, 0, k)
	}
	// The spread is the standard deviation of the whole utterance's pitch,
	// floored at one semitone so that a flat syllable's jitter is not
	// blown up into a shape.
	var all []float64
	for _, c := range cs {
		all = append(all, c.st...)
	}
	m := avg(all, 0, len(all))
	var v float64
	for _, x := range all {
		v += (x - m) * (x - m)
	}
	spread := max(1, math.Sqrt(v/float64(len(all))))
	for i := range fs {
		fs[i][fLevelN] = fs[i][fLevel] / spread
		fs[i][fSlopeN] = fs[i][fSlope] / spread
		fs[i][fDipN] = fs[i][fDip] / spread
		fs[i][fEndN] = fs[i][fEnd] / spread
		if n > 1 {
			fs[i][fPos] = float64(i) / float64(n-1)
		}
		if i > 0 {
			fs[i][fPrevJump] = edge(cs[i], false) - edge(cs[i-1], true)
		}
		if i+1 < n {
			fs[i][fNextJump] = edge(cs[i+1], false) - edge(cs[i], true)
		}
	}
}

func smooth3(x []float64) []float64 {
	out := make([]float64, len(x))
	for i := range x {
		a, b := max(0, i-1), min(len(x)-1, i+1)
		out[i] = (x[a] + x[i] + x[b]) / 3
	}
	return out
}

func avg(x []float64, i, j int) float64 {
	if j <= i {
		return 0
	}
	var s float64
	for _, v := range x[i:j] {
		s += v
	}
	return s / float64(j-i)
}

// lineSlope is the least-squares slope per sample.
func lineSlope(y []float64) float64 {
	n := float64(len(y))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i, v := range y {
		x := float64(i)
		sx += x
		sy += v
		sxx += x * x
		sxy += x * v
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return 0
	}
	return (n*sxy - sx*sy) / den
}

// quadFit fits y ≈ a + b·t + c·t² over t spread evenly on [-1, 1]. With a
// symmetric grid the odd moments vanish, so b comes out alone and a, c
// solve a 2×2 system.
func quadFit(y []float64) (a, b, c float64) {
	n := len(y)
	if n < 3 {
		return avg(y, 0, n), 0, 0
	}
	var s0, s2, s4, y0, y1, y2 float64
	for i, v := range y {
		t := 2*float64(i)/float64(n-1) - 1
		s0++
		s2 += t * t
		s4 += t * t * t * t
		y0 += v
		y1 += v * t
		y2 += v * t * t
	}
	b = y1 / s2
	det := s0*s4 - s2*s2
	if det == 0 {
		return y0 / s0, b, 0
	}
	a = (y0*s4 - y2*s2) / det
	c = (s0*y2 - s2*y0) / det
	return a, b, c
}
