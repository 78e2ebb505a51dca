package web

import (
	"context"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/lang"
	"hocviet/internal/readiness"
	"hocviet/internal/reference"
)

// Issue 17 points 17 and 18: the import page offers CSV and XLSX templates
// with headers in the page language and an example row, explains each
// column, and accepts what the board's own export writes (translated
// headers and values in any of the three languages, or the codes).

// rdImportColumnKey is the translated header of each import column: the
// same words as the candidate export, so an export can be sent back.
var rdImportColumnKey = map[string]string{
	"username": "readiness.col.username", "name_lo": "readiness.col.name_lo", "name_latin": "readiness.col.name_latin",
	"date_of_birth": "readiness.col.dob", "gender": "readiness.col.gender", "position": "readiness.col.position",
	"unit": "readiness.col.unit", "district": "readiness.col.district", "province": "readiness.field.province",
	"planning_status": "readiness.col.planning", "programme": "readiness.col.programme", "cohort": "readiness.col.cohort",
	"intake_year": "readiness.col.year", "planned_position": "readiness.col.planned_position",
}

// rdImportAliases lists, in every language, the headers and values the
// import takes besides the codes.
func (s *Server) rdImportAliases(ctx context.Context) (map[string]string, map[string]map[string]string, error) {
	progs, err := s.store.People.Programmes(ctx)
	if err != nil {
		return nil, nil, err
	}
	provs, err := s.store.People.Provinces(ctx)
	if err != nil {
		return nil, nil, err
	}
	headers := map[string]string{}
	values := map[string]map[string]string{"gender": {}, "planning_status": {}, "programme": {}, "province": {},
		"position": {}, "planned_position": {}, "unit": {}, "district": {}}
	// Positions, units and districts: a code or any name is stored as the
	// Vietnamese name, which the criteria compare against (issue 17.16).
	for col, k := range map[string]reference.Kind{"position": reference.Positions, "planned_position": reference.Positions,
		"unit": reference.Units, "district": reference.Districts} {
		for _, e := range reference.List(k) {
			for _, n := range append([]string{e.Code, e.Lo, e.Vi, e.En}, e.Aliases...) {
				values[col][account.FoldName(n)] = e.Vi
			}
		}
	}
	for _, l := range lang.Supported {
		for _, code := range account.ImportColumns {
			headers[account.FoldName(s.catalog.T(l, rdImportColumnKey[code]))] = code
			headers[account.FoldName(s.catalog.T(l, "readiness.field."+code))] = code
		}
		for _, g := range []string{"male", "female"} {
			values["gender"][account.FoldName(s.catalog.T(l, "readiness.gender."+g))] = g
		}
		for _, p := range []string{"planned", "none"} {
			values["planning_status"][account.FoldName(s.catalog.T(l, "readiness.planning."+p))] = p
		}
		for _, p := range progs {
			values["programme"][account.FoldName(p.Name(l))] = p.Code
		}
		for _, p := range provs {
			values["province"][account.FoldName(p.Name(l))] = p.Code
		}
	}
	return headers, values, nil
}

// rdImportColumn is one line of the page's column table.
type rdImportColumn struct {
	Code, Header, Help string
	Required           bool
}

func rdImportColumns(t rdText) []rdImportColumn {
	var out []rdImportColumn
	for _, code := range account.ImportColumns {
		out = append(out, rdImportColumn{Code: code, Header: t.T(rdImportColumnKey[code]),
			Help: t.T("ui2.import.help." + code), Required: account.RequiredColumn(code)})
	}
	return out
}

// boardImportTemplate is an empty file with the headers in the page
// language and one example row, as CSV or XLSX.
func (s *Server) boardImportTemplate(c echo.Context) error {
	format, err := rdExportFormat(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	provinceID, err := boardProvince(c)
	if err != nil {
		return err
	}
	prov, err := s.store.People.ProvinceByID(ctx, provinceID)
	if err != nil {
		return err
	}
	progs, err := s.store.People.Programmes(ctx)
	if err != nil {
		return err
	}
	t := s.rdText(c)
	l := pageLang(c)
	example := map[string]any{
		"name_lo": "ສົມພອນ ແກ້ວມະນີ", "name_latin": "Somphone Keomany", "date_of_birth": "1985-04-12",
		"gender": t.T("readiness.gender.male"), "position": t.T("ui2.import.example.position"),
		"unit": t.T("ui2.import.example.unit"), "district": t.T("ui2.import.example.district"),
		"province": prov.Name(l), "planning_status": t.T("readiness.planning.planned"), "intake_year": 2027,
	}
	if len(progs) > 0 {
		example["programme"] = progs[0].Name(l)
	}
	tb := rdExportTable{Sheet: "candidates"}
	row := make([]any, 0, len(account.ImportColumns))
	for _, code := range account.ImportColumns {
		tb.Header = append(tb.Header, t.T(rdImportColumnKey[code]))
		row = append(row, example[code])
	}
	tb.Rows = [][]any{row}
	return rdSendExport(c, format, "candidates-template", tb)
}

// rdValue translates a stored code; an empty code stays empty rather than
// showing a raw key.
func rdValue(t rdText, prefix, code string) string {
	if code == "" {
		return ""
	}
	return t.T(prefix + code)
}

// refPosition, refUnit and refDistrict show a stored text in the page
// language when it is a known entry, else as it is (issue 17.16).
func refPosition(s, l string) string { return reference.Display(reference.Positions, s, l) }
func refUnit(s, l string) string     { return reference.Display(reference.Units, s, l) }
func refDistrict(s, l string) string { return reference.Display(reference.Districts, s, l) }

// refLists are the names of each list in the page language, for the
// edit form's suggestion lists.
func refLists(l string) map[string][]string {
	out := map[string][]string{}
	for _, k := range []reference.Kind{reference.Positions, reference.Units, reference.Districts} {
		for _, e := range reference.List(k) {
			out[string(k)] = append(out[string(k)], e.Name(l))
		}
	}
	return out
}

// refSearchNames are a person's position, unit and district as stored and
// in Lao and Vietnamese, so a search typed in either script finds them.
func refSearchNames(p readiness.Person) []string {
	out := []string{p.Position, p.Unit, p.District}
	for _, l := range []string{"lo", "vi", "en"} {
		out = append(out, refPosition(p.Position, l), refUnit(p.Unit, l), refDistrict(p.District, l))
	}
	return out
}
