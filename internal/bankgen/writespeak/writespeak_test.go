package writespeak

import (
	"os"
	"path/filepath"
	"testing"

	"hocviet/internal/bank"
)

const banksDir = "../../../question_banks"

// TestCommittedBanksMatchCorpus regenerates the banks into a temporary
// folder and compares them with the committed YAML, so an edit to the
// corpus without regenerating (or a hand edit of generated YAML) fails.
func TestCommittedBanksMatchCorpus(t *testing.T) {
	root := t.TempDir()
	copyDir(t, filepath.Join(banksDir, "core"), filepath.Join(root, "core"))
	if _, err := Generate(Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	for _, folder := range []string{"viet", "noi", "tuvung"} {
		got, _ := filepath.Glob(filepath.Join(root, folder, "*.yaml"))
		want, _ := filepath.Glob(filepath.Join(banksDir, folder, "*.yaml"))
		if len(got) != len(want) {
			t.Errorf("%s: generator writes %d files, %d committed", folder, len(got), len(want))
		}
		for _, g := range got {
			a, _ := os.ReadFile(g)
			b, err := os.ReadFile(filepath.Join(banksDir, folder, filepath.Base(g)))
			if err != nil || string(a) != string(b) {
				t.Errorf("%s/%s differs from the corpus: run go run ./internal/bankgen/cmd/genwritespeak", folder, filepath.Base(g))
			}
		}
	}
}

// TestGeneratedBanksLint lints the generated items against the core
// rubrics: no errors and no warnings.
func TestGeneratedBanksLint(t *testing.T) {
	root := t.TempDir()
	copyDir(t, filepath.Join(banksDir, "core"), filepath.Join(root, "core"))
	rep, err := Generate(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	b, ps := bank.Read(filepath.Join(root, "core"), filepath.Join(root, "viet"), filepath.Join(root, "noi"))
	for _, p := range ps {
		t.Error(p)
	}
	mine := map[[2]any]int{}
	for _, it := range b.Items {
		if it.Bank == "viet" || it.Bank == "noi" {
			mine[[2]any{it.Skill, it.Level}]++
		}
	}
	for level := 1; level <= 5; level++ {
		want := 75
		if level == 5 {
			want = 100
		}
		for _, skill := range []string{"writing", "speaking"} {
			if n := mine[[2]any{skill, level}]; n < want {
				t.Errorf("%s Bậc %d: %d items, want at least %d", skill, level, n, want)
			}
		}
	}
	if rep.Vocab < 1000 {
		t.Errorf("%d vocabulary terms, want at least 1000", rep.Vocab)
	}
}

func TestSlug(t *testing.T) {
	for term, want := range map[string]string{
		"chi bộ":                 "v-chi-booj",
		"người":                  "v-nguwowif",
		"đường":                  "v-dduwowngf",
		"cà":                     "v-caf",
		"chủ nghĩa Mác - Lê-nin": "v-chur-nghiax-macs-lee-nin",
		"uỷ ban":                 "v-uyr-ban",
	} {
		if got := Slug(term); got != want {
			t.Errorf("Slug(%q) = %q, want %q", term, got, want)
		}
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
