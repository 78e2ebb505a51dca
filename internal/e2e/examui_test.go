package e2e

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/store"
)

// startExamInBrowser signs k5-01 in and starts the e2e session from the
// exam list, returning the attempt id.
func startExamInBrowser(t *testing.T, ctx context.Context, base string) int64 {
	t.Helper()
	login(t, ctx, base, "k5-01", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/candidate/exams?lang=vi"), chromedp.WaitVisible(chromedp.CSS(".start-form")),
		chromedp.SendKeys(chromedp.CSS(".start-form input[name=code]"), "K5"),
		chromedp.Click(chromedp.CSS(".start-form button")),
		chromedp.WaitVisible(chromedp.CSS("#exam-clock")),
		// exam.js builds the navigator's boxes from the page's items: once
		// they are there, the page's script has run.
		chromedp.WaitVisible(chromedp.CSS("#exam-nav button[data-pos]")))
	loc := location(t, ctx)
	attempt, err := strconv.ParseInt(loc[strings.LastIndex(loc, "/")+1:], 10, 64)
	if err != nil {
		t.Fatalf("exam page at %s", loc)
	}
	return attempt
}

// TestBrowserExamNavigatorFlagsAndBanner (issues 17.1-17.3): the navigator
// marks answered and flagged questions, a flag survives a reload, finishing
// says how many are unanswered, and leaving the exam shows the way back
// while practice leads to the exam with the reason.
func TestBrowserExamNavigatorFlagsAndBanner(t *testing.T) {
	t.Parallel()
	a := examApp(t, filepath.Join(t.TempDir(), "nav.db"), loopback()+":0")
	t.Cleanup(func() { closeApp(a) })
	examSession(t, a.Store)
	base := a.URL()
	ctx := browser(t)
	attempt := startExamInBrowser(t, ctx, base)
	exam := base + "/candidate/exams/attempts/" + strconv.FormatInt(attempt, 10)

	if n := evalJS[int](t, ctx, `document.querySelectorAll('#exam-nav button[data-pos]').length`); n != 2 {
		t.Fatalf("navigator has %d boxes, want 2 (the listening section)", n)
	}
	choice, dict := itemSel("choice"), itemSel("dictation")
	choicePos := evalJS[string](t, ctx, `document.querySelector('`+choice+`').dataset.pos`)
	dictPos := evalJS[string](t, ctx, `document.querySelector('`+dict+`').dataset.pos`)
	box := func(pos string) string { return `document.querySelector('#exam-nav button[data-pos="` + pos + `"]')` }
	if evalJS[bool](t, ctx, box(choicePos)+`.classList.contains('answered')`) {
		t.Fatal("an unanswered question is shown answered")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(choice+` input[value="a"]`)))
	waitJS(t, ctx, "the box marked answered", box(choicePos)+`.classList.contains('answered')`, 5*time.Second)
	do(t, ctx, chromedp.Click(chromedp.CSS(dict+" .flag-box")))
	waitJS(t, ctx, "the box flagged", box(dictPos)+`.classList.contains('flagged')`, 5*time.Second)
	waitJS(t, ctx, "saved", `document.getElementById('save-state').dataset.state === 'saved'`, 10*time.Second)
	var flags int
	waitFor(t, "the flag stored", 5*time.Second, func() (bool, error) {
		err := a.Store.DB().Get(&flags, `SELECT count(*) FROM exam_flags WHERE attempt_id = ?`, attempt)
		return flags != 0, err
	})
	if flags != 1 {
		t.Fatalf("flag not stored on the server (%d rows)", flags)
	}
	do(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#exam-nav")))
	if !evalJS[bool](t, ctx, box(dictPos)+`.classList.contains('flagged') && document.querySelector('`+dict+` .flag-box').checked`) {
		t.Fatal("the flag is lost after a reload")
	}
	if !evalJS[bool](t, ctx, box(choicePos)+`.classList.contains('answered')`) {
		t.Fatal("the answered mark is lost after a reload")
	}
	// Jump to a question.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#exam-nav button[data-pos="`+dictPos+`"]`)))
	waitJS(t, ctx, "focus on the dictation", `document.activeElement === document.querySelector('`+dict+` textarea')`, 3*time.Second)
	// Finishing warns with the count.
	do(t, ctx, chromedp.Click(chromedp.CSS("#finish-ask")), chromedp.WaitVisible(chromedp.CSS("#finish-confirm")))
	if got := text(t, ctx, "#finish-unanswered"); !strings.Contains(got, "Còn 1 trên 2 câu chưa trả lời") || !strings.Contains(got, "1 câu đánh dấu") {
		t.Fatalf("finish warning %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#finish-no")))

	// Leaving the exam: the banner leads back, practice leads to the exam.
	do(t, ctx, chromedp.Navigate(base+"/candidate?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#exam-banner")))
	if evalJS[int](t, ctx, `document.querySelectorAll('a[href^="/candidate/practice"]').length`) != 0 {
		t.Fatal("practice links shown during the exam")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#exam-banner-back")), chromedp.WaitVisible(chromedp.CSS("#exam-clock")))
	if loc := location(t, ctx); loc != exam {
		t.Fatalf("banner led to %s", loc)
	}
	do(t, ctx, chromedp.Navigate(base+"/candidate/practice?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#exam-notice")))
	if got := text(t, ctx, "#exam-notice"); !strings.Contains(got, "ທ່ານກຳລັງສອບເສັງຢູ່") {
		t.Fatalf("practice during the exam says %q", got)
	}
}

