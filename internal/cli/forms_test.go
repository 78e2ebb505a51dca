package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

// The shipped banks give two disjoint forms of the screening blueprint that
// match cell for cell, and the written files lint clean with the banks.
func TestBankFormsOnShippedBanks(t *testing.T) {
	out := t.TempDir()
	code, stdout, errs := run(t, "", "bank", "forms", "--out", out, "../../question_banks")
	if code != 0 {
		t.Fatalf("bank forms: %d %s", code, errs)
	}
	if !strings.Contains(stdout, "items in both forms: 0; cells that differ: 0 items") {
		t.Fatalf("forms do not match:\n%s", stdout)
	}
	for _, f := range []string{"screening-form-a.yaml", "screening-form-b.yaml"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Fatal(err)
		}
	}
	// Lint the banks with the new form files in place of the shipped ones.
	dir := t.TempDir()
	for _, name := range []string{"core", "nghe", "doc", "viet", "noi"} {
		if err := os.Symlink(mustAbs(t, "../../question_banks/"+name), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(out, filepath.Join(dir, "blueprints")); err != nil {
		t.Fatal(err)
	}
	for _, p := range bank.Lint(dir) {
		if p.Severity == bank.SevError {
			t.Errorf("%s", p)
		}
	}
	// The committed forms are what the command writes today.
	for _, f := range []string{"screening-form-a.yaml", "screening-form-b.yaml"} {
		got, _ := os.ReadFile(filepath.Join(out, f))
		want, err := os.ReadFile("../../question_banks/blueprints/" + f)
		if err != nil || string(got) != string(want) {
			t.Errorf("question_banks/blueprints/%s is stale: run hocviet bank forms", f)
		}
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
