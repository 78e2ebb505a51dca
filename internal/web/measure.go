package web

import (
	"fmt"
	"hocviet/internal/web/view"
	"math"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/measure"
	"hocviet/internal/scoring"
	"hocviet/internal/store"
)

// Session statistics (issue 14): the classical item analysis, reliability,
// rater agreement and the Wright map of one session, for instructors.

type statsItemRow struct {
	measure.ItemStat
	Level       int
	Difficulty  float64 // current: calibrated or provisional
	SE          float64
	Infit       float64
	Outfit      float64
	Provisional bool
	Options     []statsOption
}

type statsOption struct {
	ID          string
	Key         bool
	Top, Bottom int
	Chosen      int
}

type statsPage struct {
	Session *store.SessionMeasure
	Report  *measure.SessionReport
	Skills  []measure.SkillStat
	Items   []statsItemRow
	Raters  []measure.RaterPair
	Flagged int
	Maps    []wrightMap
}

func (s *Server) examStats(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	sm, err := s.store.Measure.SessionMeasureData(ctx, id)
	if err != nil {
		return err
	}
	rep, err := measure.Report(id, sm.Data, sm.Raters)
	if err != nil {
		return err
	}
	versions := make([]int64, len(sm.Data.Items))
	for i, it := range sm.Data.Items {
		versions[i] = it.VersionID
	}
	params, err := s.store.Measure.ItemParams(ctx, versions)
	if err != nil {
		return err
	}
	p := statsPage{Session: sm, Report: rep, Skills: rep.SkillStats(), Raters: rep.RaterPairs()}
	for i, st := range rep.ItemStats() {
		row := statsItemRow{ItemStat: st, Level: sm.Levels[i], Difficulty: math.NaN(), SE: math.NaN(), Infit: math.NaN(), Outfit: math.NaN()}
		if pm, ok := params[st.VersionID]; ok {
			row.Difficulty, row.SE, row.Infit, row.Outfit, row.Provisional = pm.Difficulty, pm.SE, pm.Infit, pm.Outfit, pm.Provisional
		}
		key := map[string]bool{}
		for _, k := range st.Key {
			key[k] = true
		}
		for _, o := range sm.Data.Items[i].Options {
			oc := st.Options[o]
			row.Options = append(row.Options, statsOption{ID: o, Key: key[o], Top: oc.Top, Bottom: oc.Bottom, Chosen: st.Chosen[o]})
		}
		if len(st.Flags) > 0 {
			p.Flagged++
		}
		p.Items = append(p.Items, row)
	}
	rows, err := s.store.Measure.SessionResultSkills(ctx, id)
	if err != nil {
		return err
	}
	p.Maps = wrightMaps(p.Items, rows)
	return s.ok(c, "exam_stats", p)
}

func (s *Server) examStatsExport(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	sm, err := s.store.Measure.SessionMeasureData(c.Request().Context(), id)
	if err != nil {
		return err
	}
	rep, err := measure.Report(id, sm.Data, sm.Raters)
	if err != nil {
		return err
	}
	t := rdExportTable{Sheet: "items", Header: []string{"item_id", "version_id", "skill", "type", "level", "n", "facility", "discrimination", "flags", "options (top/bottom)"}}
	for i, it := range rep.ItemStats() {
		var opts []string
		for _, o := range sm.Data.Items[i].Options {
			oc := it.Options[o]
			opts = append(opts, fmt.Sprintf("%s %d/%d", o, oc.Top, oc.Bottom))
		}
		t.Rows = append(t.Rows, []any{it.ItemID, int(it.VersionID), it.Skill, it.Type, sm.Levels[i], it.N, cell(it.Facility),
			cell(it.Discrimination), strings.Join(it.Flags, " "), strings.Join(opts, "; ")})
	}
	return rdSendExport(c, format, fmt.Sprintf("session-%d-items", id), t)
}

// cell is a statistic for a spreadsheet: rounded, empty when undefined.
func cell(x float64) any {
	if v := measure.Num(x); v != nil {
		return *v
	}
	return nil
}

// wrightMap is one skill's person–item map, drawn as inline SVG by the
// template from these coordinates.
type wrightMap struct {
	Skill          string
	Width, Height  int
	Axis           []wrightTick
	Persons        []wrightBar
	Items          []wrightItem
	PersonN, ItemN int
	Mid            int
}

type wrightTick struct {
	Y     float64
	Label string
}

type wrightBar struct {
	X, Y, W, H float64
	N          int
}

type wrightItem struct {
	X, Y        float64
	ID          string
	Difficulty  float64
	Provisional bool
	Flagged     bool
}

