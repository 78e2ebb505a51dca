package e2e

import (
	"context"
	"database/sql"
	"fmt"
	"golang.org/x/crypto/bcrypt"
	"io"
	"log/slog"
	"net"
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
	"hocviet/internal/store"
	"hocviet/internal/web"
)

// examApp runs hocviet on a database file and address the test chooses, so
// the test can stop it and start another on the same file and port (the
// browser keeps its origin, cookies and localStorage). It does not load the
// demo: examSession writes the little the exam tests need.
func examApp(t *testing.T, db, addr string) *app.App {
	t.Helper()
	a, err := app.Open(context.Background(), app.Config{BcryptCost: bcrypt.MinCost, Templates: pages(t), Catalog: catalog(t), Addr: addr, DBPath: db, Version: "e2e",
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.Throttle{Window: time.Minute, SlowAfter: 3, Delay: time.Millisecond, LockAfter: 10, IPSlowAfter: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	return a
}

func closeApp(a *app.App) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	a.Close(ctx)
}

// examSession imports the exam test bank (a short four-section blueprint),
// registers a class of two candidates (k5-01, k5-02) and three instructors,
// and schedules the blueprint for the class with a 2-second grace, so a
// time-out is quick to watch.
func examSession(t *testing.T, st *store.Store) int64 {
	t.Helper()
	ctx := context.Background()
	b, err := bank.Load("../exam/testdata/bank")
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
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cohort, err := st.People.CreateCohort(ctx, prov.ID, progs[0].ID, demo.CohortName, "2026-09-05")
	if err != nil {
		t.Fatal(err)
	}
	hash := testHash()
	for _, name := range []string{"k5-01", "k5-02", "giangvien", "giangvien2", "giangvien3"} {
		u := &account.User{Username: name, PasswordHash: hash, Role: account.RoleInstructor}
		if strings.HasPrefix(name, "k5-") {
			u.Role, u.ProvinceID = account.RoleCandidate, &prov.ID
		}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if u.Role == account.RoleCandidate {
			if err := st.People.InsertCandidate(ctx, &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort,
				NameLo: "ສົມພອນ ພົມມະວົງ", NameLatin: "Somphone " + name, DateOfBirth: "1984-03-01", Gender: "male", PlanningStatus: "planned"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	id, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: "Thi thử e2e", BlueprintID: "exam-short", CohortID: &cohort,
		Opens: time.Now().Add(-time.Hour), Closes: time.Now().Add(time.Hour), AccessCode: "K5", Grace: 2 * time.Second}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func waitJS(t *testing.T, ctx context.Context, what, expr string, timeout time.Duration) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(100*time.Millisecond),
		chromedp.WithPollingTimeout(timeout))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, expr, err)
	}
}

func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func answerText(t *testing.T, db *sql.DB, attempt int64, item string) string {
	t.Helper()
	var s string
	err := db.QueryRow(`SELECT json_extract(a.response, '$.text') FROM exam_answers a
		JOIN exam_form_items f ON f.attempt_id = a.attempt_id AND f.pos = a.pos WHERE a.attempt_id = ? AND f.item_id = ?`, attempt, item).Scan(&s)
	if err != nil {
		t.Fatalf("answer to %s: %v", item, err)
	}
	return s
}

func finishSection(t *testing.T, ctx context.Context) {
	t.Helper()
	next := evalJS[int](t, ctx, `+document.getElementById('exam').dataset.section`) + 1
	do(t, ctx, chromedp.Click(chromedp.CSS("#finish-ask")), chromedp.Click(chromedp.CSS("#finish-yes")),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#exam[data-section="%d"] #exam-clock`, next))))
}

func itemSel(typ string) string { return `.exam-item[data-type="` + typ + `"]` }

// TestBrowserExamSitting: a candidate sits the four sections in Chromium.
// Telex typing in data-vi fields, the listening play limit (server-side,
// surviving a reload), the server stopped and restarted on the same
// database mid-exam with an answer typed while it was down, a spoken answer
// from Chromium's fake microphone as 16 kHz WAV, and the last section
// timing out and submitting itself.
func TestBrowserExamSitting(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "exam.db")
	a := examApp(t, db, loopback()+":0")
	running := a
	t.Cleanup(func() { closeApp(running) })
	examSession(t, a.Store)
	base := a.URL()
	ctx := tab(t, speechBrowser)

	login(t, ctx, base, "k5-01", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/candidate/exams?lang=vi"), chromedp.WaitVisible(chromedp.CSS(".start-form")),
		chromedp.SendKeys(chromedp.CSS(".start-form input[name=code]"), "K5"),
		chromedp.Click(chromedp.CSS(".start-form button")),
		chromedp.WaitVisible(chromedp.CSS("#exam-clock")))
	loc := location(t, ctx)
	attempt, err := strconv.ParseInt(loc[strings.LastIndex(loc, "/")+1:], 10, 64)
	if err != nil {
		t.Fatalf("exam page at %s", loc)
	}
	waitJS(t, ctx, "the clock", `/^\d\d:\d\d$/.test(document.getElementById('exam-clock').textContent)`, 5*time.Second)
	// The listening section lasts 5 minutes and the clock shows what is
	// left of them: 05:00 or 04:59 on an idle machine; on a loaded one the
	// page may take seconds to appear, so the clock is held to the time
	// really left rather than to the full five minutes.
	var sec struct {
		Started  int64 `db:"started_at"`
		Deadline int64 `db:"deadline"`
	}
	if err := a.Store.DB().Get(&sec, `SELECT started_at, deadline FROM exam_sections WHERE attempt_id = ? AND idx = 0`, attempt); err != nil {
		t.Fatal(err)
	}
	if d := time.Duration(sec.Deadline-sec.Started) * time.Millisecond; d != 5*time.Minute {
		t.Fatalf("listening section lasts %v, want 5m", d)
	}
	before := time.UnixMilli(sec.Deadline).Sub(time.Now())
	got := text(t, ctx, "#exam-clock")
	after := time.UnixMilli(sec.Deadline).Sub(time.Now())
	ok := false
	for left := after - time.Second; left <= before+time.Second; left += time.Second {
		secs := int((left + time.Second - 1) / time.Second)
		for _, s := range []int{secs - 1, secs} {
			if fmt.Sprintf("%02d:%02d", s/60, s%60) == got {
				ok = true
			}
		}
	}
	if !ok || before > 5*time.Minute {
		t.Fatalf("listening clock shows %q with %v to %v left, want about 05:00", got, after.Round(time.Second), before.Round(time.Second))
	}

	// Listening: the dictation's recording may play twice, no more.
	dict := itemSel("dictation")
	for i := 1; i <= 2; i++ {
		do(t, ctx, chromedp.Click(chromedp.CSS(dict+" .play")))
		waitJS(t, ctx, fmt.Sprintf("play %d to end", i), `document.querySelector('`+dict+` .exam-audio').dataset.played === '`+strconv.Itoa(i)+`'`, 10*time.Second)
	}
	if !evalJS[bool](t, ctx, `document.querySelector('`+dict+` .play').disabled`) {
		t.Fatal("play button still enabled after two plays")
	}
	// A third play asked of the server directly is refused.
	status := evalJS[int](t, ctx, `fetch('/api/exam/attempts/`+strconv.FormatInt(attempt, 10)+`/audio/' +
		document.querySelector('`+dict+`').dataset.pos + '/play', {method: 'POST',
		headers: {'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content}}).then(r => r.status)`)
	if status != 409 {
		t.Fatalf("third play: HTTP %d, want 409", status)
	}
	// Telex in a data-vi field: "hocj sinh" is "học sinh".
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(dict+" textarea"), "hocj sinh"))
	do(t, ctx, chromedp.Click(chromedp.CSS(itemSel("choice")+` input[value="a"]`)))
	waitJS(t, ctx, "saved", `document.getElementById('save-state').dataset.state === 'saved' && !localStorage.getItem('hv-exam-`+strconv.FormatInt(attempt, 10)+`').includes('rev')`, 10*time.Second)
	if got := answerText(t, a.Store.DB().DB, attempt, "t-l-dict"); got != "học sinh" {
		t.Fatalf("dictation saved as %q, want %q (Telex)", got, "học sinh")
	}
	deadline := evalJS[string](t, ctx, `document.getElementById('exam').dataset.deadline`)

	// The server stops. The candidate goes on typing: the page says it is
	// offline and keeps the answer in the browser.
	addr := strings.TrimPrefix(base, "http://")
	closeApp(a)
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(dict+" textarea"), " vaf"))
	waitJS(t, ctx, "offline", `document.getElementById('save-state').dataset.state === 'offline'`, 15*time.Second)
	// A new server on the same database and port.
	waitFree(t, addr)
	a = examApp(t, db, addr)
	running = a
	waitJS(t, ctx, "saved after the restart", `document.getElementById('save-state').dataset.state === 'saved'`, 20*time.Second)
	if got := answerText(t, a.Store.DB().DB, attempt, "t-l-dict"); got != "học sinh và" {
		t.Fatalf("answer typed while the server was down: %q", got)
	}
	// Reload: every answer, the spent plays and the same deadline.
	do(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#exam-clock")))
	if got, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(dict+" textarea"))); got != "học sinh và" {
		t.Fatalf("after reload the dictation reads %q", got)
	}
	if !evalJS[bool](t, ctx, `document.querySelector('`+itemSel("choice")+` input[value="a"]').checked`) {
		t.Fatal("after reload the choice is not ticked")
	}
	if got := evalJS[string](t, ctx, `document.getElementById('exam').dataset.deadline`); got != deadline {
		t.Fatalf("deadline moved across the restart: %s → %s", deadline, got)
	}
	if !evalJS[bool](t, ctx, `document.querySelector('`+dict+` .play').disabled`) {
		t.Fatal("a reload gave the plays back")
	}
	finishSection(t, ctx)

	// Reading.
	do(t, ctx, chromedp.Click(chromedp.CSS(itemSel("choice")+` input[value="b"]`)),
		chromedp.Click(chromedp.CSS(itemSel("true_false")+` input[value="false"]`)))
	waitJS(t, ctx, "saved", `document.getElementById('save-state').dataset.state === 'saved'`, 10*time.Second)
	finishSection(t, ctx)

	// Writing: Telex in a gap and in the essay.
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(itemSel("gap_fill")+" input.gap"), "nguwowif"),
		chromedp.SendKeys(chromedp.CSS(itemSel("essay")+" textarea"), "Gia ddinhf tooi cos boons nguwowif."))
	waitJS(t, ctx, "saved", `document.getElementById('save-state').dataset.state === 'saved'`, 10*time.Second)
	if got := answerText(t, a.Store.DB().DB, attempt, "t-w-essay"); got != "Gia đình tôi có bốn người." {
		t.Fatalf("essay saved as %q", got)
	}
	finishSection(t, ctx)

	// Speaking: prepare, record from the fake microphone until the 4-second
	// limit, hear it back, upload.
	rec := itemSel("respond") + " .exam-rec"
	do(t, ctx, chromedp.Click(chromedp.CSS(rec+" .rec-start")))
	waitJS(t, ctx, "the recording uploaded", `document.querySelector('`+rec+`').dataset.uploaded === 'true'`, 20*time.Second)
	if evalJS[bool](t, ctx, `document.querySelector('`+rec+` .rec-play').hidden`) {
		t.Fatal("no playback of the recording")
	}
	var wav []byte
	if err := a.Store.DB().Get(&wav, `SELECT data FROM exam_recordings WHERE attempt_id = ?`, attempt); err != nil {
		t.Fatal(err)
	}
	if len(wav) < 44 || string(wav[:4]) != "RIFF" || string(wav[8:12]) != "WAVE" {
		t.Fatalf("stored recording is not WAV (%d bytes)", len(wav))
	}
	rate := int(wav[24]) | int(wav[25])<<8 | int(wav[26])<<16
	secs := float64(len(wav)-44) / 32000
	if rate != 16000 || wav[22] != 1 || secs < 2 || secs > 4.1 {
		t.Fatalf("recording: %d Hz, %d channels, %.2f s", rate, wav[22], secs)
	}
	var peak int
	for i := 44; i+1 < len(wav); i += 2 {
		v := int(int16(uint16(wav[i]) | uint16(wav[i+1])<<8))
		peak = max(peak, v, -v)
	}
	if peak < 1000 {
		t.Fatalf("the recording is silence (peak %d)", peak)
	}

	// The instructor cuts the section to 2 seconds left: the page, reloaded,
	// counts down, closes it and the attempt submits itself.
	var dl int64
	if err := a.Store.DB().Get(&dl, `SELECT deadline FROM exam_sections WHERE attempt_id = ? AND idx = 3`, attempt); err != nil {
		t.Fatal(err)
	}
	left := time.UnixMilli(dl).Sub(time.Now())
	if err := a.Store.Exams.ExtendSection(context.Background(), attempt, -left+2*time.Second, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#exam-clock")))
	waitJS(t, ctx, "time up", `document.getElementById('exam-clock').textContent === 'Hết giờ'`, 10*time.Second)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`#exam-done[data-submitted="true"]`)))
	var st string
	a.Store.DB().Get(&st, `SELECT status FROM exam_attempts WHERE id = ?`, attempt)
	if st != store.AttemptSubmitted {
		t.Fatalf("attempt status %q after the time-out", st)
	}
	var pts []float64
	a.Store.DB().Select(&pts, `SELECT points FROM exam_item_scores WHERE attempt_id = ? ORDER BY pos`, attempt)
	// listening: choice "a" (right) and dictation "học sinh và" (not quite);
	// reading: both right; writing: the gap right, worth 2.
	if len(pts) != 5 || pts[0] != 1 || pts[2] != 1 || pts[3] != 1 || pts[4] != 2 {
		t.Fatalf("objective scores %v", pts)
	}
}

