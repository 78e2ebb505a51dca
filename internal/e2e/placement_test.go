package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/demo"
)

// A candidate takes the adaptive placement test to its end in Lao: the
// server chooses every question, the result gives a Bậc with its range per
// skill, and the home page shows it.
func TestBrowserPlacementTestToTheEnd(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-02", demo.Password)
	do(t, ctx, chromedp.Navigate(a.URL()+"/candidate/placement?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#placement-start")),
		chromedp.Click(chromedp.CSS("#placement-start")))
	// Answer like a middling candidate: the first option of every choice,
	// a wrong word in every typed field. Each answer loads the next page.
	const answer = `(() => {
		const r = document.querySelector('#item-form input[name=choice]'); if (r) r.checked = true;
		document.querySelectorAll('#item-form select').forEach(s => s.selectedIndex = 1);
		document.querySelectorAll('#item-form input[type=text], #item-form textarea').forEach(i => i.value = 'không biết');
		window.answered = true; document.querySelector('#placement-submit').click();
		return true; })()`
	seen := map[string]bool{}
	for n := 0; ; n++ {
		if n > 3*15+2 {
			t.Fatal("the placement test never ended")
		}
		do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#placement-result, #item-form")))
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#placement-result') ? 'done' :
			document.querySelector('#placement-progress').textContent + '|' + location.pathname`))
		if err != nil {
			t.Fatal(err)
		}
		if state == "done" {
			if n < 3 {
				t.Fatalf("the test ended after %d questions", n)
			}
			t.Logf("placement test ended after %d questions", n)
			break
		}
		if seen[state] {
			t.Fatalf("the same question came back after an answer: %s", state)
		}
		seen[state] = true
		if !strings.Contains(state, "ພາກ") {
			t.Fatalf("progress line not in Lao: %q", state)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](answer)); err != nil {
			t.Fatal(err)
		}
		// The answer's page is gone once a new document (without the flag) is there.
		// Polling fails while the page navigates: try again until it holds.
		for deadline := time.Now().Add(20 * time.Second); ; {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!window.answered && document.readyState === 'complete'`))
			if err == nil && ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no next page after answering %s: %v", state, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('#placement-result .placement-level')].map(e => e.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("result rows: %q", rows)
	}
	for _, r := range rows {
		if !strings.HasPrefix(r, "ລະດັບ ") {
			t.Errorf("result %q is not a Bậc in Lao", r)
		}
	}
	do(t, ctx, chromedp.Navigate(a.URL()+"/candidate"), chromedp.WaitVisible(chromedp.CSS("#home-placement")))
	if got := text(t, ctx, "#home-placement"); !strings.Contains(got, rows[0]) {
		t.Fatalf("home page placement %q lacks %q", got, rows[0])
	}
}
