package web

import (
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/readiness"
	"hocviet/internal/web/view"
)

type rdReportSkillRow struct {
	Name   string
	Latest string
	Best   string
	Change string
	Min    string
	Below  bool
}

type rdReportAttemptRow struct {
	Date    string
	Scores  []string
	Average string
	Level   string
}

type rdPracticeView struct {
	Items      int
	CorrectPct int
	ActiveDays int
	LastAt     string
	PerSkill   []rdPracticeSkillView
	Errors     []rdPracticeErrorView
}

type rdPracticeSkillView struct {
	Name       string
	Items      int
	CorrectPct int
}

type rdPracticeErrorView struct {
	Text  string
	Count int
}

type rdRecordedView struct {
	Date       string
	Programme  string
	Year       int
	Version    int
	Status     string
	StatusText string
	Near       bool
	Reasons    []string
	By         string
}

type rdReportView struct {
	Person        boardPersonView
	Age           string
	H             map[string]rdHeadingBoth
	Year          int
	HasCriteria   bool
	CriteriaLabel string
	Status        string
	StatusText    string
	Near          bool
	Reasons       []rdReasonView
	Skills        []rdReportSkillRow
	SkillNames    []string
	HasResults    bool
	LatestAverage string
	LatestLevel   string
	LatestDate    string
	BestAverage   string
	BestLevel     string
	Attempts      []rdReportAttemptRow
	Chart         *view.TrendChart
	Practice      *rdPracticeView
	Advice        []string
	Decisions     []rdRecordedView
	PrintedOn     string
}

var rdReportHeadings = []string{"title", "profile", "decision", "scores", "trend", "attempts", "practice", "errors", "next", "recorded"}

