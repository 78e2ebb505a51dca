package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
	"hocviet/internal/store"
)

// rdEntry is one candidate of a list with the decision about them.
type rdEntry struct {
	Person   readiness.Person
	Decision readiness.Decision
}

// rdList is a programme's candidates for one intake year, decided under the
// programme's current criteria.
type rdList struct {
	Programme   account.Programme
	Year        int
	Criteria    *readiness.Criteria
	Entries     []rdEntry
	Counts      readiness.Counts
	NoYearCount int   // candidates of the programme with no intake year yet
	Years       []int // intake years of the province's candidates
}

// eligibility decides every candidate of a province planned for a programme
// and year. Without criteria there is nothing to decide against: the list
// is empty and the page asks for criteria.
func (s *Server) rdEligibility(ctx context.Context, provinceID int64, prog account.Programme, year int, today time.Time) (*rdList, error) {
	in, err := s.store.People.IntakeList(ctx, provinceID, prog.ID, year)
	if err != nil {
		return nil, err
	}
	cur, err := s.store.People.CurrentCriteria(ctx, provinceID)
	if err != nil {
		return nil, err
	}
	l := &rdList{Programme: prog, Year: year, NoYearCount: in.NoYear, Years: in.Years}
	if c, ok := cur[prog.ID]; ok {
		l.Criteria = &c
	}
	var ds []readiness.Decision
	if l.Criteria != nil {
		ds = make([]readiness.Decision, 0, len(in.People))
	}
	l.Entries = make([]rdEntry, 0, len(in.People))
	for _, p := range in.People {
		e := rdEntry{Person: p}
		if l.Criteria != nil {
			var latest []readiness.Attempt // a decision rests on the latest result only
			if a, ok := in.Latest[p.ID]; ok {
				latest = []readiness.Attempt{a}
			}
			e.Decision = readiness.Evaluate(*l.Criteria, p.Profile(), latest, year, today)
			ds = append(ds, e.Decision)
		}
		l.Entries = append(l.Entries, e)
	}
	l.Counts = readiness.Count(ds)
	return l, nil
}

// rdEligibilityQuery is what the list's filter form sends.
type rdEligibilityQuery struct {
	Programme string
	Year      int
	Status    readiness.Status
	Near      bool
	Q         string
	District  string
	Sort      string
	Desc      bool
	Page      int // 1-based, of rdPageSize rows
}

// rdPageSize bounds the rows of one page of the list: a province lists
// thousands (10,000 rendered took most of a second and 7 MB); search and
// the filters find anyone, and the exports hold every row.
const rdPageSize = 100

var rdEligibilitySorts = []string{"name_lo", "name_latin", "status", "average", "age"}

func rdParseEligibilityQuery(c echo.Context, ps []account.Programme, today time.Time) (rdEligibilityQuery, error) {
	q := rdEligibilityQuery{Programme: c.QueryParam("programme"), Q: strings.TrimSpace(c.QueryParam("q")),
		District: c.QueryParam("district"), Sort: c.QueryParam("sort"), Near: c.QueryParam("near") == "1",
		Desc: c.QueryParam("dir") == "desc"}
	if q.Programme == "" && len(ps) > 0 {
		q.Programme = ps[0].Code
	}
	q.Year = readiness.NextIntakes(today)[0]
	if y := c.QueryParam("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 2000 || n > 2100 {
			return q, &apperr.Error{Code: apperr.Invalid, Field: "year", Key: "error.bad_request", Message: "year must be a year"}
		}
		q.Year = n
	}
	q.Page = 1
	if p := c.QueryParam("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return q, &apperr.Error{Code: apperr.Invalid, Field: "page", Key: "error.bad_request", Message: "page must be a number from 1"}
		}
		q.Page = n
	}
	st, ok := readiness.ParseStatus(c.QueryParam("status"))
	if !ok {
		return q, &apperr.Error{Code: apperr.Invalid, Field: "status", Key: "error.bad_request", Message: "unknown status"}
	}
	q.Status = st
	valid := false
	for _, s := range rdEligibilitySorts {
		valid = valid || s == q.Sort
	}
	if !valid {
		// Each reader sorts by the name in their own script by default.
		q.Sort = "name_latin"
		if pageLang(c) == "lo" {
			q.Sort = "name_lo"
		}
	}
	return q, nil
}

