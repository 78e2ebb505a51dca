package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
	"hocviet/internal/reference"
)

// Board home: the province's candidates.

type boardPersonView struct {
	ID              int64
	NameLo          string
	NameLatin       string
	Username        string
	DateOfBirth     string
	Gender          string
	Position        string
	PlannedPosition string
	Unit            string
	District        string
	Planning        string
	Programme       string
	IntakeYear      string
	Cohort          string
}

type boardHomeView struct {
	Province   string
	Candidates []boardPersonView
	Shown      int
	Planned    int
	Total      int
	Tested     int
	Q          string
	Sort       string
	Sorts      []rdOption
	ExportCSV  string
	ExportXLSX string
}

func rdPersonView(t rdText, ps []account.Programme, p readiness.Person) boardPersonView {
	v := boardPersonView{ID: p.ID, NameLo: p.NameLo, NameLatin: p.NameLatin, Username: p.Username,
		DateOfBirth: p.DateOfBirth, Gender: t.T("readiness.gender." + p.Gender), Position: refPosition(p.Position, t.lang),
		PlannedPosition: refPosition(p.PlannedPosition, t.lang), Unit: refUnit(p.Unit, t.lang), District: refDistrict(p.District, t.lang),
		Planning: t.T("readiness.planning." + p.PlanningStatus), Cohort: p.Cohort, IntakeYear: rdIntOrEmpty(p.IntakeYear)}
	if prog, ok := rdProgrammeByID(ps, p.ProgrammeID); ok {
		v.Programme = prog.Name(t.lang)
	}
	return v
}

// boardPeople loads, filters and sorts the province's candidates for the
// home page and its exports.
func (s *Server) boardPeople(c echo.Context) ([]readiness.Person, string, string, error) {
	provinceID, err := boardProvince(c)
	if err != nil {
		return nil, "", "", err
	}
	people, err := s.store.People.ProvincePeople(c.Request().Context(), provinceID)
	if err != nil {
		return nil, "", "", err
	}
	q := strings.TrimSpace(c.QueryParam("q"))
	needle := rdSearchFold(q)
	var out []readiness.Person
	for _, p := range people {
		if rdMatchesSearch(needle, append([]string{p.NameLo, p.NameLatin, p.Username}, refSearchNames(p)...)...) {
			out = append(out, p)
		}
	}
	sortBy := c.QueryParam("sort")
	if sortBy != "name_lo" && sortBy != "name_latin" {
		sortBy = "name_latin"
		if pageLang(c) == "lo" {
			sortBy = "name_lo"
		}
	}
	if sortBy == "name_lo" {
		readiness.SortByName(out, "lo", func(p readiness.Person) string { return p.NameLo }, false)
	} else {
		readiness.SortByName(out, "latin", func(p readiness.Person) string { return p.NameLatin }, false)
	}
	return out, q, sortBy, nil
}

// boardHome shows the officer's own province only: the query is scoped by
// the province bound to the account, never by a request parameter.
func (s *Server) boardHome(c echo.Context) error {
	ctx := c.Request().Context()
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	prov, err := s.store.People.ProvinceByID(ctx, provinceID)
	if err != nil {
		return err
	}
	people, q, sortBy, err := s.boardPeople(c)
	if err != nil {
		return err
	}
	all, err := s.store.People.ProvincePeople(ctx, provinceID)
	if err != nil {
		return err
	}
	attempts, err := s.store.People.ReleasedAttempts(ctx, provinceID)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	v := boardHomeView{Province: prov.Name(pageLang(c)), Total: len(all), Tested: len(attempts), Q: q, Sort: sortBy}
	for _, p := range all {
		if p.PlanningStatus == "planned" {
			v.Planned++
		}
	}
	for _, p := range people {
		v.Candidates = append(v.Candidates, rdPersonView(t, ps, p))
	}
	v.Shown = len(v.Candidates)
	for _, so := range []string{"name_lo", "name_latin"} {
		v.Sorts = append(v.Sorts, rdOption{Value: so, Label: t.T("readiness.sort." + so), Selected: so == sortBy})
	}
	qs := "q=" + url.QueryEscape(q) + "&sort=" + sortBy
	v.ExportCSV = "/board/candidates/export?format=csv&" + qs
	v.ExportXLSX = "/board/candidates/export?format=xlsx&" + qs
	return s.ok(c, "board_home", v)
}

