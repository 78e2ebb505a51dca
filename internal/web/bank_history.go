package web

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

type bankHistoryView struct {
	ID, ItemURL, DiffURL string
	Versions             []bankVersionRow
	A, B                 int
}

type bankVersionRow struct {
	Version       int
	Author, When  string
	Current, Used bool
	URL, YAMLURL  string
}

// bankHistory lists an item's versions, newest first, to open or compare.
func (s *Server) bankHistory(c echo.Context) error {
	id := c.Param("id")
	vs, err := s.store.Bank.ItemVersions(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if len(vs) == 0 {
		return echo.ErrNotFound
	}
	base := view.BankItemURL(id)
	v := bankHistoryView{ID: id, ItemURL: base, DiffURL: base + "/diff", B: vs[len(vs)-1].Version,
		A: vs[max(len(vs)-2, 0)].Version}
	for i := len(vs) - 1; i >= 0; i-- {
		x := vs[i]
		q := "?v=" + strconv.Itoa(x.Version)
		v.Versions = append(v.Versions, bankVersionRow{Version: x.Version, Author: x.Author, When: view.Time(x.CreatedAt),
			Current: x.Current, Used: x.Used, URL: base + q, YAMLURL: base + "/yaml" + q})
	}
	return s.ok(c, "bank_history", v)
}

type bankDiffView struct {
	ID, ItemURL, HistoryURL string
	A, B                    bankVersionRow
	Fields                  []string
	Changes                 []bankFieldChange
	Lines                   []bankDiffLine
	Same                    bool
}

// bankFieldChange is one changed field, named in the reader's language, with
// its value before and after.
type bankFieldChange struct {
	Field, Label  string
	Before, After string
}

// bankDiffLine is one line of a line diff: Op is "=", "-" (only in A) or
// "+" (only in B).
type bankDiffLine struct {
	Op     string
	AN, BN int // line numbers, 0 where the line is absent
	Text   string
}

// bankDiffPage compares two versions: the fields that differ, and a line
// diff of their YAML, which is what a reviewer of the files would read.
func (s *Server) bankDiffPage(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.Param("id")
	load := func(name string) (*store.ItemVersion, *bank.Item, error) {
		n, err := strconv.Atoi(c.QueryParam(name))
		if err != nil || n < 1 {
			return nil, nil, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad version " + name}
		}
		ver, err := s.store.Bank.ItemVersion(ctx, id, n)
		if err != nil {
			return nil, nil, err
		}
		it, _, err := ver.Item()
		return ver, it, err
	}
	va, a, err := load("a")
	if err != nil {
		return err
	}
	vb, b, err := load("b")
	if err != nil {
		return err
	}
	ya, err := bank.ItemYAML(a, nil, "")
	if err != nil {
		return err
	}
	yb, err := bank.ItemYAML(b, nil, "")
	if err != nil {
		return err
	}
	base := view.BankItemURL(id)
	row := func(x *store.ItemVersion) bankVersionRow {
		return bankVersionRow{Version: x.Version, Author: x.Author, When: view.Time(x.CreatedAt), Current: x.Current, Used: x.Used,
			URL: base + "?v=" + strconv.Itoa(x.Version)}
	}
	v := bankDiffView{ID: id, ItemURL: base, HistoryURL: base + "/history", A: row(va), B: row(vb)}
	v.Fields, err = bankChangedFields(a, b)
	if err != nil {
		return err
	}
	t := s.bankT(c)
	for _, f := range v.Fields {
		ch := bankFieldChange{Field: f, Label: t("bank.field." + f)}
		if ch.Label == "bank.field."+f {
			ch.Label = f // a field the editor has no label for yet
		}
		if ch.Before, err = bankFieldText(a, f); err != nil {
			return err
		}
		if ch.After, err = bankFieldText(b, f); err != nil {
			return err
		}
		if f == "topics" {
			ch.Before, ch.After = s.topicLabels(pageLang(c), a.Topics), s.topicLabels(pageLang(c), b.Topics)
		}
		v.Changes = append(v.Changes, ch)
	}
	v.Lines = bankDiff(strings.Split(strings.TrimRight(string(ya), "\n"), "\n"), strings.Split(strings.TrimRight(string(yb), "\n"), "\n"))
	v.Same = len(v.Fields) == 0
	return s.ok(c, "bank_diff", v)
}

// bankFieldText is one field of an item as a reader sees it: a plain
// string as it is, anything structured (options, gaps, texts in three
// languages) as indented YAML.
func bankFieldText(it *bank.Item, field string) (string, error) {
	j, err := json.Marshal(it)
	if err != nil {
		return "", err
	}
	var m map[string]any
	if err := json.Unmarshal(j, &m); err != nil {
		return "", err
	}
	switch v := m[field].(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case float64, bool:
		return fmt.Sprint(v), nil
	default:
		y, err := yaml.Marshal(v)
		return strings.TrimRight(string(y), "\n"), err
	}
}

// bankChangedFields names the item's keys whose values differ.
func bankChangedFields(a, b *bank.Item) ([]string, error) {
	var ma, mb map[string]json.RawMessage
	for _, x := range []struct {
		it *bank.Item
		m  *map[string]json.RawMessage
	}{{a, &ma}, {b, &mb}} {
		j, err := json.Marshal(x.it)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(j, x.m); err != nil {
			return nil, err
		}
	}
	var out []string
	for k, va := range ma {
		if vb, ok := mb[k]; !ok || string(va) != string(vb) {
			out = append(out, k)
		}
	}
	for k := range mb {
		if _, ok := ma[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out, nil
}

// bankDiff is a longest-common-subsequence line diff; items are a few
// dozen lines, so the quadratic table is small.
func bankDiff(a, b []string) []bankDiffLine {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []bankDiffLine
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			out = append(out, bankDiffLine{"=", i + 1, j + 1, a[i]})
			i, j = i+1, j+1
		// Removed lines come before the lines that replace them.
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, bankDiffLine{"-", i + 1, 0, a[i]})
			i++
		default:
			out = append(out, bankDiffLine{"+", 0, j + 1, b[j]})
			j++
		}
	}
	return out
}