// TestBrowserExamRecordingSurvivesReloadAndClosedTab (issues 15.12, 15.13):
// a reload during a take gives the take back with an explanation; a
// recording whose upload fails is kept in IndexedDB, survives leaving the
// page, and is sent when the candidate comes back.
func TestBrowserExamRecordingSurvivesReloadAndClosedTab(t *testing.T) {
	t.Parallel()
	a := examApp(t, filepath.Join(t.TempDir(), "rec.db"), loopback()+":0")
	t.Cleanup(func() { closeApp(a) })
	session := examSession(t, a.Store)
	base := a.URL()
	ctx := tab(t, speechBrowser)
	attempt := startExamInBrowser(t, ctx, base)
	_ = session
	walkToSpeaking(t, a.Store, attempt)
	exam := base + "/candidate/exams/attempts/" + strconv.FormatInt(attempt, 10) + "?lang=vi"
	do(t, ctx, chromedp.Navigate(exam), chromedp.WaitVisible(chromedp.CSS(".exam-rec")))
	rec := itemSel("respond") + " .exam-rec"
	takesLeft := text(t, ctx, rec+" .rec-takes")

	// Reload while recording: nothing reached the server.
	do(t, ctx, chromedp.Click(chromedp.CSS(rec+" .rec-start")))
	waitJS(t, ctx, "recording", `!document.querySelector('`+rec+` .rec-stop').hidden`, 10*time.Second)
	do(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(rec)))
	waitJS(t, ctx, "the interruption explained", `!document.querySelector('`+rec+` .rec-note').hidden`, 5*time.Second)
	if got := text(t, ctx, rec+" .rec-note"); !strings.Contains(got, "bị gián đoạn") {
		t.Fatalf("note after reload: %q", got)
	}
	if evalJS[bool](t, ctx, `document.querySelector('`+rec+` .rec-start').disabled`) {
		t.Fatal("the interrupted take cannot be recorded again")
	}
	if got := text(t, ctx, rec+" .rec-takes"); got != takesLeft {
		t.Fatalf("takes left after reload: %q, was %q", got, takesLeft)
	}

	// The link fails during the upload; the candidate leaves the page.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(function () {
		var f = window.fetch;
		window.fetch = function (u, o) {
			if (o && o.method === 'PUT') return Promise.reject(new TypeError('network down'));
			return f.apply(this, arguments);
		};
	})()`))
	do(t, ctx, chromedp.Click(chromedp.CSS(rec+" .rec-start")))
	retry := evalJS[string](t, ctx, `document.getElementById('exam').dataset.tUploadRetry`)
	waitJS(t, ctx, "the upload failing", `document.querySelector('`+rec+` .rec-status').textContent === '`+retry+`'`, 20*time.Second)
	kept := evalJS[int](t, ctx, `new Promise(function (ok) {
		var r = indexedDB.open('hocviet-exam-recordings', 1);
		r.onsuccess = function () { var g = r.result.transaction('takes').objectStore('takes').getAll();
			g.onsuccess = function () { ok(g.result.length ? g.result[0].blob.size : 0); }; };
	})`)
	if kept < 44+32000 {
		t.Fatalf("recording kept in IndexedDB: %d bytes", kept)
	}
	do(t, ctx, chromedp.Navigate(base+"/candidate?lang=vi"), chromedp.WaitVisible(chromedp.CSS("#exam-banner")))
	var stored int
	if err := a.Store.DB().Get(&stored, `SELECT count(*) FROM exam_recordings WHERE attempt_id = ? AND data IS NOT NULL`, attempt); err != nil || stored != 0 {
		t.Fatalf("a blocked upload reached the server? %d %v", stored, err)
	}

	// Coming back sends it.
	do(t, ctx, chromedp.Click(chromedp.CSS("#exam-banner-back")), chromedp.WaitVisible(chromedp.CSS(rec)))
	waitJS(t, ctx, "the kept recording sent", `document.querySelector('`+rec+`').dataset.uploaded === 'true'`, 20*time.Second)
	var row struct {
		Takes   int    `db:"takes"`
		Take    int    `db:"take"`
		Resumes int    `db:"resumes"`
		Data    []byte `db:"data"`
	}
	if err := a.Store.DB().Get(&row, `SELECT takes, take, resumes, data FROM exam_recordings WHERE attempt_id = ?`, attempt); err != nil {
		t.Fatal(err)
	}
	if row.Takes != 1 || row.Take != 1 || row.Resumes != 1 || len(row.Data) != kept {
		t.Fatalf("stored: takes %d take %d resumes %d, %d bytes (kept %d)", row.Takes, row.Take, row.Resumes, len(row.Data), kept)
	}
	left := evalJS[int](t, ctx, `new Promise(function (ok) {
		var r = indexedDB.open('hocviet-exam-recordings', 1);
		r.onsuccess = function () { var g = r.result.transaction('takes').objectStore('takes').count();
			g.onsuccess = function () { ok(g.result); }; };
	})`)
	if left != 0 {
		t.Fatalf("%d recordings still kept after the upload", left)
	}
}

// walkToSpeaking answers and finishes the first three sections of the
// attempt through the store, so the browser opens the speaking section.
func walkToSpeaking(t *testing.T, st *store.Store, attempt int64) {
	t.Helper()
	ctx := context.Background()
	u, err := st.Accounts.UserByUsername(ctx, "k5-01")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now()
	for sec := 0; sec < 3; sec++ {
		v, err := st.Attempts.CandidateAttempt(ctx, attempt, u.ID, at)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range v.Entries {
			if _, err := st.Attempts.SaveAnswer(ctx, attempt, u.ID, e.Pos, 1, bank.Response{Text: "x", Choices: []string{"a"}}, at); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Attempts.FinishSection(ctx, attempt, u.ID, sec, at); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserShortClipShowsItsLength (issue 17.9): a clip shorter than a
// second is labelled with its length, not "0:00".
// Its waits are 30 s: the media request and the metadata decode queue
// behind three other tabs and their servers under -race (10 s ran out once
// in a full run).
func TestBrowserShortClipShowsItsLength(t *testing.T) {
	t.Parallel()
	a := practiceApp(t)
	ctx := browser(t)
	login(t, ctx, a.URL(), "k5-01", demo.Password)
	startPractice(t, ctx, a.URL(), "listening")
	waitJS(t, ctx, "the item's player labelled", `!!document.querySelector('#item-audio + .clip-len')`, 30*time.Second)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](addShortClip("short-clip")))
	waitJS(t, ctx, "the short clip labelled", `!!document.querySelector('#short-clip + .clip-len')`, 30*time.Second)
	want := "0,6 s"
	if evalJS[string](t, ctx, `document.documentElement.lang`) == "en" {
		want = "0.6 s"
	}
	if got := text(t, ctx, "#short-clip + .clip-len"); got != want {
		t.Fatalf("a 0.6 s clip is labelled %q, want %q", got, want)
	}

	// A player whose metadata came before the deferred script ran (a cached
	// clip, a slow script) fired its event before anyone listened: it is
	// labelled too. The item's player stayed bare in 1 full run of 5.
	script := evalJS[string](t, ctx, `document.querySelector('script[src*="practice"]').src`)
	do(t, ctx, chromedp.Navigate(a.URL()+"/"))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](addShortClip("early-clip")))
	waitJS(t, ctx, "the early clip's metadata", `document.getElementById('early-clip').readyState >= 1`, 30*time.Second)
	if n := evalJS[int](t, ctx, `document.querySelectorAll('.clip-len').length`); n != 0 {
		t.Fatalf("%d labels before practice.js runs", n)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(function () {
		var s = document.createElement('script'); s.src = `+strconv.Quote(script)+`; document.head.appendChild(s);
	})()`))
	waitJS(t, ctx, "the early clip labelled", `!!document.querySelector('#early-clip + .clip-len')`, 30*time.Second)
	if got := text(t, ctx, "#early-clip + .clip-len"); got != want {
		t.Fatalf("the early 0.6 s clip is labelled %q, want %q", got, want)
	}
}

