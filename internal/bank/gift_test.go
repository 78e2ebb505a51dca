package bank

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func importExamples(t *testing.T) ([]*Item, []Unmapped) {
	t.Helper()
	f, err := os.Open("testdata/_moodle/examples.gift")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, skipped, err := ImportGIFT(f, "examples.gift")
	if err != nil {
		t.Fatal(err)
	}
	return items, skipped
}

func TestImportGIFTEveryType(t *testing.T) {
	t.Parallel()
	items, skipped := importExamples(t)
	got := map[string]*Item{}
	for _, it := range items {
		got[it.ID] = it
	}
	want := map[string]string{"mc": "reading/choice", "multi": "reading/choice", "tf": "reading/true_false",
		"tf2": "reading/true_false", "sa": "writing/gap_fill", "match": "reading/match", "missing": "reading/cloze",
		"essay": "writing/essay", "dict": "listening/dictation"}
	for id, st := range want {
		it, ok := got[id]
		if !ok {
			t.Errorf("%s not imported", id)
			continue
		}
		if it.Skill+"/"+it.Type != st {
			t.Errorf("%s: %s/%s, want %s", id, it.Skill, it.Type, st)
		}
	}
	if len(items) != len(want) {
		t.Errorf("%d items, want %d", len(items), len(want))
	}
	var gotSkipped []string
	for _, u := range skipped {
		gotSkipped = append(gotSkipped, u.String())
	}
	wantSkipped := []string{
		// Per-answer feedback has no place in an item: said, not dropped.
		"examples.gift:5 (mc): feedback on answer \"Hà Nội\" not kept (items have one explanation): \"Đúng rồi.\"",
		"examples.gift:5 (mc): feedback on answer \"Viêng Chăn\" not kept (items have one explanation): \"Đây là thủ đô của Lào.\"",
		"examples.gift:39 (num): numerical question has no item type here",
		"examples.gift:44 (desc): description question has no item type here",
	}
	if !slices.Equal(gotSkipped, wantSkipped) {
		t.Errorf("unmapped:\n\t%s\nwant\n\t%s", strings.Join(gotSkipped, "\n\t"), strings.Join(wantSkipped, "\n\t"))
	}
	if it := got["mc"]; it != nil && (len(it.Options) != 3 || !it.Options[0].Correct || it.Options[1].Correct || it.Feedback.Vi != "Hà Nội là thủ đô của Việt Nam.") {
		t.Errorf("mc = %+v", it)
	}
	if it := got["multi"]; it != nil {
		var right []string
		for _, o := range it.Options {
			if o.Correct {
				right = append(right, o.Text)
			}
		}
		if !slices.Equal(right, []string{"Hủa Phăn", "Xiêng Khoảng"}) {
			t.Errorf("multi correct = %v", right)
		}
	}
	if it := got["tf"]; it != nil && it.Answer != "true" {
		t.Errorf("tf answer %q", it.Answer)
	}
	if it := got["tf2"]; it != nil && it.Answer != "false" {
		t.Errorf("tf2 answer %q", it.Answer)
	}
	if it := got["missing"]; it != nil && (it.Text != "Tôi {1} người Lào." || it.Gaps[0].Answer != "là" || len(it.Gaps[0].Options) != 3) {
		t.Errorf("missing = %q %+v", it.Text, it.Gaps)
	}
	if it := got["sa"]; it != nil && (!slices.Equal(it.Gaps[0].Accept, []string{"Viêng Chăn", "Viên Chăn"})) {
		t.Errorf("sa = %+v", it.Gaps)
	}
	if it := got["match"]; it != nil && (len(it.Pairs) != 3 || it.Pairs[1] != (Pair{Left: "nóng", Right: "lạnh"})) {
		t.Errorf("match = %+v", it.Pairs)
	}
	if it := got["dict"]; it != nil && (it.Level != 2 || !slices.Equal(it.Accept, []string{"Tôi là học viên."})) {
		t.Errorf("dict = %+v", it)
	}
}

