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
	t.Parallel()
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

// bank forms refuses to write screening forms that break the national
// format rules, names each rule with its figures, and leaves no file.
func TestBankFormsRefusesBrokenRules(t *testing.T) {
	t.Parallel()
	out := t.TempDir()
	code, _, errs := run(t, "", "bank", "forms", "--out", out, "testdata/forms-refuse")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errs)
	}
	for _, want := range []string{
		"testdata/forms-refuse/screening.yaml:6: form screening-form-a, listening: 0.0 minutes of audio (1 s); at least 15 minutes",
		"form screening-form-a, listening: 0 recordings of 3 minutes or more; at least 2",
		"form screening-form-a, writing: 0 % of the points are at Bậc 4–5 (0 of 10); at least 25 %",
		"form screening-form-b has 0 items at Bậc 5; at least 5",
		"forms screening-form-a and screening-form-b share 1 audio file(s): forms-refuse/audio/a.ogg",
		"forms not written: 21 form rule errors",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("%d files written", len(entries))
	}
}
