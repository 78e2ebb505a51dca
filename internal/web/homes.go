package web

import (
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

type candidateHomeView struct {
	Profile  *account.Candidate
	Province string
	Skills   []string
	Practice *practiceHomeView
	Levels   []placementLevel // the latest placement test's, per skill
}

func (s *Server) candidateHome(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	v := candidateHomeView{Skills: []string{"listening", "reading", "writing", "speaking"}}
	p, err := s.store.People.CandidateByUser(ctx, u.ID)
	switch {
	case err == nil:
		v.Profile = p
		prov, err := s.store.People.ProvinceByID(ctx, p.ProvinceID)
		if err != nil {
			return err
		}
		v.Province = prov.Name(pageLang(c))
	case apperr.Code(err) != apperr.NotFound:
		return err
	}
	if v.Practice, err = s.practiceHome(c); err != nil {
		return err
	}
	levels, err := s.store.Placement.PlacementLevels(ctx, u.ID)
	if err != nil {
		return err
	}
	v.Levels = s.placementLevels(c, levels)
	return s.ok(c, "candidate_home", v)
}

// instructorHome shows what needs the instructor now: scripts to mark,
// sessions coming or running, then the classes.
func (s *Server) instructorHome(c echo.Context) error {
	ctx := c.Request().Context()
	now := time.Now()
	cs, err := s.store.People.Cohorts(ctx)
	if err != nil {
		return err
	}
	backlog, err := s.store.Exams.GradingBacklog(ctx, currentUser(c).ID, now)
	if err != nil {
		return err
	}
	all, err := s.store.Exams.ExamSessions(ctx)
	if err != nil {
		return err
	}
	type sessionLine struct {
		ID                   int64
		Title, Cohort, Opens string
		Running              bool
		Started              int
	}
	var upcoming []sessionLine
	for i := len(all) - 1; i >= 0; i-- { // soonest first
		es := all[i]
		if !es.Closes().After(now) {
			continue
		}
		l := sessionLine{ID: es.ID, Title: es.Title, Opens: es.Opens().In(examZone).Format(minuteLayout),
			Running: !es.Opens().After(now), Started: es.Started}
		if es.CohortName != nil {
			l.Cohort = *es.CohortName
		}
		upcoming = append(upcoming, l)
	}
	return s.ok(c, "instructor_home", map[string]any{"Cohorts": cs, "Backlog": backlog, "Upcoming": upcoming})
}

// boardHome lives in board_candidates.go with the board's other pages.

// adminHome lives in admin.go with the admin's other pages.