func (s *Server) boardCandidatesExport(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	people, _, _, err := s.boardPeople(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	tb := rdExportTable{Sheet: "candidates", Header: []string{
		t.T("readiness.col.username"), t.T("readiness.col.name_lo"), t.T("readiness.col.name_latin"),
		t.T("readiness.col.dob"), t.T("readiness.col.gender"), t.T("readiness.col.position"),
		t.T("readiness.col.planned_position"), t.T("readiness.col.unit"), t.T("readiness.col.district"),
		t.T("readiness.col.planning"), t.T("readiness.col.programme"), t.T("readiness.col.year"), t.T("readiness.col.cohort"),
	}}
	for _, p := range people {
		// Values in the page language (issue 17.18); the import reads them
		// back in any of the three languages.
		prog := ""
		if pr, ok := rdProgrammeByID(ps, p.ProgrammeID); ok {
			prog = pr.Name(t.lang)
		}
		var year any
		if p.IntakeYear != 0 {
			year = p.IntakeYear
		}
		tb.Rows = append(tb.Rows, []any{p.Username, p.NameLo, p.NameLatin, p.DateOfBirth, rdValue(t, "readiness.gender.", p.Gender),
			refPosition(p.Position, t.lang), refPosition(p.PlannedPosition, t.lang), refUnit(p.Unit, t.lang), refDistrict(p.District, t.lang),
			rdValue(t, "readiness.planning.", p.PlanningStatus), prog, year, p.Cohort})
	}
	return rdSendExport(c, format, "candidates", tb)
}

// Editing one profile.

// rdPersonForm is what the edit form posts. It is not the stored record: the
// handler copies field by field, so a request cannot set the id, the
// account or the province.
type rdPersonForm struct {
	NameLo          string `form:"name_lo"`
	NameLatin       string `form:"name_latin"`
	DateOfBirth     string `form:"date_of_birth"`
	Gender          string `form:"gender"`
	Position        string `form:"position"`
	PlannedPosition string `form:"planned_position"`
	Unit            string `form:"unit"`
	District        string `form:"district"`
	PlanningStatus  string `form:"planning_status"`
	Programme       string `form:"programme"`
	IntakeYear      string `form:"intake_year"`
}

func rdPersonFormOf(ps []account.Programme, p readiness.Person) rdPersonForm {
	f := rdPersonForm{NameLo: p.NameLo, NameLatin: p.NameLatin, DateOfBirth: p.DateOfBirth, Gender: p.Gender,
		Position: p.Position, PlannedPosition: p.PlannedPosition, Unit: p.Unit, District: p.District,
		PlanningStatus: p.PlanningStatus, IntakeYear: rdIntOrEmpty(p.IntakeYear)}
	if pr, ok := rdProgrammeByID(ps, p.ProgrammeID); ok {
		f.Programme = pr.Code
	}
	return f
}

type rdPersonEditView struct {
	ID         int64
	Username   string
	Cohort     string
	Form       rdPersonForm
	Errors     map[string]string
	Programmes []rdOption
	Genders    []rdOption
	Plannings  []rdOption
	History    []rdHistoryView
	Saved      bool
	// RefLists are the known positions, units and districts (issue 17.16).
	RefLists map[string][]string
}

type rdHistoryView struct {
	At      string
	By      string
	Action  string
	Changes []string
}

func (s *Server) rdPersonEditPage(c echo.Context, status int, provinceID int64, p readiness.Person, f rdPersonForm, errs map[string]string) error {
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	f.Position, f.PlannedPosition = refPosition(f.Position, t.lang), refPosition(f.PlannedPosition, t.lang)
	f.Unit, f.District = refUnit(f.Unit, t.lang), refDistrict(f.District, t.lang)
	v := rdPersonEditView{ID: p.ID, Username: p.Username, Cohort: p.Cohort, Form: f, Errors: errs, Saved: c.QueryParam("saved") == "1",
		RefLists: refLists(t.lang)}
	sel := int64(0)
	if pr, ok := rdFindProgramme(ps, f.Programme); ok {
		sel = pr.ID
	}
	v.Programmes = rdProgrammeOptions(ps, pageLang(c), sel, true, t.T("readiness.form.none"))
	for _, g := range []string{"male", "female"} {
		v.Genders = append(v.Genders, rdOption{Value: g, Label: t.T("readiness.gender." + g), Selected: f.Gender == g})
	}
	for _, pl := range []string{"planned", "none"} {
		v.Plannings = append(v.Plannings, rdOption{Value: pl, Label: t.T("readiness.planning." + pl), Selected: f.PlanningStatus == pl})
	}
	log, err := s.store.People.ProvinceCandidateAudit(c.Request().Context(), provinceID, p.ID)
	if err != nil {
		return err
	}
	for _, a := range log {
		h := rdHistoryView{By: a.By, Action: t.T("readiness.history." + a.Action)}
		if at, err := time.Parse(time.RFC3339, a.At); err == nil {
			h.At = at.Format(minuteLayout)
		}
		var d struct{ Before, After map[string]string }
		if a.Action == "update" && json.Unmarshal([]byte(a.Detail), &d) == nil {
			for field, after := range d.After {
				before := d.Before[field]
				if field == "programme_id" {
					// The log keeps ids, which mean nothing to a reader.
					before, after = rdProgrammeName(ps, before, pageLang(c)), rdProgrammeName(ps, after, pageLang(c))
				}
				h.Changes = append(h.Changes, t.T("readiness.history.change", "Field", t.T("readiness.field."+field),
					"Before", before, "After", after))
			}
			sort.Strings(h.Changes)
		} else if a.Detail != "" {
			h.Changes = []string{a.Detail}
		}
		v.History = append(v.History, h)
	}
	return s.render(c, status, "board_candidate_edit", v)
}

func rdCandidateID(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such candidate"}
	}
	return id, nil
}

