package tone

import (
	"testing"
)

// FuzzAnalyze feeds arbitrary bytes, as a whole file and as the data of a
// well-formed header, to the analyser: uploads come from the network, so
// nothing may panic.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte("RIFF"), "ba")
	f.Add(EncodeWAV(synth(8000, 0.05, glide{f0: []float64{120, 150}, dur: 0.2}), 8000), "bá")
	f.Add(wavBytes(fmtPCM, 2, 44100, 16, make([]byte, 400)), "ba ba")
	f.Add(wavBytes(fmtFloat, 1, 16000, 32, []byte{0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x7f}), "ba")
	f.Fuzz(func(t *testing.T, b []byte, text string) {
		_, _, _ = ReadWAV(b)
		_, _ = Analyze(b, text)
		// The same bytes as 8-bit audio at 8 kHz reach the tracker and the
		// segmenter instead of stopping at the header.
		res, err := Analyze(wavBytes(fmtPCM, 1, 8000, 8, b), text)
		if err == nil {
			for _, s := range res.Syllables {
				if s.Confidence < 0 || s.Confidence > 1 || len(s.Pitch) != PitchPoints {
					t.Fatalf("bad syllable %+v", s)
				}
			}
		}
	})
}
