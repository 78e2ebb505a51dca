package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"hocviet/internal/demo"
)

// Accounts in the browser: the admin adds, resets, closes and reopens
// accounts and makes backups; a new account's first login with its
// activation code; everyone changes their own password; the board resets
// its candidates.

var codeRe = regexp.MustCompile(`id="activation-code">([^<]+)<`)

func shownCode(t *testing.T, r resp) string {
	t.Helper()
	m := codeRe.FindStringSubmatch(r.body)
	if r.status != http.StatusOK || m == nil {
		t.Fatalf("no activation code shown: %d %.400s", r.status, r.body)
	}
	return m[1]
}

func (c *client) post(t *testing.T, page, path string, form url.Values) resp {
	t.Helper()
	if form == nil {
		form = url.Values{}
	}
	form.Set("csrf", rdToken(t, c, page))
	return c.do("POST", path+"?lang=en", form, nil)
}

func acctLogin(t *testing.T, e *env, username, password string) *client {
	t.Helper()
	c := e.client()
	if r := c.login(username, password); r.status != http.StatusSeeOther {
		t.Fatalf("login %s: %d", username, r.status)
	}
	return c
}

func TestAdminAccountsAndActivation(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	adm := acctLogin(t, e, "admin", demo.Password)
	// One anonymous visitor for the failed logins: the public pages are
	// rate-limited per address, and every test client is 127.0.0.1.
	anon := e.client()
	anonTok := anon.csrf()
	tryLogin := func(username, password string) resp {
		return anon.do("POST", "/login?lang=en", url.Values{"csrf": {anonTok}, "username": {username}, "password": {password}}, nil)
	}

	home := adm.get("/admin?lang=en")
	schema, err := e.store.Schema(ctx)
	if err != nil || schema.Current < 7 {
		t.Fatalf("schema %+v %v: the accounts migration (00007) is not applied", schema, err)
	}
	for _, want := range []string{`id="info-version">test<`, fmt.Sprintf(`id="info-schema">%d<`, schema.Current), " MB<", `id="info-last-backup">none yet<`, `id="create-form"`} {
		if !strings.Contains(home.body, want) {
			t.Errorf("admin page lacks %q", want)
		}
	}

	// Adding: a board account needs a province; a taken name is refused
	// without saying whose it is; a candidate is not made here.
	for _, tt := range []struct {
		form url.Values
		want string
	}{
		{url.Values{"role": {"board"}, "username": {"xk-board"}}, "A board account needs a province."},
		{url.Values{"role": {"instructor"}, "username": {"houaphanh"}}, "This username cannot be used: choose another."},
		{url.Values{"role": {"candidate"}, "username": {"someone"}}, "Choose instructor, board or administrator."},
		{url.Values{"role": {"instructor"}, "username": {"a b"}}, "A username has 3 to 40 characters"},
	} {
		r := adm.post(t, "/admin", "/admin/users", tt.form)
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, tt.want) {
			t.Errorf("%v: %d, want 422 with %q", tt.form, r.status, tt.want)
		}
	}
	code := shownCode(t, adm.post(t, "/admin", "/admin/users", url.Values{"role": {"board"}, "username": {"xk-board"},
		"name": {"Khamla"}, "province": {"xiengkhouang"}}))
	u, err := e.store.Accounts.UserByUsername(ctx, "xk-board")
	if err != nil || u.ProvinceID == nil || u.Role != "board" {
		t.Fatalf("created %+v %v", u, err)
	}

	// First login: the code opens the "choose a password" form, not a session.
	nc := e.client()
	r := nc.login("xk-board", strings.ToLower(code))
	if r.status != http.StatusOK || !strings.Contains(r.body, `id="activate-form"`) {
		t.Fatalf("login with code: %d", r.status)
	}
	tok := csrfRe.FindStringSubmatch(r.body)[1]
	if r := nc.get("/board"); r.status != http.StatusSeeOther {
		t.Fatalf("signed in before choosing a password: %d", r.status)
	}
	activate := func(pw, confirm string) resp {
		return nc.do("POST", "/login/activate?lang=en", url.Values{"csrf": {tok}, "username": {"xk-board"}, "code": {code},
			"password": {pw}, "confirm": {confirm}}, nil)
	}
	for _, tt := range []struct{ pw, confirm, want string }{
		{"password123", "password123", "most common passwords"},
		{"xk-board is me", "xk-board is me", "must not contain your username"},
		{"short", "short", "at least 10 characters"},
		{"a long new password", "a long new passw0rd", "are not the same"},
	} {
		if r := activate(tt.pw, tt.confirm); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, tt.want) {
			t.Errorf("activate with %q: %d, want 422 %q", tt.pw, r.status, tt.want)
		}
	}
	if r := activate("ຫົວພັນ ແຂວງງາມ", "ຫົວພັນ ແຂວງງາມ"); r.status != http.StatusSeeOther || r.header.Get("Location") != "/board" {
		t.Fatalf("activate: %d %q", r.status, r.header.Get("Location"))
	}
	if r := nc.get("/board"); r.status != http.StatusOK {
		t.Fatalf("after activation: %d", r.status)
	}
	if r := activate("another long pw", "another long pw"); r.status != http.StatusUnauthorized {
		t.Fatalf("the code worked twice: %d", r.status)
	}
	if r := tryLogin("xk-board", code); r.status != http.StatusUnauthorized {
		t.Fatalf("login with a used code: %d", r.status)
	}

	// Closing: refused without confirmation; then the session ends and
	// login is refused.
	path := fmt.Sprintf("/admin/users/%d/disabled", u.ID)
	if r := adm.post(t, "/admin", path, url.Values{"disabled": {"1"}}); r.status != http.StatusBadRequest {
		t.Fatalf("disable without confirm: %d", r.status)
	}
	if r := adm.post(t, "/admin", path, url.Values{"disabled": {"1"}, "confirm": {"yes"}}); r.status != http.StatusSeeOther {
		t.Fatalf("disable: %d", r.status)
	}
	if r := nc.get("/board"); r.status != http.StatusSeeOther {
		t.Fatalf("a disabled account's session lives on: %d", r.status)
	}
	if r := tryLogin("xk-board", "ຫົວພັນ ແຂວງງາມ"); r.status != http.StatusUnauthorized {
		t.Fatalf("a disabled account logged in: %d", r.status)
	}
	if r := adm.get("/admin?lang=en"); !strings.Contains(r.body, `id="user-xk-board"`) || !strings.Contains(r.body, ">disabled<") {
		t.Fatal("the list does not show the account as disabled")
	}
	// Candidates are found by search, not listed by the thousand.
	if r := adm.get("/admin?lang=en"); strings.Contains(r.body, `id="user-k5-01"`) || !strings.Contains(r.body, "46 candidate accounts are not listed") {
		t.Fatal("the staff list shows candidates")
	}
	// Typed without marks, as on a keyboard without Vietnamese input.
	if r := adm.get("/admin?lang=en&q=le+thi+huong"); !strings.Contains(r.body, `id="user-giangvien"`) || strings.Contains(r.body, `id="user-giangvien2"`) {
		t.Error("admin search does not ignore Vietnamese marks")
	}
	if r := adm.get("/admin?lang=en&q=K5-0"); !strings.Contains(r.body, `id="user-k5-01"`) || strings.Contains(r.body, `id="user-admin"`) {
		t.Fatal("search does not find the candidate (or finds others)")
	}
	if r := adm.post(t, "/admin", path, url.Values{"disabled": {"0"}, "confirm": {"yes"}}); r.status != http.StatusSeeOther {
		t.Fatalf("enable: %d", r.status)
	}
	// Resetting: the password stops working, a new code works.
	code2 := shownCode(t, adm.post(t, "/admin", fmt.Sprintf("/admin/users/%d/reset", u.ID), url.Values{"confirm": {"yes"}}))
	if code2 == code {
		t.Fatal("the reset gave the same code")
	}
	// This test's throttle locks after 4 failures, which it has made by now.
	e.store.Accounts.ClearLoginFailures(ctx, "xk-board")
	if r := tryLogin("xk-board", "ຫົວພັນ ແຂວງງາມ"); r.status != http.StatusUnauthorized {
		t.Fatalf("the old password works after a reset: %d", r.status)
	}
	if r := tryLogin("xk-board", code2); r.status != http.StatusOK || !strings.Contains(r.body, `id="activate-form"`) {
		t.Fatalf("the new code: %d", r.status)
	}
	var audited int
	e.store.DB().Get(&audited, `SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = ? AND action IN ('create', 'activate', 'disable', 'enable', 'reset')`, u.ID)
	if audited != 5 {
		t.Fatalf("%d audit entries, want 5", audited)
	}

	// Backups: made, listed, downloaded; only names of the folder.
	if r := adm.post(t, "/admin", "/admin/backups", nil); r.status != http.StatusSeeOther {
		t.Fatalf("backup: %d", r.status)
	}
	home = adm.get("/admin?lang=en")
	m := regexp.MustCompile(`href="/admin/backups/(hocviet-[0-9-]+\.db)"`).FindStringSubmatch(home.body)
	if m == nil || strings.Contains(home.body, `id="info-last-backup">none yet<`) {
		t.Fatalf("backup not listed:\n%s", home.body)
	}
	// Asked for gzip as a browser asks, the backup still comes as it is:
	// resumable with Range, and no core held for seconds compressing media.
	if r := adm.do("GET", "/admin/backups/"+m[1], nil, map[string]string{"Accept-Encoding": "gzip"}); r.status != http.StatusOK ||
		!strings.HasPrefix(r.body, "SQLite format 3") || r.header.Get("Content-Encoding") != "" {
		t.Fatalf("download: %d %q %.20q", r.status, r.header.Get("Content-Encoding"), r.body)
	}
	for _, bad := range []string{"..%2Fweb.db", "web.db", "hocviet-1.db"} {
		if r := adm.get("/admin/backups/" + bad); r.status != http.StatusNotFound {
			t.Errorf("backup %q: %d", bad, r.status)
		}
	}
}

