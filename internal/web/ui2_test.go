package web_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// ui2CSV reads an export or template answered as CSV.
func ui2CSV(t *testing.T, r resp) [][]string {
	t.Helper()
	if r.status != http.StatusOK || !strings.HasPrefix(r.body, "\ufeff") {
		t.Fatalf("csv: %d %q", r.status, r.body[:min(len(r.body), 200)])
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.body, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func ui2CSVText(recs [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	return b.Bytes()
}

// Issue 17.17: the templates carry headers in the page language and an
// example row, and the page takes them back as they are.
func TestUI2ImportTemplates(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	page := c.get("/board/import?lang=lo")
	for _, want := range []string{`id="import-template-xlsx"`, `id="import-columns"`, "ຊື່ເຂົ້າລະບົບ. ປະໄວ້ຫວ່າງໄດ້", "<code>date_of_birth</code>"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("import page lacks %q", want)
		}
	}
	tok := rdToken(t, c, "/board/import")
	before := len(e.houaphanhPeople(t))
	imported := 0
	cases := []struct {
		lang, format, header0, gender string
	}{
		{"lo", "csv", "ຊື່ຜູ້ໃຊ້", "ຊາຍ"},
		{"lo", "xlsx", "ຊື່ຜູ້ໃຊ້", "ຊາຍ"},
		{"vi", "csv", "", "Nam"},
		{"en", "xlsx", "", "Male"},
	}
	for _, tc := range cases {
		r := c.get("/board/import/template?format=" + tc.format + "&lang=" + tc.lang)
		var recs [][]string
		var data []byte
		if tc.format == "csv" {
			recs = ui2CSV(t, r)
			data = []byte(r.body)
		} else {
			if r.status != http.StatusOK {
				t.Fatalf("%s xlsx: %d", tc.lang, r.status)
			}
			f, err := excelize.OpenReader(strings.NewReader(r.body))
			if err != nil {
				t.Fatal(err)
			}
			recs, _ = f.GetRows(f.GetSheetList()[0])
			data = []byte(r.body)
		}
		if len(recs) != 2 || len(recs[0]) != 14 {
			t.Fatalf("%s %s template: %q", tc.lang, tc.format, recs)
		}
		if tc.header0 != "" && recs[0][0] != tc.header0 {
			t.Errorf("%s header %q", tc.lang, recs[0][0])
		}
		if recs[1][4] != tc.gender || strings.Contains(strings.Join(recs[0], ","), "date_of_birth") {
			t.Errorf("%s %s template is not translated: %q", tc.lang, tc.format, recs)
		}
		up := rdUpload(t, c, tok, "template."+tc.format, data)
		if up.status != http.StatusOK || strings.Count(up.body, `<td class="rd-mono">`) != 1 {
			t.Fatalf("%s %s template not accepted back: %d\n%s", tc.lang, tc.format, up.status, up.body)
		}
		imported++
	}
	if n := len(e.houaphanhPeople(t)) - before; n != imported {
		t.Fatalf("stored %d, want %d", n, imported)
	}
	// A translated value that is not one is reported, with the column.
	bad := "ຊື່ ແລະ ນາມສະກຸນ (ອັກສອນລາວ),ຊື່ (ລາແຕັງ),ວັນເດືອນປີເກີດ,ເພດ,ຕຳແໜ່ງ,ຫົວໜ່ວຍ,ແຜນ,ຫຼັກສູດ\n" +
		"ສົມພອນ,Somphone,1985-03-02,ຊາຍຍິງ,Trưởng phòng,Sở Y tế,ຢູ່ໃນແຜນ,tcllct\n"
	if r := rdUpload(t, c, tok, "bad.csv", []byte(bad)); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "bad.csv:2: Gender:") {
		t.Fatalf("bad translated gender: %d\n%s", r.status, r.body)
	}
}

// Issue 17.18: the candidate export has translated values under
// translated headers and goes back in through the import.
func TestUI2CandidateExportTranslatedAndReimported(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	recs := ui2CSV(t, c.get("/board/candidates/export?format=csv&lang=lo"))
	if len(recs) < 3 {
		t.Fatalf("export: %d rows", len(recs))
	}
	codes := map[string]bool{"male": true, "female": true, "planned": true, "none": true, "tcllct": true, "bithu-truongthon": true}
	for _, rec := range recs[1:] {
		for _, col := range []int{4, 9, 10} {
			if codes[rec[col]] || (rec[col] != "" && !laoRe.MatchString(rec[col])) {
				t.Fatalf("column %q holds %q, not a Lao value", recs[0][col], rec[col])
			}
		}
	}
	// Send two rows back as new people (usernames cleared: they are taken;
	// rows without a programme could not be imported in the first place).
	back := [][]string{recs[0]}
	for _, rec := range recs[1:] {
		if rec[10] == "" || len(back) == 3 {
			continue
		}
		r := append([]string(nil), rec...)
		r[0] = ""
		back = append(back, r)
	}
	before := len(e.houaphanhPeople(t))
	tok := rdToken(t, c, "/board/import")
	r := rdUpload(t, c, tok, "candidates.csv", ui2CSVText(back))
	if r.status != http.StatusOK {
		t.Fatalf("export not re-importable: %d\n%s", r.status, r.body)
	}
	if n := len(e.houaphanhPeople(t)) - before; n != 2 {
		t.Fatalf("re-import stored %d", n)
	}
}

var ui2DotDecimal = regexp.MustCompile(`^\d+\.\d+$`)
var ui2CommaDecimal = regexp.MustCompile(`^\d+,\d+$`)

// Issue 17.18: one decimal mark per locale in CSV; numbers in XLSX stay
// numbers.
func TestUI2ExportDecimalMark(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	const path = "/board/eligibility/export?programme=tcllct&year=2027"
	for _, tc := range []struct {
		lang      string
		want, not *regexp.Regexp
	}{{"lo", ui2CommaDecimal, ui2DotDecimal}, {"vi", ui2CommaDecimal, ui2DotDecimal}, {"en", ui2DotDecimal, ui2CommaDecimal}} {
		recs := ui2CSV(t, c.get(path+"&format=csv&lang="+tc.lang))
		found := 0
		for _, rec := range recs[1:] {
			for _, cell := range rec[9:14] {
				if tc.not.MatchString(cell) {
					t.Fatalf("%s: %q has the other decimal mark", tc.lang, cell)
				}
				if tc.want.MatchString(cell) {
					found++
				}
			}
		}
		if found == 0 {
			t.Fatalf("%s: no decimal number in the scores", tc.lang)
		}
	}
	r := c.get(path + "&format=xlsx&lang=lo")
	f, err := excelize.OpenReader(strings.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[0]
	rows, _ := f.GetRows(sheet)
	numbers := 0
	for i := 2; i <= len(rows); i++ {
		cell, _ := excelize.CoordinatesToCellName(14, i) // average
		if v, _ := f.GetCellValue(sheet, cell); v == "" {
			continue
		}
		if typ, _ := f.GetCellType(sheet, cell); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Fatalf("xlsx average %s is type %v, not a number", cell, typ)
		}
		numbers++
	}
	if numbers == 0 {
		t.Fatal("no average in the xlsx")
	}
}
