package tone

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Errors a caller may want to tell apart (the CLI and the web layer map them
// to messages for the learner).
var (
	ErrNotWAV      = errors.New("not a WAV file")
	ErrNoAudio     = errors.New("no audio data")
	ErrNoSpeech    = errors.New("no speech found")
	ErrTooShort    = errors.New("recording too short")
	ErrTooLong     = errors.New("recording too long (more than 60 s)")
	ErrUnsupported = errors.New("unsupported format")
)

const (
	fmtPCM        = 1
	fmtFloat      = 3
	fmtExtensible = 0xFFFE
)

// ReadWAV decodes a RIFF/WAVE file into mono samples in [-1, 1] at the file's
// own rate. Stereo and multi-channel audio is averaged, since browsers often
// record a mono microphone as two identical channels.
func ReadWAV(b []byte) (samples []float64, rate int, err error) {
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return nil, 0, ErrNotWAV
	}
	var (
		haveFmt                       bool
		format, channels, bits, align int
		data                          []byte
		haveData                      bool
	)
	for p := 12; p+8 <= len(b); {
		id := string(b[p : p+4])
		size := int(binary.LittleEndian.Uint32(b[p+4 : p+8]))
		body := b[p+8:]
		// Streaming writers (espeak-ng to a pipe, some browsers) leave the
		// size at 0 or 0xFFFFFFFF; take what is there.
		if size > len(body) {
			size = len(body)
		}
		body = body[:size]
		switch id {
		case "fmt ":
			if size < 16 {
				return nil, 0, fmt.Errorf("%w: fmt chunk of %d bytes", ErrNotWAV, size)
			}
			format = int(binary.LittleEndian.Uint16(body[0:2]))
			channels = int(binary.LittleEndian.Uint16(body[2:4]))
			rate = int(binary.LittleEndian.Uint32(body[4:8]))
			align = int(binary.LittleEndian.Uint16(body[12:14]))
			bits = int(binary.LittleEndian.Uint16(body[14:16]))
			if format == fmtExtensible {
				if size < 26 {
					return nil, 0, fmt.Errorf("%w: short WAVE_FORMAT_EXTENSIBLE header", ErrUnsupported)
				}
				// The sub-format GUID starts with the plain format code.
				format = int(binary.LittleEndian.Uint16(body[24:26]))
			}
			haveFmt = true
		case "data":
			data, haveData = body, true
		}
		if haveFmt && haveData {
			break
		}
		p += 8 + size + size&1 // chunks are word aligned
	}
	if !haveFmt {
		return nil, 0, fmt.Errorf("%w: no fmt chunk", ErrNotWAV)
	}
	if channels < 1 || channels > 8 {
		return nil, 0, fmt.Errorf("%w: %d channels", ErrUnsupported, channels)
	}
	if rate < 4000 || rate > 192000 {
		return nil, 0, fmt.Errorf("%w: sample rate %d Hz", ErrUnsupported, rate)
	}
	var decode func([]byte) float64
	switch {
	case format == fmtPCM && bits == 8:
		decode = func(p []byte) float64 { return (float64(p[0]) - 128) / 128 }
	case format == fmtPCM && bits == 16:
		decode = func(p []byte) float64 { return float64(int16(binary.LittleEndian.Uint16(p))) / 32768 }
	case format == fmtPCM && bits == 24:
		decode = func(p []byte) float64 {
			v := int32(uint32(p[0])<<8|uint32(p[1])<<16|uint32(p[2])<<24) >> 8
			return float64(v) / (1 << 23)
		}
	case format == fmtPCM && bits == 32:
		decode = func(p []byte) float64 { return float64(int32(binary.LittleEndian.Uint32(p))) / (1 << 31) }
	case format == fmtFloat && bits == 32:
		decode = func(p []byte) float64 {
			return floatSample(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
		}
	case format == fmtFloat && bits == 64:
		decode = func(p []byte) float64 { return floatSample(math.Float64frombits(binary.LittleEndian.Uint64(p))) }
	default:
		return nil, 0, fmt.Errorf("%w: format code %d with %d bits per sample", ErrUnsupported, format, bits)
	}
	width := bits / 8
	if align < width*channels {
		align = width * channels
	}
	if !haveData || len(data) < align {
		return nil, 0, ErrNoAudio
	}
	n := len(data) / align
	samples = make([]float64, n)
	for i := range n {
		frame := data[i*align:]
		var sum float64
		for c := range channels {
			sum += decode(frame[c*width:])
		}
		samples[i] = sum / float64(channels)
	}
	return samples, rate, nil
}

// floatSample clips a float sample to [-1, 1], as a DAC would: float WAVs
// may exceed full scale, and NaN or Inf from a broken encoder become silence.
func floatSample(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return max(-1, min(1, v))
}

// EncodeWAV writes 16-bit mono PCM. It exists for tests and for the
// evaluation, which both need to hand audio to Analyze as bytes.
func EncodeWAV(samples []float64, rate int) []byte {
	n := len(samples)
	b := make([]byte, 44+2*n)
	copy(b[0:], "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], fmtPCM)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], uint32(rate))
	binary.LittleEndian.PutUint32(b[28:], uint32(rate*2))
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(2*n))
	for i, s := range samples {
		v := math.Round(s * 32767)
		v = math.Max(-32768, math.Min(32767, v))
		binary.LittleEndian.PutUint16(b[44+2*i:], uint16(int16(v)))
	}
	return b
}
