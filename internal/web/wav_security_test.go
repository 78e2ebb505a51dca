package web

import (
	"encoding/binary"
	"hocviet/internal/practice"
	"testing"
	"time"
)

// wavWith builds a PCM WAV header with the given fields and n data bytes.
func wavWith(rate, byteRate uint32, channels, bits uint16, n int) []byte {
	b := make([]byte, 44+n)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], channels)
	binary.LittleEndian.PutUint32(b[24:], rate)
	binary.LittleEndian.PutUint32(b[28:], byteRate)
	binary.LittleEndian.PutUint16(b[32:], channels*bits/8)
	binary.LittleEndian.PutUint16(b[34:], bits)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(n))
	return b
}

// TestPracticeWAVDurationComesFromTheData (issue 15 point 9): the length of
// a practice recording is its samples over its rate; a lying byteRate
// (1 gave 8.9 hours for a second of audio) changes nothing.
func TestPracticeWAVDurationComesFromTheData(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		wav  []byte
		want time.Duration
		bad  bool
	}{
		{"honest 16 kHz mono 16-bit, 1 s", wavWith(16000, 32000, 1, 16, 32000), time.Second, false},
		{"byteRate 1", wavWith(16000, 1, 1, 16, 32000), time.Second, false},
		{"byteRate huge", wavWith(16000, 1<<31, 1, 16, 32000), time.Second, false},
		{"44.1 kHz stereo, 0.5 s", wavWith(44100, 0, 2, 16, 88200), 500 * time.Millisecond, false},
		{"sample rate 1", wavWith(1, 2, 1, 16, 32000), 0, true},
		{"0 channels", wavWith(16000, 32000, 0, 16, 32000), 0, true},
		{"12 bits", wavWith(16000, 24000, 1, 12, 32000), 0, true},
	} {
		got, err := practice.WAVDuration(tc.wav)
		if tc.bad != (err != nil) || got != tc.want {
			t.Errorf("%s: %v, %v; want %v (error %v)", tc.name, got, err, tc.want, tc.bad)
		}
	}
}

// FuzzPracticeWAVDuration: any upload gives an error or a length that its
// bytes can hold (at least 8000 frames a second, at least a byte a frame).
func FuzzPracticeWAVDuration(f *testing.F) {
	f.Add(wavWith(16000, 32000, 1, 16, 320))
	f.Add(wavWith(16000, 1, 1, 16, 320))
	f.Add(wavWith(48000, 0, 2, 32, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := practice.WAVDuration(b)
		if err != nil {
			return
		}
		if d < 0 || d > time.Duration(len(b))*time.Second/8000 {
			t.Fatalf("%d bytes gave %v", len(b), d)
		}
	})
}
