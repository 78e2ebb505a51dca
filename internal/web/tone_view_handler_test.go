package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/store"
	"hocviet/internal/tone"
)

// espeakWAV speaks text with espeak-ng's Vietnamese voice and returns it as
// the page records it: 16 kHz mono 16-bit WAV. Without espeak-ng the test
// is skipped, except in CI where the tools are installed and a skip would
// hide a failure.
func espeakWAV(t *testing.T, text string) []byte {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("espeak-ng is not installed (apt-get install -y espeak-ng); tone tests must run in CI")
		}
		t.Skip("espeak-ng not installed; set CI=true to make this a failure")
	}
	dir := t.TempDir()
	raw, out := filepath.Join(dir, "raw.wav"), filepath.Join(dir, "f.wav")
	if b, err := exec.Command("espeak-ng", "-v", "vi", "-w", raw, text).CombinedOutput(); err != nil {
		t.Fatalf("espeak-ng: %v %s", err, b)
	}
	// espeak-ng writes 22.05 kHz; the analyser reads any rate, but the
	// browser sends 16 kHz, so bring it there when sox is at hand.
	if _, err := exec.LookPath("sox"); err == nil {
		if b, err := exec.Command("sox", raw, "-r", "16000", "-c", "1", "-b", "16", out).CombinedOutput(); err != nil {
			t.Fatalf("sox: %v %s", err, b)
		}
		raw = out
	}
	b, err := os.ReadFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// toneBank writes and imports a one-item bank whose read-aloud text is
// "ba bà bá": three tones of one syllable, the classic drill.
func toneBank(t *testing.T, st *store.Store) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tonetest")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"bank.yaml": "bank:\n  title: {lo: ວັນນະຍຸດ, vi: Thanh điệu, en: Tones}\n",
		"rubrics.yaml": `rubrics:
  - id: tt-speaking
    skill: speaking
    title: {lo: ເກນ, vi: Tiêu chí, en: Rubric}
    criteria:
`,
		"speaking.yaml": `items:
  - id: tt-read-ba
    skill: speaking
    level: 1
    type: read_aloud
    topics: [tonetest]
    text: ba bà bá
    max_seconds: 10
    rubric: tt-speaking
    instructions: {lo: ອ່ານອອກສຽງ., vi: Đọc to., en: Read aloud.}
`,
	}
	for _, c := range []string{"task_fulfilment", "organisation", "vocabulary", "grammar", "pronunciation", "fluency"} {
		files["rubrics.yaml"] += "      - id: " + c + "\n        name: {lo: ເກນ, vi: Tiêu chí, en: " + c + "}\n        bands:\n" +
			"          - {score: 1, descriptor: {vi: Mức 1, en: Band 1}}\n          - {score: 5, descriptor: {vi: Mức 5, en: Band 5}}\n"
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := bank.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(context.Background(), b, "test", nil); err != nil {
		t.Fatal(err)
	}
}

var (
	toneRowRe   = regexp.MustCompile(`<tr class="tone-row tone-(ok|miss)" data-expected="([a-z]+)" data-heard="([a-z]+)">`)
	toneCurveRe = regexp.MustCompile(`<svg class="tone-curve" viewBox="0 0 (\d+) (\d+)"[^>]*>`)
	polylineRe  = regexp.MustCompile(`<polyline class="tone-(learner|model)" points="([0-9., ]+)"`)
)

