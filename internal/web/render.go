package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/lang"
)

// pages holds one template set per page: layout + partials + page, so two
// pages can each define "content" without clashing. A set is built when its
// page is first shown: each is a copy of the layout and every partial, and
// the ~50 of them held 10 MB, half the heap of a server at rest (doubled
// by the collector's headroom at a peak), where an exam day shows a few.
type pages struct {
	base   *template.Template // layout + partials; never executed, only cloned
	fsys   fs.FS
	sets   map[string]*pageSet
	styles map[string][]string // page -> stylesheets it uses (styles.go)
}

type pageSet struct {
	file string
	once sync.Once
	t    *template.Template
	err  error
}

// set is the template set of page name, built on first use.
func (p *pages) set(name string) (*template.Template, error) {
	ps, ok := p.sets[name]
	if !ok {
		return nil, fmt.Errorf("no page template %q", name)
	}
	ps.once.Do(func() { ps.t, ps.err = p.parse(ps.file) })
	return ps.t, ps.err
}

func (p *pages) parse(file string) (*template.Template, error) {
	t, err := p.base.Clone()
	if err == nil {
		t, err = t.ParseFS(p.fsys, file)
	}
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", file, err)
	}
	return t, nil
}

// Templates are the parsed pages and hashed static files of one web/ tree.
// Nothing in them changes after loading, so servers may share them.
type Templates struct {
	pages  *pages
	assets *assets
}

// LoadTemplates reads and checks the templates and static files of files
// (the web/ folder).
func LoadTemplates(files fs.FS) (*Templates, error) {
	as, err := loadAssets(files)
	if err != nil {
		return nil, err
	}
	ps, err := loadPages(files, as)
	if err != nil {
		return nil, err
	}
	return &Templates{pages: ps, assets: as}, nil
}

func loadPages(fsys fs.FS, a *assets) (*pages, error) {
	funcs := template.FuncMap{
		"asset": a.URL,
		"add":   func(a, b int) int { return a + b },
		"fmtn":  fmtNum, // measurement statistics: "–" when undefined
		"day":   displayDay,
	}
	names, err := fs.Glob(fsys, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(fsys, "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	styles, err := pageStyles(fsys, names, partials)
	if err != nil {
		return nil, fmt.Errorf("stylesheets: %w", err)
	}
	// Layout and partials are parsed once and cloned for each page: parsing
	// them again for each of the ~50 pages was most of a server's start
	// (seconds under -race, paid by every test that starts one).
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(fsys, append([]string{"templates/layout.html"}, partials...)...)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	p := &pages{base: base, fsys: fsys, sets: map[string]*pageSet{}, styles: styles}
	for _, n := range names {
		// Every page is parsed now, so a broken one stops the start, and
		// dropped: it is parsed again when first shown.
		if _, err := p.parse(n); err != nil {
			return nil, err
		}
		p.sets[strings.TrimSuffix(path.Base(n), ".html")] = &pageSet{file: n}
	}
	return p, nil
}

// Page is what every template receives.
type Page struct {
	Lang    string
	Langs   []string
	User    *account.User
	CSRF    string
	Path    string
	IME     string
	Version string
	Styles  []string // stylesheets of this page, app.css first
	// ExamRunning is the candidate's attempt in progress (0: none): every
	// candidate page shows a way back to it and hides practice.
	ExamRunning int64
	Data        any
	catalog     *lang.Catalog
}

// T translates a message id into the page language.
func (p *Page) T(id string, args ...any) string { return p.catalog.T(p.Lang, id, args...) }

// LangName is a language's own name, for the switcher.
func (p *Page) LangName(l string) string { return p.catalog.T(l, "lang.self") }

// LangShort is the switcher's label: a code short enough that the header
// stays on one line at 1366 px with the widest fallback font; the full
// name is its tooltip and accessible name.
func (p *Page) LangShort(l string) string { return p.catalog.T(l, "lang.short") }

func (s *Server) page(c echo.Context, data any) *Page {
	p := &Page{Lang: pageLang(c), Langs: lang.Supported, User: currentUser(c), Path: c.Request().URL.Path,
		IME: "telex", Version: s.version, Data: data, catalog: s.catalog}
	if tok, ok := c.Get("csrf").(string); ok {
		p.CSRF = tok
	}
	if p.User != nil {
		p.IME = p.User.IMEMode
	}
	p.ExamRunning = s.runningExam(c)
	return p
}

var renderBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render executes a page into a buffer first, so a template error becomes a
// clean 500 page instead of half a page.
func (s *Server) render(c echo.Context, status int, name string, data any) error {
	t, err := s.pages.set(name)
	if err != nil {
		return err
	}
	// Pages are built in a pooled buffer: an exam page is ~40 KB, grown
	// by doubling each time from nothing, and 2,000 of them follow a bell.
	buf := renderBufs.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= 1<<20 {
			renderBufs.Put(buf)
		}
	}()
	p := s.page(c, data)
	p.Styles = s.pages.styles[name]
	if err := t.ExecuteTemplate(buf, "layout.html", p); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.HTMLBlob(status, buf.Bytes())
}

func (s *Server) ok(c echo.Context, name string, data any) error {
	return s.render(c, http.StatusOK, name, data)
}

// dayLayout is how every page shows a date, in Lao, Vietnamese and English
// alike: day/month/year, as Lao and Vietnamese offices write it.
const (
	dayLayout    = "02/01/2006"
	minuteLayout = "02/01/2006 15:04"
)

// displayDay shows a stored date ("2026-09-05" or a time) as day/month/year;
// anything else is shown as it is.
func displayDay(v any) string {
	switch d := v.(type) {
	case time.Time:
		if d.IsZero() {
			return ""
		}
		return d.Format(dayLayout)
	case string:
		if t, err := time.Parse("2006-01-02", d); err == nil {
			return t.Format(dayLayout)
		}
		return d
	case *string:
		if d == nil {
			return ""
		}
		return displayDay(*d)
	}
	return fmt.Sprint(v)
}
