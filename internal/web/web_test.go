package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/demo"
	"hocviet/internal/lang"
	"hocviet/internal/store"
	"hocviet/internal/testexit"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

type env struct {
	t     *testing.T
	srv   *httptest.Server
	store *store.Store
}

var demoTemplate string

// The translations and the parsed pages, loaded once: every server of the
// tests shares them (they never change), where each used to load its own,
// seconds under -race.
var (
	testCatalog   *lang.Catalog
	testTemplates *web.Templates
)

// testCost is the bcrypt cost of every password hash the tests make, the
// demo's included: the cost is stored in the hash and every login pays it,
// and at the default 10 under -race the logins were much of the run.
const testCost = bcrypt.MinCost

// TestMain builds the demo database once; each test works on a copy.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hocviet-web-")
	if err != nil {
		panic(err)
	}
	demoTemplate, err = demo.SharedTemplate(context.Background(), dir, demo.Options{BcryptCost: testCost})
	if err == nil {
		testCatalog, err = lang.Load(webfiles.FS, "i18n")
	}
	if err == nil {
		testTemplates, err = web.LoadTemplates(webfiles.FS)
	}
	if err != nil {
		os.RemoveAll(dir)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	testexit.Exit(code)
}

func newEnv(t *testing.T) *env {
	t.Helper()
	path := filepath.Join(t.TempDir(), "web.db")
	if err := demo.CopyTo(demoTemplate, path); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e, err := web.New(web.Deps{Store: st, Catalog: testCatalog, Templates: testTemplates, Files: webfiles.FS, Version: "test", BcryptCost: testCost,
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Throttle: web.Throttle{Window: time.Minute, SlowAfter: 2, Delay: time.Millisecond, LockAfter: 4, IPSlowAfter: 100}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return &env{t: t, srv: srv, store: st}
}

// client is a browser-like visitor: it keeps cookies, does not follow
// redirects (tests check where they point).
type client struct {
	env  *env
	http *http.Client
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{env: e, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

type resp struct {
	status int
	header http.Header
	body   string
}

func (c *client) do(method, path string, form url.Values, header map[string]string) resp {
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
	for k, v := range header {
		req.Header.Set(k, v)
	}
	r, err := c.http.Do(req)
	if err != nil {
		c.env.t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return resp{r.StatusCode, r.Header, string(b)}
}

func (c *client) get(path string) resp { return c.do("GET", path, nil, nil) }

var csrfRe = regexp.MustCompile(`name="csrf-token" content="([^"]+)"`)

// csrf fetches a page and returns its CSRF token.
func (c *client) csrf() string {
	c.env.t.Helper()
	r := c.get("/login")
	m := csrfRe.FindStringSubmatch(r.body)
	if m == nil {
		c.env.t.Fatalf("no csrf token on /login: %s", r.body)
	}
	return m[1]
}

func (c *client) login(username, password string) resp {
	c.env.t.Helper()
	return c.do("POST", "/login", url.Values{"csrf": {c.csrf()}, "username": {username}, "password": {password}}, nil)
}

func TestEachRoleLandsOnItsHome(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, l := range demo.Logins {
		t.Run(string(l.Role), func(t *testing.T) {
			c := e.client()
			r := c.login(l.Username, demo.Password)
			if r.status != http.StatusSeeOther || r.header.Get("Location") != l.Role.Home() {
				t.Fatalf("login: %d to %q, want 303 to %s", r.status, r.header.Get("Location"), l.Role.Home())
			}
			home := c.get(l.Role.Home())
			if home.status != 200 || !strings.Contains(home.body, `id="home-title"`) {
				t.Fatalf("home: %d\n%s", home.status, home.body)
			}
			if r := c.get("/"); r.header.Get("Location") != l.Role.Home() {
				t.Fatalf("/ sends %s to %q", l.Role, r.header.Get("Location"))
			}
		})
	}
}

func TestRolesCannotOpenOtherRolesPages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	homes := []string{"/candidate", "/instructor", "/board", "/admin"}
	for _, l := range demo.Logins {
		c := e.client()
		c.login(l.Username, demo.Password)
		for _, h := range homes {
			want := http.StatusForbidden
			if h == l.Role.Home() {
				want = http.StatusOK
			}
			if r := c.get(h + "?lang=en"); r.status != want {
				t.Errorf("%s GET %s: got %d, want %d", l.Role, h, r.status, want)
			} else if want == http.StatusForbidden && !strings.Contains(r.body, "You do not have access to this page.") {
				t.Errorf("%s GET %s: 403 page not translated:\n%s", l.Role, h, r.body)
			}
		}
	}
	anon := e.client()
	for _, h := range homes {
		r := anon.get(h)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != "/login?next="+url.QueryEscape(h) {
			t.Errorf("anonymous GET %s: %d to %q", h, r.status, r.header.Get("Location"))
		}
	}
}

func TestLoginNextStaysOnSiteAndInRole(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	tok := c.csrf()
	r := c.do("POST", "/login", url.Values{"csrf": {tok}, "username": {"houaphanh"}, "password": {demo.Password}, "next": {"//evil.example/board"}}, nil)
	if loc := r.header.Get("Location"); loc != "/board" {
		t.Fatalf("next to another site: redirected to %q", loc)
	}
}

func TestWrongPasswordIsTranslatedAndThrottled(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	msgs := map[string]string{"en": "Wrong username or password.", "vi": "Tên đăng nhập hoặc mật khẩu không đúng.", "lo": "ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ."}
	for l, want := range msgs {
		c.get("/login?lang=" + l)
		r := c.login("k5-02", "wrong password")
		if r.status != http.StatusUnauthorized || !strings.Contains(r.body, want) {
			t.Fatalf("%s: status %d, body lacks %q", l, r.status, want)
		}
	}
	// Three failures so far; the test throttle locks at four.
	c.get("/login?lang=en")
	c.login("k5-02", "wrong again")
	r := c.login("k5-02", demo.Password)
	if r.status != http.StatusTooManyRequests || !strings.Contains(r.body, "Too many failed sign-ins") {
		t.Fatalf("locked account: got %d\n%s", r.status, r.body)
	}
	// Another account from the same address is not locked.
	if r := c.login("k5-03", demo.Password); r.status != http.StatusSeeOther {
		t.Fatalf("other account: got %d", r.status)
	}
}

func TestCSRFRequired(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.get("/login")
	r := c.do("POST", "/login", url.Values{"username": {"admin"}, "password": {demo.Password}}, nil)
	if r.status != http.StatusBadRequest && r.status != http.StatusForbidden {
		t.Fatalf("login without csrf: got %d", r.status)
	}
	r = c.do("POST", "/login", url.Values{"csrf": {"forged"}, "username": {"admin"}, "password": {demo.Password}}, nil)
	if r.status != http.StatusForbidden {
		t.Fatalf("login with forged csrf: got %d", r.status)
	}
}

func TestLanguageChoice(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	// Accept-Language decides when nothing else does.
	r := c.do("GET", "/login", nil, map[string]string{"Accept-Language": "lo-LA,lo;q=0.9"})
	if !strings.Contains(r.body, `<html lang="lo"`) || !strings.Contains(r.body, "ເຂົ້າສູ່ລະບົບ") {
		t.Fatalf("Accept-Language lo not honoured")
	}
	// Nothing at all: Vietnamese.
	if r := e.client().get("/login"); !strings.Contains(r.body, `<html lang="vi"`) {
		t.Fatalf("default is not Vietnamese")
	}
	// ?lang= wins and is remembered over Accept-Language.
	c.get("/login?lang=en")
	r = c.do("GET", "/login", nil, map[string]string{"Accept-Language": "lo"})
	if !strings.Contains(r.body, `<html lang="en"`) {
		t.Fatalf("?lang=en not remembered")
	}
	// A signed-in user's choice is stored on the account too.
	c.login("giangvien", demo.Password)
	c.get("/instructor?lang=lo")
	u, err := e.store.Accounts.UserByUsername(context.Background(), "giangvien")
	if err != nil || u.Lang != "lo" {
		t.Fatalf("account language: %q %v", u.Lang, err)
	}
	// A bad value is ignored, not an error.
	if r := c.get("/instructor?lang=xx"); r.status != 200 || !strings.Contains(r.body, `<html lang="lo"`) {
		t.Fatalf("?lang=xx: %d", r.status)
	}
}

func TestBoardSeesOnlyOwnProvince(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	vt, _ := e.store.People.ProvinceByCode(ctx, "vientiane")
	outsider := &account.User{Username: "board-vt", Role: account.RoleBoard, ProvinceID: &vt.ID}
	outsider.PasswordHash, _ = account.HashPasswordCost(demo.Password, testCost)
	if err := e.store.Accounts.CreateUser(ctx, outsider); err != nil {
		t.Fatal(err)
	}
	own := e.client()
	own.login("houaphanh", demo.Password)
	r := own.get("/board?lang=en")
	// The 46 of the class; the 153 graduates of the demo's pilot sat form A
	// for its calibration but are not candidates for sending (pilot_only).
	if want := "46 candidates"; !strings.Contains(r.body, want) || !strings.Contains(r.body, "ສົມພອນ") {
		t.Fatalf("Houaphanh board does not see its %s", want)
	}
	if n := fmt.Sprintf("%d candidates", 46+demo.PilotSize); strings.Contains(r.body, n) {
		t.Fatalf("Houaphanh board counts the pilot's graduates: %s", n)
	}
	other := e.client()
	other.login("board-vt", demo.Password)
	r = other.get("/board?lang=en")
	if !strings.Contains(r.body, "0 candidates") || strings.Contains(r.body, "ສົມພອນ") {
		t.Fatalf("Vientiane board sees Houaphanh candidates")
	}
}

func TestLogout(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.login("admin", demo.Password)
	if r := c.get("/admin"); r.status != 200 {
		t.Fatal("not signed in")
	}
	page := c.get("/admin")
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	if r := c.do("POST", "/logout", url.Values{"csrf": {tok}}, nil); r.status != http.StatusSeeOther {
		t.Fatalf("logout: %d", r.status)
	}
	if r := c.get("/admin"); r.status != http.StatusSeeOther {
		t.Fatalf("after logout /admin: %d", r.status)
	}
}

func TestIMEPreference(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.login("k5-01", demo.Password)
	page := c.get("/candidate")
	if !strings.Contains(page.body, `data-ime="telex"`) {
		t.Fatal("default input method is not telex")
	}
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	if r := c.do("POST", "/prefs/ime", url.Values{"mode": {"vni"}}, map[string]string{"X-CSRF-Token": tok}); r.status != http.StatusNoContent {
		t.Fatalf("set ime: %d %s", r.status, r.body)
	}
	if r := c.do("POST", "/prefs/ime", url.Values{"mode": {"qwerty"}}, map[string]string{"X-CSRF-Token": tok}); r.status != http.StatusBadRequest {
		t.Fatalf("bad ime mode: %d", r.status)
	}
	if page := c.get("/candidate"); !strings.Contains(page.body, `data-ime="vni"`) {
		t.Fatal("input method not remembered")
	}
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.client().get("/healthz")
	var body struct {
		Status        string `json:"status"`
		SchemaVersion int64  `json:"schema_version"`
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || r.status != 200 {
		t.Fatalf("healthz: %d %s", r.status, r.body)
	}
	if body.Status != "ok" || body.SchemaVersion < 1 {
		t.Fatalf("healthz body: %+v", body)
	}
	e.store.Close()
	if r := e.client().get("/healthz"); r.status != http.StatusServiceUnavailable {
		t.Fatalf("healthz with closed database: %d", r.status)
	}
}

func TestStaticFilesAreHashedAndCached(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	page := c.get("/login")
	m := regexp.MustCompile(`href="(/static/css/app\.[0-9a-f]{8}\.css)"`).FindStringSubmatch(page.body)
	if m == nil {
		t.Fatalf("no hashed stylesheet link in page")
	}
	r := c.get(m[1])
	if r.status != 200 || !strings.Contains(r.header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(r.header.Get("Content-Type"), "text/css") {
		t.Fatalf("static: %d %v", r.status, r.header)
	}
	if r := c.get("/static/css/app.00000000.css"); r.status != 404 {
		t.Fatalf("wrong hash: %d", r.status)
	}
	if strings.Contains(page.body, "http://") || strings.Contains(page.body, "https://") {
		t.Fatalf("page refers to an external URL")
	}
}

func TestErrorsAsJSONUnderAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.client().do("GET", "/api/nothing", nil, map[string]string{"Accept-Language": "en"})
	if r.status != 404 || !strings.Contains(r.body, `"message":"Page not found."`) {
		t.Fatalf("api 404: %d %s", r.status, r.body)
	}
	r = e.client().get("/nothing?lang=lo")
	if r.status != 404 || !strings.Contains(r.body, "ບໍ່ພົບໜ້ານີ້") {
		t.Fatalf("html 404: %d %s", r.status, r.body)
	}
}
