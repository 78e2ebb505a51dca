package e2e

import (
	"context"
	"fmt"
	"golang.org/x/crypto/bcrypt"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/account"
	"hocviet/internal/app"
	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/web"
)

// practiceApp runs hocviet with the practice test bank and one class of two
// candidates and an instructor; not the demo, whose banks grow as they are
// written while these tests look for particular items.
func practiceApp(t *testing.T) *app.App {
	t.Helper()
	ctx := context.Background()
	a, err := app.Open(ctx, app.Config{BcryptCost: bcrypt.MinCost, Templates: pages(t), Catalog: catalog(t), Addr: loopback() + ":0", DBPath: filepath.Join(t.TempDir(), "practice.db"), Version: "e2e",
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.Throttle{Window: time.Minute, SlowAfter: 3, Delay: time.Millisecond, LockAfter: 10, IPSlowAfter: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeApp(a) })
	st := a.Store
	b, err := bank.Load("../practice/testdata/practest")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, b, "e2e", nil); err != nil {
		t.Fatal(err)
	}
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	cohort, err := st.People.CreateCohort(ctx, prov.ID, 1, demo.CohortName, "2026-09-05")
	if err != nil {
		t.Fatal(err)
	}
	hash := testHash()
	for _, name := range []string{"k5-01", "giangvien"} {
		u := &account.User{Username: name, PasswordHash: hash, Role: account.RoleInstructor}
		if name == "k5-01" {
			u.Role, u.ProvinceID = account.RoleCandidate, &prov.ID
		}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if u.Role == account.RoleCandidate {
			if err := st.People.InsertCandidate(ctx, &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort,
				NameLo: "ສົມພອນ ພົມມະວົງ", NameLatin: "Somphone Phommavong", DateOfBirth: "1984-03-01", Gender: "male", PlanningStatus: "planned"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	return a
}

// startPractice chooses a skill at level 1 on the test bank's topic, as a
// candidate does on the chooser page.
func startPractice(t *testing.T, ctx context.Context, base, skill string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/candidate/practice?lang=en"), chromedp.WaitVisible(chromedp.CSS("#practice-form")),
		chromedp.Click(chromedp.CSS("#skill-"+skill)),
		chromedp.SetValue(chromedp.CSS("#practice-level"), "1"),
		chromedp.SetValue(chromedp.CSS("#practice-topic"), "practest"),
		chromedp.Click(chromedp.CSS("#practice-start")),
		chromedp.WaitVisible(chromedp.CSS("#item")))
}

func itemType(t *testing.T, ctx context.Context) string {
	t.Helper()
	return evalJS[string](t, ctx, `document.getElementById('item').dataset.type`)
}

// submitAndNext submits the answer form, checks feedback came, and goes on.
// It returns the verdict shown.
func submitAndNext(t *testing.T, ctx context.Context) string {
	t.Helper()
	do(t, ctx, chromedp.Click(chromedp.CSS("#submit-answer")), chromedp.WaitVisible(chromedp.CSS("#result")))
	return next(t, ctx)
}

func next(t *testing.T, ctx context.Context) string {
	t.Helper()
	verdict := evalJS[string](t, ctx, `document.getElementById('result').dataset.verdict`)
	if text(t, ctx, "#result-verdict") == "" {
		t.Fatal("no verdict shown")
	}
	if evalJS[bool](t, ctx, `!!document.getElementById('next-item')`) {
		do(t, ctx, chromedp.Click(chromedp.CSS("#next-item")), chromedp.WaitVisible(chromedp.CSS("#item")))
	} else {
		do(t, ctx, chromedp.Click(chromedp.CSS("#set-done")), chromedp.WaitVisible(chromedp.CSS("#summary-title")))
	}
	return verdict
}

func onSummary(t *testing.T, ctx context.Context) bool {
	t.Helper()
	return evalJS[bool](t, ctx, `!!document.getElementById('summary-title')`)
}

func typeInto(t *testing.T, ctx context.Context, sel, keys string) {
	t.Helper()
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(sel), keys))
}

