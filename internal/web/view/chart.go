package view

import (
	"fmt"
	"strings"
	"time"

	"hocviet/internal/readiness"
)

// ChartWords words a chart's labels in the reader's language and number
// format (the board's rdText).
type ChartWords interface {
	T(key string, args ...any) string
	Day(d time.Time) string
	Score(v float64) string
	Level(n int) string // a level band, "none" for 0
}

// Charts are drawn on the server as inline SVG: nothing to download, no
// script, they print as sharply as text, and the page's CSP (no inline
// styles) is kept by styling every mark through classes.

type SvgPoint struct {
	X, Y  float64
	Title string
}

type SvgSeries struct {
	Class  string
	Label  string
	Points string // polyline points
	Dots   []SvgPoint
	LabelY float64
}

type SvgTick struct {
	X, Y  float64
	Label string
}

// TrendChart is per-skill scores over attempts.
type TrendChart struct {
	W, H        float64
	Left, Right float64
	Top, Bottom float64
	Series      []SvgSeries
	YTicks      []SvgTick
	XTicks      []SvgTick
	Threshold   *SvgTick
	Title       string
	LegendX     float64
	KeyX2       float64 // end of a legend's colour key
	TextX       float64 // start of a legend's label
}

const (
	trendW, trendH        = 640.0, 260.0
	trendLeft, trendRight = 36.0, 120.0
	trendTop, trendBottom = 12.0, 36.0
)

func NewTrendChart(t ChartWords, attempts []readiness.Attempt, thresholdAvg float64, thresholdLabel string) *TrendChart {
	if len(attempts) == 0 {
		return nil
	}
	ch := &TrendChart{W: trendW, H: trendH, Left: trendLeft, Right: trendW - trendRight, Top: trendTop,
		Bottom: trendH - trendBottom, LegendX: trendW - trendRight + 12,
		KeyX2: trendW - trendRight + 30, TextX: trendW - trendRight + 36, Title: t.T("readiness.report.trend")}
	y := func(v float64) float64 { return ch.Bottom - (ch.Bottom-ch.Top)*v/10 }
	x := func(i int) float64 {
		if len(attempts) == 1 {
			return (ch.Left + ch.Right) / 2
		}
		pad := 24.0
		return ch.Left + pad + (ch.Right-ch.Left-2*pad)*float64(i)/float64(len(attempts)-1)
	}
	for v := 0; v <= 10; v += 2 {
		ch.YTicks = append(ch.YTicks, SvgTick{X: ch.Left - 6, Y: y(float64(v)), Label: fmt.Sprint(v)})
	}
	for i, a := range attempts {
		ch.XTicks = append(ch.XTicks, SvgTick{X: x(i), Y: ch.Bottom + 18, Label: a.TakenAt.Format("01/2006")})
	}
	names := append(append([]string{}, readiness.Skills...), "average")
	for _, s := range names {
		ser := SvgSeries{Class: "series-" + s}
		if s == "average" {
			ser.Label = t.T("readiness.col.average")
		} else {
			ser.Label = t.T("readiness.skill." + s)
		}
		var pts []string
		for i, a := range attempts {
			v := a.Average
			if s != "average" {
				v = a.Skills[s]
			}
			px, py := x(i), y(v)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, py))
			ser.Dots = append(ser.Dots, SvgPoint{X: px, Y: py, Title: ser.Label + " " + t.Day(a.TakenAt) + ": " + t.Score(v)})
		}
		ser.Points = strings.Join(pts, " ")
		ch.Series = append(ch.Series, ser)
	}
	for i := range ch.Series {
		ch.Series[i].LabelY = ch.Top + 14 + float64(i)*20
	}
	if thresholdAvg > 0 {
		ch.Threshold = &SvgTick{X: ch.Right, Y: y(thresholdAvg), Label: thresholdLabel}
	}
	return ch
}

// BandChart is a class's level distribution, one stacked bar per skill.
type BandChart struct {
	W, H   float64
	Rows   []BandRow
	Legend []BandKey
	Title  string
}

type BandRow struct {
	Label    string
	TextY    float64
	Segments []BandSegment
}

type BandSegment struct {
	X, Y, W      float64
	TextX, TextY float64
	Class        string
	Count        int
	Title        string
	Show         bool // wide enough to print the count inside
}

type BandKey struct {
	Class        string
	X, Y         float64
	TextX, TextY float64
	Label        string
}

func NewBandChart(t ChartWords, st readiness.ClassStats) *BandChart {
	if st.Tested == 0 {
		return nil
	}
	const labelW, barW, rowH, barH = 120.0, 500.0, 30.0, 22.0
	ch := &BandChart{W: labelW + barW + 10, Title: t.T("readiness.class.chart")}
	rows := append(append([]string{}, readiness.Skills...), "overall")
	for i, s := range rows {
		var bands [7]int
		y := float64(i) * rowH
		r := BandRow{TextY: y + barH/2}
		if s == "overall" {
			bands = st.Levels
			r.Label = t.T("readiness.class.overall")
		} else {
			bands = st.Bands[s]
			r.Label = t.T("readiness.skill." + s)
		}
		x := labelW
		for b, n := range bands {
			if n == 0 {
				continue
			}
			w := barW * float64(n) / float64(st.Tested)
			r.Segments = append(r.Segments, BandSegment{X: x, Y: y, W: w, TextX: x + w/2, TextY: y + barH/2,
				Class: fmt.Sprintf("band-%d", b), Count: n,
				Title: fmt.Sprintf("%s · %s: %d", r.Label, t.Level(b), n), Show: w >= 18})
			x += w
		}
		ch.Rows = append(ch.Rows, r)
	}
	legendY := float64(len(rows))*rowH + 8
	for b := 0; b <= 6; b++ {
		x := labelW + float64(b)*72
		ch.Legend = append(ch.Legend, BandKey{Class: fmt.Sprintf("band-%d", b), X: x, Y: legendY,
			TextX: x + 16, TextY: legendY + 6, Label: t.Level(b)})
	}
	ch.H = legendY + 20
	// The legend starts under the bars; its first key sits at the label column.
	ch.Legend[0].X, ch.Legend[0].TextX = 4, 20
	for b := 1; b <= 6; b++ {
		ch.Legend[b].X = labelW - 40 + float64(b)*72
		ch.Legend[b].TextX = ch.Legend[b].X + 16
	}
	return ch
}
