package tone

import (
	"fmt"
	"os"
	"testing"
)

func TestDevCands(t *testing.T) {
	f := os.Getenv("DEVCAND")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	s, r, _ := ReadWAV(b)
	x := resample(s, r, trackRate)
	highPass(x, 60)
	y := append([]float64(nil), x...)
	lowPass(y, 1000)
	lowPass(y, 1000)
	w := int(winSec * trackRate)
	tauMin := int(trackRate / maxF0)
	tauMax := int(trackRate / minF0)
	span := w + tauMax + 2
	rr := make([]float64, tauMax+2)
	tmp := make([]float64, tauMax+2)
	for _, tm := range []float64{0.02, 0.03, 0.04, 0.05, 0.06} {
		c := int(tm * trackRate)
		buf := make([]float64, span)
		for j := range buf {
			if k := c - span/2 + j; k >= 0 && k < len(y) {
				buf[j] = y[k]
			}
		}
		clip := append([]float64(nil), buf...)
		centreClip(clip, clipLevel)
		cands, ap := nccfCandidates(buf, clip, w, tauMin, tauMax, rr, tmp)
		fmt.Println(tm, ap)
		for _, c := range cands {
			fmt.Printf("   %.1f %.3f\n", c.f0, c.cost)
		}
	}
}

func TestDevPath(t *testing.T) {
	f := os.Getenv("DEVPATH")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	s, r, _ := ReadWAV(b)
	fr := Track(s, r)
	for _, x := range fr[:10] {
		fmt.Printf("%.2f %.1f %v %.2f %.1f %.1f\n", x.Time, x.F0, x.Voiced, x.Aperiodicity, x.Energy, x.LowEnergy)
	}
}