func value(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("value of %s: %v", sel, err)
	}
	return v
}

// progressShows checks the progress page counts a skill's exercises and
// draws its accuracy.
func progressShows(t *testing.T, ctx context.Context, base, skill, answered string, dot bool) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/candidate/progress?lang=en"), chromedp.WaitVisible(chromedp.CSS("#progress-title")))
	if got := text(t, ctx, `.skill-`+skill+` .skill-answered`); got != answered {
		t.Fatalf("progress %s: %q, want %q", skill, got, answered)
	}
	if got := evalJS[bool](t, ctx, `!!document.querySelector('#progress-chart circle.dot.skill-`+skill+`')`); got != dot {
		t.Fatalf("progress chart point for %s: %v, want %v", skill, got, dot)
	}
}

func TestBrowserPracticeListening(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "listening")
	seen := map[string]string{}
	for !onSummary(t, ctx) {
		typ := itemType(t, ctx)
		switch typ {
		case "choice", "tone_pick":
			if !evalJS[bool](t, ctx, `!!document.getElementById('item-audio')`) {
				t.Fatalf("%s without its recording", typ)
			}
			// No transcript before answering.
			if evalJS[bool](t, ctx, `!!document.getElementById('transcript')`) {
				t.Fatal("transcript shown before answering")
			}
			do(t, ctx, chromedp.Click(chromedp.CSS(`#item-form input[name="choice"]`)))
		case "dictation":
			// Telex keys in the data-vi field: the page converts them.
			typeInto(t, ctx, "#answer-text", "baif hocj")
			if got := value(t, ctx, "#answer-text"); got != "bài học" {
				t.Fatalf("Telex in the dictation: %q", got)
			}
		default:
			t.Fatalf("unexpected %s item", typ)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS("#submit-answer")), chromedp.WaitVisible(chromedp.CSS("#result")))
		if !evalJS[bool](t, ctx, `!!document.getElementById('transcript')`) {
			t.Fatalf("%s: no transcript after answering", typ)
		}
		// The recording can be played again after answering too.
		if !evalJS[bool](t, ctx, `!!document.getElementById('item-audio')`) {
			t.Fatalf("%s: no replay after answering", typ)
		}
		seen[typ] = next(t, ctx)
	}
	if seen["dictation"] != "correct" || seen["choice"] == "" || seen["tone_pick"] == "" {
		t.Fatalf("verdicts: %v", seen)
	}
	// Five items: two at Bậc 1, then Bậc 2 (the tone and the talk's two
	// questions) as the level runs out.
	progressShows(t, ctx, a.URL(), "listening", "5 exercises", true)
}

func TestBrowserPracticeReading(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "reading")
	n := 0
	for !onSummary(t, ctx) {
		switch typ := itemType(t, ctx); typ {
		case "choice", "true_false":
			do(t, ctx, chromedp.Click(chromedp.CSS(`#item-form input[name="choice"]`)))
		case "cloze", "match":
			evalJS[bool](t, ctx, `Array.from(document.querySelectorAll('#item-form select')).every(s => (s.selectedIndex = 1) > 0)`)
		default:
			t.Fatalf("unexpected %s item", typ)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS("#submit-answer")), chromedp.WaitVisible(chromedp.CSS("#result")))
		if evalJS[string](t, ctx, `document.getElementById('result').dataset.verdict`) == "wrong" &&
			!evalJS[bool](t, ctx, `!!document.querySelector('.option.correct, .gap-expected')`) {
			t.Fatal("a wrong answer does not show the right one")
		}
		next(t, ctx)
		n++
	}
	if n != 4 {
		t.Fatalf("%d reading items, want 4", n)
	}
	progressShows(t, ctx, a.URL(), "reading", "4 exercises", true)
}

