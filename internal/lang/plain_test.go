package lang

import (
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	webfiles "hocviet/web"
)

// Messages without template actions, or with only {{.Name}}, are answered
// without go-i18n; the answer must be the localizer's, for every message of
// every language and arguments of any type, and an unknown language still
// falls back to the default.
func TestPlainMessagesAsTheLocalizerSays(t *testing.T) {
	c, err := Load(webfiles.FS, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range Supported {
		for id := range c.plain[l] {
			want, err := c.localizers[l].Localize(&i18n.LocalizeConfig{MessageID: id})
			if err != nil {
				t.Fatalf("%s %s: %v", l, id, err)
			}
			if got := c.T(l, id); got != want {
				t.Errorf("%s %s: %q, the localizer says %q", l, id, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d plain messages", n)
	}
	simple := 0
	for _, l := range Supported {
		for id, segs := range c.simple[l] {
			for _, v := range []any{"a<b>&c", 7, int64(-12), 2.5} {
				var args []any
				data := map[string]any{}
				for _, s := range segs {
					if s.arg {
						args = append(args, s.text, v)
						data[s.text] = v
					}
				}
				want, err := c.localizers[l].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
				if err != nil {
					t.Fatalf("%s %s: %v", l, id, err)
				}
				if got := c.T(l, id, args...); got != want {
					t.Errorf("%s %s with %v: %q, the localizer says %q", l, id, v, got, want)
				}
			}
			// A missing argument is the localizer's business too.
			want, _ := c.localizers[l].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: map[string]any{"Other": 1}})
			if got := c.T(l, id, "Other", 1); got != want {
				t.Errorf("%s %s without its arguments: %q, the localizer says %q", l, id, got, want)
			}
			simple++
		}
	}
	if simple < 300 {
		t.Errorf("only %d simple messages", simple)
	}
	if got, want := c.T("xx", "lang.self"), c.T(Default, "lang.self"); got != want || got == "lang.self" {
		t.Errorf("unknown language: %q, want %q", got, want)
	}
}
