package tone

import (
	"math"
	"strings"
)

// glide is a test vowel: a harmonic-rich tone whose F0 moves from one
// frequency to another through an optional middle point, with soft edges.
type glide struct {
	f0   []float64 // Hz at evenly spaced points
	dur  float64   // seconds
	gain float64
}

// synth renders glides separated by gaps of silence, with a little noise
// so that nothing is perfectly periodic or perfectly silent.
func synth(rate int, gap float64, gs ...glide) []float64 {
	var out []float64
	seed := uint32(12345)
	noise := func() float64 {
		seed = seed*1664525 + 1013904223
		return (float64(seed>>8)/float64(1<<24) - 0.5) * 2e-3
	}
	silence := func(d float64) {
		for range int(d * float64(rate)) {
			out = append(out, noise())
		}
	}
	silence(gap)
	for _, g := range gs {
		n := int(g.dur * float64(rate))
		phase := 0.0
		gain := g.gain
		if gain == 0 {
			gain = 0.3
		}
		for i := range n {
			u := float64(i) / float64(n-1)
			f := interp(g.f0, u)
			phase += 2 * math.Pi * f / float64(rate)
			var v float64
			for k := 1; k <= 12 && float64(k)*f < float64(rate)/2; k++ {
				v += math.Sin(float64(k)*phase) / float64(k)
			}
			env := math.Min(1, math.Min(float64(i), float64(n-1-i))/(0.02*float64(rate)))
			out = append(out, gain*env*v/2+noise())
		}
		silence(gap)
	}
	return out
}

func interp(pts []float64, u float64) float64 {
	if len(pts) == 1 {
		return pts[0]
	}
	pos := u * float64(len(pts)-1)
	k := min(int(pos), len(pts)-2)
	f := pos - float64(k)
	return pts[k]*(1-f) + pts[k+1]*f
}

func words(n int) string {
	return strings.TrimSpace(strings.Repeat("ba ", n))
}