func TestChangeOwnPassword(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	here := acctLogin(t, e, "giangvien", demo.Password)
	there := acctLogin(t, e, "giangvien", demo.Password)
	change := func(old, pw, confirm string) resp {
		return here.post(t, "/account/password", "/account/password", url.Values{"old": {old}, "password": {pw}, "confirm": {confirm}})
	}
	if r := change("not my password", "a new long password", "a new long password"); r.status != http.StatusUnprocessableEntity ||
		!strings.Contains(r.body, "The current password is wrong.") {
		t.Fatalf("wrong old password: %d", r.status)
	}
	if r := change(demo.Password, "qwerty123456", "qwerty123456"); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("common password: %d", r.status)
	}
	if r := change(demo.Password, "a new long password", "a new long password"); r.status != http.StatusSeeOther {
		t.Fatalf("change: %d", r.status)
	}
	if r := here.get("/account/password?done=1&lang=en"); r.status != http.StatusOK || !strings.Contains(r.body, `id="password-done"`) {
		t.Fatalf("this session after the change: %d", r.status)
	}
	if r := there.get("/instructor"); r.status != http.StatusSeeOther {
		t.Fatalf("the other session lives on: %d", r.status)
	}
	if r := e.client().login("giangvien", demo.Password); r.status != http.StatusUnauthorized {
		t.Fatalf("old password: %d", r.status)
	}
	acctLogin(t, e, "giangvien", "a new long password")
	// Every role reaches the page from the header.
	if r := acctLogin(t, e, "k5-01", demo.Password).get("/candidate"); !strings.Contains(r.body, `href="/account/password"`) {
		t.Fatal("no link to the password page")
	}
}

