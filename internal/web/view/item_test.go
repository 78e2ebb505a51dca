package view

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"hocviet/internal/bank"
	"hocviet/internal/viet"
	webfiles "hocviet/web"
)

// Sentinels written into the parts of an item that are its key: none may
// reach a page before the answer is graded, and none ever reaches the exam.
const (
	keyAccept     = "KEYACCEPT"
	keyGap        = "KEYGAP"
	keyTranscript = "KEYTRANSCRIPT"
	keyFeedback   = "KEYFEEDBACK"
	keyExpected   = "KEYEXPECTED"
)

var allKeys = []string{keyAccept, keyGap, keyTranscript, keyFeedback, keyExpected}

// everyType is one item of each type, each carrying the sentinels where its
// type keeps a key.
func everyType() []*bank.Item {
	base := func(id, skill, typ string) *bank.Item {
		return &bank.Item{ID: id, Skill: skill, Level: 2, Type: typ, Prompt: "Câu hỏi " + id,
			Instructions: bank.Text{Vi: "Làm bài", En: "Answer", Lo: "ຕອບ"},
			Transcript:   keyTranscript, Feedback: bank.Text{Vi: keyFeedback, En: keyFeedback, Lo: keyFeedback}}
	}
	var out []*bank.Item
	it := base("c1", bank.Reading, bank.TypeChoice)
	it.Options = []bank.Option{{ID: "a", Text: "một"}, {ID: "b", Text: "hai", Correct: true}, {ID: "c", Text: "ba"}}
	out = append(out, it)
	it = base("t1", bank.Reading, bank.TypeTrueFalse)
	it.Answer = "false"
	out = append(out, it)
	it = base("p1", bank.Listening, bank.TypeTonePick)
	it.Answer = "sac"
	out = append(out, it)
	it = base("d1", bank.Listening, bank.TypeDictation)
	it.Accept = []string{keyAccept + " xin chào"}
	out = append(out, it)
	it = base("m1", bank.Writing, bank.TypeAddMarks)
	it.Text = "toi di hoc"
	it.Accept = []string{keyAccept + " tôi đi học"}
	out = append(out, it)
	for _, typ := range []string{bank.TypeCloze, bank.TypeGapFill} {
		it = base("g-"+typ, bank.Reading, typ)
		it.Text = "Tôi {1} cơm và {2} nước."
		it.Gaps = []bank.Gap{{Options: []string{"ăn", "ngủ"}, Answer: "ăn"}, {Answer: keyGap, Accept: []string{keyGap + "2"}}}
		out = append(out, it)
	}
	it = base("x1", bank.Reading, bank.TypeMatch)
	it.Pairs = []bank.Pair{{Left: "mèo", Right: "cat"}, {Left: "chó", Right: "dog"}}
	out = append(out, it)
	it = base("o1", bank.Writing, bank.TypeOrderWords)
	it.Words = []string{"tôi", "đi", "học"}
	it.Accept = []string{keyAccept + " tôi đi học"}
	out = append(out, it)
	it = base("e1", bank.Writing, bank.TypeEssay)
	it.MinWords, it.MaxWords = 50, 120
	out = append(out, it)
	it = base("r1", bank.Speaking, bank.TypeReadAloud)
	it.Text = "Xin chào các bạn"
	out = append(out, it)
	it = base("s1", bank.Speaking, bank.TypeRespond)
	out = append(out, it)
	return out
}

