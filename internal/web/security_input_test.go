package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Issue 15 point 9: small input faults answer 400 naming the field.

func TestRatingCriterionMustBeANumber(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	e.sitWithEssay("k5-01")
	r1 := e.rater("rater-one")
	path := e.claim(r1)
	page := r1.get(path)
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	crit := criterionRe.FindAllStringSubmatch(page.body, -1)
	for _, bad := range []string{"NaN", "nan", "Inf", "-Inf", "+Inf"} {
		form := url.Values{"csrf": {tok}}
		for _, m := range crit {
			form.Set(m[1], "6")
		}
		form.Set(crit[0][1], bad)
		r := r1.do("POST", path+"?lang=en", form, nil)
		name := strings.TrimPrefix(crit[0][1], "c_")
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, name+": type a number from 0 to 10.") {
			t.Errorf("criterion %s = %s: %d, want 400 naming %s", name, bad, r.status, name)
		}
	}
}

func TestPracticeCommentScoreMustBeANumber(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	a := e.client().prSignedIn("k5-01")
	set := a.prStartSet("writing", "1")
	// Long enough for the essay's minimum word count (short essays are refused).
	a.prPost(a.prPositionOf(set, "essay"), url.Values{"text": {strings.Repeat("Tôi là người Lào, tôi học tiếng Việt ở trường. ", 20)}})
	g := e.client().prSignedIn("giangvien")
	m := regexp.MustCompile(`href="(/instructor/practice/answers/\d+)"`).FindStringSubmatch(g.get("/instructor/practice").body)
	if m == nil {
		t.Fatal("no answer to review")
	}
	tok := csrfRe.FindStringSubmatch(g.get(m[1]).body)[1]
	for _, bad := range []string{"NaN", "Inf", "-Inf"} {
		r := g.do("POST", m[1]+"/comments?lang=en", url.Values{"csrf": {tok}, "body": {"Tốt."}, "score": {bad}}, nil)
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, "The score must be a number from 0 to 10.") {
			t.Errorf("score %s: %d, want 400 naming the score", bad, r.status)
		}
	}
}

// TestRevisionIsBounded: a revision near the int64 maximum was accepted and
// froze the answer (no later save could be newer).
func TestRevisionIsBounded(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	var pos int
	for _, m := range posRe.FindAllStringSubmatch(page.body, -1) {
		if m[2] == "dictation" {
			pos, _ = strconv.Atoi(m[1])
		}
	}
	base := fmt.Sprintf("/api/exam/attempts/%d/answers?lang=en", id)
	r := c.api("POST", base, tok, map[string]any{"pos": pos, "rev": int64(9223372036854775806), "response": map[string]any{"text": "x"}})
	if r.status != http.StatusBadRequest || !strings.Contains(r.body, "(rev)") {
		t.Errorf("rev near the int64 maximum: %d %s, want 400 naming rev", r.status, r.body)
	}
	r = c.api("POST", base, tok, map[string]any{"pos": pos, "rev": 2, "response": map[string]any{"text": "học"}})
	var out map[string]any
	json.Unmarshal([]byte(r.body), &out)
	if r.status != 200 || out["applied"] != true {
		t.Errorf("a normal save afterwards: %d %s", r.status, r.body)
	}
}
