package viet

import (
	"encoding/json"
	"os"
	"testing"
)

type imeVector struct {
	Keys string `json:"keys"`
	Text string `json:"text"`
}

// TestIMEVectors checks the Go decoders against the vectors that the
// JavaScript port is tested with too.
func TestIMEVectors(t *testing.T) {
	b, err := os.ReadFile("testdata/ime_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors struct {
		Telex []imeVector `json:"telex"`
		VNI   []imeVector `json:"vni"`
	}
	if err := json.Unmarshal(b, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors.Telex) < 40 || len(vectors.VNI) < 25 {
		t.Errorf("want at least 40 Telex and 25 VNI vectors, have %d and %d", len(vectors.Telex), len(vectors.VNI))
	}
	for _, v := range vectors.Telex {
		if got := Telex(v.Keys); got != v.Text {
			t.Errorf("Telex(%q) = %q, want %q", v.Keys, got, v.Text)
		}
	}
	for _, v := range vectors.VNI {
		if got := VNI(v.Keys); got != v.Text {
			t.Errorf("VNI(%q) = %q, want %q", v.Keys, got, v.Text)
		}
	}
}

func TestTelex(t *testing.T) {
	tests := []struct{ keys, want string }{
		{"", ""},
		{"Hanoi", "Hanoi"},
		{"xin chaof", "xin chào"},
		{"Tieengs Vieetj", "Tiếng Việt"},
		{"tieengs", "tiếng"},
		{"tieesng", "tiếng"},
		{"tiengse", "tiếng"}, // the circumflex may come last as well
		{"truowngf", "trường"},
		{"truwowngf", "trường"},
		{"truwongf", "trường"}, // ưo before a final can only be ươ
		{"Thanh Hoas", "Thanh Hoá"},
		{"DDaij hocj", "Đại học"},
		{"Ddaij", "Đại"},
		{"dDaij", "đại"},
		{"aA", "â"},
		{"AA", "Â"},
		{"W", "Ư"},
		{"TW", "TƯ"},
		{"ass", "as"},
		{"aas", "ấ"},
		{"aaa", "aa"},
		{"aaaa", "aaa"},
		{"ddd", "dd"},
		{"www", "ww"},
		{"uww", "uw"},
		{"uow", "ươ"},
		{"uowo", "uô"}, // o after ươ means uô
		{"oow", "ơ"},
		{"aww", "aw"},
		{"awa", "â"},
		{"quaw", "quă"},
		{"quown", "quơn"},
		{"giuwax", "giữa"},
		{"gif", "gì"},
		{"ginf", "gìn"},
		{"thuowr", "thuở"},
		{"huow", "huơ"},
		{"ngow", "ngơ"},
		{"ngwowif", "người"},
		{"khuyeenr", "khuyển"},
		{"xooong", "xoong"},
		{"ruwowuj", "rượu"},
		{"hieeuj", "hiệu"},
		{"oaif", "oài"},
		{"ngoeof", "ngoèo"},
		{"khuaays", "khuấy"},
		{"tuoiwr", "tưởi"},
		{"s", "s"},
		{"sf", "sf"},
		{"trs", "trs"},
		{"aj.", "ạ."},
		{"a-s", "a-s"},
		{"ñas", "ñá"},
		{"tiếngs", "tiêngs"}, // a decoded word typed on: s undoes its sắc
		{"ngoao", "ngoao"},
		{"oio", "oio"},
		{"tiếnz", "tiên"},
		{"ăw", "aw"},
		{"ứng", "ứng"},
		{"Nguyeenx Vawn Awn", "Nguyễn Văn Ăn"},
		{"quyeets gieengs", "quyết giếng"},
		{"QUAS", "QUÁ"},
		{"hoaf", "hoà"},
		{"Hoaf", "Hoà"},
	}
	for _, tt := range tests {
		if got := Telex(tt.keys); got != tt.want {
			t.Errorf("Telex(%q) = %q, want %q", tt.keys, got, tt.want)
		}
	}
}

func TestVNI(t *testing.T) {
	tests := []struct{ keys, want string }{
		{"", ""},
		{"Vie65t Nam", "Việt Nam"},
		{"Vie6t5 Nam", "Việt Nam"},
		{"d9u7o7ng2", "đường"},
		{"D9", "Đ"},
		{"a8", "ă"},
		{"a88", "a8"},
		{"a68", "ă"},
		{"o76", "ô"},
		{"u77", "u7"},
		{"a111", "a11"},
		{"a12", "à"},
		{"a9", "a9"},
		{"1a", "1a"},
		{"x1", "x1"},
		{"ba 123", "ba 123"},
		{"ba1 1", "bá 1"},
		{"hoa1c8", "hoắc"},
		{"thuye6n2", "thuyền"},
		{"tu7o73i", "tưởi"},
		{"mua7", "mưa"},
		{"ca0", "ca0"},
		{"Nguye6n4 Va8n", "Nguyễn Văn"},
		{"tiê1ng", "tiếng"},
		{"tiế1ng", "tiê1ng"},
	}
	for _, tt := range tests {
		if got := VNI(tt.keys); got != tt.want {
			t.Errorf("VNI(%q) = %q, want %q", tt.keys, got, tt.want)
		}
	}
}
