package tone

import "math"

const (
	sincZeros = 8   // half-width of the interpolation kernel, in zero crossings
	sincRes   = 128 // table points per zero crossing
)

// sincTable holds a Hann-windowed sinc on [0, sincZeros], sampled finely
// enough that linear interpolation between entries is far below 16-bit noise.
// It is computed once and never written afterwards.
var sincTable = func() []float64 {
	t := make([]float64, sincZeros*sincRes+2)
	for i := range t {
		x := float64(i) / sincRes
		if x > sincZeros {
			continue
		}
		s := 1.0
		if x != 0 {
			s = math.Sin(math.Pi*x) / (math.Pi * x)
		}
		t[i] = s * (0.5 + 0.5*math.Cos(math.Pi*x/sincZeros))
	}
	return t
}()

func kernel(x float64) float64 {
	x = math.Abs(x) * sincRes
	i := int(x)
	if i >= sincZeros*sincRes {
		return 0
	}
	f := x - float64(i)
	return sincTable[i]*(1-f) + sincTable[i+1]*f
}

// resample converts between any two rates with a band-limited interpolator.
// The cut-off sits a little under the lower Nyquist so that downsampling
// from 44.1 or 48 kHz does not fold hiss into the band the tracker uses.
func resample(x []float64, from, to int) []float64 {
	if from == to {
		return append([]float64(nil), x...)
	}
	ratio := float64(to) / float64(from)
	fc := 0.92 * math.Min(1, ratio)
	n := int(float64(len(x)) * ratio)
	out := make([]float64, n)
	half := float64(sincZeros) / fc
	// Output sample i sits at input position i·from/to, whose fractional
	// part takes only to/gcd values: between common rates (16, 22.05, 44.1,
	// 48 kHz to 8 kHz) that is at most 160 phases, so the kernel weights are
	// computed once per phase instead of once per tap.
	g := gcd(from, to)
	if phases := to / g; phases <= 1024 {
		taps := int(math.Ceil(half))
		weights := make([][]float64, phases)
		for p := range weights {
			frac := float64(p*g) / float64(to)
			w := make([]float64, 2*taps+1)
			for j := -taps; j <= taps; j++ {
				w[j+taps] = fc * kernel(fc*(frac-float64(j)))
			}
			weights[p] = w
		}
		for i := range out {
			num := i * from
			base, p := num/to, (num%to)/g
			w := weights[p]
			lo, hi := max(base-taps, 0), min(base+taps, len(x)-1)
			var sum float64
			for k := lo; k <= hi; k++ {
				sum += x[k] * w[k-base+taps]
			}
			out[i] = sum
		}
		return out
	}
	for i := range out {
		t := float64(i) / ratio
		lo := int(math.Ceil(t - half))
		hi := int(math.Floor(t + half))
		lo = max(lo, 0)
		hi = min(hi, len(x)-1)
		var sum float64
		for k := lo; k <= hi; k++ {
			sum += x[k] * kernel(fc*(t-float64(k)))
		}
		out[i] = sum * fc
	}
	return out
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
