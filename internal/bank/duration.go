package bank

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// AudioSeconds measures a media file of the banks from its own bytes: the
// form rules count minutes of listening, and a duration written in the
// YAML could disagree with the recording. Ogg (Vorbis or Opus) and WAV
// are read; MP3 has no length in its header and is not measured.
func (b *Bank) AudioSeconds(key string) (float64, error) {
	if d, ok := b.durations[key]; ok {
		return d, nil
	}
	m, ok := b.Media[key]
	if !ok {
		return 0, fmt.Errorf("audio %s: no such file", key)
	}
	data, err := os.ReadFile(m.Path)
	if err != nil {
		return 0, fmt.Errorf("audio %s: %s", key, plainErr(err))
	}
	d, err := AudioDuration(data)
	if err != nil {
		return 0, fmt.Errorf("audio %s: %w", key, err)
	}
	if b.durations == nil {
		b.durations = map[string]float64{}
	}
	b.durations[key] = d
	return d, nil
}

// AudioDuration returns the length in seconds of an Ogg Vorbis, Ogg Opus
// or WAV file.
func AudioDuration(data []byte) (float64, error) {
	switch {
	case bytes.HasPrefix(data, []byte("OggS")):
		return oggDuration(data)
	case len(data) >= 12 && bytes.HasPrefix(data, []byte("RIFF")) && string(data[8:12]) == "WAVE":
		return wavDuration(data)
	}
	return 0, errors.New("cannot measure the duration: not Ogg Vorbis, Ogg Opus or WAV")
}

// oggDuration reads the codec's sample rate from the first page and the
// granule position (samples played) of the stream's last page.
func oggDuration(data []byte) (float64, error) {
	var (
		serial      uint32
		rate        float64
		preSkip     float64
		granule     int64
		first, opus = true, false
	)
	for off := 0; off+27 <= len(data); {
		if !bytes.Equal(data[off:off+4], []byte("OggS")) {
			return 0, fmt.Errorf("Ogg page expected at byte %d", off)
		}
		h := data[off:]
		nseg := int(h[26])
		if 27+nseg > len(h) {
			return 0, fmt.Errorf("Ogg page at byte %d is cut short", off)
		}
		size := 27 + nseg
		body := 0
		for _, s := range h[27 : 27+nseg] {
			body += int(s)
		}
		if size+body > len(h) {
			return 0, fmt.Errorf("Ogg page at byte %d is cut short", off)
		}
		pageSerial := binary.LittleEndian.Uint32(h[14:18])
		g := int64(binary.LittleEndian.Uint64(h[6:14]))
		if first {
			serial = pageSerial
			p := h[size : size+body]
			switch {
			case len(p) >= 16 && bytes.HasPrefix(p, []byte("\x01vorbis")):
				rate = float64(binary.LittleEndian.Uint32(p[12:16]))
			case len(p) >= 12 && bytes.HasPrefix(p, []byte("OpusHead")):
				opus = true
				rate = 48000 // Opus granules count 48 kHz samples whatever the input rate
				preSkip = float64(binary.LittleEndian.Uint16(p[10:12]))
			default:
				return 0, errors.New("Ogg stream is neither Vorbis nor Opus")
			}
			first = false
		} else if pageSerial == serial && g >= 0 {
			granule = g
		}
		off += size + body
	}
	if rate <= 0 {
		return 0, errors.New("no sample rate in the Ogg header")
	}
	samples := float64(granule)
	if opus {
		samples -= preSkip
	}
	return max(samples, 0) / rate, nil
}

// wavDuration counts the data chunk's frames: the byte rate in the header
// is not trusted (a wrong one would make a clip hours long).
func wavDuration(data []byte) (float64, error) {
	var blockAlign, rate uint32
	for off := 12; off+8 <= len(data); {
		id := string(data[off : off+4])
		size := int(binary.LittleEndian.Uint32(data[off+4 : off+8]))
		body := data[off+8:]
		switch id {
		case "fmt ":
			if size < 16 || len(body) < 16 {
				return 0, errors.New("WAV fmt chunk too short")
			}
			rate = binary.LittleEndian.Uint32(body[4:8])
			blockAlign = uint32(binary.LittleEndian.Uint16(body[12:14]))
		case "data":
			if rate == 0 || blockAlign == 0 {
				return 0, errors.New("WAV data before a valid fmt chunk")
			}
			n := min(size, len(body))
			return float64(n/int(blockAlign)) / float64(rate), nil
		}
		if size < 0 || size > len(body) {
			break
		}
		off += 8 + size + size%2
	}
	return 0, errors.New("WAV file has no data chunk")
}
