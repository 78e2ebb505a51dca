package web_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"hocviet/internal/demo"
	"hocviet/internal/placement"
)

// A finished placement test shows on the candidate's home page as "Bậc N
// (range)" per skill and in the instructor's class view; the question page
// carries one question and no key.
func TestPlacementShownOnHomeAndClassView(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	u, err := e.store.Accounts.UserByUsername(ctx, "k5-01")
	if err != nil {
		t.Fatal(err)
	}
	id, err := e.store.Placement.StartPlacement(ctx, u.ID, 7, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for i, r := range []placement.Result{
		{Skill: "listening", Theta: 0.2, SE: 0.4, Level: 3, Lo: 3, Hi: 3, Items: 15, Reason: "max_items", At: now},
		{Skill: "reading", Theta: 0.6, SE: 0.5, Level: 4, Lo: 3, Hi: 4, Items: 15, Reason: "max_items", At: now},
		{Skill: "writing", Theta: -1, SE: 0.45, Level: 2, Lo: 2, Hi: 2, Items: 12, Reason: "max_items", At: now},
	} {
		if err := e.store.Placement.SavePlacementResult(ctx, id, r, i == 2, now); err != nil {
			t.Fatal(err)
		}
	}
	c := e.client()
	c.login("k5-01", demo.Password)
	home := c.get("/candidate?lang=vi")
	sec := home.body[strings.Index(home.body, `id="home-placement"`):]
	sec = sec[:strings.Index(sec, "</section>")]
	for _, want := range []string{"Bậc 3", "Bậc 4 (trong khoảng Bậc 3 – Bậc 4)", "Bậc 2"} {
		if !strings.Contains(sec, want) {
			t.Errorf("home placement lacks %q:\n%s", want, sec)
		}
	}
	// The placement sets "my level" in practice (practice.MyLevel): reading
	// was placed at Bậc 4 whatever practice said before.
	ch := c.get("/candidate/practice?lang=vi")
	if !regexp.MustCompile(`id="skill-reading"[^>]*>\s*<span>[^<]*</span> <span class="muted">\(bậc của bạn: 4\)`).MatchString(ch.body) {
		t.Errorf("practice chooser does not take reading's level from the placement test")
	}
	p, err := e.store.People.CandidateByUser(ctx, u.ID)
	if err != nil || p.CohortID == nil {
		t.Fatalf("k5-01's class: %v", err)
	}
	teacher := e.client()
	teacher.login("giangvien", demo.Password)
	cv := teacher.get(fmt.Sprintf("/instructor/classes/%d?lang=vi", *p.CohortID))
	if !strings.Contains(cv.body, `<td class="placement">3 · 4 (3–4) · 2</td>`) {
		t.Errorf("class view lacks k5-01's placement")
	}

	// A new test: its page holds one question of the listening part and no
	// answer key.
	r := c.do("POST", "/candidate/placement", map[string][]string{"csrf": {c.token("/candidate/placement")}}, nil)
	if r.status != 303 {
		t.Fatalf("start: %d %s", r.status, r.body)
	}
	q := c.get(r.header.Get("Location") + "?lang=vi")
	if q.status != 200 || strings.Count(q.body, `id="item-form"`) != 1 || !strings.Contains(q.body, `data-skill="listening"`) {
		t.Fatalf("question page: %d", q.status)
	}
	for _, leak := range []string{`"correct"`, "correct=", "accept", "transcript"} {
		if strings.Contains(q.body, leak) {
			t.Errorf("question page carries %q", leak)
		}
	}
}
