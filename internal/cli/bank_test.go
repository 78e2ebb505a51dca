package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

func TestBankLint(t *testing.T) {
	code, out, errs := run(t, "", "bank", "lint", core)
	if code != 0 || out != "" || errs != "0 errors, 0 warnings\n" {
		t.Errorf("core banks: %d %q %q", code, out, errs)
	}
	code, out, errs = run(t, "", "bank", "lint", "../bank/testdata/duplicate-id", "../bank/testdata/vocab-example")
	want := "../bank/testdata/duplicate-id/b.yaml:2: duplicate id \"x-01\" (first at ../bank/testdata/duplicate-id/a.yaml:2)\n"
	// The fixture's items also lack explanations and repeat one question
	// (issue 13 rules): 4 errors in all.
	if code != 1 || !strings.Contains(out, want) || !strings.Contains(out, "a.yaml:5: warning: example does not use the term") || errs != "4 errors, 1 warnings\n" {
		t.Errorf("broken banks: %d %q %q", code, out, errs)
	}
	// Warnings alone do not fail.
	if code, _, _ := run(t, "", "bank", "lint", "../bank/testdata/vocab-example"); code != 0 {
		t.Errorf("warnings only: exit %d", code)
	}
	// With no path, lint reads question_banks/ in the working directory.
	root := t.TempDir()
	must(t, os.Rename(smallBank(t), filepath.Join(root, "question_banks")))
	t.Chdir(root)
	if code, _, errs := run(t, "", "bank", "lint"); code != 0 || errs != "0 errors, 0 warnings\n" {
		t.Errorf("default path: %d %q", code, errs)
	}
}

// Tests use the core bank and the blueprints only: other banks under
// question_banks/ are other people's work in progress.
const (
	core       = "../../question_banks/core"
	blueprints = "../../question_banks/blueprints"
)

