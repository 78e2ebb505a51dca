package web

import (
	"bytes"
	"html/template"
	"strings"
	"sync"
	"testing"

	"hocviet/internal/lang"
	"hocviet/internal/viet"
	webfiles "hocviet/web"
)

// testServer is a Server with translations and pages only, loaded once per
// test binary (seconds under -race) and shared: tests only read it.
func testServer(t *testing.T) *Server {
	t.Helper()
	s, err := sharedTestServer()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var sharedTestServer = sync.OnceValues(func() (*Server, error) {
	cat, err := lang.Load(webfiles.FS, "i18n")
	if err != nil {
		return nil, err
	}
	tpl, err := LoadTemplates(webfiles.FS)
	if err != nil {
		return nil, err
	}
	return &Server{catalog: cat, pages: tpl.pages, assets: tpl.assets}, nil
})

// mustSet is page name's template set (built on first use).
func mustSet(t *testing.T, p *pages, name string) *template.Template {
	t.Helper()
	set, err := p.set(name)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func renderFeedback(t *testing.T, s *Server, l, expected, given string) string {
	t.Helper()
	var buf bytes.Buffer
	v := s.feedbackView(l, viet.Compare(expected, given))
	if err := mustSet(t, s.pages, "login").ExecuteTemplate(&buf, "feedback", v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestFeedbackFragment(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	tests := []struct {
		lang, expected, given string
		want                  []string
	}{
		{"en", "bài học", "bài hoc", []string{`data-verdict="tone"`, "Tone mark wrong", "<s>hoc</s> → <b>học</b>", "missing nặng"}},
		{"lo", "bài học", "bài hoc", []string{"ຂາດວັນນະຍຸດ nặng", "ຜິດເຄື່ອງໝາຍວັນນະຍຸດ"}},
		{"vi", "bài học", "bài hoc", []string{"thiếu dấu nặng"}},
		{"en", "sương", "suơng", []string{`data-verdict="diacritic"`, "u instead of ư"}},
		{"en", "mạnh", "mảnh", []string{"hỏi instead of nặng", "Lao speakers often merge"}},
		{"en", "khoẻ mạnh", "Khỏe  mạnh.", []string{`data-verdict="correct"`, "Correct"}},
		{"en", "đất nước", "dat nuoc", []string{`data-verdict="no_diacritics"`, "Typed without marks"}},
		{"en", "mùa xuân", "mùa", []string{`data-error="missing"`, "this syllable is missing"}},
		{"en", "bệnh", "bện", []string{"Lao has no -nh or -ch finals"}},
		{"en", "<b>x</b>", "<script>alert(1)</script>", []string{"&lt;script&gt;"}},
		// Two tone marks on one syllable are named (issue 13.1).
		{"en", "học", "họ\u0301c", []string{`data-verdict="tone"`, "two tone marks (nặng, sắc) on one syllable: write only nặng"}},
		{"lo", "học", "họ\u0301c", []string{"ສອງວັນນະຍຸດ (nặng, sắc) ຢູ່ພະຍາງດຽວ"}},
		{"vi", "học", "họ\u0301c", []string{"hai dấu thanh (nặng, sắc) trên một âm tiết: chỉ viết dấu nặng"}},
	}
	for _, tt := range tests {
		got := renderFeedback(t, s, tt.lang, tt.expected, tt.given)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %q → %q: lacks %q\n%s", tt.lang, tt.expected, tt.given, w, got)
			}
		}
		if strings.Contains(got, "<script>") {
			t.Errorf("typed text not escaped: %s", got)
		}
	}
}
