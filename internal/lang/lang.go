// Package lang translates every text a user reads into Lao, Vietnamese or
// English. Messages live in web/i18n/{lo,vi,en}.json and web/i18n/*.{lo,vi,en}.json; go-i18n (nicksnyder)
// does the lookup, templating and CLDR plural rules so we do not.
package lang

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Supported page languages, Vietnamese first: it is the fallback.
var Supported = []string{"vi", "lo", "en"}

// Default is used when nothing else decides.
const Default = "vi"

// Catalog holds the messages of every language.
type Catalog struct {
	bundle     *i18n.Bundle
	localizers map[string]*i18n.Localizer
	matcher    language.Matcher
	keys       map[string][]string
}

// Load reads dir/{vi,lo,en}.json from fsys.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	b := i18n.NewBundle(language.Vietnamese)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{bundle: b, localizers: map[string]*i18n.Localizer{}, keys: map[string][]string{}}
	var tags []language.Tag
	for _, l := range Supported {
		// vi.json holds the shared messages; each part of the product may
		// keep its own file (exam.vi.json) so that parts edit apart.
		paths, err := fs.Glob(fsys, dir+"/*"+l+".json")
		if err != nil {
			return nil, err
		}
		seen := map[string]string{}
		for _, path := range paths {
			base := path[strings.LastIndex(path, "/")+1:]
			if base != l+".json" && !strings.HasSuffix(base, "."+l+".json") {
				continue
			}
			raw, err := fs.ReadFile(fsys, path)
			if err != nil {
				return nil, fmt.Errorf("translations: %w", err)
			}
			var m map[string]string
			if err := json.Unmarshal(raw, &m); err != nil {
				return nil, fmt.Errorf("translations %s: %w", path, err)
			}
			for k := range m {
				if other, dup := seen[k]; dup {
					return nil, fmt.Errorf("translations: %q is in both %s and %s", k, other, path)
				}
				seen[k] = path
				c.keys[l] = append(c.keys[l], k)
			}
			if _, err := b.ParseMessageBytes(language.Make(l), raw, json.Unmarshal); err != nil {
				return nil, fmt.Errorf("translations %s: %w", path, err)
			}
		}
		if len(seen) == 0 {
			return nil, fmt.Errorf("translations: no %s messages in %s", l, dir)
		}
		sort.Strings(c.keys[l])
		c.localizers[l] = i18n.NewLocalizer(b, l)
		tags = append(tags, language.Make(l))
	}
	c.matcher = language.NewMatcher(tags)
	return c, nil
}

// Keys lists the message ids of one language (tests compare the sets).
func (c *Catalog) Keys(l string) []string { return c.keys[l] }

// T translates id into l. args are name/value pairs for the message template.
// A missing message shows its id, so a gap is visible rather than blank.
func (c *Catalog) T(l, id string, args ...any) string {
	loc, ok := c.localizers[l]
	if !ok {
		loc = c.localizers[Default]
	}
	var data map[string]any
	if len(args) > 0 {
		data = map[string]any{}
		for i := 0; i+1 < len(args); i += 2 {
			data[fmt.Sprint(args[i])] = args[i+1]
		}
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil || s == "" {
		return id
	}
	return s
}

// Valid reports whether l is a supported language code.
func Valid(l string) bool {
	for _, s := range Supported {
		if s == l {
			return true
		}
	}
	return false
}

// FromAcceptLanguage picks the best supported language for a header, or "".
func (c *Catalog) FromAcceptLanguage(header string) string {
	if strings.TrimSpace(header) == "" {
		return ""
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return ""
	}
	_, idx, conf := c.matcher.Match(tags...)
	if conf == language.No {
		return ""
	}
	return Supported[idx]
}
