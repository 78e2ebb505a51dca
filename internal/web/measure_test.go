package web_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"hocviet/internal/demo"
)

// The demo's pilot session shows its statistics to an instructor: skills
// with alpha, the weak item flagged, rater pairs, one Wright map per skill,
// in every language and as CSV / XLSX.
func TestExamStatsPage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var sid int64
	if err := e.store.DB().Get(&sid, `SELECT id FROM exam_sessions WHERE title = ?`, demo.PilotTitle); err != nil {
		t.Fatal(err)
	}
	teacher := e.client()
	teacher.login("giangvien", demo.Password)
	base := fmt.Sprintf("/instructor/exams/%d/stats", sid)
	untranslated := regexp.MustCompile(`>measure\.[a-z_.]+<`)
	for _, l := range []string{"vi", "lo", "en"} {
		r := teacher.get(base + "?lang=" + l)
		if r.status != 200 || untranslated.MatchString(r.body) {
			t.Fatalf("%s: %d, or an untranslated key", l, r.status)
		}
	}
	r := teacher.get(base + "?lang=en")
	for _, want := range []string{`id="skill-stats"`, `data-skill="speaking"`, `id="item-stats"`, `flag-negative_discrimination`,
		`flag-key_suspect`, `id="rater-stats"`, `id="wright-listening"`, `id="wright-reading"`, `<circle class="item`, `<rect class="person"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("stats page lacks %s", want)
		}
	}
	if n := strings.Count(r.body, `<tr id="item-`); n < 50 {
		t.Errorf("%d item rows, want the whole form", n)
	}
	// The session page links to it.
	if s := teacher.get(fmt.Sprintf("/instructor/exams/%d", sid)); !strings.Contains(s.body, base) {
		t.Error("session page does not link to its statistics")
	}
	csv := teacher.get(base + "/export?format=csv")
	if csv.status != 200 || !strings.HasPrefix(csv.body, "\ufeffitem_id,version_id,skill") || strings.Count(csv.body, "\n") < 50 {
		t.Errorf("csv export: %d %.80q", csv.status, csv.body)
	}
	if x := teacher.get(base + "/export?format=xlsx"); x.status != 200 || !strings.HasPrefix(x.body, "PK") {
		t.Errorf("xlsx export: %d", x.status)
	}
	if bad := teacher.get(base + "/export?format=pdf"); bad.status != 400 {
		t.Errorf("unknown format: %d, want 400", bad.status)
	}
	// A candidate may not see it.
	cand := e.client()
	cand.login("k5-01", demo.Password)
	if c := cand.get(base); c.status == 200 {
		t.Errorf("a candidate opened the statistics: %d", c.status)
	}
}

// The board's list marks near by the test's error and says so in words.
func TestBoardListErrorBand(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	board := e.client()
	board.login("houaphanh", demo.Password)
	for lang, words := range map[string]string{"en": "within the test&#39;s margin of error; retest advised",
		"vi": "nằm trong sai số của bài thi; nên thi lại", "lo": "ແນະນຳໃຫ້ສອບເສັງຄືນ"} {
		r := board.get("/board/eligibility?lang=" + lang)
		if r.status != 200 {
			t.Fatalf("%s: %d", lang, r.status)
		}
		if !strings.Contains(r.body, words) {
			t.Errorf("%s: no reason says the cut lies within the margin of error", lang)
		}
	}
}

// The candidate's result page shows the level with its range.
func TestResultShowsLevelRange(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var id int64
	if err := e.store.DB().Get(&id, `SELECT a.id FROM exam_attempts a JOIN candidates c ON c.id = a.candidate_id
		JOIN users u ON u.id = c.user_id WHERE u.username = 'k5-01' AND a.released_at IS NOT NULL ORDER BY a.id DESC LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	cand := e.client()
	cand.login("k5-01", demo.Password)
	r := cand.get(fmt.Sprintf("/candidate/exams/attempts/%d/result?lang=en", id))
	if r.status != 200 || !strings.Contains(r.body, `id="level-range"`) || !strings.Contains(r.body, "Likely range: Bậc") {
		t.Errorf("result page: %d, no level range", r.status)
	}
}
