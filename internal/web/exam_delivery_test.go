package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// Issue 17.1: while an attempt runs, every candidate page shows the way
// back, practice links are hidden and a practice URL leads to the exam,
// which says why (no bare 409).
func TestExamRunningBannerAndPracticeRedirect(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	exam := fmt.Sprintf("/candidate/exams/attempts/%d", id)
	if strings.Contains(page.body, `id="exam-banner"`) {
		t.Error("the exam page itself shows the banner")
	}
	for _, path := range []string{"/candidate?lang=lo", "/candidate/progress?lang=lo", "/candidate/exams?lang=lo"} {
		r := c.get(path)
		if r.status != 200 {
			t.Fatalf("%s: %d", path, r.status)
		}
		if !strings.Contains(r.body, `id="exam-banner-back" href="`+exam+`"`) || !strings.Contains(r.body, "ກັບໄປສອບເສັງຕໍ່") {
			t.Errorf("%s: no way back to the running exam", path)
		}
		if strings.Contains(r.body, `href="/candidate/practice`) {
			t.Errorf("%s: practice still offered during the exam", path)
		}
	}
	for _, path := range []string{"/candidate/practice", "/candidate/practice/1", "/candidate/practice/1/0"} {
		r := c.get(path)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != exam+"?from=practice" {
			t.Fatalf("%s: %d to %q, want 303 to the exam", path, r.status, r.header.Get("Location"))
		}
	}
	r := c.get(exam + "?from=practice&lang=lo")
	if r.status != 200 || !strings.Contains(r.body, `id="exam-notice"`) || !strings.Contains(r.body, "ທ່ານກຳລັງສອບເສັງຢູ່") {
		t.Fatalf("the exam does not say why practice sent the candidate there: %d", r.status)
	}
	// A candidate with no attempt running sees practice as usual.
	other := e.client()
	other.login("k5-02", "hocviet-demo")
	home := other.get("/candidate")
	if strings.Contains(home.body, `id="exam-banner"`) || !strings.Contains(home.body, `href="/candidate/practice"`) {
		t.Error("a candidate without a running exam gets the banner or loses practice")
	}
	if r := other.get("/candidate/practice"); r.status != 200 {
		t.Errorf("practice without an exam: %d", r.status)
	}
}

// Issue 15.14: one delivery of the audio per granted play; a dropped
// download resumes with a range request of the same play.
func TestExamAudioOneDeliveryPerPlay(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	pos := choicePos(page.body)
	play := func() string { return grantPlay(t, c, base, tok, pos) }
	u := play()
	full := c.get(u)
	if full.status != 200 || !strings.HasPrefix(full.body, "RIFF") {
		t.Fatalf("first fetch: %d", full.status)
	}
	if again := c.get(u); again.status != http.StatusForbidden {
		t.Fatalf("second fetch of a delivered play: %d, want 403", again.status)
	}
	// The second play: a download cut after 100 bytes resumes from there.
	u = play()
	head := c.do("GET", u, nil, map[string]string{"Range": "bytes=0-99"})
	if head.status != http.StatusPartialContent || len(head.body) != 100 {
		t.Fatalf("range 0-99: %d, %d bytes", head.status, len(head.body))
	}
	rest := c.do("GET", u, nil, map[string]string{"Range": "bytes=100-"})
	if rest.status != http.StatusPartialContent || head.body+rest.body != full.body {
		t.Fatalf("range 100-: %d, %d bytes of %d", rest.status, len(rest.body), len(full.body))
	}
	if again := c.get(u); again.status != http.StatusForbidden {
		t.Fatalf("fetch after the last byte went out: %d, want 403", again.status)
	}
}

