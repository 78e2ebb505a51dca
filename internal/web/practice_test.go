package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

const prBank = "../practice/testdata/practest"

// practiceEnv is a school of its own with the practice test bank only:
// the demo's banks change as they are written, and these tests look for
// particular items. Two candidates of one class and an instructor, with
// the demo's logins and password.
func practiceEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "practice.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load(prBank)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, b, "test", nil); err != nil {
		t.Fatal(err)
	}
	hash, err := account.HashPasswordCost(demo.Password, testCost)
	if err != nil {
		t.Fatal(err)
	}
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	cohort, err := st.People.CreateCohort(ctx, prov.ID, 1, demo.CohortName, "2025-09-01")
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"k5-01", "k5-02", "giangvien"} {
		u := &account.User{Username: name, Role: account.RoleCandidate, PasswordHash: hash}
		if name == "giangvien" {
			u.Role = account.RoleInstructor
		}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if u.Role == account.RoleCandidate {
			if err := st.People.InsertCandidate(ctx, &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort,
				NameLo: []string{"ສົມພອນ", "ບຸນມີ"}[i], NameLatin: []string{"Somphone", "Bounmy"}[i], DateOfBirth: "1985-01-01",
				Gender: "male", PlanningStatus: "none"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	e, err := web.New(web.Deps{Store: st, Catalog: testCatalog, Templates: testTemplates, Files: webfiles.FS, Version: "test", BcryptCost: testCost,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return &env{t: t, srv: srv, store: st}
}

func (c *client) prSignedIn(username string) *client {
	c.env.t.Helper()
	if r := c.login(username, demo.Password); r.status != http.StatusSeeOther {
		c.env.t.Fatalf("login %s: %d", username, r.status)
	}
	return c
}

// token reads the CSRF token of a page the client can open.
func (c *client) prToken(path string) string {
	c.env.t.Helper()
	m := csrfRe.FindStringSubmatch(c.get(path).body)
	if m == nil {
		c.env.t.Fatalf("no csrf token on %s", path)
	}
	return m[1]
}

func (c *client) prPost(path string, form url.Values) resp {
	c.env.t.Helper()
	form.Set("csrf", c.prToken("/candidate"))
	return c.do("POST", path, form, nil)
}

func (c *client) prRaw(method, path, contentType string, body []byte, header map[string]string) resp {
	c.env.t.Helper()
	req, err := http.NewRequest(method, c.env.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		c.env.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
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

// prStartSet starts a practice set of the test bank's items (the demo's
// own banks are there too) and returns its URL prefix.
func (c *client) prStartSet(skill, level string) string {
	c.env.t.Helper()
	r := c.prPost("/candidate/practice", url.Values{"skill": {skill}, "level": {level}, "topic": {"practest"}})
	loc := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !strings.HasSuffix(loc, "/1") {
		c.env.t.Fatalf("start %s set: %d %q\n%s", skill, r.status, loc, r.body)
	}
	return strings.TrimSuffix(loc, "/1")
}

// positionOf finds which position of a set holds an item type.
func (c *client) prPositionOf(set, typ string) string {
	c.env.t.Helper()
	for i := 1; i <= 10; i++ {
		r := c.get(fmt.Sprintf("%s/%d?lang=en", set, i))
		if r.status != 200 {
			break
		}
		if strings.Contains(r.body, `data-type="`+typ+`"`) {
			return fmt.Sprintf("%s/%d", set, i)
		}
	}
	c.env.t.Fatalf("no %s item in %s", typ, set)
	return ""
}

func TestPracticeWritingSetWithFeedback(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	if r := c.get("/candidate/practice?lang=en"); r.status != 200 || !strings.Contains(r.body, `id="practice-form"`) {
		t.Fatalf("chooser: %d", r.status)
	}
	set := c.prStartSet("writing", "1")

	// A typed gap: "Viet" for "Việt" is typed without marks, and the
	// feedback names the syllable in the reader's language.
	gap := c.prPositionOf(set, "gap_fill")
	if r := c.get(gap); !strings.Contains(r.body, `name="gap"`) || !strings.Contains(r.body, "data-vi") {
		t.Fatalf("gap field without data-vi:\n%s", r.body)
	}
	if r := c.prPost(gap, url.Values{"gap": {"Viêt"}}); r.status != http.StatusSeeOther || r.header.Get("Location") != strings.TrimPrefix(gap, "") {
		t.Fatalf("answer: %d %q", r.status, r.header.Get("Location"))
	}
	r := c.get(gap + "?lang=en")
	for _, want := range []string{`id="result"`, `data-verdict="tone"`, "Tone mark wrong", "0.5 / 1", "Viêt", "Việt", "missing nặng"} {
		if !strings.Contains(r.body, want) {
			t.Fatalf("gap feedback lacks %q:\n%s", want, r.body)
		}
	}
	// In Lao too.
	if r := c.get(gap + "?lang=lo"); !strings.Contains(r.body, "ຜິດເຄື່ອງໝາຍວັນນະຍຸດ") {
		t.Fatalf("Lao feedback missing")
	}
	// A second answer does not change the grade.
	c.prPost(gap, url.Values{"gap": {"Việt"}})
	if r := c.get(gap + "?lang=en"); !strings.Contains(r.body, `data-verdict="tone"`) {
		t.Fatal("second answer changed the grade")
	}

	order := c.prPositionOf(set, "order_words")
	c.prPost(order, url.Values{"word": {"tôi", "là", "học viên"}})
	if r := c.get(order + "?lang=en"); !strings.Contains(r.body, `data-verdict="correct"`) || !strings.Contains(r.body, "Tôi là học viên.") {
		t.Fatalf("order words feedback:\n%s", r.body)
	}

	// The essay: the draft endpoint counts words and flags bad syllables.
	essay := c.prPositionOf(set, "essay")
	parts := strings.Split(essay, "/")
	api := "/api" + essay + "/draft"
	tok := c.prToken(essay)
	d := c.do("POST", api, url.Values{"text": {"Tôi là ngưòi Lào, tôi hoc tiếng Vịêt xyzq."}}, map[string]string{"X-CSRF-Token": tok})
	var check struct {
		Words   int                     `json:"words"`
		Invalid []struct{ Text string } `json:"invalid"`
	}
	if err := json.Unmarshal([]byte(d.body), &check); err != nil || d.status != 200 {
		t.Fatalf("draft: %d %s", d.status, d.body)
	}
	// "Vịêt" is Việt with the mark misplaced, which is still a syllable;
	// "hoc" cannot end in c without sắc or nặng; "ngưòi" mixes ư and o.
	if check.Words != 9 || len(check.Invalid) != 3 || check.Invalid[0].Text != "ngưòi" || check.Invalid[1].Text != "hoc" || check.Invalid[2].Text != "xyzq" {
		t.Fatalf("draft check: %+v", check)
	}
	if r := c.get(essay); !strings.Contains(r.body, "xyzq") {
		t.Fatal("draft not restored on reload")
	}
	c.prPost(essay, url.Values{"text": {"Tôi là người Lào. Tôi học tiếng Việt ở Thanh Hoá."}})
	if r := c.get(essay + "?lang=en"); !strings.Contains(r.body, `data-verdict="pending"`) || !strings.Contains(r.body, "Waiting for an instructor") {
		t.Fatalf("essay after submit:\n%s", r.body)
	}

	// A level-2 item fills the set (one level off is allowed when the level
	// runs out): the old placement "khỏe" is as right as "khoẻ".
	marks := c.prPositionOf(set, "add_marks")
	c.prPost(marks, url.Values{"text": {"Sức khỏe"}})
	if r := c.get(marks + "?lang=en"); !strings.Contains(r.body, `data-verdict="correct"`) {
		t.Fatalf("add marks:\n%s", r.body)
	}

	// The set is done: the summary, the progress page and the home show it.
	sum := c.get(set + "?lang=en")
	if sum.status != 200 || !strings.Contains(sum.body, `id="summary-score"`) || !strings.Contains(sum.body, "83%") {
		t.Fatalf("summary: %d\n%s", sum.status, sum.body)
	}
	prog := c.get("/candidate/progress?lang=en")
	for _, want := range []string{"4 exercises answered in all", `class="dot skill-writing"`, "ngang instead of nặng", "Study"} {
		if !strings.Contains(prog.body, want) {
			t.Fatalf("progress lacks %q:\n%s", want, prog.body)
		}
	}
	home := c.get("/candidate?lang=en")
	if !strings.Contains(home.body, `id="next-step"`) || !strings.Contains(home.body, "83%") {
		t.Fatalf("home:\n%s", home.body)
	}
	_ = parts
}

func TestPracticeChoiceShowsCorrectOptionAndExplanation(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	set := c.prStartSet("listening", "1")
	item := c.prPositionOf(set, "choice")
	page := c.get(item)
	if !strings.Contains(page.body, `<audio controls`) || strings.Contains(page.body, "Tôi đến từ tỉnh Hủa Phăn.") {
		t.Fatalf("before answering: no audio, or the transcript shows:\n%s", page.body)
	}
	// Pick a wrong option: its id is whatever is not "a" (the correct one
	// is written first in the bank).
	c.prPost(item, url.Values{"choice": {"b"}})
	r := c.get(item + "?lang=lo")
	for _, want := range []string{`data-verdict="wrong"`, `class="option correct"`, `class="option wrong"`,
		"ຜູ້ເວົ້າເວົ້າວ່າ", "Tôi đến từ tỉnh Hủa Phăn."} {
		if !strings.Contains(r.body, want) {
			t.Fatalf("choice feedback lacks %q:\n%s", want, r.body)
		}
	}
}

func TestMediaIsServedWithRanges(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	set := c.prStartSet("listening", "1")
	page := c.get(c.prPositionOf(set, "dictation"))
	m := regexp.MustCompile(`src="(/media/[0-9a-f]{64})"`).FindStringSubmatch(page.body)
	if m == nil {
		t.Fatalf("no media URL:\n%s", page.body)
	}
	want, _ := os.ReadFile(filepath.Join(prBank, "audio", "l-dict-1.wav"))
	full := c.get(m[1])
	if full.status != 200 || full.body != string(want) || full.header.Get("Content-Type") != "audio/wav" ||
		!strings.Contains(full.header.Get("Cache-Control"), "immutable") {
		t.Fatalf("media: %d %v", full.status, full.header)
	}
	part := c.do("GET", m[1], nil, map[string]string{"Range": "bytes=0-11"})
	if part.status != http.StatusPartialContent || part.body != string(want[:12]) {
		t.Fatalf("range: %d %q", part.status, part.body)
	}
	if r := c.get("/media/" + strings.Repeat("0", 64)); r.status != 404 {
		t.Fatalf("unknown media: %d", r.status)
	}
	if r := e.client().get(m[1]); r.status != http.StatusSeeOther {
		t.Fatalf("anonymous media: %d", r.status)
	}
}

func TestSpeakingRecordingIsKeptAndPrivate(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	a := e.client().prSignedIn("k5-01")
	set := a.prStartSet("speaking", "1")
	item := set + "/1"
	wav, err := os.ReadFile(filepath.Join(prBank, "audio", "s-read-1.wav"))
	if err != nil {
		t.Fatal(err)
	}
	tok := a.prToken(item)
	if r := a.prRaw("POST", "/api"+item+"/recording", "audio/wav", []byte("not a wav at all, no RIFF header here....................."), map[string]string{"X-CSRF-Token": tok}); r.status != 400 {
		t.Fatalf("junk recording: %d %s", r.status, r.body)
	}
	r := a.prRaw("POST", "/api"+item+"/recording", "audio/wav", wav, map[string]string{"X-CSRF-Token": tok})
	if r.status != 200 {
		t.Fatalf("recording: %d %s", r.status, r.body)
	}
	page := a.get(item + "?lang=en")
	m := regexp.MustCompile(`src="(/candidate/recordings/\d+)"`).FindStringSubmatch(page.body)
	if m == nil || !strings.Contains(page.body, `id="model-audio"`) || !strings.Contains(page.body, `data-verdict="pending"`) {
		t.Fatalf("after recording:\n%s", page.body)
	}
	if !strings.Contains(page.body, `id="tone-heard"`) && !strings.Contains(page.body, `id="tone-none"`) {
		t.Fatal("no place for the tone feedback")
	}
	if got := a.get(m[1]); got.status != 200 || got.body != string(wav) {
		t.Fatalf("own recording: %d", got.status)
	}

	// Another candidate reaches none of it by id.
	b := e.client().prSignedIn("k5-02")
	if got := b.get(m[1]); got.status != 404 {
		t.Fatalf("another's recording: %d", got.status)
	}
	if got := b.get(item); got.status != 404 {
		t.Fatalf("another's practice item: %d", got.status)
	}
	if got := b.get(set); got.status != 404 {
		t.Fatalf("another's set: %d", got.status)
	}
	btok := b.prToken("/candidate")
	if got := b.prRaw("POST", "/api"+item+"/recording", "audio/wav", wav, map[string]string{"X-CSRF-Token": btok}); got.status != 404 {
		t.Fatalf("recording into another's set: %d", got.status)
	}
	if got := b.do("POST", "/api"+item+"/draft", url.Values{"text": {"x"}}, map[string]string{"X-CSRF-Token": btok}); got.status != 404 {
		t.Fatalf("draft into another's set: %d", got.status)
	}
	if got := b.prPost(item, url.Values{"choice": {"a"}}); got.status != 404 {
		t.Fatalf("answer into another's set: %d", got.status)
	}
	// Without the CSRF header the upload is refused.
	if got := a.prRaw("POST", "/api"+item+"/recording", "audio/wav", wav, nil); got.status != 400 && got.status != 403 {
		t.Fatalf("upload without csrf: %d", got.status)
	}
}

func TestInstructorCommentsReachTheCandidate(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	a := e.client().prSignedIn("k5-01")
	set := a.prStartSet("writing", "1")
	essay := a.prPositionOf(set, "essay")
	a.prPost(essay, url.Values{"text": {"Tôi là người Lào. Tôi hoc tiếng Việt."}})

	g := e.client().prSignedIn("giangvien")
	cls := g.get("/instructor/practice?lang=en")
	m := regexp.MustCompile(`href="(/instructor/practice/answers/\d+)"`).FindStringSubmatch(cls.body)
	if cls.status != 200 || m == nil || !strings.Contains(cls.body, "k5-01") {
		t.Fatalf("class activity:\n%s", cls.body)
	}
	rv := g.get(m[1] + "?lang=vi")
	if !strings.Contains(rv.body, "Tôi là người Lào.") {
		t.Fatalf("review page:\n%s", rv.body)
	}
	tok := csrfRe.FindStringSubmatch(rv.body)[1]
	if r := g.do("POST", m[1]+"/comments", url.Values{"csrf": {tok}, "body": {"Viết đúng. Chú ý: học có dấu nặng."}, "score": {"11"}}, nil); r.status != http.StatusBadRequest {
		t.Fatalf("score 11: %d", r.status)
	}
	if r := g.do("POST", m[1]+"/comments", url.Values{"csrf": {tok}, "body": {"Viết đúng. Chú ý: học có dấu nặng."}, "score": {"7,5"}}, nil); r.status != http.StatusSeeOther {
		t.Fatalf("comment: %d %s", r.status, r.body)
	}
	page := a.get(essay + "?lang=en")
	if !strings.Contains(page.body, "Chú ý: học có dấu nặng.") || !strings.Contains(page.body, "7.5 / 10") || !strings.Contains(page.body, `data-verdict="rated"`) {
		t.Fatalf("candidate does not see the comment:\n%s", page.body)
	}
	if p := a.get("/candidate/progress"); !strings.Contains(p.body, "Chú ý: học có dấu nặng.") {
		t.Fatal("comment not on the progress page")
	}
	// Candidates cannot open the instructor's pages.
	if r := a.get(m[1]); r.status != 403 {
		t.Fatalf("candidate on the review page: %d", r.status)
	}
}

func TestVocabularyReviewSchedulesNextDue(t *testing.T) {
	t.Parallel()
	e := practiceEnv(t)
	c := e.client().prSignedIn("k5-01")
	if r := c.get("/candidate?lang=en"); !strings.Contains(r.body, `id="home-vocab-due">0<`) {
		t.Fatalf("home vocabulary:\n%s", r.body)
	}
	card := c.get("/candidate/vocab/review?lang=en")
	m := regexp.MustCompile(`name="vocab_id" value="(\d+)"`).FindStringSubmatch(card.body)
	if m == nil || !strings.Contains(card.body, `id="rate-good"`) || !strings.Contains(card.body, "in 10 min") {
		t.Fatalf("card:\n%s", card.body)
	}
	tok := csrfRe.FindStringSubmatch(card.body)[1]
	form := url.Values{"csrf": {tok}, "vocab_id": {m[1]}, "reps": {"0"}, "rating": {"easy"}, "dir": {"vi-lo"}}
	r := c.do("POST", "/candidate/vocab/review", form, nil)
	if r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "done="+m[1]) {
		t.Fatalf("rate: %d %q", r.status, r.header.Get("Location"))
	}
	next := c.get(r.header.Get("Location") + "&lang=en")
	due := regexp.MustCompile(`id="vocab-last" data-due="([^"]+)"`).FindStringSubmatch(next.body)
	if due == nil || !strings.Contains(next.body, "in 16 days") {
		t.Fatalf("next due not shown:\n%s", next.body)
	}
	// The same rating sent again is not counted twice.
	c.do("POST", "/candidate/vocab/review", form, nil)
	var n int
	if err := e.store.DB().Get(&n, `SELECT count(*) FROM vocab_reviews`); err != nil || n != 1 {
		t.Fatalf("reviews logged: %d %v", n, err)
	}
	if r := c.get("/candidate/vocab?lang=lo"); r.status != 200 || !strings.Contains(r.body, "ທົບທວນ") {
		t.Fatalf("vocabulary home in Lao: %d", r.status)
	}
}
