package view

import (
	"testing"

	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/viet"
)

func TestBuildBankItem(t *testing.T) {
	good := itemOfType(t, bank.TypeChoice)
	good.Topics, good.Passage = []string{"market"}, "Tôi đi chợ."
	broken := &bank.Item{ID: "c2", Skill: bank.Reading, Level: 2, Type: bank.TypeChoice, Prompt: "Câu hỏi", Topics: []string{"market"}, Passage: "Tôi đi chợ.",
		Options: []bank.Option{{ID: "a", Text: "một"}, {ID: "b", Text: "hai"}}} // no correct option
	tests := []struct {
		name       string
		item       *bank.Item
		source     string
		resp       *bank.Response
		file       string
		verdict    string // "" when nothing was checked
		wantErrors bool
	}{
		{"imported item, only shown", good, "/srv/question_banks/core/reading/set.yaml:12", nil,
			"core/reading/set.yaml", "", false},
		{"a wrong answer checked", good, "", &bank.Response{Choices: []string{"a"}},
			"", viet.VerdictWrong, false},
		{"the right answer checked", good, "", &bank.Response{Choices: []string{"b"}},
			"", viet.VerdictCorrect, false},
		{"the lint's errors beside the item", broken, "", nil, "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := &store.ItemRecord{ItemID: tc.item.ID, Bank: "core", CurrentVersion: 4, Source: tc.source}
			ver := &store.ItemVersion{ID: 11, ItemID: tc.item.ID, Version: 3, Author: "gv1", CreatedAt: "2025-03-10T01:30:00Z"}
			v := BuildBankItem(BankItemInput{Lang: "en", T: echoT, Rec: rec, Ver: ver, Item: tc.item,
				MediaURL: func(sha string) string { return "/media/" + sha }, CSRF: "tok", Response: tc.resp, Saved: 3})
			if v.File != tc.file || v.Version != 3 || v.Current != 4 || v.When != "10/03/2025 08:30" || v.Saved != 3 {
				t.Errorf("file %q version %d/%d when %q saved %d", v.File, v.Version, v.Current, v.When, v.Saved)
			}
			want := "/instructor/items/" + tc.item.ID + "/check?v=3"
			if v.CheckURL != want || v.Item.Form.Action != want || v.Item.Form.CSRF != "tok" {
				t.Errorf("check url %q form %+v", v.CheckURL, v.Item.Form)
			}
			if (len(v.Errors) > 0) != tc.wantErrors {
				t.Errorf("errors %v", v.Errors)
			}
			if tc.verdict == "" {
				if v.Result != nil || v.Item.Graded {
					t.Errorf("nothing checked, yet result %+v graded %v", v.Result, v.Item.Graded)
				}
				return
			}
			if v.Result == nil || v.Result.Verdict != tc.verdict || v.Result.Label != "bank.verdict."+tc.verdict ||
				v.Result.Explanation != keyFeedback || !v.Item.Graded {
				t.Fatalf("result %+v", v.Result)
			}
		})
	}
	if got := BankSubFolder("core", "question_banks/core/reading/set.yaml:3"); got != "reading" {
		t.Errorf("sub folder %q", got)
	}
}
