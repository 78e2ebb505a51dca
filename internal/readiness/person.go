package readiness

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Person is a candidate's record as the board keeps it.
type Person struct {
	ID              int64
	UserID          *int64
	Username        string
	NameLo          string
	NameLatin       string
	DateOfBirth     string // YYYY-MM-DD
	Gender          string // male, female
	Position        string
	Unit            string
	District        string
	PlanningStatus  string // planned, none
	PlannedPosition string // the post the cadre is planned for
	ProgrammeID     int64  // 0: none applied for yet
	IntakeYear      int    // 0: not planned for a year yet
	Cohort          string
}

// Profile is the part of the record the criteria read.
func (p Person) Profile() Profile {
	dob, _ := time.Parse("2006-01-02", p.DateOfBirth)
	return Profile{DateOfBirth: dob, PlanningStatus: p.PlanningStatus, Position: p.Position}
}

// Normalize trims and composes text the way imports do, so an edited record
// and an imported one compare equal.
func (p *Person) Normalize() {
	for _, s := range []*string{&p.NameLo, &p.NameLatin, &p.DateOfBirth, &p.Position, &p.Unit,
		&p.District, &p.PlannedPosition} {
		*s = strings.Join(strings.Fields(norm.NFC.String(*s)), " ")
	}
	p.Gender = strings.ToLower(strings.TrimSpace(p.Gender))
	p.PlanningStatus = strings.ToLower(strings.TrimSpace(p.PlanningStatus))
}

// Validate checks an edited record with the same rules as a registration
// file (account.ParseImport), field by field.
func (p Person) Validate(today time.Time, programmes map[int64]bool) error {
	var fe FieldErrors
	switch {
	case p.NameLo == "":
		fe.add("name_lo", "required")
	case !hasLao(p.NameLo):
		fe.add("name_lo", "lao_script")
	}
	switch {
	case p.NameLatin == "":
		fe.add("name_latin", "required")
	case hasLao(p.NameLatin):
		fe.add("name_latin", "latin_script")
	}
	if dob, err := time.Parse("2006-01-02", p.DateOfBirth); err != nil {
		fe.add("date_of_birth", "date")
	} else if age := AgeAt(dob, today); age < 16 || age > 80 {
		fe.add("date_of_birth", "age_16_80", "Age", age)
	}
	if p.Gender != "male" && p.Gender != "female" {
		fe.add("gender", "choose")
	}
	if p.Position == "" {
		fe.add("position", "required")
	}
	if p.Unit == "" {
		fe.add("unit", "required")
	}
	if p.PlanningStatus != "planned" && p.PlanningStatus != "none" {
		fe.add("planning_status", "choose")
	}
	if p.ProgrammeID != 0 && !programmes[p.ProgrammeID] {
		fe.add("programme", "choose")
	}
	if p.IntakeYear != 0 && (p.IntakeYear < 2000 || p.IntakeYear > 2100) {
		fe.add("intake_year", "year")
	}
	for field, v := range map[string]string{"name_lo": p.NameLo, "name_latin": p.NameLatin, "position": p.Position,
		"unit": p.Unit, "district": p.District, "planned_position": p.PlannedPosition} {
		if len([]rune(v)) > 200 && !fe.Has(field) {
			fe.add(field, "too_long")
		}
	}
	if len(fe) > 0 {
		return fe
	}
	return nil
}

// ParseYear reads an optional year field: "" is 0.
func ParseYear(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// Change is one field an edit changed, for the audit log.
type Change struct {
	Field         string
	Before, After string
}

// Diff lists the fields that differ between two versions of a record, in
// form order.
func Diff(before, after Person) []Change {
	pairs := []struct {
		field string
		b, a  string
	}{
		{"name_lo", before.NameLo, after.NameLo},
		{"name_latin", before.NameLatin, after.NameLatin},
		{"date_of_birth", before.DateOfBirth, after.DateOfBirth},
		{"gender", before.Gender, after.Gender},
		{"position", before.Position, after.Position},
		{"unit", before.Unit, after.Unit},
		{"district", before.District, after.District},
		{"planning_status", before.PlanningStatus, after.PlanningStatus},
		{"planned_position", before.PlannedPosition, after.PlannedPosition},
		{"programme_id", itoa64(before.ProgrammeID), itoa64(after.ProgrammeID)},
		{"intake_year", itoa64(int64(before.IntakeYear)), itoa64(int64(after.IntakeYear))},
	}
	var cs []Change
	for _, p := range pairs {
		if p.b != p.a {
			cs = append(cs, Change{Field: p.field, Before: p.b, After: p.a})
		}
	}
	return cs
}

func itoa64(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

func hasLao(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Lao, r) {
			return true
		}
	}
	return false
}
