package tone

import (
	"math"
	"slices"
)

// Tracker settings. The analysis runs at 8 kHz: everything a pitch tracker
// needs lies below 4 kHz, and a lag-domain periodicity function costs
// O(rate²) per second of audio, so 16 kHz would quadruple the work for
// nothing.
const (
	trackRate = 8000
	hopSec    = 0.010
	minF0     = 50.0
	maxF0     = 500.0
	// The correlation window is short because checked syllables can fall
	// by 15% in 30 ms; a 25 ms window smears such periods until the peak
	// disappears.
	winSec    = 0.015
	energySec = 0.025

	// A correlation peak below this is noise rather than periodicity.
	minCandidateR = 0.4
	maxCandidates = 5
	// Viterbi costs, in units of (1 - correlation). octaveCost is Praat's
	// trick against sub-octave (period doubling) picks; jumpCost makes a
	// one-octave leap between neighbouring frames cost more than any single
	// frame's evidence.
	octaveCost    = 0.02
	jumpCost      = 1.6
	voicingSwitch = 0.12
	// Unvoiced costs little in quiet frames and up to unvoicedLoud in
	// frames near the loudest: a loud frame with any periodicity at all
	// is a vowel, even when fast pitch movement blurs the peak.
	unvoicedQuiet  = 0.25
	unvoicedLoud   = 0.6
	loudRangeDB    = 25
	silenceBelowDB = 40 // frames this far below the loudest are never voiced
	absSilenceDB   = -62
)

// Frame is one 10 ms analysis frame.
type Frame struct {
	Time         float64 `json:"t"`  // centre, seconds
	F0           float64 `json:"f0"` // Hz; 0 when unvoiced
	Voiced       bool    `json:"voiced"`
	Aperiodicity float64 `json:"ap"` // 1 - best correlation: 0 is perfectly periodic
	Energy       float64 `json:"db"` // RMS level, dB re full scale
	// LowEnergy is the level below 1 kHz, where vowels and nasals are
	// strong and fricatives and bursts are weak. A loud frame here without
	// a pitch is a vowel gone creaky or irregular, not a consonant.
	LowEnergy float64 `json:"low_db"`
}

type candidate struct {
	f0   float64
	cost float64
}

// Track estimates F0 every 10 ms between 50 and 500 Hz at any sample rate.
// Each frame gets period candidates from a normalised cross-correlation (as
// in Talkin's RAPT; YIN, tried first, lost the short checked vowels, see
// README.md), then a Viterbi search picks a continuous path through the
// candidates and an unvoiced state, which removes most octave jumps before
// a 3-frame median filter cleans up what is left.
func Track(samples []float64, rate int) []Frame {
	if len(samples) == 0 || rate <= 0 {
		return nil
	}
	x := resample(samples, rate, trackRate)
	// Two sections at 70 Hz take mains hum down by 14 dB at 50 Hz while
	// leaving the harmonics of even a very low voice.
	highPass(x, 70)
	highPass(x, 70)
	// Periodicity is measured on a low-passed copy: high formants make the
	// correlation ripple and create false peaks at short lags.
	y := append([]float64(nil), x...)
	lowPass(y, 1000)
	lowPass(y, 1000)

	hop := int(hopSec * trackRate)
	w := int(winSec * trackRate)
	tauMin := int(trackRate / maxF0)
	tauMax := int(math.Ceil(trackRate / minF0))
	span := w + tauMax + 2
	nFrames := len(x)/hop + 1

	frames := make([]Frame, nFrames)
	cands := make([][]candidate, nFrames)
	r := make([]float64, tauMax+2)
	tmp := make([]float64, tauMax+2)
	buf := make([]float64, span)
	clip := make([]float64, span)
	ew := int(energySec * trackRate)
	maxDB, maxLow := math.Inf(-1), math.Inf(-1)
	for i := range frames {
		centre := i * hop
		start := centre - span/2
		for j := range buf {
			k := start + j
			if k >= 0 && k < len(y) {
				buf[j] = y[k]
			} else {
				buf[j] = 0
			}
		}
		frames[i].Time = float64(centre) / trackRate
		frames[i].Energy = rmsDB(x, centre-ew/2, centre+ew/2)
		frames[i].LowEnergy = rmsDB(y, centre-ew/2, centre+ew/2)
		maxDB = max(maxDB, frames[i].Energy)
		maxLow = max(maxLow, frames[i].LowEnergy)
		copy(clip, buf)
		centreClip(clip, clipLevel)
		cands[i], frames[i].Aperiodicity = nccfCandidates(buf, clip, w, tauMin, tauMax, r, tmp)
	}

	floor := max(maxDB-silenceBelowDB, absSilenceDB)
	path := viterbi(frames, cands, floor, maxLow)
	for i := range frames {
		if path[i] >= 0 {
			frames[i].F0 = cands[i][path[i]].f0
			frames[i].Voiced = true
		}
	}
	dropShortRuns(frames, 3)
	medianSmooth(frames, 1)
	return frames
}