func (q rdEligibilityQuery) values() url.Values {
	v := url.Values{"programme": {q.Programme}, "year": {strconv.Itoa(q.Year)}, "sort": {q.Sort}}
	if q.Status != "" {
		v.Set("status", string(q.Status))
	}
	if q.Near {
		v.Set("near", "1")
	}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if q.District != "" {
		v.Set("district", q.District)
	}
	if q.Desc {
		v.Set("dir", "desc")
	}
	return v
}

// filter keeps the entries the query asks for, sorted as asked.
func (q rdEligibilityQuery) filter(es []rdEntry) []rdEntry {
	needle := rdSearchFold(q.Q)
	var out []rdEntry
	for _, e := range es {
		p, d := e.Person, e.Decision
		if q.Status != "" && d.Status != q.Status || q.Near && !d.Near || q.District != "" && p.District != q.District {
			continue
		}
		// The reference names are looked up only for a search: for 10,000
		// people they were a third of the list's time.
		if needle != "" && !rdMatchesSearch(needle, append([]string{p.NameLo, p.NameLatin, p.Username}, refSearchNames(p)...)...) {
			continue
		}
		out = append(out, e)
	}
	switch q.Sort {
	case "name_lo":
		readiness.SortByName(out, "lo", func(e rdEntry) string { return e.Person.NameLo }, q.Desc)
	case "name_latin":
		readiness.SortByName(out, "latin", func(e rdEntry) string { return e.Person.NameLatin }, q.Desc)
	default:
		// Ties keep Vietnamese name order, so sort by name first.
		readiness.SortByName(out, "latin", func(e rdEntry) string { return e.Person.NameLatin }, false)
		key := func(e rdEntry) float64 {
			switch q.Sort {
			case "status":
				return rdStatusRank(e.Decision)
			case "average":
				if e.Decision.Basis == nil {
					return -1
				}
				return e.Decision.Basis.Average
			}
			return float64(e.Decision.Age)
		}
		rdStableSortBy(out, key, q.Desc != (q.Sort == "average"))
	}
	return out
}

// rdStatusRank orders eligible, near, not eligible, untested.
func rdStatusRank(d readiness.Decision) float64 {
	switch {
	case d.Status == readiness.Eligible:
		return 0
	case d.Near:
		return 1
	case d.Status == readiness.NotEligible:
		return 2
	}
	return 3
}

func rdStableSortBy(es []rdEntry, key func(rdEntry) float64, desc bool) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := key(es[i]), key(es[j])
		if desc {
			return a > b
		}
		return a < b
	})
}

// Views.

type rdReasonView struct {
	Text string
	Near bool
}

type rdRowView struct {
	ID         int64
	NameLo     string
	NameLatin  string
	Username   string
	Age        string
	Position   string
	District   string
	Planning   string
	Status     string
	StatusText string
	Near       bool
	Reasons    []rdReasonView
	Scores     []string // listening, reading, writing, speaking
	Average    string
	Level      string
	ExamDate   string
}

func rdRowOf(t rdText, e rdEntry) rdRowView {
	p, d := e.Person, e.Decision
	v := rdRowView{ID: p.ID, NameLo: p.NameLo, NameLatin: p.NameLatin, Username: p.Username, Position: refPosition(p.Position, t.lang),
		District: refDistrict(p.District, t.lang), Planning: t.T("readiness.planning." + p.PlanningStatus),
		Status: string(d.Status), StatusText: t.Status(d.Status), Near: d.Near}
	if d.Age >= 0 {
		v.Age = strconv.Itoa(d.Age)
	}
	for _, r := range d.Reasons {
		v.Reasons = append(v.Reasons, rdReasonView{Text: t.Reason(r), Near: r.Near})
	}
	if a := d.Basis; a != nil {
		for _, s := range readiness.Skills {
			v.Scores = append(v.Scores, t.Score(a.Skills[s]))
		}
		v.Average = t.Score(a.Average)
		v.Level = rdLevelText(t, a.Level)
		v.ExamDate = t.Day(a.TakenAt)
	}
	return v
}