func TestBrowserPracticeWriting(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "writing")
	verdicts := map[string]string{}
	for !onSummary(t, ctx) {
		typ := itemType(t, ctx)
		switch typ {
		case "gap_fill":
			// Tone left out on purpose: the feedback names it.
			typeInto(t, ctx, ".gap-input", "Vieet")
			do(t, ctx, chromedp.Click(chromedp.CSS("#submit-answer")), chromedp.WaitVisible(chromedp.CSS("#result")))
			if got := text(t, ctx, "#result .syl.err .explain"); !strings.Contains(got, "nặng") {
				t.Fatalf("gap feedback: %q", got)
			}
			verdicts[typ] = next(t, ctx)
			continue
		case "order_words":
			// Tap the tiles in order; keyboard users press Enter on them.
			for _, w := range []string{"tôi", "là", "học viên"} {
				if !evalJS[bool](t, ctx, `(function(){ var b = Array.from(document.querySelectorAll('#order-tiles .tile')).find(b => b.textContent === '`+w+`'); if (!b) return false; b.click(); return true; })()`) {
					t.Fatalf("no tile %q", w)
				}
			}
			if got := evalJS[string](t, ctx, `Array.from(document.querySelectorAll('#order-answer .tile')).map(b => b.textContent).join(' ')`); got != "tôi là học viên" {
				t.Fatalf("sentence built: %q", got)
			}
		case "add_marks":
			typeInto(t, ctx, "#answer-text", "suwcs khoer")
		case "essay":
			typeInto(t, ctx, "#essay-text", "Tooi laf nguwowfi Laof. Tooi hocj tieengs Vieetj xyzq.")
			// The live check: word count from the server, the bad syllable marked.
			waitJS(t, ctx, "the essay check", `document.querySelector('#essay-marks mark') && document.querySelector('#essay-marks mark').textContent === 'xyzq'`, 10*time.Second)
			if got := text(t, ctx, "#essay-count"); !strings.HasSuffix(got, " 9") {
				t.Fatalf("word count: %q", got)
			}
		default:
			t.Fatalf("unexpected %s item", typ)
		}
		verdicts[typ] = submitAndNext(t, ctx)
	}
	want := map[string]string{"gap_fill": "tone", "order_words": "correct", "add_marks": "correct", "essay": "pending"}
	for k, v := range want {
		if verdicts[k] != v {
			t.Fatalf("verdicts %v, want %v", verdicts, want)
		}
	}
	if got := text(t, ctx, "#summary-score"); got != "83%" {
		t.Fatalf("set score %q", got)
	}
	progressShows(t, ctx, a.URL(), "writing", "4 exercises", true)
	// The tone slip is in the profile.
	if got := text(t, ctx, "#profile-top"); !strings.Contains(got, "ngang instead of nặng") {
		t.Fatalf("tone profile: %q", got)
	}
}

// recordFor records from the fake microphone until the recorder has
// counted at least secs seconds (its own clock, not the test's: a busy
// machine must not shorten the take), then stops.
func recordFor(t *testing.T, ctx context.Context, secs int) {
	t.Helper()
	do(t, ctx, chromedp.Click(chromedp.CSS("#rec-start")), chromedp.WaitVisible(chromedp.CSS("#rec-stop")))
	waitJS(t, ctx, fmt.Sprintf("%d s recorded", secs), `parseInt(document.getElementById('rec-time').textContent, 10) >= `+strconv.Itoa(secs), 30*time.Second)
	do(t, ctx, chromedp.Click(chromedp.CSS("#rec-stop")))
}

