package web

import (
	"github.com/labstack/echo/v4"

	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

// practiceHomeView is the practice part of the candidate's home: each
// skill's estimate, recent sets, one next step, and the words due.
type practiceHomeView struct {
	Skills     []view.SkillStat
	Recent     []prSetLine
	Suggestion *prSuggestion
	Vocab      store.VocabCounts
	VocabNew   int
}

func (s *Server) practiceHome(c echo.Context) (*practiceHomeView, error) {
	ctx := c.Request().Context()
	u := currentUser(c)
	hist, err := s.practice.History(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	stats := practice.Stats(hist)
	v := &practiceHomeView{}
	for _, st := range stats {
		v.Skills = append(v.Skills, s.prSkillStat(c, st, practice.MyLevel(stats, st.Skill, s.placement(c))))
	}
	recent, err := s.store.Practice.RecentPracticeSets(ctx, u.ID, 5)
	if err != nil {
		return nil, err
	}
	v.Recent = s.prSetLines(c, recent)
	avail, _, err := s.practiceCatalog(c)
	if err != nil {
		return nil, err
	}
	v.Suggestion = s.prSuggestion(c, practice.Suggest(stats, s.placement(c)), avail)
	if v.Vocab, err = s.vocabDue(c); err != nil {
		return nil, err
	}
	v.VocabNew = min(max(vocabNewPerDay-v.Vocab.NewToday, 0), v.Vocab.Unreviewed)
	return v, nil
}
