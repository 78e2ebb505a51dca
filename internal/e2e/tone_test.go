package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/demo"
)

// toneReadText is the practice test bank's read-aloud text, which the tone
// browser's microphone reads (toneBrowser).
const toneReadText = "Tôi là người Lào."

// TestBrowserToneFeedback records a read-aloud answer through Chromium's
// fake microphone and finds, per syllable, the tone heard against the one
// expected with the two pitch curves drawn, the advice and the note that
// this is no grade.
func TestBrowserToneFeedback(t *testing.T) {
	t.Parallel()
	const readText = toneReadText
	a := practiceApp(t)
	ctx := tab(t, toneBrowser)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "speaking")

	record := func() {
		t.Helper()
		// At least 2.5 s, as a learner reading four syllables takes: the
		// recorder counts whole seconds, so 3.
		recordFor(t, ctx, 3)
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(wctx, chromedp.WaitVisible(chromedp.CSS("#own-audio"))); err != nil {
			t.Fatalf("recording not saved: %v; status %q", err, evalJS[string](t, ctx, `(document.getElementById('rec-status') || {}).textContent || ''`))
		}
	}
	found := false
	for !onSummary(t, ctx) {
		typ := itemType(t, ctx)
		record()
		if typ != "read_aloud" {
			if evalJS[bool](t, ctx, `!!document.getElementById('tone-feedback')`) {
				t.Fatalf("tone feedback on a %s item", typ)
			}
			next(t, ctx)
			continue
		}
		found = true
		if got := text(t, ctx, "#read-text"); got != readText {
			t.Fatalf("read-aloud text %q", got)
		}
		// The analysis ran when the recording was saved: the page that
		// comes back has it, in English as chosen on the chooser.
		if !evalJS[bool](t, ctx, `!!document.getElementById('tone-feedback')`) {
			t.Fatal("no tone feedback after recording")
		}
		if evalJS[bool](t, ctx, `!!document.getElementById('tone-none')`) {
			// A fake microphone can start mid-file; one more take is what
			// a learner would do too.
			t.Logf("first take: %s", text(t, ctx, "#tone-none"))
			record()
		}
		if evalJS[bool](t, ctx, `!!document.getElementById('tone-none')`) {
			t.Fatalf("no analysis: %s", text(t, ctx, "#tone-none"))
		}
		if got := text(t, ctx, "#tone-advisory"); !strings.Contains(got, "not a grade") {
			t.Fatalf("advisory note %q", got)
		}
		syll := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('#tone-heard tbody .tone-syl')).map(e => e.textContent)`)
		if strings.Join(syll, " ") != "Tôi là người Lào" {
			t.Fatalf("syllables %q", syll)
		}
		expected := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('#tone-heard tbody tr')).map(r => r.dataset.expected)`)
		if strings.Join(expected, " ") != "ngang huyen huyen huyen" {
			t.Fatalf("expected tones %q", expected)
		}
		heard := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('#tone-heard tbody tr')).map(r => r.dataset.heard + ': ' + r.querySelector('.tone-verdict').textContent)`)
		t.Logf("heard: %q", heard)
		// One drawn curve pair per syllable, inside its box and really laid
		// out (the SVG has a size on screen).
		curves := evalJS[int](t, ctx, `Array.from(document.querySelectorAll('#tone-heard svg.tone-curve')).filter(s => {
			const l = s.querySelector('polyline.tone-learner'), m = s.querySelector('polyline.tone-model');
			const b = s.getBoundingClientRect();
			return l && m && l.points.numberOfItems > 1 && m.points.numberOfItems > 1 && b.width > 50 && b.height > 20 &&
				Array.from(l.points).every(p => p.x >= 0 && p.x <= s.viewBox.baseVal.width && p.y >= 0 && p.y <= s.viewBox.baseVal.height);
		}).length`)
		if curves != 4 {
			t.Fatalf("%d drawn syllable curves, want 4", curves)
		}
		if n := evalJS[int](t, ctx, `document.querySelectorAll('#tone-advice li').length`); n == 0 {
			t.Fatal("no advice")
		}
		// tone.css is served under the CSP and applies (a rule only it has).
		if got := evalJS[string](t, ctx, `getComputedStyle(document.getElementById('tone-advisory')).borderLeftStyle`); got != "solid" {
			t.Fatalf("tone.css not applied: advisory border %q", got)
		}
		// Issue 17.9: on a 390 px phone the page does not scroll sideways;
		// the table fits or scrolls in its own box.
		do(t, ctx, chromedp.EmulateViewport(390, 844))
		if over := evalJS[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
			t.Errorf("at 390 px the page is %d px too wide", over)
		}
		if w := evalJS[int](t, ctx, `Math.round(document.querySelector('.tone-scroll').getBoundingClientRect().right)`); w > 390 {
			t.Errorf("at 390 px the tone table's box ends at %d px", w)
		}
		do(t, ctx, chromedp.EmulateViewport(1280, 900))
		next(t, ctx)
	}
	if !found {
		t.Fatal("no read-aloud item in the speaking set")
	}
}
