package readlisten

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

const banksDir = "../../../question_banks"

// The generator is deterministic (option order and ids come from the
// corpus, not from a clock or map order): two builds give the same bytes.
// And what it writes is what is committed: an edit to the corpus without
// regenerating, or a hand edit of generated YAML, fails here.
func TestBuildIsDeterministicAndMatchesTheCommittedBanks(t *testing.T) {
	a, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Files) != len(b.Files) || len(a.Files) == 0 {
		t.Fatalf("builds give %d and %d files", len(a.Files), len(b.Files))
	}
	for i, f := range a.Files {
		ya, err := f.yaml()
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		yb, err := b.Files[i].yaml()
		if err != nil {
			t.Fatal(err)
		}
		if f.Path != b.Files[i].Path || !bytes.Equal(ya, yb) {
			t.Errorf("%s: two builds differ", f.Path)
		}
		committed, err := os.ReadFile(filepath.Join(banksDir, f.Path))
		if err != nil || !bytes.Equal(ya, committed) {
			t.Errorf("%s differs from the corpus: run go run ./internal/bankgen/cmd/genreadlisten", f.Path)
		}
	}
	for _, folder := range []string{"nghe", "doc"} {
		committed, _ := filepath.Glob(filepath.Join(banksDir, folder, "*.yaml"))
		n := 0
		for _, p := range committed {
			if filepath.Base(p) != bank.BankMarker {
				n++
			}
		}
		got := 0
		for _, f := range a.Files {
			if strings.HasPrefix(f.Path, folder+"/") {
				got++
			}
		}
		if got != n {
			t.Errorf("%s: generator writes %d files, %d committed", folder, got, n)
		}
	}
}

// What the generator writes passes `bank lint` with the core bank (its
// rubrics and blueprints) beside it: no errors. The YAML is written here
// without Write, whose audio sync would delete recordings; the committed
// recordings are linked in, read only.
func TestWrittenBanksLint(t *testing.T) {
	g, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := os.CopyFS(filepath.Join(root, "core"), os.DirFS(filepath.Join(banksDir, "core"))); err != nil {
		t.Fatal(err)
	}
	for _, folder := range []string{"nghe", "doc"} {
		if err := os.MkdirAll(filepath.Join(root, folder), 0o755); err != nil {
			t.Fatal(err)
		}
		if marker, err := os.ReadFile(filepath.Join(banksDir, folder, bank.BankMarker)); err == nil {
			if err := os.WriteFile(filepath.Join(root, folder, bank.BankMarker), marker, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if abs, err := filepath.Abs(filepath.Join(banksDir, folder, "audio")); err == nil {
			if _, err := os.Stat(abs); err == nil {
				if err := os.Symlink(abs, filepath.Join(root, folder, "audio")); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	for _, f := range g.Files {
		data, err := f.yaml()
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		if err := os.WriteFile(filepath.Join(root, f.Path), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ps := bank.Lint(filepath.Join(root, "core"), filepath.Join(root, "nghe"), filepath.Join(root, "doc"))
	errs := 0
	for _, p := range ps {
		if p.Severity == bank.SevError {
			errs++
			if errs <= 20 {
				t.Error(p)
			}
		}
	}
	if errs > 0 {
		t.Errorf("%d lint errors", errs)
	}
}
