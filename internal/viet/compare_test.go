package viet

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestCompareVerdicts(t *testing.T) {
	tests := []struct {
		expected, given, verdict string
		score                    float64
	}{
		// correct: same after normalisation.
		{"khoẻ mạnh", "Khỏe  mạnh.", VerdictCorrect, 1},
		{"Việt Nam", "VIỆT\u00a0NAM", VerdictCorrect, 1},
		{"Hoà Bình", "hòa-bình!", VerdictCorrect, 1},
		{"kỹ thuật", "kĩ thuật", VerdictCorrect, 1},
		{"lý do", "lí do", VerdictCorrect, 1},
		{"tiếng Việt", "tíêng việt", VerdictCorrect, 1},
		{"Xin chào, bạn!", "xin chào bạn", VerdictCorrect, 1},
		{"", "", VerdictCorrect, 1},
		// tone: only tone marks differ.
		{"bài học", "bài hoc", VerdictTone, 0.5},
		{"bài học", "bái hóc", VerdictTone, 0.5},
		{"cá", "cà", VerdictTone, 0.5},
		{"những", "nhửng", VerdictTone, 0.5},
		// diacritic: letter marks differ, tones may too.
		{"sương", "suơng", VerdictDiacritic, 0.25},
		{"đi học", "di học", VerdictDiacritic, 0.25},
		{"cây xanh", "cay xành", VerdictDiacritic, 0.25},
		{"mặt", "mát", VerdictDiacritic, 0.25},
		{"bài học", "bài hôc", VerdictDiacritic, 0.25},
		// no_diacritics: the answer has no marks at all.
		{"đất nước", "dat nuoc", VerdictNoDiacritics, 0},
		{"Xin chào", "xin chao", VerdictNoDiacritics, 0},
		{"bà", "ba", VerdictNoDiacritics, 0},
		// wrong.
		{"mùa xuân", "mùa thu", VerdictWrong, 0},
		{"tay", "tai", VerdictWrong, 0},
		{"thuỷ", "thuỉ", VerdictWrong, 0},
		{"tôi đi học", "tôi học", VerdictWrong, 0},
		{"tôi học", "tôi đi học", VerdictWrong, 0},
		{"đất nước", "dat nuoc dep", VerdictWrong, 0},
		{"đất nước", "", VerdictWrong, 0},
		{"hai", "2", VerdictCorrect, 1}, // digits are words (issue 13.1)
		{"hai", "3", VerdictWrong, 0},
		{"anh", "an", VerdictWrong, 0},
	}
	for _, tt := range tests {
		r := Compare(tt.expected, tt.given)
		if r.Verdict != tt.verdict || r.Score != tt.score {
			t.Errorf("Compare(%q, %q) = %s %v, want %s %v (%+v)", tt.expected, tt.given, r.Verdict, r.Score, tt.verdict, tt.score, r.Syllables)
		}
	}
}