// addShortClip is a script that adds a 0.6 s WAV player with the given id
// to the page's main element.
func addShortClip(id string) string {
	return `(function () {
		var n = 9600, buf = new ArrayBuffer(44 + 2 * n), v = new DataView(buf);
		function str(o, s) { for (var i = 0; i < s.length; i++) v.setUint8(o + i, s.charCodeAt(i)); }
		str(0, 'RIFF'); v.setUint32(4, 36 + 2 * n, true); str(8, 'WAVEfmt '); v.setUint32(16, 16, true);
		v.setUint16(20, 1, true); v.setUint16(22, 1, true); v.setUint32(24, 16000, true); v.setUint32(28, 32000, true);
		v.setUint16(32, 2, true); v.setUint16(34, 16, true); str(36, 'data'); v.setUint32(40, 2 * n, true);
		var a = document.createElement('audio');
		a.controls = true; a.id = ` + strconv.Quote(id) + `; a.preload = 'metadata';
		a.src = URL.createObjectURL(new Blob([buf], { type: 'audio/wav' }));
		(document.querySelector('main') || document.body).appendChild(a);
	})()`
}

// TestBrowserMicCheck (issue 17.4): before an exam and before speaking
// practice, a candidate records 3 seconds, sees the level and hears it back;
// with no usable microphone the page says what to do.
func TestBrowserMicCheck(t *testing.T) {
	t.Parallel()
	a := examApp(t, filepath.Join(t.TempDir(), "mic.db"), loopback()+":0")
	t.Cleanup(func() { closeApp(a) })
	examSession(t, a.Store)
	base := a.URL()

	ctx := tab(t, speechBrowser)
	login(t, ctx, base, "k5-01", demo.Password)
	do(t, ctx, chromedp.Navigate(base+"/candidate/exams?lang=vi"), chromedp.WaitVisible(chromedp.CSS("#mic-check-start")),
		chromedp.Click(chromedp.CSS("#mic-check-start")))
	waitJS(t, ctx, "the level meter moving", `document.getElementById('mic-check-level').value > 0`, 5*time.Second)
	waitJS(t, ctx, "the check done", `['ok', 'quiet'].includes(document.getElementById('mic-check').dataset.state)`, 10*time.Second)
	box := evalJS[map[string]string](t, ctx, `Object.assign({}, document.getElementById('mic-check').dataset)`)
	if box["state"] != "ok" {
		t.Fatalf("speech through the fake microphone judged %q (peak %s)", box["state"], box["peak"])
	}
	if s, _ := strconv.ParseFloat(box["seconds"], 64); s < 2.5 || s > 3.5 {
		t.Fatalf("recorded %s s, want about 3", box["seconds"])
	}
	if evalJS[bool](t, ctx, `document.getElementById('mic-check-audio').hidden || !document.getElementById('mic-check-audio').src.startsWith('blob:')`) {
		t.Fatal("no playback of the check")
	}
	if got := text(t, ctx, "#mic-check-result"); !strings.Contains(got, "Micro hoạt động") {
		t.Fatalf("result %q", got)
	}
	// The practice chooser has the same check.
	do(t, ctx, chromedp.Navigate(base+"/candidate/practice?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#mic-check-start")))

	// A browser with no microphone at all.
	bare := browser(t)
	login(t, bare, base, "k5-02", demo.Password)
	do(t, bare, chromedp.Navigate(base+"/candidate/exams?lang=lo"), chromedp.WaitVisible(chromedp.CSS("#mic-check-start")),
		chromedp.Click(chromedp.CSS("#mic-check-start")))
	waitJS(t, bare, "the failure explained", `['none', 'denied', 'failed'].includes(document.getElementById('mic-check').dataset.state)`, 10*time.Second)
	if got := text(t, bare, "#mic-check-result"); !strings.Contains(got, "ໄມໂຄຣໂຟນ") || len(got) < 40 {
		t.Fatalf("no-microphone message %q", got)
	}
}
