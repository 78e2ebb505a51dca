package lang_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/lang"
	webfiles "hocviet/web"
)

func load(t *testing.T) *lang.Catalog {
	t.Helper()
	c, err := lang.Load(webfiles.FS, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Every message must exist in all three languages: a missing Lao message
// would show an English-looking id to a board officer.
func TestEveryKeyInEveryLanguage(t *testing.T) {
	c := load(t)
	set := func(l string) map[string]bool {
		m := map[string]bool{}
		for _, k := range c.Keys(l) {
			m[k] = true
		}
		return m
	}
	vi := set("vi")
	for _, l := range lang.Supported {
		got := set(l)
		for k := range vi {
			if !got[k] {
				t.Errorf("%s.json lacks %q", l, k)
			}
		}
		for k := range got {
			if !vi[k] {
				t.Errorf("%s.json has %q that vi.json lacks", l, k)
			}
		}
	}
	if len(vi) < 50 {
		t.Fatalf("only %d messages loaded", len(vi))
	}
}

func TestLaoMessagesAreLao(t *testing.T) {
	c := load(t)
	for _, k := range c.Keys("lo") {
		s := c.T("lo", k)
		if s == c.T("en", k) && len([]rune(s)) > 3 {
			t.Errorf("lo %q is the English text %q", k, s)
		}
	}
}

func TestTranslateWithArgs(t *testing.T) {
	c := load(t)
	if got, want := c.T("en", "login.error_locked", "Minutes", 15), "Too many failed sign-ins. Try again in 15 minutes."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := c.T("lo", "login.error_locked", "Minutes", 15); !strings.Contains(got, "15 ນາທີ") {
		t.Errorf("lo: got %q", got)
	}
	if got := c.T("vi", "no.such.key"); got != "no.such.key" {
		t.Errorf("missing key: got %q", got)
	}
}

func TestFromAcceptLanguage(t *testing.T) {
	c := load(t)
	for _, tt := range []struct{ header, want string }{
		{"lo-LA,lo;q=0.9,en;q=0.5", "lo"},
		{"en-GB,en;q=0.9", "en"},
		{"vi-VN", "vi"},
		{"th-TH", ""},
		{"fr, en;q=0.3", "en"},
		{"", ""},
		{"!!!", ""},
	} {
		if got := c.FromAcceptLanguage(tt.header); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.header, got, tt.want)
		}
	}
}

func TestTranslationFilesAreSorted(t *testing.T) {
	// Sorted files make reviews of translation changes readable.
	for _, l := range lang.Supported {
		paths, _ := filepath.Glob("../../web/i18n/*" + l + ".json")
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			prev := ""
			for _, line := range strings.Split(string(b), "\n") {
				line = strings.TrimSpace(line)
				if !strings.HasPrefix(line, `"`) {
					continue
				}
				k := line[:strings.Index(line[1:], `"`)+2]
				if k < prev {
					t.Errorf("%s: %s comes after %s", p, k, prev)
				}
				prev = k
			}
		}
	}
}
