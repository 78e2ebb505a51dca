package view

import (
	"strconv"
	"testing"

	"hocviet/internal/store"
)

func TestBuildBankList(t *testing.T) {
	row := func(id string) store.ItemSummary {
		return store.ItemSummary{ItemID: id, Bank: "core", Skill: "reading", Type: "choice", Level: 2,
			TopicJSON: `["market","family-life"]`, Snippet: "  Tôi   đi\nchợ  ", Version: 3, Author: "gv1",
			CreatedAt: "2025-03-10T01:30:00Z"}
	}
	topic := func(k string) string { return "T(" + k + ")" }
	pageURL := func(p int) string { return "/instructor/items?page=" + strconv.Itoa(p) }
	tests := []struct {
		name          string
		q             store.ItemSearch
		page, total   int
		rows          []store.ItemSummary
		from, to      int
		prev, next    string
		level         string
		selectedSkill string
	}{
		{"first page of three", store.ItemSearch{Limit: 2, Skill: "reading"}, 1, 5, []store.ItemSummary{row("a/1"), row("b")},
			1, 2, "", "/instructor/items?page=2", "", "reading"},
		{"middle page", store.ItemSearch{Limit: 2, Offset: 2, Level: 3}, 2, 5, []store.ItemSummary{row("c"), row("d")},
			3, 4, "/instructor/items?page=1", "/instructor/items?page=3", "3", ""},
		{"last page", store.ItemSearch{Limit: 2, Offset: 4}, 3, 5, []store.ItemSummary{row("e")},
			5, 5, "/instructor/items?page=2", "", "", ""},
		{"nothing found", store.ItemSearch{Limit: 2}, 1, 0, nil, 0, 0, "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := BuildBankList(BankListInput{T: echoT, Topic: topic, Q: tc.q, Page: tc.page, Rows: tc.rows, Total: tc.total,
				Choices: &store.BankChoices{Topics: []string{"market"}, Banks: []string{"core", "extra"}}, PageURL: pageURL})
			if v.From != tc.from || v.To != tc.to || v.PrevURL != tc.prev || v.NextURL != tc.next || v.Level != tc.level {
				t.Errorf("from %d to %d prev %q next %q level %q", v.From, v.To, v.PrevURL, v.NextURL, v.Level)
			}
			if len(v.Rows) != len(tc.rows) || len(v.Levels) != 6 || len(v.Banks) != 2 || len(v.Topics) != 1 {
				t.Fatalf("rows %d levels %d banks %d topics %d", len(v.Rows), len(v.Levels), len(v.Banks), len(v.Topics))
			}
			for _, s := range v.Skills {
				if s.Selected != (s.Value == tc.selectedSkill) {
					t.Errorf("skill %s selected %v", s.Value, s.Selected)
				}
			}
			if len(v.Rows) > 0 {
				r := v.Rows[0]
				if r.Snippet != "Tôi đi chợ" || r.Topics != "T(market), T(family-life)" || r.When != "10/03/2025 08:30" ||
					r.Skill != "skill.reading" || r.Type != "bank.type.choice" || !r.Web {
					t.Errorf("row %+v", r)
				}
			}
		})
	}
	if got := BankItemURL("a/1 b"); got != "/instructor/items/a%2F1%20b" {
		t.Errorf("item url %q", got)
	}
	if got := Clip("một hai ba bốn", 8); got != "một hai…" {
		t.Errorf("clip %q", got)
	}
}
