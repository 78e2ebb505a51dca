package web

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// prItemView is one practice item as the page shows it: the item (the
// shared item view, with its answer state once answered), the set's
// steps around it, and after answering the feedback.
type prItemView struct {
	SetID      int64
	Skill      string
	SkillLabel string
	Level      int
	Pos, Total int
	Steps      []prStep
	Type       string
	Answered   bool
	Item       *view.Item
	Result     *prResult
	NextURL    string
	SummaryURL string
}

type prStep struct {
	Pos     int
	URL     string
	Current bool
	Verdict string // "" while unanswered
}

// prResult is the feedback on an answered item.
type prResult struct {
	Verdict     string
	Label       string
	Score       string
	Typed       []prTyped
	Explanation string
	Transcript  string
	Given       string // order_words: the sentence built
	Expected    string // order_words: a correct sentence
	Correct     string // choice, true/false, tone: the right answer, shown when the answer was not
	Essay       string
	EssayWords  int
	Recording   *prRecording
	Comments    []prComment
}

type prTyped struct {
	Part     string
	Expected string
	Feedback FeedbackView
}

type prRecording struct {
	URL      string
	ModelURL string
	Tone     *ToneView // read-aloud only
	CanRedo  bool
}

type prComment struct {
	Who, When, Body, Score string
}

func (s *Server) prItemPage(c echo.Context, li *prLoaded) (*prItemView, error) {
	ctx := c.Request().Context()
	l := pageLang(c)
	t := s.prT(c)
	u := currentUser(c)
	answers, err := s.store.Practice.PracticeAnswers(ctx, u.ID, li.set.ID)
	if err != nil {
		return nil, err
	}
	ans, answered := answers[li.pos]
	it := li.item
	in := view.Input{Context: view.Practice, Item: it, Group: li.group, Lang: l,
		T: s.itemT(c),
		// The set id seeds the shuffles, so a reload shows the same order.
		Seed:  uint64(li.set.ID),
		Media: func(key string) string { return prMediaURL(li.media[key]) }}
	var detail []bank.Detail
	if answered {
		detail = ans.Detail()
		in.Response, in.Graded, in.Detail = ans.Resp(), true, detail
	}
	iv := view.BuildItem(in)
	iv.MaxSeconds = min(max(iv.MaxSeconds, 10), prMaxRecordSeconds)
	base := fmt.Sprintf("/candidate/practice/%d/%d", li.set.ID, li.pos)
	iv.Form = view.FormState{Action: base, CSRF: csrfOf(c), DraftURL: "/api" + base + "/draft", RecordURL: "/api" + base + "/recording",
		Empty: c.QueryParam("empty") != "", ShortWords: prShortWords(c.QueryParam("short"))}
	v := &prItemView{SetID: li.set.ID, Skill: it.Skill, SkillLabel: t("skill." + it.Skill), Level: it.Level,
		Pos: li.pos, Total: len(li.items), Type: it.Type, Answered: answered, Item: iv,
		SummaryURL: fmt.Sprintf("/candidate/practice/%d", li.set.ID)}
	for _, p := range li.items {
		st := prStep{Pos: p.Position, URL: fmt.Sprintf("/candidate/practice/%d/%d", li.set.ID, p.Position), Current: p.Position == li.pos}
		if a, ok := answers[p.Position]; ok {
			st.Verdict = a.Verdict
		}
		v.Steps = append(v.Steps, st)
	}
	for _, st := range v.Steps {
		if st.Verdict == "" && st.Pos != li.pos {
			v.NextURL = st.URL
			break
		}
	}
	if it.Type == bank.TypeEssay && !answered {
		if iv.Form.Draft, err = s.store.Practice.EssayDraft(ctx, u.ID, li.set.ID, li.pos); err != nil {
			return nil, err
		}
		iv.Form.DraftWords = practice.WordCount(iv.Form.Draft)
	}
	if answered {
		if v.Result, err = s.prResult(c, li, iv, &ans, detail); err != nil {
			return nil, err
		}
		// A take may be redone until an instructor has commented on it.
		iv.Form.Recorder = v.Result.Recording != nil && v.Result.Recording.CanRedo
	} else {
		iv.Form.Recorder = true
	}
	return v, nil
}

