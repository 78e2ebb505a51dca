package account

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

var known = Known{
	Provinces:  map[string]bool{"houaphanh": true},
	Programmes: map[string]bool{"tcllct": true},
}

var day = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

const header = "username,name_lo,name_latin,date_of_birth,gender,position,unit,district,province,planning_status,programme,cohort,intake_year\n"

func TestParseImportGood(t *testing.T) {
	csv := header +
		"k6-01,ສົມພອນ ພົມມະວົງ,Somphone Phommavong,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,Lớp Lào khoá 6,2027\n" +
		"k6-02,ວິໄລ ສີສຸລິດ,Vilay Sisoulith,1990-12-31,F,Chuyên viên,Sở Tài chính,,Houaphanh,none,TCLLCT,,\n"
	rows, errs := ParseImport("reg.csv", strings.NewReader(csv), known, day, 0)
	if len(errs) > 0 {
		t.Fatalf("unexpected errors: %v", errs)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want 2", len(rows))
	}
	if got, want := rows[1].Gender, "female"; got != want {
		t.Errorf("gender: got %q, want %q", got, want)
	}
	if got, want := rows[1].Province, "houaphanh"; got != want {
		t.Errorf("province: got %q, want %q", got, want)
	}
	if rows[0].IntakeYear == nil || *rows[0].IntakeYear != 2027 {
		t.Errorf("intake year: got %v, want 2027", rows[0].IntakeYear)
	}
	if rows[1].IntakeYear != nil {
		t.Errorf("empty intake year should stay nil")
	}
	if rows[0].Line != 2 || rows[1].Line != 3 {
		t.Errorf("lines: got %d, %d; want 2, 3", rows[0].Line, rows[1].Line)
	}
}

func TestParseImportReportsEveryBadRow(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		want []string
	}{
		{"missing column", "username,name_lo\nx,y\n", []string{
			"f.csv:1: name_latin: required column is missing",
			"f.csv:1: date_of_birth: required column is missing",
		}},
		{"empty file", "", []string{"f.csv:1: header: file is empty"}},
		{"header only", header, []string{"f.csv:2: rows: file has a header but no candidates"}},
		{"every field wrong", header +
			"ab!c,Somphone,ສົມພອນ,1985-13-02,x,,,,vientiane,maybe,phd,,20x7\n", []string{
			"f.csv:2: username: may contain only letters a-z, digits, '.', '_' and '-'",
			"f.csv:2: name_lo: must be written in Lao script",
			"f.csv:2: name_latin: must be written in Latin letters",
			`f.csv:2: date_of_birth: "1985-13-02" is not a date as YYYY-MM-DD`,
			`f.csv:2: gender: "x" must be male or female`,
			"f.csv:2: position: is empty",
			"f.csv:2: unit: is empty",
			`f.csv:2: province: "vientiane" is not a known province code`,
			`f.csv:2: planning_status: "maybe" must be planned or none`,
			`f.csv:2: programme: "phd" is not a known programme code`,
			`f.csv:2: intake_year: "20x7" is not a year`,
		}},
		{"two bad rows and a duplicate", header +
			"k6-01,ສົມພອນ,Somphone,1985-03-02,male,P,U,,houaphanh,planned,tcllct,,\n" +
			"k6-01,ວິໄລ,Vilay,2015-01-01,female,P,U,,houaphanh,planned,tcllct,,\n" +
			"k6-03,,Bounmy,1980-01-01,male,P,U,,houaphanh,planned,tcllct,,\n", []string{
			"f.csv:3: username: same as row 2",
			"f.csv:3: date_of_birth: gives age 11, outside 16–80",
			"f.csv:4: name_lo: is empty",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, errs := ParseImport("f.csv", strings.NewReader(tt.csv), known, day, 0)
			if rows != nil {
				t.Errorf("got %d rows with errors; import must be all or nothing", len(rows))
			}
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
				// Pages word the message from its key (web/i18n/account.*.json).
				if !strings.HasPrefix(e.Key, "import.") {
					t.Errorf("%s: no translation key", e.Error())
				}
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing error %q\ngot:\n%s", w, strings.Join(got, "\n"))
				}
			}
			if len(got) != len(tt.want) && tt.name != "missing column" {
				t.Errorf("got %d errors, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
		})
	}
}

func TestAgeAt(t *testing.T) {
	dob := time.Date(1966, 11, 26, 0, 0, 0, 0, time.UTC)
	if got := AgeAt(dob, day); got != 59 {
		t.Errorf("day before birthday: got %d, want 59", got)
	}
	if got := AgeAt(dob, day.AddDate(0, 0, 1)); got != 60 {
		t.Errorf("on birthday: got %d, want 60", got)
	}
}

func TestPasswords(t *testing.T) {
	if _, err := HashPassword("short"); err == nil {
		t.Fatal("short password accepted")
	}
	if _, err := HashPasswordCost("short", bcrypt.MinCost); err == nil {
		t.Fatal("short password accepted at a low cost")
	}
	// The default cost stays bcrypt's 10 (one hash: under -race on a busy
	// machine each evaluation at 10 takes seconds); a chosen cost is the
	// one stored, and the check reads it from the hash.
	h, err := HashPassword("long enough pw")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := bcrypt.Cost([]byte(h)); err != nil || got != bcrypt.DefaultCost {
		t.Errorf("default: hash at cost %d (%v), want %d", got, err, bcrypt.DefaultCost)
	}
	for _, cost := range []int{bcrypt.MinCost, 5} {
		h, err := HashPasswordCost("long enough pw", cost)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := bcrypt.Cost([]byte(h)); err != nil || got != cost {
			t.Errorf("cost %d: hash at %d (%v)", cost, got, err)
		}
		if !CheckPassword(h, "long enough pw") || CheckPassword(h, "long enough pX") {
			t.Fatalf("cost %d: password check wrong", cost)
		}
	}
}
