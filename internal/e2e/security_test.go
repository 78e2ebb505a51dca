package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/app"
	"hocviet/internal/bank"
	"hocviet/internal/loadtest"
	"hocviet/internal/web"
)

// The security tests run the whole app on a free port over the core bank
// and the screening blueprint, with one account per role.

type secEnv struct {
	a    *app.App
	p    *loadtest.Prepared
	url  string
	bank *bank.Bank
}

const secPassword = "security-password"

func newSecEnv(t *testing.T, th web.Throttle) *secEnv {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "sec.db")
	p, err := loadtest.Prepare(ctx, loadtest.PrepareConfig{DBPath: db, Candidates: 3, HashCost: 4, Password: secPassword})
	if err != nil {
		t.Fatal(err)
	}
	if th == (web.Throttle{}) {
		th = web.Throttle{Window: time.Minute, SlowAfter: 50, Delay: time.Millisecond, LockAfter: 100, IPSlowAfter: 1000}
	}
	a, err := app.Open(ctx, app.Config{BcryptCost: bcrypt.MinCost, Templates: pages(t), Catalog: catalog(t), Addr: loopback() + ":0", DBPath: db, Version: "sec",
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Throttle: th})
	if err != nil {
		t.Fatal(err)
	}
	hp, err := a.Store.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(secPassword), bcrypt.MinCost)
	for _, u := range []account.User{
		{Username: "teacher", Role: account.RoleInstructor},
		{Username: "hp-board", Role: account.RoleBoard, ProvinceID: &hp.ID},
		{Username: "admin", Role: account.RoleAdmin},
	} {
		u.PasswordHash = string(hash)
		if err := a.Store.Accounts.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeApp(a) })
	b, err := loadtest.CoreBank(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return &secEnv{a: a, p: p, url: a.URL(), bank: b}
}

// capture keeps every answer a browser receives.
type capture struct {
	base   http.RoundTripper
	mu     sync.Mutex
	bodies []seen
}

type seen struct {
	what string
	ct   string
	body []byte
}

func (c *capture) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := c.base.RoundTrip(r)
	if err != nil {
		return resp, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(b))
	c.mu.Lock()
	c.bodies = append(c.bodies, seen{r.Method + " " + r.URL.RequestURI(), resp.Header.Get("Content-Type"), b})
	c.mu.Unlock()
	return resp, nil
}

func (e *secEnv) client(t *testing.T, username string) (*loadtest.Client, *capture) {
	t.Helper()
	c := loadtest.NewClient(e.url, nil, nil)
	cp := &capture{base: c.HTTP.Transport}
	c.HTTP.Transport = cp
	if err := c.Login(context.Background(), username, secPassword); err != nil {
		t.Fatal(err)
	}
	return c, cp
}

var imgRe = regexp.MustCompile(`<img[^>]+src="([^"]+)"`)

// sentences cuts a text into the pieces worth looking for: long enough not
// to turn up by chance.
func sentences(s string, minRunes int) []string {
	var out []string
	for _, p := range regexp.MustCompile(`[\n.?!:;]+`).Split(s, -1) {
		p = strings.TrimSpace(p)
		if utf8.RuneCountInString(p) >= minRunes {
			out = append(out, p)
		}
	}
	return out
}

