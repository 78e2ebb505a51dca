package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/readiness"
	"hocviet/internal/store"
)

type rdPlanCellView struct {
	Field       string // form field of the quota
	Quota       string
	Eligible    int
	Near        int
	Untested    int
	NotEligible int
	Total       int
	Gap         int
	GapText     string
	Outlook     string
	OutlookText string
	ListURL     string
	Error       string
}

type rdPlanYearView struct {
	Year  int
	Cells []rdPlanCellView
	Total rdPlanCellView
}

type rdPlanView struct {
	Province   string
	Programmes []string
	Years      []rdPlanYearView
	NoYear     []string // programmes with candidates not yet planned for a year
	Missing    []string // programmes without criteria
	Saved      bool
	ExportCSV  string
	ExportXLSX string
}

// rdPlan computes the 3-year plan: for each intake year and programme, the
// candidates planned for it, decided under the programme's current criteria.
func (s *Server) rdPlan(ctx context.Context, provinceID int64, ps []account.Programme, today time.Time) ([]int, map[store.QuotaKey]readiness.PlanCell, map[int64]int, map[int64]bool, error) {
	years := readiness.NextIntakes(today)
	people, err := s.store.People.ProvincePeople(ctx, provinceID)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	cur, err := s.store.People.CurrentCriteria(ctx, provinceID)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	attempts, err := s.store.People.ReleasedAttempts(ctx, provinceID)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	quotas, err := s.store.People.Quotas(ctx, provinceID)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ds := map[store.QuotaKey][]readiness.Decision{}
	noYear := map[int64]int{}
	for _, p := range people {
		if p.ProgrammeID == 0 {
			continue
		}
		if p.IntakeYear == 0 {
			noYear[p.ProgrammeID]++
			continue
		}
		k, ok := cur[p.ProgrammeID]
		if !ok {
			// Without criteria nobody can be decided: all count as untested.
			ds[store.QuotaKey{ProgrammeID: p.ProgrammeID, Year: p.IntakeYear}] = append(ds[store.QuotaKey{ProgrammeID: p.ProgrammeID, Year: p.IntakeYear}],
				readiness.Decision{Status: readiness.Untested})
			continue
		}
		d := readiness.Evaluate(k, p.Profile(), attempts[p.ID], p.IntakeYear, today)
		key := store.QuotaKey{ProgrammeID: p.ProgrammeID, Year: p.IntakeYear}
		ds[key] = append(ds[key], d)
	}
	cells := map[store.QuotaKey]readiness.PlanCell{}
	for _, y := range years {
		for _, p := range ps {
			key := store.QuotaKey{ProgrammeID: p.ID, Year: y}
			var q *int
			if v, ok := quotas[key]; ok {
				q = &v
			}
			cells[key] = readiness.NewPlanCell(y, p.ID, q, ds[key])
		}
	}
	missing := map[int64]bool{}
	for _, p := range ps {
		if _, ok := cur[p.ID]; !ok {
			missing[p.ID] = true
		}
	}
	return years, cells, noYear, missing, nil
}

func rdQuotaField(code string, year int) string { return fmt.Sprintf("quota_%s_%d", code, year) }

func rdPlanCellOf(t rdText, c readiness.PlanCell) rdPlanCellView {
	v := rdPlanCellView{Eligible: c.Counts.Eligible, Near: c.Counts.Near, Untested: c.Counts.Untested,
		NotEligible: c.Counts.NotEligible - c.Counts.Near, Total: c.Counts.Total, Gap: c.Gap,
		Outlook: string(c.Outlook()), OutlookText: t.T("readiness.plan.outlook_" + string(c.Outlook()))}
	if c.HasQuota {
		v.Quota = strconv.Itoa(c.Quota)
		switch {
		case c.Gap > 0:
			v.GapText = t.T("readiness.plan.gap_short", "N", c.Gap)
		case c.Gap < 0:
			v.GapText = t.T("readiness.plan.gap_over", "N", -c.Gap)
		default:
			v.GapText = t.T("readiness.plan.gap_none")
		}
	}
	return v
}

