package web_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/account"
	"hocviet/internal/demo"
	"hocviet/internal/readiness"
	"hocviet/internal/web"
)

// rdEnv is a fresh copy of the demo (its readiness data included: demo.Seed
// writes it) on the real router, with the default login throttle.
func rdEnv(t *testing.T) *env {
	t.Helper()
	return newCustomEnv(t, func(d *web.Deps) { d.Throttle = web.Throttle{} })
}

func (e *env) board(t *testing.T) *client {
	t.Helper()
	c := e.client()
	if r := c.login("houaphanh", demo.Password); r.status != http.StatusSeeOther {
		t.Fatalf("board login: %d", r.status)
	}
	return c
}

// outsider is a board officer of another province (Vientiane).
func (e *env) outsider(t *testing.T) *client {
	t.Helper()
	ctx := context.Background()
	vt, err := e.store.People.ProvinceByCode(ctx, "vientiane")
	if err != nil {
		t.Fatal(err)
	}
	u := &account.User{Username: "board-vt", Role: account.RoleBoard, ProvinceID: &vt.ID}
	u.PasswordHash, _ = account.HashPasswordCost(demo.Password, testCost)
	if err := e.store.Accounts.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	if r := c.login("board-vt", demo.Password); r.status != http.StatusSeeOther {
		t.Fatalf("outsider login: %d", r.status)
	}
	return c
}

