package web

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/unicode/norm"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/lang"
	"hocviet/internal/readiness"
)

// boardProvince is the province bound to the signed-in board account. Every
// board handler scopes its reads and writes by it, never by a parameter of
// the request.
func boardProvince(c echo.Context) (int64, error) {
	u := currentUser(c)
	if u == nil || u.Role != account.RoleBoard || u.ProvinceID == nil {
		return 0, &apperr.Error{Code: apperr.Forbidden, Key: "error.forbidden", Message: "board account without province"}
	}
	return *u.ProvinceID, nil
}

func rdUserID(c echo.Context) *int64 {
	if u := currentUser(c); u != nil {
		return &u.ID
	}
	return nil
}

// rdText words readiness values in the page language: reasons, scores,
// dates and field errors.
type rdText struct {
	lang string
	cat  *lang.Catalog
	num  *message.Printer
}

func (s *Server) rdText(c echo.Context) rdText {
	l := pageLang(c)
	return s.rdTextIn(l)
}

func (s *Server) rdTextIn(l string) rdText {
	tag := language.Vietnamese
	switch l {
	case "lo":
		tag = language.Lao
	case "en":
		tag = language.English
	}
	return rdText{lang: l, cat: s.catalog, num: message.NewPrinter(tag)}
}

func (t rdText) T(key string, args ...any) string { return t.cat.T(t.lang, key, args...) }

// Score prints a 0–10 score with one decimal in the reader's number format.
func (t rdText) Score(v float64) string { return t.num.Sprintf("%.1f", v) }

// Day prints a date as day/month/year, the order Lao and Vietnamese
// documents use; English readers get the same to keep printed lists alike.
func (t rdText) Day(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(dayLayout)
}

func (t rdText) arg(v any) any {
	switch x := v.(type) {
	case readiness.Score:
		return t.Score(float64(x))
	case readiness.Msg:
		return t.T(string(x))
	case time.Time:
		return t.Day(x)
	case int:
		return strconv.Itoa(x)
	}
	return v
}

func (t rdText) args(as []readiness.Arg) []any {
	var out []any
	for _, a := range as {
		out = append(out, a.Name, t.arg(a.Value))
	}
	return out
}

// Reason words one reason of a decision.
func (t rdText) Reason(r readiness.Reason) string {
	text := t.T(r.Key, t.args(r.Args)...)
	if r.ErrorBand {
		text += " — " + t.T("measure.near.sem")
	}
	return text
}

// Status words a decision's status, with "near" when it applies.
func (t rdText) Status(st readiness.Status) string { return t.T("readiness.status." + string(st)) }

// fieldErrors turns a domain validation error into translated messages by
// field; ok is false for any other error, which the caller returns.
func (t rdText) fieldErrors(err error) (map[string]string, bool) {
	var fe readiness.FieldErrors
	if !errors.As(err, &fe) {
		return nil, false
	}
	out := map[string]string{}
	for _, e := range fe {
		if _, dup := out[e.Field]; !dup {
			out[e.Field] = t.T(e.Key, t.args(e.Args)...)
		}
	}
	return out, true
}

// rdProgrammes lists the programmes (reference data, the same for every
// province).
func (s *Server) rdProgrammes(c echo.Context) ([]account.Programme, error) {
	return s.store.People.Programmes(c.Request().Context())
}

func rdFindProgramme(ps []account.Programme, code string) (account.Programme, bool) {
	for _, p := range ps {
		if p.Code == code {
			return p, true
		}
	}
	return account.Programme{}, false
}

func rdProgrammeByID(ps []account.Programme, id int64) (account.Programme, bool) {
	for _, p := range ps {
		if p.ID == id {
			return p, true
		}
	}
	return account.Programme{}, false
}

func rdProgrammeIDs(ps []account.Programme) map[int64]bool {
	m := map[int64]bool{}
	for _, p := range ps {
		m[p.ID] = true
	}
	return m
}

// rdOption is one choice of a select on a page.
type rdOption struct {
	Value, Label string
	Selected     bool
}

func rdProgrammeOptions(ps []account.Programme, l string, selected int64, withNone bool, none string) []rdOption {
	var out []rdOption
	if withNone {
		out = append(out, rdOption{Value: "", Label: none, Selected: selected == 0})
	}
	for _, p := range ps {
		out = append(out, rdOption{Value: p.Code, Label: p.Name(l), Selected: p.ID == selected})
	}
	return out
}

// rdSearchFold makes a search match however the name was typed: case,
// Unicode form and Vietnamese marks are ignored ("somphone" finds
// "Somphone", "duc" finds "Đức").
func rdSearchFold(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "đ", "d"), "Đ", "D")
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Lao, r) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
}

func rdMatchesSearch(q string, fields ...string) bool {
	if q == "" {
		return true
	}
	for _, f := range fields {
		if strings.Contains(rdSearchFold(f), q) {
			return true
		}
	}
	return false
}

// rdYearOptions are the next three intakes plus any other year candidates are
// planned for, in order.
func rdYearOptions(years []int, today time.Time, selected int) []rdOption {
	set := map[int]bool{}
	for _, y := range readiness.NextIntakes(today) {
		set[y] = true
	}
	for _, y := range years {
		set[y] = true
	}
	var ys []int
	for y := range set {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	out := make([]rdOption, len(ys))
	for i, y := range ys {
		out[i] = rdOption{Value: strconv.Itoa(y), Label: strconv.Itoa(y), Selected: y == selected}
	}
	return out
}

// rdHeadingBoth is a heading printed in Lao and Vietnamese whatever the page
// language: reports go to both schools.
type rdHeadingBoth struct{ Lo, Vi string }

func (s *Server) rdBoth(key string) rdHeadingBoth {
	return rdHeadingBoth{Lo: s.catalog.T("lo", key), Vi: s.catalog.T("vi", key)}
}
