package e2e

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/app"
	"hocviet/internal/demo"
	"hocviet/internal/web"
)

// demoTemplate is a demo database built once per test run; each test
// starts from a copy of it (see TestMain).
var demoTemplate string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hocviet-e2e-")
	if err != nil {
		panic(err)
	}
	demoTemplate, err = demo.Template(context.Background(), dir)
	if err != nil {
		os.RemoveAll(dir)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// startApp runs the real program, as `serve --demo` would, on a free port.
func startApp(t *testing.T) *app.App {
	t.Helper()
	ctx := context.Background()
	a, err := app.Open(ctx, app.Config{
		Addr: "127.0.0.1:0", DBPath: filepath.Join(t.TempDir(), "e2e.db"), Demo: true, Version: "e2e",
		DemoTemplate: demoTemplate,
		Log:          slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle:     web.Throttle{Window: time.Minute, SlowAfter: 3, Delay: time.Millisecond, LockAfter: 10, IPSlowAfter: 1000},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		a.Close(cctx)
	})
	return a
}

func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser gives a fresh headless Chromium tab. In CI a missing Chromium is a
// failure, never a skip: the browser tests are the proof the pages work.
func browser(t *testing.T, extraFlags ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is not installed (apt-get install -y chromium); browser tests must run in CI")
		}
		t.Skip("Chromium not installed; set CI=true to make this a failure")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	opts = append(opts, extraFlags...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// The first Run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return tctx
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// login fills the real login form and submits it like a person would.
func login(t *testing.T, ctx context.Context, base, username, password string) {
	t.Helper()
	do(t, ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), username),
		chromedp.SendKeys(chromedp.CSS("#password"), password),
		chromedp.Click(chromedp.CSS("#login-submit")),
		// Wait for the page the form leads to, not the login page still showing.
		chromedp.WaitVisible(chromedp.CSS("#home-title, #login-error, #error-status")),
	)
}