// Level words a level band for the charts (view.ChartWords).
func (t rdText) Level(level int) string { return rdLevelText(t, level) }

func rdLevelText(t rdText, level int) string {
	if level == 0 {
		return t.T("readiness.level.none")
	}
	return t.T("readiness.level.n", "N", level)
}

type rdEligibilityView struct {
	Province      string
	Programme     string
	ProgrammeCode string
	Year          int
	Programmes    []rdOption
	Years         []rdOption
	Statuses      []rdOption
	Districts     []rdOption
	Sorts         []rdOption
	Query         rdEligibilityQuery
	HasCriteria   bool
	Criteria      string // "version 3, 12/05/2026"
	CriteriaItems []string
	Counts        readiness.Counts
	Shown         int
	NoYearCount   int
	Rows          []rdRowView // of this page
	Pager         *rdPager    // nil when one page holds every row
	ExportCSV     string
	ExportXLSX    string
	Recorded      string // when this list was last recorded
	Outdated      string // the recorded decisions used an older criteria version
	JustRecorded  int
	Skills        []string
}

func rdCriteriaSummary(t rdText, c readiness.Criteria) []string {
	var out []string
	if c.MinLevel > 0 {
		out = append(out, t.T("readiness.criteria.sum_level", "Level", c.MinLevel))
	}
	for _, s := range readiness.Skills {
		if v := c.MinSkill[s]; v > 0 {
			out = append(out, t.T("readiness.criteria.sum_skill", "Skill", t.T("readiness.skill."+s), "Min", t.Score(v)))
		}
	}
	switch {
	case c.MinAge > 0 && c.MaxAge > 0:
		out = append(out, t.T("readiness.criteria.sum_age_range", "Min", c.MinAge, "Max", c.MaxAge))
	case c.MaxAge > 0:
		out = append(out, t.T("readiness.criteria.sum_age_max", "Max", c.MaxAge))
	case c.MinAge > 0:
		out = append(out, t.T("readiness.criteria.sum_age_min", "Min", c.MinAge))
	}
	if c.PlanningRequired {
		out = append(out, t.T("readiness.criteria.sum_planning"))
	}
	if len(c.Positions) > 0 {
		names := make([]string, len(c.Positions))
		for i, p := range c.Positions {
			names[i] = refPosition(p, t.lang)
		}
		out = append(out, t.T("readiness.criteria.sum_positions", "Positions", strings.Join(names, ", ")))
	}
	if c.ExamMaxMonths > 0 {
		out = append(out, t.T("readiness.criteria.sum_recent", "Months", c.ExamMaxMonths))
	}
	if len(out) == 0 {
		out = append(out, t.T("readiness.criteria.sum_none"))
	}
	return out
}

func rdCriteriaLabel(t rdText, c readiness.Criteria) string {
	return t.T("readiness.criteria.version_label", "Version", c.Version, "Date", t.Day(c.CreatedAt))
}

// loadEligibility is shared by the page, the exports and the API.
func (s *Server) rdLoadEligibility(c echo.Context) (*rdList, rdEligibilityQuery, error) {
	provinceID, err := boardProvince(c)
	if err != nil {
		return nil, rdEligibilityQuery{}, err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return nil, rdEligibilityQuery{}, err
	}
	today := time.Now().UTC()
	q, err := rdParseEligibilityQuery(c, ps, today)
	if err != nil {
		return nil, q, err
	}
	prog, ok := rdFindProgramme(ps, q.Programme)
	if !ok {
		return nil, q, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such programme"}
	}
	l, err := s.rdEligibility(c.Request().Context(), provinceID, prog, q.Year, today)
	return l, q, err
}