func (e *env) houaphanhPeople(t *testing.T) []readiness.Person {
	t.Helper()
	hp, _ := e.store.People.ProvinceByCode(context.Background(), "houaphanh")
	ps, err := e.store.People.ProvincePeople(context.Background(), hp.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func rdToken(t *testing.T, c *client, path string) string {
	t.Helper()
	r := c.get(path)
	m := csrfRe.FindStringSubmatch(r.body)
	if m == nil {
		t.Fatalf("no csrf token on %s (%d)", path, r.status)
	}
	return m[1]
}

func rdUpload(t *testing.T, c *client, tok, name string, data []byte) resp {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("csrf", tok)
	fw, err := w.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	w.Close()
	req, err := http.NewRequest("POST", c.env.srv.URL+"/board/import?lang=en", &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := c.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, string(b)}
}

var rowRe = regexp.MustCompile(`<tr class="status-(\w+)( is-near)?" data-candidate="(\d+)"`)

func TestReadinessDemoIsMeaningful(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	hp, _ := e.store.People.ProvinceByCode(context.Background(), "houaphanh")
	all, err := e.store.People.ReleasedAttempts(context.Background(), hp.ID)
	if err != nil {
		t.Fatal(err)
	}
	levels := map[int]int{}
	retook := 0
	for _, as := range all {
		levels[readiness.Latest(as).Level]++
		if len(as) > 1 {
			retook++
		}
	}
	for l := 1; l <= 5; l++ {
		if levels[l] == 0 {
			t.Errorf("no demo candidate at level %d: %v", l, levels)
		}
	}
	if len(all) < 35 || retook < 10 {
		t.Errorf("%d tested, %d retook; want a realistic cohort", len(all), retook)
	}
	r := e.board(t).get("/board/eligibility?programme=tcllct&year=2027&lang=en")
	counts := map[string]int{}
	for _, m := range rowRe.FindAllStringSubmatch(r.body, -1) {
		counts[m[1]+m[2]]++
	}
	if counts["eligible"] == 0 || counts["not_eligible"] == 0 || counts["not_eligible is-near"] == 0 || counts["untested"] == 0 {
		t.Fatalf("demo list is not mixed: %v", counts)
	}
}

func TestReadinessEligibilityList(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	r := c.get("/board/eligibility?programme=tcllct&year=2027&lang=en")
	if r.status != 200 {
		t.Fatalf("list: %d", r.status)
	}
	for _, want := range []string{
		"Criteria version 2", "Speaking 3.5 &lt; 4.0 required", "Not in the planning pool", "No Vietnamese exam result yet",
		`id="count-all"`, "Near", "Age 51 &gt; 50 (maximum)",
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	// Vietnamese and Lao pages word reasons and numbers their own way.
	if r := c.get("/board/eligibility?programme=tcllct&year=2027&lang=vi"); !strings.Contains(r.body, "Nói 3,5 &lt; 4,0 yêu cầu") {
		t.Error("vi reason missing")
	}
	if r := c.get("/board/eligibility?programme=tcllct&year=2027&lang=lo"); !strings.Contains(r.body, "ການເວົ້າ 3,5 &lt; 4,0 ທີ່ກຳນົດ") || !strings.Contains(r.body, "ບໍ່ຢູ່ໃນແຜນ") {
		t.Error("lo reason missing")
	}
	// Filters: only eligible, only near. Near is on both sides of a cut:
	// an eligible candidate whose score clears a cut by less than one SEM
	// is near too ("At the cut"), with the reason in words.
	for _, f := range []struct {
		query string
		want  []string
	}{{"status=eligible", []string{"eligible", "eligible is-near"}}, {"near=1", []string{"not_eligible is-near", "eligible is-near"}},
		{"status=untested", []string{"untested"}}} {
		r := c.get("/board/eligibility?programme=tcllct&year=2027&lang=en&" + f.query)
		ms := rowRe.FindAllStringSubmatch(r.body, -1)
		if len(ms) == 0 {
			t.Errorf("%s: no rows", f.query)
		}
		for _, m := range ms {
			if !slices.Contains(f.want, m[1]+m[2]) {
				t.Errorf("%s: row of status %s%s", f.query, m[1], m[2])
			}
		}
	}
	if !strings.Contains(r.body, `eligible is-near"`) || !strings.Contains(r.body, "At the cut") || !strings.Contains(r.body, "but the cut lies within one SEM") {
		t.Error("no eligible candidate marked near by the SEM in the demo list")
	}
	// Search ignores case and Vietnamese marks.
	r = c.get("/board/eligibility?programme=tcllct&year=2027&lang=en&q=SOMPHONE")
	if n := len(rowRe.FindAllStringSubmatch(r.body, -1)); n == 0 || !strings.Contains(r.body, "Somphone") || strings.Contains(r.body, "Bounmy") {
		t.Errorf("search: %d rows", n)
	}
	if r := c.get("/board/eligibility?programme=tcllct&year=2027&status=maybe"); r.status != http.StatusBadRequest {
		t.Errorf("bad status filter: %d", r.status)
	}
	if r := c.get("/board/eligibility?programme=phd"); r.status != http.StatusNotFound {
		t.Errorf("unknown programme: %d", r.status)
	}
}

func TestReadinessSortsByLaoAndVietnameseCollation(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	lo := regexp.MustCompile(`<a lang="lo" href="/board/candidates/\d+">([^<]+)</a><br><span class="rd-latin">([^<]+)</span>`)
	names := func(sort string) (los, latins []string) {
		r := c.get("/board/eligibility?programme=tcllct&year=2027&lang=en&sort=" + sort)
		for _, m := range lo.FindAllStringSubmatch(r.body, -1) {
			los, latins = append(los, m[1]), append(latins, m[2])
		}
		return
	}
	gotLo, _ := names("name_lo")
	want := append([]string(nil), gotLo...)
	readiness.SortByName(want, "lo", func(s string) string { return s }, false)
	if strings.Join(gotLo, "|") != strings.Join(want, "|") || len(gotLo) < 10 {
		t.Fatalf("Lao order:\n got %v\nwant %v", gotLo, want)
	}
	// Lao collation is not byte order: ສ (s) comes before ບ (b) and ແສງ sorts under ສ.
	if strings.Join(gotLo, "|") == strings.Join(sortedBytes(gotLo), "|") {
		t.Fatal("Lao names are in byte order, not Lao order")
	}
	_, gotLatin := names("name_latin")
	want = append([]string(nil), gotLatin...)
	readiness.SortByName(want, "latin", func(s string) string { return s }, false)
	if strings.Join(gotLatin, "|") != strings.Join(want, "|") {
		t.Fatalf("Latin order:\n got %v\nwant %v", gotLatin, want)
	}
}

func sortedBytes(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestReadinessExports(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	page := c.get("/board/eligibility?programme=tcllct&year=2027&lang=lo")
	rows := len(rowRe.FindAllStringSubmatch(page.body, -1))
	r := c.get("/board/eligibility/export?programme=tcllct&year=2027&format=xlsx&lang=lo")
	if r.status != 200 || r.header.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ||
		!strings.Contains(r.header.Get("Content-Disposition"), "eligibility-tcllct-2027.xlsx") {
		t.Fatalf("xlsx: %d %v", r.status, r.header)
	}
	f, err := excelize.OpenReader(strings.NewReader(r.body))
	if err != nil {
		t.Fatalf("xlsx does not open: %v", err)
	}
	xrows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(xrows) != rows+1 || rows == 0 {
		t.Fatalf("xlsx has %d rows, page %d", len(xrows), rows)
	}
	if xrows[0][0] != "ຊື່ ແລະ ນາມສະກຸນ (ອັກສອນລາວ)" || !laoRe.MatchString(xrows[1][0]) {
		t.Fatalf("Lao text lost: %q %q", xrows[0][0], xrows[1][0])
	}
	r = c.get("/board/eligibility/export?programme=tcllct&year=2027&format=csv&lang=en&status=eligible")
	if !strings.HasPrefix(r.body, "\ufeff") {
		t.Fatal("csv without byte-order mark")
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.body, "\ufeff"))).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("csv: %v %d", err, len(recs))
	}
	for _, rec := range recs[1:] {
		if rec[7] != "Eligible" || rec[19] != "2" {
			t.Fatalf("csv row: %q", rec)
		}
	}
	for _, path := range []string{"/board/candidates/export?format=xlsx", "/board/plan/export?format=xlsx", "/board/graduates/export?format=xlsx"} {
		r := c.get(path)
		f, err := excelize.OpenReader(strings.NewReader(r.body))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		rs, _ := f.GetRows(f.GetSheetList()[0])
		if len(rs) < 2 {
			t.Fatalf("%s: %d rows", path, len(rs))
		}
	}
	if r := c.get("/board/candidates/export?format=pdf"); r.status != http.StatusBadRequest {
		t.Fatalf("unknown format: %d", r.status)
	}
}

var laoRe = regexp.MustCompile(`\p{Lao}`)

// staticRe finds static file names (readiness.css is one), which are not text.
var staticRe = regexp.MustCompile(`/static/[^"]+`)

func TestReadinessBoardSeesOnlyItsProvince(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	people := e.houaphanhPeople(t)
	id := people[0].ID
	own := e.board(t)
	other := e.outsider(t)
	// Pages.
	for _, p := range []string{"/board", "/board/eligibility?programme=tcllct&year=2027", "/board/plan", "/board/graduates", "/board/programmes"} {
		r := other.get(p + sepQ(p) + "lang=en")
		if r.status != 200 {
			t.Fatalf("%s: %d", p, r.status)
		}
		for _, pp := range people {
			if strings.Contains(r.body, pp.NameLatin) || strings.Contains(r.body, pp.NameLo) {
				t.Errorf("%s shows %s", p, pp.NameLatin)
				break
			}
		}
	}
	if r := other.get("/board/eligibility?programme=tcllct&year=2027&lang=en"); strings.Contains(r.body, `id="count-all"`) {
		t.Error("the outsider's province has no criteria, yet counts are shown")
	}
	// One candidate's pages, by id: not found, for reading and writing.
	for _, p := range []string{fmt.Sprintf("/board/candidates/%d", id), fmt.Sprintf("/board/candidates/%d/edit", id)} {
		if r := other.get(p); r.status != http.StatusNotFound {
			t.Errorf("outsider GET %s: %d", p, r.status)
		}
		if r := own.get(p); r.status != 200 {
			t.Errorf("own GET %s: %d", p, r.status)
		}
	}
	tok := rdToken(t, other, "/board")
	r := other.do("POST", fmt.Sprintf("/board/candidates/%d/edit", id), url.Values{"csrf": {tok}, "name_lo": {"ສົມພອນ"},
		"name_latin": {"Hacked"}, "date_of_birth": {"1980-01-01"}, "gender": {"male"}, "position": {"X"}, "unit": {"Y"},
		"planning_status": {"planned"}}, nil)
	if r.status != http.StatusNotFound {
		t.Fatalf("outsider edit: %d", r.status)
	}
	hp, _ := e.store.People.ProvinceByCode(context.Background(), "houaphanh")
	if p, _ := e.store.People.ProvincePerson(context.Background(), hp.ID, id); p == nil || p.NameLatin == "Hacked" {
		t.Fatal("outsider changed a Houaphanh record")
	}
	// Exports.
	for _, p := range []string{"/board/candidates/export?format=csv", "/board/eligibility/export?programme=tcllct&year=2027&format=csv",
		"/board/graduates/export?format=csv", "/board/plan/export?format=csv"} {
		r := other.get(p)
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.body, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, rec := range recs[1:] {
			joined := strings.Join(rec, ",")
			if laoRe.MatchString(joined) {
				t.Errorf("%s exports a Houaphanh row: %q", p, joined)
			}
			if strings.Contains(p, "plan") && (rec[3] != "0" || rec[4] != "0" || rec[5] != "0") {
				t.Errorf("%s counts Houaphanh candidates: %q", p, rec)
			}
		}
		if strings.Contains(p, "candidates") || strings.Contains(p, "graduates") || strings.Contains(p, "eligibility") {
			if len(recs) != 1 {
				t.Errorf("%s: %d rows for the outsider", p, len(recs)-1)
			}
		}
	}
	// API.
	var api struct {
		Province   string `json:"province"`
		Candidates []struct {
			ID int64 `json:"id"`
		} `json:"candidates"`
	}
	r = other.get("/api/board/eligibility?programme=tcllct&year=2027")
	if err := json.Unmarshal([]byte(r.body), &api); err != nil || api.Province != "vientiane" || len(api.Candidates) != 0 {
		t.Fatalf("outsider api: %d %s", r.status, r.body)
	}
	r = own.get("/api/board/eligibility?programme=tcllct&year=2027&lang=en")
	if err := json.Unmarshal([]byte(r.body), &api); err != nil || api.Province != "houaphanh" || len(api.Candidates) < 20 {
		t.Fatalf("own api: %d %.300s", r.status, r.body)
	}
	// Graduates by id.
	gs, _ := e.store.People.Graduates(context.Background(), hp.ID)
	if r := other.get(fmt.Sprintf("/board/graduates/%d", gs[0].ID)); r.status != http.StatusNotFound {
		t.Errorf("outsider graduate: %d", r.status)
	}
	// Instructors and candidates are not boards.
	cand := e.client()
	cand.login("k5-01", demo.Password)
	for _, p := range []string{"/board/eligibility", "/board/candidates/export?format=csv", "/api/board/eligibility"} {
		if r := cand.get(p); r.status != http.StatusForbidden {
			t.Errorf("candidate %s: %d", p, r.status)
		}
	}
}

func sepQ(p string) string {
	if strings.Contains(p, "?") {
		return "&"
	}
	return "?"
}

func TestReadinessEditProfile(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	p := e.houaphanhPeople(t)[0]
	path := fmt.Sprintf("/board/candidates/%d/edit", p.ID)
	tok := rdToken(t, c, path)
	form := url.Values{"csrf": {tok}, "name_lo": {"Somphone"}, "name_latin": {"ສົມພອນ"}, "date_of_birth": {"2015-02-30"},
		"gender": {"x"}, "position": {""}, "unit": {p.Unit}, "planning_status": {"planned"}, "programme": {"phd"}, "intake_year": {"20x7"}}
	r := c.do("POST", path+"?lang=en", form, nil)
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("invalid edit: %d", r.status)
	}
	for _, want := range []string{`id="error-name_lo">Must be written in Lao script`, `id="error-name_latin">Must be written in Latin letters`,
		`id="error-date_of_birth">Not a valid date`, `id="error-gender">Choose one`, `id="error-position">Required`,
		`id="error-programme">Choose one`, `id="error-intake_year">Not a valid year`, `value="Somphone"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("form lacks %q", want)
		}
	}
	form = url.Values{"csrf": {tok}, "name_lo": {p.NameLo}, "name_latin": {p.NameLatin}, "date_of_birth": {p.DateOfBirth},
		"gender": {p.Gender}, "position": {"Phó giám đốc sở"}, "planned_position": {"Giám đốc sở"}, "unit": {p.Unit},
		"district": {"Xam Neua"}, "planning_status": {"planned"}, "programme": {"tcllct"}, "intake_year": {"2028"}}
	r = c.do("POST", path, form, nil)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != path+"?saved=1" {
		t.Fatalf("save: %d %q", r.status, r.header.Get("Location"))
	}
	r = c.get(path + "?saved=1&lang=en")
	for _, want := range []string{`id="saved"`, "Position: “" + p.Position + "” → “Phó giám đốc sở”", "Planned position: “" + p.PlannedPosition + "” → “Giám đốc sở”", "Edited"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("after save lacks %q", want)
		}
	}
	var detail string
	if err := e.store.DB().Get(&detail, `SELECT detail FROM audit_log WHERE entity = 'candidate' AND entity_id = ? ORDER BY id DESC LIMIT 1`, p.ID); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(detail, `"before"`) || !strings.Contains(detail, `"position":"Phó giám đốc sở"`) {
		t.Fatalf("audit detail: %s", detail)
	}
}

const rdHeader = "username,name_lo,name_latin,date_of_birth,gender,position,unit,district,province,planning_status,programme,cohort,intake_year,planned_position\n"

func TestReadinessImport(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	tok := rdToken(t, c, "/board/import")
	bad := rdHeader +
		"k7-01,ສົມພອນ,Somphone,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,,2028,\n" +
		"k7-02,Vilay,ວິໄລ,1985-13-02,female,Trưởng phòng,Sở Y tế,,houaphanh,planned,tcllct,,2028,\n" +
		"k7-03,ບຸນມີ,Bounmy,1980-01-01,male,Trưởng phòng,Sở Y tế,,vientiane,planned,tcllct,,2028,\n" +
		"k5-01,ບຸນມີ,Bounmy,1980-01-01,male,Trưởng phòng,Sở Y tế,,houaphanh,planned,tcllct,,2028,\n"
	r := rdUpload(t, c, tok, "k7.csv", []byte(bad))
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("bad file: %d", r.status)
	}
	for _, want := range []string{"k7.csv:3: Name (Lao script): must be written in Lao script", "k7.csv:3: Name (Latin letters): must be written in Latin letters",
		"k7.csv:3: Date of birth:"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("problems lack %q", want)
		}
	}
	before := len(e.houaphanhPeople(t))
	// Row 3 fixed: now the province and the taken username are reported.
	fixed := strings.Replace(bad, "k7-02,Vilay,ວິໄລ,1985-13-02", "k7-02,ວິໄລ,Vilay,1985-12-02", 1)
	r = rdUpload(t, c, tok, "k7.csv", []byte(fixed))
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "k7.csv:4: Province:") {
		t.Fatalf("other province row: %d\n%s", r.status, r.body)
	}
	fixed = strings.Replace(fixed, "vientiane", "houaphanh", 1)
	r = rdUpload(t, c, tok, "k7.csv", []byte(fixed))
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "k7.csv:5: Username: this username cannot be used") {
		t.Fatalf("taken username: %d", r.status)
	}
	if n := len(e.houaphanhPeople(t)); n != before {
		t.Fatalf("a failed import stored %d candidates", n-before)
	}
	// The same rows as a workbook, with the taken username changed.
	fixed = strings.Replace(fixed, "k5-01,ບຸນມີ", "k7-04,ບຸນມີ", 1)
	fixed = strings.Replace(fixed, "k7-01,ສົມພອນ,Somphone,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,,2028,",
		"k7-01,ສົມພອນ,Somphone,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,,2028,Phó giám đốc sở", 1)
	r = rdUpload(t, c, tok, "k7.xlsx", rdWorkbook(t, fixed))
	if r.status != 200 || !strings.Contains(r.body, `id="import-accounts"`) || strings.Count(r.body, "<td class=\"rd-mono\">") != 4 {
		t.Fatalf("xlsx import: %d\n%s", r.status, r.body)
	}
	people := e.houaphanhPeople(t)
	if len(people) != before+4 {
		t.Fatalf("imported %d, want 4", len(people)-before)
	}
	for _, p := range people {
		if p.Username == "k7-01" && p.PlannedPosition != "Phó giám đốc sở" {
			t.Fatalf("planned position not imported: %+v", p)
		}
	}
	// A workbook with an error reports its spreadsheet row.
	r = rdUpload(t, c, tok, "more.xlsx", rdWorkbook(t, rdHeader+"k8-01,ສົມພອນ,Somphone,1985-03-02,male,,Sở Y tế,,houaphanh,planned,tcllct,,2028,\n"))
	if !strings.Contains(r.body, "more.xlsx:2: Position: is empty") {
		t.Fatalf("xlsx row error:\n%s", r.body)
	}
	if r := rdUpload(t, c, tok, "junk.xlsx", []byte("PK\x03\x04 not a workbook")); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("junk workbook: %d", r.status)
	}
}

// rdWorkbook writes CSV text into the first sheet of a new workbook.
func rdWorkbook(t *testing.T, text string) []byte {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	for i, rec := range recs {
		row := make([]any, len(rec))
		for j, v := range rec {
			row[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadinessCriteriaVersionsAndRecordedDecisions(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	tok := rdToken(t, c, "/board/programmes/tcllct")
	r := c.do("POST", "/board/programmes/tcllct?lang=en", url.Values{"csrf": {tok}, "min_level": {"3"}, "min_speaking": {"4,2"},
		"min_age": {"50"}, "max_age": {"40"}, "exam_max_months": {"x"}}, nil)
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("invalid criteria: %d", r.status)
	}
	for _, want := range []string{"Scores go in steps of 0.5", "The maximum age must be above the minimum", "Must be a number", `value="4,2"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("criteria form lacks %q", want)
		}
	}
	r = c.do("POST", "/board/programmes/tcllct", url.Values{"csrf": {tok}, "min_level": {"4"}, "min_speaking": {"4,5"},
		"max_age": {"50"}, "planning_required": {"1"}, "positions": {"Trưởng phòng\nPhó trưởng phòng"}, "exam_max_months": {"24"}}, nil)
	if r.status != http.StatusSeeOther {
		t.Fatalf("save criteria: %d %s", r.status, r.body)
	}
	r = c.get("/board/programmes/tcllct?saved=1&lang=en")
	if !strings.Contains(r.body, "Saved: Criteria version 3") || strings.Count(r.body, "Criteria version") < 4 {
		t.Fatalf("versions page:\n%s", r.body)
	}
	r = c.get("/board/eligibility?programme=tcllct&year=2027&lang=en")
	if !strings.Contains(r.body, "Criteria version 3") || !strings.Contains(r.body, "Speaking at least 4.5") {
		t.Fatal("list does not use version 3")
	}
	// The demo recorded its decisions under version 1: the list says so, and
	// that the version it now applies is newer.
	if !strings.Contains(r.body, `id="criteria-outdated"`) || !strings.Contains(r.body, "used criteria version 1. This list applies version 3") {
		t.Fatal("list does not say that the recorded decisions used an older criteria version")
	}
	// Record the list, then check a report shows the recorded decisions
	// (version 1 from the demo, version 3 now) with their versions.
	tok = rdToken(t, c, "/board/eligibility")
	r = c.do("POST", "/board/eligibility/record", url.Values{"csrf": {tok}, "programme": {"tcllct"}, "year": {"2027"}}, nil)
	if r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "recorded=") {
		t.Fatalf("record: %d %q", r.status, r.header.Get("Location"))
	}
	if r := c.get(r.header.Get("Location") + "&lang=en"); !strings.Contains(r.body, "under criteria version 3") || !strings.Contains(r.body, `id="recorded"`) {
		t.Fatal("list does not say when it was recorded")
	} else if strings.Contains(r.body, `id="criteria-outdated"`) {
		t.Fatal("recorded under the current version, the list still says a newer one exists")
	}
	var id int64
	for _, p := range e.houaphanhPeople(t) {
		if p.IntakeYear == 2027 {
			id = p.ID
			break
		}
	}
	r = c.get(fmt.Sprintf("/board/candidates/%d?lang=en", id))
	rec := r.body[strings.Index(r.body, `id="report-recorded"`):]
	if !strings.Contains(rec, `<td class="num">3</td>`) || !strings.Contains(rec, `<td class="num">1</td>`) {
		t.Fatalf("recorded decisions lack versions 1 and 3:\n%s", rec)
	}
}

