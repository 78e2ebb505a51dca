package web_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"hocviet/internal/demo"
)

// The board's home was a 13-column table squeezed into the page; it now
// shows six columns on the full width, and the rest is one click away on
// each candidate's report.
func TestBoardHomeIsReadable(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.login("houaphanh", demo.Password)
	r := c.get("/board?lang=lo")
	if r.status != 200 {
		t.Fatalf("board home: %d", r.status)
	}
	i := strings.Index(r.body, `id="candidates"`)
	if i < 0 {
		t.Fatal("no candidate table")
	}
	table := r.body[i:]
	table = table[:strings.Index(table, "</table>")]
	head := table[:strings.Index(table, "</thead>")]
	if n := len(regexp.MustCompile(`<th[ >]`).FindAllString(head, -1)); n > 6 {
		t.Errorf("the table has %d columns; at most 6 fit a 1366 px screen", n)
	}
	if !strings.Contains(table, `class="rd-table rd-wide"`) {
		t.Error("the table does not use the full width")
	}
	rows := regexp.MustCompile(`<tr data-candidate="(\d+)">`).FindAllStringSubmatch(table, -1)
	total := regexp.MustCompile(`id="count-total">\D*(\d+)`).FindStringSubmatch(r.body)
	if total == nil || strconv.Itoa(len(rows)) != total[1] || len(rows) < 46 {
		t.Fatalf("%d rows, while the page counts %v candidates", len(rows), total)
	}
	for _, m := range rows {
		if !strings.Contains(table, `<a lang="lo" href="/board/candidates/`+m[1]+`">`) {
			t.Errorf("candidate %s: the name does not open the detail view", m[1])
		}
	}
}
