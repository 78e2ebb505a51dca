package view

import (
	"fmt"
	"math"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/viet"
)

// PracticeItem is one practice item as the page shows it: the item (the
// shared item view, with its answer state once answered), the set's
// steps around it, and after answering the feedback.
type PracticeItem struct {
	SetID      int64
	Skill      string
	SkillLabel string
	Level      int
	Pos, Total int
	Steps      []PracticeStep
	Type       string
	Answered   bool
	Item       *Item
	Result     *PracticeResult
	NextURL    string
	SummaryURL string
}

// PracticeStep is one item of the set in the step bar.
type PracticeStep struct {
	Pos     int
	URL     string
	Current bool
	Verdict string // "" while unanswered
}

// PracticeResult is the feedback on an answered item.
type PracticeResult struct {
	Verdict     string
	Label       string
	Score       string
	Typed       []PracticeTyped
	Explanation string
	Transcript  string
	Given       string // order_words: the sentence built
	Expected    string // order_words: a correct sentence
	Correct     string // choice, true/false, tone: the right answer, shown when the answer was not
	Essay       string
	EssayWords  int
	Recording   *PracticeRecording
	Comments    []PracticeComment
}

// PracticeTyped is one typed part (a gap, a dictation) with its feedback.
type PracticeTyped struct {
	Part     string
	Expected string
	Feedback Feedback
}

// PracticeRecording is a spoken answer with the model recording beside it.
type PracticeRecording struct {
	URL      string
	ModelURL string
	Tone     *ToneFeedback // read-aloud only
	CanRedo  bool
}

// PracticeComment is an instructor's comment on a practice answer.
type PracticeComment struct {
	Who, When, Body, Score string
}

// PracticeItemInput is what the handler loaded for one practice item.
type PracticeItemInput struct {
	Lang    string
	T       Translator
	SetID   int64
	Pos     int   // the item shown
	Items   []int // every position of the set, in order
	Bank    *bank.Item
	Item    *Item // the item built by BuildItem, with its form
	Answers map[int]store.PracticeAnswer
	// Result is the feedback once the item shown is answered, nil before.
	Result *PracticeResult
}

// PracticeItemURL is the page of one item of a practice set.
func PracticeItemURL(setID int64, pos int) string {
	return fmt.Sprintf("/candidate/practice/%d/%d", setID, pos)
}

// BuildPracticeItem lays out the page of one practice item: the steps
// with their verdicts and the next unanswered item.
func BuildPracticeItem(in PracticeItemInput) *PracticeItem {
	it := in.Bank
	v := &PracticeItem{SetID: in.SetID, Skill: it.Skill, SkillLabel: in.T("skill." + it.Skill), Level: it.Level,
		Pos: in.Pos, Total: len(in.Items), Type: it.Type, Answered: in.Result != nil, Item: in.Item,
		Result: in.Result, SummaryURL: fmt.Sprintf("/candidate/practice/%d", in.SetID)}
	for _, p := range in.Items {
		st := PracticeStep{Pos: p, URL: PracticeItemURL(in.SetID, p), Current: p == in.Pos}
		if a, ok := in.Answers[p]; ok {
			st.Verdict = a.Verdict
		}
		v.Steps = append(v.Steps, st)
	}
	for _, st := range v.Steps {
		if st.Verdict == "" && st.Pos != in.Pos {
			v.NextURL = st.URL
			break
		}
	}
	return v
}

// ResultInput is an answered practice item with what the handler loaded
// around it.
type ResultInput struct {
	Lang   string
	T      Translator
	Bank   *bank.Item
	Item   *Item // the item built by BuildItem with the graded answer
	Answer *store.PracticeAnswer
	Detail []bank.Detail
	// Recording is the spoken answer, nil when there is none; Tone its
	// worded analysis (read-aloud only).
	Recording *store.PracticeRecording
	ModelURL  string
	Tone      *ToneFeedback
	Comments  []store.PracticeComment
}

// VerdictLabel words a practice verdict.
func VerdictLabel(t Translator, verdict string) string {
	switch verdict {
	case bank.VerdictPartial, bank.VerdictPending, "rated":
		return t("practice.verdict." + verdict)
	}
	return t("fb.verdict." + verdict)
}

