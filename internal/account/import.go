package account

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ImportRow is one validated line of a board's registration file.
type ImportRow struct {
	Line           int
	Username       string
	NameLo         string
	NameLatin      string
	DateOfBirth    string
	Gender         string
	Position       string
	Unit           string
	District       string
	Province       string
	PlanningStatus string
	Programme      string
	Cohort         string
	IntakeYear     *int
	// PlannedPosition is the post a cadre is planned for; optional.
	PlannedPosition string
}

// RowError says what is wrong and where, as FILE:ROW: field: message.
// Message is English (command line); Key and Args let pages word the same
// message in Lao or Vietnamese.
type RowError struct {
	File    string
	Row     int
	Field   string
	Message string
	Key     string
	Args    []any // name/value pairs for the message template
}

func (e RowError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Row, e.Field, e.Message)
}

// ImportColumns are the header names a registration CSV may carry (any order);
// username, intake_year, district, cohort and planned_position may be left
// out or empty. Without a username the account gets a generated one
// (province prefix and number, hp-0001).
var ImportColumns = []string{
	"username", "name_lo", "name_latin", "date_of_birth", "gender", "position",
	"unit", "district", "province", "planning_status", "programme", "cohort", "intake_year",
	"planned_position",
}

// MaxImportRows bounds a registration file: a file is validated whole before
// anything is stored, and a bigger one is more likely a mistake (or an
// attack on the server) than a province's intake.
const MaxImportRows = 5000

var requiredColumns = map[string]bool{
	"name_lo": true, "name_latin": true, "date_of_birth": true,
	"gender": true, "position": true, "unit": true, "province": true,
	"planning_status": true, "programme": true,
}

// Known lists the codes an import may refer to.
type Known struct {
	Provinces  map[string]bool
	Programmes map[string]bool
	// Headers maps other names of a column (Lao, Vietnamese, English
	// headers of the board's template and export, folded by FoldName) to its
	// code in ImportColumns, so the file the board downloads can be filled
	// in and sent back as it is (issue 17 points 17 and 18).
	Headers map[string]string
	// Values maps, per column code, the translated values a cell may hold
	// (folded: "ຊາຍ", "Nam", "Male") to the stored code ("male").
	Values map[string]map[string]string
	// DefaultProvince fills an empty or missing province column: a board
	// imports into its own province only, and its export has no province.
	DefaultProvince string
}

// FoldName is how headers and translated values are compared: trimmed,
// NFC, lower case, inner spaces collapsed.
func FoldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(strings.TrimPrefix(s, "\ufeff"))), " "))
}

// value turns a translated cell into its code; unknown text is returned as
// it is, for the validation to word the problem.
func (k Known) value(column, v string) string {
	if code, ok := k.Values[column][FoldName(v)]; ok {
		return code
	}
	return v
}

