package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

// bank grade answers as the exam grades: free word orders, digits for
// numbers, every listed spelling; answer_form: words refuses digits.
func TestBankGrade(t *testing.T) {
	t.Parallel()
	const dir = "testdata/grade"
	cases := []struct {
		item, answer, verdict string
		score, max            float64
	}{
		{"g-order", "Chợ ở gần trường.", "correct", 1, 1},
		{"g-order", "Trường ở gần chợ.", "correct", 1, 1},
		{"g-order", "Ở gần chợ trường.", "wrong", 0, 1},
		{"g-front", "Mỗi ngày chúng tôi học tiếng Việt.", "correct", 1, 1},
		{"g-front", "Chúng tôi học tiếng Việt mỗi ngày", "correct", 1, 1},
		{"g-front", "Học chúng tôi tiếng Việt mỗi ngày", "wrong", 0, 1},
		{"g-gap", "về", "correct", 1, 1},
		{"g-gap", "tới", "correct", 1, 1},
		{"g-gap", "ve", "no_diacritics", 0, 1},
		{"g-marks", "Nhờ đọc báo hàng ngày.", "correct", 1, 1},
		{"g-dict", "Bây giờ là 8 giờ.", "correct", 1, 1},
		{"g-dict", "Bây giờ là 9 giờ.", "wrong", 0, 1},
		{"g-dict-words", "Bây giờ là 8 giờ.", "wrong", 0, 1},
		{"g-dict-words", "Bây giờ là tám giờ.", "correct", 1, 1},
		{"g-choice", "b", "correct", 1, 1},
		{"g-choice", "a", "wrong", 0, 1},
		{"g-match", "to = nhỏ | nóng = nhỏ", "partial", 0.5, 1},
	}
	for _, c := range cases {
		t.Run(c.item+" "+c.answer, func(t *testing.T) {
			code, out, errs := run(t, "", "bank", "grade", c.item, c.answer, "--banks", dir)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got bankGradeOut
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%q: %v", out, err)
			}
			want := bankGradeOut{Item: c.item, Verdict: c.verdict, Score: c.score, Max: c.max}
			if got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
	if code, _, errs := run(t, "", "bank", "grade", "nope", "x", "--banks", dir); code != 1 || errs == "" {
		t.Errorf("unknown item: exit %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "bank", "grade", "g-dict"); code != 2 {
		t.Errorf("missing answer: exit %d, want 2", code)
	}
}

// The review's examples in the shipped banks (issue 13). The number one is
// the engine's; the other three are keys the content audit (branch rewrite)
// fixes, so this test fails until that content is merged. The banks are
// read once and each answer graded as `bank grade` grades it (TestBankGrade
// runs the command itself): reading the shipped banks takes seconds under
// -race, and the command would read them once per answer.
func TestBankGradeShippedExamples(t *testing.T) {
	t.Parallel()
	cases := []struct{ items, answer string }{
		{"nghe-b1-dict-010", "Bây giờ là 8 giờ."},
		{"viet-b1-order-410480", "Trường ở gần chợ."},
		{"viet-b3-gap-0f3bcf", "về"},
		// The audit moves restore-the-marks drills to Bậc 2, with a new id.
		{"viet-b3-marks-e5728b viet-b2-marks-e5728b", "Nhờ đọc báo hàng ngày, vốn từ của tôi tăng lên nhiều."},
	}
	b, _ := bank.Read("../../question_banks")
	for _, c := range cases {
		ids := strings.Fields(c.items)
		id := ids[0]
		for _, alt := range ids {
			if _, ok := b.Item(alt); ok {
				id = alt
			}
		}
		it, ok := b.Item(id)
		if !ok {
			t.Errorf("no item %s in the shipped banks", id)
			continue
		}
		got, err := gradeAnswer(it, c.answer)
		if err != nil || got.Verdict != "correct" {
			t.Errorf("bank grade %s %q: %+v %v", id, c.answer, got, err)
		}
	}
}
