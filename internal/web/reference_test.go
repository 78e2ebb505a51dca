package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// Issue 17.16: positions, units and districts show in the page language;
// the import and the edit form take a code or any name and store the
// Vietnamese name the criteria compare against; unknown text stays.
func TestUI2ReferenceData(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	home := c.get("/board?lang=lo")
	for _, want := range []string{"ຊຳເໜືອ", "ຫົວໜ້າຂະແໜງ", "ພະແນກສາທາລະນະສຸກ ແຂວງຫົວພັນ"} {
		if !strings.Contains(home.body, want) {
			t.Errorf("Lao board home lacks %q", want)
		}
	}
	for _, raw := range []string{">Xam Neua<", ">Trưởng phòng<"} {
		if strings.Contains(home.body, raw) {
			t.Errorf("Lao board home shows %q", raw)
		}
	}
	if vi := c.get("/board?lang=vi"); !strings.Contains(vi.body, "Sầm Nưa") {
		t.Error("Vietnamese board home lacks Sầm Nưa")
	}
	// A search in Lao script finds the romanised stored district.
	all := strings.Count(home.body, "ຊຳເໜືອ")
	found := c.get("/board?lang=lo&q=" + url.QueryEscape("ຊຳເໜືອ"))
	if n := strings.Count(found.body, "ຊຳເໜືອ"); n == 0 || !strings.Contains(found.body, "ຊຳເໜືອ") || all == 0 {
		t.Errorf("search by Lao district: %d", n)
	}
	if !strings.Contains(home.body, ">ຊ່ອນ<") || strings.Contains(found.body, ">ຊ່ອນ<") {
		t.Error("search by district shows another district")
	}

	tok := rdToken(t, c, "/board/import")
	file := rdHeader +
		"ref-01,ສົມພອນ,Somphone,1985-03-02,male,ຮອງຫົວໜ້າພະແນກ,hp-health,hp-xiengkhor,houaphanh,planned,tcllct,,2028,ເລຂາໜ່ວຍພັກ\n" +
		"ref-02,ບຸນມີ,Bounmy,1982-03-02,male,Trưởng phòng Nội vụ huyện,Sở Y tế tỉnh Hủa Phăn,ຊ່ອນ,houaphanh,planned,tcllct,,2028,\n"
	if r := rdUpload(t, c, tok, "ref.csv", []byte(file)); r.status != http.StatusOK {
		t.Fatalf("import: %d\n%s", r.status, r.body)
	}
	want := map[string][4]string{
		"ref-01": {"Phó giám đốc sở", "Sở Y tế tỉnh Hủa Phăn", "Xiêng Khọ", "Bí thư chi bộ"},
		"ref-02": {"Trưởng phòng Nội vụ huyện", "Sở Y tế tỉnh Hủa Phăn", "Xon", ""},
	}
	var refID int64
	for _, p := range e.houaphanhPeople(t) {
		if w, ok := want[p.Username]; ok {
			if got := [4]string{p.Position, p.Unit, p.District, p.PlannedPosition}; got != w {
				t.Errorf("%s stored %q, want %q", p.Username, got, w)
			}
			if p.Username == "ref-01" {
				refID = p.ID
			}
			delete(want, p.Username)
		}
	}
	if len(want) > 0 {
		t.Fatalf("not imported: %v", want)
	}

	// The edit form suggests the lists and shows the Lao names; saving a
	// Lao name stores the Vietnamese one.
	path := fmt.Sprintf("/board/candidates/%d/edit", refID)
	r := c.get(path + "?lang=lo")
	for _, w := range []string{`list="ref-position"`, `<datalist id="ref-district">`, `value="ຮອງຫົວໜ້າພະແນກ"`, `value="ຊຽງຄໍ້"`} {
		if !strings.Contains(r.body, w) {
			t.Errorf("edit form lacks %q", w)
		}
	}
	p := e.houaphanhPeople(t)
	var person = p[0]
	for _, q := range p {
		if q.ID == refID {
			person = q
		}
	}
	form := url.Values{"csrf": {rdToken(t, c, path)}, "name_lo": {person.NameLo}, "name_latin": {person.NameLatin},
		"date_of_birth": {person.DateOfBirth}, "gender": {"male"}, "position": {"ຫົວໜ້າຂະແໜງ"}, "planned_position": {"ຮອງຫົວໜ້າພະແນກ"},
		"unit": {"ພະແນກສາທາລະນະສຸກ ແຂວງຫົວພັນ"}, "district": {"ແອດ"}, "planning_status": {"planned"}, "programme": {"tcllct"}, "intake_year": {"2028"}}
	if r := c.do("POST", path, form, nil); r.status != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", r.status, r.body)
	}
	for _, q := range e.houaphanhPeople(t) {
		if q.ID == refID && (q.Position != "Trưởng phòng" || q.PlannedPosition != "Phó giám đốc sở" || q.District != "Ét" || q.Unit != "Sở Y tế tỉnh Hủa Phăn") {
			t.Errorf("saved %q %q %q %q", q.Position, q.PlannedPosition, q.District, q.Unit)
		}
	}
}

// Issue 17.16: criteria take positions from the list (labels in the page
// language) and store Vietnamese names, so matching keeps working.
func TestUI2CriteriaPositionsFromList(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	r := c.get("/board/programmes/tcllct?lang=lo")
	if !strings.Contains(r.body, `id="position-choices"`) || !regexp.MustCompile(`value="Phó giám đốc sở"( checked)?> ຮອງຫົວໜ້າພະແນກ</label>`).MatchString(r.body) {
		i := strings.Index(r.body, "position-choices")
		t.Fatalf("criteria form has no Lao position list: %d %s", r.status, r.body[max(i, 0):min(len(r.body), max(i, 0)+600)])
	}
	tok := rdToken(t, c, "/board/programmes/tcllct")
	form := url.Values{"csrf": {tok}, "min_level": {"3"}, "position": {"Phó giám đốc sở", "Trưởng phòng"},
		"positions": {"ນາຍບ້ານ\nCán bộ khác\nTrưởng phòng"}}
	if r := c.do("POST", "/board/programmes/tcllct", form, nil); r.status != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", r.status, r.body)
	}
	var prog, prov int64
	e.store.DB().Get(&prog, `SELECT id FROM programmes WHERE code = 'tcllct'`)
	e.store.DB().Get(&prov, `SELECT id FROM provinces WHERE code = 'houaphanh'`)
	vs, err := e.store.People.CriteriaVersions(context.Background(), prov, prog)
	if err != nil || len(vs) == 0 {
		t.Fatal(err)
	}
	got := strings.Join(vs[0].Positions, "|")
	if got != "Phó giám đốc sở|Trưởng phòng|Trưởng bản|Cán bộ khác" {
		t.Fatalf("stored positions %q", got)
	}
	r = c.get("/board/programmes/tcllct?lang=lo")
	for _, w := range []string{`value="Trưởng bản" checked> ນາຍບ້ານ`, "Cán bộ khác</textarea>"} {
		if !strings.Contains(r.body, w) {
			t.Errorf("form after save lacks %q", w)
		}
	}
}