func TestReadinessReport(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	hp, _ := e.store.People.ProvinceByCode(context.Background(), "houaphanh")
	all, _ := e.store.People.ReleasedAttempts(context.Background(), hp.ID)
	// The candidate with two results whose latest is best: its exam leaves
	// room in the advice (at most readiness.MaxAdvice lines) for practice.
	var id int64
	best := -1.0
	for cid, as := range all {
		if len(as) < 2 {
			continue
		}
		latest := as[0]
		for _, a := range as {
			if a.TakenAt.After(latest.TakenAt) {
				latest = a
			}
		}
		if latest.Average > best || latest.Average == best && cid < id {
			id, best = cid, latest.Average
		}
	}
	r := c.get(fmt.Sprintf("/board/candidates/%d?lang=en", id))
	if r.status != 200 {
		t.Fatalf("report: %d", r.status)
	}
	for _, want := range []string{
		`<span lang="lo">ບົດລາຍງານຄວາມພ້ອມ</span>`, `<span lang="vi">Báo cáo mức độ sẵn sàng</span>`, // bilingual headings
		`id="trend-chart"`, `<polyline fill="none" points=`, `class="series series-speaking"`, `class="threshold"`,
		`id="skill-table"`, `id="report-advice"`, "Latest (", "Best: average", `class="rd-print"`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(r.body, "style=") {
		t.Error("inline style attribute: the CSP forbids them")
	}
	// Practice: activity and the confusions from typed answers.
	db := e.store.DB()
	var userID int64
	if err := db.Get(&userID, `SELECT user_id FROM candidates WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	// The demo seeds weeks of practice; start this candidate from none so
	// the figures below are exact.
	for _, q := range []string{
		`DELETE FROM practice_answers WHERE user_id = ?`,
		`DELETE FROM practice_set_items WHERE set_id IN (SELECT id FROM practice_sets WHERE user_id = ?)`,
		`DELETE FROM practice_sets WHERE user_id = ?`,
	} {
		if _, err := db.Exec(q, userID); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for _, q := range []string{
		`INSERT INTO bank_items (item_id, bank, current_version, updated_at) VALUES ('rd-w-1', 'rdtest', 1, 'x')`,
		`INSERT INTO bank_item_versions (item_id, version, skill, level, type, content, content_hash, created_at)
			VALUES ('rd-w-1', 1, 'writing', 2, 'dictation', '{}', 'h', 'x')`,
		fmt.Sprintf(`INSERT INTO practice_sets (id, user_id, skill, level, created_at) VALUES (9001, %d, 'writing', 2, '2026-11-01T08:00:00Z')`, userID),
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	detail := `[{"given":"ngả","expected":"ngã","verdict":"tone","points":0.5,"syllables":[{"expected":"ngã","given":"ngả","error":"tone","expected_tone":"nga","given_tone":"hoi"}]}]`
	for i := 1; i <= 3; i++ {
		if _, err := db.Exec(`INSERT INTO practice_set_items (set_id, position, version_id, item_id) SELECT 9001, ?, id, 'rd-w-1' FROM bank_item_versions WHERE item_id = 'rd-w-1'`, i); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO practice_answers (user_id, set_id, position, version_id, item_id, skill, level, type, max_points, verdict, scored, detail, answered_at)
			SELECT ?, 9001, ?, id, 'rd-w-1', 'writing', 2, 'dictation', 1, 'tone', 1, ?, ? FROM bank_item_versions WHERE item_id = 'rd-w-1'`,
			userID, i, detail, fmt.Sprintf("2026-11-0%dT08:00:00Z", i)); err != nil {
			t.Fatal(err)
		}
	}
	r = c.get(fmt.Sprintf("/board/candidates/%d?lang=en", id))
	for _, want := range []string{"3 exercises, 0% right, 3 days of practice", "ngã tone written as hỏi tone", "Tell the ngã tone from the hỏi tone (3 slips in practice)"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("report practice lacks %q", want)
		}
	}

	// Nobody with results: the report still renders and asks for an exam.
	for _, p := range e.houaphanhPeople(t) {
		if len(all[p.ID]) == 0 {
			r := c.get(fmt.Sprintf("/board/candidates/%d?lang=en", p.ID))
			if r.status != 200 || !strings.Contains(r.body, "Sit the screening exam") || strings.Contains(r.body, `id="trend-chart"`) {
				t.Fatalf("untested report: %d", r.status)
			}
			break
		}
	}
}