// waitFree waits until nothing listens on addr any more.
func waitFree(t *testing.T, addr string) {
	t.Helper()
	waitFor(t, addr+" free", 5*time.Second, func() (bool, error) {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return false, nil
		}
		return true, ln.Close()
	})
}

// TestBrowserExamGradingAndRelease: a submitted attempt goes through the
// grading queue in the browser. Two instructors rate the essay 4 and 7 (more
// than 1.5 apart), so a third adjudicates; the speaking answer is rated 6
// and 7. The first instructor releases the results and the candidate reads
// the level.
func TestBrowserExamGradingAndRelease(t *testing.T) {
	t.Parallel()
	a := examApp(t, filepath.Join(t.TempDir(), "grading.db"), loopback()+":0")
	t.Cleanup(func() { closeApp(a) })
	ctx0 := context.Background()
	session := examSession(t, a.Store)
	st := a.Store
	u, err := st.Accounts.UserByUsername(ctx0, "k5-02")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	attempt, err := st.Attempts.StartAttempt(ctx0, session, u.ID, "K5", now)
	if err != nil {
		t.Fatal(err)
	}
	// Every answer right, an essay and a recording.
	at := now
	for sec := 0; sec < 4; sec++ {
		v, err := st.Attempts.CandidateAttempt(ctx0, attempt, u.ID, at)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range v.Entries {
			r := bank.Response{}
			switch e.ItemID {
			case "t-l-choice":
				r.Choices = []string{"a"}
			case "t-r-choice":
				r.Choices = []string{"b"}
			case "t-r-tf":
				r.Choices = []string{"false"}
			case "t-l-dict":
				r.Text = "học sinh"
			case "t-w-gap":
				r.Gaps = []string{"người"}
			case "t-w-essay":
				r.Text = "Gia đình tôi có bốn người: bố, mẹ, em gái và tôi."
			case "t-s-respond":
				b, err := st.Attempts.BeginTake(ctx0, attempt, u.ID, e.Pos, at)
				take := b.Take
				if err != nil {
					t.Fatal(err)
				}
				if _, err := st.Attempts.SaveRecording(ctx0, attempt, u.ID, e.Pos, take, tone16k(2), at); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if _, err := st.Attempts.SaveAnswer(ctx0, attempt, u.ID, e.Pos, 1, r, at); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Attempts.FinishSection(ctx0, attempt, u.ID, sec, at); err != nil {
			t.Fatal(err)
		}
		at = at.Add(time.Second)
	}

	ctx := browser(t)
	base := a.URL()
	rate := func(user string, scores map[string]string) {
		t.Helper()
		login(t, ctx, base, user, demo.Password)
		for skill, score := range scores {
			do(t, ctx, chromedp.Navigate(base+"/instructor/grading?lang=vi"),
				chromedp.Click(chromedp.CSS(fmt.Sprintf("#claim-%d-%s", session, skill))),
				chromedp.WaitVisible(chromedp.CSS("#rate-form")))
			if got := text(t, ctx, "#rate-code"); len(got) != 9 || strings.Contains(evalJS[string](t, ctx, `document.body.innerText`), "k5-02") {
				t.Fatalf("%s sees %q or the candidate's login, not only a code", user, got)
			}
			if skill == bank.Speaking {
				ok := evalJS[bool](t, ctx, `fetch(document.getElementById('rate-audio').src).then(r => r.ok && r.headers.get('Content-Type') === 'audio/wav')`)
				if !ok {
					t.Fatal("the rater cannot hear the recording")
				}
			}
			n := evalJS[int](t, ctx, `document.querySelectorAll('#rate-form input[type=number]').length`)
			if want := len(bank.RubricCriteria[skill]); n != want {
				t.Fatalf("%s rubric has %d criteria, want %d", skill, n, want)
			}
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('#rate-form input[type=number]').forEach(i => i.value = '`+score+`')`),
				chromedp.Click(chromedp.CSS("#rate-submit")), chromedp.WaitVisible(chromedp.CSS("#grading-done")))
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login-form")))
	}
	rate("giangvien", map[string]string{bank.Writing: "4", bank.Speaking: "6"})
	// Nobody rates a script twice: the first instructor has nothing left.
	rate("giangvien2", map[string]string{bank.Writing: "7", bank.Speaking: "7"})
	login(t, ctx, base, "giangvien", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/instructor/grading"), chromedp.WaitVisible(chromedp.CSS("#queue-empty")))
	do(t, ctx, chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login-form")))
	// 4 and 7 are 3 apart: the third instructor adjudicates with 6.5.
	login(t, ctx, base, "giangvien3", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/instructor/grading"), chromedp.WaitVisible(chromedp.CSS(".queue-line")))
	if got := text(t, ctx, ".queue-line td:nth-child(4)"); got != "1" {
		t.Fatalf("adjudications waiting: %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(".queue-line .claim")), chromedp.WaitVisible(chromedp.CSS("#rate-form")))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('#rate-form input[type=number]').forEach(i => i.value = '6.5')`),
		chromedp.Click(chromedp.CSS("#rate-submit")), chromedp.WaitVisible(chromedp.CSS("#grading-done")),
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login-form")))

	// Release.
	login(t, ctx, base, "giangvien", demo.Password)
	do(t, ctx, chromedp.Navigate(fmt.Sprintf("%s/instructor/exams/%d?lang=vi", base, session)),
		chromedp.WaitVisible(chromedp.CSS("#release")), chromedp.Click(chromedp.CSS("#release")),
		chromedp.WaitVisible(chromedp.CSS("#released-note")),
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login-form")))

	// The candidate reads the result: listening 10, reading 10, writing
	// (2 + 6.75/10 × 2)/4 → 8.375 → 8.5, speaking 6.5; average 8.75 → 9.0: Bậc 6.
	login(t, ctx, base, "k5-02", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/candidate/exams?lang=vi"), chromedp.WaitVisible(chromedp.CSS(".exam-session a.button")),
		chromedp.Click(chromedp.CSS(".exam-session a.button")), chromedp.WaitVisible(chromedp.CSS("#level")))
	for sel, want := range map[string]string{"#score-listening": "10,0", "#score-reading": "10,0", "#score-writing": "8,5",
		"#score-speaking": "6,5", "#score-average": "9,0", "#level": "Bậc 6"} {
		if got := text(t, ctx, sel); got != want {
			t.Errorf("%s: %q, want %q (Vietnamese decimal comma)", sel, got, want)
		}
	}
	// Issue 17.5: the level in a plain sentence, what each skill's score
	// means, the Lao decimal comma and the one Lao word for a level, and no
	// empty card.
	loc, _, _ := strings.Cut(location(t, ctx), "?")
	do(t, ctx, chromedp.Navigate(loc+"?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#level-meaning")))
	if got := text(t, ctx, "#level-meaning"); !strings.Contains(got, "ລະດັບ 6") || !strings.Contains(got, "ເກືອບສົມບູນ") {
		t.Errorf("level meaning in Lao: %q", got)
	}
	if got := text(t, ctx, `#skill-meanings li[data-skill="writing"]`); !strings.Contains(got, "8,5 / 10") || !strings.Contains(got, "ລະດັບ 5") {
		t.Errorf("writing's meaning in Lao: %q", got)
	}
	if got := text(t, ctx, "#score-average"); got != "9,0" {
		t.Errorf("Lao average %q, want 9,0", got)
	}
	if n := evalJS[int](t, ctx, `Array.from(document.querySelectorAll('.card')).filter(c => !c.textContent.trim()).length`); n != 0 {
		t.Errorf("%d empty cards on the result page", n)
	}
	if body := text(t, ctx, "main"); strings.Contains(body, "ຂັ້ນ") {
		t.Error("the result page uses ຂັ້ນ beside ລະດັບ")
	}
	// The review of the typed dictation uses the feedback partial.
	if n := evalJS[int](t, ctx, `document.querySelectorAll('.review .feedback').length`); n == 0 {
		t.Error("no typed-answer feedback in the review")
	}
}

// tone16k is a 220 Hz tone as 16 kHz mono WAV: something to rate.
func tone16k(seconds float64) []byte {
	n := int(seconds * 16000)
	b := make([]byte, 44+2*n)
	le32 := func(o int, v uint32) { b[o], b[o+1], b[o+2], b[o+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24) }
	le16 := func(o int, v uint16) { b[o], b[o+1] = byte(v), byte(v>>8) }
	copy(b, "RIFF")
	le32(4, uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	le32(16, 16)
	le16(20, 1)
	le16(22, 1)
	le32(24, 16000)
	le32(28, 32000)
	le16(32, 2)
	le16(34, 16)
	copy(b[36:], "data")
	le32(40, uint32(2*n))
	for i := range n {
		v := int16(8000 * sinApprox(float64(i)*220/16000))
		le16(44+2*i, uint16(v))
	}
	return b
}

// sinApprox is a triangle wave: enough for a test signal.
func sinApprox(x float64) float64 {
	x -= float64(int(x))
	if x < 0.5 {
		return 4*x - 1
	}
	return 3 - 4*x
}
