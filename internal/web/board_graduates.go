package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
)

type rdGraduateRowView struct {
	ID             int64
	NameLo         string
	NameLatin      string
	Programme      string
	Course         string
	Year           int
	Result         string
	PositionBefore string
	PositionAfter  string
	Use            string
	UseCode        string
	Notes          string
}

type rdShare struct {
	Label   string
	Count   int
	Percent int
	Class   string
}

type rdGraduatesView struct {
	Province   string
	Rows       []rdGraduateRowView
	Total      int
	Known      int
	Promoted   int
	Used       int
	PromotedPc int
	UsedPc     int
	ByUse      []rdShare
	Results    []string // column heads of the result × use table
	ByResult   []rdResultRow
	Courses    []rdCourseRow
	ExportCSV  string
	ExportXLSX string
	Saved      bool
}

type rdResultRow struct {
	Result string
	Counts []int
	Total  int
}

type rdCourseRow struct {
	Course     string
	Year       int
	Total      int
	Promoted   int
	Used       int
	PromotedPc int
	UsedPc     int
}

func rdGraduateRowOf(t rdText, ps []account.Programme, g readiness.Graduate) rdGraduateRowView {
	v := rdGraduateRowView{ID: g.ID, NameLo: g.NameLo, NameLatin: g.NameLatin, Course: g.Course, Year: g.GraduationYear,
		Result: t.T("readiness.result." + g.Result), PositionBefore: refPosition(g.PositionBefore, t.lang), PositionAfter: refPosition(g.PositionAfter, t.lang),
		Use: t.T("readiness.use." + g.Use), UseCode: g.Use, Notes: g.Notes}
	if p, ok := rdProgrammeByID(ps, g.ProgrammeID); ok {
		v.Programme = p.Name(t.lang)
	}
	return v
}

func (s *Server) boardGraduates(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	prov, err := s.store.People.ProvinceByID(ctx, provinceID)
	if err != nil {
		return err
	}
	gs, err := s.store.People.Graduates(ctx, provinceID)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	sum := readiness.SummarizeGraduates(gs)
	v := rdGraduatesView{Province: prov.Name(pageLang(c)), Total: sum.Total, Known: sum.Known, Promoted: sum.Promoted,
		Used: sum.Used, PromotedPc: readiness.Percent(sum.Promoted, sum.Known), UsedPc: readiness.Percent(sum.Used, sum.Known),
		ExportCSV: "/board/graduates/export?format=csv", ExportXLSX: "/board/graduates/export?format=xlsx",
		Saved: c.QueryParam("saved") == "1"}
	for _, g := range gs {
		v.Rows = append(v.Rows, rdGraduateRowOf(t, ps, g))
	}
	for _, u := range readiness.Uses {
		v.ByUse = append(v.ByUse, rdShare{Label: t.T("readiness.use." + u), Count: sum.ByUse[u],
			Percent: readiness.Percent(sum.ByUse[u], sum.Total), Class: "use-" + u})
	}
	for _, u := range readiness.Uses {
		v.Results = append(v.Results, t.T("readiness.use."+u))
	}
	for _, r := range readiness.Results {
		row := rdResultRow{Result: t.T("readiness.result." + r)}
		for _, u := range readiness.Uses {
			n := sum.ByResult[r][u]
			row.Counts = append(row.Counts, n)
			row.Total += n
		}
		if row.Total > 0 {
			v.ByResult = append(v.ByResult, row)
		}
	}
	for _, cs := range sum.Courses {
		v.Courses = append(v.Courses, rdCourseRow{Course: cs.Course, Year: cs.Year, Total: cs.Total, Promoted: cs.Promoted,
			Used: cs.Used, PromotedPc: readiness.Percent(cs.Promoted, cs.Total), UsedPc: readiness.Percent(cs.Used, cs.Total)})
	}
	return s.ok(c, "board_graduates", v)
}

func (s *Server) boardGraduatesExport(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	gs, err := s.store.People.Graduates(c.Request().Context(), provinceID)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	tb := rdExportTable{Sheet: "graduates", Header: []string{t.T("readiness.col.name_lo"), t.T("readiness.col.name_latin"),
		t.T("readiness.col.programme"), t.T("readiness.graduate.course"), t.T("readiness.graduate.year"),
		t.T("readiness.graduate.result"), t.T("readiness.graduate.position_before"), t.T("readiness.graduate.position_after"),
		t.T("readiness.graduate.use"), t.T("readiness.graduate.notes")}}
	for _, g := range gs {
		r := rdGraduateRowOf(t, ps, g)
		tb.Rows = append(tb.Rows, []any{r.NameLo, r.NameLatin, r.Programme, r.Course, r.Year, r.Result,
			r.PositionBefore, r.PositionAfter, r.Use, r.Notes})
	}
	return rdSendExport(c, format, "graduates", tb)
}