func TestReadinessPlan(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	r := c.get("/board/plan?lang=en")
	if r.status != 200 || !strings.Contains(r.body, `id="quota_tcllct_2027" inputmode="numeric" value="40"`) {
		t.Fatalf("plan: %d", r.status)
	}
	tok := rdToken(t, c, "/board/plan")
	form := url.Values{"csrf": {tok}, "quota_tcllct_2027": {"-3"}, "quota_tcllct_2028": {"12"}}
	r = c.do("POST", "/board/plan?lang=en", form, nil)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "A quota is a whole number") || !strings.Contains(r.body, `value="-3"`) {
		t.Fatalf("bad quota: %d", r.status)
	}
	form.Set("quota_tcllct_2027", "3")
	r = c.do("POST", "/board/plan", form, nil)
	if r.status != http.StatusSeeOther {
		t.Fatalf("save plan: %d", r.status)
	}
	r = c.get("/board/plan?lang=en")
	if !strings.Contains(r.body, `value="3"`) || !strings.Contains(r.body, " over") || !strings.Contains(r.body, "badge-outlook-met") {
		t.Fatalf("plan after save lacks the surplus")
	}
	// Quotas left empty are cleared: bithu 2027 had 20 in the demo.
	if !strings.Contains(r.body, `id="quota_bithu-truongthon_2027" inputmode="numeric" value=""`) {
		t.Fatal("an empty quota field did not clear the quota")
	}
}

