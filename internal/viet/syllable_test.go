package viet

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestParseSyllable(t *testing.T) {
	tests := []struct {
		in                           string
		onset, medial, nucleus, coda string
		tone                         Tone
	}{
		{"ba", "b", "", "a", "", Ngang},
		{"tiếng", "t", "", "iê", "ng", Sac},
		{"tíêng", "t", "", "iê", "ng", Sac},
		{"Việt", "v", "", "iê", "t", Nang},
		{"nghiêng", "ngh", "", "iê", "ng", Ngang},
		{"thuyền", "th", "u", "yê", "n", Huyen},
		{"yêu", "", "", "yê", "u", Ngang},
		{"khuỷu", "kh", "u", "y", "u", Hoi},
		{"người", "ng", "", "ươ", "i", Huyen},
		{"rượu", "r", "", "ươ", "u", Nang},
		{"muối", "m", "", "uô", "i", Sac},
		{"ngoài", "ng", "o", "a", "i", Huyen},
		{"xoáy", "x", "o", "a", "y", Sac},
		{"ngoao", "ng", "o", "a", "o", Ngang},
		{"ngoẹo", "ng", "o", "e", "o", Nang},
		{"khuây", "kh", "u", "â", "y", Ngang},
		{"khuya", "kh", "u", "ya", "", Ngang},
		{"hoà", "h", "o", "a", "", Huyen},
		{"hòa", "h", "o", "a", "", Huyen},
		{"hoặc", "h", "o", "ă", "c", Nang},
		{"thuỷ", "th", "u", "y", "", Hoi},
		{"thuở", "th", "u", "ơ", "", Hoi},
		{"quá", "qu", "", "a", "", Sac},
		{"quý", "qu", "", "y", "", Sac},
		{"quyết", "qu", "", "yê", "t", Sac},
		{"quốc", "qu", "", "ô", "c", Sac},
		{"giá", "gi", "", "a", "", Sac},
		{"giữa", "gi", "", "ưa", "", Nga},
		{"giường", "gi", "", "ươ", "ng", Huyen},
		{"gì", "gi", "", "i", "", Huyen},
		{"gìn", "gi", "", "i", "n", Huyen},
		{"mía", "m", "", "ia", "", Sac},
		{"lúa", "l", "", "ua", "", Sac},
		{"cửa", "c", "", "ưa", "", Hoi},
		{"boong", "b", "", "oo", "ng", Ngang},
		{"soóc", "s", "", "oo", "c", Sac},
		{"anh", "", "", "a", "nh", Ngang},
		{"ĐẠI", "đ", "", "a", "i", Nang},
		{"ở", "", "", "ơ", "", Hoi},
		{" giếng ", "gi", "", "ê", "ng", Sac},
		{"Quyết", "qu", "", "yê", "t", Sac},
		{"huơ", "h", "u", "ơ", "", Ngang},
		{"oanh", "", "o", "a", "nh", Ngang},
		{"uỷ", "", "u", "y", "", Hoi},
	}
	for _, tt := range tests {
		s, err := ParseSyllable(tt.in)
		if err != nil {
			t.Errorf("ParseSyllable(%q): %v", tt.in, err)
			continue
		}
		if s.Onset != tt.onset || s.Medial != tt.medial || s.Nucleus != tt.nucleus || s.Coda != tt.coda || s.Tone != tt.tone {
			t.Errorf("ParseSyllable(%q) = %q|%q|%q|%q %v, want %q|%q|%q|%q %v", tt.in,
				s.Onset, s.Medial, s.Nucleus, s.Coda, s.Tone, tt.onset, tt.medial, tt.nucleus, tt.coda, tt.tone)
		}
	}
	if s, _ := ParseSyllable("tíêng"); s.Text != "tiếng" {
		t.Errorf("Text = %q, want the syllable it means", s.Text)
	}
}

func TestParseSyllableInvalid(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", "empty syllable"},
		{"kà", "k before a must be c"},
		{"ko", "k before o must be c"},
		{"ce", "c before e must be k"},
		{"ci", "c before i must be k"},
		{"gha", "gh before a must be g"},
		{"ghô", "gh before ô must be g"},
		{"ge", "g before e must be gh"},
		{"nghoa", "ngh before o must be ng"},
		{"nghá", "ngh before a must be ng"},
		{"nge", "ng before e must be ngh"},
		{"coa", "c before oa must be qu"},
		{"kuy", "k before uy must be qu"},
		{"bàt", "checked syllable -t cannot take huyền"},
		{"bat", "checked syllable -t cannot take ngang"},
		{"họch", "-ch cannot follow o"},
		{"ănh", "-nh cannot follow ă"},
		{"enh", "-nh cannot follow e"},
		{"ă", "ă cannot end a syllable"},
		{"tâ", "â cannot end a syllable"},
		{"tiê", "iê cannot end a syllable"},
		{"muô", "uô cannot end a syllable"},
		{"mían", "ia before n must be iê"},
		{"muan", "ua before n must be uô"},
		{"mưat", "ưa before t must be ươ"},
		{"iêu", "iê at the start of a syllable must be yê"},
		{"tyên", "yê after t must be iê"},
		{"boom", "oo must be followed by ng or c"},
		{"fa", "f is not a Vietnamese letter"},
		{"Jam", "j is not a Vietnamese letter"},
		{"wow", "w is not a Vietnamese letter"},
		{"zô", "z is not a Vietnamese letter"},
		{"ñam", "ñ is not a Vietnamese letter"},
		{"a1", "1 is not a letter"},
		{"xin chào", "not a single syllable"},
		{"xinchao", "not a single syllable"},
		{"qa", "q must be followed by u"},
		{"blá", "bl is not a Vietnamese onset"},
		{"bk", "no vowel"},
		{"bek", "k cannot end a syllable"},
		{"uo", "uo is not a Vietnamese vowel cluster"},
		{"nuoc", "uo is not a Vietnamese vowel cluster"},
		{"aim", "ai cannot be followed by m"},
		{"ăy", "ăy is not a Vietnamese vowel cluster"},
		{"tíền", "more than one tone mark"},
	}
	for _, tt := range tests {
		_, err := ParseSyllable(tt.in)
		var se *SyllableError
		if !errors.As(err, &se) {
			t.Errorf("ParseSyllable(%q) error = %v, want reason %q", tt.in, err, tt.reason)
			continue
		}
		if se.Reason != tt.reason {
			t.Errorf("ParseSyllable(%q) reason = %q, want %q", tt.in, se.Reason, tt.reason)
		}
	}
}

