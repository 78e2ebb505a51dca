package web_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

// examEnv is the web app with the exam test bank and one session for the
// demo class, scheduled through the instructor's form.
type examEnv struct {
	*env
	teacher *client
	session int64
}

func newExamEnv(t *testing.T) *examEnv {
	t.Helper()
	ctx := context.Background()
	// Built without the demo: the exam's tests need only its own little
	// bank, a class and an instructor, and should not wait on the demo's.
	st, err := store.Open(filepath.Join(t.TempDir(), "exam.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load("../exam/testdata/bank")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, b, "test", nil); err != nil {
		t.Fatal(err)
	}
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cohort, err := st.People.CreateCohort(ctx, prov.ID, progs[0].ID, demo.CohortName, "2026-09-05")
	if err != nil {
		t.Fatal(err)
	}
	hash, err := account.HashPasswordCost(demo.Password, testCost)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"giangvien", "k5-01", "k5-02", "k5-03"} {
		u := &account.User{Username: name, PasswordHash: hash, Role: account.RoleInstructor}
		if strings.HasPrefix(name, "k5-") {
			u.Role, u.ProvinceID = account.RoleCandidate, &prov.ID
		}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if u.Role == account.RoleCandidate {
			if err := st.People.InsertCandidate(ctx, &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort,
				NameLo: "ສົມພອນ", NameLatin: "Somphone " + name, DateOfBirth: "1984-03-01", Gender: "male", PlanningStatus: "planned"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	h, err := web.New(web.Deps{Store: st, Catalog: testCatalog, Templates: testTemplates, Files: webfiles.FS, Version: "test", BcryptCost: testCost,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	e := &env{t: t, srv: srv, store: st}

	teacher := e.client()
	teacher.login("giangvien", demo.Password)
	tok := teacher.token("/instructor/exams")
	zone := time.FixedZone("ICT", 7*3600)
	now := time.Now().In(zone)
	r := teacher.do("POST", "/instructor/exams", url.Values{"csrf": {tok}, "title": {"Thi thử"}, "blueprint": {"exam-short"},
		"cohort": {strconv.FormatInt(cohort, 10)}, "opens": {now.Add(-time.Hour).Format("2006-01-02T15:04")},
		"closes": {now.Add(time.Hour).Format("2006-01-02T15:04")}, "code": {"K5-2026"}, "gap": {"1.5"}}, nil)
	if r.status != http.StatusSeeOther {
		t.Fatalf("schedule: %d %s", r.status, r.body)
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(r.header.Get("Location"), "/instructor/exams/"), 10, 64)
	if err != nil {
		t.Fatalf("schedule went to %q", r.header.Get("Location"))
	}
	return &examEnv{env: e, teacher: teacher, session: id}
}

func (c *client) token(path string) string {
	c.env.t.Helper()
	r := c.get(path)
	m := csrfRe.FindStringSubmatch(r.body)
	if m == nil {
		c.env.t.Fatalf("no csrf token on %s (%d): %s", path, r.status, r.body)
	}
	return m[1]
}

func (c *client) api(method, path, tok string, body any) resp {
	c.env.t.Helper()
	var rd io.Reader
	h := map[string]string{"X-CSRF-Token": tok}
	switch b := body.(type) {
	case nil:
	case []byte:
		rd = strings.NewReader(string(b))
		h["Content-Type"] = "audio/wav"
	default:
		j, _ := json.Marshal(b)
		rd = strings.NewReader(string(j))
		h["Content-Type"] = "application/json"
	}
	req, err := http.NewRequest(method, c.env.srv.URL+path, rd)
	if err != nil {
		c.env.t.Fatal(err)
	}
	for k, v := range h {
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

// start signs a candidate in and starts the session, returning the attempt
// id and the first page.
func (e *examEnv) start(username string) (*client, int64, resp) {
	e.t.Helper()
	c := e.client()
	c.login(username, demo.Password)
	tok := c.token("/candidate/exams")
	r := c.do("POST", fmt.Sprintf("/candidate/exams/%d/start", e.session), url.Values{"csrf": {tok}, "code": {"K5-2026"}}, nil)
	loc := r.header.Get("Location")
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/candidate/exams/attempts/"), 10, 64)
	if r.status != http.StatusSeeOther || err != nil {
		e.t.Fatalf("start: %d to %q", r.status, loc)
	}
	page := c.get(loc + "?lang=vi")
	if page.status != 200 {
		e.t.Fatalf("exam page: %d %s", page.status, page.body)
	}
	return c, id, page
}

var posRe = regexp.MustCompile(`class="exam-item" id="item-(\d+)" data-pos="\d+" data-type="([a-z_]+)"`)

// secrets are what the candidate must not see before submission: keys,
// accepted answers, transcripts, rubric names.
var secrets = []string{`"correct"`, "correct=", `"accept"`, "Chào chị. Hôm nay tôi đi chợ mua rau", "transcript",
	"học sinh", "t-writing", "t-speaking", "Hoàn thành nhiệm vụ", `"answer"`, "rubric"}

func noSecrets(t *testing.T, where, body string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(body, s) {
			t.Errorf("%s leaks %q", where, s)
		}
	}
}

func testWAV(seconds float64) []byte {
	n := int(seconds * 16000)
	b := make([]byte, 44+2*n)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], 16000)
	binary.LittleEndian.PutUint32(b[28:], 32000)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(2*n))
	return b
}

// TestExamNeverShowsKeysBeforeSubmission walks a whole attempt through the
// real router and checks every page and API answer on the way.
func TestExamNeverShowsKeysBeforeSubmission(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	for section := 0; section < 4; section++ {
		noSecrets(t, fmt.Sprintf("section %d page", section), page.body)
		tok := csrfRe.FindStringSubmatch(page.body)[1]
		items := posRe.FindAllStringSubmatch(page.body, -1)
		if len(items) == 0 {
			t.Fatalf("section %d: no items\n%s", section, page.body)
		}
		for _, m := range items {
			pos, _ := strconv.Atoi(m[1])
			var r resp
			switch m[2] {
			case "choice", "true_false":
				if section == 0 {
					r = c.api("POST", fmt.Sprintf("%s/audio/%d/play", base, pos), tok, nil)
					noSecrets(t, "play", r.body)
					if r.status != 200 {
						t.Fatalf("play: %d %s", r.status, r.body)
					}
				}
				r = c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": 1, "response": map[string]any{"choices": []string{"a"}}})
			case "respond":
				r = c.api("POST", fmt.Sprintf("%s/recordings/%d/takes", base, pos), tok, nil)
				noSecrets(t, "take", r.body)
				r = c.api("PUT", fmt.Sprintf("%s/recordings/%d/1", base, pos), tok, testWAV(1))
				if r.status != 200 {
					t.Fatalf("upload: %d %s", r.status, r.body)
				}
				bad := c.api("PUT", fmt.Sprintf("%s/recordings/%d/1", base, pos), tok, []byte("OggS not a wav"))
				if bad.status != http.StatusBadRequest {
					t.Fatalf("non-WAV upload: %d %s", bad.status, bad.body)
				}
			default:
				r = c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": 1, "response": map[string]any{"text": "xin chào", "gaps": []string{"x"}}})
			}
			noSecrets(t, m[2]+" save", r.body)
			if r.status != 200 {
				t.Fatalf("save %s: %d %s", m[2], r.status, r.body)
			}
		}
		st := c.api("GET", base+"/state", tok, nil)
		noSecrets(t, "state", st.body)
		r := c.api("POST", fmt.Sprintf("%s/sections/%d/finish", base, section), tok, nil)
		if r.status != 200 {
			t.Fatalf("finish %d: %d %s", section, r.status, r.body)
		}
		page = c.get(fmt.Sprintf("/candidate/exams/attempts/%d", id))
	}
	if !strings.Contains(page.body, `id="exam-done"`) {
		t.Fatalf("after the last section: %s", page.body)
	}
	noSecrets(t, "done page", page.body)
	if r := c.get(fmt.Sprintf("/candidate/exams/attempts/%d/result", id)); r.status != http.StatusNotFound {
		t.Fatalf("result before release: %d", r.status)
	}
	// The score log reads in the instructor's language.
	log := e.teacher.get(fmt.Sprintf("/instructor/exams/attempts/%d/log?lang=vi", id))
	if log.status != 200 || !strings.Contains(log.body, "Chấm tự động khi nộp bài") || strings.Contains(log.body, "exam.reason.") {
		t.Fatalf("score log: %d\n%s", log.status, log.body)
	}
}

func TestExamAPIRevisionsAndClosedSection(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c, id, page := e.start("k5-01")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	tok := csrfRe.FindStringSubmatch(page.body)[1]
	items := posRe.FindAllStringSubmatch(page.body, -1)
	var pos int
	for _, m := range items {
		if m[2] == "dictation" {
			pos, _ = strconv.Atoi(m[1])
		}
	}
	save := func(rev int, text string) map[string]any {
		r := c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": rev, "response": map[string]any{"text": text}})
		if r.status != 200 {
			t.Fatalf("save rev %d: %d %s", rev, r.status, r.body)
		}
		var out map[string]any
		json.Unmarshal([]byte(r.body), &out)
		return out
	}
	if r := save(3, "học"); r["applied"] != true {
		t.Fatalf("rev 3: %v", r)
	}
	if r := save(2, "hoc"); r["applied"] != false || r["rev"] != float64(3) {
		t.Fatalf("stale rev 2: %v", r)
	}
	page = c.get(fmt.Sprintf("/candidate/exams/attempts/%d", id))
	if !strings.Contains(page.body, `data-rev="3"`) || !strings.Contains(page.body, ">học</textarea>") {
		t.Fatal("reload does not show the saved answer and its revision")
	}
	// Without the CSRF header the save is refused.
	if r := c.api("POST", base+"/answers", "", map[string]any{"pos": pos, "rev": 9, "response": map[string]any{"text": "x"}}); r.status != http.StatusBadRequest && r.status != http.StatusForbidden {
		t.Fatalf("save without csrf: %d", r.status)
	}
	// Play limit: two plays, then 409.
	var play int
	for _, m := range items {
		if m[2] == "choice" {
			play, _ = strconv.Atoi(m[1])
		}
	}
	for i := 1; i <= 3; i++ {
		r := c.api("POST", fmt.Sprintf("%s/audio/%d/play", base, play), tok, nil)
		if i <= 2 && r.status != 200 || i == 3 && r.status != http.StatusConflict {
			t.Fatalf("play %d: %d %s", i, r.status, r.body)
		}
		if i == 2 {
			var p struct{ URL string }
			json.Unmarshal([]byte(r.body), &p)
			if a := c.get(p.URL); a.status != 200 || !strings.HasPrefix(a.body, "RIFF") || a.header.Get("Content-Type") != "audio/wav" {
				t.Fatalf("audio: %d %s", a.status, a.header.Get("Content-Type"))
			}
		}
	}
	// Finish the section: later saves to it are refused with 409.
	if r := c.api("POST", base+"/sections/0/finish", tok, nil); r.status != 200 {
		t.Fatalf("finish: %d", r.status)
	}
	time.Sleep(20 * time.Millisecond)
	_, err := e.store.DB().Exec(`UPDATE exam_sessions SET grace_ms = 0`)
	if err != nil {
		t.Fatal(err)
	}
	r := c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": 4, "response": map[string]any{"text": "late"}})
	if r.status != http.StatusConflict || !strings.Contains(r.body, "exam.err.section_closed") {
		t.Fatalf("save to a closed section: %d %s", r.status, r.body)
	}
}

// TestExamOtherCandidatesAttemptIsNotFound: candidate B knows A's attempt
// id and tries every route with it.
func TestExamOtherCandidatesAttemptIsNotFound(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	_, id, page := e.start("k5-01")
	pos := posRe.FindStringSubmatch(page.body)[1]
	b := e.client()
	b.login("k5-02", demo.Password)
	tok := b.token("/candidate/exams")
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	for _, tc := range []struct {
		method, path string
		body         any
	}{
		{"GET", fmt.Sprintf("/candidate/exams/attempts/%d", id), nil},
		{"GET", fmt.Sprintf("/candidate/exams/attempts/%d/result", id), nil},
		{"GET", base + "/state", nil},
		{"POST", base + "/answers", map[string]any{"pos": 0, "rev": 99, "response": map[string]any{"choices": []string{"a"}}}},
		{"POST", base + "/sections/0/finish", nil},
		{"POST", base + "/audio/" + pos + "/play", nil},
		{"GET", base + "/audio/" + pos + "/1", nil},
		{"POST", base + "/recordings/6/takes", nil},
		{"PUT", base + "/recordings/6/1", testWAV(1)},
		{"GET", base + "/recordings/6", nil},
	} {
		r := b.api(tc.method, tc.path, tok, tc.body)
		if r.status != http.StatusNotFound && r.status != http.StatusForbidden {
			t.Errorf("%s %s by another candidate: %d %s", tc.method, tc.path, r.status, r.body)
		}
	}
	// The owner's answer is untouched.
	var n int
	e.store.DB().Get(&n, `SELECT count(*) FROM exam_answers WHERE attempt_id = ?`, id)
	if n != 0 {
		t.Fatalf("another candidate wrote %d answers", n)
	}
	// Candidates cannot open instructor pages; instructors cannot use the candidate API.
	if r := b.get("/instructor/grading"); r.status != http.StatusForbidden {
		t.Fatalf("candidate on grading: %d", r.status)
	}
	if r := e.teacher.api("GET", base+"/state", "", nil); r.status != http.StatusForbidden {
		t.Fatalf("instructor on candidate API: %d", r.status)
	}
}

func TestExamWrongAccessCode(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	c := e.client()
	c.login("k5-03", demo.Password)
	tok := c.token("/candidate/exams")
	r := c.do("POST", fmt.Sprintf("/candidate/exams/%d/start", e.session), url.Values{"csrf": {tok}, "code": {"nope"}}, nil)
	if r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "error=access_code") {
		t.Fatalf("wrong code: %d %q", r.status, r.header.Get("Location"))
	}
	if page := c.get(r.header.Get("Location") + "&lang=en"); !strings.Contains(page.body, "Wrong access code.") {
		t.Fatal("wrong code not explained")
	}
	var n int
	e.store.DB().Get(&n, `SELECT count(*) FROM exam_attempts`)
	if n != 0 {
		t.Fatal("an attempt was started with a wrong code")
	}
}

func TestExamInstructorPagesRender(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	e.start("k5-01")
	for _, p := range []string{"/instructor/exams", fmt.Sprintf("/instructor/exams/%d", e.session), "/instructor/grading",
		"/instructor/exams/regrade", "/instructor/exams/regrade?item=t-r-tf"} {
		for _, l := range []string{"vi", "lo", "en"} {
			r := e.teacher.get(p + sep(p) + "lang=" + l)
			if r.status != 200 || strings.Contains(r.body, "exam.") && regexp.MustCompile(`>exam\.[a-z_.]+<`).MatchString(r.body) {
				t.Errorf("%s (%s): %d, or an untranslated key", p, l, r.status)
			}
		}
	}
	r := e.teacher.get(fmt.Sprintf("/instructor/exams/%d?lang=vi", e.session))
	if !strings.Contains(r.body, "1/3 thí sinh đã bắt đầu") {
		t.Errorf("started count missing")
	}
	if !strings.Contains(r.body, "k5-01") || !strings.Contains(r.body, `data-status="in_progress"`) {
		t.Fatalf("session screen does not show the candidate in progress")
	}
}

func sep(p string) string {
	if strings.Contains(p, "?") {
		return "&"
	}
	return "?"
}

// TestExamEveryItemType sits the blueprint "exam-all" (tone pick, match,
// cloze, word order, adding marks, reading aloud) through the router: each
// type shows its widget, and the responses the page's script sends in each
// shape earn full marks.
func TestExamEveryItemType(t *testing.T) {
	t.Parallel()
	e := newExamEnv(t)
	ctx := context.Background()
	cs, _ := e.store.People.Cohorts(ctx)
	sid, err := e.store.Exams.CreateExamSession(ctx, store.NewExamSession{Title: "all", BlueprintID: "exam-all", CohortID: &cs[0].ID,
		Opens: time.Now().Add(-time.Hour), Closes: time.Now().Add(time.Hour)}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.login("k5-03", demo.Password)
	tok := c.token("/candidate/exams")
	r := c.do("POST", fmt.Sprintf("/candidate/exams/%d/start", sid), url.Values{"csrf": {tok}}, nil)
	loc := r.header.Get("Location")
	id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/candidate/exams/attempts/"), 10, 64)
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	widgets := map[string]string{
		"tone_pick":   `value="nang"`,
		"choice":      `type="radio" name="q`,
		"match":       `<select data-left="bố">`,
		"cloze":       `<select data-gap="1"`,
		"order_words": `class="tile" data-word="người"`,
		"add_marks":   `>hoc sinh</textarea>`,
		"read_aloud":  `class="exam-rec"`,
	}
	answers := map[string]map[string]any{
		"tone_pick":   {"choices": []string{"nang"}},
		"choice":      {"choices": []string{"a"}},
		"match":       {"pairs": map[string]string{"bố": "cha", "mẹ": "má"}},
		"cloze":       {"gaps": []string{"là"}},
		"order_words": {"words": []string{"tôi", "là", "người", "Lào"}},
		"add_marks":   {"text": "học sinh"},
	}
	for section := 0; section < 4; section++ {
		page := c.get(loc)
		items := posRe.FindAllStringSubmatch(page.body, -1)
		if len(items) == 0 {
			t.Fatalf("section %d shows no items:\n%s", section, page.body)
		}
		for _, m := range items {
			typ := m[2]
			if w := widgets[typ]; !strings.Contains(page.body, w) {
				t.Errorf("%s: no %s on the page", typ, w)
			}
			if typ == "read_aloud" {
				if !strings.Contains(page.body, "Xin chào các bạn.") {
					t.Error("read_aloud text not shown")
				}
				c.api("POST", fmt.Sprintf("%s/recordings/%s/takes", base, m[1]), tok, nil)
				if r := c.api("PUT", fmt.Sprintf("%s/recordings/%s/1", base, m[1]), tok, testWAV(2)); r.status != 200 {
					t.Fatalf("upload: %d %s", r.status, r.body)
				}
				continue
			}
			pos, _ := strconv.Atoi(m[1])
			if r := c.api("POST", base+"/answers", tok, map[string]any{"pos": pos, "rev": 1, "response": answers[typ]}); r.status != 200 {
				t.Fatalf("%s: %d %s", typ, r.status, r.body)
			}
		}
		if r := c.api("POST", fmt.Sprintf("%s/sections/%d/finish", base, section), tok, nil); r.status != 200 {
			t.Fatalf("finish: %d", r.status)
		}
	}
	var rows []struct {
		Item   string  `db:"item_id"`
		Points float64 `db:"points"`
		Max    float64 `db:"max"`
	}
	if err := e.store.DB().Select(&rows, `SELECT f.item_id, s.points, s.max FROM exam_item_scores s
		JOIN exam_form_items f ON f.attempt_id = s.attempt_id AND f.pos = s.pos WHERE s.attempt_id = ?`, id); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 {
		t.Fatalf("graded %d objective items, want 6", len(rows))
	}
	for _, r := range rows {
		if r.Points != r.Max {
			t.Errorf("%s: %v of %v", r.Item, r.Points, r.Max)
		}
	}
}
