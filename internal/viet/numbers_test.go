package viet

import "testing"

// Digits and words are the same number when grading, in every spelling a
// teacher accepts; words that are numbers only inside a number stay words.
func TestNumbersDigitsEqualWords(t *testing.T) {
	cases := []struct{ expected, given, verdict string }{
		{"Bây giờ là tám giờ.", "Bây giờ là 8 giờ.", VerdictCorrect},
		{"Bây giờ là 8 giờ.", "Bây giờ là tám giờ.", VerdictCorrect},
		{"mười lăm", "15", VerdictCorrect},
		{"hai mươi lăm", "25", VerdictCorrect},
		{"hai lăm", "25", VerdictCorrect},
		{"hai mươi lăm", "hai lăm", VerdictCorrect},
		{"hai mươi mốt", "21", VerdictCorrect},
		{"hai mươi tư", "24", VerdictCorrect},
		{"hai mươi bốn", "24", VerdictCorrect},
		{"hai mươi tư", "hai mươi bốn", VerdictCorrect},
		{"năm hai nghìn không trăm hai mươi ba", "năm 2023", VerdictCorrect},
		{"năm hai ngàn không trăm hai mươi ba", "năm 2023", VerdictCorrect},
		{"một trăm lẻ năm", "105", VerdictCorrect},
		{"một trăm linh năm", "105", VerdictCorrect},
		{"hai nghìn lẻ năm", "2005", VerdictCorrect},
		{"một triệu", "1.000.000", VerdictCorrect},
		{"một triệu", "1000000", VerdictCorrect},
		{"ba trăm nghìn đồng", "300.000 đồng", VerdictCorrect},
		{"thứ nhất", "thứ 1", VerdictCorrect},
		{"Hôm nay là thứ tư.", "Hôm nay là thứ 4.", VerdictCorrect},
		{"thứ hai", "thứ 2", VerdictCorrect},
		{"ngày mười lăm", "ngày 15", VerdictCorrect},
		{"ngày mùng năm", "ngày mùng 5", VerdictCorrect},
		{"hai phẩy năm", "2,5", VerdictCorrect},
		{"hai phẩy năm", "2.5", VerdictCorrect},
		{"năm mươi phần trăm", "50%", VerdictCorrect},
		{"tám giờ", "08 giờ", VerdictCorrect},
		// Not numbers, or not the same number.
		{"Bây giờ là tám giờ.", "Bây giờ là 9 giờ.", VerdictWrong},
		{"hai mươi lăm", "52", VerdictWrong},
		{"Tôi không biết.", "Tôi 0 biết.", VerdictWrong},
		{"hai mươi năm", "25", VerdictWrong},     // twenty years
		{"mười năm", "15", VerdictWrong},         // ten years
		{"ngày mốt", "ngày 1", VerdictWrong},     // the day after tomorrow
		{"một trăm lẻ năm", "150", VerdictWrong}, // 105, not 150
		// The words keep their own feedback: a tone slip in a number word.
		{"tám giờ", "tam giờ", VerdictTone},
		{"tám giờ", "tam gio", VerdictNoDiacritics},
		{"hai mươi lăm", "hai mười lăm", VerdictTone},
		// A slip elsewhere is still graded when the number is in digits.
		{"Bây giờ là tám giờ.", "Bây giờ là 8 gio.", VerdictDiacritic},
		{"Bây giờ là tám giờ.", "Bay gio la 8 gio", VerdictNoDiacritics},
		{"Bây giờ là tám giờ.", "Bây giờ là 8 gìơ.", VerdictCorrect},
		{"Bây giờ là tám giờ.", "Bây giờ là 8 giở.", VerdictTone},
	}
	for _, c := range cases {
		t.Run(c.expected+"|"+c.given, func(t *testing.T) {
			r := Compare(c.expected, c.given)
			if r.Verdict != c.verdict {
				t.Errorf("Compare(%q, %q) = %s %+v, want %s", c.expected, c.given, r.Verdict, r.Syllables, c.verdict)
			}
		})
	}
}

// answer_form: words: a number in digits is not accepted.
func TestCompareWordsRefusesDigits(t *testing.T) {
	if r := CompareWords([]string{"tám giờ"}, "8 giờ", DefaultCredit); r.Verdict != VerdictWrong {
		t.Errorf("CompareWords(tám giờ, 8 giờ) = %s, want wrong", r.Verdict)
	}
	if r := CompareWords([]string{"tám giờ"}, "tám giờ", DefaultCredit); r.Verdict != VerdictCorrect {
		t.Errorf("CompareWords(tám giờ, tám giờ) = %s, want correct", r.Verdict)
	}
}

func TestDigitForm(t *testing.T) {
	cases := []struct{ in, want string }{
		{"hai nghìn không trăm hai mươi ba", "2023"},
		{"một tỷ hai trăm triệu", "1200000000"},
		{"mười một", "11"},
		{"Tôi không biết", "Tôi không biết"},
		{"ba mốt", "31"},
		{"chín mươi chín", "99"},
		{"không phẩy năm", "0,5"},
		{"25%", "25 phần trăm"},
	}
	for _, c := range cases {
		if got := DigitForm(c.in); got != c.want {
			t.Errorf("DigitForm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Two tone marks on one syllable are a tone error, and the feedback says so.
func TestCompareTwoToneMarks(t *testing.T) {
	r := Compare("học", "họ\u0301c")
	if r.Verdict != VerdictTone && r.Verdict != VerdictDiacritic {
		t.Fatalf("verdict %s, want tone or diacritic", r.Verdict)
	}
	if len(r.Syllables) != 1 || r.Syllables[0].Detail == "" {
		t.Fatalf("syllables %+v: want one with a detail", r.Syllables)
	}
	if want := "2 tone marks (nặng + sắc) on one syllable instead of nặng"; r.Syllables[0].Detail != want {
		t.Errorf("detail %q, want %q", r.Syllables[0].Detail, want)
	}
}