// rdGraduateForm is what the follow-up form posts.
type rdGraduateForm struct {
	NameLo         string `form:"name_lo"`
	NameLatin      string `form:"name_latin"`
	Programme      string `form:"programme"`
	Course         string `form:"course"`
	GraduationYear string `form:"graduation_year"`
	Result         string `form:"result"`
	PositionBefore string `form:"position_before"`
	PositionAfter  string `form:"position_after"`
	Use            string `form:"use"`
	Notes          string `form:"notes"`
}

type rdGraduateEditView struct {
	ID         int64
	Form       rdGraduateForm
	Errors     map[string]string
	Programmes []rdOption
	Results    []rdOption
	Uses       []rdOption
}

func (s *Server) rdGraduatePage(c echo.Context, status int, id int64, f rdGraduateForm, errs map[string]string) error {
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	sel := int64(0)
	if p, ok := rdFindProgramme(ps, f.Programme); ok {
		sel = p.ID
	}
	v := rdGraduateEditView{ID: id, Form: f, Errors: errs,
		Programmes: rdProgrammeOptions(ps, pageLang(c), sel, false, "")}
	for _, r := range readiness.Results {
		v.Results = append(v.Results, rdOption{Value: r, Label: t.T("readiness.result." + r), Selected: f.Result == r})
	}
	for _, u := range readiness.Uses {
		v.Uses = append(v.Uses, rdOption{Value: u, Label: t.T("readiness.use." + u), Selected: f.Use == u})
	}
	return s.render(c, status, "board_graduate_edit", v)
}

func rdGraduateID(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such graduate"}
	}
	return id, nil
}

func (s *Server) boardGraduateNew(c echo.Context) error {
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	f := rdGraduateForm{Result: "kha", Use: "unknown"}
	if len(ps) > 0 {
		f.Programme = ps[0].Code
	}
	return s.rdGraduatePage(c, http.StatusOK, 0, f, nil)
}

func (s *Server) boardGraduateEdit(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	id, err := rdGraduateID(c)
	if err != nil {
		return err
	}
	g, err := s.store.People.GraduateByID(c.Request().Context(), provinceID, id)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	f := rdGraduateForm{NameLo: g.NameLo, NameLatin: g.NameLatin, Course: g.Course, GraduationYear: strconv.Itoa(g.GraduationYear),
		Result: g.Result, PositionBefore: g.PositionBefore, PositionAfter: g.PositionAfter, Use: g.Use, Notes: g.Notes}
	if p, ok := rdProgrammeByID(ps, g.ProgrammeID); ok {
		f.Programme = p.Code
	}
	return s.rdGraduatePage(c, http.StatusOK, id, f, nil)
}

func (s *Server) boardGraduateSave(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	var id int64
	ctx := c.Request().Context()
	if c.Param("id") != "" {
		if id, err = rdGraduateID(c); err != nil {
			return err
		}
		// Editing another province's record is "not found", before any validation.
		if _, err := s.store.People.GraduateByID(ctx, provinceID, id); err != nil {
			return err
		}
	}
	var f rdGraduateForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "unreadable form"}
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	g := readiness.Graduate{ID: id, NameLo: f.NameLo, NameLatin: f.NameLatin, Course: f.Course, Result: f.Result,
		PositionBefore: f.PositionBefore, PositionAfter: f.PositionAfter, Use: f.Use, Notes: f.Notes}
	if p, ok := rdFindProgramme(ps, f.Programme); ok {
		g.ProgrammeID = p.ID
	}
	g.GraduationYear, _ = strconv.Atoi(strings.TrimSpace(f.GraduationYear))
	g.Normalize()
	t := s.rdText(c)
	if err := g.Validate(time.Now().UTC(), rdProgrammeIDs(ps)); err != nil {
		errs, ok := t.fieldErrors(err)
		if !ok {
			return err
		}
		return s.rdGraduatePage(c, http.StatusUnprocessableEntity, id, f, errs)
	}
	if _, err := s.store.People.SaveGraduate(ctx, provinceID, rdUserID(c), g); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/board/graduates?saved=1")
}
