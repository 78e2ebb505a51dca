package contentaudit

import (
	"testing"

	"hocviet/internal/bank"
)

// TestAuditedKeys grades, with the exam's own grading, answers the key
// audit found refused: each must now be right, and a wrong answer still
// wrong.
func TestAuditedKeys(t *testing.T) {
	b, err := bank.Load("../../question_banks")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		id   string
		resp bank.Response
		want string
	}{
		{"viet-b1-order-410480", bank.Response{Words: []string{"trường", "ở", "gần", "chợ"}}, "correct"},
		{"viet-b1-order-410480", bank.Response{Words: []string{"chợ", "ở", "gần", "trường"}}, "correct"},
		{"viet-b1-order-410480", bank.Response{Words: []string{"gần", "chợ", "ở", "trường"}}, "wrong"},
		{"viet-b3-gap-0f3bcf", bank.Response{Gaps: []string{"về"}}, "correct"},
		{"viet-b3-gap-0f3bcf", bank.Response{Gaps: []string{"với"}}, "correct"},
		{"viet-b3-gap-0f3bcf", bank.Response{Gaps: []string{"ở"}}, "wrong"},
		{"viet-b2-marks-e5728b", bank.Response{Text: "Nhờ đọc báo hàng ngày, vốn từ của tôi tăng lên nhiều."}, "correct"},
		{"viet-b2-marks-e5728b", bank.Response{Text: "Nhờ đọc báo hằng ngày, vốn từ của tôi tăng lên nhiều."}, "correct"},
		{"viet-b1-gap-9b67d4", bank.Response{Gaps: []string{"tới"}}, "correct"},
		{"viet-b2-order-016d46", bank.Response{Words: []string{"từ thứ Hai", "đến thứ Sáu", "chúng tôi", "làm việc"}}, "correct"},
		{"w-order-08", bank.Response{Words: []string{"cán bộ", "phải", "lắng nghe", "ý kiến của dân", "và", "gần dân"}}, "correct"},
		{"doc-b1-cloze-024", bank.Response{Gaps: []string{"tiếng"}}, "correct"},
	}
	for _, c := range cases {
		it, ok := b.Item(c.id)
		if !ok {
			t.Errorf("%s: no such item", c.id)
			continue
		}
		if got := bank.Grade(it, c.resp).Verdict; got != c.want {
			t.Errorf("%s %+v: %s, want %s", c.id, c.resp, got, c.want)
		}
	}
}
