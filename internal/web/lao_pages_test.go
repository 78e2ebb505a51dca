package web_test

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"hocviet/internal/bank"
	"hocviet/internal/demo"
	"hocviet/internal/lang"
	webfiles "hocviet/web"
)

// bankTopics are the topic codes used anywhere in the shipped banks.
func bankTopics(t *testing.T) []string {
	t.Helper()
	out, err := shippedTopics()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 5 {
		t.Fatalf("only %d topics found in the banks: %v", len(out), out)
	}
	return out
}

// shippedTopics reads the shipped banks once per test binary for the two
// tests that need their topics: a read takes seconds under -race.
var shippedTopics = sync.OnceValues(func() ([]string, error) {
	b, err := bank.Load("../../question_banks")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, it := range b.Items {
		for _, tp := range it.Topics {
			seen[tp] = true
		}
	}
	for _, g := range b.Groups {
		for _, tp := range g.Topics {
			seen[tp] = true
		}
	}
	for _, v := range b.Vocabulary {
		seen[v.Topic] = true
	}
	var out []string
	for tp := range seen {
		out = append(out, tp)
	}
	sort.Strings(out)
	return out, nil
})

func TestEveryBankTopicIsTranslated(t *testing.T) {
	t.Parallel()
	cat, err := lang.Load(webfiles.FS, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range bankTopics(t) {
		for _, l := range lang.Supported {
			id := "practice.topic." + tp
			if cat.T(l, id) == id {
				t.Errorf("topic %q has no %s name (%s)", tp, l, id)
			}
		}
	}
}

var (
	linkRe    = regexp.MustCompile(`href="(/[^"#]*)"`)
	scriptRe  = regexp.MustCompile(`(?s)<(script|style)[^>]*>.*?</(script|style)>`)
	tagRe     = regexp.MustCompile(`(?s)<[^>]*>`)
	digitsRe  = regexp.MustCompile(`\d+`)
	isoDateRe = regexp.MustCompile(`\b(19|20)\d\d-\d\d-\d\d\b`)
	rawKeyRe  = regexp.MustCompile(`\b[a-z][a-z0-9_]*(\.[a-z0-9_-]+){2,}\b`)
	skipCrawl = regexp.MustCompile(`^/(static|media|logout)|/export|/yaml|/audio|/recordings|/image/|format=`)
)

// visibleText is what a reader sees of a page: no tags, scripts or styles.
func visibleText(body string) string {
	return html.UnescapeString(tagRe.ReplaceAllString(scriptRe.ReplaceAllString(body, " "), " "))
}

// Every role's pages, opened in Lao from its home page and the links found
// there (two levels deep), must show neither a raw translation key
// ("practice.topic.news"), nor a bank topic code ("news", "daily-life"),
// nor a date in another form than day/month/year.
func TestLaoPagesShowNoRawKeysOrTopicCodes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var codes []*regexp.Regexp
	for _, tp := range bankTopics(t) {
		codes = append(codes, regexp.MustCompile(`(^|[^\w-])`+regexp.QuoteMeta(tp)+`($|[^\w-])`))
	}
	for _, who := range []string{"k5-01", "giangvien", "houaphanh", "admin"} {
		c := e.client()
		if r := c.login(who, demo.Password); r.status != 303 {
			t.Fatalf("login %s: %d", who, r.status)
		}
		home := c.get("/?lang=lo").header.Get("Location")
		// One page of each shape: /board/candidates/7 stands for them all.
		shape := func(p string) string { return digitsRe.ReplaceAllString(p, "N") }
		seen, queue := map[string]bool{}, []string{home}
		for depth := 0; depth < 3 && len(queue) > 0; depth++ {
			var next []string
			for _, p := range queue {
				if seen[shape(p)] || len(seen) >= 80 {
					continue
				}
				seen[shape(p)] = true
				r := c.get(p)
				if r.status != 200 {
					continue
				}
				text := visibleText(r.body)
				if k := rawKeyRe.FindString(text); k != "" && !strings.Contains(k, "hocviet") {
					t.Errorf("%s %s shows a raw key %q", who, p, k)
				}
				// Dates read one way in Lao (and Vietnamese): day/month/year.
				if d := isoDateRe.FindString(text); d != "" {
					t.Errorf("%s %s shows the date %q in ISO form, not day/month/year", who, p, d)
				}
				for _, re := range codes {
					if m := re.FindString(text); m != "" {
						t.Errorf("%s %s shows the topic code %q", who, p, strings.TrimSpace(m))
					}
				}
				for _, m := range linkRe.FindAllStringSubmatch(r.body, -1) {
					link := html.UnescapeString(m[1])
					if !skipCrawl.MatchString(link) && !seen[shape(link)] {
						next = append(next, link)
					}
				}
			}
			queue = next
		}
		t.Logf("%s: %d pages opened in Lao", who, len(seen))
	}
}
