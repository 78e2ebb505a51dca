package tone

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// wavBytes builds a RIFF/WAVE file by hand, so that the reader is tested
// against the format and not against EncodeWAV.
func wavBytes(format, channels, rate, bits int, data []byte, extra ...[]byte) []byte {
	fmtChunk := make([]byte, 16)
	binary.LittleEndian.PutUint16(fmtChunk[0:], uint16(format))
	binary.LittleEndian.PutUint16(fmtChunk[2:], uint16(channels))
	binary.LittleEndian.PutUint32(fmtChunk[4:], uint32(rate))
	align := channels * bits / 8
	binary.LittleEndian.PutUint32(fmtChunk[8:], uint32(rate*align))
	binary.LittleEndian.PutUint16(fmtChunk[12:], uint16(align))
	binary.LittleEndian.PutUint16(fmtChunk[14:], uint16(bits))
	if format == fmtExtensible {
		ext := make([]byte, 24)
		binary.LittleEndian.PutUint16(ext[0:], 22)
		binary.LittleEndian.PutUint16(ext[2:], uint16(bits))
		binary.LittleEndian.PutUint16(ext[8:], fmtPCM) // sub-format GUID starts with the code
		fmtChunk = append(fmtChunk, ext...)
	}
	var body []byte
	chunk := func(id string, b []byte) {
		h := make([]byte, 8)
		copy(h, id)
		binary.LittleEndian.PutUint32(h[4:], uint32(len(b)))
		body = append(body, h...)
		body = append(body, b...)
		if len(b)%2 == 1 {
			body = append(body, 0)
		}
	}
	chunk("fmt ", fmtChunk)
	for _, e := range extra {
		chunk("LIST", e)
	}
	chunk("data", data)
	out := []byte("RIFF")
	out = binary.LittleEndian.AppendUint32(out, uint32(4+len(body)))
	out = append(out, "WAVE"...)
	return append(out, body...)
}

func TestReadWAVFormats(t *testing.T) {
	// The same four samples in every encoding.
	want := []float64{0, 0.5, -0.5, 0.25}
	pcm16 := func(vs []float64) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint16(b, uint16(int16(v*32768)))
		}
		return b
	}
	var u8, s24, s32, f32, stereo []byte
	for _, v := range want {
		u8 = append(u8, byte(v*128+128))
		x := int32(v * (1 << 23))
		s24 = append(s24, byte(x), byte(x>>8), byte(x>>16))
		s32 = binary.LittleEndian.AppendUint32(s32, uint32(int32(v*(1<<31))))
		f32 = binary.LittleEndian.AppendUint32(f32, math.Float32bits(float32(v)))
		// Left carries the signal, right is 0.3 higher: the mix is +0.15.
		stereo = binary.LittleEndian.AppendUint16(stereo, uint16(int16(v*32768)))
		stereo = binary.LittleEndian.AppendUint16(stereo, uint16(int16((v+0.3)*32768)))
	}
	tests := []struct {
		name   string
		wav    []byte
		rate   int
		offset float64
	}{
		{"8-bit unsigned", wavBytes(fmtPCM, 1, 8000, 8, u8), 8000, 0},
		{"16-bit", wavBytes(fmtPCM, 1, 16000, 16, pcm16(want)), 16000, 0},
		{"16-bit stereo mixed down", wavBytes(fmtPCM, 2, 44100, 16, stereo), 44100, 0.15},
		{"24-bit", wavBytes(fmtPCM, 1, 48000, 24, s24), 48000, 0},
		{"32-bit int", wavBytes(fmtPCM, 1, 22050, 32, s32), 22050, 0},
		{"32-bit float", wavBytes(fmtFloat, 1, 16000, 32, f32), 16000, 0},
		{"extensible 16-bit", wavBytes(fmtExtensible, 1, 16000, 16, pcm16(want)), 16000, 0},
		{"odd LIST chunk before data", wavBytes(fmtPCM, 1, 16000, 16, pcm16(want), []byte("abc")), 16000, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rate, err := ReadWAV(tt.wav)
			if err != nil {
				t.Fatal(err)
			}
			if rate != tt.rate {
				t.Errorf("rate = %d, want %d", rate, tt.rate)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d samples, want %d", len(got), len(want))
			}
			for i := range want {
				if math.Abs(got[i]-(want[i]+tt.offset)) > 1.0/128 {
					t.Errorf("sample %d = %v, want %v", i, got[i], want[i]+tt.offset)
				}
			}
		})
	}
}

func TestReadWAVErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotWAV},
		{"mp3", []byte("ID3\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00"), ErrNotWAV},
		{"no fmt chunk", append([]byte("RIFF\x04\x00\x00\x00WAVE"), "data\x00\x00\x00\x00"...), ErrNotWAV},
		{"ADPCM", wavBytes(2, 1, 16000, 4, make([]byte, 100)), ErrUnsupported},
		{"12-bit", wavBytes(fmtPCM, 1, 16000, 12, make([]byte, 100)), ErrUnsupported},
		{"silly rate", wavBytes(fmtPCM, 1, 100, 16, make([]byte, 100)), ErrUnsupported},
		{"no data", wavBytes(fmtPCM, 1, 16000, 16, nil), ErrNoAudio},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadWAV(tt.data)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEncodeWAVRoundTrip(t *testing.T) {
	in := []float64{0, 0.1, -0.2, 0.999, -1}
	out, rate, err := ReadWAV(EncodeWAV(in, 16000))
	if err != nil {
		t.Fatal(err)
	}
	if rate != 16000 || len(out) != len(in) {
		t.Fatalf("rate %d, %d samples", rate, len(out))
	}
	for i := range in {
		if math.Abs(out[i]-in[i]) > 1e-4 {
			t.Errorf("sample %d = %v, want %v", i, out[i], in[i])
		}
	}
}