// checkToneCurves finds one row and one SVG with both curves per syllable,
// every point inside the SVG's box.
func checkToneCurves(t *testing.T, body string, expected ...string) {
	t.Helper()
	rows := toneRowRe.FindAllStringSubmatch(body, -1)
	if len(rows) != len(expected) {
		t.Fatalf("%d tone rows, want %d:\n%s", len(rows), len(expected), body)
	}
	for i, r := range rows {
		if r[2] != expected[i] {
			t.Errorf("row %d expects %s, want %s", i, r[2], expected[i])
		}
		t.Logf("syllable %d: expected %s, heard %s", i+1, r[2], r[3])
	}
	svgs := toneCurveRe.FindAllStringSubmatch(body, -1)
	if len(svgs) != len(expected) {
		t.Fatalf("%d curves, want %d", len(svgs), len(expected))
	}
	w, _ := strconv.ParseFloat(svgs[0][1], 64)
	h, _ := strconv.ParseFloat(svgs[0][2], 64)
	lines := polylineRe.FindAllStringSubmatch(body, -1)
	if len(lines) != 2*len(expected) {
		t.Fatalf("%d polylines, want a learner and a model curve per syllable", len(lines))
	}
	for _, l := range lines {
		for _, p := range strings.Fields(l[2]) {
			x, _ := strconv.ParseFloat(strings.Split(p, ",")[0], 64)
			y, _ := strconv.ParseFloat(strings.Split(p, ",")[1], 64)
			if x < 0 || x > w || y < 0 || y > h {
				t.Fatalf("%s point %s outside the %v×%v box", l[1], p, w, h)
			}
		}
	}
}

func TestPracticeReadAloudToneFeedback(t *testing.T) {
	t.Parallel()
	good := espeakWAV(t, "ba bà bá")
	short := espeakWAV(t, "ba")
	e := practiceEnv(t)
	toneBank(t, e.store)
	c := e.client().prSignedIn("k5-01")
	r := c.prPost("/candidate/practice", url.Values{"skill": {"speaking"}, "level": {"1"}, "topic": {"tonetest"}})
	item := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !strings.HasSuffix(item, "/1") {
		t.Fatalf("start: %d %q", r.status, item)
	}
	if p := c.get(item + "?lang=en"); !strings.Contains(p.body, `data-type="read_aloud"`) || !strings.Contains(p.body, "ba bà bá") {
		t.Fatalf("not the tone item:\n%s", p.body)
	}
	tok := c.prToken(item)
	record := func(wav []byte) {
		t.Helper()
		start := time.Now()
		if r := c.prRaw("POST", "/api"+item+"/recording", "audio/wav", wav, map[string]string{"X-CSRF-Token": tok}); r.status != 200 {
			t.Fatalf("recording: %d %s", r.status, r.body)
		}
		t.Logf("saved and analysed in %v", time.Since(start))
	}

	// Bad audio gets its own message in the reader's language, not a 500
	// and not an empty table: one syllable for three, then silence.
	failures := []struct {
		wav  []byte
		want map[string]string
	}{
		{short, map[string]string{"en": "do not match the text", "lo": "ບໍ່ກົງກັບບົດອ່ານ"}},
		{tone.EncodeWAV(make([]float64, 32000), 16000), map[string]string{"en": "No voice was heard", "vi": "Không nghe thấy giọng nói"}},
	}
	for _, f := range failures {
		record(f.wav)
		for l, want := range f.want {
			p := c.get(item + "?lang=" + l)
			if p.status != 200 || !strings.Contains(p.body, `id="tone-none"`) || !strings.Contains(p.body, want) ||
				strings.Contains(p.body, `class="tone-curve"`) {
				t.Fatalf("%s: no %q message:\n%s", l, want, p.body)
			}
		}
	}

	// The real thing: each syllable with its tones and curves, the advice
	// and the note that this is no grade.
	record(good)
	p := c.get(item + "?lang=en")
	if p.status != 200 {
		t.Fatalf("item page: %d", p.status)
	}
	checkToneCurves(t, p.body, tone.Ngang, tone.Huyen, tone.Sac)
	for _, want := range []string{`id="tone-advisory"`, "Advisory feedback, not a grade", `id="tone-advice"`, `id="tone-heard"`} {
		if !strings.Contains(p.body, want) {
			t.Errorf("item page lacks %s", want)
		}
	}
	if lo := c.get(item + "?lang=lo"); !strings.Contains(lo.body, "ບໍ່ແມ່ນຄະແນນ") || !strings.Contains(lo.body, "ເສັ້ນລະດັບສຽງ") {
		t.Errorf("Lao page lacks the advisory note or the curve heading")
	}

	// The instructor sees the same analysis when commenting on it.
	g := e.client().prSignedIn("giangvien")
	m := regexp.MustCompile(`href="(/instructor/practice/answers/\d+)"`).FindStringSubmatch(g.get("/instructor/practice?lang=en").body)
	if m == nil {
		t.Fatal("read-aloud answer not in the class activity")
	}
	rv := g.get(m[1] + "?lang=vi")
	if rv.status != 200 || !strings.Contains(rv.body, "không phải điểm") {
		t.Fatalf("review page: %d\n%s", rv.status, rv.body)
	}
	checkToneCurves(t, rv.body, tone.Ngang, tone.Huyen, tone.Sac)
}

