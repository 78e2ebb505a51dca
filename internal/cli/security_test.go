package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUserImportOutputIsFormulaSafe (issue 15 point 7): the accounts list
// `user import` prints goes into a spreadsheet; a name typed as a formula
// must arrive there as text.
func TestUserImportOutputIsFormulaSafe(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "i.db")
	run(t, "", "migrate", "--db", db)
	f := filepath.Join(dir, "f.csv")
	os.WriteFile(f, []byte(importHeader+
		`k6-01,ສົມພອນ,"=HYPERLINK(""http://evil.example"",""x"")",1985-03-02,male,P,U,,houaphanh,planned,tcllct,,`+"\n"), 0o644)
	code, out, errs := run(t, "", "user", "import", "--db", db, f)
	if code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	for _, r := range recs {
		for _, cell := range r {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q would run as a formula", cell)
			}
		}
	}
	if strings.Contains(out, "HYPERLINK") && !strings.Contains(out, `'=HYPERLINK`) {
		t.Errorf("the name is not neutralised:\n%s", out)
	}
}
