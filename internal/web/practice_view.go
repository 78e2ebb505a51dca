package web

import (
	"fmt"
	"strconv"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

// prItemPage loads what the page of one practice item needs and has
// package view build it.
func (s *Server) prItemPage(c echo.Context, li *prLoaded) (*view.PracticeItem, error) {
	ctx := c.Request().Context()
	l := pageLang(c)
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
	base := view.PracticeItemURL(li.set.ID, li.pos)
	iv.Form = view.FormState{Action: base, CSRF: csrfOf(c), DraftURL: "/api" + base + "/draft", RecordURL: "/api" + base + "/recording",
		Empty: c.QueryParam("empty") != "", ShortWords: prShortWords(c.QueryParam("short"))}
	pin := view.PracticeItemInput{Lang: l, T: s.itemT(c), SetID: li.set.ID, Pos: li.pos, Bank: it, Item: iv, Answers: answers}
	for _, p := range li.items {
		pin.Items = append(pin.Items, p.Position)
	}
	if it.Type == bank.TypeEssay && !answered {
		if iv.Form.Draft, err = s.store.Practice.EssayDraft(ctx, u.ID, li.set.ID, li.pos); err != nil {
			return nil, err
		}
		iv.Form.DraftWords = practice.WordCount(iv.Form.Draft)
	}
	if answered {
		if pin.Result, err = s.prResult(c, li, iv, &ans, detail); err != nil {
			return nil, err
		}
		// A take may be redone until an instructor has commented on it.
		iv.Form.Recorder = pin.Result.Recording != nil && pin.Result.Recording.CanRedo
	} else {
		iv.Form.Recorder = true
	}
	return view.BuildPracticeItem(pin), nil
}

// prResult loads the recording and comments of an answer and has package
// view word the feedback.
func (s *Server) prResult(c echo.Context, li *prLoaded, iv *view.Item, ans *store.PracticeAnswer, detail []bank.Detail) (*view.PracticeResult, error) {
	ctx := c.Request().Context()
	l := pageLang(c)
	in := view.ResultInput{Lang: l, T: s.itemT(c), Bank: li.item, Item: iv, Answer: ans, Detail: detail}
	if ans.RecordingID != nil {
		rec, err := s.store.Practice.RecordingOfAnswer(ctx, ans.ID)
		if err != nil {
			return nil, fmt.Errorf("practice answer %d: recording: %w", ans.ID, err)
		}
		in.Recording, in.ModelURL = rec, prMediaURL(li.media[li.item.Audio])
		if li.item.Type == bank.TypeReadAloud {
			in.Tone = s.toneStoredView(l, rec.ToneJSON)
		}
	}
	if ans.Comments > 0 {
		cs, err := s.store.Practice.CommentsOnAnswer(ctx, ans.ID)
		if err != nil {
			return nil, fmt.Errorf("practice answer %d: comments: %w", ans.ID, err)
		}
		in.Comments = cs
	}
	return view.BuildPracticeResult(in), nil
}

// prSkillStat words one skill's estimate (view.BuildSkillStat).
func (s *Server) prSkillStat(c echo.Context, st practice.SkillStat, level int) view.SkillStat {
	return view.BuildSkillStat(s.prT(c), st, level)
}

// prShortWords reads the word count of an essay refused as too short.
func prShortWords(q string) int {
	n, err := strconv.Atoi(q)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