// TestGradingReadAloudToneFeedback: the rater of an exam's read-aloud
// sees the analysis, made as the page opens.
func TestGradingReadAloudToneFeedback(t *testing.T) {
	t.Parallel()
	wav := espeakWAV(t, "Xin chào các bạn.")
	e := newExamEnv(t)
	ctx := context.Background()
	cs, err := e.store.People.Cohorts(ctx)
	if err != nil {
		t.Fatal(err)
	}
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
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/candidate/exams/attempts/"), 10, 64)
	if err != nil {
		t.Fatalf("start: %d %q", r.status, loc)
	}
	base := fmt.Sprintf("/api/exam/attempts/%d", id)
	recorded := false
	for section := 0; section < 4; section++ {
		for _, m := range posRe.FindAllStringSubmatch(c.get(loc).body, -1) {
			if m[2] != "read_aloud" {
				continue
			}
			// Issue 17.9: no "0 seconds to prepare" for an item without
			// preparation time.
			if pg := c.get(loc + "?lang=en").body; !strings.Contains(pg, "Up to 5 seconds to speak.") || strings.Contains(pg, "0 seconds to prepare") {
				t.Errorf("read-aloud limits line wrong")
			}
			c.api("POST", fmt.Sprintf("%s/recordings/%s/takes", base, m[1]), tok, nil)
			if r := c.api("PUT", fmt.Sprintf("%s/recordings/%s/1", base, m[1]), tok, wav); r.status != 200 {
				t.Fatalf("upload: %d %s", r.status, r.body)
			}
			recorded = true
		}
		if r := c.api("POST", fmt.Sprintf("%s/sections/%d/finish", base, section), tok, nil); r.status != 200 {
			t.Fatalf("finish section %d: %d %s", section, r.status, r.body)
		}
	}
	if !recorded {
		t.Fatal("no read-aloud item in the exam")
	}
	gtok := e.teacher.token("/instructor/grading")
	r = e.teacher.do("POST", "/instructor/grading/claim", url.Values{"csrf": {gtok}, "session": {strconv.FormatInt(sid, 10)},
		"skill": {"speaking"}}, nil)
	rating := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !strings.Contains(rating, "/instructor/grading/ratings/") {
		t.Fatalf("claim: %d %q", r.status, rating)
	}
	p := e.teacher.get(rating + "?lang=en")
	// Worded for the rater (issue 17.11): no candidate-facing note, no
	// coaching of the learner.
	if p.status != 200 || !strings.Contains(p.body, `id="rate-audio"`) || !strings.Contains(p.body, "Rate from what you hear") ||
		strings.Contains(p.body, "Advisory feedback, not a grade") || strings.Contains(p.body, `id="tone-advice"`) {
		t.Fatalf("rating page: %d\n%s", p.status, p.body)
	}
	checkToneCurves(t, p.body, tone.Ngang, tone.Huyen, tone.Sac, tone.Nang)
	// The rubric is still there, untouched by the analysis.
	if !strings.Contains(p.body, `id="rate-form"`) {
		t.Fatal("no rubric form")
	}
}
