package web

import (
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

// A page loads app.css and only those other stylesheets that style a class
// it uses. The choice is made once, at start-up, from the page's template
// (with the partials it calls) and the scripts it loads, so a new class in a
// template cannot be left unstyled by a hand-kept list. The exam page, the
// heaviest over a weak link, no longer carries the board's and the editor's
// styles.

var (
	classAttrRe = regexp.MustCompile(`class="([^"]*)"`)
	actionRe    = regexp.MustCompile(`\{\{.*?\}\}`)
	callRe      = regexp.MustCompile(`\{\{-?\s*(?:template|block)\s+"([^"]+)"`)
	defineRe    = regexp.MustCompile(`\{\{-?\s*define\s+"([^"]+)"`)
	scriptRe    = regexp.MustCompile(`asset "(js/[^"]+)"`)
	jsStringRe  = regexp.MustCompile("['\"`]([A-Za-z][\\w\\- ]*)['\"`]")
	cssClassRe  = regexp.MustCompile(`\.([A-Za-z][\w-]*)`)
	cssRuleRe   = regexp.MustCompile(`([^{};]+)\{`)
	cssComment  = regexp.MustCompile(`(?s)/\*.*?\*/`)
	wordRe      = regexp.MustCompile(`^[A-Za-z][\w-]*$`)
)

// pageStyles maps each page to its stylesheets, app.css first.
func pageStyles(fsys fs.FS, pageFiles, partialFiles []string) (map[string][]string, error) {
	sheets, err := fs.Glob(fsys, "static/css/*.css")
	if err != nil {
		return nil, err
	}
	sort.Strings(sheets)
	defines := map[string][]string{} // "content", "nav_board", … -> the texts that define them
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(fsys, name)
		return string(b), err
	}
	for _, f := range partialFiles {
		src, err := read(f)
		if err != nil {
			return nil, err
		}
		for _, m := range defineRe.FindAllStringSubmatch(src, -1) {
			defines[m[1]] = append(defines[m[1]], src)
		}
	}
	layout, err := read("templates/layout.html")
	if err != nil {
		return nil, err
	}
	// A rule styles a page only if the page has every class its selector
	// names (".bank-preview .card" is not for any page with a card).
	sheetSelectors := map[string][][]string{}
	for _, s := range sheets {
		src, err := read(s)
		if err != nil {
			return nil, err
		}
		for _, m := range cssRuleRe.FindAllStringSubmatch(cssComment.ReplaceAllString(src, ""), -1) {
			if strings.HasPrefix(strings.TrimSpace(m[1]), "@") {
				continue
			}
			for _, sel := range strings.Split(m[1], ",") {
				var classes []string
				for _, c := range cssClassRe.FindAllStringSubmatch(sel, -1) {
					classes = append(classes, c[1])
				}
				if len(classes) > 0 {
					sheetSelectors[s] = append(sheetSelectors[s], classes)
				}
			}
		}
	}
	// The layout, the partials and the scripts are shared by most pages:
	// each is scanned once, not once per page (the regexps over them were
	// most of a server's start under -race, paid by every test that starts
	// one).
	scanned, scripts := map[string]*scan{}, map[string]*scan{}
	scanText := func(text string) (*scan, error) {
		if sc, ok := scanned[text]; ok {
			return sc, nil
		}
		sc := &scan{classes: map[string]bool{}}
		for _, m := range callRe.FindAllStringSubmatch(text, -1) {
			sc.calls = append(sc.calls, m[1])
		}
		classesIn(text, sc.classes)
		for _, m := range scriptRe.FindAllStringSubmatch(text, -1) {
			js, ok := scripts[m[1]]
			if !ok {
				src, err := read("static/" + m[1])
				if err != nil {
					return nil, err
				}
				js = &scan{classes: map[string]bool{}}
				for _, s := range jsStringRe.FindAllStringSubmatch(src, -1) {
					for _, w := range strings.Fields(s[1]) {
						js.classes[w] = true
					}
				}
				classesIn(src, js.classes)
				scripts[m[1]] = js
			}
			for c := range js.classes {
				sc.classes[c] = true
			}
		}
		scanned[text] = sc
		return sc, nil
	}
	out := map[string][]string{}
	for _, f := range pageFiles {
		src, err := read(f)
		if err != nil {
			return nil, err
		}
		used := map[string]bool{}
		// The page, the layout and every partial they call, transitively.
		texts, called := []string{src, layout}, map[string]bool{}
		for i := 0; i < len(texts); i++ {
			sc, err := scanText(texts[i])
			if err != nil {
				return nil, err
			}
			for _, c := range sc.calls {
				if !called[c] {
					called[c] = true
					texts = append(texts, defines[c]...)
				}
			}
			for c := range sc.classes {
				used[c] = true
			}
		}
		var prefixes []string
		for u := range used {
			if p, ok := strings.CutSuffix(u, "\x00"); ok {
				prefixes = append(prefixes, p)
			}
		}
		list := []string{"css/app.css"}
		for _, s := range sheets {
			name := strings.TrimPrefix(s, "static/")
			if name != "css/app.css" && styles(sheetSelectors[s], used, prefixes) {
				list = append(list, name)
			}
		}
		out[strings.TrimSuffix(path.Base(f), ".html")] = list
	}
	return out, nil
}

// scan is what one template text or script contributes to a page: the
// templates it calls and the classes it uses (a script's with its own).
type scan struct {
	calls   []string
	classes map[string]bool
}

// classesIn adds the class names of every class="…" in src. A name glued
// to a template action ("status-{{.Status}}") is kept as a prefix, marked
// with a trailing NUL, and matches every class that starts with it.
func classesIn(src string, used map[string]bool) {
	for _, m := range classAttrRe.FindAllStringSubmatch(src, -1) {
		attr := actionRe.ReplaceAllString(m[1], "\x00")
		for _, w := range strings.Fields(attr) {
			parts := strings.Split(w, "\x00")
			for i, p := range parts {
				if !wordRe.MatchString(strings.TrimSuffix(p, "-")) {
					continue
				}
				if i < len(parts)-1 {
					p += "\x00"
				}
				used[p] = true
			}
		}
	}
}

// styles tells whether some selector of a sheet has all its classes used;
// prefixes are the used names glued to a template action, without their NUL.
func styles(selectors [][]string, used map[string]bool, prefixes []string) bool {
	for _, classes := range selectors {
		all := true
		for _, c := range classes {
			if !isUsed(c, used, prefixes) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func isUsed(class string, used map[string]bool, prefixes []string) bool {
	if used[class] {
		return true
	}
	for _, p := range prefixes {
		if strings.HasPrefix(class, p) {
			return true
		}
	}
	return false
}