// key is what must survive a trip through Moodle: the answer key and text.
func key(it *Item) string {
	var b strings.Builder
	b.WriteString(it.ID + "|" + it.Skill + "|" + it.Type + "|" + it.Prompt + "|" + it.Text + "|" + it.Answer + "|")
	for _, o := range it.Options {
		b.WriteString(o.Text)
		if o.Correct {
			b.WriteString("*")
		}
		b.WriteString(";")
	}
	b.WriteString("|" + strings.Join(it.Accept, ";") + "|")
	for _, g := range it.Gaps {
		b.WriteString(strings.Join(g.Options, ",") + "=" + g.Answer + "/" + strings.Join(g.Accept, ",") + ";")
	}
	for _, p := range it.Pairs {
		b.WriteString(p.Left + "->" + p.Right + ";")
	}
	return b.String()
}

type exporter func(w *bytes.Buffer, items []*Item) ([]Unmapped, error)
type importer func(data []byte) ([]*Item, []Unmapped, error)

var formats = map[string]struct {
	exp exporter
	imp importer
}{
	"gift": {func(w *bytes.Buffer, items []*Item) ([]Unmapped, error) { return ExportGIFT(w, items) },
		func(d []byte) ([]*Item, []Unmapped, error) { return ImportGIFT(bytes.NewReader(d), "x") }},
	"moodle-xml": {func(w *bytes.Buffer, items []*Item) ([]Unmapped, error) { return ExportMoodleXML(w, items) },
		func(d []byte) ([]*Item, []Unmapped, error) { return ImportMoodleXML(bytes.NewReader(d), "x") }},
}

// Items of the mapped types come back from Moodle with the same answer key;
// a second export is byte for byte the first.
func TestMoodleRoundTrip(t *testing.T) {
	t.Parallel()
	examples, _ := importExamples(t)
	core := loadCore(t).Items
	for name, f := range formats {
		for _, src := range []struct {
			name  string
			items []*Item
		}{{"examples", examples}, {"core", core}} {
			t.Run(name+"/"+src.name, func(t *testing.T) {
				var first bytes.Buffer
				skipped, err := f.exp(&first, src.items)
				if err != nil {
					t.Fatal(err)
				}
				back, unmapped, err := f.imp(first.Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if len(unmapped) > 0 {
					t.Errorf("re-import left out %v", unmapped)
				}
				notMapped := map[string]bool{}
				for _, u := range skipped {
					if !u.Partial {
						notMapped[u.Where] = true
					}
				}
				byID := map[string]*Item{}
				for _, it := range back {
					byID[it.ID] = it
				}
				mapped := 0
				for _, it := range src.items {
					if notMapped[it.ID] {
						if _, ok := byID[it.ID]; ok {
							t.Errorf("%s was reported unmapped but exported", it.ID)
						}
						continue
					}
					mapped++
					got, ok := byID[it.ID]
					if !ok {
						t.Errorf("%s lost", it.ID)
						continue
					}
					if it.Type == TypeEssay {
						if got.Type != TypeEssay || got.Prompt != it.Prompt {
							t.Errorf("%s: essay came back as %s %q", it.ID, got.Type, got.Prompt)
						}
						continue
					}
					want := *it
					want.Extra = nil
					if k1, k2 := key(&want), key(got); k1 != k2 {
						t.Errorf("%s changed:\n\t%s\n\t%s", it.ID, k1, k2)
					}
				}
				if mapped != len(back) {
					t.Errorf("%d items came back, %d were mapped", len(back), mapped)
				}
				var second bytes.Buffer
				if _, err := f.exp(&second, back); err != nil {
					t.Fatal(err)
				}
				if first.String() != second.String() {
					t.Errorf("second export differs:\n%s\n---\n%s", first.String(), second.String())
				}
			})
		}
	}
}

func TestExportReportsUnmapped(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	skipped, err := ExportGIFT(&buf, loadCore(t).Items)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, u := range skipped {
		if strings.Contains(u.Reason, "no Moodle counterpart") {
			types[strings.Fields(strings.TrimPrefix(u.Reason, "type "))[0]] = true
		}
	}
	for _, typ := range []string{TypeTonePick, TypeCloze, TypeOrderWords, TypeAddMarks, TypeReadAloud, TypeRespond} {
		if !types[typ] {
			t.Errorf("%s not reported as unmapped", typ)
		}
	}
	if !strings.Contains(buf.String(), "$CATEGORY: hocviet/listening/bac1") {
		t.Error("no category line carrying skill and level")
	}
}

func TestImportMoodleXML(t *testing.T) {
	t.Parallel()
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/hocviet/reading/bac2</text></category></question>
  <question type="multichoice">
    <name><text>q1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Thủ đô của Việt Nam là gì?</p>]]></text></questiontext>
    <single>true</single>
    <answer fraction="100"><text>Hà Nội</text></answer>
    <answer fraction="0"><text>Huế</text></answer>
  </question>
  <question type="numerical">
    <name><text>q2</text></name>
    <questiontext format="html"><text>Một tuần có bao nhiêu ngày?</text></questiontext>
    <answer fraction="100"><text>7</text></answer>
  </question>
  <question type="description">
    <name><text>q3</text></name>
    <questiontext format="html"><text>Đọc kỹ hướng dẫn.</text></questiontext>
  </question>
