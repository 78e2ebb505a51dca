package exam

import (
	"encoding/binary"
	"testing"
)

func pcmWAV(samples, claimed int) []byte {
	b := make([]byte, 44+samples*2)
	copy(b[0:], "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+claimed*2))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], 16000)
	binary.LittleEndian.PutUint32(b[28:], 32000)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(claimed*2))
	return b
}

func TestCheckWAVRefusesTruncatedUploads(t *testing.T) {
	if d, err := CheckWAV(pcmWAV(16000, 16000), 10); err != nil || d.Seconds() != 1 {
		t.Fatalf("whole recording: %v %v", d, err)
	}
	if _, err := CheckWAV(pcmWAV(48, 16000), 10); err == nil {
		t.Fatal("a recording whose data chunk claims 1 s but holds 3 ms was accepted")
	}
}
