package web_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/bank"
	"hocviet/internal/demo"
)

const laoReviewBank = `groups:
  - id: lr-g-01
    skill: reading
    level: 1
    topics: [study]
    title: Thông báo
    instructions: {lo: ອ່ານບົດ, vi: Đọc bài, en: Read}
    passage: Thư viện đóng cửa vào thứ Bảy và Chủ nhật.
items:
  - id: lr-choice-01
    skill: reading
    level: 1
    type: choice
    topics: [study]
    group: lr-g-01
    prompt: Thư viện đóng cửa vào ngày nào?
    options:
      - text: Thứ Hai
      - text: Thứ Bảy và Chủ nhật
        correct: true
    feedback: {lo: "ຄຳຕອບທີ່ຖືກ ແມ່ນ «Thứ Bảy và Chủ nhật»", vi: "Đáp án đúng là “Thứ Bảy và Chủ nhật”."}
    reviewed: false
vocabulary:
  - {term: "thư viện", lao: "ຫໍສະໝຸດ", en: library, pos: noun, example: "Thư viện mở cửa.", level: 1, topic: study, reviewed: false}
  - {term: "đóng cửa", lao: "ເປີດປະຕູ", en: close, pos: verb, example: "Thư viện đóng cửa.", level: 1, topic: study, reviewed: false}
`

// Issue 17.23: instructors approve or correct the Lao of glosses and
// explanations; each change is kept with reviewer and time, and the
// coverage counts it.
func TestLaoReviewWorkflow(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "lr")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lr.yaml"), []byte(laoReviewBank), 0o644); err != nil {
		t.Fatal(err)
	}
	b, ps := bank.Read(dir)
	if bank.Problems(ps).Errors() > 0 {
		t.Fatalf("test bank: %v", ps)
	}
	if _, err := e.store.Bank.ImportBank(ctx, b, "test", nil); err != nil {
		t.Fatal(err)
	}
	before, err := e.store.Bank.LaoCoverage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	teacher := acctLogin(t, e, "giangvien", demo.Password)
	page := teacher.get("/instructor/review/lao?lang=lo&bank=lr")
	for _, want := range []string{`id="lao-glosses"`, "ເປີດປະຕູ", "đóng cửa", `id="lao-explanations"`, "lr-choice-01", "Đáp án đúng là", "ຂໍ້ຄວາມໜ້າເວັບທີ່ກວດແລ້ວ"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
	var glossID string
	e.store.DB().Get(&glossID, `SELECT id FROM bank_vocabulary WHERE term = 'đóng cửa'`)

	cases := []struct {
		name, path string
		form       url.Values
		status     int
	}{
		{"empty gloss refused", "/instructor/review/lao/glosses/" + glossID, url.Values{"lao": {"  "}}, http.StatusBadRequest},
		{"unknown gloss", "/instructor/review/lao/glosses/999999", url.Values{"lao": {"ປິດ"}}, http.StatusNotFound},
		{"gloss corrected", "/instructor/review/lao/glosses/" + glossID, url.Values{"lao": {"ປິດປະຕູ"}}, http.StatusSeeOther},
		{"stale explanation refused", "/instructor/review/lao/items/lr-choice-01", url.Values{"lao": {"ຄຳຕອບທີ່ຖືກແມ່ນ «Thứ Bảy và Chủ nhật»."}, "version": {"7"}}, http.StatusNotFound},
		{"explanation corrected", "/instructor/review/lao/items/lr-choice-01", url.Values{"lao": {"ຄຳຕອບທີ່ຖືກແມ່ນ «Thứ Bảy và Chủ nhật»."}, "version": {"1"}}, http.StatusSeeOther},
	}
	for _, tc := range cases {
		r := teacher.post(t, "/instructor/review/lao", tc.path, tc.form)
		if r.status != tc.status && !(tc.status == http.StatusBadRequest && r.status == http.StatusUnprocessableEntity) {
			t.Errorf("%s: %d, want %d\n%s", tc.name, r.status, tc.status, r.body[:min(len(r.body), 300)])
		}
	}
	// The gloss: new text, reviewed, the old text kept with the reviewer.
	var lao string
	var reviewed bool
	e.store.DB().QueryRow(`SELECT lao, reviewed FROM bank_vocabulary WHERE term = 'đóng cửa'`).Scan(&lao, &reviewed)
	if lao != "ປິດປະຕູ" || !reviewed {
		t.Errorf("gloss after review: %q %v", lao, reviewed)
	}
	var id int64
	e.store.DB().Get(&id, `SELECT id FROM bank_vocabulary WHERE term = 'đóng cửa'`)
	hist, err := e.store.Bank.GlossReviews(ctx, id)
	if err != nil || len(hist) != 1 || hist[0].LaoBefore != "ເປີດປະຕູ" || hist[0].Reviewer != "giangvien" || hist[0].ReviewedAt == "" {
		t.Errorf("gloss history: %+v %v", hist, err)
	}
	// The explanation: version 2 by the reviewer, reviewed, version 1 kept.
	vs, err := e.store.Bank.ItemVersions(ctx, "lr-choice-01")
	if err != nil || len(vs) != 2 || vs[1].Author != "giangvien" {
		t.Fatalf("item versions: %d %v", len(vs), err)
	}
	it, _, _ := vs[1].Item()
	old, _, _ := vs[0].Item()
	if it.Feedback.Lo != "ຄຳຕອບທີ່ຖືກແມ່ນ «Thứ Bảy và Chủ nhật»." || it.Reviewed == nil || !*it.Reviewed || old.Reviewed == nil || *old.Reviewed {
		t.Errorf("explanation versions: %+v / %+v", it.Feedback, old.Feedback)
	}
	after, _ := e.store.Bank.LaoCoverage(ctx)
	if after.GlossesReviewed != before.GlossesReviewed+1 || after.ExplanationsReviewed != before.ExplanationsReviewed+1 {
		t.Errorf("coverage %+v -> %+v", before, after)
	}
	page = teacher.get("/instructor/review/lao?lang=en&bank=lr")
	if strings.Contains(page.body, `data-id="lr-choice-01"`) || strings.Contains(page.body, "ເປີດປະຕູ") {
		t.Error("reviewed texts still listed")
	}
	// Importing the unchanged files again keeps the gloss review (the
	// explanation is a newer version in the database, as for the editor).
	if _, err := e.store.Bank.ImportBank(ctx, b, "test", nil); err != nil {
		t.Fatal(err)
	}
	e.store.DB().QueryRow(`SELECT lao, reviewed FROM bank_vocabulary WHERE term = 'đóng cửa'`).Scan(&lao, &reviewed)
	if lao != "ປິດປະຕູ" || !reviewed {
		t.Errorf("re-import undid the gloss review: %q %v", lao, reviewed)
	}
	// Boards and candidates do not review banks.
	if r := e.board(t).get("/instructor/review/lao"); r.status != http.StatusForbidden {
		t.Errorf("board: %d", r.status)
	}
}
