package tone

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// wavOf builds a RIFF/WAVE file with one fmt chunk and one data chunk.
func wavOf(format, channels, rate, bits int, data []byte) []byte {
	align := channels * bits / 8
	b := make([]byte, 44, 44+len(data))
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+len(data)))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], uint16(format))
	binary.LittleEndian.PutUint16(b[22:], uint16(channels))
	binary.LittleEndian.PutUint32(b[24:], uint32(rate))
	binary.LittleEndian.PutUint32(b[28:], uint32(rate*align))
	binary.LittleEndian.PutUint16(b[32:], uint16(align))
	binary.LittleEndian.PutUint16(b[34:], uint16(bits))
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(len(data)))
	return append(b, data...)
}

// FuzzReadWAV: ReadWAV takes whatever a browser or a person uploads. It
// never panics, never allocates beyond the input, and what it accepts is a
// positive rate and finite samples in [-1, 1].
func FuzzReadWAV(f *testing.F) {
	tone := make([]float64, 400)
	for i := range tone {
		tone[i] = 0.8 * math.Sin(float64(i)/5)
	}
	f.Add(EncodeWAV(tone, 16000))
	f.Add(EncodeWAV(nil, 16000))
	f.Add(wavOf(fmtPCM, 2, 44100, 16, make([]byte, 64)))
	f.Add(wavOf(fmtPCM, 1, 8000, 8, []byte{0, 128, 255, 1}))
	f.Add(wavOf(fmtPCM, 1, 48000, 24, make([]byte, 30)))
	f.Add(wavOf(fmtPCM, 1, 48000, 32, make([]byte, 32)))
	f.Add(wavOf(fmtFloat, 1, 16000, 32, []byte{0, 0, 0x80, 0x7f, 0, 0, 0xc0, 0x7f})) // +Inf, NaN
	f.Add(wavOf(fmtFloat, 1, 16000, 64, make([]byte, 16)))
	f.Add(wavOf(fmtExtensible, 1, 16000, 16, make([]byte, 8)))
	f.Add(wavOf(fmtPCM, 0, 0, 0, make([]byte, 8)))
	f.Add(wavOf(fmtPCM, 65535, 16000, 16, make([]byte, 8)))
	streaming := EncodeWAV(tone, 16000)
	binary.LittleEndian.PutUint32(streaming[40:], 0xFFFFFFFF)
	f.Add(streaming)
	f.Add([]byte("RIFF\x00\x00\x00\x00WAVE"))
	f.Add([]byte("OggS"))
	f.Fuzz(func(t *testing.T, b []byte) {
		samples, rate, err := ReadWAV(b)
		if err != nil {
			if samples != nil {
				t.Fatalf("error %v with %d samples", err, len(samples))
			}
			if !errors.Is(err, ErrNotWAV) && !errors.Is(err, ErrNoAudio) && !errors.Is(err, ErrUnsupported) {
				t.Fatalf("error %v is none of the documented ones", err)
			}
			return
		}
		if rate <= 0 {
			t.Fatalf("accepted with rate %d", rate)
		}
		if len(samples) > len(b) {
			t.Fatalf("%d samples from %d bytes", len(samples), len(b))
		}
		for i, s := range samples {
			if math.IsNaN(s) || math.IsInf(s, 0) || s < -1.0001 || s > 1.0001 {
				t.Fatalf("sample %d is %v", i, s)
			}
		}
	})
}
