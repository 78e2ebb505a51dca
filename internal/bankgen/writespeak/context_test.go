package writespeak

import (
	"strings"
	"testing"
)

// A "+vn" entry assumes the candidate is in Vietnam: its item carries
// context: in_vietnam, which screening blueprints exclude; the same prompt
// without the mark carries none, and a bad kind is still refused.
func TestInVietnamMark(t *testing.T) {
	src := "@ 2 study\nE+vn 40-100 | Viết về một lần bạn đi chợ ở Thanh Hoá.\nE 40-100 | Viết về chợ ở Sầm Nưa.\nP+vn Những ngày đầu ở Việt Nam, bạn gặp khó khăn gì?\n"
	es, err := parse("t.txt", src, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || !es[0].InVietnam || es[1].InVietnam || !es[2].InVietnam || es[0].Kind != "E" || es[2].Kind != "P" {
		t.Fatalf("entries = %+v", es)
	}
	w, err := BuildWriting(es[:2])
	if err != nil {
		t.Fatal(err)
	}
	if w[0].Context != "in_vietnam" || w[1].Context != "" {
		t.Errorf("writing contexts = %q, %q", w[0].Context, w[1].Context)
	}
	s, err := BuildSpeaking(es[2:])
	if err != nil {
		t.Fatal(err)
	}
	if s[0].Context != "in_vietnam" {
		t.Errorf("speaking context = %q", s[0].Context)
	}
	if _, err := parse("t.txt", "@ 2 study\nX+vn text\n", false); err == nil || !strings.Contains(err.Error(), "t.txt:2") {
		t.Errorf("bad kind: %v", err)
	}
}