// bankYAML downloads a version as a bank file, to commit a web edit back
// into question_banks/ (see question_banks/README.md).
func (s *Server) bankYAML(c echo.Context) error {
	l, err := s.bankLoad(c)
	if err != nil {
		return err
	}
	it, ver, rec := l.item, l.ver, l.rec
	sub := view.BankSubFolder(rec.Bank, rec.Source)
	where := "question_banks/" + rec.Bank + "/ (a new file, or in place of the item in its file)"
	if f := view.BankFileOf(rec.Source); f != "" {
		where = "question_banks/" + f + ", in place of the item " + it.ID
	}
	comment := fmt.Sprintf("Item %s, version %d, saved by %s at %s (hocviet web editor).\nPut it in %s.",
		it.ID, ver.Version, ver.Author, ver.CreatedAt, where)
	keys := it.MediaKeys()
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if h := l.media[k]; h != "" {
			comment += fmt.Sprintf("\nIt needs %s: download /media/%s there.", bank.MediaPath(sub, k), h)
		}
	}
	y, err := bank.ItemYAML(it, func(k string) string { return bank.MediaPath(sub, k) }, comment)
	if err != nil {
		return err
	}
	name := it.ID
	if !ver.Current {
		name += ".v" + strconv.Itoa(ver.Version)
	}
	c.Response().Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name + ".yaml"}))
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, "application/yaml; charset=utf-8", y)
}

// bankUpload stores an audio or image file sent by the editor's script and
// answers with its key and URL; a file lint would refuse gets 422 with the
// reason, for the field.
func (s *Server) bankUpload(c echo.Context) error {
	var f struct {
		Bank string `form:"bank"`
		Kind string `form:"kind"`
	}
	if err := c.Bind(&f); err != nil {
		return err
	}
	if f.Kind != "audio" && f.Kind != "image" {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "kind is audio or image"}
	}
	fh, err := c.FormFile("file")
	if err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "no file"}
	}
	data, err := bankReadUpload(fh)
	if err != nil {
		return err
	}
	m, err := s.store.Bank.UploadMedia(c.Request().Context(), f.Bank, f.Kind == "image", data)
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid {
		return c.JSON(http.StatusUnprocessableEntity, map[string]any{"error": map[string]string{
			"code": ae.Key, "field": f.Kind, "message": s.bankT(c)(ae.Key, bankArgs(ae.Args)...)}})
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"key": m.Key, "url": prMediaURL(m.SHA256), "mime": m.MIME, "size": m.Size})
}