func (s *Server) boardEligibility(c echo.Context) error {
	l, q, err := s.rdLoadEligibility(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	provinceID, _ := boardProvince(c)
	prov, err := s.store.People.ProvinceByID(ctx, provinceID)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	lg := pageLang(c)
	v := rdEligibilityView{Province: prov.Name(lg), Programme: l.Programme.Name(lg), ProgrammeCode: l.Programme.Code,
		Year: l.Year, Query: q, HasCriteria: l.Criteria != nil, Counts: l.Counts, NoYearCount: l.NoYearCount,
		Programmes: rdProgrammeOptions(ps, lg, l.Programme.ID, false, ""),
		Years:      rdYearOptions(l.Years, time.Now().UTC(), l.Year), Skills: readiness.Skills}
	v.Statuses = []rdOption{{Value: "", Label: t.T("readiness.filter.any_status"), Selected: q.Status == ""}}
	for _, st := range readiness.Statuses {
		v.Statuses = append(v.Statuses, rdOption{Value: string(st), Label: t.Status(st), Selected: q.Status == st})
	}
	v.Districts = []rdOption{{Value: "", Label: t.T("readiness.filter.any_district"), Selected: q.District == ""}}
	seen := map[string]bool{}
	for _, e := range l.Entries {
		if d := e.Person.District; d != "" && !seen[d] {
			seen[d] = true
			v.Districts = append(v.Districts, rdOption{Value: d, Label: refDistrict(d, t.lang), Selected: q.District == d})
		}
	}
	for _, so := range rdEligibilitySorts {
		v.Sorts = append(v.Sorts, rdOption{Value: so, Label: t.T("readiness.sort." + so), Selected: q.Sort == so})
	}
	if l.Criteria != nil {
		v.Criteria = rdCriteriaLabel(t, *l.Criteria)
		v.CriteriaItems = rdCriteriaSummary(t, *l.Criteria)
	}
	shown := q.filter(l.Entries)
	v.Shown = len(shown)
	var from, to int
	v.Pager, from, to = rdPage(q, len(shown))
	for _, e := range shown[from:to] {
		v.Rows = append(v.Rows, rdRowOf(t, e))
	}
	base := q.values()
	base.Set("format", "csv")
	v.ExportCSV = "/board/eligibility/export?" + base.Encode()
	base.Set("format", "xlsx")
	v.ExportXLSX = "/board/eligibility/export?" + base.Encode()
	if at, ver, ok, err := s.store.People.LastRecording(ctx, provinceID, l.Programme.ID, l.Year); err != nil {
		return err
	} else if ok {
		v.Recorded = t.T("readiness.list.recorded_on", "Date", t.Day(at), "Version", ver)
		if l.Criteria != nil && l.Criteria.Version != ver {
			v.Outdated = t.T("ui.eligibility.newer_criteria", "Recorded", ver, "Current", l.Criteria.Version)
		}
	}
	v.JustRecorded, _ = strconv.Atoi(c.QueryParam("recorded"))
	return s.ok(c, "board_eligibility", v)
}

// rdPager is the list's page navigation.
type rdPager struct {
	From, To, N int // rows shown, 1-based, of N
	Prev, Next  string
}

// rdPage cuts n filtered rows to the query's page; a page past the end
// shows the last one.
func rdPage(q rdEligibilityQuery, n int) (p *rdPager, from, to int) {
	pages := max(1, (n+rdPageSize-1)/rdPageSize)
	page := min(q.Page, pages)
	from, to = (page-1)*rdPageSize, min(page*rdPageSize, n)
	if pages == 1 {
		return nil, from, to
	}
	link := func(page int) string {
		v := q.values()
		v.Set("page", strconv.Itoa(page))
		return "/board/eligibility?" + v.Encode()
	}
	p = &rdPager{From: from + 1, To: to, N: n}
	if page > 1 {
		p.Prev = link(page - 1)
	}
	if page < pages {
		p.Next = link(page + 1)
	}
	return p, from, to
}

func rdEligibilityTable(t rdText, l *rdList, entries []rdEntry) rdExportTable {
	tb := rdExportTable{Sheet: "eligibility", Header: []string{
		t.T("readiness.col.name_lo"), t.T("readiness.col.name_latin"), t.T("readiness.col.username"),
		t.T("readiness.col.age"), t.T("readiness.col.position"), t.T("readiness.col.district"),
		t.T("readiness.col.planning"), t.T("readiness.col.status"), t.T("readiness.col.near"),
		t.T("readiness.skill.listening"), t.T("readiness.skill.reading"), t.T("readiness.skill.writing"),
		t.T("readiness.skill.speaking"), t.T("readiness.col.average"), t.T("readiness.col.level"),
		t.T("readiness.col.exam_date"), t.T("readiness.col.reasons"), t.T("readiness.col.programme"),
		t.T("readiness.col.year"), t.T("readiness.col.criteria_version"),
	}}
	version := 0
	if l.Criteria != nil {
		version = l.Criteria.Version
	}
	for _, e := range entries {
		p, d := e.Person, e.Decision
		var reasons []string
		for _, r := range d.Reasons {
			reasons = append(reasons, t.Reason(r))
		}
		near := ""
		if d.Near {
			near = t.T("readiness.status.near")
		}
		row := []any{p.NameLo, p.NameLatin, p.Username, nil, refPosition(p.Position, t.lang), refDistrict(p.District, t.lang),
			t.T("readiness.planning." + p.PlanningStatus), t.Status(d.Status), near}
		if d.Age >= 0 {
			row[3] = d.Age
		}
		if a := d.Basis; a != nil {
			row = append(row, a.Skills["listening"], a.Skills["reading"], a.Skills["writing"], a.Skills["speaking"],
				a.Average, a.Level, a.TakenAt.Format(dayLayout))
		} else {
			row = append(row, nil, nil, nil, nil, nil, nil, nil)
		}
		row = append(row, strings.Join(reasons, "; "), l.Programme.Name(t.lang), l.Year, version)
		tb.Rows = append(tb.Rows, row)
	}
	return tb
}

func (s *Server) boardEligibilityExport(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	l, q, err := s.rdLoadEligibility(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	return rdSendExport(c, format, "eligibility-"+l.Programme.Code+"-"+strconv.Itoa(l.Year), rdEligibilityTable(t, l, q.filter(l.Entries)))
}

// boardEligibilityRecord stores the decisions of a whole list (filters do
// not apply: a record is of the list, not of a view of it).
func (s *Server) boardEligibilityRecord(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	prog, ok := rdFindProgramme(ps, c.FormValue("programme"))
	if !ok {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such programme"}
	}
	year, err := strconv.Atoi(c.FormValue("year"))
	if err != nil {
		return &apperr.Error{Code: apperr.Invalid, Field: "year", Key: "error.bad_request", Message: "year must be a year"}
	}
	l, err := s.rdEligibility(c.Request().Context(), provinceID, prog, year, time.Now().UTC())
	if err != nil {
		return err
	}
	if l.Criteria == nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "readiness.error.no_criteria", Message: "set criteria first"}
	}
	var ds []store.DecisionToRecord
	for _, e := range l.Entries {
		ds = append(ds, store.DecisionToRecord{CandidateID: e.Person.ID, IntakeYear: year, Decision: e.Decision})
	}
	n, err := s.store.People.RecordDecisions(c.Request().Context(), provinceID, rdUserID(c), ds)
	if err != nil {
		return err
	}
	v := url.Values{"programme": {prog.Code}, "year": {strconv.Itoa(year)}, "recorded": {strconv.Itoa(n)}}
	return c.Redirect(http.StatusSeeOther, "/board/eligibility?"+v.Encode())
}