func TestReadinessGraduates(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	r := c.get("/board/graduates?lang=en")
	if r.status != 200 || !strings.Contains(r.body, "36 graduates") || !strings.Contains(r.body, `id="graduates-by-course"`) {
		t.Fatalf("graduates: %d", r.status)
	}
	tok := rdToken(t, c, "/board/graduates/new")
	r = c.do("POST", "/board/graduates/new?lang=en", url.Values{"csrf": {tok}, "name_lo": {"Vilay"}, "programme": {"tcllct"},
		"graduation_year": {"1990"}, "result": {"gioi"}, "use": {"promoted"}}, nil)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "Must be written in Lao script") || !strings.Contains(r.body, "Graduation year 2000 to") {
		t.Fatalf("bad graduate: %d", r.status)
	}
	r = c.do("POST", "/board/graduates/new", url.Values{"csrf": {tok}, "name_lo": {"ວິໄລ ສີຫາລາດ"}, "name_latin": {"Vilay Sihalath"},
		"programme": {"tcllct"}, "course": {"Lớp Lào khoá 4"}, "graduation_year": {"2025"}, "result": {"xuat_sac"},
		"position_before": {"Phó trưởng phòng"}, "position_after": {"Trưởng phòng"}, "use": {"promoted"}}, nil)
	if r.status != http.StatusSeeOther {
		t.Fatalf("add graduate: %d %s", r.status, r.body)
	}
	r = c.get("/board/graduates?lang=en")
	if !strings.Contains(r.body, "37 graduates") || !strings.Contains(r.body, "Vilay Sihalath") {
		t.Fatal("new graduate not listed")
	}
}

