package tone

import (
	"strings"
	"testing"
)

// BenchmarkAnalyze5s analyses five seconds of 16 kHz speech-like audio with
// sixteen syllables, the length of a long sentence in a reading exercise.
func BenchmarkAnalyze5s(b *testing.B) {
	var gs []glide
	shapes := [][]float64{{120, 125}, {130, 100}, {115, 160}, {125, 100, 120}}
	for i := range 16 {
		gs = append(gs, glide{f0: shapes[i%len(shapes)], dur: 0.23})
	}
	samples := synth(16000, 0.07, gs...)
	samples = append(samples, make([]float64, 5*16000-len(samples))...)
	wav := EncodeWAV(samples, 16000)
	text := strings.TrimSpace(strings.Repeat("ba bà bá bả ", 4))
	if _, err := Analyze(wav, text); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(wav)))
	b.ResetTimer()
	for range b.N {
		if _, err := Analyze(wav, text); err != nil {
			b.Fatal(err)
		}
	}
}
