package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"hocviet/internal/account"
	"hocviet/internal/demo"
)

// Issue 15 point 5: double marking is blind. Until a rater has submitted
// their own rating of a script they see neither the other ratings (score
// log) nor a code beside a name (session page); the session's manager sees
// the codes once marking is over.

var criterionRe = regexp.MustCompile(`name="(c_[a-z_]+)"`)

// sitWithEssay has a candidate sit the short exam, writing an essay, and
// returns the attempt id.
func (e *examEnv) sitWithEssay(username string) int64 {
	e.t.Helper()
	c, id, page := e.start(username)
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	for section := 0; section < 4; section++ {
		page := c.get(fmt.Sprintf("/candidate/exams/attempts/%d", id))
		for _, m := range posRe.FindAllStringSubmatch(page.body, -1) {
			if m[2] == "essay" {
				pos, _ := strconv.Atoi(m[1])
				r := c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": 1,
					"response": map[string]any{"text": "Gia đình tôi có bốn người: bố, mẹ, em gái và tôi."}})
				if r.status != 200 {
					e.t.Fatalf("essay: %d %s", r.status, r.body)
				}
			}
		}
		if r := c.api("POST", fmt.Sprintf("%s/sections/%d/finish", base, section), tok, nil); r.status != 200 {
			e.t.Fatalf("finish %d: %d %s", section, r.status, r.body)
		}
	}
	return id
}

// rater signs in a new instructor.
func (e *examEnv) rater(name string) *client {
	e.t.Helper()
	hash, err := account.HashPasswordCost(demo.Password, testCost)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.store.Accounts.CreateUser(context.Background(), &account.User{Username: name, PasswordHash: hash, Role: account.RoleInstructor}); err != nil {
		e.t.Fatal(err)
	}
	c := e.client()
	if r := c.login(name, demo.Password); r.status != http.StatusSeeOther {
		e.t.Fatalf("login %s: %d", name, r.status)
	}
	return c
}

// claim takes the writing script and returns the rating page's path.
func (e *examEnv) claim(c *client) string {
	e.t.Helper()
	r := c.do("POST", "/instructor/grading/claim", url.Values{"csrf": {c.token("/instructor/grading")},
		"session": {strconv.FormatInt(e.session, 10)}, "skill": {"writing"}}, nil)
	loc := r.header.Get("Location")
	if !strings.HasPrefix(loc, "/instructor/grading/ratings/") {
		e.t.Fatalf("claim: %d to %q", r.status, loc)
	}
	return loc
}

func (e *examEnv) rate(c *client, path, score string) {
	e.t.Helper()
	page := c.get(path)
	form := url.Values{"csrf": {csrfRe.FindStringSubmatch(page.body)[1]}}
	for _, m := range criterionRe.FindAllStringSubmatch(page.body, -1) {
		form.Set(m[1], score)
	}
	if r := c.do("POST", path, form, nil); r.status != http.StatusSeeOther {
		e.t.Fatalf("rate: %d %s", r.status, r.body)
	}
}

func TestDoubleMarkingIsBlind(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	attempt := e.sitWithEssay("k5-01")
	var code string
	if err := e.store.DB().Get(&code, `SELECT code FROM exam_attempts WHERE id = ?`, attempt); err != nil {
		t.Fatal(err)
	}
	first, second := e.rater("rater-one"), e.rater("rater-two")
	e.rate(first, e.claim(first), "6")
	holding := e.claim(second)

	logPath := fmt.Sprintf("/instructor/exams/attempts/%d/log?lang=en", attempt)
	sessionPath := fmt.Sprintf("/instructor/exams/%d", e.session)
	for _, tc := range []struct {
		who  string
		c    *client
		path string
		not  []string
	}{
		{"the second rater, holding the script", second, logPath, []string{"rater-one", `data-kind="rating"`, `"criteria"`, `data-kind="result"`}},
		{"the second rater, holding the script", second, sessionPath, []string{code}},
		{"the manager while marking is open", e.teacher, sessionPath, []string{code}},
		{"the manager while marking is open", e.teacher, logPath, []string{"rater-one", `data-kind="rating"`}},
	} {
		r := tc.c.get(tc.path)
		if r.status != 200 {
			t.Fatalf("%s on %s: %d", tc.who, tc.path, r.status)
		}
		for _, s := range tc.not {
			if strings.Contains(r.body, s) {
				t.Errorf("%s sees %q on %s", tc.who, s, tc.path)
			}
		}
	}
	if r := second.get(logPath); !strings.Contains(r.body, `id="log-hidden"`) {
		t.Error("the log does not say that lines are hidden")
	}
	if r := first.get(logPath); !strings.Contains(r.body, `data-kind="rating"`) {
		t.Error("the first rater does not see their own rating")
	}

	// Once the second rater has rated, the script is decided (6 and 6.5
	// are within the gap): the ratings show, and the manager sees codes.
	e.rate(second, holding, "6.5")
	if r := second.get(logPath); strings.Count(r.body, `data-kind="rating"`) != 2 || !strings.Contains(r.body, "rater-one") || !strings.Contains(r.body, `data-kind="result"`) {
		t.Errorf("after rating, the second rater does not see both ratings")
	}
	if r := e.teacher.get(sessionPath); !strings.Contains(r.body, code) {
		t.Errorf("the manager does not see the codes after marking")
	}
	if r := second.get(sessionPath); strings.Contains(r.body, code) {
		t.Errorf("a rater who is not the manager sees codes beside names")
	}
}
