package web

import (
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
	p, err := s.store.CandidateByUser(ctx, u.ID)
	switch {
	case err == nil:
		v.Profile = p
		prov, err := s.store.ProvinceByID(ctx, p.ProvinceID)
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
	levels, err := s.store.PlacementLevels(ctx, u.ID)
	if err != nil {
		return err
	}
	v.Levels = s.placementLevels(c, levels)
	return s.ok(c, "candidate_home", v)
}

func (s *Server) instructorHome(c echo.Context) error {
	cs, err := s.store.Cohorts(c.Request().Context())
	if err != nil {
		return err
	}
	return s.ok(c, "instructor_home", map[string]any{"Cohorts": cs})
}

// boardHome lives in board_candidates.go with the board's other pages.

// adminHome lives in admin.go with the admin's other pages.
