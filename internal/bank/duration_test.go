package bank

import (
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The shipped Vorbis clips measure as soxi measures them.
func TestAudioDurationOggVorbis(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../question_banks/core/audio/*.ogg")
	if len(files) == 0 {
		t.Fatal("no core audio")
	}
	soxi, err := exec.LookPath("soxi")
	for _, f := range files[:min(5, len(files))] {
		data, rerr := os.ReadFile(f)
		if rerr != nil {
			t.Fatal(rerr)
		}
		d, derr := AudioDuration(data)
		if derr != nil || d <= 0.3 || d > 600 {
			t.Fatalf("%s: %v %v", f, d, derr)
		}
		if err == nil {
			out, xerr := exec.Command(soxi, "-D", f).Output()
			if xerr == nil {
				want, _ := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
				if math.Abs(want-d) > 0.05 {
					t.Errorf("%s: %.3f s, soxi says %.3f s", f, d, want)
				}
			}
		}
	}
}

func wav(rate, byteRate uint32, blockAlign uint16, frames int) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WAVEfmt ")
	b = binary.LittleEndian.AppendUint32(b, 16)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint32(b, rate)
	b = binary.LittleEndian.AppendUint32(b, byteRate)
	b = binary.LittleEndian.AppendUint16(b, blockAlign)
	b = binary.LittleEndian.AppendUint16(b, 16)
	b = append(b, "data"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(frames)*uint32(blockAlign))
	return append(b, make([]byte, frames*int(blockAlign))...)
}

func TestAudioDurationWAV(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		data []byte
		want float64
		ok   bool
	}{
		{"2 s", wav(16000, 32000, 2, 32000), 2, true},
		{"lying byte rate", wav(16000, 1, 2, 16000), 1, true},
		{"cut short", wav(16000, 32000, 2, 16000)[:44+8000], 0.25, true},
		{"not audio", []byte("hello"), 0, false},
		{"no fmt", []byte("RIFF\x00\x00\x00\x00WAVEdata\x04\x00\x00\x00abcd"), 0, false},
	}
	for _, c := range cases {
		d, err := AudioDuration(c.data)
		if (err == nil) != c.ok || math.Abs(d-c.want) > 1e-9 {
			t.Errorf("%s: %v %v, want %v ok=%v", c.name, d, err, c.want, c.ok)
		}
	}
}

// A 3.0 s sine made with sox and encoded by ffmpeg's libopus.
func TestAudioDurationOggOpus(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/_media/opus-3s.ogg")
	if err != nil {
		t.Fatal(err)
	}
	d, err := AudioDuration(data)
	if err != nil || math.Abs(d-3.0) > 0.03 {
		t.Errorf("opus: %v %v, want 3.0 s", d, err)
	}
}
