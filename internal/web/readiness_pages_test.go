package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"hocviet/internal/account"
)

var countAllRe = regexp.MustCompile(`id="count-all">(\d+)<`)

// TestReadinessEligibilityPages: a long list comes a page of rows at a
// time, the pages keep the filters, and search still finds anyone, on any
// page; the API and the counts still cover everyone.
func TestReadinessEligibilityPages(t *testing.T) {
	e := rdEnv(t)
	ctx := context.Background()
	hp, err := e.store.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := e.store.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var tcllct int64
	for _, p := range progs {
		if p.Code == "tcllct" {
			tcllct = p.ID
		}
	}
	year := 2027
	for i := 0; i < 250; i++ {
		c := account.Candidate{ProvinceID: hp.ID, ProgrammeID: &tcllct, IntakeYear: &year, NameLo: "ທົດສອບ",
			NameLatin: fmt.Sprintf("Zz Paging %03d", i), DateOfBirth: "1990-01-01", Gender: "male", PlanningStatus: "planned"}
		if err := e.store.People.InsertCandidate(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	c := e.board(t)
	const list = "/board/eligibility?programme=tcllct&year=2027&lang=en&sort=name_latin"
	first := c.get(list)
	m := countAllRe.FindStringSubmatch(first.body)
	if first.status != http.StatusOK || m == nil {
		t.Fatalf("list: %d", first.status)
	}
	total, _ := strconv.Atoi(m[1])
	if total < 250 {
		t.Fatalf("count %d: the counts must cover every candidate, not a page", total)
	}
	last := (total + 99) / 100
	tests := []struct {
		name       string
		query      string
		rows       int
		prev, next bool
		wantText   string
	}{
		{"first page", "", 100, false, true, fmt.Sprintf("Rows 1–100 of %d", total)},
		{"second page", "&page=2", 100, true, true, fmt.Sprintf("Rows 101–200 of %d", total)},
		{"last page", "&page=" + strconv.Itoa(last), total - (last-1)*100, true, false, fmt.Sprintf("of %d", total)},
		{"past the end shows the last page", "&page=999", total - (last-1)*100, true, false, fmt.Sprintf("of %d", total)},
		{"search finds someone beyond page one", "&q=zz+paging+249", 1, false, false, "Zz Paging 249"},
		{"a filter of fewer rows needs no pages", "&status=eligible", -1, false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.get(list + tt.query)
			if r.status != http.StatusOK {
				t.Fatalf("status %d", r.status)
			}
			rows := len(rowRe.FindAllStringSubmatch(r.body, -1))
			if tt.rows >= 0 && rows != tt.rows || rows > 100 {
				t.Errorf("%d rows, want %d", rows, tt.rows)
			}
			if got := strings.Contains(r.body, `id="page-prev"`); got != tt.prev {
				t.Errorf("previous link: %v, want %v", got, tt.prev)
			}
			if got := strings.Contains(r.body, `id="page-next"`); got != tt.next {
				t.Errorf("next link: %v, want %v", got, tt.next)
			}
			if !strings.Contains(r.body, tt.wantText) {
				t.Errorf("page lacks %q", tt.wantText)
			}
		})
	}
	// The next link keeps the query: same programme, year and sort.
	next := regexp.MustCompile(`id="page-next" href="([^"]+)"|href="([^"]+)" id="page-next"`).FindStringSubmatch(first.body)
	if next == nil {
		t.Fatal("no next link")
	}
	href := html.UnescapeString(next[1] + next[2])
	for _, want := range []string{"programme=tcllct", "year=2027", "sort=name_latin", "page=2"} {
		if !strings.Contains(href, want) {
			t.Errorf("next link %q lacks %s", href, want)
		}
	}
	if r := c.get(list + "&page=x"); r.status != http.StatusBadRequest {
		t.Errorf("page=x: %d, want 400", r.status)
	}
	// The API is not paged.
	r := c.get("/api/board/eligibility?programme=tcllct&year=2027")
	var api struct {
		Candidates []json.RawMessage `json:"candidates"`
	}
	if err := json.Unmarshal([]byte(r.body), &api); err != nil || len(api.Candidates) != total {
		t.Errorf("api: %d candidates, want %d (%v)", len(api.Candidates), total, err)
	}
}
