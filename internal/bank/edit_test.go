package bank

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func editorItem() *Item {
	return &Item{ID: "r-choice-x", Skill: Reading, Level: 2, Type: TypeChoice, Topics: []string{"study"},
		Prompt: "Lớp học bắt đầu lúc mấy giờ?", Passage: "Lớp học bắt đầu lúc bảy giờ sáng.",
		Instructions: Text{Lo: "ອ່ານ ແລ້ວເລືອກ", Vi: "Đọc rồi chọn.", En: "Read and choose."},
		Options:      []Option{{ID: "a", Text: "Bảy giờ", Correct: true}, {ID: "b", Text: "Tám giờ"}}}
}

func fields(ps []Problem, sev string) []string {
	var fs []string
	for _, p := range ps {
		if p.Severity == sev {
			fs = append(fs, p.Field+": "+p.Message)
		}
	}
	return fs
}

// Each rule's problem names the form field to show it beside.
func TestCheckItemNamesTheField(t *testing.T) {
	t.Parallel()
	writing := &Rubric{ID: "writing-general", Skill: Writing}
	for _, tt := range []struct {
		name  string
		edit  func(*Item)
		field string
		msg   string
	}{
		{"ok", func(*Item) {}, "", ""},
		{"bad id", func(it *Item) { it.ID = "X 1" }, "id", "is not a valid id"},
		{"level", func(it *Item) { it.Level = 9 }, "level", `"level" must be at most 6`},
		{"no topics", func(it *Item) { it.Topics = nil }, "topics", `missing "topics"`},
		{"credit", func(it *Item) { x := 2.0; it.Credit = &Credit{Tone: &x} }, "credit.tone", "must be at most 1"},
		{"type for skill", func(it *Item) { it.Type = TypeEssay }, "type", "is not a reading type"},
		{"no prompt", func(it *Item) { it.Prompt = "" }, "prompt", "needs a prompt"},
		{"no passage", func(it *Item) { it.Passage = "" }, "passage", "has no passage"},
		{"no instructions", func(it *Item) { it.Instructions = Text{} }, "instructions", `missing "instructions"`},
		{"no correct", func(it *Item) { it.Options[0].Correct = false }, "options", "no option is marked correct"},
		{"one option", func(it *Item) { it.Options = it.Options[:1] }, "options", "at least 2 options"},
		{"duplicate option", func(it *Item) {
			it.Options = append(it.Options, Option{ID: "c", Text: "bảy giờ"})
		}, "options[2]", `duplicate option "bảy giờ" (also option 1)`},
		{"not nfc", func(it *Item) { it.Prompt = norm.NFD.String(it.Prompt) }, "prompt", "NFC"},
		{"group missing", func(it *Item) { it.Group = "g-nope" }, "group", `group "g-nope" not found`},
		{"gaps", func(it *Item) {
			it.Type, it.Text = TypeCloze, "Tôi {1} học."
			it.Gaps = []Gap{{Options: []string{"đi", "về"}, Answer: "đến"}}
		}, "gaps[0]", `answer "đến" is not one of its options`},
		{"gap count", func(it *Item) {
			it.Type, it.Text = TypeCloze, "Tôi {1} học {2}."
			it.Gaps = []Gap{{Accept: []string{"đi"}}}
		}, "gaps", "text has 2 gaps"},
		{"match", func(it *Item) {
			it.Type, it.Options = TypeMatch, nil
			it.Pairs = []Pair{{Left: "to", Right: "nhỏ"}, {Left: "to", Right: "lạnh"}}
		}, "pairs[1]", "duplicate left side"},
		{"tone", func(it *Item) {
			it.Skill, it.Type, it.Options, it.Audio = Listening, TypeTonePick, nil, "core/audio/x.ogg"
			it.Transcript, it.Answer = "bà", "sac"
		}, "answer", "does not match the tone"},
		{"rubric", func(it *Item) {
			it.Skill, it.Type, it.Options, it.MaxWords = Writing, TypeEssay, nil, 100
			it.Rubric = "speaking-general"
		}, "rubric", `rubric "speaking-general" not found`},
		{"essay words", func(it *Item) {
			it.Skill, it.Type, it.Options, it.Rubric = Writing, TypeEssay, nil, "writing-general"
		}, "max_words", "essay needs max_words"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			it := editorItem()
			tt.edit(it)
			ps := CheckItem(it, nil, map[string]*Rubric{writing.ID: writing})
			errs := fields(ps, SevError)
			if tt.field == "" && tt.msg == "" {
				if len(errs) > 0 {
					t.Fatalf("want no errors, got %q", errs)
				}
				return
			}
			if !slices.ContainsFunc(errs, func(s string) bool {
				return strings.HasPrefix(s, tt.field+": ") && strings.Contains(s, tt.msg)
			}) {
				t.Fatalf("want %s: …%s…, got %q", tt.field, tt.msg, errs)
			}
		})
	}
}

