package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
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
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

// bankTestFiles is a bank of its own for the editor's tests: the shipped
// banks change as they are written.
var bankTestFiles = map[string]string{
	"ed/bank.yaml": "bank:\n  title: {vi: Thử trình soạn}\n",
	"ed/items.yaml": `items:
  - id: ed-r-choice
    skill: reading
    level: 1
    type: choice
    topics: [study]
    passage: Lớp học bắt đầu lúc tám giờ sáng.
    prompt: Lớp học bắt đầu lúc mấy giờ?
    instructions: {lo: ອ່ານ ແລ້ວເລືອກ, vi: Đọc rồi chọn., en: Read and choose.}
    options:
      - text: Bảy giờ
      - {text: Tám giờ, correct: true}
  - id: ed-l-dict
    skill: listening
    level: 2
    type: dictation
    topics: [daily-life]
    audio: audio/d.ogg
    transcript: Tôi đi chợ.
    accept: [Tôi đi chợ.]
    instructions: {lo: ຟັງ, vi: Nghe rồi viết., en: Listen and write.}
`,
}

const bankPassword = "a long test password"

func bankEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "bank.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ogg, err := os.ReadFile("../bank/testdata/_media/a.ogg")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"ed/audio/d.ogg": ogg}
	for name, text := range bankTestFiles {
		files[name] = []byte(text)
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := bank.Load(filepath.Join(dir, "ed"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, b, "files", nil); err != nil {
		t.Fatal(err)
	}
	hash, err := account.HashPasswordCost(bankPassword, testCost)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []*account.User{{Username: "giangvien", Role: account.RoleInstructor}, {Username: "giangvien2", Role: account.RoleInstructor},
		{Username: "k5-01", Role: account.RoleCandidate}} {
		u.PasswordHash = hash
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
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

func (e *env) bankUser(username string) *client {
	e.t.Helper()
	c := e.client()
	if r := c.login(username, bankPassword); r.status != http.StatusSeeOther {
		e.t.Fatalf("login %s: %d", username, r.status)
	}
	return c
}

func (c *client) bankToken() string {
	c.env.t.Helper()
	m := csrfRe.FindStringSubmatch(c.get("/instructor/items").body)
	if m == nil {
		c.env.t.Fatal("no csrf token on /instructor/items")
	}
	return m[1]
}

func (c *client) bankPost(path string, form url.Values) resp {
	c.env.t.Helper()
	form.Set("csrf", c.bankToken())
	return c.do("POST", path+bankLangSep(path)+"lang=en", form, nil)
}

func bankLangSep(path string) string {
	if strings.Contains(path, "?") {
		return "&"
	}
	return "?"
}

// bankMultipart posts a form with files, as the editor does with no script.
func (c *client) bankMultipart(path string, form url.Values, files map[string][]byte, header map[string]string) resp {
	c.env.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if header["X-CSRF-Token"] == "" {
		form.Set("csrf", c.bankToken())
	}
	for k, vs := range form {
		for _, v := range vs {
			w.WriteField(k, v)
		}
	}
	for name, data := range files {
		fw, err := w.CreateFormFile(name, name+".bin")
		if err != nil {
			c.env.t.Fatal(err)
		}
		fw.Write(data)
	}
	w.Close()
	req, err := http.NewRequest("POST", c.env.srv.URL+path, &body)
	if err != nil {
		c.env.t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
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

// A true/false item as the new-item form sends it.
func bankNewForm() url.Values {
	return url.Values{"skill": {"reading"}, "type": {"true_false"}, "id": {"ed-r-tf-web"}, "bank": {"ed"}, "level": {"2"},
		"topics": {"study, office"}, "prompt": {"Lớp học bắt đầu lúc tám giờ."}, "passage": {"Lớp học bắt đầu lúc tám giờ sáng."},
		"instructions_lo": {"ອ່ານ ແລ້ວຕອບ"}, "instructions_vi": {"Đọc rồi trả lời."}, "instructions_en": {"Read and answer."},
		"answer": {"true"}, "feedback_vi": {"Đoạn văn viết “tám giờ sáng”."}}
}

// fieldError finds an error message shown right after a field.
func fieldError(body, fieldID, msg string) bool {
	re := regexp.MustCompile(`(?s)id="` + regexp.QuoteMeta(fieldID) + `".{0,600}?<span class="bank-field-error"[^>]*>[^<]*` + regexp.QuoteMeta(msg))
	return re.MatchString(body)
}

func TestBankEditorIsForInstructors(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	cand := e.bankUser("k5-01")
	for _, p := range []string{"/instructor/items", "/instructor/items/new", "/instructor/items/ed-r-choice",
		"/instructor/items/ed-r-choice/edit", "/instructor/items/ed-r-choice/history", "/instructor/items/ed-r-choice/yaml"} {
		if r := cand.get(p + "?lang=en"); r.status != http.StatusForbidden || !strings.Contains(r.body, "You do not have access to this page.") {
			t.Errorf("candidate GET %s: %d", p, r.status)
		}
	}
	// The 403 page carries the candidate's token like any page.
	tok := csrfRe.FindStringSubmatch(cand.get("/instructor/items").body)
	if tok == nil {
		t.Fatal("no token for the candidate")
	}
	r := cand.do("POST", "/instructor/items/ed-r-choice/edit", url.Values{"csrf": {tok[1]}, "base_version": {"1"}}, nil)
	if r.status != http.StatusForbidden {
		t.Errorf("candidate POST edit: %d", r.status)
	}
	r = cand.bankMultipart("/api/instructor/bank/media", url.Values{"bank": {"ed"}, "kind": {"audio"}},
		map[string][]byte{"file": []byte("x")}, map[string]string{"X-CSRF-Token": tok[1]})
	if r.status != http.StatusForbidden || !strings.Contains(r.body, `"error.forbidden"`) {
		t.Errorf("candidate upload: %d %s", r.status, r.body)
	}
	if v, _ := e.store.Bank.ItemVersion(context.Background(), "ed-r-choice", 0); v.Version != 1 {
		t.Errorf("a candidate changed an item: v%d", v.Version)
	}
	anon := e.client()
	if r := anon.get("/instructor/items"); r.status != http.StatusSeeOther {
		t.Errorf("anonymous: %d", r.status)
	}
}

func TestBankBrowseAndSearch(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	c := e.bankUser("giangvien")
	r := c.get("/instructor/items?lang=en")
	if r.status != 200 || !strings.Contains(r.body, "ed-r-choice") || !strings.Contains(r.body, "ed-l-dict") ||
		!strings.Contains(r.body, "Items 1–2 of 2") || !strings.Contains(r.body, `href="/instructor/items"`) {
		t.Fatalf("list: %d\n%s", r.status, r.body)
	}
	for _, tt := range []struct {
		query     string
		want, not string
	}{
		{"skill=listening", "ed-l-dict", "ed-r-choice"},
		{"level=1", "ed-r-choice", "ed-l-dict"},
		{"type=dictation", "ed-l-dict", "ed-r-choice"},
		{"topic=study", "ed-r-choice", "ed-l-dict"},
		{"q=" + url.QueryEscape("tam gio"), "ed-r-choice", "ed-l-dict"}, // without marks
		{"q=" + url.QueryEscape("chợ"), "ed-l-dict", "ed-r-choice"},
	} {
		r := c.get("/instructor/items?lang=en&" + tt.query)
		if !strings.Contains(r.body, `>`+tt.want+`</a>`) || strings.Contains(r.body, `>`+tt.not+`</a>`) {
			t.Errorf("%s: want %s and not %s", tt.query, tt.want, tt.not)
		}
	}
	if r := c.get("/instructor/items?lang=en&page=9"); !strings.Contains(r.body, "Items 1–2 of 2") {
		t.Error("a page past the end does not show the last page")
	}
	if r := c.get("/instructor/items?lang=en&q=nothing-like-this"); !strings.Contains(r.body, "No item matches.") {
		t.Error("an empty search says nothing")
	}
	// The instructor's menu leads here, in every language.
	for l, want := range map[string]string{"en": "Question bank", "vi": "Ngân hàng câu hỏi", "lo": "ຄັງຄຳຖາມ"} {
		if r := c.get("/instructor?lang=" + l); !strings.Contains(r.body, `<a href="/instructor/items">`+want+`</a>`) {
			t.Errorf("%s nav lacks the bank link", l)
		}
	}
}

func TestBankCreateEditHistoryDiff(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	ctx := context.Background()
	c := e.bankUser("giangvien")

	if r := c.get("/instructor/items/new?lang=en"); !strings.Contains(r.body, `id="new-reading-true_false"`) {
		t.Fatalf("type picker:\n%s", r.body)
	}
	r := c.get("/instructor/items/new?skill=reading&type=true_false&lang=en")
	for _, want := range []string{`id="bank-form"`, `name="passage"`, `name="answer" value="true"`, `id="f-prompt" rows="2" lang="vi" data-vi`,
		`enctype="multipart/form-data"`, `js/bank.`} {
		if !strings.Contains(r.body, want) {
			t.Fatalf("new form lacks %s:\n%s", want, r.body)
		}
	}
	if strings.Contains(r.body, `name="opt_text"`) || strings.Contains(r.body, `style="`) {
		t.Fatal("true/false form shows options, or an inline style")
	}

	// Lint's rules, shown beside their fields; nothing is saved.
	bad := bankNewForm()
	bad.Set("prompt", "")
	bad.Set("answer", "")
	bad.Set("level", "x")
	bad.Set("topics", "Study Office")
	r = c.bankPost("/instructor/items/new", bad)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="bank-errors"`) {
		t.Fatalf("bad form: %d\n%s", r.status, r.body[strings.Index(r.body, "<main>"):])
	}
	if !fieldError(r.body, "f-level", "Write a number.") {
		t.Errorf("level error not beside the level:\n%s", r.body)
	}
	bad.Set("level", "2")
	r = c.bankPost("/instructor/items/new", bad)
	for _, fe := range []struct{ id, msg string }{
		{"f-prompt", "true_false item needs a prompt"},
		{"answer-false", "true_false answer must be true or false"},
		{"f-topics", "is not a valid id"},
	} {
		if !fieldError(r.body, fe.id, fe.msg) {
			t.Errorf("no %q beside %s", fe.msg, fe.id)
		}
	}
	if !strings.Contains(r.body, `value="ed-r-tf-web"`) || !strings.Contains(r.body, "Đọc rồi trả lời.") {
		t.Error("the form lost what was typed")
	}
	if _, err := e.store.Bank.ItemRecord(ctx, "ed-r-tf-web"); err == nil {
		t.Fatal("a refused item was stored")
	}
	taken := bankNewForm()
	taken.Set("id", "ed-r-choice")
	if r := c.bankPost("/instructor/items/new", taken); r.status != http.StatusConflict || !fieldError(r.body, "f-id", "The id ed-r-choice is already used") {
		t.Errorf("taken id: %d", r.status)
	}

	// Created: version 1, by its author.
	r = c.bankPost("/instructor/items/new", bankNewForm())
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/instructor/items/ed-r-tf-web?saved=1" {
		t.Fatalf("create: %d %q\n%s", r.status, r.header.Get("Location"), r.body)
	}
	r = c.get("/instructor/items/ed-r-tf-web?saved=1&lang=en")
	for _, want := range []string{"Saved as version 1.", `id="item"`, `data-type="true_false"`, "Lớp học bắt đầu lúc tám giờ.",
		`value="true"`, "Đúng", "Sai", "giangvien", "Made in the browser"} {
		if !strings.Contains(r.body, want) {
			t.Fatalf("item page lacks %q:\n%s", want, r.body)
		}
	}
	// The preview grades like practice and then shows the explanation.
	r = c.bankPost("/instructor/items/ed-r-tf-web/check?v=1", url.Values{"choice": {"false"}})
	if r.status != 200 || !strings.Contains(r.body, `data-verdict="wrong"`) || !strings.Contains(r.body, "Đoạn văn viết “tám giờ sáng”.") {
		t.Fatalf("check: %d\n%s", r.status, r.body)
	}

	// Edited by another instructor: version 2.
	form := bankNewForm()
	form.Del("id")
	form.Set("base_version", "1")
	form.Set("prompt", "Lớp học bắt đầu lúc bảy giờ.")
	form.Set("answer", "false")
	c2 := e.bankUser("giangvien2")
	if r := c2.get("/instructor/items/ed-r-tf-web/edit?lang=en"); !strings.Contains(r.body, `name="base_version" value="1"`) ||
		!strings.Contains(r.body, `data-bank="ed"`) ||
		!strings.Contains(r.body, "Lớp học bắt đầu lúc tám giờ.") {
		t.Fatalf("edit form:\n%s", r.body)
	}
	r = c2.bankPost("/instructor/items/ed-r-tf-web/edit", form)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/instructor/items/ed-r-tf-web?saved=2" {
		t.Fatalf("edit: %d %q\n%s", r.status, r.header.Get("Location"), r.body)
	}
	// The same form again is stale: version 2 was saved meanwhile.
	form.Set("prompt", "Lớp học bắt đầu lúc chín giờ.")
	r = c.bankPost("/instructor/items/ed-r-tf-web/edit", form)
	if r.status != http.StatusConflict || !strings.Contains(r.body, "someone saved version 2") ||
		!strings.Contains(r.body, `name="base_version" value="2"`) || !strings.Contains(r.body, "chín giờ") {
		t.Fatalf("stale save: %d\n%s", r.status, r.body)
	}
	// Saving what is already current makes no version.
	form.Set("base_version", "2")
	form.Set("prompt", "Lớp học bắt đầu lúc bảy giờ.")
	if r := c2.bankPost("/instructor/items/ed-r-tf-web/edit", form); r.header.Get("Location") != "/instructor/items/ed-r-tf-web?unchanged=1" {
		t.Fatalf("unchanged save: %d %q", r.status, r.header.Get("Location"))
	}

	vs, err := e.store.Bank.ItemVersions(ctx, "ed-r-tf-web")
	if err != nil || len(vs) != 2 || vs[0].Author != "giangvien" || vs[1].Author != "giangvien2" {
		t.Fatalf("versions: %+v %v", vs, err)
	}
	r = c.get("/instructor/items/ed-r-tf-web/history?lang=en")
	if strings.Count(r.body, `class="bank-version"`) != 2 || !strings.Contains(r.body, "giangvien2") ||
		!strings.Contains(r.body, `name="a" value="1" id="a-1"`) {
		t.Fatalf("history:\n%s", r.body)
	}
	r = c.get("/instructor/items/ed-r-tf-web/diff?a=1&b=2&lang=en")
	for _, want := range []string{"Answer, Question or task", `<tr data-field="answer"><th scope="row">Answer</th><td class="bank-del"><pre>true</pre></td><td class="bank-add"><pre>false</pre></td></tr>`,
		`<tr data-field="prompt"><th scope="row">Question or task</th><td class="bank-del"><pre>Lớp học bắt đầu lúc tám giờ.</pre></td><td class="bank-add"><pre>Lớp học bắt đầu lúc bảy giờ.</pre></td>`,
		`<tr class="bank-del">`, `<tr class="bank-add">`,
		"prompt: Lớp học bắt đầu lúc tám giờ.", "prompt: Lớp học bắt đầu lúc bảy giờ.", `answer: &#34;false&#34;`} {
		if !strings.Contains(r.body, want) {
			t.Fatalf("diff lacks %q:\n%s", want, r.body)
		}
	}
	// In Lao the changed fields are named in Lao.
	r = c.get("/instructor/items/ed-r-tf-web/diff?a=1&b=2&lang=lo")
	if !strings.Contains(r.body, `<tr data-field="answer"><th scope="row">ຄຳຕອບ</th>`) {
		t.Fatalf("Lao diff does not name the field in Lao:\n%s", r.body)
	}
	if r := c.get("/instructor/items/ed-r-tf-web/diff?a=2&b=2&lang=en"); !strings.Contains(r.body, "The two versions have the same content.") {
		t.Error("diff of a version with itself")
	}
	// An old version can still be opened.
	if r := c.get("/instructor/items/ed-r-tf-web?v=1&lang=en"); !strings.Contains(r.body, "not current (current: v2)") ||
		!strings.Contains(r.body, "tám giờ.") {
		t.Error("version 1 page")
	}
}

// The downloaded YAML of a web edit is a bank file that loads back into the
// same item.
func TestBankYAMLDownload(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	c := e.bankUser("giangvien")
	c.bankPost("/instructor/items/new", bankNewForm())
	r := c.get("/instructor/items/ed-r-tf-web/yaml")
	if r.status != 200 || !strings.Contains(r.header.Get("Content-Disposition"), `filename=ed-r-tf-web.yaml`) ||
		!strings.HasPrefix(r.header.Get("Content-Type"), "application/yaml") {
		t.Fatalf("yaml: %d %v", r.status, r.header)
	}
	if !strings.Contains(r.body, "# Item ed-r-tf-web, version 1, saved by giangvien") || !strings.Contains(r.body, "items:\n  - id: ed-r-tf-web\n") {
		t.Fatalf("yaml body:\n%s", r.body)
	}
	dir := filepath.Join(t.TempDir(), "ed")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "bank.yaml"), []byte(bankTestFiles["ed/bank.yaml"]), 0o644)
	os.WriteFile(filepath.Join(dir, "web.yaml"), []byte(r.body), 0o644)
	b, err := bank.Load(dir)
	if err != nil {
		t.Fatalf("downloaded YAML does not load: %v\n%s", err, r.body)
	}
	it, ok := b.Item("ed-r-tf-web")
	if !ok || it.Prompt != "Lớp học bắt đầu lúc tám giờ." || it.Answer != "true" || it.Level != 2 {
		t.Fatalf("loaded: %+v", it)
	}
	// An imported item names its media where its file will find them.
	r = c.get("/instructor/items/ed-l-dict/yaml")
	if !strings.Contains(r.body, "audio: audio/d.ogg") || !strings.Contains(r.body, "It needs audio/d.ogg: download /media/") {
		t.Fatalf("dictation yaml:\n%s", r.body)
	}
}

func TestBankMediaUpload(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	c := e.bankUser("giangvien")
	tok := c.bankToken()
	ogg, _ := os.ReadFile("../bank/testdata/_media/a.ogg")
	png, _ := os.ReadFile("../bank/testdata/_media/p.png")
	hdr := map[string]string{"X-CSRF-Token": tok, "Accept-Language": "vi"}
	upload := func(kind string, data []byte) (int, map[string]any) {
		t.Helper()
		r := c.bankMultipart("/api/instructor/bank/media", url.Values{"bank": {"ed"}, "kind": {kind}}, map[string][]byte{"file": data}, hdr)
		var out map[string]any
		if err := json.Unmarshal([]byte(r.body), &out); err != nil {
			t.Fatalf("%d %s", r.status, r.body)
		}
		return r.status, out
	}
	st, out := upload("audio", ogg)
	key, _ := out["key"].(string)
	if st != 200 || !strings.HasPrefix(key, "ed/audio/web-") || out["mime"] != "audio/ogg" || !strings.HasPrefix(out["url"].(string), "/media/") {
		t.Fatalf("upload: %d %v", st, out)
	}
	// The file plays from the media route, with ranges for seeking and a long cache.
	req, _ := http.NewRequest("GET", e.srv.URL+out["url"].(string), nil)
	req.Header.Set("Range", "bytes=0-9")
	for _, ck := range c.http.Jar.Cookies(req.URL) {
		req.AddCookie(ck)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusPartialContent || res.Header.Get("Content-Type") != "audio/ogg" ||
		!strings.Contains(res.Header.Get("Cache-Control"), "immutable") || res.Header.Get("Content-Range") == "" {
		t.Fatalf("media: %d %v", res.StatusCode, res.Header)
	}

	for _, tt := range []struct {
		name, kind string
		data       []byte
		msg        string
	}{
		{"a picture as audio", "audio", png, "Tệp này là image/png"},
		{"a web page as a picture", "image", []byte("<!doctype html><html><script>alert(1)</script></html>"), "Tệp này là text/html"},
		{"audio over 5 MB", "audio", append(bytes.Clone(ogg), make([]byte, bank.MaxAudioBytes)...), "Tệp quá lớn: tối đa 5 MB."},
		{"a picture over 1 MB", "image", append(bytes.Clone(png), make([]byte, bank.MaxImageBytes)...), "Tệp quá lớn: tối đa 1 MB."},
	} {
		st, out := upload(tt.kind, tt.data)
		e, _ := out["error"].(map[string]any)
		if st != http.StatusUnprocessableEntity || e["field"] != tt.kind || !strings.Contains(e["message"].(string), tt.msg) {
			t.Errorf("%s: %d %v", tt.name, st, out)
		}
	}
	// Past the route's own limit the server refuses the body.
	r := c.bankMultipart("/api/instructor/bank/media", url.Values{"bank": {"ed"}, "kind": {"audio"}},
		map[string][]byte{"file": make([]byte, 8<<20)}, hdr)
	if r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("8 MB body: %d", r.status)
	}

	// Without a script the file goes with the form, and a bad one is
	// reported beside its field.
	form := url.Values{"base_version": {"1"}, "level": {"2"}, "topics": {"daily-life"}, "audio": {"ed/audio/d.ogg"},
		"transcript": {"Tôi đi chợ."}, "accept": {"Tôi đi chợ."}, "instructions_lo": {"ຟັງ"}, "instructions_vi": {"Nghe rồi viết."},
		"instructions_en": {"Listen and write."}}
	r = c.bankMultipart("/instructor/items/ed-l-dict/edit?lang=en", form, map[string][]byte{"audio_file": png}, nil)
	if r.status != http.StatusUnprocessableEntity || !fieldError(r.body, "f-audio-file", "This file is image/png") {
		t.Fatalf("bad file with the form: %d\n%s", r.status, r.body)
	}
	other := append(bytes.Clone(ogg), 0) // other bytes, another file
	r = c.bankMultipart("/instructor/items/ed-l-dict/edit", form, map[string][]byte{"audio_file": other}, nil)
	if r.status != http.StatusSeeOther {
		t.Fatalf("file with the form: %d\n%s", r.status, r.body)
	}
	v, err := e.store.Bank.ItemVersion(context.Background(), "ed-l-dict", 0)
	if err != nil {
		t.Fatal(err)
	}
	it, media, _ := v.Item()
	if v.Version != 2 || !strings.HasPrefix(it.Audio, "ed/audio/web-") || media[it.Audio] == "" {
		t.Fatalf("saved with the upload: v%d %s %v", v.Version, it.Audio, media)
	}
	if r := c.get("/instructor/items/ed-l-dict?lang=en"); !strings.Contains(r.body, `<audio controls preload="metadata" src="/media/`+media[it.Audio]+`"`) {
		t.Fatalf("preview does not play the new audio:\n%s", r.body)
	}
}

func TestBankDiffOrder(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	c := e.bankUser("giangvien")
	c.bankPost("/instructor/items/new", bankNewForm())
	form := bankNewForm()
	form.Del("id")
	form.Set("base_version", "1")
	form.Set("prompt", "Lớp học bắt đầu lúc bảy giờ.")
	c.bankPost("/instructor/items/ed-r-tf-web/edit", form)
	r := c.get("/instructor/items/ed-r-tf-web/diff?a=1&b=2")
	del := strings.Index(r.body, `<tr class="bank-del">`)
	add := strings.Index(r.body, `<tr class="bank-add">`)
	if del < 0 || add < 0 || del > add {
		t.Fatalf("removed lines should come first: del at %d, add at %d", del, add)
	}
	if n := strings.Count(r.body, `<tr class="">`); n < 10 {
		t.Fatalf("only %d unchanged lines", n)
	}
}

// Topics are chosen from a list named in the page language; a new topic can
// still be typed as a code.
func TestBankEditorTopicsAsATranslatedList(t *testing.T) {
	t.Parallel()
	e := bankEnv(t)
	c := e.bankUser("giangvien")
	r := c.get("/instructor/items/new?skill=reading&type=true_false&lang=lo")
	if !regexp.MustCompile(`<select name="topics" id="f-topics" multiple`).MatchString(r.body) ||
		!strings.Contains(r.body, `<option value="study">ການຮຽນ</option>`) {
		t.Fatalf("new-item form has no translated topic list:\n%s", r.body)
	}
	form := bankNewForm()
	form.Del("topics")
	form["topics"] = []string{"study", "office"}
	form.Set("topics_new", "local-government, study")
	if r := c.bankPost("/instructor/items/new", form); r.status != http.StatusSeeOther {
		t.Fatalf("create: %d %s", r.status, r.body)
	}
	v, err := e.store.Bank.ItemVersion(context.Background(), "ed-r-tf-web", 1)
	if err != nil {
		t.Fatal(err)
	}
	it, _, err := v.Item()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(it.Topics, ","); got != "study,office,local-government" {
		t.Fatalf("topics saved: %s", got)
	}
	r = c.get("/instructor/items/ed-r-tf-web/edit?lang=vi")
	for _, want := range []string{`<option value="study" selected>Học tập</option>`, `<option value="local-government" selected>local government</option>`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("edit form lacks %s", want)
		}
	}
}
