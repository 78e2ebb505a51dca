package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/loadtest"
	"hocviet/internal/readiness"
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

// The access matrix: every route of routes.go for every kind of visitor.
// A route added without a line here fails TestRouteRoleMatrix, so nobody
// adds a page without deciding who may open it.

type who string

const (
	anon       who = "anonymous"
	candA      who = "candidate"
	candB      who = "candidate B" // another candidate of the same class
	teacher    who = "instructor"
	boardOwn   who = "board"
	boardOther who = "board (other province)"
	admin      who = "admin"
)

// access says who may use a route. public: everyone; signedIn: any role.
type access struct {
	roles    []account.Role
	public   bool
	signedIn bool
	// ownProvince: the path names a candidate or graduate of Houaphanh, which
	// the other province's board must not find (404).
	ownProvince bool
	// ownAttempt: the path names candidate A's attempt, which B must not
	// find (404).
	ownAttempt bool
}

var (
	public   = access{public: true}
	signedIn = access{signedIn: true}
)

func only(r account.Role) access { return access{roles: []account.Role{r}} }

var (
	candidate  = only(account.RoleCandidate)
	instructor = only(account.RoleInstructor)
	board      = only(account.RoleBoard)
	adminOnly  = only(account.RoleAdmin)
	attemptOf  = access{roles: []account.Role{account.RoleCandidate}, ownAttempt: true}
	province   = access{roles: []account.Role{account.RoleBoard}, ownProvince: true}
)

