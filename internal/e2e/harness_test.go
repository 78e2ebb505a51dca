package e2e

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/app"
	"hocviet/internal/demo"
	"hocviet/internal/lang"
	"hocviet/internal/testexit"
	"hocviet/internal/web"
	webfiles "hocviet/web"
)

// demoTemplate is the demo database, built once per `go test` run by the
// first test binary that needs it (demo.SharedTemplate; the tests with
// their own small databases run meanwhile); each test starts from a copy.
// Its accounts are hashed at bcrypt's lowest cost: each test logs in a few
// times, and a full-cost bcrypt under -race takes a good part of a second.
var demoTemplate = sync.OnceValues(func() (string, error) {
	return demo.SharedTemplate(context.Background(), scratch, demo.Options{BcryptCost: bcrypt.MinCost})
})

// sharedPages and sharedCatalog are the web files' pages and translations,
// loaded once per test binary and handed to every server (app.Config): each
// server loading its own cost a second or more of CPU under -race.
var (
	sharedPages   = sync.OnceValues(func() (*web.Templates, error) { return web.LoadTemplates(webfiles.FS) })
	sharedCatalog = sync.OnceValues(func() (*lang.Catalog, error) { return lang.Load(webfiles.FS, "i18n") })
)

func pages(t *testing.T) *web.Templates {
	t.Helper()
	p, err := sharedPages()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func catalog(t *testing.T) *lang.Catalog {
	t.Helper()
	c, err := sharedCatalog()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// scratch is the test binary's own folder: the demo template, the browsers'
// profiles and the fake microphones' files live there.
var scratch string

func TestMain(m *testing.M) {
	// Browser tests wait on the browser and their own server far more than
	// they compute: a few at once keep two cores busy without starving
	// either. An explicit -parallel wins.
	flag.Parse()
	parallelSet := false
	flag.Visit(func(f *flag.Flag) { parallelSet = parallelSet || f.Name == "test.parallel" })
	if !parallelSet {
		flag.Set("test.parallel", "4")
	}
	dir, err := os.MkdirTemp("", "hocviet-e2e-")
	if err != nil {
		panic(err)
	}
	scratch = dir
	code := m.Run()
	closeBrowsers()
	os.RemoveAll(dir)
	testexit.Exit(code)
}

// testHash is demo.Password hashed at bcrypt's lowest cost: the accounts
// the tests create log in without a full-cost bcrypt under -race.
var testHash = sync.OnceValue(func() string {
	h, err := bcrypt.GenerateFromPassword([]byte(demo.Password), bcrypt.MinCost)
	if err != nil {
		panic(err)
	}
	return string(h)
})

// hosts numbers the loopback addresses the tests' servers listen on.
var hosts atomic.Uint32

// loopback is a loopback address no other server of this binary uses, as
// "127.1.x.y": a reused tab never comes back to an origin, whose storage
// and cache an earlier test may have filled.
func loopback() string {
	n := hosts.Add(1)
	return fmt.Sprintf("127.1.%d.%d", n/250%250+1, n%250+1)
}

// startApp runs the real program, as `serve --demo` would, on a free port.
func startApp(t *testing.T) *app.App {
	t.Helper()
	ctx := context.Background()
	template, err := demoTemplate()
	if err != nil {
		t.Fatalf("demo template: %v", err)
	}
	a, err := app.Open(ctx, app.Config{BcryptCost: bcrypt.MinCost, Templates: pages(t), Catalog: catalog(t),
		Addr: loopback() + ":0", DBPath: filepath.Join(t.TempDir(), "e2e.db"), Demo: true, Version: "e2e",
		DemoTemplate: template,
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

// A shared Chromium: started once per test binary on first use, it lends
// each test tabs, each in a browser context of its own (cookies, storage
// and IndexedDB apart: two tabs of one test are two people). Opening a tab
// in a new context costs the browser more than half a second of CPU, so a
// passed test's tabs go back to a pool with their cookies cleared, and the
// next test navigates them to its own server. Each server listens on a
// loopback host of its own (loopback), so no page can meet the storage an
// earlier test left for its origin. The kinds differ only in the fake
// microphone's file, a browser-wide flag.
type sharedBrowser struct {
	name  string
	flags func() ([]chromedp.ExecAllocatorOption, error) // nil: no microphone
	once  sync.Once
	ctx   context.Context // the browser's first tab; tabs are its children
	stop  func()
	err   error

	mu   sync.Mutex
	idle []*pooledTab // tabs of passed tests, on about:blank, without cookies
}

// pooledTab is an open tab and the cancel that closes it.
type pooledTab struct {
	ctx   context.Context
	close context.CancelFunc
}

func (b *sharedBrowser) take() *pooledTab {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n := len(b.idle); n > 0 {
		pt := b.idle[n-1]
		b.idle = b.idle[:n-1]
		return pt
	}
	return nil
}

func (b *sharedBrowser) give(pt *pooledTab) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.idle = append(b.idle, pt)
}

var (
	// plainBrowser has no microphone at all.
	plainBrowser = &sharedBrowser{name: "plain"}
	// speechBrowser's microphone says a long Vietnamese sentence over and
	// over: any few seconds of it are speech (exam recordings, the
	// microphone check, practice speaking).
	speechBrowser = &sharedBrowser{name: "speech", flags: func() ([]chromedp.ExecAllocatorOption, error) {
		mic, err := speechWAV()
		if err != nil {
			return nil, err
		}
		return micFlags(mic), nil
	}}
	// toneBrowser's microphone reads the practice test bank's read-aloud
	// text once, then is silent for 4 s, so a recording of a few seconds
	// holds one clean reading for the tone analysis. Its only user is
	// TestBrowserToneFeedback: a second tab recording at the same time
	// would share the file's position.
	toneBrowser = &sharedBrowser{name: "tone", flags: func() ([]chromedp.ExecAllocatorOption, error) {
		mic, err := toneWAV(toneReadText)
		if err != nil {
			return nil, err
		}
		return micFlags(mic), nil
	}}
	allBrowsers = []*sharedBrowser{plainBrowser, speechBrowser, toneBrowser}
)

func micFlags(wav string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Flag("use-fake-ui-for-media-stream", true),
		chromedp.Flag("use-fake-device-for-media-stream", true),
		chromedp.Flag("use-file-for-fake-audio-capture", wav),
		chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
	}
}

// start launches the browser once; its life is the test binary's.
func (b *sharedBrowser) start(path string) {
	b.once.Do(func() {
		var extra []chromedp.ExecAllocatorOption
		if b.flags != nil {
			if extra, b.err = b.flags(); b.err != nil {
				return
			}
		}
		profile := filepath.Join(scratch, "chromium-"+b.name)
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			// Several tabs at once: none of them counts as in the
			// background, so timers, audio and rendering keep their pace.
			chromedp.Flag("disable-background-timer-throttling", true),
			chromedp.Flag("disable-backgrounding-occluded-windows", true),
			chromedp.Flag("disable-renderer-backgrounding", true),
			chromedp.UserDataDir(profile),
		}
		opts = append(opts, extra...)
		actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelC := chromedp.NewContext(actx)
		b.ctx, b.stop = ctx, func() { cancelC(); cancelA() }
		// The first Run starts the browser; it must not carry a timeout.
		if err := chromedp.Do(ctx); err != nil {
			b.err = fmt.Errorf("start chromium (%s): %w", b.name, err)
		}
	})
}

func closeBrowsers() {
	for _, b := range allBrowsers {
		if b.stop != nil {
			b.stop()
		}
	}
}

// browser gives a fresh tab of the shared Chromium without a microphone.
// In CI a missing Chromium is a failure, never a skip: the browser tests
// are the proof the pages work.
func browser(t *testing.T) context.Context {
	t.Helper()
	return tab(t, plainBrowser)
}

// tab lends the test a tab of b, from the pool or newly opened.
func tab(t *testing.T, b *sharedBrowser) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is not installed (apt-get install -y chromium); browser tests must run in CI")
		}
		t.Skip("Chromium not installed; set CI=true to make this a failure")
	}
	b.start(path)
	var skip *skipError
	if errors.As(b.err, &skip) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v; the microphone browser tests must run in CI", skip)
		}
		t.Skip(skip.Error())
	}
	if b.err != nil {
		t.Fatal(b.err)
	}
	pt := b.take()
	if pt == nil {
		ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
		// The tab's own first Run opens it; it lives until cancel.
		err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			// Every tab behaves as the focused one: focus and blur events,
			// :focus and document.hasFocus() as with one window.
			_, err := cdp.Call(ctx, tg, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
			return err
		}))
		if err != nil {
			cancel()
			t.Fatalf("open a tab (%s): %v", b.name, err)
		}
		pt = &pooledTab{ctx: ctx, close: cancel}
	}
	// What a test may have changed in the tab, set back: the page size the
	// tests were written for (the first tab of a headless Chromium's
	// default 800 × 600 window; a new tab's page is taller, which scrolls
	// some controls under the exam's sticky bar before a click) and the
	// screen media type.
	if err := chromedp.Do(pt.ctx, chromedp.EmulateViewport(780, 437), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
			return err
		}
		// The tab shown, as a new one is: a hidden page may defer
		// loading its media.
		_, err := cdp.Call(ctx, tg, page.BringToFront, cdp.Empty{})
		return err
	})); err != nil {
		pt.close()
		t.Fatalf("set up a tab (%s): %v", b.name, err)
	}
	tctx, cancelT := context.WithTimeout(pt.ctx, 5*time.Minute)
	t.Cleanup(func() {
		cancelT()
		// A failed test's tab may be anywhere: it is closed. A passed
		// test's tab leaves its page (whose scripts stop there, before
		// the test's server does), forgets its cookies and waits for
		// the next test.
		if t.Failed() {
			pt.close()
			return
		}
		ctx, cancel := context.WithTimeout(pt.ctx, 10*time.Second)
		defer cancel()
		c := chromedp.FromContext(pt.ctx)
		err := chromedp.Do(ctx, chromedp.Navigate("about:blank"))
		if err == nil {
			_, err = cdp.Call(ctx, c.Browser, storage.ClearCookies, storage.ClearCookiesParams{BrowserContextID: c.BrowserContextID})
		}
		if err != nil {
			pt.close()
			return
		}
		b.give(pt)
	})
	return tctx
}