func TestBoardResetsOwnCandidate(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	u, err := e.store.Accounts.UserByUsername(ctx, "k5-01")
	if err != nil {
		t.Fatal(err)
	}
	cand, err := e.store.People.CandidateByUser(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	student := acctLogin(t, e, "k5-01", demo.Password)
	board := acctLogin(t, e, "houaphanh", demo.Password)
	edit := fmt.Sprintf("/board/candidates/%d/edit", cand.ID)
	if r := board.get(edit + "?lang=en"); !strings.Contains(r.body, `id="reset-form"`) {
		t.Fatal("no reset button on the candidate's page")
	}
	reset := fmt.Sprintf("/board/candidates/%d/reset", cand.ID)
	if r := board.post(t, edit, reset, nil); r.status != http.StatusBadRequest {
		t.Fatalf("reset without confirm: %d", r.status)
	}
	code := shownCode(t, board.post(t, edit, reset, url.Values{"confirm": {"yes"}}))
	if r := student.get("/candidate"); r.status != http.StatusSeeOther {
		t.Fatalf("the candidate's session survived the reset: %d", r.status)
	}
	if r := e.client().login("k5-01", demo.Password); r.status != http.StatusUnauthorized {
		t.Fatalf("old password after reset: %d", r.status)
	}
	if r := e.client().login("k5-01", code); r.status != http.StatusOK || !strings.Contains(r.body, `id="activate-form"`) {
		t.Fatalf("code after reset: %d", r.status)
	}
	// The candidate's history on the board's page shows the reset, by whom.
	if r := board.get(edit + "?lang=en"); !strings.Contains(r.body, "houaphanh · Password reset (new activation code)") {
		t.Fatal("the reset is not in the candidate's history")
	}
}
