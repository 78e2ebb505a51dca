// Package readiness decides who the Houaphanh board may send to which
// programme, and why: versioned criteria per programme, one decision per
// candidate with its reasons, the 3-year intake plan, the readiness report
// of one candidate, a class view for instructors and the follow-up of
// graduates. It knows nothing of HTTP or SQL; the store and the web layer
// import it.
package readiness

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/scoring"
)

// Skills in exam order; the same codes the exam and scoring use.
var Skills = scoring.Skills

// Status is the outcome of one evaluation.
type Status string

const (
	Eligible    Status = "eligible"
	NotEligible Status = "not_eligible"
	// Untested: nothing in the profile rules the candidate out, but there is
	// no released exam result that still counts.
	Untested Status = "untested"
)

// Statuses in the order lists show them.
var Statuses = []Status{Eligible, NotEligible, Untested}

// ParseStatus accepts the three codes; "" means any.
func ParseStatus(s string) (Status, bool) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, true
		}
	}
	return "", s == ""
}

// Msg is an argument that is itself a message to translate (a skill name, a
// programme), so the web layer translates it before putting it in a sentence.
type Msg string

// Score is a 0–10 skill score or average; it prints with one decimal in the
// reader's number format ("3,5" in Lao and Vietnamese, "3.5" in English).
type Score float64

// Arg is one named value in a reason's sentence.
type Arg struct {
	Name  string
	Value any // string, int, Score, Msg or time.Time (a day)
}

// Reason is one line of a decision, as a translation key and its values,
// never as finished text: the board reads Lao, the school Vietnamese.
type Reason struct {
	Key  string
	Args []Arg
	// Near is set on a failed score threshold missed by 0.5 or less, or,
	// when the test's SEM is known, by at most one SEM.
	Near bool
	// ErrorBand is set when Near comes from the SEM: the cut lies within
	// the test's margin of error and a retest is advised.
	ErrorBand bool
	// Blocking is false for reasons that only inform (an expired exam on a
	// candidate already ruled out, say).
	Blocking bool
}

func reason(key string, blocking bool, args ...any) Reason {
	r := Reason{Key: "readiness.reason." + key, Blocking: blocking}
	for i := 0; i+1 < len(args); i += 2 {
		r.Args = append(r.Args, Arg{Name: args[i].(string), Value: args[i+1]})
	}
	return r
}

// SkillMsg is the translation key of a skill's name.
func SkillMsg(skill string) Msg { return Msg("readiness.skill." + skill) }

// FieldError is one invalid form field, by translation key.
type FieldError struct {
	Field string
	Key   string
	Args  []Arg
}

// FieldErrors is every problem of one form, so the page shows them all at
// once, each beside its field.
type FieldErrors []FieldError

func (fe FieldErrors) Error() string {
	parts := make([]string, len(fe))
	for i, e := range fe {
		parts[i] = e.Field + ": " + e.Key
	}
	return "invalid: " + strings.Join(parts, "; ")
}

// Has reports whether a field has an error.
func (fe FieldErrors) Has(field string) bool {
	for _, e := range fe {
		if e.Field == field {
			return true
		}
	}
	return false
}

func (fe *FieldErrors) add(field, key string, args ...any) {
	e := FieldError{Field: field, Key: "readiness.error." + key}
	for i := 0; i+1 < len(args); i += 2 {
		e.Args = append(e.Args, Arg{Name: args[i].(string), Value: args[i+1]})
	}
	*fe = append(*fe, e)
}

// fold makes free-text positions comparable: NFC, case and spaces folded,
// since boards type "Trưởng phòng" and "trưởng  Phòng" for the same post.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

// IntakeDay is the day a course of the given intake year starts, the day on
// which ages are counted. The Thanh Hoá school opens its Lao classes in
// early September (khoá 5 started on 5 September 2026).
func IntakeDay(year int) time.Time {
	return time.Date(year, time.September, 1, 0, 0, 0, 0, time.UTC)
}

// NextIntakes are the three intake years a plan looks at: the first whose
// course has not started yet by today, and the two after it.
func NextIntakes(today time.Time) []int {
	y := today.Year()
	if !today.Before(IntakeDay(y)) {
		y++
	}
	return []int{y, y + 1, y + 2}
}

// AgeAt is the age in whole years on a day.
func AgeAt(dob, day time.Time) int {
	age := day.Year() - dob.Year()
	if day.Month() < dob.Month() || day.Month() == dob.Month() && day.Day() < dob.Day() {
		age--
	}
	return age
}

// monthsBetween counts whole months from a to b.
func monthsBetween(a, b time.Time) int {
	m := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		m--
	}
	return m
}
