package account

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseImport: a registration file is whatever the board's office
// saved. ParseImport never panics, gives rows or problems (not both, not
// neither), names a line and a field for each problem, returns rows whose
// fields passed the checks, and gives the same answer twice.
func FuzzParseImport(f *testing.F) {
	good := "k6-01,ສົມພອນ ພົມມະວົງ,Somphone Phommavong,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,Lớp Lào khoá 6,2027\n"
	for _, s := range []string{
		"", header, header + good,
		"\ufeff" + header + good + good,
		header + "k6-02,ວິໄລ,Vilay,1990-12-31,F,,,,Houaphanh,none,TCLLCT,,\n",
		header + "\"k6-03\",\"a,b\",\"c\"\"d\",1980-01-01,male,,,,houaphanh,planned,tcllct,,\n",
		header + "ab!c,Somphone,ສົມພອນ,1985-13-02,x,,,,vientiane,maybe,phd,,20x7\n",
		header + "k6-04,a,b,2030-01-01,male,,,,houaphanh,planned,tcllct,,1800\n",
		"username,name_lo\nx,y\n", "username,username\n", "\"unterminated\n",
		header + strings.Repeat(",", 40) + "\n" + good,
		header + "k6-05,\x00,\xff\xfe,1985-03-02,male,,,,houaphanh,planned,tcllct,,\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rows, errs := ParseImport("f.csv", strings.NewReader(s), known, day, 0)
		again, errs2 := ParseImport("f.csv", strings.NewReader(s), known, day, 0)
		if !reflect.DeepEqual(rows, again) || !reflect.DeepEqual(errs, errs2) {
			t.Fatal("two reads of the same file differ")
		}
		if (len(rows) == 0) == (len(errs) == 0) {
			t.Fatalf("%d rows and %d problems", len(rows), len(errs))
		}
		for _, e := range errs {
			if e.Row < 1 || e.Field == "" || e.Message == "" || e.File != "f.csv" {
				t.Fatalf("problem without a place or a reason: %+v", e)
			}
		}
		names := map[string]bool{}
		for _, r := range rows {
			if r.Line < 2 || r.Username == "" || names[strings.ToLower(r.Username)] {
				t.Fatalf("row %+v: bad line, empty or repeated username", r)
			}
			names[strings.ToLower(r.Username)] = true
			if r.Gender != "male" && r.Gender != "female" {
				t.Fatalf("row %d: gender %q", r.Line, r.Gender)
			}
			if !known.Provinces[r.Province] || !known.Programmes[r.Programme] {
				t.Fatalf("row %d: unknown province %q or programme %q", r.Line, r.Province, r.Programme)
			}
			if r.PlanningStatus != "planned" && r.PlanningStatus != "none" {
				t.Fatalf("row %d: planning status %q", r.Line, r.PlanningStatus)
			}
			for _, v := range []string{r.Username, r.NameLo, r.NameLatin, r.Position, r.Unit, r.District, r.Cohort} {
				if !utf8.ValidString(v) {
					t.Fatalf("row %d: invalid UTF-8 %q accepted", r.Line, v)
				}
			}
		}
	})
}

// Found by FuzzParseImport: a header with unnamed columns (a spreadsheet's
// trailing commas) refused the whole file as "f.csv:1: : column appears
// twice". Unnamed columns are now skipped.
func TestParseImportSkipsUnnamedColumns(t *testing.T) {
	csv := strings.TrimSuffix(header, "\n") + ",,\n" +
		"k6-01,ສົມພອນ ພົມມະວົງ,Somphone Phommavong,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,Lớp Lào khoá 6,2027,,\n"
	rows, errs := ParseImport("reg.csv", strings.NewReader(csv), known, day, 0)
	if len(errs) > 0 || len(rows) != 1 {
		t.Fatalf("got %d rows, problems %v; want the one row", len(rows), errs)
	}
}

// Found by FuzzParseImport: a file saved in a legacy code page (Excel's
// "CSV" on a Vietnamese Windows is Windows-1258) was taken as is, and the
// positions and units landed in the database as invalid UTF-8. It is now
// refused with a reason.
func TestParseImportRefusesNonUTF8(t *testing.T) {
	csv := header +
		"k6-01,ສົມພອນ,Somphone Phommavong,1985-03-02,male,Tr\xfd\xf5\xd2ng ph\xf2ng,S\xf5\xd2 Y t\xea\xec,Xam Neua,houaphanh,planned,tcllct,,2027\n"
	rows, errs := ParseImport("reg.csv", strings.NewReader(csv), known, day, 0)
	if len(rows) != 0 || len(errs) == 0 {
		t.Fatalf("a Windows-1258 file gave %d rows %+v and no problem; want it refused", len(rows), rows)
	}
}
