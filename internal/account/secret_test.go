package account

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/apperr"
)

func TestActivationCodeShape(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 2000; i++ {
		c, err := NewActivationCode(nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(c) != 19 || strings.Count(c, "-") != 3 {
			t.Fatalf("code %q: want 4 groups of 4", c)
		}
		if !LooksLikeCode(c) || !LooksLikeCode(strings.ToLower(strings.ReplaceAll(c, "-", " "))) {
			t.Fatalf("code %q is not recognised as typed", c)
		}
		if strings.ContainsAny(c, "01OI") {
			t.Fatalf("code %q has an ambiguous symbol", c)
		}
		if seen[c] {
			t.Fatalf("code %q drawn twice", c)
		}
		seen[c] = true
	}
	// 16 symbols of 32: 80 bits.
	if len(codeAlphabet) != 32 || codeSymbols*5 < 80 {
		t.Fatalf("alphabet %d symbols × %d: under 80 bits", len(codeAlphabet), codeSymbols)
	}
	if HashCode("abcd-efgh-jkmn-pqrs") != HashCode("ABCDEFGHJKMNPQRS") {
		t.Fatal("the hash depends on how the code was typed")
	}
	if LooksLikeCode("hocviet-demo") || LooksLikeCode("ABCDEFGHJKMNPQR") {
		t.Fatal("a password or a short code looks like a code")
	}
}

func TestCheckNewPassword(t *testing.T) {
	u := &User{Username: "k5-01", DisplayName: "Somphone Phommavong"}
	for _, tt := range []struct {
		pw  string
		key string
	}{
		{"short-pw", "acct.pw.short"},
		{"ສົມພອນ123", "acct.pw.short"}, // 9 runes, though more bytes
		{"my-k5-01-account", "acct.pw.name"},
		{"SOMPHONE is great", "acct.pw.name"},
		{"phommavong1985", "acct.pw.name"},
		{"1234567890", "acct.pw.common"},
		{"qwertyuiop", "acct.pw.common"},
		{"Password12345", "acct.pw.common"}, // "password" + digits
		{"dragon2026!!", "acct.pw.common"},
		{strings.Repeat("x", 73), "acct.pw.long"},
		{"hocviet-demo", ""},
		{"ນ້ຳຂອງໄຫຼຍາວ", ""},
		{"correct horse battery", ""},
	} {
		err := CheckNewPassword(tt.pw, u)
		got := ""
		if e, ok := apperr.As(err); ok {
			got = e.Key
		} else if err != nil {
			t.Fatalf("%q: %v", tt.pw, err)
		}
		if got != tt.key {
			t.Errorf("%q: got %q, want %q", tt.pw, got, tt.key)
		}
	}
	if n := len(commonPasswords()); n != 10000 {
		t.Fatalf("common password list has %d entries, want 10000", n)
	}
}

func TestImportRowCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(header)
	row := "k6-%04d,ສົມພອນ,Somphone,1985-03-02,male,Trưởng phòng,Sở Y tế,,houaphanh,planned,tcllct,,2027\n"
	for i := 0; i < 100000; i++ { // ~10 MB: reading must stop at the cap
		fmt.Fprintf(&b, row, i)
	}
	t0 := time.Now()
	rows, errs := ParseImport("big.csv", strings.NewReader(b.String()), known, day, 0)
	if rows != nil || len(errs) != 1 || errs[0].Key != "acct.import.too_many_rows" || errs[0].Row != MaxImportRows+2 {
		t.Fatalf("got %d rows, errors %v", len(rows), errs)
	}
	// Generous for a loaded machine and -race; unbounded reading of the
	// whole file with validation of every row took far longer.
	if d := time.Since(t0); d > 10*time.Second {
		t.Fatalf("a huge file took %s to refuse", d)
	}
	// Exactly the cap is fine.
	var ok strings.Builder
	ok.WriteString(header)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&ok, row, i)
	}
	if rows, errs := ParseImport("ok.csv", strings.NewReader(ok.String()), known, day, 30); len(errs) != 0 || len(rows) != 30 {
		t.Fatalf("30 rows with a cap of 30: %d rows, %v", len(rows), errs)
	}
	if _, errs := ParseImport("ok.csv", strings.NewReader(ok.String()), known, day, 29); len(errs) != 1 {
		t.Fatalf("30 rows with a cap of 29: %v", errs)
	}
}

func TestImportWithoutUsernameColumn(t *testing.T) {
	csv := "name_lo,name_latin,date_of_birth,gender,position,unit,province,planning_status,programme,planned_position\n" +
		"ສົມພອນ,Somphone,1985-03-02,male,Trưởng phòng,Sở Y tế,houaphanh,planned,tcllct,  Phó   giám đốc\n"
	rows, errs := ParseImport("n.csv", strings.NewReader(csv), known, day, 0)
	if len(errs) != 0 || len(rows) != 1 || rows[0].Username != "" || rows[0].PlannedPosition != "Phó giám đốc" {
		t.Fatalf("rows %+v errs %v", rows, errs)
	}
	if GeneratedUsername("hp", 7) != "hp-0007" || GeneratedUsername("hp", 12345) != "hp-12345" {
		t.Fatal("generated username shape")
	}
}

// workbook builds a small valid workbook, then swaps in a sheet part.
func workbook(t *testing.T, sheetXML []byte) []byte {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"name_lo"})
	var src bytes.Buffer
	if _, err := f.WriteTo(&src); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(src.Bytes()), int64(src.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == "xl/worksheets/sheet1.xml" && sheetXML != nil {
			w.Write(sheetXML)
			continue
		}
		r, _ := zf.Open()
		var b bytes.Buffer
		b.ReadFrom(r)
		r.Close()
		w.Write(b.Bytes())
	}
	zw.Close()
	return out.Bytes()
}

func TestXLSXBombIsRefusedBeforeOpening(t *testing.T) {
	// 30 MB of sheet XML that deflates to a few tens of KB.
	var sheet bytes.Buffer
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i := 1; sheet.Len() < 30<<20; i++ {
		fmt.Fprintf(&sheet, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c></row>`, i, i)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	bomb := workbook(t, sheet.Bytes())
	if len(bomb) > 2<<20 {
		t.Fatalf("the crafted bomb is %d bytes: not a bomb", len(bomb))
	}
	t0 := time.Now()
	_, err := XLSXToCSV(bomb, 0)
	e, ok := apperr.As(err)
	if !ok || e.Key != "acct.import.xlsx_too_big" || !strings.Contains(e.Message, "xl/worksheets/sheet1.xml") {
		t.Fatalf("bomb: %v", err)
	}
	if d := time.Since(t0); d > 10*time.Second { // it takes well under a second unloaded
		t.Fatalf("refusing the bomb took %s", d)
	}
	// A workbook of many rows is cut after the cap, and the cap is reported.
	var rows bytes.Buffer
	rows.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i := 1; i <= 50; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>v%d</t></is></c></row>`, i, i, i)
	}
	rows.WriteString(`</sheetData></worksheet>`)
	csvData, err := XLSXToCSV(workbook(t, rows.Bytes()), 10)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(csvData), "\n"); n != 12 {
		t.Fatalf("%d lines for a cap of 10 (want header + 11)", n)
	}
}