func TestCheckItemLeavesTheItemAlone(t *testing.T) {
	t.Parallel()
	it := editorItem()
	it.Options[0].Correct = false
	before, _ := json.Marshal(it)
	CheckItem(it, nil, nil)
	after, _ := json.Marshal(it)
	if string(before) != string(after) || it.Options[0].Line != 0 {
		t.Fatalf("CheckItem changed the item:\n%s\n%s", before, after)
	}
}

// The editor and lint agree: for every fixture item lint can read, each
// problem CheckItem finds is one lint prints, and the item rules lint
// prints are all found.
func TestCheckItemAgreesWithLint(t *testing.T) {
	t.Parallel()
	dirs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, dir := range dirs {
		if strings.HasPrefix(filepath.Base(dir), "_") {
			continue
		}
		b, ps := Read(dir)
		lint := map[string]bool{}
		for _, p := range ps {
			lint[alsoAt.ReplaceAllString(p.Message, "")] = true
		}
		found := map[string]bool{}
		for _, it := range b.Items {
			rubrics := map[string]*Rubric{}
			if rb, ok := b.Rubric(it.Rubric); ok {
				rubrics[rb.ID] = rb
			}
			for _, p := range CheckItem(it, b.GroupOf(it), rubrics) {
				p.Message = alsoAt.ReplaceAllString(p.Message, "")
				found[p.Message] = true
				checked++
				if !lint[p.Message] {
					t.Errorf("%s: CheckItem says %q (%s), lint does not", dir, p.Message, p.Field)
				}
			}
		}
		itemRule := map[string]bool{"choice-no-correct": true, "choice-duplicate-option": true, "gap-count": true,
			"gap-answer-not-option": true, "tone-mismatch": true, "order-words-mismatch": true, "add-marks-mismatch": true,
			"essay-no-max": true, "prompt-missing": true, "listening-no-audio": true, "match-duplicate": true,
			"true-false-answer": true, "rubric-not-found": true, "group-missing": true, "not-a-syllable": true}
		if itemRule[filepath.Base(dir)] {
			for msg := range lint {
				if !found[msg] {
					t.Errorf("%s: lint says %q, CheckItem does not", dir, msg)
				}
			}
		}
	}
	if checked < 15 {
		t.Fatalf("only %d problems compared", checked)
	}
}

// alsoAt is where a message points at another entry: a line in a file, a
// place in the editor.
var alsoAt = regexp.MustCompile(` \(also (line|option) \d+\)`)