// boardPerson loads the candidate the path names, of the board's own
// province: another province's candidate is not found.
func (s *Server) boardPerson(c echo.Context) (provinceID int64, p *readiness.Person, err error) {
	if provinceID, err = boardProvince(c); err != nil {
		return 0, nil, err
	}
	id, err := rdCandidateID(c)
	if err != nil {
		return 0, nil, err
	}
	p, err = s.store.People.ProvincePerson(c.Request().Context(), provinceID, id)
	return provinceID, p, err
}

func (s *Server) boardCandidateEdit(c echo.Context) error {
	provinceID, p, err := s.boardPerson(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	return s.rdPersonEditPage(c, http.StatusOK, provinceID, *p, rdPersonFormOf(ps, *p), nil)
}

func (s *Server) boardCandidateSave(c echo.Context) error {
	provinceID, before, err := s.boardPerson(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	var f rdPersonForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "unreadable form"}
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	p := *before
	p.NameLo, p.NameLatin, p.DateOfBirth, p.Gender = f.NameLo, f.NameLatin, f.DateOfBirth, f.Gender
	p.Position, p.PlannedPosition = reference.Canonical(reference.Positions, f.Position), reference.Canonical(reference.Positions, f.PlannedPosition)
	p.Unit, p.District = reference.Canonical(reference.Units, f.Unit), reference.Canonical(reference.Districts, f.District)
	p.PlanningStatus = f.PlanningStatus
	p.Normalize()
	errs := map[string]string{}
	t := s.rdText(c)
	p.ProgrammeID = 0
	if f.Programme != "" {
		if pr, ok := rdFindProgramme(ps, f.Programme); ok {
			p.ProgrammeID = pr.ID
		} else {
			errs["programme"] = t.T("readiness.error.choose")
		}
	}
	if y, ok := readiness.ParseYear(f.IntakeYear); ok {
		p.IntakeYear = y
	} else {
		errs["intake_year"] = t.T("readiness.error.year")
	}
	if err := p.Validate(time.Now().UTC(), rdProgrammeIDs(ps)); err != nil {
		fe, ok := t.fieldErrors(err)
		if !ok {
			return err
		}
		for k, v := range fe {
			if _, set := errs[k]; !set {
				errs[k] = v
			}
		}
	}
	if len(errs) > 0 {
		return s.rdPersonEditPage(c, http.StatusUnprocessableEntity, provinceID, *before, f, errs)
	}
	if _, err := s.store.People.UpdateProvincePerson(ctx, provinceID, rdUserID(c), p); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/board/candidates/%d/edit?saved=1", before.ID))
}

// Bulk import from CSV or XLSX.

type rdImportView struct {
	Columns  string
	File     string
	Problems []string
	Accounts []rdImportedAccount
	// ColumnHelp explains each column in the page language (issue 17.17).
	ColumnHelp []rdImportColumn
}

type rdImportedAccount struct {
	Username, Code, NameLo, NameLatin, Expires string
}

func (s *Server) boardImportForm(c echo.Context) error {
	return s.ok(c, "board_import", rdImportView{Columns: strings.Join(account.ImportColumns, ","), ColumnHelp: rdImportColumns(s.rdText(c))})
}

// boardImport registers a file through account.Registration: the whole file
// is validated first (at most account.MaxImportRows rows; a workbook's
// parts are size-checked before it is opened), then stored at once, each
// account with a one-time activation code shown on this page only.
func (s *Server) boardImport(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	v := rdImportView{Columns: strings.Join(account.ImportColumns, ","), ColumnHelp: rdImportColumns(t)}
	fh, err := c.FormFile("file")
	if err != nil {
		v.Problems = []string{t.T("readiness.import.no_file")}
		return s.render(c, http.StatusUnprocessableEntity, "board_import", v)
	}
	v.File = path.Base(fh.Filename)
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	data, err := io.ReadAll(src)
	if err != nil {
		return err
	}
	headers, values, err := s.rdImportAliases(c.Request().Context())
	if err != nil {
		return err
	}
	issued, rowErrs, err := s.reg.Import(c.Request().Context(), account.ImportRequest{File: v.File, Data: data,
		By: rdUserID(c), ProvinceID: &provinceID, Headers: headers, Values: values})
	if err != nil {
		return err
	}
	if len(rowErrs) > 0 {
		for _, e := range rowErrs {
			v.Problems = append(v.Problems, rdRowProblem(t, e))
		}
		return s.render(c, http.StatusUnprocessableEntity, "board_import", v)
	}
	for _, is := range issued {
		v.Accounts = append(v.Accounts, rdImportedAccount{Username: is.Username, Code: is.Code, NameLo: is.NameLo,
			NameLatin: is.NameLatin, Expires: t.Day(is.Expires)})
	}
	s.log.Info("candidates imported", "file", v.File, "rows", len(issued), "by", currentUser(c).Username)
	return s.ok(c, "board_import", v)
}

// rdRowProblem words a file problem as FILE:ROW: field: message in the
// page language.
func rdRowProblem(t rdText, e account.RowError) string {
	msg := e.Message
	if e.Key != "" {
		msg = t.T(e.Key, e.Args...)
	}
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Row, t.T("readiness.field."+e.Field), msg)
}

// rdProgrammeName turns a programme id, as the audit log keeps it, into the
// programme's name.
func rdProgrammeName(ps []account.Programme, id, lang string) string {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return id
	}
	if p, ok := rdProgrammeByID(ps, n); ok {
		return p.Name(lang)
	}
	return id
}
