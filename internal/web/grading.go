package web

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/web/view"
)

// The grading queue: instructors rate writing and speaking scripts by
// candidate code only, two independently, a third when they disagree.

func (s *Server) gradingQueue(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	now := time.Now()
	q, err := s.store.Exams.GradingQueue(ctx, u.ID, now)
	if err != nil {
		return err
	}
	claims, err := s.store.Exams.MyClaims(ctx, u.ID, now)
	if err != nil {
		return err
	}
	return s.ok(c, "grading_queue", map[string]any{"Lines": q, "Claims": claims, "Empty": c.QueryParam("empty") != "",
		"Done": c.QueryParam("done") != ""})
}

type claimForm struct {
	Session int64  `form:"session"`
	Skill   string `form:"skill" validate:"omitempty,oneof=writing speaking"`
}

func (s *Server) gradingClaim(c echo.Context) error {
	var f claimForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad claim form"}
	}
	id, err := s.store.Exams.ClaimScript(c.Request().Context(), currentUser(c).ID, f.Session, f.Skill, time.Now())
	if apperr.Code(err) == apperr.NotFound {
		return c.Redirect(http.StatusSeeOther, "/instructor/grading?empty=1")
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/instructor/grading/ratings/%d", id))
}

type criterionView struct {
	ID    string
	Name  string
	Bands []bandView
	Value string
}

type bandView struct {
	Score      int
	Descriptor string
}

func (s *Server) gradingRatePage(c echo.Context, status int, id int64, given map[string]string, msg string) error {
	v, err := s.store.Exams.Rating(c.Request().Context(), id, currentUser(c).ID)
	if err != nil {
		return err
	}
	l := pageLang(c)
	var crit []criterionView
	for _, cr := range v.Rubric.Criteria {
		cv := criterionView{ID: cr.ID, Name: view.Text(l, cr.Name)}
		if cv.Name == "" {
			cv.Name = s.catalog.T(l, "exam.criterion."+cr.ID)
		}
		for _, b := range cr.Bands {
			cv.Bands = append(cv.Bands, bandView{b.Score, view.Text(l, b.Descriptor)})
		}
		if x, ok := v.Criteria[cr.ID]; ok {
			cv.Value = strconv.FormatFloat(x, 'f', -1, 64)
		}
		if g, ok := given[cr.ID]; ok {
			cv.Value = g
		}
		crit = append(crit, cv)
	}
	p := exam.View(v.Entry.Item, v.Entry.Group, v.Entry.Layout)
	words := len(strings.Fields(v.Response.Text))
	var tv *ToneView
	if v.Skill == bank.Speaking && v.HasAudio && v.Entry.Item.Type == bank.TypeReadAloud && v.Entry.Item.Text != "" {
		tv = s.ratingToneView(c.Request().Context(), l, id, currentUser(c).ID, v.Entry.Item.Text)
	}
	return s.render(c, status, "grading_rate", map[string]any{"R": v, "P": p, "Instr": view.Text(l, p.Instructions), "Criteria": crit,
		"Words": words, "Spoken": v.Skill == bank.Speaking, "Expires": v.Expires.In(examZone).Format("15:04"), "Error": msg,
		"Tone": tv})
}

func (s *Server) gradingRate(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	return s.gradingRatePage(c, http.StatusOK, id, nil, "")
}

func (s *Server) gradingSubmit(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	form, err := c.FormParams()
	if err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad rating form"}
	}
	given := map[string]string{}
	scores := map[string]float64{}
	for k, vs := range form {
		if !strings.HasPrefix(k, "c_") || len(vs) == 0 {
			continue
		}
		name := strings.TrimPrefix(k, "c_")
		given[name] = vs[0]
		x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(vs[0]), ",", "."), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			// NaN and Inf parse as floats but are no score (issue 15 point 9).
			return s.gradingRatePage(c, http.StatusBadRequest, id, given, s.catalog.T(pageLang(c), "exam.err.criterion_number", "Criterion", name))
		}
		scores[name] = x
	}
	err = s.store.Exams.SubmitRating(c.Request().Context(), id, currentUser(c).ID, scores, time.Now())
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid {
		key := ae.Key
		if key == "" {
			key = "exam.err.criterion_range"
		}
		return s.gradingRatePage(c, http.StatusBadRequest, id, given, s.catalog.T(pageLang(c), key))
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/instructor/grading?done=1")
}

func (s *Server) gradingGiveBack(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.store.Exams.ReleaseClaim(c.Request().Context(), id, currentUser(c).ID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/instructor/grading")
}

func (s *Server) gradingAudio(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	data, err := s.store.Exams.RatingAudio(c.Request().Context(), id, currentUser(c).ID)
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, "audio/wav", data)
}
