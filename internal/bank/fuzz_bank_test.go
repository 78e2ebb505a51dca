package bank

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles adds the shipped core bank's files and this package's test
// cases as seeds.
func seedFiles(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
}

// FuzzRead: an item file is what an instructor typed. Reading a bank
// never panics, every problem has a place and a message, and a bank with no
// error loads and exports. (Seeds are the small test cases and two core
// files: a read costs milliseconds, so big seeds starve the fuzzer.)
func FuzzRead(f *testing.F) {
	seedFiles(f, "testdata/*/a.yaml", "../../question_banks/core/reading-true-false.yaml", "../../question_banks/core/writing-order-words.yaml")
	f.Add([]byte("items:\n  - id: x\n    skill: reading\n    level: 1\n    type: choice\n    topics: [a]\n    options: [{text: a, correct: true}, {text: b}]\n"))
	f.Add([]byte("items: &a [*a]\n"))
	f.Add([]byte("\xef\xbb\xbfitems:\n\t- id: x\n"))
	dir, err := os.MkdirTemp("", "fuzz-bank-")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { os.RemoveAll(dir) })
	bk := filepath.Join(dir, "b")
	os.MkdirAll(filepath.Join(bk, "audio"), 0o755)
	os.WriteFile(filepath.Join(bk, BankMarker), []byte("bank:\n  title: {vi: Thử}\n"), 0o644)
	file := filepath.Join(bk, "items.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		b, ps := Read(bk)
		hasErr := false
		for _, p := range ps {
			if p.File == "" || strings.TrimSpace(p.Message) == "" {
				t.Fatalf("problem without a place or message: %+v", p)
			}
			hasErr = hasErr || p.Severity == SevError
		}
		if b == nil {
			t.Fatal("Read returned no bank")
		}
		if !hasErr {
			b2, err := Load(bk)
			if err != nil {
				t.Fatalf("lint found no error but Load failed: %v", err)
			}
			if len(b2.Items) != len(b.Items) || len(b2.Groups) != len(b.Groups) {
				t.Fatalf("two reads differ: %d/%d items, %d/%d groups", len(b.Items), len(b2.Items), len(b.Groups), len(b2.Groups))
			}
			// What loads can be exported.
			var buf bytes.Buffer
			if _, err := ExportGIFT(&buf, b.Items); err != nil {
				t.Fatalf("export GIFT: %v", err)
			}
			if _, err := ExportMoodleXML(&buf, b.Items); err != nil {
				t.Fatalf("export Moodle XML: %v", err)
			}
		}
	})
}

// FuzzImportGIFT: a Moodle GIFT file from another school. No panic, and
// every item taken has an id, a type and a skill.
func FuzzImportGIFT(f *testing.F) {
	seedFiles(f, "testdata/_moodle/*.gift")
	for _, s := range []string{"", "::t:: Q {=a ~b}", "Q {T}", "Q {#1:2}", "::a::[html]<b>x</b>{=y -> z =w -> v}", "{", "}", "\\{=a}", "Q{~%50%a=b}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		items, _, err := ImportGIFT(bytes.NewReader(data), "f.gift")
		if err != nil {
			return
		}
		for _, it := range items {
			if it.ID == "" || it.Type == "" || it.Skill == "" {
				t.Fatalf("item without id, type or skill: %+v", it)
			}
		}
	})
}

// FuzzImportMoodleXML: the same for Moodle XML.
func FuzzImportMoodleXML(f *testing.F) {
	seedFiles(f, "testdata/_moodle/*.xml")
	for _, s := range []string{"", "<quiz/>", `<quiz><question type="multichoice"><name><text>a</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>x</text></answer></question></quiz>`,
		`<quiz><question type="truefalse"><answer fraction="100"><text>true</text></answer></question></quiz>`, "<quiz><question", "<!DOCTYPE x [<!ENTITY a \"b\">]><quiz>&a;</quiz>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		items, _, err := ImportMoodleXML(bytes.NewReader(data), "f.xml")
		if err != nil {
			return
		}
		for _, it := range items {
			if it.ID == "" || it.Type == "" || it.Skill == "" {
				t.Fatalf("item without id, type or skill: %+v", it)
			}
		}
	})
}
