// Package account holds the people of hocviet: user accounts with their roles,
// and the candidate profiles the board registers.
package account

import (
	"strings"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/apperr"
)

// Role decides which pages a user may open.
type Role string

const (
	RoleCandidate  Role = "candidate"
	RoleInstructor Role = "instructor"
	RoleBoard      Role = "board"
	RoleAdmin      Role = "admin"
)

// Roles lists every role, in the order pages show them.
var Roles = []Role{RoleCandidate, RoleInstructor, RoleBoard, RoleAdmin}

// ParseRole accepts exactly the role names above.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", &apperr.Error{Code: apperr.Invalid, Field: "role",
		Message: "must be one of candidate, instructor, board, admin"}
}

// Home is the page each role lands on after login.
func (r Role) Home() string { return "/" + string(r) }

// User is an account. ProvinceID is set for board officers (required) and
// for candidates (their home province).
type User struct {
	ID           int64  `db:"id"`
	Username     string `db:"username"`
	PasswordHash string `db:"password_hash"`
	Role         Role   `db:"role"`
	ProvinceID   *int64 `db:"province_id"`
	DisplayName  string `db:"display_name"`
	Lang         string `db:"lang"`
	IMEMode      string `db:"ime_mode"`
	Disabled     bool   `db:"disabled"`
	CreatedAt    string `db:"created_at"`
}

// Province is a Lao province; board accounts are bound to one.
type Province struct {
	ID     int64  `db:"id"`
	Code   string `db:"code"`
	NameLo string `db:"name_lo"`
	NameVi string `db:"name_vi"`
	NameEn string `db:"name_en"`
}

// Name picks the province name in a page language.
func (p Province) Name(lang string) string {
	switch lang {
	case "lo":
		return p.NameLo
	case "en":
		return p.NameEn
	}
	return p.NameVi
}

// Programme is a course candidates can be sent to.
type Programme struct {
	ID             int64  `db:"id"`
	Code           string `db:"code"`
	NameLo         string `db:"name_lo"`
	NameVi         string `db:"name_vi"`
	NameEn         string `db:"name_en"`
	DurationMonths int    `db:"duration_months"`
}

// Name picks the programme name in a page language.
func (p Programme) Name(lang string) string {
	switch lang {
	case "lo":
		return p.NameLo
	case "en":
		return p.NameEn
	}
	return p.NameVi
}

// MinPasswordLen is short enough for cadres typing on shared computers and
// long enough that the login throttle makes guessing hopeless.
const MinPasswordLen = 8

// HashPassword hashes with bcrypt (x/crypto): salted, slow, and a format every
// admin tool understands.
func HashPassword(pw string) (string, error) { return HashPasswordCost(pw, 0) }

// HashPasswordCost is HashPassword at bcrypt work factor cost (0: bcrypt's
// default, 10). The cost is stored in the hash, so every later login pays
// it: tests hash at bcrypt.MinCost (4), 64 times less work than 10.
func HashPasswordCost(pw string, cost int) (string, error) {
	if len([]rune(pw)) < MinPasswordLen {
		return "", &apperr.Error{Code: apperr.Invalid, Field: "password", Key: "error.password_short",
			Message: "must be at least 8 characters"}
	}
	if len(pw) > 72 {
		return "", &apperr.Error{Code: apperr.Invalid, Field: "password", Key: "error.password_long",
			Message: "must be at most 72 bytes"}
	}
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), cost)
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// CheckPassword reports whether pw matches the stored hash.
func CheckPassword(hash, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil
}

// ValidUsername allows the characters an admin can read out over the phone.
func ValidUsername(u string) error {
	if len(u) < 3 || len(u) > 40 {
		return &apperr.Error{Code: apperr.Invalid, Field: "username", Message: "must be 3 to 40 characters"}
	}
	for _, c := range u {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("._-", c)
		if !ok {
			return &apperr.Error{Code: apperr.Invalid, Field: "username",
				Message: "may contain only letters a-z, digits, '.', '_' and '-'"}
		}
	}
	return nil
}