// matrix: "METHOD /path" as routes.go registers it.
var matrix = map[string]access{
	"GET /healthz":  public,
	"GET /static/*": public,
	"GET /":         public,
	"GET /login":    public,
	"POST /login":   public,

	"POST /logout":       signedIn,
	"POST /prefs/ime":    signedIn,
	"GET /media/:sha256": signedIn,

	"GET /candidate":  candidate,
	"GET /instructor": instructor,
	"GET /board":      board,
	"GET /admin":      adminOnly,

	// Question banks (instructor editor).
	"GET /instructor/items":             instructor,
	"GET /instructor/items/new":         instructor,
	"POST /instructor/items/new":        instructor,
	"GET /instructor/items/:id":         instructor,
	"POST /instructor/items/:id/check":  instructor,
	"GET /instructor/items/:id/edit":    instructor,
	"POST /instructor/items/:id/edit":   instructor,
	"GET /instructor/items/:id/history": instructor,
	"GET /instructor/items/:id/diff":    instructor,
	"GET /instructor/items/:id/yaml":    instructor,
	"POST /api/instructor/bank/media":   instructor,

	// Practice.
	"GET /candidate/practice":                          candidate,
	"POST /candidate/practice":                         candidate,
	"GET /candidate/practice/:set":                     candidate,
	"GET /candidate/practice/:set/:pos":                candidate,
	"POST /candidate/practice/:set/:pos":               candidate,
	"GET /candidate/recordings/:id":                    candidate,
	"GET /candidate/progress":                          candidate,
	"GET /candidate/vocab":                             candidate,
	"GET /candidate/vocab/review":                      candidate,
	"POST /candidate/vocab/review":                     candidate,
	"POST /api/candidate/practice/:set/:pos/draft":     candidate,
	"POST /api/candidate/practice/:set/:pos/recording": candidate,
	"GET /instructor/practice":                         instructor,
	"GET /instructor/practice/answers/:id":             instructor,
	"POST /instructor/practice/answers/:id/comments":   instructor,
	"GET /instructor/practice/recordings/:id":          instructor,

	// Screening exam.
	"GET /candidate/exams":                              candidate,
	"POST /candidate/exams/:session/start":              candidate,
	"GET /candidate/exams/attempts/:id":                 attemptOf,
	"GET /candidate/exams/attempts/:id/result":          attemptOf,
	"GET /candidate/exams/attempts/:id/image/:pos":      attemptOf,
	"GET /api/exam/attempts/:id/state":                  attemptOf,
	"POST /api/exam/attempts/:id/answers":               attemptOf,
	"POST /api/exam/attempts/:id/sections/:idx/finish":  attemptOf,
	"POST /api/exam/attempts/:id/audio/:pos/play":       attemptOf,
	"GET /api/exam/attempts/:id/audio/:pos/:play":       attemptOf,
	"POST /api/exam/attempts/:id/recordings/:pos/takes": attemptOf,
	"PUT /api/exam/attempts/:id/recordings/:pos/:take":  attemptOf,
	"GET /api/exam/attempts/:id/recordings/:pos":        attemptOf,
	"GET /instructor/exams":                             instructor,
	"POST /instructor/exams":                            instructor,
	"GET /instructor/exams/:id":                         instructor,
	"POST /instructor/exams/:id/release":                instructor,
	"POST /instructor/exams/attempts/:attempt/extend":   instructor,
	"GET /instructor/exams/attempts/:attempt/log":       instructor,
	"GET /instructor/exams/regrade":                     instructor,
	"POST /instructor/exams/regrade":                    instructor,
	"GET /instructor/grading":                           instructor,
	"POST /instructor/grading/claim":                    instructor,
	"GET /instructor/grading/ratings/:id":               instructor,
	"POST /instructor/grading/ratings/:id":              instructor,
	"POST /instructor/grading/ratings/:id/give-back":    instructor,
	"GET /instructor/grading/ratings/:id/audio":         instructor,

	// Readiness (board) and classes (instructor).
	"GET /board/candidates/export":       board,
	"GET /board/candidates/:id":          province,
	"GET /board/candidates/:id/edit":     province,
	"POST /board/candidates/:id/edit":    province,
	"GET /board/import":                  board,
	"POST /board/import":                 board,
	"GET /board/programmes":              board,
	"GET /board/programmes/:code":        board,
	"POST /board/programmes/:code":       board,
	"GET /board/eligibility":             board,
	"GET /board/eligibility/export":      board,
	"POST /board/eligibility/record":     board,
	"GET /board/plan":                    board,
	"POST /board/plan":                   board,
	"GET /board/plan/export":             board,
	"GET /board/graduates":               board,
	"GET /board/graduates/export":        board,
	"GET /board/graduates/new":           board,
	"POST /board/graduates/new":          board,
	"GET /board/graduates/:id":           province,
	"POST /board/graduates/:id":          province,
	"GET /api/board/eligibility":         board,
	"GET /instructor/classes":            instructor,
	"GET /instructor/classes/:id":        instructor,
	"GET /instructor/classes/:id/export": instructor,

	// Measurement (issue 14): session statistics.
	"GET /instructor/exams/:id/stats":        instructor,
	"GET /instructor/exams/:id/stats/export": instructor,

	// Accounts (activation, own password, admin, board resets).
	"POST /login/activate":             public,
	"GET /account/password":            signedIn,
	"POST /account/password":           signedIn,
	"POST /admin/users":                adminOnly,
	"POST /admin/users/:id/reset":      adminOnly,
	"POST /admin/users/:id/disabled":   adminOnly,
	"POST /admin/backups":              adminOnly,
	"GET /admin/backups/:name":         adminOnly,
	"POST /board/candidates/:id/reset": province,

	// Adaptive placement test.
	"GET /candidate/placement":             candidate,
	"POST /candidate/placement":            candidate,
	"GET /candidate/placement/:id":         candidate,
	"POST /candidate/placement/:id/answer": candidate,

	// Exam delivery (examui): review flags.
	"POST /api/exam/attempts/:id/flags/:pos": attemptOf,

	// ui2 (issue 17): import templates, Lao review of the banks.
	"GET /board/import/template":              board,
	"GET /instructor/review/lao":              instructor,
	"POST /instructor/review/lao/glosses/:id": instructor,
	"POST /instructor/review/lao/items/:id":   instructor,
}

// ---------------------------------------------------------------- fixture

const mPassword = "matrix-password"