// A client that hangs up as soon as the last byte is out (a tab closed, a
// client that closes its connections) cancels the request: the play is
// spent all the same, or the candidate would get it again for free.
func TestExamAudioSpentWhenTheClientHangsUp(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	u := grantPlay(t, c, base, csrfRe.FindStringSubmatch(page.body)[1], choicePos(page.body))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req := httptest.NewRequestWithContext(ctx, "GET", e.srv.URL+u, nil)
	for _, ck := range c.http.Jar.Cookies(req.URL) {
		req.AddCookie(ck)
	}
	w := &hangUp{ResponseRecorder: httptest.NewRecorder(), cancel: cancel}
	e.srv.Config.Handler.ServeHTTP(w, req)
	if w.Code != 200 || !strings.HasPrefix(w.Body.String(), "RIFF") {
		t.Fatalf("fetch: %d, %d bytes", w.Code, w.Body.Len())
	}
	if ctx.Err() == nil {
		t.Fatal("the request was not cancelled: the test tests nothing")
	}
	if again := c.get(u); again.status != http.StatusForbidden {
		t.Fatalf("fetch again after the client hung up on a whole play: %d, want 403", again.status)
	}
}

// hangUp is a response that cancels its request once bytes went out.
type hangUp struct {
	*httptest.ResponseRecorder
	cancel context.CancelFunc
}

func (h *hangUp) Write(b []byte) (int, error) {
	n, err := h.ResponseRecorder.Write(b)
	h.cancel()
	return n, err
}

func grantPlay(t *testing.T, c *client, base, tok string, pos int) string {
	t.Helper()
	r := c.api("POST", fmt.Sprintf("%s/audio/%d/play", base, pos), tok, nil)
	var p struct{ URL string }
	if err := json.Unmarshal([]byte(r.body), &p); r.status != 200 || err != nil {
		t.Fatalf("play: %d %s", r.status, r.body)
	}
	return p.URL
}

// choicePos is the position of the page's (last) choice item.
func choicePos(body string) int {
	var pos int
	for _, m := range posRe.FindAllStringSubmatch(body, -1) {
		if m[2] == "choice" {
			pos, _ = strconv.Atoi(m[1])
		}
	}
	return pos
}

// Issue 15.14 over HTTP: a finish names what was in flight; only that
// counts afterwards.
func TestExamFinishDeclaresPendingSaves(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	var pos int
	for _, m := range posRe.FindAllStringSubmatch(page.body, -1) {
		if m[2] == "dictation" {
			pos, _ = strconv.Atoi(m[1])
		}
	}
	save := func(rev int) int {
		return c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": rev, "response": map[string]any{"text": "học " + strconv.Itoa(rev)}}).status
	}
	if s := save(1); s != 200 {
		t.Fatalf("save 1: %d", s)
	}
	if r := c.api("POST", base+"/sections/0/finish", tok, map[string]any{"answers": map[string]int{strconv.Itoa(pos): 2}}); r.status != 200 {
		t.Fatalf("finish: %d %s", r.status, r.body)
	}
	if s := save(2); s != 200 {
		t.Fatalf("the save in flight at the finish: %d, want 200", s)
	}
	if s := save(3); s != http.StatusConflict {
		t.Fatalf("a save typed after the finish: %d, want 409", s)
	}
	if r := c.api("POST", base+"/sections/1/finish", tok, map[string]any{"answers": "nonsense"}); r.status != http.StatusBadRequest {
		t.Fatalf("malformed pending saves: %d, want 400", r.status)
	}
}

// Issue 17.2: flags are stored and shown in the navigator after a reload;
// another candidate cannot flag someone's attempt.
func TestExamFlagsShownInNavigator(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	m := posRe.FindStringSubmatch(page.body)
	if m == nil {
		t.Fatal("no item on the page")
	}
	if !strings.Contains(page.body, `id="exam-nav"`) {
		t.Fatal("no navigator")
	}
	flag := fmt.Sprintf("/api/exam/attempts/%d/flags/%s", id, m[1])
	if r := c.api("POST", flag, tok, map[string]any{"flagged": true}); r.status != 200 {
		t.Fatalf("flag: %d %s", r.status, r.body)
	}
	page = c.get(fmt.Sprintf("/candidate/exams/attempts/%d", id))
	if !strings.Contains(page.body, `class="exam-item is-flagged" id="item-`+m[1]+`"`) || !strings.Contains(page.body, `data-flagged="true"`) {
		t.Fatal("flag not shown after reload")
	}
	other, _, otherPage := e.start("k5-02")
	otherTok := csrfRe.FindStringSubmatch(otherPage.body)[1]
	if r := other.api("POST", flag, otherTok, map[string]any{"flagged": true}); r.status != http.StatusNotFound {
		t.Fatalf("another candidate flags: %d, want 404", r.status)
	}
}
