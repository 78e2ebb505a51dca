package bank

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A 1.2 MB bank file whose anchored string is aliased 3,000 times is
// refused quickly with FILE:LINE, by lint and by Load (import, server).
// Before, lint and import spent minutes on it (issue 15.8).
func TestAliasAmplificationRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("items:\n  - id: x-0\n    skill: reading\n    level: 1\n    type: true_false\n    topics: [study]\n")
	b.WriteString("    prompt: &big \"" + strings.Repeat("Tôi là học viên. ", 60_000) + "\"\n")
	b.WriteString("    answer: \"true\"\n")
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&b, "  - {id: x-%d, skill: reading, level: 1, type: true_false, topics: [study], prompt: *big, answer: \"true\"}\n", i)
	}
	path := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if b.Len() < 1_200_000 {
		t.Fatalf("file is %d bytes, want about 1.2 MB", b.Len())
	}
	start := time.Now()
	ps := Lint(dir)
	lintTook := time.Since(start)
	start = time.Now()
	_, err := Load(dir)
	loadTook := time.Since(start)

	// Line 21 holds the 13th alias, the one that takes the expansion past
	// 16 MB (the anchored text is about 1.3 MB).
	want := path + ":21: YAML aliases expand to more than 16 MB (alias *big): refused (write the value out or alias a shorter one)"
	if len(ps) != 1 || ps[0].String() != want {
		t.Errorf("lint: %v\nwant %s", ps, want)
	}
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("load: %v", err)
	}
	// Generous bounds for a shared 2-core machine; it takes about 0.1 s
	// (parsing the 1.2 MB), and without the alias check minutes. Under the
	// race detector parsing alone takes some 10 s.
	t.Logf("lint %v, load %v", lintTook, loadTook)
	bound := 5 * time.Second
	if raceEnabled {
		bound = 60 * time.Second
	}
	if lintTook > bound || loadTook > bound {
		t.Errorf("lint took %v, load %v; want < %v", lintTook, loadTook, bound)
	}
}

// A modest use of anchors, as the shipped banks make, is fine.
func TestAliasesWithinLimits(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("items:\n")
	for i := 0; i < 200; i++ {
		instr := "*in"
		if i == 0 {
			instr = "&in {lo: ອ່ານ, vi: Đọc, en: Read}"
		}
		fmt.Fprintf(&b, "  - {id: x-%d, skill: reading, level: 4, type: true_false, topics: [study], instructions: %s, passage: \"Bài %d.\", prompt: \"Câu %d.\", answer: \"true\"}\n", i, instr, i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if ps := Lint(dir); len(ps) != 0 {
		t.Errorf("lint: %v", ps)
	}
}