type mEnv struct {
	t       *testing.T
	echo    *echo.Echo
	srv     *httptest.Server
	st      *store.Store
	session int64
	attempt int64 // candidate A's
	candA   int64 // candidate A's candidate id
	grad    int64 // a graduate of Houaphanh
	cohort  int64
	media   string
	clients map[who]*mClient
}

type mClient struct {
	env   *mEnv
	who   who
	http  *http.Client
	token string
}

type mResp struct {
	status int
	header http.Header
	body   string
}

// newMatrixEnv builds the app on the core bank with one account per kind of
// visitor; candidate A has started the screening exam.
func newMatrixEnv(t *testing.T, th web.Throttle) *mEnv {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "matrix.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := loadtest.ImportCoreBank(ctx, st); err != nil {
		t.Fatal(err)
	}
	hp, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	xk, err := st.People.ProvinceByCode(ctx, "xiengkhouang")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := &mEnv{t: t, st: st, clients: map[who]*mClient{}}
	if e.cohort, err = st.People.CreateCohort(ctx, hp.ID, progs[0].ID, "Lớp Lào khoá 5", "2026-09-05"); err != nil {
		t.Fatal(err)
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(mPassword), bcrypt.MinCost)
	users := []struct {
		name string
		role account.Role
		prov *int64
	}{
		{"cand-a", account.RoleCandidate, &hp.ID}, {"cand-b", account.RoleCandidate, &hp.ID},
		{"teacher", account.RoleInstructor, nil}, {"hp-board", account.RoleBoard, &hp.ID},
		{"xk-board", account.RoleBoard, &xk.ID}, {"admin", account.RoleAdmin, nil},
	}
	for _, u := range users {
		acc := &account.User{Username: u.name, PasswordHash: string(hash), Role: u.role, ProvinceID: u.prov}
		if err := st.Accounts.CreateUser(ctx, acc); err != nil {
			t.Fatal(err)
		}
		if u.role == account.RoleCandidate {
			c := &account.Candidate{UserID: &acc.ID, ProvinceID: hp.ID, CohortID: &e.cohort, ProgrammeID: &progs[0].ID,
				NameLo: "ສົມພອນ", NameLatin: "Somphone " + u.name, DateOfBirth: "1984-03-01", Gender: "male", PlanningStatus: "planned"}
			if err := st.People.InsertCandidate(ctx, c); err != nil {
				t.Fatal(err)
			}
			if u.name == "cand-a" {
				e.candA = c.ID
			}
		}
	}
	now := time.Now()
	if e.session, err = st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: "Thi", BlueprintID: loadtest.Blueprint,
		CohortID: &e.cohort, Opens: now.Add(-time.Hour), Closes: now.Add(time.Hour)}, now); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().GetContext(ctx, &e.media, `SELECT sha256 FROM bank_media LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if th == (web.Throttle{}) {
		th = web.Throttle{Window: time.Minute, SlowAfter: 50, Delay: time.Millisecond, LockAfter: 100, IPSlowAfter: 1000}
	}
	e.echo, err = web.New(web.Deps{Store: st, Catalog: testCatalog, Templates: testTemplates, Files: webfiles.FS, Version: "matrix", BcryptCost: testCost,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Throttle: th})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(e.echo)
	t.Cleanup(e.srv.Close)

	logins := map[who]string{candA: "cand-a", candB: "cand-b", teacher: "teacher", boardOwn: "hp-board", boardOther: "xk-board", admin: "admin"}
	for w, name := range logins {
		e.clients[w] = e.login(w, name)
	}
	e.clients[anon] = e.newClient(anon)
	e.clients[anon].token = e.clients[anon].csrf("/login")

	a := e.clients[candA]
	r := a.do("POST", fmt.Sprintf("/candidate/exams/%d/start", e.session), url.Values{"csrf": {a.token}})
	if e.attempt, err = strconv.ParseInt(strings.TrimPrefix(r.header.Get("Location"), "/candidate/exams/attempts/"), 10, 64); err != nil {
		t.Fatalf("start: %d %q", r.status, r.header.Get("Location"))
	}
	if e.grad, err = st.People.SaveGraduate(ctx, hp.ID, nil, mGraduate(progs[0].ID)); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *mEnv) newClient(w who) *mClient {
	jar, _ := cookiejar.New(nil)
	return &mClient{env: e, who: w, http: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (e *mEnv) login(w who, username string) *mClient {
	e.t.Helper()
	c := e.newClient(w)
	tok := c.csrf("/login")
	r := c.do("POST", "/login", url.Values{"csrf": {tok}, "username": {username}, "password": {mPassword}})
	if r.status != http.StatusSeeOther {
		e.t.Fatalf("login %s: %d %s", username, r.status, r.body)
	}
	c.token = tok
	return c
}

var mCSRF = regexp.MustCompile(`name="csrf-token" content="([^"]+)"`)