// viterbi returns, per frame, the index of the chosen candidate or -1 for
// unvoiced.
func viterbi(frames []Frame, cands [][]candidate, floorDB, maxLow float64) []int {
	n := len(frames)
	// State 0 is unvoiced; state k>0 is candidate k-1.
	cost := make([][]float64, n)
	back := make([][]int, n)
	local := func(i, s int) float64 {
		e, low := frames[i].Energy, frames[i].LowEnergy
		if s == 0 {
			// The ramps avoid hard edges that would chop soft syllable ends.
			quiet := max(0, min(1, (e-floorDB)/6))
			loud := max(0, min(1, (low-(maxLow-loudRangeDB))/15))
			return unvoicedQuiet*quiet + (unvoicedLoud-unvoicedQuiet)*loud
		}
		c := cands[i][s-1].cost
		if e < floorDB {
			c += 10
		}
		return c
	}
	for i := range n {
		ns := len(cands[i]) + 1
		cost[i] = make([]float64, ns)
		back[i] = make([]int, ns)
		for s := range ns {
			lc := local(i, s)
			if i == 0 {
				cost[i][s] = lc
				continue
			}
			bestC, bestP := math.Inf(1), 0
			for p := range cost[i-1] {
				c := cost[i-1][p] + transition(cands, i, p, s)
				if c < bestC {
					bestC, bestP = c, p
				}
			}
			cost[i][s] = bestC + lc
			back[i][s] = bestP
		}
	}
	path := make([]int, n)
	if n == 0 {
		return path
	}
	last := 0
	for s := range cost[n-1] {
		if cost[n-1][s] < cost[n-1][last] {
			last = s
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = last - 1
		last = back[i][last]
	}
	return path
}

func transition(cands [][]candidate, i, p, s int) float64 {
	switch {
	case p == 0 && s == 0:
		return 0
	case p == 0 || s == 0:
		return voicingSwitch
	}
	f1, f2 := cands[i-1][p-1].f0, cands[i][s-1].f0
	return jumpCost * math.Abs(math.Log2(f2/f1))
}

// dropShortRuns unvoices voiced runs shorter than n frames: a 20 ms island
// of "voicing" is nearly always a burst or a click.
func dropShortRuns(frames []Frame, n int) {
	for i := 0; i < len(frames); {
		if !frames[i].Voiced {
			i++
			continue
		}
		j := i
		for j < len(frames) && frames[j].Voiced {
			j++
		}
		if j-i < n {
			for k := i; k < j; k++ {
				frames[k].Voiced, frames[k].F0 = false, 0
			}
		}
		i = j
	}
}

// medianSmooth runs a median filter of half-width h over each voiced run,
// never mixing in unvoiced frames (which would drag F0 towards zero).
func medianSmooth(frames []Frame, h int) {
	src := make([]float64, len(frames))
	for i, f := range frames {
		src[i] = f.F0
	}
	win := make([]float64, 0, 2*h+1)
	for i := range frames {
		if !frames[i].Voiced {
			continue
		}
		win = win[:0]
		for k := i - h; k <= i+h; k++ {
			if k >= 0 && k < len(frames) && frames[k].Voiced {
				win = append(win, src[k])
			}
		}
		slices.Sort(win)
		frames[i].F0 = win[len(win)/2]
	}
}

func rmsDB(x []float64, lo, hi int) float64 {
	lo, hi = max(lo, 0), min(hi, len(x))
	if hi <= lo {
		return -120
	}
	var s float64
	for _, v := range x[lo:hi] {
		s += v * v
	}
	return 10 * math.Log10(s/float64(hi-lo)+1e-12)
}

// highPass and lowPass are second-order Butterworth sections (RBJ
// cookbook), applied in place.
func highPass(x []float64, fc float64) { biquad(x, fc, true) }
func lowPass(x []float64, fc float64)  { biquad(x, fc, false) }

func biquad(x []float64, fc float64, high bool) {
	w0 := 2 * math.Pi * fc / trackRate
	alpha := math.Sin(w0) / math.Sqrt2
	cw := math.Cos(w0)
	var b0, b1, b2 float64
	if high {
		b0, b1, b2 = (1+cw)/2, -(1 + cw), (1+cw)/2
	} else {
		b0, b1, b2 = (1-cw)/2, 1-cw, (1-cw)/2
	}
	a0, a1, a2 := 1+alpha, -2*cw, 1-alpha
	b0, b1, b2, a1, a2 = b0/a0, b1/a0, b2/a0, a1/a0, a2/a0
	var x1, x2, y1, y2 float64
	for i, v := range x {
		out := b0*v + b1*x1 + b2*x2 - a1*y1 - a2*y2
		x2, x1 = x1, v
		y2, y1 = y1, out
		x[i] = out
	}
}

// nccfCandidates returns F0 candidates from the normalised
// cross-correlation between the window and its lagged copy (as in RAPT),
// and the frame's aperiodicity (1 - the best correlation). Unlike YIN's
// difference function, correlation is not hurt when the level rises or falls
// inside the window, which is all of a 60 ms checked vowel.
//
// It is computed on the plain signal and on a centre-clipped copy, keeping
// the better value per lag: clipping rescues vowels whose formants change
// within a period or two (what is left is the glottal pulses), but it also
// exaggerates small pulse-to-pulse height differences and then favours
// double periods, which the plain signal does not.
func nccfCandidates(plain, clipped []float64, w, tauMin, tauMax int, r, tmp []float64) ([]candidate, float64) {
	if !nccf(plain, w, tauMin, tauMax, r) {
		return nil, 1
	}
	if nccf(clipped, w, tauMin, tauMax, tmp) {
		for tau := tauMin - 1; tau <= tauMax+1; tau++ {
			r[tau] = max(r[tau], tmp[tau])
		}
	}
	best := 0.0
	var out []candidate
	for tau := tauMin; tau <= tauMax; tau++ {
		best = max(best, r[tau])
		if r[tau] <= minCandidateR || r[tau] < r[tau-1] || r[tau] < r[tau+1] {
			continue
		}
		// Parabolic interpolation gives sub-sample lag: at 8 kHz a whole
		// sample is 2.5% of a 200 Hz period.
		a, b, c := r[tau-1], r[tau], r[tau+1]
		shift := 0.0
		if den := a - 2*b + c; den < 0 {
			shift = 0.5 * (a - c) / den
			shift = max(-0.5, min(0.5, shift))
		}
		t := float64(tau) + shift
		cost := 1 - b + octaveCost*math.Log2(t/float64(tauMin))
		out = append(out, candidate{f0: trackRate / t, cost: cost})
	}
	if len(out) > maxCandidates {
		slices.SortFunc(out, func(p, q candidate) int {
			if p.cost < q.cost {
				return -1
			}
			if p.cost > q.cost {
				return 1
			}
			return 0
		})
		out = out[:maxCandidates]
	}
	return out, 1 - best
}

// nccf fills r[tauMin-1 .. tauMax+1]; it reports false for a silent window.
func nccf(buf []float64, w, tauMin, tauMax int, r []float64) bool {
	var e0 float64
	for j := range w {
		e0 += buf[j] * buf[j]
	}
	if e0 < 1e-12 {
		return false
	}
	// et is the energy of buf[tau:tau+w], kept as a running sum.
	var et float64
	for j := range w {
		et += buf[tauMin-1+j] * buf[tauMin-1+j]
	}
	for tau := tauMin - 1; tau <= tauMax+1; tau++ {
		if tau > tauMin-1 {
			et += buf[tau+w-1]*buf[tau+w-1] - buf[tau-1]*buf[tau-1]
		}
		var s float64
		a, b := buf[:w], buf[tau:tau+w]
		for j := range a {
			s += a[j] * b[j]
		}
		if et < 1e-12 {
			r[tau] = 0
		} else {
			r[tau] = s / math.Sqrt(e0*et)
		}
	}
	return true
}

const clipLevel = 0.4

// centreClip removes everything within ±level·peak of zero (Sondhi 1968).
// What survives is the glottal pulses, which repeat even while the formant
// ringing between them changes shape from one period to the next.
func centreClip(x []float64, level float64) {
	var peak float64
	for _, v := range x {
		peak = max(peak, math.Abs(v))
	}
	c := level * peak
	for i, v := range x {
		switch {
		case v > c:
			x[i] = v - c
		case v < -c:
			x[i] = v + c
		default:
			x[i] = 0
		}
	}
}
