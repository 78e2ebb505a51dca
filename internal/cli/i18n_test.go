package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/lang"
)

// copyI18n copies the shipped translations to a folder the test may change.
func copyI18n(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "i18n")
	if err := os.CopyFS(dir, os.DirFS("../../web/i18n")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sheetRow finds a key's row in the exported sheet.
func sheetRow(t *testing.T, f *excelize.File, key string) int {
	t.Helper()
	rows, err := f.GetRows("review-lo")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if r[0] == key {
			return i + 1
		}
	}
	t.Fatalf("key %s not in the sheet", key)
	return 0
}

func TestI18nReviewRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyI18n(t)
	xlsx := filepath.Join(t.TempDir(), "lo.xlsx")
	code, out, errs := run(t, "", "i18n", "export", "--lang", "lo", "--dir", dir, xlsx)
	if code != 0 || !strings.Contains(out, "0 reviewed") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := f.GetRows("review-lo")
	if strings.Join(head[0], ",") != "key,vi,en,lo,reviewed" {
		t.Fatalf("header %v", head[0])
	}
	// The reviewer corrects one text and approves it and another.
	r := sheetRow(t, f, "nav.home")
	f.SetCellStr("review-lo", "D"+strconv.Itoa(r), "ໜ້າຫຼັກ (ກວດແລ້ວ)")
	f.SetCellStr("review-lo", "E"+strconv.Itoa(r), "yes")
	r2 := sheetRow(t, f, "nav.logout")
	f.SetCellStr("review-lo", "E"+strconv.Itoa(r2), "yes")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "lo.json"))
	code, out, errs = run(t, "", "i18n", "import", "--dir", dir, xlsx)
	if code != 0 || !strings.Contains(out, "1 texts changed, 2 approved") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "lo.json"))
	var changed []string
	bl, al := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	if len(bl) != len(al) {
		t.Fatalf("lo.json went from %d to %d lines", len(bl), len(al))
	}
	for i := range bl {
		if bl[i] != al[i] {
			changed = append(changed, al[i])
		}
	}
	if len(changed) != 1 || !strings.Contains(changed[0], `"nav.home": "ໜ້າຫຼັກ (ກວດແລ້ວ)"`) {
		t.Fatalf("lines changed in lo.json: %q", changed)
	}
	got, total, err := lang.Coverage(os.DirFS(dir), "lo")
	if err != nil || got != 2 || total < 100 {
		t.Fatalf("coverage %d of %d (%v)", got, total, err)
	}
	// The catalog still loads from the rewritten files.
	if _, err := lang.Load(os.DirFS(filepath.Dir(dir)), "i18n"); err != nil {
		t.Fatal(err)
	}
}

func TestI18nImportRefusesBadRows(t *testing.T) {
	t.Parallel()
	dir := copyI18n(t)
	xlsx := filepath.Join(t.TempDir(), "lo.xlsx")
	if code, _, errs := run(t, "", "i18n", "export", "--lang", "lo", "--dir", dir, xlsx); code != 0 {
		t.Fatal(errs)
	}
	f, _ := excelize.OpenFile(xlsx)
	var withN string
	raw, _ := os.ReadFile(filepath.Join(dir, "vi.json"))
	var vi map[string]string
	json.Unmarshal(raw, &vi)
	for k, v := range vi {
		if strings.Contains(v, "{{.") {
			withN = k
			break
		}
	}
	r := sheetRow(t, f, withN)
	f.SetCellStr("review-lo", "D"+strconv.Itoa(r), "ບໍ່ມີຕົວແປ")
	rows, _ := f.GetRows("review-lo")
	f.SetCellStr("review-lo", "A"+strconv.Itoa(len(rows)+1), "no.such.key")
	f.SetCellStr("review-lo", "D"+strconv.Itoa(len(rows)+1), "ຂໍ້ຄວາມ")
	f.Save()
	before, _ := os.ReadFile(filepath.Join(dir, "lo.json"))
	code, _, errs := run(t, "", "i18n", "import", "--dir", dir, xlsx)
	if code != 1 || !strings.Contains(errs, ":"+strconv.Itoa(r)+": "+withN+": placeholders") ||
		!strings.Contains(errs, ":"+strconv.Itoa(len(rows)+1)+": no.such.key: no such message key") || !strings.Contains(errs, "nothing written") {
		t.Fatalf("import of bad rows: %d %q", code, errs)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "lo.json")); string(after) != string(before) {
		t.Fatal("a refused import changed lo.json")
	}
}
