package explain

import (
	"strings"
	"testing"

	"hocviet/internal/bank"
)

func TestDrafts(t *testing.T) {
	passage := "Tôi tên là Bun Mi. Tôi đến Thanh Hoá được hai tuần rồi. Tôi thích nem chua."
	cases := []struct {
		name string
		got  Text
		want []string // in Vi, then Lo
	}{
		{"tone", Tone("mẹ"), []string{"thanh nặng", "ມີວັນນະຍຸດ nặng"}},
		{"dictation finals and hỏi", Dictation("Chị ấy đọc sách ở thư viện.", nil), []string{"“sách” có âm cuối -ch; “ở” mang dấu hỏi", "«sách» ລົງທ້າຍດ້ວຍ -ch"}},
		{"gap function word", Gaps("Tôi đến {1} tỉnh Hủa Phăn.", []bank.Gap{{Accept: []string{"từ"}}}), []string{"“từ” chỉ điểm bắt đầu", "«từ» ບອກຈຸດເລີ່ມຕົ້ນ"}},
		{"gap alternatives", Gaps("Tôi đi {1} nhà.", []bank.Gap{{Accept: []string{"về", "tới"}}}), []string{"viết “tới” cũng đúng", "ຂຽນ «tới» ກໍຖືກ"}},
		{"gap options", Gaps("Tôi {1} ăn cơm.", []bank.Gap{{Options: []string{"đã", "sẽ", "rất"}, Answer: "đã"}}), []string{"“sẽ”, “rất” không hợp", "«sẽ», «rất» ບໍ່ເໝາະ"}},
		{"choice quotes the passage", Choice("Bun Mi đến Thanh Hoá bao lâu rồi?", []bank.Option{{Text: "Hai tuần", Correct: true}, {Text: "Hai tháng"}}, passage, false),
			[]string{"Bài đọc viết: “Tôi đến Thanh Hoá được hai tuần rồi”", "ບົດອ່ານຂຽນວ່າ: «Tôi đến Thanh Hoá được hai tuần rồi»"}},
		{"true false", TrueFalse("Bun Mi không thích nem chua.", false, passage), []string{"Câu này sai. Bài đọc viết: “Tôi thích nem chua”", "ປະໂຫຍກນີ້ຜິດ"}},
		{"order", Order([]string{"Chúng tôi học tiếng Việt mỗi ngày.", "Mỗi ngày chúng tôi học tiếng Việt."}), []string{"Cũng đúng: “Mỗi ngày chúng tôi học tiếng Việt”", "ລຽງແບບນີ້ກໍຖືກ"}},
		{"match", Match([]bank.Pair{{Left: "to", Right: "nhỏ"}}), []string{"“to” – “nhỏ”", "ຄູ່ທີ່ຖືກ"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(c.got.Vi, c.want[0]) || !strings.Contains(c.got.Lo, c.want[1]) || c.got.En == "" {
				t.Errorf("got\n vi %s\n lo %s\n en %s\nwant %q / %q", c.got.Vi, c.got.Lo, c.got.En, c.want[0], c.want[1])
			}
		})
	}
}

func TestFillKeepsHandWritten(t *testing.T) {
	it := &bank.Item{ID: "x", Skill: bank.Reading, Level: 2, Type: bank.TypeTrueFalse, Prompt: "Bun Mi thích nem chua.", Answer: "true",
		Passage: "Tôi thích nem chua.", Feedback: Text{Vi: "Viết tay."}}
	Fill(it, nil)
	if it.Feedback.Vi != "Viết tay." || it.Feedback.Lo == "" || it.Reviewed == nil || *it.Reviewed {
		t.Errorf("got %+v reviewed %v", it.Feedback, it.Reviewed)
	}
	hi := &bank.Item{ID: "y", Skill: bank.Reading, Level: 4, Type: bank.TypeTrueFalse, Answer: "true"}
	Fill(hi, nil)
	if !hi.Feedback.Empty() || hi.Reviewed != nil {
		t.Errorf("Bậc 4 item was given a draft: %+v", hi.Feedback)
	}
}

func TestVariants(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want []string
	}{
		{[]string{"Nhờ đọc báo hằng ngày, vốn từ của tôi tăng lên nhiều."}, []string{"Nhờ đọc báo hàng ngày, vốn từ của tôi tăng lên nhiều."}},
		{[]string{"Hằng năm, chi bộ họp vào ngày mồng năm."}, []string{"Hàng năm, chi bộ họp vào ngày mồng năm.", "Hằng năm, chi bộ họp vào ngày mùng năm.", "Hàng năm, chi bộ họp vào ngày mùng năm."}},
		{[]string{"Tôi đi lại hàng ngang."}, nil}, // not "every day": nothing to add
		{[]string{"hằng ngày", "hàng ngày"}, nil}, // both listed already
	} {
		got := Variants(c.in)[len(c.in):]
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Variants(%q) added %q, want %q", c.in, got, c.want)
		}
	}
}

func TestChoiceNegativeAndUnsupported(t *testing.T) {
	src := "Hai tháng đầu các đồng chí học tiếng Việt. Sau đó học triết học và tư tưởng Hồ Chí Minh."
	neg := Choice("Môn nào KHÔNG được nhắc đến?", []bank.Option{{Text: "Lịch sử thế giới", Correct: true}, {Text: "Triết học"}}, src, true)
	if !strings.Contains(neg.Vi, "bài không nhắc đến điều này") || !strings.Contains(neg.Vi, "triết học") || strings.Contains(neg.Vi, "Trong bài nghe có câu") {
		t.Errorf("negative question: %s", neg.Vi)
	}
	// No sentence shares a content word with the key: no quote.
	none := Choice("Anh ấy làm gì?", []bank.Option{{Text: "Bác sĩ", Correct: true}, {Text: "Giáo viên"}}, src, true)
	if strings.Contains(none.Vi, "Trong bài nghe có câu") {
		t.Errorf("quoted an unrelated sentence: %s", none.Vi)
	}
}