func TestBankUsage(t *testing.T) {
	t.Parallel()
	if code, _, _ := run(t, "", "bank"); code != 2 {
		t.Errorf("no subcommand: %d", code)
	}
	if code, _, errs := run(t, "", "bank", "mark"); code != 2 || !strings.Contains(errs, `unknown subcommand "mark"`) {
		t.Errorf("unknown subcommand: %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "bank", "export", "--format", "qti", core, blueprints); code != 2 {
		t.Errorf("bad format: %d", code)
	}
}

// smallBank is one listening choice item with its recording.
func smallBank(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ogg, err := os.ReadFile("../bank/testdata/_media/a.ogg")
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.MkdirAll(filepath.Join(dir, "small/audio"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "small/audio/a.ogg"), ogg, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "small/items.yaml"), []byte(`items:
  - id: l-1
    skill: listening
    level: 1
    type: choice
    topics: [study]
    prompt: Người nói là ai?
    audio: audio/a.ogg
    transcript: Tôi là học viên.
    instructions: {lo: ຟັງ, vi: Nghe, en: Listen}
    options:
      - {text: Học viên, correct: true}
      - text: Giảng viên
    feedback: {lo: ຜູ້ເວົ້າເວົ້າວ່າ "Tôi là học viên"., vi: Người nói nói "Tôi là học viên".}
`), 0o644))
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestBankStatsJSON(t *testing.T) {
	t.Parallel()
	dir := smallBank(t)
	const want = `{"items":[{"skill":"listening","level":1,"type":"choice","count":1}],"vocabulary":0,` +
		`"lao_reviewed":1,"lao_total":1,"lao":{"glosses_reviewed":0,"glosses":0,"explanations_reviewed":1,"explanations":1}}` + "\n"
	code, out, errs := run(t, "", "bank", "stats", "--json", dir)
	if code != 0 || out != want {
		t.Errorf("stats from files: %d %q %q, want %q", code, out, errs, want)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	run(t, "", "migrate", "--db", db)
	if code, out, _ := run(t, "", "bank", "stats", "--json", "--db", db); code != 0 || out != `{"items":[],"vocabulary":0,"lao_reviewed":0,"lao_total":0,`+
		`"lao":{"glosses_reviewed":0,"glosses":0,"explanations_reviewed":0,"explanations":0}}`+"\n" {
		t.Errorf("stats of an empty database: %d %q", code, out)
	}
	run(t, "", "bank", "import", "--db", db, dir)
	if code, out, errs := run(t, "", "bank", "stats", "--json", "--db", db); code != 0 || out != want {
		t.Errorf("stats from the database: %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, "", "bank", "stats", dir); code != 0 || !strings.Contains(out, "1 items, 0 vocabulary entries") {
		t.Errorf("stats table: %d %q", code, out)
	}
}

func TestBankImport(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "i.db")
	run(t, "", "migrate", "--db", db)
	code, out, errs := run(t, "", "bank", "import", "--db", db, core, blueprints)
	if code != 0 || !strings.Contains(out, "items               130 new, 0 changed, 0 unchanged, 0 retired") ||
		!strings.Contains(out, "vocabulary          103 new") {
		t.Fatalf("first import: %d %q %q", code, out, errs)
	}
	code, out, _ = run(t, "", "bank", "import", "--db", db, core, blueprints)
	if code != 0 || !strings.Contains(out, "130 unchanged") || !strings.HasSuffix(out, "nothing changed\n") {
		t.Errorf("second import: %d %q", code, out)
	}
	// A non-terminal stderr gets no progress bar.
	if strings.Contains(errs, "\r") {
		t.Errorf("progress bar on a pipe: %q", errs)
	}
	code, _, errs = run(t, "", "bank", "import", "--db", db, "../bank/testdata/duplicate-id")
	if code != 1 || !strings.Contains(errs, "duplicate id") || !strings.Contains(errs, "1 errors (run hocviet bank lint)") {
		t.Errorf("import of a broken bank: %d %q", code, errs)
	}
	if code, _, errs := run(t, "", "bank", "import", "--db", filepath.Join(t.TempDir(), "none.db"), core, blueprints); code != 1 || !strings.Contains(errs, "hocviet migrate") {
		t.Errorf("import into a missing database: %d %q", code, errs)
	}
}

func TestBankExport(t *testing.T) {
	t.Parallel()
	for _, f := range []struct{ format, head string }{{"gift", "// hocviet question bank export (GIFT)"}, {"moodle-xml", "<?xml"}} {
		out := filepath.Join(t.TempDir(), "x")
		code, stdout, errs := run(t, "", "bank", "export", "--format", f.format, "--out", out, core, blueprints)
		if code != 0 || stdout != "" {
			t.Fatalf("%s: %d %q %q", f.format, code, stdout, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil || !strings.HasPrefix(string(data), f.head) {
			t.Errorf("%s: %v %.40q", f.format, err, data)
		}
		for _, want := range []string{"70 questions mapped", "not mapped: l-tone-01: type tone_pick has no Moodle counterpart",
			"not mapped: s-respond-10: type respond has no Moodle counterpart"} {
			if !strings.Contains(errs, want) {
				t.Errorf("%s report lacks %q:\n%s", f.format, want, errs)
			}
		}
	}
}

func TestBankImportMoodle(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "imported.yaml")
	code, stdout, errs := run(t, "", "bank", "import", "--format", "gift", "--out", out, "../bank/testdata/_moodle/examples.gift")
	if code != 0 || stdout != "" || !strings.Contains(errs, "9 questions mapped") ||
		!strings.Contains(errs, "not mapped: ../bank/testdata/_moodle/examples.gift:39 (num): numerical question has no item type here") {
		t.Fatalf("import gift: %d %q %q", code, stdout, errs)
	}
	b, _ := bank.Read(out)
	if len(b.Items) != 9 {
		t.Errorf("converted YAML holds %d items, want 9", len(b.Items))
	}
	// Back out as Moodle XML and in again.
	xml := filepath.Join(dir, "x.xml")
	if code, _, errs := run(t, "", "bank", "export", "--format", "moodle-xml", "--out", xml, "../bank/testdata/_moodle/../duplicate-id/a.yaml"); code != 0 {
		t.Fatalf("export: %d %q", code, errs)
	}
	code, stdout, errs = run(t, "", "bank", "import", "--format", "moodle-xml", xml)
	if code != 0 || !strings.Contains(stdout, "id: x-01") || !strings.Contains(stdout, "type: gap_fill") {
		t.Errorf("import moodle-xml: %d %q %q", code, stdout, errs)
	}
	if code, _, _ := run(t, "", "bank", "import", "--format", "gift"); code != 2 {
		t.Errorf("no file: %d", code)
	}
}

func TestBankSynthWithoutEspeak(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	code, _, errs := run(t, "", "bank", "synth", smallBank(t))
	if code != 1 || !strings.Contains(errs, "espeak-ng is not installed") {
		t.Errorf("%d %q", code, errs)
	}
}

func TestBankSynth(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		t.Skip("espeak-ng not installed")
	}
	if _, err := exec.LookPath("sox"); err != nil {
		if _, err := exec.LookPath("ffmpeg"); err != nil {
			t.Skip("neither sox nor ffmpeg installed")
		}
	}
	dir := smallBank(t)
	must(t, os.Remove(filepath.Join(dir, "small/audio/a.ogg")))
	must(t, os.WriteFile(filepath.Join(dir, "small/words.yaml"), []byte(`vocabulary:
  - {term: lớp, lao: ຫ້ອງຮຽນ, pos: noun, example: Tôi đến lớp., level: 1, topic: study, audio: audio/v-lop.ogg, reviewed: false}
`), 0o644))
	if code, _, _ := run(t, "", "bank", "lint", dir); code != 1 {
		t.Fatal("lint passed with the recording missing")
	}
	code, out, errs := run(t, "", "bank", "synth", dir)
	if code != 0 || !strings.Contains(out, "wrote 2 recordings") {
		t.Fatalf("synth: %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, "", "bank", "lint", dir); code != 0 {
		t.Errorf("lint after synth: %d %q", code, out)
	}
	if code, out, _ := run(t, "", "bank", "synth", dir); code != 0 || out != "no audio missing\n" {
		t.Errorf("second synth: %d %q", code, out)
	}
}

// Issue 17.23: bank stats counts reviewed Lao glosses and explanations, from
// the files and from the database alike.
func TestBankStatsLaoCoverage(t *testing.T) {
	t.Parallel()
	dir := smallBank(t)
	// A drafted explanation and three glosses, one reviewed.
	must(t, os.WriteFile(filepath.Join(dir, "small/more.yaml"), []byte(`items:
  - id: l-small-02
    skill: listening
    level: 1
    type: choice
    topics: [study]
    prompt: Người nói làm gì?
    audio: audio/a.ogg
    transcript: Tôi là học viên.
    instructions: {lo: ຟັງ, vi: Nghe, en: Listen}
    options:
      - {text: Học, correct: true}
      - text: Dạy
    feedback: {lo: ຜູ້ເວົ້າເປັນນັກຮຽນ., vi: Người nói là học viên.}
    reviewed: false
vocabulary:
  - {term: "bố", lao: "ພໍ່", en: father, pos: noun, example: "Bố tôi là nông dân.", level: 1, topic: study, reviewed: true}
  - {term: "mẹ", lao: "ແມ່", en: mother, pos: noun, example: "Mẹ tôi nấu cơm.", level: 1, topic: study, reviewed: false}
  - {term: "học", lao: "ຮຽນ", en: study, pos: verb, example: "Tôi học tiếng Việt.", level: 1, topic: study, reviewed: false}
`), 0o644))
	db := filepath.Join(t.TempDir(), "s.db")
	run(t, "", "migrate", "--db", db)
	if code, _, errs := run(t, "", "bank", "import", "--db", db, dir); code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	for _, args := range [][]string{{dir}, {"--db", db}} {
		code, out, errs := run(t, "", append([]string{"bank", "stats", "--json"}, args...)...)
		var got struct {
			LaoReviewed int              `json:"lao_reviewed"`
			LaoTotal    int              `json:"lao_total"`
			Lao         bank.LaoCoverage `json:"lao"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("%v: %d %q %q", args, code, out, errs)
		}
		// 1 of 3 glosses, 1 of 2 explanations.
		if got.LaoReviewed != 2 || got.LaoTotal != 5 || got.Lao.Glosses != 3 || got.Lao.ExplanationsReviewed != 1 {
			t.Errorf("%v: %+v", args, got)
		}
	}
	if code, out, _ := run(t, "", "bank", "stats", dir); code != 0 || !strings.Contains(out, "Lao reviewed: 1 of 3 glosses, 1 of 2 explanations") {
		t.Errorf("stats table: %d %q", code, out)
	}
}
