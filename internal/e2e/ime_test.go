package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/demo"
)

type imeVector struct {
	Keys string `json:"keys"`
	Text string `json:"text"`
}

// The Go and JavaScript decoders read one file of vectors, so they cannot
// drift: the Go test is in internal/viet, this one runs ime.js in Chromium.
func TestBrowserIMEVectors(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("../viet/testdata/ime_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors map[string][]imeVector
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors["telex"]) < 40 || len(vectors["vni"]) < 25 {
		t.Fatalf("too few vectors: %d telex, %d vni", len(vectors["telex"]), len(vectors["vni"]))
	}
	a := startApp(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(a.URL()+"/login"), chromedp.WaitReady(chromedp.CSS("body")))
	for _, method := range []string{"telex", "vni"} {
		js := fmt.Sprintf(`(function(v){ return v.map(function(x){ return HocvietIME.%s(x.keys); }); })(%s)`, method, mustJSON(t, vectors[method]))
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range vectors[method] {
			if got[i] != v.Text {
				t.Errorf("%s %q: ime.js gives %q, want %q", method, v.Keys, got[i], v.Text)
			}
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A person types raw keystrokes into an answer field and reads Vietnamese.
func TestBrowserTelexTyping(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	do(t, ctx,
		chromedp.WaitVisible(chromedp.CSS("#scratch")),
		chromedp.SetValue(chromedp.CSS("select.ime-mode"), "telex"),
		chromedp.SendKeys(chromedp.CSS("#scratch"), "Truwowngf Chinhs trij tinhr Thanh Hoas"),
	)
	got, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#scratch")))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Trường Chính trị tỉnh Thanh Hoá"; got != want {
		t.Fatalf("typed with Telex: got %q, want %q", got, want)
	}

	// Typing in the middle of the text: the caret is after "Thanh".
	js := `(function(){ var el = document.getElementById('scratch'); el.value = 'Thanh Hoa'; el.focus(); el.setSelectionRange(5, 5); })()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](js)); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SendKeys(chromedp.CSS("#scratch"), "f"))
	got, _ = chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#scratch")))
	if want := "Thành Hoa"; got != want {
		t.Fatalf("tone key with the caret mid-text: got %q, want %q", got, want)
	}
}

// VNI chosen in the page is remembered for the account, on another page load.
func TestBrowserIMEModeRemembered(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-02", demo.Password)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("select.ime-mode")))
	js := `(function(){ var s = document.querySelector('select.ime-mode'); s.value = 'vni'; s.dispatchEvent(new Event('change', {bubbles: true})); })()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](js)); err != nil {
		t.Fatal(err)
	}
	// The preference is saved with a fetch; wait for the server to have it.
	waitFor(t, "the IME mode stored", 10*time.Second, func() (bool, error) {
		var mode string
		err := a.Store.DB().Get(&mode, `SELECT ime_mode FROM users WHERE username = 'k5-02'`)
		return mode == "vni", err
	})
	localStorageClear := `localStorage.clear()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](localStorageClear)); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(a.URL()+"/candidate"), chromedp.WaitVisible(chromedp.CSS("#scratch")),
		chromedp.SendKeys(chromedp.CSS("#scratch"), "Vie65t"))
	got, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#scratch")))
	if got != "Việt" {
		t.Fatalf("after reload with VNI remembered: got %q", got)
	}
	mode, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("select.ime-mode")))
	if mode != "vni" {
		t.Fatalf("toggle shows %q", mode)
	}
}
