// Package lang translates every text a user reads into Lao, Vietnamese or
// English. Messages live in web/i18n/{lo,vi,en}.json and web/i18n/*.{lo,vi,en}.json; go-i18n (nicksnyder)
// does the lookup, templating and CLDR plural rules so we do not.
package lang

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
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
	// plain holds, per language, the messages with no template actions:
	// most of them, and their translation is the text itself; simple, those
	// whose only actions are {{.Name}}. A page shows hundreds, and each went
	// through go-i18n's localizer (language matching, plural rules, a
	// template run): ~40 KB of garbage per exam page.
	plain  map[string]map[string]string
	simple map[string]map[string][]segment
}

// segment is a piece of a simple message: literal text, or an argument.
type segment struct {
	text string
	arg  bool // text is the argument's name
}

var actionRe = regexp.MustCompile(`\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}`)

// simpleSegments splits a message whose only actions are {{.Name}}; ok is
// false for any other template.
func simpleSegments(v string) (segs []segment, ok bool) {
	last := 0
	for _, m := range actionRe.FindAllStringSubmatchIndex(v, -1) {
		segs = append(segs, segment{text: v[last:m[0]]}, segment{text: v[m[2]:m[3]], arg: true})
		last = m[1]
	}
	segs = append(segs, segment{text: v[last:]})
	for _, s := range segs {
		if !s.arg && (strings.Contains(s.text, "{{") || strings.Contains(s.text, "}}")) {
			return nil, false
		}
	}
	return segs, true
}

// fill writes a simple message with args (name/value pairs); ok is false
// when an argument is missing or of a kind the template would print
// otherwise than fmt does, which the localizer then handles.
func fill(segs []segment, args []any) (string, bool) {
	var b strings.Builder
	for _, s := range segs {
		if !s.arg {
			b.WriteString(s.text)
			continue
		}
		found := false
		for i := 0; i+1 < len(args); i += 2 {
			if name, _ := args[i].(string); name != s.text {
				continue
			}
			switch v := args[i+1].(type) {
			case string:
				b.WriteString(v)
			case int:
				b.WriteString(strconv.Itoa(v))
			case int64:
				b.WriteString(strconv.FormatInt(v, 10))
			default:
				return "", false
			}
			found = true
			break
		}
		if !found {
			return "", false
		}
	}
	return b.String(), true
}

// Load reads dir/{vi,lo,en}.json from fsys.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	b := i18n.NewBundle(language.Vietnamese)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{bundle: b, localizers: map[string]*i18n.Localizer{}, keys: map[string][]string{}, plain: map[string]map[string]string{},
		simple: map[string]map[string][]segment{}}
	var tags []language.Tag
	for _, l := range Supported {
		// vi.json holds the shared messages; each part of the product may
		// keep its own file (exam.vi.json) so that parts edit apart.
		paths, err := fs.Glob(fsys, dir+"/*"+l+".json")
		if err != nil {
			return nil, err
		}
		seen := map[string]string{}
		c.plain[l], c.simple[l] = map[string]string{}, map[string][]segment{}
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
				if v := m[k]; v != "" && !strings.Contains(v, "{{") {
					c.plain[l][k] = v
				} else if segs, ok := simpleSegments(v); ok && v != "" {
					c.simple[l][k] = segs
				}
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
		l, loc = Default, c.localizers[Default]
	}
	if s, ok := c.plain[l][id]; ok {
		return s
	}
	if segs, ok := c.simple[l][id]; ok {
		if s, ok := fill(segs, args); ok && s != "" {
			return s
		}
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