// TestNoKeyReachesTheCandidate sits a whole attempt on the screening
// blueprint (every section, every audio played, every image, every typed
// item saved, a recording uploaded) and looks through everything the
// browser received — pages, JSON, static files, audio and image bytes — for
// the drawn items' keys: correct flags, accepted answers, typed gap
// answers, transcripts, feedback and rubrics.
func TestNoKeyReachesTheCandidate(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, cp := e.client(t, e.p.Usernames[0])
	if _, err := c.ExamList(ctx); err != nil {
		t.Fatal(err)
	}
	attempt, err := c.Start(ctx, e.p.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	var rev int64
	for sec := 0; sec < 4; sec++ {
		pg, err := c.Page(ctx)
		if err != nil || pg.Section != sec {
			t.Fatalf("section %d: %v", sec, err)
		}
		// Nothing is chosen or filled in before the candidate does it.
		items := pg.Body[bytes.Index(pg.Body, []byte(`class="exam-items"`)):]
		if m := regexp.MustCompile(`<input[^>]* checked|<option[^>]* selected`).Find(items); m != nil {
			t.Errorf("section %d: an answer is chosen before the candidate chose one: %s", sec, m)
		}
		if m := regexp.MustCompile(`class="gap"[^>]*value="([^"]+)"`).FindSubmatch(items); m != nil {
			t.Errorf("section %d: a gap is filled in before the candidate typed: %q", sec, m[1])
		}
		for _, a := range loadtest.Assets(pg.Body) {
			c.Do(ctx, "asset", "GET", a, nil, "")
		}
		for _, m := range imgRe.FindAllSubmatch(pg.Body, -1) {
			c.Do(ctx, "image", "GET", strings.ReplaceAll(string(m[1]), "&amp;", "&"), nil, "")
		}
		for _, pos := range pg.Audio {
			if _, err := c.Play(ctx, pos); err != nil {
				t.Errorf("play %d: %v", pos, err)
			}
		}
		for _, it := range pg.Items {
			if it.Typed() {
				rev++
				if _, err := c.Save(ctx, "save", it.Pos, rev, loadtest.Answer(it, rev)); err != nil {
					t.Errorf("save %d: %v", it.Pos, err)
				}
			}
		}
		for _, s := range pg.Spoken {
			if _, err := c.Record(ctx, s.Pos, loadtest.WAV(1)); err != nil {
				t.Errorf("record %d: %v", s.Pos, err)
			}
		}
		if _, err := c.State(ctx); err != nil {
			t.Fatal(err)
		}
		// The page again, with the answers in it.
		if _, err := c.Page(ctx); err != nil {
			t.Fatal(err)
		}
		if err := c.Finish(ctx, sec); err != nil {
			t.Fatal(err)
		}
	}
	if pg, err := c.Page(ctx); err != nil || pg.Section != -1 {
		t.Fatalf("after the last section: %v %+v", err, pg)
	}
	c.Do(ctx, "result", "GET", fmt.Sprintf("/candidate/exams/attempts/%d/result", attempt), nil, "", http.StatusNotFound)

	var ids []string
	if err := e.a.Store.DB().Select(&ids, `SELECT item_id FROM exam_form_items WHERE attempt_id = ? ORDER BY pos`, attempt); err != nil {
		t.Fatal(err)
	}
	type secret struct{ item, kind, text string }
	var secrets []secret
	add := func(item, kind string, texts ...string) {
		for _, s := range texts {
			for _, p := range sentences(s, 12) {
				secrets = append(secrets, secret{item, kind, p})
			}
		}
	}
	types := map[string]int{}
	// What the form shows by design (bank.Public, no reveal): a key that
	// is also another drawn item's visible text is a cue between items
	// (content), not a leak of the software; it is reported apart.
	var visible strings.Builder
	for _, id := range ids {
		if it, ok := e.bank.Item(id); ok {
			p := bank.Public(it, e.bank.GroupOf(it), bank.ViewOptions{})
			for _, s := range append([]string{p.Prompt, p.Passage, p.Text}, append(append(p.Left, p.Right...), p.Words...)...) {
				visible.WriteString(s + "\n")
			}
			for _, o := range p.Options {
				visible.WriteString(o.Text + "\n")
			}
			if p.Group != nil {
				visible.WriteString(p.Group.Passage + "\n")
			}
		}
	}
	shown := visible.String()
	for _, id := range ids {
		it, ok := e.bank.Item(id)
		if !ok {
			t.Fatalf("drawn item %s is not in the core bank", id)
		}
		types[it.Type]++
		add(id, "transcript", it.Transcript)
		add(id, "feedback", it.Feedback.Vi, it.Feedback.En, it.Feedback.Lo)
		for _, a := range it.Accept {
			if utf8.RuneCountInString(a) >= 6 {
				secrets = append(secrets, secret{id, "accepted answer", a})
			}
		}
		for _, g := range it.Gaps {
			if len(g.Options) > 0 {
				continue // the answer is among the choices shown
			}
			for _, a := range append([]string{g.Answer}, g.Accept...) {
				if utf8.RuneCountInString(a) >= 4 {
					secrets = append(secrets, secret{id, "gap answer", `value="` + a + `"`})
				}
			}
		}
		if g := e.bank.GroupOf(it); g != nil {
			add(id, "passage transcript", g.Transcript)
		}
		if it.Rubric != "" {
			secrets = append(secrets, secret{id, "rubric id", it.Rubric})
			if r, ok := e.bank.Rubric(it.Rubric); ok {
				for _, cr := range r.Criteria {
					for _, b := range cr.Bands {
						add(id, "rubric band", b.Descriptor.Vi, b.Descriptor.En)
					}
				}
			}
		}
	}
	if len(types) < 8 || len(secrets) < 50 {
		t.Fatalf("the form was too small to prove anything: %v, %d secrets", types, len(secrets))
	}
	cues := map[string]bool{}
	markers := []string{`"correct"`, `"accept"`, `"answer"`, `"transcript"`, `"feedback"`, `"rubric"`, `"bands"`, "data-correct", "data-answer"}
	kinds := map[string]int{}
	for _, b := range cp.bodies {
		body := string(b.body)
		dynamic := strings.HasPrefix(b.ct, "text/html") || strings.HasPrefix(b.ct, "application/json")
		kinds[strings.SplitN(b.ct, ";", 2)[0]]++
		for _, s := range secrets {
			if !strings.Contains(body, s.text) {
				continue
			}
			if strings.Contains(shown, s.text) {
				cues[fmt.Sprintf("%s of %s is another drawn item's text: %q", s.kind, s.item, s.text)] = true
				continue
			}
			t.Errorf("%s: %s of %s shows: %q", b.what, s.kind, s.item, s.text)
		}
		if dynamic {
			for _, m := range markers {
				if strings.Contains(body, m) {
					t.Errorf("%s: contains %s", b.what, m)
				}
			}
		}
	}
	for c := range cues {
		t.Logf("cue between items (bank content, not a leak): %s", c)
	}
	t.Logf("%d drawn items %v; %d secrets looked for in %d answers %v", len(ids), types, len(secrets), len(cp.bodies), kinds)
}

// TestCandidateCannotReachAnothersWork: candidate B knows the ids of A's
// attempt, answers and recordings, and tries them all.
func TestCandidateCannotReachAnothersWork(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	a, _ := e.client(t, e.p.Usernames[0])
	// A practises first (practice is closed during an attempt): a set, an
	// item and a recording of A's, by id.
	r, err := a.Do(ctx, "practice", "POST", "/candidate/practice", []byte(url.Values{"csrf": {a.Token}, "skill": {"speaking"}, "level": {"2"}}.Encode()),
		"application/x-www-form-urlencoded", http.StatusSeeOther)
	if err != nil {
		t.Fatal(err)
	}
	item := r.Header.Get("Location") // /candidate/practice/SET/1
	set := item[:strings.LastIndex(item, "/")]
	if _, err := a.Do(ctx, "practice recording", "POST", "/api"+item+"/recording", loadtest.WAV(1), "audio/wav"); err != nil {
		t.Fatal(err)
	}
	var recID int64
	if err := e.a.Store.DB().Get(&recID, `SELECT r.id FROM practice_recordings r JOIN users u ON u.id = r.user_id WHERE u.username = ?`, e.p.Usernames[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Do(ctx, "own recording", "GET", fmt.Sprintf("/candidate/recordings/%d", recID), nil, ""); err != nil {
		t.Fatalf("A's own recording: %v", err)
	}
	a.ExamList(ctx)
	attempt, err := a.Start(ctx, e.p.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := a.Page(ctx)
	if err != nil {
		t.Fatal(err)
	}
	it := pg.Items[0]
	if _, err := a.Save(ctx, "save", it.Pos, 1, loadtest.Answer(it, 1)); err != nil {
		t.Fatal(err)
	}
	for pg.Section < 3 {
		a.Finish(ctx, pg.Section)
		if pg, err = a.Page(ctx); err != nil {
			t.Fatal(err)
		}
	}
	spoken := pg.Spoken[0].Pos
	if _, err := a.Record(ctx, spoken, loadtest.WAV(1)); err != nil {
		t.Fatal(err)
	}

	b, _ := e.client(t, e.p.Usernames[1])
	// B tries A's practice (before B's own attempt, which closes practice).
	for _, tc := range []struct{ method, path, ctype, body string }{
		{"GET", set, "", ""},
		{"GET", item, "", ""},
		{"POST", item, "application/x-www-form-urlencoded", url.Values{"csrf": {b.Token}, "text": {"B was here"}}.Encode()},
		{"POST", "/api" + item + "/draft", "application/json", `{"text":"B was here"}`},
		{"POST", "/api" + item + "/recording", "audio/wav", string(loadtest.WAV(1))},
		{"GET", fmt.Sprintf("/candidate/recordings/%d", recID), "", ""},
	} {
		var body []byte
		if tc.body != "" {
			body = []byte(tc.body)
		}
		r, err := b.Do(ctx, "idor", tc.method, tc.path, body, tc.ctype, http.StatusNotFound)
		if err != nil {
			t.Errorf("%s %s by another candidate: %v", tc.method, tc.path, err)
			continue
		}
		if bytes.Contains(r.Body, []byte("RIFF")) {
			t.Errorf("%s %s: answer carries A's recording", tc.method, tc.path)
		}
	}

	b.ExamList(ctx)
	own, err := b.Start(ctx, e.p.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	if own == attempt {
		t.Fatal("two candidates share an attempt")
	}
	base := fmt.Sprintf("/api/exam/attempts/%d", attempt)
	for _, tc := range []struct{ method, path, ctype, body string }{
		{"GET", fmt.Sprintf("/candidate/exams/attempts/%d", attempt), "", ""},
		{"GET", fmt.Sprintf("/candidate/exams/attempts/%d/result", attempt), "", ""},
		{"GET", fmt.Sprintf("/candidate/exams/attempts/%d/image/0?key=x", attempt), "", ""},
		{"GET", base + "/state", "", ""},
		{"POST", base + "/answers", "application/json", fmt.Sprintf(`{"pos":%d,"rev":99,"response":{"text":"B was here"}}`, it.Pos)},
		{"POST", base + "/sections/3/finish", "", ""},
		{"POST", base + "/audio/0/play", "", ""},
		{"GET", base + "/audio/0/1", "", ""},
		{"POST", fmt.Sprintf("%s/recordings/%d/takes", base, spoken), "", ""},
		{"PUT", fmt.Sprintf("%s/recordings/%d/1", base, spoken), "audio/wav", string(loadtest.WAV(1))},
		{"GET", fmt.Sprintf("%s/recordings/%d", base, spoken), "", ""},
	} {
		var body []byte
		if tc.body != "" {
			body = []byte(tc.body)
		}
		r, err := b.Do(ctx, "idor", tc.method, tc.path, body, tc.ctype, http.StatusNotFound)
		if err != nil {
			t.Errorf("%s %s by another candidate: %v", tc.method, tc.path, err)
			continue
		}
		if bytes.Contains(r.Body, []byte("B was here")) || bytes.Contains(r.Body, []byte("RIFF")) {
			t.Errorf("%s %s: answer leaks A's data", tc.method, tc.path)
		}
	}
	// A's work is as A left it.
	var text string
	if err := e.a.Store.DB().Get(&text, `SELECT response FROM exam_answers WHERE attempt_id = ? AND pos = ?`, attempt, it.Pos); err != nil {
		t.Fatal(err)
	}
	var status string
	e.a.Store.DB().Get(&status, `SELECT status FROM exam_attempts WHERE id = ?`, attempt)
	if strings.Contains(text, "B was here") || status != "in_progress" {
		t.Errorf("B changed A's attempt: %s, %s", text, status)
	}
}

// TestSessionsEndOnLogoutAndExpiry: a logged-out session cookie, replayed,
// is nobody's; so is an expired one.
func TestSessionsEndOnLogoutAndExpiry(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, _ := e.client(t, e.p.Usernames[0])
	u, _ := url.Parse(e.url)
	var cookie *http.Cookie
	for _, ck := range c.HTTP.Jar.Cookies(u) {
		if ck.Name == "hv_session" {
			cookie = ck
		}
	}
	if cookie == nil {
		t.Fatal("no session cookie")
	}
	replay := func() int {
		req, _ := http.NewRequest("GET", e.url+"/candidate/exams", nil)
		req.AddCookie(cookie)
		r, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	if s := replay(); s != http.StatusOK {
		t.Fatalf("the live cookie: %d", s)
	}
	if _, err := c.Do(ctx, "logout", "POST", "/logout", []byte("csrf="+url.QueryEscape(c.Token)), "application/x-www-form-urlencoded", http.StatusSeeOther); err != nil {
		t.Fatal(err)
	}
	if s := replay(); s != http.StatusSeeOther {
		t.Errorf("the cookie replayed after logout: %d, want 303 to the login page", s)
	}

	c2, _ := e.client(t, e.p.Usernames[1])
	if _, err := e.a.Store.DB().Exec(`UPDATE sessions SET expires_at = ?`, time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)); err != nil {
		t.Fatal(err)
	}
	r, err := c2.Do(ctx, "expired", "GET", "/api/exam/attempts/1/state", nil, "", http.StatusUnauthorized)
	if err != nil {
		t.Errorf("an expired session: %v", err)
	} else if !bytes.Contains(r.Body, []byte("error.unauthorized")) {
		t.Errorf("an expired session: %s", r.Body)
	}
}

// TestLoginThrottle: failures slow, then lock an account for the address
// they come from; an address that fails too often is slowed but never
// refused (a whole room shares it), whatever X-Forwarded-For it claims.
func TestLoginThrottle(t *testing.T) {
	t.Parallel()
	th := web.Throttle{Window: time.Minute, SlowAfter: 2, Delay: 100 * time.Millisecond, LockAfter: 4, IPSlowAfter: 8}
	e := newSecEnv(t, th)
	ctx := context.Background()
	try := func(user, pw string, header map[string]string) (int, time.Duration) {
		c := loadtest.NewClient(e.url, nil, nil)
		r, err := c.Do(ctx, "login page", "GET", "/login", nil, "")
		if err != nil {
			t.Fatal(err)
		}
		tok := regexp.MustCompile(`name="csrf-token" content="([^"]+)"`).FindSubmatch(r.Body)[1]
		form := url.Values{"username": {user}, "password": {pw}, "csrf": {string(tok)}}
		req, _ := http.NewRequest("POST", e.url+"/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range header {
			req.Header.Set(k, v)
		}
		t0 := time.Now()
		resp, err := c.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode, time.Since(t0)
	}
	victim := e.p.Usernames[0]
	var statuses []int
	var slowest time.Duration
	for i := 0; i < 5; i++ {
		s, d := try(victim, "wrong", nil)
		statuses = append(statuses, s)
		slowest = max(slowest, d)
	}
	if statuses[0] != http.StatusUnauthorized || statuses[4] != http.StatusTooManyRequests || slowest < 100*time.Millisecond {
		t.Errorf("failures for one account: %v, slowest %s; want 401 first, slowed, 429 after 4", statuses, slowest)
	}
	if s, _ := try(victim, secPassword, nil); s != http.StatusTooManyRequests {
		t.Errorf("the right password on a locked account: %d, want 429", s)
	}
	// The pair lock is per address, and the address is the connection's:
	// claiming another one in a header does not reset it.
	for _, h := range []map[string]string{{"X-Forwarded-For": "203.0.113.7"}, {"X-Real-IP": "203.0.113.8"}} {
		if s, _ := try(victim, secPassword, h); s != http.StatusTooManyRequests {
			t.Errorf("a locked account and address claiming %v: %d, want 429 (the header is the client's word, not its address)", h, s)
		}
	}
	// Refused attempts are not failures: four counted so far; six more on
	// other names make 10 from this address, beyond IPSlowAfter: slowed,
	// and still a right password of another account is let in.
	for i := 0; i < 6; i++ {
		try(fmt.Sprintf("nobody-%d", i), "wrong", nil)
	}
	if s, d := try(e.p.Usernames[2], secPassword, nil); s != http.StatusSeeOther || d < 100*time.Millisecond {
		t.Errorf("another account from an address with many failures: %d in %s, want 303 after a delay", s, d)
	}
}

// TestUploadsAreCheckedAndBounded: a spoken answer must be the WAV the
// recorder makes, whatever its Content-Type says, and big bodies are cut
// off; a board import is told by its bytes, not its name.
func TestUploadsAreCheckedAndBounded(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, _ := e.client(t, e.p.Usernames[0])
	c.ExamList(ctx)
	if _, err := c.Start(ctx, e.p.SessionID); err != nil {
		t.Fatal(err)
	}
	pg, _ := c.Page(ctx)
	for pg.Section < 3 {
		c.Finish(ctx, pg.Section)
		pg, _ = c.Page(ctx)
	}
	pos := pg.Spoken[0].Pos
	if _, err := c.Do(ctx, "take", "POST", fmt.Sprintf("/api/exam/attempts/%d/recordings/%d/takes", c.Attempt, pos), nil, ""); err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/api/exam/attempts/%d/recordings/%d/1", c.Attempt, pos)
	html := []byte("<html><script>alert(1)</script></html>" + strings.Repeat(" ", 2000))
	for _, tc := range []struct {
		name, ctype string
		body        []byte
		want        int
	}{
		{"HTML labelled audio/wav", "audio/wav", html, http.StatusBadRequest},
		{"an Ogg file", "audio/ogg", append([]byte("OggS"), make([]byte, 4000)...), http.StatusBadRequest},
		{"a WAV beyond the item's length", "audio/wav", loadtest.WAV(200), http.StatusBadRequest},
		{"22 MB", "audio/wav", append(loadtest.WAV(1), make([]byte, 22<<20)...), http.StatusRequestEntityTooLarge},
	} {
		if _, err := c.Do(ctx, "upload", "PUT", path, tc.body, tc.ctype, tc.want); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	// Stored recordings are served as WAV, never sniffed into a page.
	if _, err := c.Do(ctx, "upload", "PUT", path, loadtest.WAV(1), "text/html"); err != nil {
		t.Fatalf("a good WAV sent as text/html: %v", err)
	}
	r, err := c.Do(ctx, "recording", "GET", fmt.Sprintf("/api/exam/attempts/%d/recordings/%d", c.Attempt, pos), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if ct := r.Header.Get("Content-Type"); ct != "audio/wav" || r.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("recording served as %q, nosniff %q", ct, r.Header.Get("X-Content-Type-Options"))
	}
	// Any other request body over the server-wide 2 MB limit.
	big := bytes.Repeat([]byte("a"), 3<<20)
	if _, err := c.Do(ctx, "big form", "POST", "/prefs/ime", big, "application/x-www-form-urlencoded", http.StatusRequestEntityTooLarge); err != nil {
		t.Errorf("a 3 MB form: %v", err)
	}
}

// TestSecurityHeaders: every page forbids framing and sniffing, keeps the
// referrer on the site, and its policy allows no inline script, which no
// page needs (no <script> without src, no on… attributes).
func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	pages := map[string][]string{
		e.p.Usernames[0]: {"/candidate", "/candidate/exams", "/candidate/practice", "/candidate/progress", "/candidate/vocab"},
		"teacher":        {"/instructor", "/instructor/exams", "/instructor/grading", "/instructor/practice", "/instructor/classes"},
		"hp-board":       {"/board", "/board/eligibility", "/board/programmes", "/board/plan", "/board/graduates", "/board/import"},
		"admin":          {"/admin"},
	}
	inline := regexp.MustCompile(`(?i)<script(?:\s[^>]*)?>`)
	handler := regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	check := func(who, path string, r *loadtest.Response) {
		h := r.Header
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s %s: CSP %q", who, path, csp)
		}
		if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "base-uri 'none'") || !strings.Contains(csp, "form-action 'self'") {
			t.Errorf("%s %s: CSP without default-src 'self', base-uri 'none' or form-action 'self': %q", who, path, csp)
		}
		if h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s %s: frame %q, nosniff %q, referrer %q", who, path, h.Get("X-Frame-Options"), h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
		}
		for _, m := range inline.FindAllString(string(r.Body), -1) {
			if !strings.Contains(m, "src=") {
				t.Errorf("%s %s: inline script %q", who, path, m)
			}
		}
		if m := handler.FindString(string(r.Body)); m != "" {
			t.Errorf("%s %s: inline event handler %q", who, path, m)
		}
	}
	anon := loadtest.NewClient(e.url, nil, nil)
	for _, p := range []string{"/login", "/healthz"} {
		r, err := anon.Do(ctx, "page", "GET", p, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		check("anonymous", p, r)
	}
	for who, paths := range pages {
		c, _ := e.client(t, who)
		for _, p := range paths {
			r, err := c.Do(ctx, "page", "GET", p, nil, "")
			if err != nil {
				t.Errorf("%s %s: %v", who, p, err)
				continue
			}
			check(who, p, r)
		}
	}
}

// TestCandidateTextStaysText: what a candidate types (an essay with a
// script in it) comes back escaped on the candidate's page and on the
// rater's.
func TestCandidateTextStaysText(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, _ := e.client(t, e.p.Usernames[0])
	c.ExamList(ctx)
	if _, err := c.Start(ctx, e.p.SessionID); err != nil {
		t.Fatal(err)
	}
	pg, _ := c.Page(ctx)
	for pg.Section < 2 {
		c.Finish(ctx, pg.Section)
		pg, _ = c.Page(ctx)
	}
	evil := `</textarea><script>alert("hv")</script><img src=x onerror=alert(1)>"'`
	var essay *loadtest.Item
	for i := range pg.Items {
		if pg.Items[i].Type == bank.TypeEssay {
			essay = &pg.Items[i]
		}
	}
	if essay == nil {
		t.Fatal("no essay in the writing section")
	}
	if _, err := c.Save(ctx, "save", essay.Pos, 1, bank.Response{Text: evil}); err != nil {
		t.Fatal(err)
	}
	pg, err := c.Page(ctx)
	if err != nil {
		t.Fatal(err)
	}
	escaped := func(where string, body []byte) {
		if bytes.Contains(body, []byte(`<script>alert("hv")`)) || bytes.Contains(body, []byte(`onerror=alert(1)>`)) {
			t.Errorf("%s: the essay is markup", where)
		}
		if !bytes.Contains(body, []byte("&lt;script&gt;alert(")) {
			t.Errorf("%s: the essay's text is not shown escaped", where)
		}
	}
	escaped("the candidate's page", pg.Body)

	// Submit, and the rater claims the script and reads it.
	for pg.Section >= 0 {
		c.Finish(ctx, pg.Section)
		pg, _ = c.Page(ctx)
	}
	tc, _ := e.client(t, "teacher")
	q, err := tc.Do(ctx, "queue", "GET", "/instructor/grading", nil, "")
	if err != nil {
		t.Fatal(err)
	}
	forms := regexp.MustCompile(`(?s)<form[^>]+action="/instructor/grading/claim".*?</form>`).FindAll(q.Body, -1)
	claimed := false
	for _, f := range forms {
		vals := url.Values{"csrf": {tc.Token}}
		for _, m := range regexp.MustCompile(`name="(session|skill)" value="([^"]*)"`).FindAllSubmatch(f, -1) {
			vals.Set(string(m[1]), string(m[2]))
		}
		if vals.Get("skill") != "writing" {
			continue
		}
		r, err := tc.Do(ctx, "claim", "POST", "/instructor/grading/claim", []byte(vals.Encode()), "application/x-www-form-urlencoded", http.StatusSeeOther)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 10 && !claimed; i++ {
			rp, err := tc.Do(ctx, "rate", "GET", r.Header.Get("Location"), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(rp.Body, []byte("alert(")) {
				escaped("the rater's page", rp.Body)
				claimed = true
				break
			}
			// Another script (the letter): give it back and take the next.
			id := strings.TrimPrefix(r.Header.Get("Location"), "/instructor/grading/ratings/")
			tc.Do(ctx, "give back", "POST", "/instructor/grading/ratings/"+id+"/give-back", []byte("csrf="+url.QueryEscape(tc.Token)), "application/x-www-form-urlencoded", http.StatusSeeOther)
			if r, err = tc.Do(ctx, "claim", "POST", "/instructor/grading/claim", []byte(vals.Encode()), "application/x-www-form-urlencoded", http.StatusSeeOther); err != nil {
				break
			}
		}
	}
	if !claimed {
		t.Logf("grading queue: %.600s", q.Body)
		t.Error("the rater never saw the essay")
	}
}

// TestPracticeRevealsNoDrawnKeyDuringTheExam: with an attempt running, the
// candidate opens practice in another tab. Practice draws from the same
// items and shows transcripts, correct answers and feedback once an item is
// answered, so it must not hand out the items of the running attempt.
func TestPracticeRevealsNoDrawnKeyDuringTheExam(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, _ := e.client(t, e.p.Usernames[0])
	c.ExamList(ctx)
	attempt, err := c.Start(ctx, e.p.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	var drawn []string
	if err := e.a.Store.DB().Select(&drawn, `SELECT item_id FROM exam_form_items WHERE attempt_id = ?`, attempt); err != nil {
		t.Fatal(err)
	}
	inForm := map[string]bool{}
	for _, id := range drawn {
		inForm[id] = true
	}
	practised := map[string]bool{}
	var leaks []string
	refused := 0
	for _, skill := range []string{"listening", "reading", "writing"} {
		for level := 1; level <= 4; level++ {
			r, err := c.Do(ctx, "practice", "POST", "/candidate/practice",
				[]byte(url.Values{"csrf": {c.Token}, "skill": {skill}, "level": {fmt.Sprint(level)}}.Encode()),
				"application/x-www-form-urlencoded", http.StatusSeeOther, http.StatusOK, http.StatusNotFound, http.StatusConflict, http.StatusBadRequest)
			if err != nil || r.Status != http.StatusSeeOther {
				if r != nil && r.Status == http.StatusConflict {
					refused++
				}
				continue // practice refused (as it is during an exam) or nothing at that level
			}
			set := r.Header.Get("Location")
			set = set[:strings.LastIndex(set, "/")]
			var ids []string
			e.a.Store.DB().Select(&ids, `SELECT item_id FROM practice_set_items WHERE set_id = ? ORDER BY position`, strings.TrimPrefix(set, "/candidate/practice/"))
			for pos, id := range ids {
				practised[id] = true
				if !inForm[id] {
					continue
				}
				path := fmt.Sprintf("%s/%d", set, pos+1)
				form := url.Values{"csrf": {c.Token}, "choice": {"a"}, "text": {"x"}, "gap": {"x", "x", "x"}, "word": {"x"}, "pair0": {"x"}}
				c.Do(ctx, "answer", "POST", path, []byte(form.Encode()), "application/x-www-form-urlencoded", http.StatusSeeOther, http.StatusOK)
				pg, err := c.Do(ctx, "item", "GET", path, nil, "")
				if err != nil {
					continue
				}
				it, _ := e.bank.Item(id)
				var keys []string
				keys = append(keys, sentences(it.Transcript, 12)...)
				keys = append(keys, sentences(it.Feedback.Vi, 12)...)
				if g := e.bank.GroupOf(it); g != nil {
					keys = append(keys, sentences(g.Transcript, 12)...)
				}
				for _, k := range keys {
					if bytes.Contains(pg.Body, []byte(k)) {
						leaks = append(leaks, fmt.Sprintf("%s (%s): %q", id, skill, k))
						break
					}
				}
			}
		}
	}
	overlap := 0
	for id := range practised {
		if inForm[id] {
			overlap++
		}
	}
	t.Logf("practice during the attempt: %d choices refused; %d items offered, %d of them in the running attempt's form", refused, len(practised), overlap)
	sort.Strings(leaks)
	leaks = slices.Compact(leaks)
	if len(leaks) > 0 {
		// Known gap (practice and exam share the bank, and nothing stops
		// practice while an attempt runs): see docs/security.md.
		t.Errorf("during the exam, practice shows the keys of %d drawn items, e.g.:\n  %s", len(leaks), strings.Join(leaks[:min(5, len(leaks))], "\n  "))
	}
}

// TestExamAudioOnlyThroughThePlayLimit: a candidate who practised before
// the exam knows the /media/ address (the content hash) of recordings the
// exam may draw. During the attempt those bytes must come only through the
// play-limited exam API, not from /media/ as often as wished.
func TestExamAudioOnlyThroughThePlayLimit(t *testing.T) {
	t.Parallel()
	e := newSecEnv(t, web.Throttle{})
	ctx := context.Background()
	c, _ := e.client(t, e.p.Usernames[0])
	mediaRe := regexp.MustCompile(`/media/([0-9a-f]{64})`)
	known := map[string]bool{}
	for level := 1; level <= 4; level++ {
		r, err := c.Do(ctx, "practice", "POST", "/candidate/practice",
			[]byte(url.Values{"csrf": {c.Token}, "skill": {"listening"}, "level": {fmt.Sprint(level)}}.Encode()),
			"application/x-www-form-urlencoded", http.StatusSeeOther, http.StatusNotFound, http.StatusBadRequest)
		if err != nil || r.Status != http.StatusSeeOther {
			continue
		}
		set := r.Header.Get("Location")
		set = set[:strings.LastIndex(set, "/")]
		for pos := 1; pos <= 30; pos++ {
			pg, err := c.Do(ctx, "item", "GET", fmt.Sprintf("%s/%d", set, pos), nil, "", http.StatusOK, http.StatusNotFound)
			if err != nil || pg.Status != http.StatusOK {
				break
			}
			for _, m := range mediaRe.FindAllSubmatch(pg.Body, -1) {
				known[string(m[1])] = true
			}
		}
	}
	c.ExamList(ctx)
	attempt, err := c.Start(ctx, e.p.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := e.a.Store.DB().Select(&ids, `SELECT item_id FROM exam_form_items WHERE attempt_id = ?`, attempt); err != nil {
		t.Fatal(err)
	}
	checked, open := 0, 0
	for _, id := range ids {
		it, _ := e.bank.Item(id)
		key := it.Audio
		if g := e.bank.GroupOf(it); key == "" && g != nil {
			key = g.Audio
		}
		m, ok := e.bank.Media[key]
		if key == "" || !ok || !known[m.SHA256] {
			continue
		}
		checked++
		for i := 0; i < 3; i++ {
			if r, err := c.Do(ctx, "media", "GET", "/media/"+m.SHA256, nil, "", http.StatusOK, http.StatusNotFound, http.StatusConflict, http.StatusForbidden); err == nil && r.Status == http.StatusOK && i == 2 {
				open++
			}
		}
	}
	if checked == 0 {
		t.Fatalf("practice showed %d media addresses, none of a drawn recording", len(known))
	}
	if open > 0 {
		t.Errorf("during the exam, %d of %d drawn recordings the candidate had met in practice play freely from /media/ (three times each), past the play limit", open, checked)
	}
}
