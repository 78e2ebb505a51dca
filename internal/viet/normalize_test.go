package viet

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, newStyle, oldStyle string
	}{
		// Unicode forms: NFD and the decomposed-tone forms of old keyboards.
		{norm.NFD.String("Việt Nam"), "Việt Nam", "Việt Nam"},
		{"Vie\u0323\u0302t", "Việt", "Việt"},
		{"Vie\u0302\u0323t", "Việt", "Việt"},
		{"tie\u0301\u0302ng", "tiếng", "tiếng"}, // acute typed before the circumflex
		{"b\u0301a", "bá", "bá"},                // tone typed on the consonant
		// Spaces.
		{"  xin\u00a0chào\u2009bạn \t\n", "xin chào bạn", "xin chào bạn"},
		{"xin\u3000\u3000chào", "xin chào", "xin chào"},
		{"xin\u200bchào", "xinchào", "xinchào"},
		{"\ufeffchào", "chào", "chào"},
		// Placement styles.
		{"hoà khoẻ thuỷ", "hoà khoẻ thuỷ", "hòa khỏe thủy"},
		{"hòa khỏe thủy", "hoà khoẻ thuỷ", "hòa khỏe thủy"},
		{"Thụy Sĩ", "Thuỵ Sĩ", "Thụy Sĩ"},
		{"hoạ sĩ", "hoạ sĩ", "họa sĩ"},
		{"loè loẹt", "loè loẹt", "lòe loẹt"},
		{"lũy", "luỹ", "lũy"},
		{"hoàng hoạch toán", "hoàng hoạch toán", "hoàng hoạch toán"}, // a final fixes the mark in both styles
		{"thuyền huỳnh", "thuyền huỳnh", "thuyền huỳnh"},
		{"HÒA BÌNH", "HOÀ BÌNH", "HÒA BÌNH"},
		{"hÒa", "hOà", "hÒa"},
		// Tone on the wrong vowel of a cluster.
		{"tíêng", "tiếng", "tiếng"},
		{"mùôn", "muồn", "muồn"},
		{"đựơc", "được", "được"},
		{"dưóc", "dứoc", "dứoc"}, // a missing horn is not for Normalize to guess
		{"ngừơi", "người", "người"},
		{"rựơu", "rượu", "rượu"},
		{"thuýên", "thuyến", "thuyến"},
		{"miá luá cưả", "mía lúa cửa", "mía lúa cửa"},
		{"taì caó", "tài cáo", "tài cáo"},
		{"khuyủ", "khuỷu", "khuỷu"},
		{"ngoéo oại xoaý", "ngoéo oại xoáy", "ngoéo oại xoáy"},
		{"khuây khỏa", "khuây khoả", "khuây khỏa"},
		// After qu and gi the u or i is the onset.
		{"qúa qùy", "quá quỳ", "quá quỳ"},
		{"gìa gĩưa gì gìn", "già giữa gì gìn", "già giữa gì gìn"},
		{"giặt giường", "giặt giường", "giặt giường"},
		// Loan spelling.
		{"sóoc boong", "soóc boong", "soóc boong"},
		// Left alone: punctuation, numbers, words that are not one syllable.
		{"Xin chào!", "Xin chào!", "Xin chào!"},
		{"Hoà-Bình, 2024.", "Hoà-Bình, 2024.", "Hòa-Bình, 2024."},
		{"café résumé", "café résumé", "café résumé"},
		{"xinchaò", "xinchaò", "xinchaò"},
		{"ສະບາຍດີ", "ສະບາຍດີ", "ສະບາຍດີ"},
		{"Ðà Nẵng", "Đà Nẵng", "Đà Nẵng"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in, StyleNew); got != tt.newStyle {
			t.Errorf("Normalize(%q, StyleNew) = %q, want %q", tt.in, got, tt.newStyle)
		}
		if got := Normalize(tt.in, StyleOld); got != tt.oldStyle {
			t.Errorf("Normalize(%q, StyleOld) = %q, want %q", tt.in, got, tt.oldStyle)
		}
		for _, style := range []Style{StyleNew, StyleOld} {
			once := Normalize(tt.in, style)
			if twice := Normalize(once, style); twice != once {
				t.Errorf("Normalize not idempotent on %q: %q then %q", tt.in, once, twice)
			}
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"khoẻ mạnh", "Khỏe  mạnh."},
		{"Việt Nam", norm.NFD.String("VIỆT NAM")},
		{"Hoà Bình", "hòa-bình"},
		{"Hoà Bình", "hòa – bình"},
		{"xin chào bạn", "Xin chào, bạn!"},
		{"xin chào", "«Xin chào»"},
		{"kỹ sư", "kĩ sư"},
		{"sỹ quan", "sĩ quan"},
		{"lý do", "lí do"},
		{"Mỹ", "Mĩ"},
		{"hy vọng", "hi vọng"},
		{"công ty", "công ti"},
		{"bỉ", "bỷ"},
		{"tiếng", "tíêng"},
		{"Nguyễn Thị Minh Khai", "nguyễn thị minh khai"},
	}
	for _, tt := range tests {
		if ka, kb := Key(tt.a), Key(tt.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, want equal", tt.a, ka, tt.b, kb)
		}
	}
	different := []struct{ a, b string }{
		{"tay", "tai"},     // y is a glide here
		{"thuỷ", "thuỉ"},   // uy is not the i/y variant
		{"quý", "quí"},     // qu is not in the list
		{"ý", "í"},         // no onset
		{"kỹ", "kỹ thuật"}, // syllable count
		{"tỷ", "tỵ"},       // tone still counts
		{"chỉ", "chỷ"},     // ch is not in the list
		{"mày", "mài"},     // open y after a vowel is a glide
		{"2 người", "hai người"},
	}
	for _, tt := range different {
		if ka, kb := Key(tt.a), Key(tt.b); ka == kb {
			t.Errorf("Key(%q) == Key(%q) == %q, want different", tt.a, tt.b, ka)
		}
	}
	if got, want := Key(" Khỏe-mạnh. "), "khoẻ mạnh"; got != want {
		t.Errorf("Key = %q, want %q", got, want)
	}
}

func TestStripMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đất Nước", "Dat Nuoc"},
		{"Trường Chính trị tỉnh Thanh Hoá", "Truong Chinh tri tinh Thanh Hoa"},
		{norm.NFD.String("Việt"), "Viet"},
		{"ĂÂÊÔƠƯĐ ăâêôơưđ", "AAEOOUD aaeooud"},
		{"ỳýỷỹỵ", "yyyyy"},
		{"abc 123 ສະບາຍ", "abc 123 ສະບາຍ"},
	}
	for _, tt := range tests {
		if got := StripMarks(tt.in); got != tt.want {
			t.Errorf("StripMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// isSpace and isWordRune answer the common runes without the Unicode
// tables; for every rune they must say what the tables say.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r) || unicode.In(r, unicode.Zs); got != want {
			t.Errorf("isSpace(%U) = %v, the tables say %v", r, got, want)
		}
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsMark(r); got != want {
			t.Errorf("isWordRune(%U) = %v, the tables say %v", r, got, want)
		}
	}
}