// An item written by ItemYAML reads back as the same item, for every item
// of every shipped bank: so a web edit downloaded and committed imports as
// "unchanged".
func TestItemYAMLReadsBackTheSame(t *testing.T) {
	t.Parallel()
	root := "../../question_banks"
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	n := 0
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(root, e.Name(), BankMarker)); err != nil {
			continue
		}
		b, _ := Read(filepath.Join(root, e.Name()))
		dir := filepath.Join(tmp, e.Name())
		sub := filepath.Join(dir, "sub")
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, BankMarker), []byte("bank:\n  title: {vi: x}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		for i, it := range b.Items {
			// Half the items go one folder down, where media paths start "../".
			d, s := dir, ""
			if i%2 == 1 {
				d, s = sub, "sub"
			}
			y, err := ItemYAML(it, func(k string) string { return MediaPath(s, k) }, "item "+it.ID)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, it.ID+".yaml"), y, 0o644); err != nil {
				t.Fatal(err)
			}
			j, _ := json.Marshal(it)
			want[it.ID] = string(j)
		}
		back, ps := Read(dir)
		// Groups and media are not copied, so rules about them fail here;
		// what matters is that each file reads.
		for _, p := range ps {
			if strings.Contains(p.Message, "YAML") || strings.Contains(p.Message, "unknown") {
				t.Errorf("%s", p)
			}
		}
		for _, it := range back.Items {
			j, _ := json.Marshal(it)
			if want[it.ID] != string(j) {
				t.Errorf("%s reads back differently:\n got %s\nwant %s", it.ID, j, want[it.ID])
			}
			delete(want, it.ID)
			n++
		}
		for id := range want {
			t.Errorf("%s did not read back", id)
		}
	}
	if n < 100 {
		t.Fatalf("only %d items compared", n)
	}
}

func TestItemYAMLLooksHandWritten(t *testing.T) {
	t.Parallel()
	it := editorItem()
	it.Audio = "core/audio/web-1.ogg"
	it.Passage = "Dòng một.\nDòng hai."
	y, err := ItemYAML(it, nil, "from the web editor")
	if err != nil {
		t.Fatal(err)
	}
	got := string(y)
	for _, want := range []string{"# from the web editor\nitems:\n  - id: r-choice-x\n", "    topics: [study]\n",
		"    audio: audio/web-1.ogg\n", "    passage: |-\n      Dòng một.\n      Dòng hai.\n", "        correct: true\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("YAML lacks %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{"id: a", "feedback", "{}", `""`} {
		if strings.Contains(got, bad) {
			t.Errorf("YAML has %q:\n%s", bad, got)
		}
	}
}

func TestMediaPath(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ sub, key, want string }{
		{"", "core/audio/x.ogg", "audio/x.ogg"},
		{".", "core/audio/x.ogg", "audio/x.ogg"},
		{"listening", "core/audio/x.ogg", "../audio/x.ogg"},
		{"a/b", "core/images/p.png", "../../images/p.png"},
	} {
		if got := MediaPath(tt.sub, tt.key); got != tt.want {
			t.Errorf("MediaPath(%q, %q) = %q, want %q", tt.sub, tt.key, got, tt.want)
		}
	}
}

func TestCheckMedia(t *testing.T) {
	t.Parallel()
	ogg, err := os.ReadFile("testdata/_media/a.ogg")
	if err != nil {
		t.Fatal(err)
	}
	png, err := os.ReadFile("testdata/_media/p.png")
	if err != nil {
		t.Fatal(err)
	}
	if mt, err := CheckMedia(ogg, false); err != nil || mt != "audio/ogg" {
		t.Errorf("ogg as audio: %q, %v", mt, err)
	}
	if mt, err := CheckMedia(png, true); err != nil || mt != "image/png" {
		t.Errorf("png as image: %q, %v", mt, err)
	}
	if _, err := CheckMedia(png, false); err == nil || !strings.Contains(err.Error(), "image/png, not ogg/opus, mp3 or wav") {
		t.Errorf("png as audio: %v", err)
	}
	if _, err := CheckMedia([]byte("<html><script>alert(1)</script>"), true); err == nil {
		t.Error("html accepted as an image")
	}
	big := append(slices.Clone(png), make([]byte, MaxImageBytes)...)
	_, err = CheckMedia(big, true)
	if me, ok := err.(*MediaError); !ok || !me.TooLarge || me.MIME != "image/png" {
		t.Errorf("big png: %v", err)
	}
}