// ParseImport reads a registration CSV and returns every valid row, or every
// problem found. It never stops at the first bad row: the board fixes a file
// once, not once per error.
//
// maxRows caps the candidates (0 means MaxImportRows); past it, reading stops
// with one error, so a huge file costs no more than the cap.
func ParseImport(file string, r io.Reader, known Known, now time.Time, maxRows int) ([]ImportRow, []RowError) {
	if maxRows <= 0 {
		maxRows = MaxImportRows
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, []RowError{{file, 1, "header", "file is empty", "import.file_empty", nil}}
		}
		return nil, []RowError{{file, 1, "header", err.Error(), "import.csv", []any{"Detail", err.Error()}}}
	}
	col := map[string]int{}
	var errs []RowError
	for i, h := range header {
		h = FoldName(h)
		if code, ok := known.Headers[h]; ok {
			h = code
		}
		if h == "" {
			continue // unnamed columns, as spreadsheets leave at the end, are not data
		}
		if _, dup := col[h]; dup {
			errs = append(errs, RowError{file, 1, h, "column appears twice", "import.column_twice", nil})
		}
		col[h] = i
	}
	for _, c := range ImportColumns {
		if _, ok := col[c]; !ok && requiredColumns[c] && !(c == "province" && known.DefaultProvince != "") {
			errs = append(errs, RowError{file, 1, c, "required column is missing", "import.column_missing", nil})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}

	var rows []ImportRow
	seen := map[string]int{}
	data := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				errs = append(errs, RowError{file, pe.Line, "csv", pe.Err.Error(), "import.csv", []any{"Detail", pe.Err.Error()}})
				continue
			}
			errs = append(errs, RowError{file, len(rows) + len(errs) + 2, "csv", err.Error(), "import.csv", []any{"Detail", err.Error()}})
			break
		}
		line, _ := cr.FieldPos(0) // only after a good Read: it panics on a record that failed
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if data++; data > maxRows {
			return nil, []RowError{{file, line, "rows", fmt.Sprintf("more than %d candidates: split the file", maxRows),
				"acct.import.too_many_rows", []any{"Max", maxRows}}}
		}
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(rec) {
				return ""
			}
			return norm.NFC.String(strings.TrimSpace(rec[i]))
		}
		row := ImportRow{
			Line: line, Username: get("username"), NameLo: get("name_lo"), NameLatin: get("name_latin"),
			DateOfBirth: get("date_of_birth"), Gender: strings.ToLower(known.value("gender", get("gender"))),
			Position: known.value("position", get("position")), Unit: known.value("unit", get("unit")),
			District: known.value("district", get("district")),
			Province: strings.ToLower(known.value("province", get("province"))), PlanningStatus: strings.ToLower(known.value("planning_status", get("planning_status"))),
			Programme: strings.ToLower(known.value("programme", get("programme"))), Cohort: get("cohort"),
			PlannedPosition: known.value("planned_position", strings.Join(strings.Fields(get("planned_position")), " ")),
		}
		if row.Province == "" {
			row.Province = known.DefaultProvince
		}
		bad := func(field, key, msg string, args ...any) {
			errs = append(errs, RowError{file, line, field, msg, key, args})
		}
		n := len(errs)
		// Excel's "CSV" on a Vietnamese or Lao Windows is a legacy code page,
		// not UTF-8: refuse it rather than store broken names.
		for _, name := range ImportColumns {
			if i, ok := col[name]; ok && i < len(rec) && !utf8.ValidString(rec[i]) {
				bad(name, "import.not_utf8", "is not UTF-8 text: save the file as \"CSV UTF-8\"")
			}
		}

		if row.Username == "" {
			// generated when stored
		} else if err := ValidUsername(row.Username); err != nil {
			key := "import.username_chars"
			if n := len(row.Username); n < 3 || n > 40 {
				key = "import.username_length"
			}
			bad("username", key, strings.TrimPrefix(err.Error(), "username: "))
		} else if prev, dup := seen[strings.ToLower(row.Username)]; dup {
			bad("username", "import.username_dup", fmt.Sprintf("same as row %d", prev), "Row", prev)
		} else {
			seen[strings.ToLower(row.Username)] = line
		}
		switch {
		case row.NameLo == "":
			bad("name_lo", "import.empty", "is empty")
		case !hasLao(row.NameLo):
			bad("name_lo", "import.not_lao", "must be written in Lao script")
		}
		switch {
		case row.NameLatin == "":
			bad("name_latin", "import.empty", "is empty")
		case hasLao(row.NameLatin):
			bad("name_latin", "import.not_latin", "must be written in Latin letters")
		}
		if dob, err := time.Parse("2006-01-02", row.DateOfBirth); err != nil {
			bad("date_of_birth", "import.bad_date", fmt.Sprintf("%q is not a date as YYYY-MM-DD", row.DateOfBirth), "Value", row.DateOfBirth)
		} else if age := AgeAt(dob, now); age < 16 || age > 80 {
			bad("date_of_birth", "import.age_range", fmt.Sprintf("gives age %d, outside 16–80", age), "Age", age)
		}
		switch row.Gender {
		case "male", "m":
			row.Gender = "male"
		case "female", "f":
			row.Gender = "female"
		default:
			bad("gender", "import.bad_gender", fmt.Sprintf("%q must be male or female", row.Gender), "Value", row.Gender)
		}
		if row.Position == "" {
			bad("position", "import.empty", "is empty")
		}
		if row.Unit == "" {
			bad("unit", "import.empty", "is empty")
		}
		if !known.Provinces[row.Province] {
			bad("province", "import.bad_province", fmt.Sprintf("%q is not a known province code", row.Province), "Value", row.Province)
		}
		switch row.PlanningStatus {
		case "planned", "none":
		default:
			bad("planning_status", "import.bad_planning", fmt.Sprintf("%q must be planned or none", row.PlanningStatus), "Value", row.PlanningStatus)
		}
		if !known.Programmes[row.Programme] {
			bad("programme", "import.bad_programme", fmt.Sprintf("%q is not a known programme code", row.Programme), "Value", row.Programme)
		}
		if y := get("intake_year"); y != "" {
			n, err := strconv.Atoi(y)
			if err != nil || n < 2000 || n > 2100 {
				bad("intake_year", "import.bad_year", fmt.Sprintf("%q is not a year", y), "Value", y)
			} else {
				row.IntakeYear = &n
			}
		}
		if len(errs) == n {
			rows = append(rows, row)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(rows) == 0 {
		return nil, []RowError{{file, 2, "rows", "file has a header but no candidates", "import.no_rows", nil}}
	}
	return rows, nil
}

// AgeAt is the age in whole years on a day.
func AgeAt(dob, day time.Time) int {
	age := day.Year() - dob.Year()
	if day.Month() < dob.Month() || day.Month() == dob.Month() && day.Day() < dob.Day() {
		age--
	}
	return age
}

func hasLao(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Lao, r) {
			return true
		}
	}
	return false
}

// RequiredColumn says whether a registration file must carry the column.
func RequiredColumn(code string) bool { return requiredColumns[code] }