// API: the same list as JSON, for other tools of the board.

type apiEligibility struct {
	Province        string                 `json:"province"`
	Programme       string                 `json:"programme"`
	Year            int                    `json:"year"`
	CriteriaVersion int                    `json:"criteria_version"`
	Counts          readiness.Counts       `json:"counts"`
	Candidates      []apiEligibilityPerson `json:"candidates"`
}

type apiEligibilityPerson struct {
	ID        int64              `json:"id"`
	NameLo    string             `json:"name_lo"`
	NameLatin string             `json:"name_latin"`
	Status    string             `json:"status"`
	Near      bool               `json:"near"`
	Reasons   []string           `json:"reasons"`
	Scores    map[string]float64 `json:"scores,omitempty"`
	Average   *float64           `json:"average,omitempty"`
	Level     *int               `json:"level,omitempty"`
}

func (s *Server) apiBoardEligibility(c echo.Context) error {
	l, q, err := s.rdLoadEligibility(c)
	if err != nil {
		return err
	}
	provinceID, _ := boardProvince(c)
	prov, err := s.store.People.ProvinceByID(c.Request().Context(), provinceID)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	out := apiEligibility{Province: prov.Code, Programme: l.Programme.Code, Year: l.Year, Counts: l.Counts}
	if l.Criteria != nil {
		out.CriteriaVersion = l.Criteria.Version
	}
	entries := q.filter(l.Entries)
	if l.Criteria == nil {
		entries = nil // nothing is decided without criteria
	}
	out.Candidates = make([]apiEligibilityPerson, 0, len(entries))
	// Thousands of people share a few dozen reasons: each is worded once.
	worded := map[string]string{}
	var key []byte
	for _, e := range entries {
		p := apiEligibilityPerson{ID: e.Person.ID, NameLo: e.Person.NameLo, NameLatin: e.Person.NameLatin,
			Status: string(e.Decision.Status), Near: e.Decision.Near, Reasons: make([]string, 0, len(e.Decision.Reasons))}
		for _, r := range e.Decision.Reasons {
			key = rdReasonKey(key[:0], r)
			text, ok := worded[string(key)] // no copy: the compiler looks a []byte key up as it is
			if !ok {
				text = t.Reason(r)
				worded[string(key)] = text
			}
			p.Reasons = append(p.Reasons, text)
		}
		if a := e.Decision.Basis; a != nil {
			p.Scores, p.Average, p.Level = a.Skills, &a.Average, &a.Level
		}
		out.Candidates = append(out.Candidates, p)
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, out)
}

