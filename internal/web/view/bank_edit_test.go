package view

import (
	"slices"
	"testing"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

func TestFinishBankEdit(t *testing.T) {
	it := &bank.Item{ID: "c1", Skill: bank.Reading, Type: bank.TypeChoice, Level: 2, Topics: []string{"market"},
		Group: "gone", Image: "img/a.png",
		Options: []bank.Option{{ID: "a", Text: "một", Image: "img/b.png"}, {ID: "b", Text: "hai", Correct: true}}}
	tests := []struct {
		name     string
		isNew    bool
		problems []bank.Problem
		msgs     map[string][]string
		check    func(t *testing.T, v *BankEdit)
	}{
		{name: "an edit: links, choices and blank rows", check: func(t *testing.T, v *BankEdit) {
			if v.Action != "/instructor/items/c1/edit" || v.CancelURL != "/instructor/items/c1" || v.MediaURL != "/up" {
				t.Errorf("action %q cancel %q media %q", v.Action, v.CancelURL, v.MediaURL)
			}
			if len(v.Options) != 4 || v.Options[0].ImageURL != "/m/sha-b" || v.Image.URL != "/m/sha-a" || v.Image.MIME != "image/png" {
				t.Errorf("options %+v image %+v", v.Options, v.Image)
			}
			// The unknown group stays chosen so its error shows beside it.
			if len(v.Groups) != 2 || !v.Groups[1].Selected || v.Groups[1].Value != "gone" || v.Groups[0].Label != "g1 · Chợ" {
				t.Errorf("groups %+v", v.Groups)
			}
			i := slices.IndexFunc(v.TopicOptions, func(c Choice) bool { return c.Value == "market" })
			if i < 0 || !v.TopicOptions[i].Selected || v.TopicOptions[i].Label != "T(market)" || len(v.TopicOptions) != 2 {
				t.Errorf("topics %+v", v.TopicOptions)
			}
			if len(v.Levels) != 6 || !v.Levels[1].Selected || v.SkillLabel != "skill.reading" {
				t.Errorf("levels %+v label %q", v.Levels, v.SkillLabel)
			}
		}},
		{name: "a new item posts to the new form", isNew: true, check: func(t *testing.T, v *BankEdit) {
			if v.Action != "/instructor/items/new" || v.CancelURL != "/instructor/items" {
				t.Errorf("action %q cancel %q", v.Action, v.CancelURL)
			}
		}},
		{name: "problems go beside their fields", problems: []bank.Problem{
			{Severity: bank.SevError, Message: "option 2 empty", Field: "options[1].text"},
			{Severity: bank.SevError, Message: "bad level", Field: "level"},
			{Severity: bank.SevError, Message: "no gaps here", Field: "gaps[0]"}, // not on a choice form
			{Severity: bank.SevWarning, Message: "short prompt", Field: "prompt"},
		}, msgs: map[string][]string{"topics": {"unknown topic"}}, check: func(t *testing.T, v *BankEdit) {
			if !slices.Equal(v.Options[1].Errs, []string{"option 2 empty"}) || !slices.Equal(v.E("level"), []string{"bad level"}) ||
				!slices.Equal(v.E("topics"), []string{"unknown topic"}) {
				t.Errorf("option errs %v level %v topics %v", v.Options[1].Errs, v.E("level"), v.E("topics"))
			}
			if !slices.Equal(v.General, []string{"no gaps here"}) || !slices.Equal(v.Warnings, []string{"short prompt"}) {
				t.Errorf("general %v warnings %v", v.General, v.Warnings)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := BankEditOf(it)
			v.New = tc.isNew
			FinishBankEdit(v, BankEditInput{Lang: "vi", T: echoT, Topic: func(k string) string { return "T(" + k + ")" },
				Choices: &store.BankChoices{Topics: []string{"family"}, Banks: []string{"core"},
					Groups: []store.GroupChoice{{ID: "g1", Skill: bank.Reading, Title: "Chợ"}, {ID: "g2", Skill: bank.Listening}}},
				Refs:     map[string]store.MediaRef{"img/a.png": {SHA256: "sha-a", MIME: "image/png"}, "img/b.png": {SHA256: "sha-b", MIME: "image/png"}},
				MediaURL: func(sha string) string { return "/m/" + sha }, UploadURL: "/up", Problems: tc.problems, Msgs: tc.msgs})
			tc.check(t, v)
		})
	}
}