</quiz>`
	items, skipped, err := ImportMoodleXML(strings.NewReader(doc), "q.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].ID != "q1" || items[0].Prompt != "Thủ đô của Việt Nam là gì?" || items[0].Level != 2 || !items[0].Options[0].Correct {
		t.Errorf("items = %+v", items)
	}
	if len(skipped) != 2 || !strings.Contains(skipped[0].String(), "(q2): numerical") || !strings.Contains(skipped[1].String(), "(q3): description") {
		t.Errorf("skipped = %v", skipped)
	}
}

// Issue 13.11: the level from the category, ids from question names (unique
// in the file and against the bank), weights and answer feedback reported,
// a syntax error with the file and line.
func TestImportGIFTKeepsMore(t *testing.T) {
	t.Parallel()
	src := `$CATEGORY: $course$/Tiếng Việt/Nghe hiểu - Bậc 3

::Câu 1 – Đi chợ::Chợ ở đâu? {=gần trường ~xa trường}

::Câu 1 – Đi chợ::Chợ mở lúc mấy giờ? {=sáu giờ ~mười giờ}

$CATEGORY: đọc/level 5

::r-01::Thủ đô của Lào? {=Viêng Chăn =%50%Vientiane}

$CATEGORY: x/bac 2

::Chọn nhiều::Chọn các tỉnh của Lào. {~%60%Hủa Phăn ~%40%Xiêng Khoảng ~%-100%Thanh Hoá}
`
	taken := func(id string) bool { return id == "r-01" }
	items, unmapped, err := ImportGIFTFor(strings.NewReader(src), "x.gift", taken)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, fmt.Sprintf("%s %d", it.ID, it.Level))
	}
	want := []string{"cau-1-di-cho 3", "cau-1-di-cho-2 3", "r-01-2 5", "chon-nhieu 2"}
	if !slices.Equal(got, want) {
		t.Errorf("ids and levels %v, want %v", got, want)
	}
	var lost []string
	for _, u := range unmapped {
		lost = append(lost, u.String())
	}
	wantLost := []string{
		"x.gift:9 (r-01): answer \"Vientiane\" worth 50 % not kept: a typed answer is accepted or not (only 100 % answers are in accept)",
		"x.gift:13 (Chọn nhiều): weight 60 % of answer \"Hủa Phăn\" not kept: the item is scored on the exact set of correct options",
		"x.gift:13 (Chọn nhiều): weight 40 % of answer \"Xiêng Khoảng\" not kept: the item is scored on the exact set of correct options",
	}
	if !slices.Equal(lost, wantLost) {
		t.Errorf("not mapped:\n\t%s\nwant\n\t%s", strings.Join(lost, "\n\t"), strings.Join(wantLost, "\n\t"))
	}

	_, _, err = ImportGIFT(strings.NewReader("// x\n\n::q::Câu hỏi {=a ~b\n"), "bad.gift")
	if err == nil || err.Error() != "bad.gift:3: GIFT syntax: answer block not closed with }" {
		t.Errorf("syntax error: %v", err)
	}
}
