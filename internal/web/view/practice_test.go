package view

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/viet"
)

// echoT words a message as its id followed by its arguments, so a test
// sees which message was chosen and with what.
func echoT(id string, args ...any) string {
	if len(args) == 0 {
		return id
	}
	return id + fmt.Sprintf("%v", args)
}

func itemOfType(t *testing.T, typ string) *bank.Item {
	t.Helper()
	for _, it := range everyType() {
		if it.Type == typ {
			return it
		}
	}
	t.Fatalf("no item of type %s", typ)
	return nil
}

func answer(t *testing.T, verdict string, points, maxPts float64, resp bank.Response, detail []bank.Detail) *store.PracticeAnswer {
	t.Helper()
	r, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	d, err := json.Marshal(detail)
	if err != nil {
		t.Fatal(err)
	}
	return &store.PracticeAnswer{ID: 5, Verdict: verdict, Points: points, Max: maxPts, Scored: verdict != bank.VerdictPending,
		Response: string(r), DetailJSON: string(d)}
}

func TestBuildPracticeResult(t *testing.T) {
	score := 7.5
	tests := []struct {
		name  string
		lang  string
		typ   string
		ans   func(t *testing.T) *store.PracticeAnswer
		rec   *store.PracticeRecording
		cs    []store.PracticeComment
		check func(t *testing.T, r *PracticeResult)
	}{
		{name: "choice missed: the right option and the score in Lao numbers", lang: "lo", typ: bank.TypeChoice,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, viet.VerdictWrong, 0.5, 2, bank.Response{Choices: []string{"a"}}, nil)
			},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Correct != "hai" || r.Score != "0,5 / 2" || r.Label != "fb.verdict.wrong" {
					t.Errorf("correct %q score %q label %q", r.Correct, r.Score, r.Label)
				}
				if r.Explanation != keyFeedback || r.Transcript != keyTranscript {
					t.Errorf("graded practice shows the explanation and transcript: %q %q", r.Explanation, r.Transcript)
				}
			}},
		{name: "choice right: no correction, English numbers", lang: "en", typ: bank.TypeChoice,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, viet.VerdictCorrect, 1.5, 2, bank.Response{Choices: []string{"b"}}, nil)
			},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Correct != "" || r.Score != "1.5 / 2" {
					t.Errorf("correct %q score %q", r.Correct, r.Score)
				}
			}},
		{name: "gap fill: typed gaps worded, an unanswered gap left to the segment", lang: "vi", typ: bank.TypeGapFill,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, bank.VerdictPartial, 1, 2, bank.Response{Gaps: []string{"ăn", ""}},
					[]bank.Detail{{Part: "gap 1", Given: "ăn", Expected: "ăn", Verdict: viet.VerdictCorrect, Points: 1},
						{Part: "gap 2", Expected: "uống", Verdict: viet.VerdictWrong}})
			},
			check: func(t *testing.T, r *PracticeResult) {
				if len(r.Typed) != 1 || r.Typed[0].Part != "practice.item.gap_n[N 1]" || r.Typed[0].Feedback.Score != 1 {
					t.Errorf("typed %+v", r.Typed)
				}
				if r.Label != "practice.verdict.partial" {
					t.Errorf("label %q", r.Label)
				}
			}},
		{name: "order words: the sentence built beside a correct one", lang: "vi", typ: bank.TypeOrderWords,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, viet.VerdictWrong, 0, 1, bank.Response{Words: []string{"đi", "tôi", "học"}},
					[]bank.Detail{{Given: "đi tôi học", Expected: "tôi đi học", Verdict: viet.VerdictWrong}})
			},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Given != "đi tôi học" || r.Expected != "tôi đi học" || len(r.Typed) != 0 {
					t.Errorf("given %q expected %q typed %d", r.Given, r.Expected, len(r.Typed))
				}
			}},
		{name: "essay: pending, text and word count kept", lang: "lo", typ: bank.TypeEssay,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, bank.VerdictPending, 0, 10, bank.Response{Text: "Tôi là cán bộ tỉnh Hủa Phăn."}, nil)
			},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Essay != "Tôi là cán bộ tỉnh Hủa Phăn." || r.EssayWords != 7 || r.Score != "" {
					t.Errorf("essay %q words %d score %q", r.Essay, r.EssayWords, r.Score)
				}
			}},
		{name: "read aloud commented: the take may not be redone, the comment scored", lang: "vi", typ: bank.TypeReadAloud,
			ans: func(t *testing.T) *store.PracticeAnswer {
				a := answer(t, bank.VerdictPending, 0, 10, bank.Response{}, nil)
				a.Comments = 1
				return a
			},
			rec: &store.PracticeRecording{ID: 42},
			cs:  []store.PracticeComment{{Instructor: "gv1", Body: "Tốt", CreatedAt: "2025-03-10T01:30:00Z", Score: &score}},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Recording == nil || r.Recording.URL != "/candidate/recordings/42" || r.Recording.CanRedo || r.Recording.Tone == nil {
					t.Fatalf("recording %+v", r.Recording)
				}
				if len(r.Comments) != 1 || r.Comments[0].Score != "7,5 / 10" || r.Comments[0].When != "10/03/2025 08:30" {
					t.Errorf("comments %+v", r.Comments)
				}
			}},
		{name: "respond uncommented: redo allowed, no tone", lang: "vi", typ: bank.TypeRespond,
			ans: func(t *testing.T) *store.PracticeAnswer {
				return answer(t, bank.VerdictPending, 0, 10, bank.Response{}, nil)
			},
			rec: &store.PracticeRecording{ID: 43},
			check: func(t *testing.T, r *PracticeResult) {
				if r.Recording == nil || !r.Recording.CanRedo || r.Recording.Tone != nil || r.Comments != nil {
					t.Fatalf("recording %+v comments %v", r.Recording, r.Comments)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := itemOfType(t, tc.typ)
			ans := tc.ans(t)
			iv := BuildItem(Input{Context: Practice, Item: it, Lang: tc.lang, T: echoT, Seed: 1,
				Response: ans.Resp(), Graded: true, Detail: ans.Detail()})
			r := BuildPracticeResult(ResultInput{Lang: tc.lang, T: echoT, Bank: it, Item: iv, Answer: ans,
				Detail: ans.Detail(), Recording: tc.rec, Tone: &ToneFeedback{State: "ok"}, Comments: tc.cs})
			tc.check(t, r)
		})
	}
}