func TestCompareSyllables(t *testing.T) {
	tests := []struct {
		expected, given string
		want            []SyllableDiff
	}{
		{"bài học", "bài hoc", []SyllableDiff{
			{Expected: "bài", Given: "bài", ExpectedTone: Huyen, GivenTone: Huyen},
			{Expected: "học", Given: "hoc", Error: DiffTone, Detail: "missing nặng", ExpectedTone: Nang},
		}},
		{"cá", "cà", []SyllableDiff{
			{Expected: "cá", Given: "cà", Error: DiffTone, Detail: "huyền instead of sắc", ExpectedTone: Sac, GivenTone: Huyen},
		}},
		{"ba", "bả", []SyllableDiff{
			{Expected: "ba", Given: "bả", Error: DiffTone, Detail: "hỏi instead of ngang", GivenTone: Hoi},
		}},
		{"sương", "suơng", []SyllableDiff{
			{Expected: "sương", Given: "suơng", Error: DiffDiacritic, Detail: "u instead of ư",
				Marks: []MarkDiff{{Expected: "ư", Given: "u"}}},
		}},
		{"tu", "tư", []SyllableDiff{
			{Expected: "tu", Given: "tư", Error: DiffDiacritic, Detail: "ư instead of u",
				Marks: []MarkDiff{{Expected: "u", Given: "ư"}}},
		}},
		{"đất", "dat", []SyllableDiff{
			{Expected: "đất", Given: "dat", Error: DiffDiacritic, Detail: "d instead of đ, a instead of â, missing sắc",
				ExpectedTone: Sac, Marks: []MarkDiff{{Expected: "đ", Given: "d"}, {Expected: "â", Given: "a"}}},
		}},
		{"tôi đi học", "tôi học", []SyllableDiff{
			{Expected: "tôi", Given: "tôi"},
			{Expected: "đi", Error: DiffMissing, Detail: "missing syllable"},
			{Expected: "học", Given: "học", ExpectedTone: Nang, GivenTone: Nang},
		}},
		{"tôi học", "tôi đi hoc", []SyllableDiff{
			{Expected: "tôi", Given: "tôi"},
			{Given: "đi", Error: DiffExtra, Detail: "extra syllable"},
			{Expected: "học", Given: "hoc", Error: DiffTone, Detail: "missing nặng", ExpectedTone: Nang},
		}},
		// The Lao learner's confusions are named part by part.
		{"anh", "an", []SyllableDiff{
			{Expected: "anh", Given: "an", Error: DiffWrong, Detail: "n instead of nh",
				Parts: []PartDiff{{Part: "coda", Expected: "nh", Given: "n"}}},
		}},
		{"rất", "lấc", []SyllableDiff{
			{Expected: "rất", Given: "lấc", Error: DiffWrong, Detail: "l instead of r, c instead of t",
				ExpectedTone: Sac, GivenTone: Sac,
				Parts: []PartDiff{{Part: "onset", Expected: "r", Given: "l"}, {Part: "coda", Expected: "t", Given: "c"}}},
		}},
		{"sách", "sát", []SyllableDiff{
			{Expected: "sách", Given: "sát", Error: DiffWrong, Detail: "t instead of ch",
				ExpectedTone: Sac, GivenTone: Sac,
				Parts: []PartDiff{{Part: "coda", Expected: "ch", Given: "t"}}},
		}},
		{"xuân", "thu", []SyllableDiff{
			{Expected: "xuân", Given: "thu", Error: DiffWrong, Detail: "wrong syllable",
				Parts: []PartDiff{{Part: "onset", Expected: "x", Given: "th"}, {Part: "medial", Expected: "u", Given: ""},
					{Part: "nucleus", Expected: "â", Given: "u"}, {Part: "coda", Expected: "n", Given: ""}}},
		}},
		{"hai", "3", []SyllableDiff{
			{Expected: "hai", Given: "3", Error: DiffWrong, Detail: "wrong syllable"},
		}},
	}
	for _, tt := range tests {
		got := Compare(tt.expected, tt.given).Syllables
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Compare(%q, %q).Syllables =\n%+v\nwant\n%+v", tt.expected, tt.given, got, tt.want)
		}
	}
}

func TestCompareAlignment(t *testing.T) {
	// Missing and extra syllables are named and the rest still line up.
	r := Compare("hôm nay trời đẹp quá", "hom nay troi dep")
	var kinds []string
	for _, s := range r.Syllables {
		kinds = append(kinds, s.Error)
	}
	want := []string{DiffDiacritic, "", DiffDiacritic, DiffDiacritic, DiffMissing}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("errors = %q, want %q", kinds, want)
	}
	if r.Verdict != VerdictWrong {
		t.Errorf("verdict = %s, want wrong", r.Verdict)
	}
}