func (s *Server) rdPlanPage(c echo.Context, status int, errs map[string]string, typed map[string]string) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	prov, err := s.store.People.ProvinceByID(ctx, provinceID)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	years, cells, noYear, missing, err := s.rdPlan(ctx, provinceID, ps, time.Now().UTC())
	if err != nil {
		return err
	}
	t := s.rdText(c)
	lg := pageLang(c)
	v := rdPlanView{Province: prov.Name(lg), Saved: c.QueryParam("saved") == "1",
		ExportCSV: "/board/plan/export?format=csv", ExportXLSX: "/board/plan/export?format=xlsx"}
	for _, p := range ps {
		v.Programmes = append(v.Programmes, p.Name(lg))
		if n := noYear[p.ID]; n > 0 {
			v.NoYear = append(v.NoYear, t.T("readiness.plan.no_year", "N", n, "Programme", p.Name(lg)))
		}
		if missing[p.ID] {
			v.Missing = append(v.Missing, p.Name(lg))
		}
	}
	for _, y := range years {
		yv := rdPlanYearView{Year: y}
		var row []readiness.PlanCell
		for _, p := range ps {
			cell := cells[store.QuotaKey{ProgrammeID: p.ID, Year: y}]
			row = append(row, cell)
			cv := rdPlanCellOf(t, cell)
			cv.Field = rdQuotaField(p.Code, y)
			cv.ListURL = fmt.Sprintf("/board/eligibility?programme=%s&year=%d", p.Code, y)
			if typedQ, ok := typed[cv.Field]; ok {
				cv.Quota = typedQ
			}
			cv.Error = errs[cv.Field]
			yv.Cells = append(yv.Cells, cv)
		}
		yv.Total = rdPlanCellOf(t, readiness.PlanTotals(row))
		v.Years = append(v.Years, yv)
	}
	return s.render(c, status, "board_plan", v)
}

func (s *Server) boardPlan(c echo.Context) error { return s.rdPlanPage(c, http.StatusOK, nil, nil) }

func (s *Server) boardPlanSave(c echo.Context) error {
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	qs := map[store.QuotaKey]*int{}
	errs, typed := map[string]string{}, map[string]string{}
	for _, y := range readiness.NextIntakes(time.Now().UTC()) {
		for _, p := range ps {
			field := rdQuotaField(p.Code, y)
			text := strings.TrimSpace(c.FormValue(field))
			typed[field] = text
			key := store.QuotaKey{ProgrammeID: p.ID, Year: y}
			if text == "" {
				qs[key] = nil
				continue
			}
			n, err := strconv.Atoi(text)
			if err != nil || !readiness.ValidQuota(n) {
				errs[field] = t.T("readiness.error.quota")
				continue
			}
			qs[key] = &n
		}
	}
	if len(errs) > 0 {
		return s.rdPlanPage(c, http.StatusUnprocessableEntity, errs, typed)
	}
	if err := s.store.People.SetQuotas(c.Request().Context(), provinceID, rdUserID(c), qs); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/board/plan?saved=1")
}

func (s *Server) boardPlanExport(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	years, cells, _, _, err := s.rdPlan(c.Request().Context(), provinceID, ps, time.Now().UTC())
	if err != nil {
		return err
	}
	t := s.rdText(c)
	tb := rdExportTable{Sheet: "plan", Header: []string{t.T("readiness.col.year"), t.T("readiness.col.programme"),
		t.T("readiness.plan.quota"), t.T("readiness.status.eligible"), t.T("readiness.plan.near"),
		t.T("readiness.status.untested"), t.T("readiness.plan.not_eligible_far"), t.T("readiness.plan.gap"),
		t.T("readiness.plan.outlook")}}
	for _, y := range years {
		for _, p := range ps {
			cell := cells[store.QuotaKey{ProgrammeID: p.ID, Year: y}]
			var quota, gap any
			if cell.HasQuota {
				quota, gap = cell.Quota, cell.Gap
			}
			tb.Rows = append(tb.Rows, []any{y, p.Name(pageLang(c)), quota, cell.Counts.Eligible, cell.Counts.Near,
				cell.Counts.Untested, cell.Counts.NotEligible - cell.Counts.Near, gap,
				t.T("readiness.plan.outlook_" + string(cell.Outlook()))})
		}
	}
	return rdSendExport(c, format, "intake-plan", tb)
}