func (s *Server) prResult(c echo.Context, li *prLoaded, iv *view.Item, ans *store.PracticeAnswer, detail []bank.Detail) (*prResult, error) {
	pub := iv.Public
	ctx := c.Request().Context()
	l := pageLang(c)
	it := li.item
	r := &prResult{Verdict: ans.Verdict, Label: s.prVerdictLabel(c, ans.Verdict)}
	if ans.Scored {
		r.Score = formatNum(pageLang(c), ans.Points, -1) + " / " + formatNum(pageLang(c), ans.Max, -1)
	}
	if pub.Feedback != nil {
		r.Explanation = view.Text(l, *pub.Feedback)
	}
	if ans.Scored && ans.Verdict != viet.VerdictCorrect {
		r.Correct = iv.CorrectAnswer()
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
				part = s.prT(c)("practice.item.gap_n", "N", n)
			}
			tv := prTyped{Part: part, Expected: d.Expected,
				Feedback: s.feedbackView(l, viet.Result{Verdict: d.Verdict, Score: score, Syllables: d.Syllables})}
			r.Typed = append(r.Typed, tv)
		}
	}
	if it.Type == bank.TypeOrderWords && len(detail) == 1 {
		r.Given, r.Expected = detail[0].Given, detail[0].Expected
	}
	if it.Type == bank.TypeEssay {
		r.Essay = ans.Resp().Text
		r.EssayWords = practice.WordCount(r.Essay)
	}
	if ans.RecordingID != nil {
		rec, err := s.store.Practice.RecordingOfAnswer(ctx, ans.ID)
		if err != nil {
			return nil, err
		}
		rv := &prRecording{URL: fmt.Sprintf("/candidate/recordings/%d", rec.ID), ModelURL: prMediaURL(li.media[it.Audio]),
			CanRedo: ans.Comments == 0}
		if it.Type == bank.TypeReadAloud {
			rv.Tone = s.toneStoredView(l, rec.ToneJSON)
		}
		r.Recording = rv
	}
	if ans.Comments > 0 {
		cs, err := s.store.Practice.CommentsOnAnswer(ctx, ans.ID)
		if err != nil {
			return nil, err
		}
		r.Comments = prComments(pageLang(c), cs)
	}
	return r, nil
}

func prComments(l string, cs []store.PracticeComment) []prComment {
	out := make([]prComment, 0, len(cs))
	for _, c := range cs {
		cv := prComment{Who: c.Instructor, When: prTime(c.CreatedAt), Body: c.Body}
		if c.Score != nil {
			cv.Score = formatNum(l, *c.Score, -1) + " / 10"
		}
		out = append(out, cv)
	}
	return out
}

// prTime shows a stored UTC time as the candidates read clocks: in
// Laos and Vietnam (UTC+7).
func prTime(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.In(practice.Zone()).Format("02/01/2006 15:04")
}

func prPct(x float64) string {
	return strconv.Itoa(int(math.Round(x*100))) + "%"
}

// prSkillStat is one skill's estimate, worded.
type prSkillStat struct {
	Skill, Label string
	Level        string // "Bậc 2" or "–"
	LevelN       int
	Accuracy     string // "" when nothing is scored
	AccuracyN    int    // 0–100, for the bar
	Answered     int
	Pending      int
	Last         string
}

// prSkillStat words one skill's estimate; level is "my level"
// (practice.MyLevel), the same number the chooser and the suggestion use.
func (s *Server) prSkillStat(c echo.Context, st practice.SkillStat, level int) prSkillStat {
	t := s.prT(c)
	v := prSkillStat{Skill: st.Skill, Label: t("skill." + st.Skill), Level: "–", LevelN: level, Answered: st.Answered,
		Pending: st.Answered - st.Scored}
	if st.Answered > 0 && level > 0 {
		v.Level = t("practice.level_n", "Level", level)
	}
	if st.Scored > 0 {
		v.Accuracy = prPct(st.Accuracy)
		v.AccuracyN = int(math.Round(st.Accuracy * 100))
	}
	if !st.Last.IsZero() {
		v.Last = st.Last.In(practice.Zone()).Format("02/01/2006")
	}
	return v
}

// prShortWords reads the word count of an essay refused as too short.
func prShortWords(q string) int {
	n, err := strconv.Atoi(q)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
