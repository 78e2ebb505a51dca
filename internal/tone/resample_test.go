package tone

import (
	"math"
	"testing"
)

// Both code paths of resample (per-phase weights, and per-tap kernel for
// rates with too many phases) must pass a tone and remove what is above the
// new Nyquist frequency.
func TestResample(t *testing.T) {
	for _, tt := range []struct{ from, to int }{
		{16000, 8000}, {44100, 8000}, {48000, 8000}, {22050, 8000}, {8000, 8000}, {11025, 8000}, {44101, 8000},
	} {
		in := sine(440, 0.5, tt.from)
		out := resample(in, tt.from, tt.to)
		if want := len(in) * tt.to / tt.from; abs(len(out)-want) > 1 {
			t.Errorf("%d→%d: %d samples, want %d", tt.from, tt.to, len(out), want)
		}
		// Compare the middle with the ideal sine at the new rate.
		var maxErr float64
		for i := len(out) / 4; i < 3*len(out)/4; i++ {
			want := 0.5 * math.Sin(2*math.Pi*440*float64(i)/float64(tt.to))
			maxErr = max(maxErr, math.Abs(out[i]-want))
		}
		if maxErr > 0.01 {
			t.Errorf("%d→%d: 440 Hz off by up to %.4f", tt.from, tt.to, maxErr)
		}
		if tt.from > tt.to {
			alias := resample(sine(6000, 0.5, tt.from), tt.from, tt.to)
			var peak float64
			for _, v := range alias[len(alias)/4 : 3*len(alias)/4] {
				peak = max(peak, math.Abs(v))
			}
			if peak > 0.01 {
				t.Errorf("%d→%d: 6 kHz leaks through at %.4f", tt.from, tt.to, peak)
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