// BuildPracticeResult words the feedback on an answered practice item.
func BuildPracticeResult(in ResultInput) *PracticeResult {
	pub := in.Item.Public
	it, ans, detail, l := in.Bank, in.Answer, in.Detail, in.Lang
	r := &PracticeResult{Verdict: ans.Verdict, Label: VerdictLabel(in.T, ans.Verdict)}
	if ans.Scored {
		r.Score = Num(l, ans.Points, -1) + " / " + Num(l, ans.Max, -1)
	}
	if pub.Feedback != nil {
		r.Explanation = Text(l, *pub.Feedback)
	}
	if ans.Scored && ans.Verdict != viet.VerdictCorrect {
		r.Correct = in.Item.CorrectAnswer()
	}
	r.Transcript = pub.Transcript
	if pub.Group != nil && r.Transcript == "" {
		r.Transcript = pub.Group.Transcript
	}
	typed := it.Type == bank.TypeDictation || it.Type == bank.TypeAddMarks || it.Type == bank.TypeGapFill ||
		(it.Type == bank.TypeCloze && len(detail) > 0 && len(detail[0].Syllables) > 0)
	if typed {
		worth := ans.Max / float64(max(len(detail), 1))
		for _, d := range detail {
			if d.Syllables == nil && d.Given == "" {
				continue // an unanswered gap: the segment shows the answer
			}
			score := 0.0
			if worth > 0 {
				score = d.Points / worth
			}
			part := ""
			if n, ok := strings.CutPrefix(d.Part, "gap "); ok {
				part = in.T("practice.item.gap_n", "N", n)
			}
			r.Typed = append(r.Typed, PracticeTyped{Part: part, Expected: d.Expected,
				Feedback: BuildFeedback(in.T, viet.Result{Verdict: d.Verdict, Score: score, Syllables: d.Syllables})})
		}
	}
	if it.Type == bank.TypeOrderWords && len(detail) == 1 {
		r.Given, r.Expected = detail[0].Given, detail[0].Expected
	}
	if it.Type == bank.TypeEssay {
		r.Essay = ans.Resp().Text
		r.EssayWords = practice.WordCount(r.Essay)
	}
	if in.Recording != nil {
		rv := &PracticeRecording{URL: fmt.Sprintf("/candidate/recordings/%d", in.Recording.ID), ModelURL: in.ModelURL,
			CanRedo: ans.Comments == 0}
		if it.Type == bank.TypeReadAloud {
			rv.Tone = in.Tone
		}
		r.Recording = rv
	}
	if len(in.Comments) > 0 {
		r.Comments = PracticeComments(l, in.Comments)
	}
	return r
}

// PracticeComments words instructors' comments, scored out of 10.
func PracticeComments(l string, cs []store.PracticeComment) []PracticeComment {
	out := make([]PracticeComment, 0, len(cs))
	for _, c := range cs {
		cv := PracticeComment{Who: c.Instructor, When: Time(c.CreatedAt), Body: c.Body}
		if c.Score != nil {
			cv.Score = Num(l, *c.Score, -1) + " / 10"
		}
		out = append(out, cv)
	}
	return out
}

// SkillStat is one skill's estimate, worded.
type SkillStat struct {
	Skill, Label string
	Level        string // "Bậc 2" or "–"
	LevelN       int
	Accuracy     string // "" when nothing is scored
	AccuracyN    int    // 0–100, for the bar
	Answered     int
	Pending      int
	Last         string
}

// BuildSkillStat words one skill's estimate; level is "my level"
// (practice.MyLevel), the same number the chooser and the suggestion use.
func BuildSkillStat(t Translator, st practice.SkillStat, level int) SkillStat {
	v := SkillStat{Skill: st.Skill, Label: t("skill." + st.Skill), Level: "–", LevelN: level, Answered: st.Answered,
		Pending: st.Answered - st.Scored}
	if st.Answered > 0 && level > 0 {
		v.Level = t("practice.level_n", "Level", level)
	}
	if st.Scored > 0 {
		v.Accuracy = Pct(st.Accuracy)
		v.AccuracyN = int(math.Round(st.Accuracy * 100))
	}
	if !st.Last.IsZero() {
		v.Last = Date(st.Last)
	}
	return v
}
