package viet

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzSeeds = []string{
	"", " ", "Trường Chính trị tỉnh Thanh Hoá", "khoẻ mạnh", "Khỏe  mạnh.", "hòa-bình!",
	"tíêng", "qúa gìa", "b\u0301a", "e\u0301\u0302", norm.NFD.String("Việt Nam"),
	"xin\u00a0chào\u200b bạn\t\n", "\u0301", "a \u0301b", "ສະບາຍດີ", "café", "A4 2024",
	"khuỷu ngoằn ngoèo boong soóc", "Ðà Nẵng", "kỹ sư lý do", "ĐẠI HỌC", "\xff\xfe",
	"Truwowngf Chinhs trij tinhr Thanh Hoas", "Tru7o7ng2 Chi1nh tri5 ti3nh Thanh Hoa1",
	"ass aaa ddd ww www", "uow uwow thuowr", "a11 d9d9", "tiếngs tiê1",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, style := range []Style{StyleNew, StyleOld} {
			once := Normalize(s, style)
			if twice := Normalize(once, style); twice != once {
				t.Fatalf("Normalize(%q, %d) not idempotent: %q then %q", s, style, once, twice)
			}
			if utf8.ValidString(s) && !norm.NFC.IsNormalString(once) {
				t.Fatalf("Normalize(%q) = %q is not NFC", s, once)
			}
			if strings.Contains(once, "  ") || strings.TrimSpace(once) != once {
				t.Fatalf("Normalize(%q) = %q has unfolded spaces", s, once)
			}
		}
		key := Key(s)
		if Key(key) != key {
			t.Fatalf("Key(%q) = %q, Key of that = %q", s, key, Key(key))
		}
		// A Keyer remembers words: keying s again, and its key, from what
		// it remembers must give the same.
		var k Keyer
		for range 2 {
			if got := k.Key(s); got != key {
				t.Fatalf("Keyer.Key(%q) = %q, Key = %q", s, got, key)
			}
			if got := k.Key(key); got != key {
				t.Fatalf("Keyer.Key(%q) = %q, want it unchanged", key, got)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{"kà", "bàt", "ănh", "nghoa", "gì", "quý", "yêu", "uyên", "xinchao"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		syl, err := ParseSyllable(s)
		if err != nil {
			var se *SyllableError
			if !errors.As(err, &se) || se.Reason == "" {
				t.Fatalf("ParseSyllable(%q): error without a reason: %v", s, err)
			}
		} else {
			if syl.Nucleus == "" || !syl.Tone.valid() {
				t.Fatalf("ParseSyllable(%q) = %+v without nucleus", s, syl)
			}
			// A valid syllable reads the same in both placement styles.
			again, err := ParseSyllable(Normalize(s, StyleOld))
			if err != nil || again != syl {
				t.Fatalf("ParseSyllable(%q) = %+v but old style gives %+v, %v", s, syl, again, err)
			}
		}
		for _, c := range Check(s) {
			if c.Valid == (c.Reason != "") {
				t.Fatalf("Check(%q): %+v", s, c)
			}
		}
	})
}

func FuzzCompare(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		r := Compare(s, s)
		if strings.IndexFunc(s, unicode.IsLetter) >= 0 && r.Verdict != VerdictCorrect {
			t.Fatalf("Compare(%q, itself) = %+v", s, r)
		}
		// Against a mangled copy: no panic, a known verdict, and every
		// expected syllable accounted for.
		other := StripMarks(s) + " x"
		r = Compare(s, other)
		if verdictRank(r.Verdict) == 4 && r.Verdict != VerdictWrong {
			t.Fatalf("unknown verdict %q", r.Verdict)
		}
		n := 0
		for _, d := range r.Syllables {
			if d.Error != DiffExtra {
				n++
			}
		}
		if n != len(tokens(s)) {
			t.Fatalf("Compare(%q, %q): %d expected syllables in diff, want %d", s, other, n, len(tokens(s)))
		}
	})
}

func FuzzTelex(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if out := Telex(s); !utf8.ValidString(out) {
			t.Fatalf("Telex(%q) = %q is not UTF-8", s, out)
		}
	})
}

func FuzzVNI(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if out := VNI(s); !utf8.ValidString(out) {
			t.Fatalf("VNI(%q) = %q is not UTF-8", s, out)
		}
	})
}