func TestReadinessClassView(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	teacher := e.client()
	teacher.login("giangvien", demo.Password)
	r := teacher.get("/instructor/classes?lang=en")
	m := regexp.MustCompile(`href="/instructor/classes/(\d+)">` + regexp.QuoteMeta(demo.CohortName)).FindStringSubmatch(r.body)
	if m == nil {
		t.Fatalf("class list:\n%s", r.body)
	}
	r = teacher.get("/instructor/classes/" + m[1] + "?lang=en")
	for _, want := range []string{`id="band-chart"`, `class="band-3"`, "Weakest skills", "46 learners"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("class view lacks %q", want)
		}
	}
	if strings.Contains(r.body, "style=") {
		t.Error("inline style attribute")
	}
	x := teacher.get("/instructor/classes/" + m[1] + "/export?format=xlsx")
	f, err := excelize.OpenReader(strings.NewReader(x.body))
	if err != nil {
		t.Fatalf("class xlsx: %v", err)
	}
	if rows, _ := f.GetRows(f.GetSheetList()[0]); len(rows) != 47 {
		t.Fatalf("class xlsx: %d rows, want 46 and a header", len(rows))
	}
	if r := teacher.get("/instructor/classes/99999"); r.status != http.StatusNotFound {
		t.Errorf("unknown class: %d", r.status)
	}
	if r := e.board(t).get("/instructor/classes/" + m[1]); r.status != http.StatusForbidden {
		t.Errorf("board on class view: %d", r.status)
	}
}

func TestReadinessPagesInEveryLanguage(t *testing.T) {
	t.Parallel()
	e := rdEnv(t)
	c := e.board(t)
	id := e.houaphanhPeople(t)[0].ID
	pages := []string{"/board", "/board/import", "/board/programmes", "/board/programmes/bithu-truongthon",
		"/board/eligibility?programme=bithu-truongthon", "/board/plan", "/board/graduates", "/board/graduates/new",
		fmt.Sprintf("/board/candidates/%d", id), fmt.Sprintf("/board/candidates/%d/edit", id)}
	for _, l := range []string{"lo", "vi", "en"} {
		for _, p := range pages {
			r := c.get(p + sepQ(p) + "lang=" + l)
			if r.status != 200 {
				t.Errorf("%s in %s: %d", p, l, r.status)
				continue
			}
			body := staticRe.ReplaceAllString(r.body, "")
			if i := strings.Index(body, "readiness."); i >= 0 {
				t.Errorf("%s in %s shows an untranslated key: %.60s", p, l, body[i:])
			}
		}
	}
}