func (s *Server) boardReport(c echo.Context) error {
	provinceID, p, err := s.boardPerson(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	ps, err := s.rdProgrammes(c)
	if err != nil {
		return err
	}
	attempts, err := s.store.People.CandidateReleasedAttempts(ctx, provinceID, p.ID)
	if err != nil {
		return err
	}
	practice, err := s.store.People.CandidatePractice(ctx, provinceID, p.ID)
	if err != nil {
		return err
	}
	cur, err := s.store.People.CurrentCriteria(ctx, provinceID)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	today := time.Now().UTC()
	v := rdReportView{Person: rdPersonView(t, ps, *p), H: map[string]rdHeadingBoth{}, PrintedOn: t.Day(today)}
	for _, h := range rdReportHeadings {
		v.H[h] = s.rdBoth("readiness.report.h_" + h)
	}
	v.Year = p.IntakeYear
	if v.Year == 0 {
		v.Year = readiness.NextIntakes(today)[0]
	}
	var crit *readiness.Criteria
	if k, ok := cur[p.ProgrammeID]; ok {
		crit = &k
		d := readiness.Evaluate(k, p.Profile(), attempts, v.Year, today)
		v.HasCriteria = true
		v.CriteriaLabel = rdCriteriaLabel(t, k)
		v.Status, v.StatusText, v.Near = string(d.Status), t.Status(d.Status), d.Near
		for _, r := range d.Reasons {
			v.Reasons = append(v.Reasons, rdReasonView{Text: t.Reason(r), Near: r.Near})
		}
		if d.Age >= 0 {
			v.Age = strconv.Itoa(d.Age)
		}
	}
	var usePractice *readiness.Practice
	if practice != nil && practice.Items > 0 {
		usePractice = practice
	}
	rep := readiness.BuildReport(attempts, usePractice, crit)
	for _, s := range readiness.Skills {
		v.SkillNames = append(v.SkillNames, t.T("readiness.skill."+s))
	}
	if rep.Latest != nil {
		v.HasResults = true
		v.LatestAverage, v.LatestLevel, v.LatestDate = t.Score(rep.Latest.Average), rdLevelText(t, rep.Latest.Level), t.Day(rep.Latest.TakenAt)
		v.BestAverage, v.BestLevel = t.Score(rep.BestAverage), rdLevelText(t, rep.BestLevel)
		for _, sk := range readiness.Skills {
			row := rdReportSkillRow{Name: t.T("readiness.skill." + sk), Latest: t.Score(rep.Latest.Skills[sk]), Best: t.Score(rep.Best[sk])}
			if rep.Previous != nil {
				d := rep.Latest.Skills[sk] - rep.Previous.Skills[sk]
				switch {
				case d > 0:
					row.Change = "+" + t.Score(d)
				case d < 0:
					row.Change = "−" + t.Score(-d)
				default:
					row.Change = "="
				}
			}
			if crit != nil && crit.MinSkill[sk] > 0 {
				row.Min = t.Score(crit.MinSkill[sk])
				row.Below = rep.Latest.Skills[sk] < crit.MinSkill[sk]
			}
			v.Skills = append(v.Skills, row)
		}
		for i := len(rep.Attempts) - 1; i >= 0; i-- {
			a := rep.Attempts[i]
			row := rdReportAttemptRow{Date: t.Day(a.TakenAt), Average: t.Score(a.Average), Level: rdLevelText(t, a.Level)}
			for _, sk := range readiness.Skills {
				row.Scores = append(row.Scores, t.Score(a.Skills[sk]))
			}
			v.Attempts = append(v.Attempts, row)
		}
		threshold, label := 0.0, ""
		if crit != nil && crit.MinLevel > 0 {
			threshold = readiness.LevelMinAverage(crit.MinLevel)
			label = t.T("readiness.report.threshold", "Level", crit.MinLevel)
		}
		v.Chart = view.NewTrendChart(t, rep.Attempts, threshold, label)
	}
	if usePractice != nil {
		pv := &rdPracticeView{Items: practice.Items, CorrectPct: readiness.Percent(practice.Correct, practice.Items),
			ActiveDays: practice.ActiveDays, LastAt: t.Day(practice.LastAt)}
		for _, sk := range readiness.Skills {
			sp := practice.PerSkill[sk]
			pv.PerSkill = append(pv.PerSkill, rdPracticeSkillView{Name: t.T("readiness.skill." + sk), Items: sp.Items,
				CorrectPct: readiness.Percent(sp.Correct, sp.Items)})
		}
		for i, e := range practice.Errors {
			if i == 6 {
				break
			}
			var text string
			switch e.Kind {
			case "tone":
				text = t.T("readiness.report.error_tone", "Expected", t.T("readiness.tone."+e.Expected), "Given", t.T("readiness.tone."+e.Given))
			case "sound":
				text = t.T("readiness.report.error_sound", "Part", t.T("readiness.part."+e.Part), "Expected", e.Expected, "Given", e.Given)
			default:
				text = t.T("readiness.report.error_mark", "Expected", e.Expected, "Given", e.Given)
			}
			pv.Errors = append(pv.Errors, rdPracticeErrorView{Text: text, Count: e.Count})
		}
		v.Practice = pv
	}
	for _, a := range rep.Advice {
		v.Advice = append(v.Advice, t.Reason(a))
	}
	recs, err := s.store.People.CandidateDecisions(ctx, provinceID, p.ID)
	if err != nil {
		return err
	}
	for _, r := range recs {
		rv := rdRecordedView{Date: t.Day(r.DecidedAt), Year: r.IntakeYear, Version: r.CriteriaVersion, Status: string(r.Status),
			StatusText: t.Status(r.Status), Near: r.Near, By: r.DecidedBy}
		if pr, ok := rdProgrammeByID(ps, r.ProgrammeID); ok {
			rv.Programme = pr.Name(pageLang(c))
		}
		for _, x := range r.Reasons {
			rv.Reasons = append(rv.Reasons, t.Reason(x))
		}
		v.Decisions = append(v.Decisions, rv)
	}
	return s.ok(c, "board_report", v)
}
