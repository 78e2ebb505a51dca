package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"hocviet/internal/demo"
)

// Issue 15 point 4 through the pages: the schedule form proposes a strong
// code and refuses a short one; a candidate who guesses is told to wait.

var codeFieldRe = regexp.MustCompile(`id="s-code" value="([^"]*)"`)

func TestScheduleProposesAStrongAccessCode(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	seen := map[string]bool{}
	for i := 0; i < 5; i++ {
		m := codeFieldRe.FindStringSubmatch(e.teacher.get("/instructor/exams").body)
		if m == nil {
			t.Fatal("no access code field on the schedule form")
		}
		if !regexp.MustCompile(`^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$`).MatchString(m[1]) {
			t.Errorf("proposed code %q: want 6 characters of the unambiguous alphabet", m[1])
		}
		seen[m[1]] = true
	}
	if len(seen) < 4 {
		t.Errorf("5 forms proposed only %d different codes", len(seen))
	}
	now := time.Now().In(time.FixedZone("ICT", 7*3600))
	r := e.teacher.do("POST", "/instructor/exams?lang=en", url.Values{"csrf": {e.teacher.token("/instructor/exams")}, "title": {"Thi"},
		"blueprint": {"exam-short"}, "usernames": {"k5-01"}, "opens": {now.Format("2006-01-02T15:04")},
		"closes": {now.Add(time.Hour).Format("2006-01-02T15:04")}, "code": {"123"}, "gap": {"1.5"}}, nil)
	if r.status != http.StatusBadRequest || !strings.Contains(r.body, "at least 6 characters") {
		t.Errorf("a 3-character code: %d, want 400 saying at least 6 characters", r.status)
	}
}

func TestAccessCodeGuessesAreToldToWait(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c := e.client()
	c.login("k5-03", demo.Password)
	tok := c.token("/candidate/exams")
	var last string
	for i := 0; i < 6; i++ {
		r := c.do("POST", fmt.Sprintf("/candidate/exams/%d/start", e.session), url.Values{"csrf": {tok}, "code": {fmt.Sprintf("%03d", i)}}, nil)
		last = r.header.Get("Location")
	}
	if !strings.Contains(last, "error=code_wait") {
		t.Fatalf("6th wrong code sent to %q, want error=code_wait", last)
	}
	if page := c.get(last + "&lang=en"); !strings.Contains(page.body, "Too many wrong access codes") {
		t.Error("the wait is not explained")
	}
}

// TestExamImageOnlyOfTheRunningSection (issue 15 point 10): the image
// endpoint served any image of any item of the attempt, in any section and
// after submission. The test bank has no images, so a reading item (second
// section) is given one.
func TestExamImageOnlyOfTheRunningSection(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	var pos, version int64
	if err := e.store.DB().QueryRow(`SELECT pos, version_id FROM exam_form_items WHERE attempt_id = ? AND section_idx = 1 ORDER BY pos LIMIT 1`, id).Scan(&pos, &version); err != nil {
		t.Fatal(err)
	}
	// Versions are immutable by trigger; this test database may bend that.
	// Decoded versions are cached by content hash, so the hash changes with
	// the content, as in a real new version.
	if _, err := e.store.DB().Exec(`DROP TRIGGER bank_item_versions_immutable`); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.DB().Exec(`UPDATE bank_item_versions SET content = json_set(content, '$.media."pic.png"', (SELECT min(sha256) FROM bank_media)),
		content_hash = 'with-pic-' || content_hash WHERE id = ?`, version); err != nil {
		t.Fatal(err)
	}
	img := fmt.Sprintf("/candidate/exams/attempts/%d/image/%d?key=pic.png", id, pos)
	finish := func(section int) {
		if r := c.api("POST", fmt.Sprintf("/api/exam/attempts/%d/sections/%d/finish", id, section), tok, nil); r.status != 200 {
			t.Fatalf("finish %d: %d", section, r.status)
		}
		c.get(fmt.Sprintf("/candidate/exams/attempts/%d", id)) // the next section starts when shown
	}
	if r := c.get(img); r.status == http.StatusOK {
		t.Errorf("an image of the next section during the first: 200")
	}
	finish(0)
	if r := c.get(img); r.status != http.StatusOK {
		t.Errorf("the image during its own section: %d", r.status)
	}
	finish(1)
	if r := c.get(img); r.status == http.StatusOK {
		t.Errorf("the image after its section: 200")
	}
	finish(2)
	finish(3)
	if r := c.get(img); r.status == http.StatusOK {
		t.Errorf("the image after submission: 200")
	}
}
