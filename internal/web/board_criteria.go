package web

import (
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
	"hocviet/internal/reference"
)

type rdProgrammeCard struct {
	Code     string
	Name     string
	Months   int
	Criteria string
	Items    []string
}

func (s *Server) boardProgrammes(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	cur, err := s.store.People.CurrentCriteria(c.Request().Context(), provinceID)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	var cards []rdProgrammeCard
	for _, p := range ps {
		card := rdProgrammeCard{Code: p.Code, Name: p.Name(pageLang(c)), Months: p.DurationMonths}
		if k, ok := cur[p.ID]; ok {
			card.Criteria = rdCriteriaLabel(t, k)
			card.Items = rdCriteriaSummary(t, k)
		}
		cards = append(cards, card)
	}
	return s.ok(c, "board_programmes", map[string]any{"Programmes": cards})
}

// rdCriteriaForm is what the criteria form posts; numbers arrive as text so a
// bad entry is shown back as typed.
type rdCriteriaForm struct {
	MinLevel         string
	MinSkill         map[string]string
	MinAge, MaxAge   string
	PlanningRequired bool
	// Positions is the free text of positions not in the reference list,
	// one per line; Chosen are the ticked reference positions (their
	// Vietnamese names, as stored), issue 17.16.
	Positions     string
	Chosen        []string
	ExamMaxMonths string
	Note          string
}

func rdCriteriaFormOf(k readiness.Criteria) rdCriteriaForm {
	f := rdCriteriaForm{MinLevel: strconv.Itoa(k.MinLevel), MinSkill: map[string]string{},
		MinAge: rdIntOrEmpty(k.MinAge), MaxAge: rdIntOrEmpty(k.MaxAge), PlanningRequired: k.PlanningRequired,
		ExamMaxMonths: rdIntOrEmpty(k.ExamMaxMonths), Note: k.Note}
	var other []string
	for _, p := range k.Positions {
		if e, ok := reference.Find(reference.Positions, p); ok {
			f.Chosen = append(f.Chosen, e.Vi)
		} else {
			other = append(other, p)
		}
	}
	f.Positions = strings.Join(other, "\n")
	for _, s := range readiness.Skills {
		if v := k.MinSkill[s]; v > 0 {
			f.MinSkill[s] = strconv.FormatFloat(v, 'f', 1, 64)
		}
	}
	return f
}

func rdIntOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func rdBindCriteriaForm(c echo.Context) rdCriteriaForm {
	f := rdCriteriaForm{MinLevel: c.FormValue("min_level"), MinSkill: map[string]string{},
		MinAge: c.FormValue("min_age"), MaxAge: c.FormValue("max_age"), PlanningRequired: c.FormValue("planning_required") == "1",
		Positions: c.FormValue("positions"), ExamMaxMonths: c.FormValue("exam_max_months"), Note: strings.TrimSpace(c.FormValue("note"))}
	if form, err := c.FormParams(); err == nil {
		f.Chosen = form["position"]
	}
	for _, s := range readiness.Skills {
		f.MinSkill[s] = strings.TrimSpace(c.FormValue("min_" + s))
	}
	return f
}

// criteria reads the form into a criteria version; unreadable numbers are
// field errors, like out-of-range ones.
func (f rdCriteriaForm) criteria(programmeID int64) (readiness.Criteria, readiness.FieldErrors) {
	k := readiness.Criteria{ProgrammeID: programmeID, MinSkill: map[string]float64{}, PlanningRequired: f.PlanningRequired,
		Positions: rdCriteriaPositions(f), Note: f.Note}
	var fe readiness.FieldErrors
	num := func(field, text string, dst *int) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		n, err := strconv.Atoi(text)
		if err != nil {
			fe = append(fe, readiness.FieldError{Field: field, Key: "readiness.error.number"})
			return
		}
		*dst = n
	}
	num("min_level", f.MinLevel, &k.MinLevel)
	num("min_age", f.MinAge, &k.MinAge)
	num("max_age", f.MaxAge, &k.MaxAge)
	num("exam_max_months", f.ExamMaxMonths, &k.ExamMaxMonths)
	for _, s := range readiness.Skills {
		text := strings.Replace(f.MinSkill[s], ",", ".", 1) // "4,0" as Lao and Vietnamese write it
		if text == "" {
			continue
		}
		v, err := strconv.ParseFloat(text, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			fe = append(fe, readiness.FieldError{Field: "min_" + s, Key: "readiness.error.number"})
			continue
		}
		k.MinSkill[s] = v
	}
	return k, fe
}