// skipError: a tool for the fake microphone's file is missing.
type skipError struct{ msg string }

func (e *skipError) Error() string { return e.msg }

// speechWAV makes the speech browser's microphone input: Vietnamese speech
// from espeak-ng, as 16 kHz mono 16-bit.
func speechWAV() (string, error) {
	return makeWAV("speech", "Cuối tuần tôi thích đọc sách và đi chợ với gia đình.")
}

// toneWAV is text spoken by espeak-ng, 16 kHz mono, with a little silence
// before and a long one after. Chromium loops the file, so the silence
// keeps a second reading out of a recording of a few seconds.
func toneWAV(text string) (string, error) {
	return makeWAV("tone", text, "pad", "0.2", "4")
}

func makeWAV(name, text string, soxEffects ...string) (string, error) {
	for _, tool := range []string{"espeak-ng", "sox"} {
		if _, err := exec.LookPath(tool); err != nil {
			return "", &skipError{tool + " is not installed: no fake microphone"}
		}
	}
	raw, out := filepath.Join(scratch, name+"-raw.wav"), filepath.Join(scratch, name+"-mic.wav")
	if b, err := exec.Command("espeak-ng", "-v", "vi", "-w", raw, text).CombinedOutput(); err != nil {
		return "", fmt.Errorf("espeak-ng: %v %s", err, b)
	}
	args := append([]string{raw, "-r", "16000", "-c", "1", "-b", "16", out}, soxEffects...)
	if b, err := exec.Command("sox", args...).CombinedOutput(); err != nil {
		return "", fmt.Errorf("sox: %v %s", err, b)
	}
	return out, nil
}

// waitFor polls a condition outside the browser (the database, a file)
// until it holds, instead of sleeping a fixed time.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: not after %v", what, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
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