// TestBrowserPracticeSpeaking: the speech browser's microphone (a long
// Vietnamese sentence) answers both speaking items.
func TestBrowserPracticeSpeaking(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := tab(t, speechBrowser)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "speaking")
	n := 0
	for !onSummary(t, ctx) {
		typ := itemType(t, ctx)
		if typ == "read_aloud" && !evalJS[bool](t, ctx, `!!document.getElementById('read-text')`) {
			t.Fatal("no text to read")
		}
		recordFor(t, ctx, 2)
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_, err := chromedp.Run(wctx, chromedp.WaitVisible(chromedp.CSS("#own-audio")))
		cancel()
		if err != nil {
			t.Fatalf("recording not saved: %v; status %q", err, evalJS[string](t, ctx, `(document.getElementById('rec-status') || {}).textContent || ''`))
		}
		// The own voice plays back, next to the model where there is one.
		size := evalJS[int](t, ctx, `fetch(document.getElementById('own-audio').src).then(r => r.arrayBuffer()).then(b => b.byteLength)`)
		if size < 16000 {
			t.Fatalf("recording of %d bytes", size)
		}
		if typ == "read_aloud" {
			if !evalJS[bool](t, ctx, `!!document.getElementById('model-audio')`) {
				t.Fatal("no model audio beside the recording")
			}
			if !evalJS[bool](t, ctx, `!!(document.getElementById('tone-heard') || document.getElementById('tone-none'))`) {
				t.Fatal("no tone feedback place")
			}
			t.Logf("tone analysis: %s", evalJS[string](t, ctx, `(document.getElementById('tone-heard') || document.getElementById('tone-none')).innerText`))
		}
		if v := next(t, ctx); v != "pending" {
			t.Fatalf("%s verdict %q, want pending", typ, v)
		}
		n++
	}
	if n != 2 {
		t.Fatalf("%d speaking items, want 2", n)
	}
	var kept int
	if err := a.Store.DB().Get(&kept, `SELECT count(*) FROM practice_recordings`); err != nil || kept != 2 {
		t.Fatalf("recordings kept: %d %v", kept, err)
	}
	// Waiting for an instructor: counted, not yet scored.
	progressShows(t, ctx, a.URL(), "speaking", "2 exercises", false)
	if got := text(t, ctx, ".skill-speaking .skill-accuracy"); got != "–" {
		t.Fatalf("speaking accuracy before any rating: %q", got)
	}
}

func TestBrowserVocabularyReview(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	do(t, ctx, chromedp.Navigate(a.URL()+"/candidate/vocab/review?topic=practest&lang=en"), chromedp.WaitVisible(chromedp.CSS("#card-front")))
	if evalJS[bool](t, ctx, `!document.getElementById('card-back').hidden`) {
		t.Fatal("the answer shows before it is asked for")
	}
	front := text(t, ctx, "#card-front")
	do(t, ctx, chromedp.Click(chromedp.CSS("#card-show")), chromedp.WaitVisible(chromedp.CSS("#rate-easy")))
	before := time.Now()
	do(t, ctx, chromedp.Click(chromedp.CSS("#rate-easy")), chromedp.WaitVisible(chromedp.CSS("#vocab-last")))
	due, err := time.Parse(time.RFC3339, evalJS[string](t, ctx, `document.getElementById('vocab-last').dataset.due`))
	if err != nil {
		t.Fatal(err)
	}
	// A new word known at once: FSRS-5 gives it S0(Easy) = 15.69 days.
	if d := due.Sub(before); d < 16*24*time.Hour-time.Minute || d > 16*24*time.Hour+time.Minute {
		t.Fatalf("next due in %v, want 16 days", d)
	}
	if got := text(t, ctx, "#vocab-last"); !strings.Contains(got, front) || !strings.Contains(got, "in 16 days") {
		t.Fatalf("last card line: %q", got)
	}
	var stored string
	if err := a.Store.DB().Get(&stored, `SELECT due FROM vocab_cards`); err != nil || stored != due.UTC().Format(time.RFC3339) {
		t.Fatalf("stored due %q %v", stored, err)
	}
	// The next card is another word.
	if got := text(t, ctx, "#card-front"); got == front {
		t.Fatalf("the same word again: %q", got)
	}
}