func TestCompareAny(t *testing.T) {
	accepted := []string{"Tôi là sinh viên", "Tôi là học sinh"}
	tests := []struct {
		given, verdict string
	}{
		{"tôi là học sinh", VerdictCorrect},
		{"toi la sinh vien", VerdictNoDiacritics},
		{"tôi là hoc sinh", VerdictTone},
		{"tôi là sinh vien", VerdictDiacritic},
		{"tôi là giáo viên", VerdictWrong},
	}
	for _, tt := range tests {
		if got := CompareAny(accepted, tt.given); got.Verdict != tt.verdict {
			t.Errorf("CompareAny(%q) = %s, want %s", tt.given, got.Verdict, tt.verdict)
		}
	}
	// Feedback comes from the nearest accepted answer.
	r := CompareAny(accepted, "tôi là giáo sinh")
	if r.Syllables[2].Expected != "học" {
		t.Errorf("feedback against %q, want the học sinh answer", r.Syllables[2].Expected)
	}
	if r := CompareAny(nil, "xin chào"); r.Verdict != VerdictWrong || len(r.Syllables) != 2 || r.Syllables[0].Error != DiffExtra {
		t.Errorf("CompareAny(nil) = %+v", r)
	}
	if r := CompareAny(nil, ""); r.Verdict != VerdictWrong {
		t.Errorf("CompareAny(nil, \"\") = %s, want wrong", r.Verdict)
	}
}

func TestCompareWith(t *testing.T) {
	lenient := Credit{Correct: 1, Tone: 0.8, Diacritic: 0.6, NoDiacritics: 0.4, Wrong: 0.1}
	tests := []struct {
		given string
		score float64
	}{
		{"mùa thu", 1}, {"mua thu", 0.4}, {"mùa thú", 0.8}, {"mưa thu", 0.6}, {"mùa hè", 0.1},
	}
	for _, tt := range tests {
		if got := CompareWith([]string{"mùa thu"}, tt.given, lenient); got.Score != tt.score {
			t.Errorf("CompareWith(%q) score = %v, want %v", tt.given, got.Score, tt.score)
		}
	}
	// With this policy an unmarked answer beats a diacritic slip against
	// another accepted answer, because the best score wins.
	odd := Credit{Correct: 1, Tone: 0.5, Diacritic: 0.1, NoDiacritics: 0.3}
	if got := CompareWith([]string{"mưa", "ma"}, "mua", odd); got.Verdict != VerdictDiacritic && got.Score != 0.3 {
		t.Errorf("CompareWith = %s %v", got.Verdict, got.Score)
	}
	if DefaultCredit != (Credit{1, 0.5, 0.25, 0, 0}) {
		t.Errorf("DefaultCredit = %+v", DefaultCredit)
	}
}

func TestResultJSON(t *testing.T) {
	b, err := json.Marshal(Compare("học", "hoc"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"verdict":"no_diacritics","score":0,"syllables":[{"expected":"học","given":"hoc","error":"tone",` +
		`"detail":"missing nặng","expected_tone":"nang","given_tone":"ngang"}]}`
	if string(b) != want {
		t.Errorf("JSON =\n%s\nwant\n%s", b, want)
	}
	b, _ = json.Marshal(Compare("", ""))
	if want := `{"verdict":"correct","score":1,"syllables":[]}`; string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
}

func BenchmarkCompareLong(b *testing.B) {
	exp := strings.Repeat("Trường Chính trị tỉnh Thanh Hoá đào tạo cán bộ. ", 30)
	giv := strings.Repeat("Truong Chinh tri tỉnh Thanh Hóa đao tạo can bộ ", 30)
	for b.Loop() {
		Compare(exp, giv)
	}
}

func TestCompareLongAnswers(t *testing.T) {
	// Equal ends are paired without the table, so a long answer with one
	// slip in the middle is cheap and exact.
	exp := strings.Repeat("trời hôm nay đẹp ", 400) + "quá " + strings.Repeat("chúng tôi đi chơi ", 400)
	giv := strings.Repeat("trời hôm nay đẹp ", 400) + "qua " + strings.Repeat("chúng tôi đi chơi ", 400)
	r := Compare(exp, giv)
	if r.Verdict != VerdictTone || r.errorCount() != 1 || r.Syllables[1600].Given != "qua" {
		t.Errorf("long answer: %s with %d errors", r.Verdict, r.errorCount())
	}
	// A middle too big for the table is paired by position.
	giv = strings.Repeat("a ", 700)
	r = Compare(strings.Repeat("bờ ", 600), giv)
	if len(r.Syllables) != 700 || r.Syllables[0].Error != DiffWrong || r.Syllables[650].Error != DiffExtra {
		t.Errorf("positional fallback: %d syllables, %+v", len(r.Syllables), r.Syllables[0])
	}
}