type rdCriteriaView struct {
	Code     string
	Name     string
	Form     rdCriteriaForm
	Errors   map[string]string
	Levels   []rdOption
	Skills   []string
	Current  string
	Versions []rdCriteriaVersionView
	Saved    bool
	// PositionChoices is the reference list of positions, named in the
	// page language.
	PositionChoices []rdOption
}

type rdCriteriaVersionView struct {
	Version int
	Label   string
	By      string
	Items   []string
	Note    string
	Current bool
}

func (s *Server) rdCriteriaPage(c echo.Context, status int, prog account.Programme, provinceID int64, f rdCriteriaForm, errs map[string]string) error {
	vs, err := s.store.People.CriteriaVersions(c.Request().Context(), provinceID, prog.ID)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	v := rdCriteriaView{Code: prog.Code, Name: prog.Name(pageLang(c)), Form: f, Errors: errs, Skills: readiness.Skills,
		Saved: c.QueryParam("saved") == "1"}
	chosen := map[string]bool{}
	for _, p := range f.Chosen {
		chosen[p] = true
	}
	for _, e := range reference.List(reference.Positions) {
		v.PositionChoices = append(v.PositionChoices, rdOption{Value: e.Vi, Label: e.Name(t.lang), Selected: chosen[e.Vi]})
	}
	for l := 0; l <= 6; l++ {
		label := t.T("readiness.criteria.no_level")
		if l > 0 {
			label = rdLevelText(t, l)
		}
		v.Levels = append(v.Levels, rdOption{Value: strconv.Itoa(l), Label: label, Selected: f.MinLevel == strconv.Itoa(l)})
	}
	for i, k := range vs {
		if i == 0 {
			v.Current = rdCriteriaLabel(t, k)
		}
		v.Versions = append(v.Versions, rdCriteriaVersionView{Version: k.Version, Label: rdCriteriaLabel(t, k), By: k.CreatedBy,
			Items: rdCriteriaSummary(t, k), Note: k.Note, Current: i == 0})
	}
	return s.render(c, status, "board_criteria", v)
}

func (s *Server) boardCriteria(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	prog, ok := rdFindProgramme(ps, c.Param("code"))
	if !ok {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such programme"}
	}
	cur, err := s.store.People.CurrentCriteria(c.Request().Context(), provinceID)
	if err != nil {
		return err
	}
	f := rdCriteriaForm{MinLevel: "0", MinSkill: map[string]string{}}
	if k, ok := cur[prog.ID]; ok {
		f = rdCriteriaFormOf(k)
	}
	return s.rdCriteriaPage(c, http.StatusOK, prog, provinceID, f, nil)
}

func (s *Server) boardCriteriaSave(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	prog, ok := rdFindProgramme(ps, c.Param("code"))
	if !ok {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such programme"}
	}
	f := rdBindCriteriaForm(c)
	k, fe := f.criteria(prog.ID)
	t := s.rdText(c)
	// Every problem at once: unreadable numbers and out-of-range values.
	if verr := k.Validate(); verr != nil {
		if more, ok := verr.(readiness.FieldErrors); ok {
			for _, e := range more {
				if !fe.Has(e.Field) {
					fe = append(fe, e)
				}
			}
		}
	}
	if len(fe) > 0 {
		errs, _ := t.fieldErrors(fe)
		return s.rdCriteriaPage(c, http.StatusUnprocessableEntity, prog, provinceID, f, errs)
	}
	if _, err := s.store.People.SaveCriteria(c.Request().Context(), provinceID, rdUserID(c), k); err != nil {
		if errs, ok := t.fieldErrors(err); ok {
			return s.rdCriteriaPage(c, http.StatusUnprocessableEntity, prog, provinceID, f, errs)
		}
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/board/programmes/"+prog.Code+"?saved=1")
}

// rdCriteriaPositions is the ticked reference positions and the typed
// others, each known name (Lao, code) stored as its Vietnamese name.
func rdCriteriaPositions(f rdCriteriaForm) []string {
	lines := append([]string(nil), f.Chosen...)
	for _, p := range strings.Split(f.Positions, "\n") {
		lines = append(lines, reference.Canonical(reference.Positions, p))
	}
	return readiness.ParsePositions(strings.Join(lines, "\n"))
}