func TestValidWords(t *testing.T) {
	// A sample of real words across the rhymes; none may be flagged.
	text := `Trường Chính trị tỉnh Thanh Hoá, tiếng Việt, khoẻ mạnh, khỏe, hòa bình, thủy, thuỷ,
		nghiêng ngả, ghế gỗ, kiểm tra, cái kéo, quả quýt, quyển vở, quê hương, giữa trưa,
		gìn giữ, già, gió, mía, lúa, cửa sổ, người, rượu, muối, khuỷu tay, khuya, ngoằn ngoèo,
		ngoao, xoáy, khuây khoả, yêu, yên, uyên, chuyện, thuở, huơ, boong tàu, quần soóc,
		oanh, huỳnh, huých, hoạch, khuếch, xếch, ếch, anh, ách, ảnh, lịch, xinh, bạn, đây, câu,
		áo, eo, kêu, chịu, mồi, gửi, hưu, mưu, oà, loè, xuân, tuần, thuế, uống, ước, giếng, giặt`
	for _, c := range Check(text) {
		if !c.Valid {
			t.Errorf("%q flagged: %s", c.Text, c.Reason)
		}
	}
}

func TestCheck(t *testing.T) {
	got := Check("Năm 2024, tôi kà bàt-ănh fa A4 3G ສະບາຍ!")
	want := []SyllableCheck{
		{"Năm", true, ""},
		{"tôi", true, ""},
		{"kà", false, "k before a must be c"},
		{"bàt", false, "checked syllable -t cannot take huyền"},
		{"ănh", false, "-nh cannot follow ă"},
		{"fa", false, "f is not a Vietnamese letter"},
		{"ສະບາຍ", false, "ສ is not a Vietnamese letter"},
	}
	if len(got) != len(want) {
		t.Fatalf("Check = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Check[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := Check("123 ... !"); got == nil || len(got) != 0 {
		t.Errorf("Check of numbers and punctuation = %#v, want empty, not nil", got)
	}
}

func TestToneNames(t *testing.T) {
	tests := []struct {
		tone        Tone
		ascii, viet string
	}{
		{Ngang, "ngang", "ngang"}, {Huyen, "huyen", "huyền"}, {Sac, "sac", "sắc"},
		{Hoi, "hoi", "hỏi"}, {Nga, "nga", "ngã"}, {Nang, "nang", "nặng"},
	}
	for _, tt := range tests {
		if tt.tone.String() != tt.ascii || tt.tone.Vietnamese() != tt.viet {
			t.Errorf("tone %d: %q %q, want %q %q", int(tt.tone), tt.tone.String(), tt.tone.Vietnamese(), tt.ascii, tt.viet)
		}
		for _, name := range []string{tt.ascii, tt.viet} {
			if got, ok := ParseTone(name); !ok || got != tt.tone {
				t.Errorf("ParseTone(%q) = %v, %v", name, got, ok)
			}
		}
		b, err := json.Marshal(tt.tone)
		if err != nil || string(b) != `"`+tt.ascii+`"` {
			t.Errorf("json.Marshal(%v) = %s, %v", tt.tone, b, err)
		}
		var back Tone
		if err := json.Unmarshal(b, &back); err != nil || back != tt.tone {
			t.Errorf("json.Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	if _, ok := ParseTone("grave"); ok {
		t.Error("ParseTone accepted an unknown name")
	}
	if _, err := Tone(9).MarshalText(); err == nil {
		t.Error("MarshalText accepted an invalid tone")
	}
}

// After qu the u is the glide: no rounded vowel or second medial follows,
// except ô before c (quốc).
func TestParseQu(t *testing.T) {
	for _, s := range []string{"quô", "quo", "quu", "quư", "quưa", "quuy", "quoạ", "quông"} {
		if _, err := ParseSyllable(s); err == nil {
			t.Errorf("ParseSyllable(%q) accepted", s)
		}
	}
	for _, s := range []string{"quốc", "quả", "quê", "quý", "quyển", "quân", "quăn", "quở", "quỳnh", "quạ", "quay", "quai", "quen"} {
		if _, err := ParseSyllable(s); err != nil {
			t.Errorf("ParseSyllable(%q): %v", s, err)
		}
	}
}
