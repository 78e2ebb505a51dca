package exam

import (
	"encoding/binary"
	"fmt"
	"time"

	"hocviet/internal/apperr"
)

// Recordings are 16 kHz mono 16-bit PCM WAV: what tone analysis reads, and
// what any server can store and play back without a codec.
const (
	WAVRate     = 16000
	WAVChannels = 1
	WAVBits     = 16
	// MaxRecordingBytes bounds one upload whatever the item says: ten
	// minutes of speech at 32 kB/s, and a little over.
	MaxRecordingBytes = 20 << 20
)

// RecordingLimit is the largest upload an item of maxSeconds can need, with
// two seconds of slack for a recorder that stops a little late.
func RecordingLimit(maxSeconds int) int {
	if maxSeconds <= 0 {
		maxSeconds = 120
	}
	n := 44 + (maxSeconds+2)*WAVRate*WAVChannels*WAVBits/8
	return min(n, MaxRecordingBytes)
}

// CheckWAV checks a recording's header and returns its length. It refuses
// anything that is not RIFF/WAVE PCM at 16 kHz, mono, 16-bit, and a length
// beyond maxSeconds (plus slack).
func CheckWAV(data []byte, maxSeconds int) (time.Duration, error) {
	bad := func(format string, args ...any) error {
		return &apperr.Error{Code: apperr.Invalid, Key: "exam.err.recording_format", Message: "recording: " + fmt.Sprintf(format, args...)}
	}
	if len(data) > RecordingLimit(maxSeconds) {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "exam.err.recording_long",
			Message: fmt.Sprintf("recording: %d bytes is longer than %d seconds allow", len(data), maxSeconds)}
	}
	if len(data) < 12 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		return 0, bad("not a RIFF/WAVE file")
	}
	var fmtSeen bool
	for off := 12; off+8 <= len(data); {
		id := string(data[off : off+4])
		size := int(binary.LittleEndian.Uint32(data[off+4 : off+8]))
		body := off + 8
		switch id {
		case "fmt ":
			if size < 16 || body+16 > len(data) {
				return 0, bad("short fmt chunk")
			}
			f := data[body:]
			format := binary.LittleEndian.Uint16(f[0:2])
			channels := binary.LittleEndian.Uint16(f[2:4])
			rate := binary.LittleEndian.Uint32(f[4:8])
			bits := binary.LittleEndian.Uint16(f[14:16])
			if format != 1 || channels != WAVChannels || rate != WAVRate || bits != WAVBits {
				return 0, bad("format %d, %d channels, %d Hz, %d bits; want PCM mono 16000 Hz 16-bit", format, channels, rate, bits)
			}
			fmtSeen = true
		case "data":
			if !fmtSeen {
				return 0, bad("data before fmt")
			}
			// A body shorter than its header says is an upload cut off on
			// the way: refusing it keeps the take it would replace.
			if size > len(data)-body {
				return 0, bad("truncated: the data chunk says %d bytes, %d arrived", size, len(data)-body)
			}
			if size <= 0 {
				return 0, bad("no samples")
			}
			return time.Duration(size/2) * time.Second / WAVRate, nil
		}
		off = body + size + size%2
	}
	return 0, bad("no data chunk")
}
