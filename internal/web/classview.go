package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/placement"
	"hocviet/internal/readiness"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

type rdClassCard struct {
	ID    int64
	Name  string
	Start string
	Size  int
}

// instructorClasses lists every class; instructors of both schools follow
// any class, so nothing here is scoped by province.
func (s *Server) instructorClasses(c echo.Context) error {
	cs, err := s.store.People.Cohorts(c.Request().Context())
	if err != nil {
		return err
	}
	var cards []rdClassCard
	for _, h := range cs {
		cards = append(cards, rdClassCard{ID: h.ID, Name: h.Name, Start: h.StartDate, Size: h.Size})
	}
	return s.ok(c, "class_list", map[string]any{"Classes": cards})
}

type rdClassSkillView struct {
	Name string
	Mean string
	Rank int
}

type rdClassItemView struct {
	Ref      string
	Skill    string
	Prompt   string
	Answered int
	Percent  int
}

type rdClassMemberView struct {
	NameLo    string
	NameLatin string
	Scores    []string
	Average   string
	Level     string
	Tested    bool
	Placement string // "2 · 3 (2–4) · 2", or "" before a placement test
}

type rdClassView struct {
	ID         int64
	ExportCSV  string
	ExportXLSX string
	Name       string
	Members    int
	Tested     int
	Chart      *view.BandChart
	Weakest    []rdClassSkillView
	Items      []rdClassItemView
	SkillNames []string
	Roster     []rdClassMemberView
}

// rdWeakItems is how many items the class view lists: enough for a lesson.
const rdWeakItems = 10

func (s *Server) instructorClass(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such class"}
	}
	ctx := c.Request().Context()
	h, err := s.store.People.CohortByID(ctx, id)
	if err != nil {
		return err
	}
	ms, err := s.store.People.CohortMembers(ctx, id)
	if err != nil {
		return err
	}
	items, err := s.store.People.CohortItemStats(ctx, id)
	if err != nil {
		return err
	}
	placed, err := s.store.Placement.CohortPlacementLevels(ctx, id)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	latest := make([]*readiness.Attempt, len(ms))
	v := rdClassView{ID: h.ID, Name: h.Name,
		ExportCSV:  fmt.Sprintf("/instructor/classes/%d/export?format=csv", h.ID),
		ExportXLSX: fmt.Sprintf("/instructor/classes/%d/export?format=xlsx", h.ID)}
	for _, sk := range readiness.Skills {
		v.SkillNames = append(v.SkillNames, t.T("readiness.skill."+sk))
	}
	for i, m := range ms {
		latest[i] = readiness.Latest(m.Attempts)
		mv := rdClassMemberView{NameLo: m.NameLo, NameLatin: m.NameLatin, Placement: placementSummary(placed[m.ID])}
		if a := latest[i]; a != nil {
			mv.Tested = true
			for _, sk := range readiness.Skills {
				mv.Scores = append(mv.Scores, t.Score(a.Skills[sk]))
			}
			mv.Average, mv.Level = t.Score(a.Average), rdLevelText(t, a.Level)
		}
		v.Roster = append(v.Roster, mv)
	}
	readiness.SortByName(v.Roster, "latin", func(m rdClassMemberView) string { return m.NameLatin }, false)
	st := readiness.Class(latest)
	v.Members, v.Tested = st.Members, st.Tested
	v.Chart = view.NewBandChart(t, st)
	if st.Tested > 0 {
		for i, m := range st.Means {
			v.Weakest = append(v.Weakest, rdClassSkillView{Name: t.T("readiness.skill." + m.Skill), Mean: t.Score(m.Mean), Rank: i + 1})
		}
	}
	for _, it := range readiness.WeakestItems(items, rdWeakItems) {
		v.Items = append(v.Items, rdClassItemView{Ref: it.Ref, Skill: t.T("readiness.skill." + it.Skill), Prompt: it.Prompt,
			Answered: it.Answered, Percent: int(it.Rate()*100 + 0.5)})
	}
	return s.ok(c, "class_view", v)
}

// instructorClassExport is the class roster with each member's latest
// released result.
func (s *Server) instructorClassExport(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "no such class"}
	}
	ctx := c.Request().Context()
	h, err := s.store.People.CohortByID(ctx, id)
	if err != nil {
		return err
	}
	ms, err := s.store.People.CohortMembers(ctx, id)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	tb := rdExportTable{Sheet: "class", Header: []string{t.T("readiness.col.name_lo"), t.T("readiness.col.name_latin"),
		t.T("readiness.skill.listening"), t.T("readiness.skill.reading"), t.T("readiness.skill.writing"),
		t.T("readiness.skill.speaking"), t.T("readiness.col.average"), t.T("readiness.col.level"), t.T("readiness.col.exam_date")}}
	readiness.SortByName(ms, "latin", func(m store.ClassMember) string { return m.NameLatin }, false)
	for _, m := range ms {
		row := []any{m.NameLo, m.NameLatin}
		if a := readiness.Latest(m.Attempts); a != nil {
			row = append(row, a.Skills["listening"], a.Skills["reading"], a.Skills["writing"], a.Skills["speaking"],
				a.Average, a.Level, a.TakenAt.Format(dayLayout))
		}
		tb.Rows = append(tb.Rows, row)
	}
	return rdSendExport(c, format, fmt.Sprintf("class-%d", h.ID), tb)
}

// placementSummary writes a placement result as the class view shows it:
// the Bậc per skill (listening · reading · writing), with its range when the
// margin of error spans more than one level.
func placementSummary(rs map[string]placement.Result) string {
	if len(rs) == 0 {
		return ""
	}
	var parts []string
	for _, sk := range placement.Skills {
		r, ok := rs[sk]
		switch {
		case !ok:
			parts = append(parts, "–")
		case r.Lo != r.Hi:
			parts = append(parts, fmt.Sprintf("%d (%d–%d)", r.Level, r.Lo, r.Hi))
		default:
			parts = append(parts, strconv.Itoa(r.Level))
		}
	}
	return strings.Join(parts, " · ")
}