func TestBuildPracticeItemSteps(t *testing.T) {
	tests := []struct {
		name     string
		pos      int
		answered []int
		next     string
	}{
		{"first item, none answered: next is the second", 1, nil, "/candidate/practice/9/2"},
		{"the next unanswered skips answered ones", 1, []int{2}, "/candidate/practice/9/3"},
		{"an earlier unanswered item comes first", 3, []int{2}, "/candidate/practice/9/1"},
		{"all others answered: no next", 2, []int{1, 3}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			answers := map[int]store.PracticeAnswer{}
			for _, p := range tc.answered {
				answers[p] = store.PracticeAnswer{Verdict: viet.VerdictCorrect}
			}
			it := itemOfType(t, bank.TypeChoice)
			v := BuildPracticeItem(PracticeItemInput{Lang: "lo", T: echoT, SetID: 9, Pos: tc.pos, Items: []int{1, 2, 3},
				Bank: it, Item: &Item{}, Answers: answers})
			if v.NextURL != tc.next {
				t.Errorf("next %q, want %q", v.NextURL, tc.next)
			}
			if v.Total != 3 || len(v.Steps) != 3 || !v.Steps[tc.pos-1].Current || v.SkillLabel != "skill.reading" {
				t.Errorf("steps %+v total %d label %q", v.Steps, v.Total, v.SkillLabel)
			}
			for _, p := range tc.answered {
				if v.Steps[p-1].Verdict != viet.VerdictCorrect {
					t.Errorf("step %d verdict %q", p, v.Steps[p-1].Verdict)
				}
			}
			if v.Answered || v.SummaryURL != "/candidate/practice/9" {
				t.Errorf("answered %v summary %q", v.Answered, v.SummaryURL)
			}
		})
	}
}

func TestBuildSkillStat(t *testing.T) {
	last := time.Date(2025, 3, 9, 20, 0, 0, 0, time.UTC) // 10/03 in UTC+7
	tests := []struct {
		name  string
		st    practice.SkillStat
		level int
		want  SkillStat
	}{
		{"nothing answered: no level, no accuracy", practice.SkillStat{Skill: "reading"}, 2,
			SkillStat{Skill: "reading", Label: "skill.reading", Level: "–", LevelN: 2}},
		{"answered and scored", practice.SkillStat{Skill: "listening", Answered: 4, Scored: 3, Accuracy: 2.0 / 3, Last: last}, 3,
			SkillStat{Skill: "listening", Label: "skill.listening", Level: "practice.level_n[Level 3]", LevelN: 3,
				Accuracy: "67%", AccuracyN: 67, Answered: 4, Pending: 1, Last: "10/03/2025"}},
		{"answered, none scored yet", practice.SkillStat{Skill: "speaking", Answered: 2}, 1,
			SkillStat{Skill: "speaking", Label: "skill.speaking", Level: "practice.level_n[Level 1]", LevelN: 1,
				Answered: 2, Pending: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := BuildSkillStat(echoT, tc.st, tc.level); got != tc.want {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{Num("vi", 2.5, -1), "2,5"},
		{Num("lo", 3, -1), "3"},
		{Num("en", 1.256, -1), "1.26"},
		{Num("en", 2, 1), "2.0"},
		{Pct(0.125), "13%"},
		{Time("2025-03-10T17:05:00Z"), "11/03/2025 00:05"},
		{Time("not a time"), "not a time"},
	}
	for i, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%d: %q, want %q", i, tc.got, tc.want)
		}
	}
}

func TestBuildFeedbackNamesTheToneMerge(t *testing.T) {
	r := viet.Result{Verdict: viet.VerdictWrong, Syllables: []viet.SyllableDiff{
		{Expected: "mà", Given: "má", Error: viet.DiffTone, ExpectedTone: viet.Huyen, GivenTone: viet.Sac},
		{Expected: "nhà", Given: "nhà"},
	}}
	v := BuildFeedback(echoT, r)
	if len(v.Syllables) != 2 || v.Syllables[1].Explain != "" || !strings.HasPrefix(v.Syllables[0].Explain, "fb.instead") {
		t.Errorf("syllables %+v", v.Syllables)
	}
	if len(v.Hints) != 1 || v.Hints[0] != "fb.hint.tone_group" || v.Label != "fb.verdict.wrong" {
		t.Errorf("hints %v label %q", v.Hints, v.Label)
	}
}
