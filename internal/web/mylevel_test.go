package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Issue 17.6: after 39 listening answers at level 2, under 60 % right, the
// home page, the chooser and the first speaking set all say level 2 (the
// walk-through saw "–", "your level: 2" and a speaking set at level 1).
func TestMyLevelIsOneRuleEverywhere(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	ctx := context.Background()
	db := e.store.DB()
	var user, version int64
	if err := db.Get(&user, `SELECT id FROM users WHERE username = 'k5-01'`); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&version, `SELECT id FROM bank_item_versions WHERE skill = 'listening' LIMIT 1`); err != nil {
		t.Fatalf("a listening item version: %v", err)
	}
	now := time.Now().UTC()
	res, err := db.ExecContext(ctx, `INSERT INTO practice_sets (user_id, skill, level, created_at) VALUES (?, 'listening', 2, ?)`,
		user, now.Format(time.RFC3339))
	if err != nil {
		t.Fatal(err)
	}
	set, _ := res.LastInsertId()
	for i := 1; i <= 39; i++ {
		pts := 0.0
		if i%2 == 0 {
			pts = 1 // 19 of 39 right: under 60 %
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO practice_set_items (set_id, position, version_id, item_id) VALUES (?, ?, ?, ?)`,
			set, i, version, "x"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO practice_answers (user_id, set_id, position, version_id, item_id, skill, level, type,
			points, max_points, verdict, scored, answered_at) VALUES (?, ?, ?, ?, ?, 'listening', 2, 'choice', ?, 1, 'x', 1, ?)`,
			user, set, i, version, "it-"+string(rune('a'+i)), pts, now.Add(time.Duration(i)*time.Second).Format(time.RFC3339)); err != nil {
			t.Fatal(err)
		}
	}
	c := e.client().prSignedIn("k5-01")
	home := c.get("/candidate?lang=en").body
	if m := regexp.MustCompile(`(?s)skill-listening.*?class="skill-level">([^<]*)<`).FindStringSubmatch(home); m == nil || m[1] != "Level 2" {
		t.Fatalf("home page listening level: %v, want Level 2", m)
	}
	chooser := c.get("/candidate/practice?lang=en").body
	for _, skill := range []string{"listening", "speaking"} {
		re := regexp.MustCompile(`(?s)value="` + skill + `".*?\(your level: (\d)\)`)
		if m := re.FindStringSubmatch(chooser); m == nil || m[1] != "2" {
			t.Errorf("chooser, %s: %v, want your level: 2", skill, m)
		}
	}
	r := c.prPost("/candidate/practice", url.Values{"skill": {"speaking"}, "level": {"my"}, "topic": {"practest"}})
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/candidate/practice/") {
		t.Fatalf("start speaking: %d %q", r.status, r.header.Get("Location"))
	}
	var level int
	if err := db.Get(&level, `SELECT level FROM practice_sets WHERE user_id = ? AND skill = 'speaking'`, user); err != nil || level != 2 {
		t.Fatalf("first speaking set at level %d (%v), want 2", level, err)
	}
}

// Issue 17.8: a wrong answer in reading or listening names the correct
// answer and shows the explanation in the reader's language.
func TestPracticeWrongAnswerNamesTheCorrectOne(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	set := c.prStartSet("reading", "1")
	for _, tc := range []struct {
		typ, wrong string
		want       []string
	}{
		{"choice", "a", []string{"Tám giờ", "ຂໍ້ຄວາມບອກວ່າ"}},
		{"true_false", "true", []string{"ຜິດ"}},
	} {
		item := c.prPositionOf(set, tc.typ)
		c.prPost(item, url.Values{"choice": {tc.wrong}})
		r := c.get(item + "?lang=lo")
		m := regexp.MustCompile(`(?s)id="correct-answer">(.*?)</p>.*?(?:id="explanation">(.*?)</p>)?`).FindStringSubmatch(r.body)
		if !strings.Contains(r.body, `data-verdict="wrong"`) || m == nil {
			t.Fatalf("%s: no correct answer after a wrong one:\n%s", tc.typ, r.body)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.body[strings.Index(r.body, `id="result"`):], w) {
				t.Errorf("%s: the result lacks %q", tc.typ, w)
			}
		}
	}
	// A right answer needs no correction.
	set = c.prStartSet("reading", "1")
	item := c.prPositionOf(set, "true_false")
	c.prPost(item, url.Values{"choice": {"false"}})
	if r := c.get(item); strings.Contains(r.body, `id="correct-answer"`) {
		t.Error("a right answer is corrected")
	}
}

// Issue 17.9: a practice essay below the minimum is refused with the
// reason, and its text is kept as the draft.
func TestPracticeShortEssayRefusedAndKept(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	set := c.prStartSet("writing", "1")
	essay := c.prPositionOf(set, "essay")
	r := c.prPost(essay, url.Values{"text": {"Tôi là Somphone."}})
	if r.status != http.StatusSeeOther || !strings.HasSuffix(r.header.Get("Location"), "?short=3") {
		t.Fatalf("short essay: %d to %q", r.status, r.header.Get("Location"))
	}
	page := c.get(r.header.Get("Location") + "&lang=lo")
	if !strings.Contains(page.body, `id="essay-short"`) || !strings.Contains(page.body, "ມີ 3 ຄຳ") || !strings.Contains(page.body, "ຢ່າງໜ້ອຍ 5 ຄຳ") {
		t.Fatalf("no reason for the refusal:\n%s", page.body)
	}
	if !strings.Contains(page.body, ">Tôi là Somphone.</textarea>") {
		t.Fatal("the refused essay's text is lost")
	}
	if strings.Contains(page.body, `data-verdict="pending"`) {
		t.Fatal("the short essay was taken as an answer")
	}
}

// Issue 17.9: the vocabulary settings link keeps its "=".
func TestVocabSettingsLinkIsNotEscaped(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	r := c.get("/candidate/vocab/review?dir=vi-lo&level=2")
	m := regexp.MustCompile(`id="vocab-settings"|href="(/candidate/vocab\?[^"]*)" id="vocab-settings"`).FindStringSubmatch(r.body)
	if m == nil || m[1] == "" {
		t.Skipf("no settings link on the review page (%d)", r.status)
	}
	if strings.Contains(m[1], "%3d") || !strings.Contains(m[1], "dir=vi-lo") {
		t.Fatalf("settings link %q", m[1])
	}
}

// Issue 17.9: the progress chart's hover labels are in the page language.
func TestProgressChartLabelsTranslated(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	set := c.prStartSet("reading", "1")
	c.prPost(c.prPositionOf(set, "true_false"), url.Values{"choice": {"false"}})
	page := c.get("/candidate/progress?lang=lo").body
	m := regexp.MustCompile(`<circle class="dot skill-reading"[^>]*><title>([^<]*)</title>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no dot on the chart:\n%s", page)
	}
	if strings.Contains(m[1], "reading") || !strings.Contains(m[1], "ອາທິດ") || !strings.Contains(m[1], "100%") {
		t.Fatalf("hover label %q", m[1])
	}
}