const (
	wmTop, wmBottom = 16.0, 16.0
	wmHeight        = 420
	wmWidth         = 560
	wmMid           = 230
)

// wrightMaps places, per skill, the candidates' abilities (a histogram in
// quarter-logit bins, left of the axis) and the items' difficulties (right
// of it, stacked where they coincide) on one logit scale.
func wrightMaps(items []statsItemRow, rows []store.ResultSkill) []wrightMap {
	bySkill := map[string][]float64{}
	for _, r := range rows {
		if r.Theta.Valid {
			bySkill[r.Skill] = append(bySkill[r.Skill], r.Theta.Float64)
		}
	}
	var out []wrightMap
	for _, skill := range []string{"listening", "reading", "writing", "speaking"} {
		var its []statsItemRow
		for _, it := range items {
			if it.Skill == skill && !math.IsNaN(it.Difficulty) {
				its = append(its, it)
			}
		}
		th := bySkill[skill]
		if len(its) == 0 && len(th) == 0 {
			continue
		}
		lo, hi := -3.0, 3.0
		for _, v := range th {
			lo, hi = math.Min(lo, math.Floor(v)), math.Max(hi, math.Ceil(v))
		}
		for _, it := range its {
			lo, hi = math.Min(lo, math.Floor(it.Difficulty)), math.Max(hi, math.Ceil(it.Difficulty))
		}
		lo, hi = math.Max(lo, -8), math.Min(hi, 8)
		y := func(v float64) float64 {
			v = math.Max(lo, math.Min(hi, v))
			return wmTop + (hi-v)/(hi-lo)*(wmHeight-wmTop-wmBottom)
		}
		m := wrightMap{Skill: skill, Width: wmWidth, Height: wmHeight, PersonN: len(th), ItemN: len(its), Mid: wmMid}
		for v := math.Ceil(lo); v <= hi; v++ {
			m.Axis = append(m.Axis, wrightTick{Y: y(v), Label: fmt.Sprintf("%+.0f", v)})
		}
		const bin = 0.25
		counts := map[int]int{}
		most := 1
		for _, v := range th {
			b := int(math.Floor(v / bin))
			counts[b]++
			most = max(most, counts[b])
		}
		for b, n := range counts {
			top := y(float64(b+1) * bin)
			w := float64(n) / float64(most) * (wmMid - 50)
			m.Persons = append(m.Persons, wrightBar{X: wmMid - 36 - w, Y: top, H: y(float64(b)*bin) - top, W: w, N: n})
		}
		sort.Slice(m.Persons, func(a, b int) bool { return m.Persons[a].Y < m.Persons[b].Y })
		sort.Slice(its, func(a, b int) bool { return its[a].Difficulty > its[b].Difficulty })
		// Items within 0.12 logit of each other share a row, side by side.
		lastY, col := math.Inf(-1), 0
		for _, it := range its {
			yy := y(it.Difficulty)
			if yy-lastY < 10 {
				col++
			} else {
				col, lastY = 0, yy
			}
			x := float64(wmMid) + 8 + float64(col)*9
			m.Items = append(m.Items, wrightItem{X: math.Min(x, wmWidth-8), Y: lastY, ID: it.ItemID, Difficulty: it.Difficulty,
				Provisional: it.Provisional, Flagged: len(it.Flags) > 0})
		}
		out = append(out, m)
	}
	return out
}

// fmtNum prints a statistic with the given decimals, "–" when it is NaN or
// infinite (no variance, too few responses).
func fmtNum(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fmt.Sprintf("%.*f", decimals, x)
}

// levelRange is a result's level with its error: the levels of the average
// minus and plus one SEM of the average (rounded by the national rule).
type levelRange struct {
	Lo, Hi    int
	Low, High string
}

func (s *Server) resultRange(c echo.Context, attemptID int64, average float64) (*levelRange, error) {
	rows, err := s.store.Measure.ResultSkills(c.Request().Context(), attemptID)
	if err != nil {
		return nil, err
	}
	avg, ok := rows["average"]
	if !ok || !avg.SEM.Valid || avg.SEM.Float64 <= 0 {
		return nil, nil
	}
	return rangeOf(pageLang(c), average, avg.SEM.Float64), nil
}

// rangeOf writes the scores with the decimal mark of language l.
func rangeOf(l string, average, sem float64) *levelRange {
	lo, hi := math.Max(0, average-sem), math.Min(10, average+sem)
	return &levelRange{Lo: scoring.LevelOf(scoring.Round05(lo)), Hi: scoring.LevelOf(scoring.Round05(hi)),
		Low: view.Num(l, lo, 1), High: view.Num(l, hi, 1)}
}