func (c *mClient) csrf(path string) string {
	c.env.t.Helper()
	r := c.do("GET", path, nil)
	m := mCSRF.FindStringSubmatch(r.body)
	if m == nil {
		c.env.t.Fatalf("no csrf token on %s (%d)", path, r.status)
	}
	return m[1]
}

// do sends a form (or nothing) and returns the answer without following
// redirects.
func (c *mClient) do(method, path string, form url.Values) mResp {
	c.env.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.env.srv.URL+path, body)
	if err != nil {
		c.env.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return c.send(req)
}

func (c *mClient) send(req *http.Request) mResp {
	c.env.t.Helper()
	r, err := c.http.Do(req)
	if err != nil {
		c.env.t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return mResp{r.StatusCode, r.Header, string(b)}
}

// path fills a route's parameters with ids of the fixture.
func (e *mEnv) path(route string) string {
	id := "1"
	switch {
	case strings.Contains(route, "/exams/attempts/:id"), strings.HasPrefix(route, "/api/exam/attempts/:id"):
		id = strconv.FormatInt(e.attempt, 10)
	case strings.HasPrefix(route, "/instructor/exams/:id"):
		id = strconv.FormatInt(e.session, 10)
	case strings.HasPrefix(route, "/board/candidates/:id"):
		id = strconv.FormatInt(e.candA, 10)
	case strings.HasPrefix(route, "/board/graduates/:id"):
		id = strconv.FormatInt(e.grad, 10)
	case strings.HasPrefix(route, "/instructor/classes/:id"):
		id = strconv.FormatInt(e.cohort, 10)
	case strings.HasPrefix(route, "/instructor/items/:id"), strings.HasPrefix(route, "/api/instructor/items/:id"):
		id = "r-choice-01"
	}
	var parts []string
	for _, p := range strings.Split(route, "/") {
		switch p {
		case ":id":
			p = id
		case ":attempt":
			p = strconv.FormatInt(e.attempt, 10)
		case ":session":
			p = strconv.FormatInt(e.session, 10)
		case ":pos", ":idx":
			p = "0"
		case ":play", ":take", ":set":
			p = "1"
		case ":sha256":
			p = e.media
		case ":code":
			p = "tcllct"
		case "*":
			p = "css/app.css"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "/")
}

// request makes the request a visitor of the page would send: with its
// CSRF token unless told not to.
// API calls carry what the page's script would send (an answer, a
// recording), so a refusal is about who asks, not a malformed body.
func (c *mClient) request(method, path string, withToken bool) mResp {
	c.env.t.Helper()
	var body io.Reader
	ctype := "application/x-www-form-urlencoded"
	form := url.Values{}
	if withToken && c.token != "" {
		form.Set("csrf", c.token)
	}
	switch {
	case method == http.MethodGet:
	case method == http.MethodPut && strings.Contains(path, "/recordings/"):
		body, ctype = strings.NewReader(string(loadtest.WAV(1))), "audio/wav"
	case strings.Contains(path, "/flags/"):
		body, ctype = strings.NewReader(`{"flagged":true}`), "application/json"
	case strings.HasSuffix(path, "/answers"):
		body, ctype = strings.NewReader(`{"pos":0,"rev":99,"response":{"choices":["a"],"text":"x"}}`), "application/json"
	default:
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.env.srv.URL+path, body)
	if err != nil {
		c.env.t.Fatal(err)
	}
	if method != http.MethodGet {
		req.Header.Set("Content-Type", ctype)
		if withToken && c.token != "" {
			req.Header.Set("X-CSRF-Token", c.token)
		}
	}
	return c.send(req)
}

func roleOf(w who) account.Role {
	switch w {
	case candA, candB:
		return account.RoleCandidate
	case teacher:
		return account.RoleInstructor
	case boardOwn, boardOther:
		return account.RoleBoard
	case admin:
		return account.RoleAdmin
	}
	return ""
}

// routeKeys lists the app's routes as matrix keys, leaving out the
// not-found routes Echo adds for groups with middleware.
func routeKeys(e *echo.Echo) []string {
	var keys []string
	for _, r := range e.Routes() {
		if r.Method == echo.RouteNotFound || strings.HasPrefix(r.Name, "github.com/labstack/echo") {
			continue
		}
		keys = append(keys, r.Method+" "+r.Path)
	}
	sort.Strings(keys)
	return keys
}

// ---------------------------------------------------------------- tests

// TestRouteRoleMatrix opens every route as every kind of visitor. The
// expected answer: a visitor without the role gets 403 (a page) when signed
// in, the login page (GET) or 401 (API, forms) when not; one with the role
// is never refused; another candidate's attempt and another province's
// people are not found (404).
func TestRouteRoleMatrix(t *testing.T) {
	t.Parallel()
	e := newMatrixEnv(t, web.Throttle{})
	keys := routeKeys(e.echo)
	seen := map[string]bool{}
	for _, k := range keys {
		seen[k] = true
		if _, ok := matrix[k]; !ok {
			t.Errorf("route %s has no line in the access matrix (internal/web/matrix_test.go)", k)
		}
	}
	for k := range matrix {
		if !seen[k] {
			t.Logf("matrix line %q names no route (yet)", k)
		}
	}
	order := []who{anon, candB, teacher, boardOther, boardOwn, admin, candA}
	var logouts []string
	checked := 0
	for _, k := range keys {
		acc, ok := matrix[k]
		if !ok {
			continue
		}
		method, route, _ := strings.Cut(k, " ")
		if route == "/logout" {
			logouts = append(logouts, k)
			continue
		}
		path := e.path(route)
		for _, w := range order {
			c := e.clients[w]
			r := c.request(method, path, true)
			checked++
			want := expect(acc, w)
			if msg := want.check(r, method, path); msg != "" {
				t.Errorf("%s %s as %s: %s (body %.200q)", method, path, w, msg, r.body)
			}
		}
	}
	// Logging out ends each session (and sends to the login page): last.
	for _, w := range order {
		r := e.clients[w].request("POST", "/logout", true)
		switch {
		case w == anon && r.status != http.StatusUnauthorized:
			t.Errorf("POST /logout as %s: %d, want 401", w, r.status)
		case w != anon && (r.status != http.StatusSeeOther || r.header.Get("Location") != "/login"):
			t.Errorf("POST /logout as %s: %d to %q", w, r.status, r.header.Get("Location"))
		}
	}
	t.Logf("%d routes × %d visitors: %d requests", len(keys), len(order), checked)
}

type outcome struct {
	public   bool
	allowed  bool
	notFound bool // allowed to reach the handler, which must not find it
	login    bool // anonymous: sent to sign in
}

func expect(acc access, w who) outcome {
	switch {
	case acc.public:
		return outcome{allowed: true, public: true}
	case w == anon:
		return outcome{login: true}
	case acc.signedIn:
		return outcome{allowed: true}
	}
	for _, r := range acc.roles {
		if r == roleOf(w) {
			return outcome{allowed: true, notFound: acc.ownProvince && w == boardOther || acc.ownAttempt && w == candB}
		}
	}
	return outcome{}
}

func (o outcome) check(r mResp, method, path string) string {
	api := strings.HasPrefix(path, "/api/")
	switch {
	case r.status >= 500:
		return fmt.Sprintf("server error %d", r.status)
	case o.login && method == http.MethodGet && !api:
		if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login?next=") {
			return fmt.Sprintf("got %d to %q, want 303 to the login page", r.status, r.header.Get("Location"))
		}
	case o.login:
		if r.status != http.StatusUnauthorized {
			return fmt.Sprintf("got %d, want 401", r.status)
		}
	case o.notFound:
		if r.status != http.StatusNotFound {
			return fmt.Sprintf("got %d, want 404 (someone else's)", r.status)
		}
	case o.allowed:
		// A 403 for a reason of the exam (no plays left) is the handler's
		// answer, not a refusal of the role.
		refused := r.status == http.StatusUnauthorized ||
			r.status == http.StatusForbidden && (!strings.HasPrefix(r.body, "{") || strings.Contains(r.body, `"error.forbidden"`))
		if refused {
			return fmt.Sprintf("refused with %d", r.status)
		}
		if !o.public && r.status == http.StatusSeeOther && strings.HasPrefix(r.header.Get("Location"), "/login") {
			return "sent to the login page"
		}
	default:
		if r.status != http.StatusForbidden {
			return fmt.Sprintf("got %d, want 403", r.status)
		}
	}
	return ""
}

// TestEveryStateChangeNeedsCSRF: every POST, PUT and DELETE route refuses a
// request without the token, and one with another visitor's token, before
// anything happens; the answer is never a success.
func TestEveryStateChangeNeedsCSRF(t *testing.T) {
	t.Parallel()
	e := newMatrixEnv(t, web.Throttle{})
	foreign := e.clients[candB].token
	n := 0
	for _, k := range routeKeys(e.echo) {
		method, route, _ := strings.Cut(k, " ")
		if method == http.MethodGet || method == http.MethodHead {
			continue
		}
		acc := matrix[k]
		path := e.path(route)
		// The visitor who may use it: the check must hold for them.
		w := anon
		for _, cand := range []who{candA, teacher, boardOwn, admin} {
			if expect(acc, cand).allowed {
				w = cand
				break
			}
		}
		c := e.clients[w]
		r := c.request(method, path, false)
		if r.status != http.StatusBadRequest && r.status != http.StatusForbidden {
			t.Errorf("%s %s as %s without a CSRF token: %d", method, path, w, r.status)
		}
		req, _ := http.NewRequest(method, e.srv.URL+path, strings.NewReader(url.Values{"csrf": {foreign}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-CSRF-Token", foreign)
		if r := c.send(req); r.status != http.StatusForbidden && !(w == candB) {
			t.Errorf("%s %s as %s with another visitor's token: %d", method, path, w, r.status)
		}
		n++
	}
	if n < 30 {
		t.Fatalf("only %d state-changing routes checked", n)
	}
	// Nothing happened: candidate A's attempt has no answer and its first
	// section is still open.
	var saved, closed int
	e.st.DB().Get(&saved, `SELECT count(*) FROM exam_answers WHERE attempt_id = ?`, e.attempt)
	e.st.DB().Get(&closed, `SELECT count(*) FROM exam_sections WHERE attempt_id = ? AND closed_at IS NOT NULL`, e.attempt)
	if saved != 0 || closed != 0 {
		t.Errorf("requests without a token changed the attempt: %d answers, %d sections closed", saved, closed)
	}
	t.Logf("%d state-changing routes refuse a missing or foreign token", n)
}

func mGraduate(programmeID int64) readiness.Graduate {
	return readiness.Graduate{NameLo: "ບຸນມີ", NameLatin: "Bounmy Keomany", ProgrammeID: programmeID, Course: "Lớp Lào khoá 3",
		GraduationYear: 2023, Result: "kha", PositionBefore: "Phó trưởng phòng", PositionAfter: "Trưởng phòng", Use: "promoted"}
}