// partial parses the item partial as the pages do.
func partial(t *testing.T) *template.Template {
	t.Helper()
	tpl, err := template.New("x").Funcs(template.FuncMap{"add": func(a, b int) int { return a + b }}).
		ParseFS(webfiles.FS, "templates/partials/item.html")
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

func render(t *testing.T, tpl *template.Template, v *Item) string {
	t.Helper()
	var b bytes.Buffer
	if err := tpl.ExecuteTemplate(&b, "item", v); err != nil {
		t.Fatalf("%s: %v", v.ID, err)
	}
	return b.String()
}

// A graded answer with detail naming the key: the exam must drop it.
func gradedInput(ctx Context, it *bank.Item) Input {
	detail := []bank.Detail{{Part: "gap 1", Expected: keyExpected, Verdict: viet.VerdictWrong},
		{Part: "gap 2", Expected: keyExpected, Verdict: viet.VerdictWrong},
		{Part: "mèo", Expected: keyExpected, Verdict: viet.VerdictWrong}}
	return Input{Context: ctx, Item: it, Lang: "lo", Seed: 7, T: func(id string, _ ...any) string { return id },
		Response: bank.Response{Choices: []string{"a"}, Text: "xin chao", Gaps: []string{"ngủ", "x"},
			Pairs: map[string]string{"mèo": "dog"}, Words: []string{"đi"}},
		Graded: true, Detail: detail}
}

func TestExamItemsCarryNoKey(t *testing.T) {
	tpl := partial(t)
	seen := map[string]bool{}
	for _, it := range everyType() {
		seen[it.Type] = true
		t.Run(it.Type, func(t *testing.T) {
			// Even told the answer was graded, the exam context shows no key.
			v := BuildItem(gradedInput(Exam, it))
			html := render(t, tpl, v)
			for _, k := range allKeys {
				if strings.Contains(html, k) {
					t.Errorf("the exam page of a %s item holds %s:\n%s", it.Type, k, html)
				}
			}
			for _, mark := range []string{"correct", "wrong", "✓", "gap-expected"} {
				if strings.Contains(html, mark) {
					t.Errorf("the exam page of a %s item marks answers (%q)", it.Type, mark)
				}
			}
			if v.Graded || v.Public.Transcript != "" || v.Public.Feedback != nil {
				t.Errorf("the exam view holds graded state: %+v", v)
			}
			for _, o := range v.Options {
				if o.Correct {
					t.Errorf("option %s is flagged correct in the exam view", o.ID)
				}
			}
			// Practice before answering shows no key either.
			in := gradedInput(Practice, it)
			in.Graded, in.Detail = false, nil
			if html := render(t, tpl, BuildItem(in)); containsAny(html, allKeys) != "" {
				t.Errorf("an unanswered practice %s item holds %s", it.Type, containsAny(html, allKeys))
			}
		})
	}
	for _, types := range bank.Types {
		for _, typ := range types {
			if !seen[typ] {
				t.Errorf("type %s is not tested", typ)
			}
		}
	}
}

// The sentinels are visible where the key may show: the test above could
// fail.
func TestGradedPreviewShowsTheKey(t *testing.T) {
	tpl := partial(t)
	for _, it := range everyType() {
		if it.Type != bank.TypeCloze && it.Type != bank.TypeMatch {
			continue
		}
		html := render(t, tpl, BuildItem(gradedInput(Preview, it)))
		if !strings.Contains(html, keyExpected) {
			t.Errorf("a graded preview of a %s item does not show the expected answer:\n%s", it.Type, html)
		}
	}
	for _, it := range everyType() {
		if it.Type == bank.TypeChoice {
			v := BuildItem(gradedInput(Practice, it))
			var right []string
			for _, o := range v.Options {
				if o.Correct {
					right = append(right, o.ID)
				}
			}
			if len(right) != 1 || right[0] != "b" {
				t.Errorf("graded practice choice: correct options %v, want [b]", right)
			}
			if v.Public.Feedback == nil || v.Public.Transcript != keyTranscript {
				t.Error("graded practice does not reveal the feedback and transcript")
			}
		}
	}
}

func containsAny(s string, subs []string) string {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return x
		}
	}
	return ""
}

func TestCorrectAnswerOnlyOnceGraded(t *testing.T) {
	want := map[string]string{bank.TypeChoice: "hai", bank.TypeTrueFalse: "exam.answer.false", bank.TypeTonePick: ToneLabel("sac")}
	for _, it := range everyType() {
		for _, ctx := range []Context{Exam, Practice, Preview} {
			in := gradedInput(ctx, it)
			if got := BuildItem(in).CorrectAnswer(); ctx == Exam && got != "" {
				t.Errorf("exam %s: CorrectAnswer %q", it.Type, got)
			} else if ctx != Exam && got != want[it.Type] {
				t.Errorf("graded %v %s: CorrectAnswer %q, want %q", ctx, it.Type, got, want[it.Type])
			}
			in.Graded = false
			if got := BuildItem(in).CorrectAnswer(); got != "" {
				t.Errorf("ungraded %v %s: CorrectAnswer %q", ctx, it.Type, got)
			}
		}
	}
	if got := StaffKey(everyType()[5]); len(got) != 2 || got[1] != "{2} "+keyGap {
		t.Errorf("StaffKey of a cloze item = %q", got)
	}
}
