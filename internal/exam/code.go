package exam

import (
	"crypto/rand"
	"encoding/binary"
)

// codeAlphabet leaves out 0/O, 1/I/L and U/V, which raters copying a code
// by hand would mix up.
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"

// NewCode makes an anonymous candidate code such as "K7QD-3MX9": what
// graders see instead of a name. Random, so it says nothing of the order
// candidates started in.
func NewCode() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	out := make([]byte, 0, 9)
	for i, x := range b {
		if i == 4 {
			out = append(out, '-')
		}
		out = append(out, codeAlphabet[int(x)%len(codeAlphabet)])
	}
	return string(out)
}

// NewSeed draws a seed for a form.
func NewSeed() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:])
}

// AccessCodeLen is the length of a generated access code: 29^6 ≈ 6×10^8
// codes, against a handful of tries per candidate (issue 15 point 4).
const AccessCodeLen = 6

// NewAccessCode makes a session's access code from the unambiguous
// alphabet, for the invigilator to write on the board.
func NewAccessCode() string {
	out := make([]byte, 0, AccessCodeLen)
	var b [1]byte
	for len(out) < AccessCodeLen {
		_, _ = rand.Read(b[:])
		// Drawing again above the last whole multiple keeps every
		// character equally likely.
		if int(b[0]) >= 256-256%len(codeAlphabet) {
			continue
		}
		out = append(out, codeAlphabet[int(b[0])%len(codeAlphabet)])
	}
	return string(out)
}
