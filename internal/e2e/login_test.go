package e2e

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"hocviet/internal/demo"
)

func TestBrowserEachRoleLandsOnItsHome(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	for _, l := range demo.Logins {
		t.Run(string(l.Role), func(t *testing.T) {
			t.Parallel()
			ctx := browser(t)
			login(t, ctx, a.URL(), l.Username, demo.Password)
			do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#home-title")))
			if got, want := location(t, ctx), a.URL()+l.Role.Home(); got != want {
				t.Fatalf("landed on %s, want %s", got, want)
			}
		})
	}
}

func TestBrowserWrongPasswordIsTranslated(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(a.URL()+"/login?lang=en"))
	login(t, ctx, a.URL(), "k5-01", "not the password")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#login-error")))
	if got := text(t, ctx, "#login-error"); got != "Wrong username or password." {
		t.Fatalf("en error: %q", got)
	}
	do(t, ctx, chromedp.Navigate(a.URL()+"/login?lang=lo"))
	login(t, ctx, a.URL(), "k5-01", "not the password")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#login-error")))
	if got := text(t, ctx, "#login-error"); got != "ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ." {
		t.Fatalf("lo error: %q", got)
	}
}

func TestBrowserLaoPage(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(a.URL()+"/login?lang=lo"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if got := text(t, ctx, "h1"); got != "ເຂົ້າສູ່ລະບົບ" {
		t.Fatalf("Lao heading: %q", got)
	}
	// The choice is remembered on the next page without ?lang.
	login(t, ctx, a.URL(), "houaphanh", demo.Password)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#count-total")))
	// The demo's class and the graduates of its pilot session.
	if got := text(t, ctx, "#count-total"); !regexp.MustCompile(`^ຜູ້ສະໝັກ \d+ ຄົນ$`).MatchString(got) {
		t.Fatalf("board count in Lao: %q", got)
	}
	// Lao text is set in the Lao font shipped with the binary, first in the
	// stack, and the browser really loads it from the server (a computer
	// with no Lao font would otherwise show boxes).
	font, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('#candidates [lang=lo]')).fontFamily`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(font, `"hocviet Lao"`) || !strings.Contains(font, "Phetsarath OT") {
		t.Fatalf("Lao font stack: %q", font)
	}
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.fonts.load('16px "hocviet Lao"', 'ສະບາຍດີ').then(fs => fs.length)`,
		chromedp.EvalAwaitPromise))
	if err != nil || loaded == 0 {
		t.Fatalf("the shipped Lao font did not load: %d faces, %v", loaded, err)
	}
}

func TestBrowserCandidateForbiddenOnBoardPage(t *testing.T) {
	t.Parallel()
	a := startApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	do(t, ctx, chromedp.Navigate(a.URL()+"/board?lang=vi"), chromedp.WaitVisible(chromedp.CSS("#error-status")))
	if got := text(t, ctx, "#error-status"); got != "403" {
		t.Fatalf("status shown: %q", got)
	}
	if got := text(t, ctx, "#error-message"); got != "Bạn không có quyền mở trang này." {
		t.Fatalf("message: %q", got)
	}
}
