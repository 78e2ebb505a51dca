package web

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// progressWeeks is how far back the chart looks: a course term.
const progressWeeks = 12

type progressView struct {
	Skills     []view.SkillStat
	Total      int
	Chart      template.HTML
	ChartEmpty bool
	Legend     []prLegend
	Weeks      []prWeekRow
	Topics     []prTopicRow
	Profile    prProfileView
	Comments   []prCommentLine
	Recent     []prSetLine
}

type prLegend struct{ Skill, Label string }

type prWeekRow struct {
	Start string
	Cells []string // answered (accuracy) per skill
}

type prTopicRow struct {
	Label    string
	Answered int
	Accuracy string
}

type prProfileView struct {
	Syllables  int
	ToneErrors int
	Rate       string
	MergeHint  bool
	Tones      []string // tone names in matrix order, Vietnamese
	Matrix     [][]int  // expected × given
	Top        []prConfusion
	Marks      []prConfusion
	Sounds     []prConfusion
}

type prConfusion struct {
	Expected, Given, Part string
	Count                 int
	Merge                 bool
}

type prCommentLine struct {
	When, Who, Body, Score, Skill, Type, URL string
}

// progress shows how each skill is going: estimates, accuracy week by week
// (an SVG drawn here, no chart library), topics, and the tone and mark
// slips of typed answers.
func (s *Server) progress(c echo.Context) error {
	ctx := c.Request().Context()
	u := currentUser(c)
	l := pageLang(c)
	t := s.prT(c)
	hist, err := s.practice.History(ctx, u.ID)
	if err != nil {
		return err
	}
	now := time.Now()
	v := progressView{Total: len(hist)}
	stats := practice.Stats(hist)
	for _, st := range stats {
		v.Skills = append(v.Skills, s.prSkillStat(c, st, practice.MyLevel(stats, st.Skill, s.placement(c))))
	}
	series := map[string][]practice.Week{}
	for _, sk := range bank.Skills {
		series[sk] = practice.Weekly(hist, sk, now, progressWeeks)
		v.Legend = append(v.Legend, prLegend{Skill: sk, Label: t("skill." + sk)})
	}
	v.Chart, v.ChartEmpty = accuracyChart(series, t("practice.progress.chart_title"), t)
	for i := progressWeeks - 1; i >= 0; i-- {
		row := prWeekRow{Start: series[bank.Listening][i].Start.Format("02/01")}
		some := false
		for _, sk := range bank.Skills {
			w := series[sk][i]
			cell := ""
			if w.Answered > 0 {
				some = true
				cell = fmt.Sprint(w.Answered)
				if w.Scored > 0 {
					cell += " · " + view.Pct(w.Accuracy)
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		if some {
			v.Weeks = append(v.Weeks, row)
		}
	}
	for _, ts := range practice.ByTopic(hist) {
		r := prTopicRow{Label: s.prTopicLabel(l, ts.Topic), Answered: ts.Answered}
		if ts.Scored > 0 {
			r.Accuracy = view.Pct(ts.Accuracy)
		}
		v.Topics = append(v.Topics, r)
	}
	p, err := s.store.Practice.ErrorProfile(ctx, u.ID)
	if err != nil {
		return err
	}
	v.Profile = profileView(p)
	cs, err := s.store.Practice.CommentsForUser(ctx, u.ID, 20)
	if err != nil {
		return err
	}
	for _, cm := range cs {
		ln := prCommentLine{When: view.Time(cm.CreatedAt), Who: cm.Instructor, Body: cm.Body, Skill: t("skill." + cm.Skill),
			Type: t("practice.type." + cm.Type), URL: fmt.Sprintf("/candidate/practice/%d/%d", cm.SetID, cm.Position)}
		if cm.Score != nil {
			ln.Score = view.Num(pageLang(c), *cm.Score, -1) + " / 10"
		}
		v.Comments = append(v.Comments, ln)
	}
	recent, err := s.store.Practice.RecentPracticeSets(ctx, u.ID, 10)
	if err != nil {
		return err
	}
	v.Recent = s.prSetLines(c, recent)
	return s.ok(c, "progress", v)
}

func profileView(p practice.Profile) prProfileView {
	v := prProfileView{Syllables: p.Syllables, ToneErrors: p.ToneErrors, Rate: view.Pct(p.ToneErrorRate()),
		MergeHint: p.ToneErrors >= 3 && p.MergeShare() >= 0.5}
	for tn := viet.Ngang; tn <= viet.Nang; tn++ {
		v.Tones = append(v.Tones, tn.Vietnamese())
		row := make([]int, 6)
		copy(row, p.Tones[tn][:])
		v.Matrix = append(v.Matrix, row)
	}
	name := func(s string) string {
		if t, ok := viet.ParseTone(s); ok {
			return t.Vietnamese()
		}
		return s
	}
	for i, cf := range p.Confusions {
		if i == 5 {
			break
		}
		v.Top = append(v.Top, prConfusion{Expected: name(cf.Expected), Given: name(cf.Given), Count: cf.Count, Merge: cf.LaoMerge})
	}
	for i, cf := range p.Marks {
		if i == 8 {
			break
		}
		v.Marks = append(v.Marks, prConfusion{Expected: cf.Expected, Given: cf.Given, Count: cf.Count})
	}
	for i, cf := range p.Sounds {
		if i == 8 {
			break
		}
		v.Sounds = append(v.Sounds, prConfusion{Part: cf.Part, Expected: view.OrDash(cf.Expected), Given: view.OrDash(cf.Given), Count: cf.Count})
	}
	return v
}

// accuracyChart draws accuracy per skill per week as an inline SVG: one
// line per skill, a dot per week with scored answers. Everything in it is
// numbers and fixed class names except the title, which is escaped; the
// page's CSS colours the lines, since the CSP forbids inline styles.
// Each dot's hover label is worded in the page language by t.
func accuracyChart(series map[string][]practice.Week, title string, t func(string, ...any) string) (template.HTML, bool) {
	const (
		w, h                     = 640, 260
		left, right, top, bottom = 44, 28, 12, 28
	)
	pw, ph := float64(w-left-right), float64(h-top-bottom)
	n := progressWeeks
	x := func(i int) float64 { return float64(left) + pw*float64(i)/float64(n-1) }
	y := func(acc float64) float64 { return float64(top) + ph*(1-acc) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`,
		w, h, template.HTMLEscapeString(title))
	fmt.Fprintf(&b, `<title>%s</title>`, template.HTMLEscapeString(title))
	for _, p := range []float64{0, 0.25, 0.5, 0.75, 1} {
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, left, w-right, y(p), y(p))
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%.1f" text-anchor="end">%d%%</text>`, left-6, y(p)+4, int(p*100))
	}
	empty := true
	var weeks []practice.Week
	for _, sk := range bank.Skills {
		weeks = series[sk]
		var pts []string
		for i, wk := range weeks {
			if wk.Scored == 0 {
				continue
			}
			empty = false
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(wk.Accuracy)))
		}
		if len(pts) > 1 {
			fmt.Fprintf(&b, `<polyline class="line skill-%s" points="%s"/>`, sk, strings.Join(pts, " "))
		}
		for i, wk := range weeks {
			if wk.Scored > 0 {
				label := t("examui.chart.point", "Skill", t("skill."+sk), "Week", wk.Start.Format("02/01"),
					"Accuracy", view.Pct(wk.Accuracy), "N", wk.Scored)
				fmt.Fprintf(&b, `<circle class="dot skill-%s" cx="%.1f" cy="%.1f" r="4"><title>%s</title></circle>`,
					sk, x(i), y(wk.Accuracy), template.HTMLEscapeString(label))
			}
		}
	}
	for i, wk := range weeks {
		if i%2 == (n-1)%2 { // every other week, ending on this one
			fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d" text-anchor="middle">%s</text>`, x(i), h-8, wk.Start.Format("02/01"))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()), empty
}