// rdReasonKey appends what words a reason (its key, error band and
// arguments) to b. fmt.Sprint of the same was the API's costliest per-row
// step; arguments of kinds it does not know fall back to fmt.
func rdReasonKey(b []byte, r readiness.Reason) []byte {
	b = append(b, r.Key...)
	if r.ErrorBand {
		b = append(b, "|e"...)
	}
	for _, a := range r.Args {
		b = append(b, '|')
		b = append(b, a.Name...)
		b = append(b, '=')
		switch v := a.Value.(type) {
		case string: // length first: a text holding "|" cannot pass for two arguments
			b = strconv.AppendInt(append(b, 's'), int64(len(v)), 10)
			b = append(append(b, ':'), v...)
		case readiness.Msg:
			b = strconv.AppendInt(append(b, 'm'), int64(len(v)), 10)
			b = append(append(b, ':'), v...)
		case int:
			b = strconv.AppendInt(append(b, 'i'), int64(v), 10)
		case readiness.Score:
			b = strconv.AppendFloat(append(b, 'f'), float64(v), 'g', -1, 64)
		default:
			t := fmt.Sprintf("%T:%v", v, v)
			b = strconv.AppendInt(append(b, 'x'), int64(len(t)), 10)
			b = append(append(b, ':'), t...)
		}
	}
	return b
}
