package tone

import (
	"math"
	"slices"
)

// Tracker settings. The analysis runs at 8 kHz: everything a pitch tracker
// needs lies below 4 kHz, and the YIN difference function costs O(rate²)
// per second of audio, so 16 kHz would quadruple the work for nothing.
const (
	trackRate = 8000
	hopSec    = 0.010
	minF0     = 60.0
	maxF0     = 500.0
	winSec    = 0.025 // YIN integration window

	// A CMND dip above this is treated as noise rather than periodicity.
	maxCandidateCMND = 0.6
	maxCandidates    = 5
	// Viterbi costs, in CMND units. octaveCost is Praat's trick against
	// sub-octave (period doubling) picks; jumpCost makes a one-octave leap
	// between neighbouring frames cost more than any single frame's evidence.
	octaveCost     = 0.04
	jumpCost       = 1.6
	voicingSwitch  = 0.12
	unvoicedCost   = 0.32
	silenceBelowDB = 40 // frames this far below the loudest are never voiced
	absSilenceDB   = -62
)

// Frame is one 10 ms analysis frame.
type Frame struct {
	Time         float64 `json:"t"`  // centre, seconds
	F0           float64 `json:"f0"` // Hz; 0 when unvoiced
	Voiced       bool    `json:"voiced"`
	Aperiodicity float64 `json:"ap"` // best YIN CMND value: 0 is perfectly periodic
	Energy       float64 `json:"db"` // RMS level, dB re full scale
}

type candidate struct {
	f0   float64
	cost float64
}

// Track estimates F0 every 10 ms with YIN (de Cheveigné & Kawahara 2002)
// and picks a continuous path through each frame's candidates with a
// Viterbi search, which removes most octave jumps before a median filter
// cleans up what is left.
func Track(samples []float64, rate int) []Frame {
	if len(samples) == 0 || rate <= 0 {
		return nil
	}
	x := resample(samples, rate, trackRate)
	highPass(x, 60)
	// YIN works on a low-passed copy: high formants make the difference
	// function ripple and create false dips at short lags.
	y := append([]float64(nil), x...)
	lowPass(y, 1000)
	lowPass(y, 1000)

	hop := int(hopSec * trackRate)
	w := int(winSec * trackRate)
	tauMin := int(trackRate / maxF0)
	tauMax := int(math.Ceil(trackRate / minF0))
	span := w + tauMax
	nFrames := len(x)/hop + 1

	frames := make([]Frame, nFrames)
	cands := make([][]candidate, nFrames)
	d := make([]float64, tauMax+2)
	cm := make([]float64, tauMax+2)
	buf := make([]float64, span+1)
	maxDB := math.Inf(-1)
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
		frames[i].Energy = rmsDB(x, centre-w/2, centre+w/2)
		maxDB = max(maxDB, frames[i].Energy)
		cands[i], frames[i].Aperiodicity = yinCandidates(buf[:span], w, tauMin, tauMax, d, cm)
	}

	floor := max(maxDB-silenceBelowDB, absSilenceDB)
	path := viterbi(frames, cands, floor)
	for i := range frames {
		if path[i] >= 0 {
			frames[i].F0 = cands[i][path[i]].f0
			frames[i].Voiced = true
		}
	}
	dropShortRuns(frames, 3)
	medianSmooth(frames, 2)
	return frames
}

// yinCandidates returns the local minima of the cumulative-mean-normalised
// difference function as F0 candidates, and the smallest CMND value.
func yinCandidates(buf []float64, w, tauMin, tauMax int, d, cm []float64) ([]candidate, float64) {
	var energy float64
	for j := range w {
		energy += buf[j] * buf[j]
	}
	if energy < 1e-12 {
		return nil, 1
	}
	for tau := 1; tau <= tauMax+1; tau++ {
		var s float64
		a, b := buf[:w], buf[tau:tau+w]
		for j := range a {
			v := a[j] - b[j]
			s += v * v
		}
		d[tau] = s
	}
	cm[0] = 1
	var run float64
	for tau := 1; tau <= tauMax+1; tau++ {
		run += d[tau]
		if run <= 0 {
			cm[tau] = 1
		} else {
			cm[tau] = d[tau] * float64(tau) / run
		}
	}
	best := 1.0
	var out []candidate
	for tau := tauMin; tau <= tauMax; tau++ {
		best = min(best, cm[tau])
		if cm[tau] >= maxCandidateCMND || cm[tau] > cm[tau-1] || cm[tau] > cm[tau+1] {
			continue
		}
		// Parabolic interpolation gives sub-sample lag: at 8 kHz a whole
		// sample is 2.5% of a 200 Hz period.
		a, b, c := cm[tau-1], cm[tau], cm[tau+1]
		shift := 0.0
		if den := a - 2*b + c; den > 0 {
			shift = 0.5 * (a - c) / den
			shift = max(-0.5, min(0.5, shift))
		}
		t := float64(tau) + shift
		cost := b + octaveCost*math.Log2(t/float64(tauMin))
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
	return out, best
}

// viterbi returns, per frame, the index of the chosen candidate or -1 for
// unvoiced.
func viterbi(frames []Frame, cands [][]candidate, floorDB float64) []int {
	n := len(frames)
	// State 0 is unvoiced; state k>0 is candidate k-1.
	cost := make([][]float64, n)
	back := make([][]int, n)
	local := func(i, s int) float64 {
		e := frames[i].Energy
		if s == 0 {
			// Quiet frames lean towards unvoiced; the ramp avoids a hard
			// edge that would chop soft syllable ends.
			r := (e - floorDB) / 6
			return unvoicedCost * max(0, min(1, r))
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
