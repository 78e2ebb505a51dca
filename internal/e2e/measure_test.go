package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hocviet/internal/demo"
)

// An instructor opens the demo pilot's statistics from the session page in
// Chromium: the flagged weak item is highlighted, the Wright maps are drawn
// (persons and items inside the SVG), and clicking a column header sorts the
// item table by discrimination, lowest first, bringing the weak item up.
func TestExamStatsInBrowser(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	var sid int64
	if err := a.Store.DB().Get(&sid, `SELECT id FROM exam_sessions WHERE title = ?`, demo.PilotTitle); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	login(t, ctx, a.URL(), "giangvien", demo.Password)
	do(t, ctx,
		chromedp.Navigate(fmt.Sprintf("%s/instructor/exams/%d?lang=en", a.URL(), sid)),
		chromedp.WaitVisible(chromedp.CSS("#stats-link")),
		chromedp.Click(chromedp.CSS("#stats-link")),
		chromedp.WaitVisible(chromedp.CSS("#item-stats")),
	)
	if got := location(t, ctx); !strings.HasSuffix(got, fmt.Sprintf("/instructor/exams/%d/stats", sid)) {
		t.Fatalf("stats link went to %s", got)
	}
	// The weak item's row is highlighted and its flag shows.
	flagged := evalInt(t, ctx, `document.querySelectorAll('#item-stats tr.flagged .flag-negative_discrimination').length`)
	if flagged < 1 {
		t.Fatal("no highlighted item with negative discrimination")
	}
	bg := evalString(t, ctx, `getComputedStyle(document.querySelector('#item-stats tr.flagged')).backgroundColor`)
	if bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("flagged row not highlighted (background %s)", bg)
	}
	// Wright maps: one per skill, with person bars and item points drawn.
	for _, skill := range []string{"listening", "reading", "writing", "speaking"} {
		bars := evalInt(t, ctx, fmt.Sprintf(`document.querySelectorAll('#wright-%s svg rect.person').length`, skill))
		items := evalInt(t, ctx, fmt.Sprintf(`document.querySelectorAll('#wright-%s svg circle.item').length`, skill))
		h := evalInt(t, ctx, fmt.Sprintf(`Math.round(document.querySelector('#wright-%s svg').getBoundingClientRect().height)`, skill))
		if bars == 0 || items == 0 || h < 100 {
			t.Errorf("Wright map %s: %d bars, %d items, %dpx high", skill, bars, items, h)
		}
	}
	// Sorting: the discrimination column (7th), ascending on the first click.
	do(t, ctx, chromedp.Click(chromedp.CSS("#item-stats thead th:nth-child(7)")))
	first := evalString(t, ctx, `document.querySelector('#item-stats tbody tr').getAttribute('data-flags')`)
	if !strings.Contains(first, "negative_discrimination") {
		t.Errorf("after sorting by discrimination the first row has flags %q, want the negative one", first)
	}
	sorted := evalString(t, ctx, `document.querySelector('#item-stats thead th:nth-child(7)').getAttribute('aria-sort')`)
	if sorted != "ascending" {
		t.Errorf("aria-sort = %q", sorted)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#item-stats thead th:nth-child(7)")))
	if s := evalString(t, ctx, `document.querySelector('#item-stats thead th:nth-child(7)').getAttribute('aria-sort')`); s != "descending" {
		t.Errorf("second click: aria-sort = %q", s)
	}
}
