package view

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// Choice is one entry of a select.
type Choice struct {
	Value, Label string
	Selected     bool
}

// BankList is the bank editor's item list: the search form and one page
// of rows.
type BankList struct {
	Q                store.ItemSearch
	Level            string
	Skills, Types    []Choice
	Levels, Topics   []Choice
	Banks            []Choice
	Rows             []BankRow
	Total, From, To  int
	PrevURL, NextURL string
}

// BankRow is one item of the list, its current version.
type BankRow struct {
	ID, URL, Bank         string
	Skill, Type, TypeCode string
	Level                 int
	Topics                string
	Snippet               string
	Version               int
	Author, When          string
	Retired, Web          bool
}

// BankListInput is one page of a bank search with what the form offers.
type BankListInput struct {
	T Translator
	// Topic names a bank topic in the page language.
	Topic   func(key string) string
	Q       store.ItemSearch // Offset and Limit give the page
	Page    int              // 1-based
	Rows    []store.ItemSummary
	Total   int
	Choices *store.BankChoices
	// PageURL is the list's address showing page p.
	PageURL func(p int) string
}

// BankItemURL is the page of a bank item.
func BankItemURL(id string) string { return "/instructor/items/" + url.PathEscape(id) }

// BankTypes lists every item type once, in skill order.
func BankTypes() []string {
	var out []string
	for _, sk := range bank.Skills {
		for _, typ := range bank.Types[sk] {
			if !slices.Contains(out, typ) {
				out = append(out, typ)
			}
		}
	}
	return out
}

// Clip folds the white space of s and cuts it to n runes, with an ellipsis
// when cut.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n-1]) + "…"
	}
	return s
}

// BuildBankList words the search form and the rows of one page.
func BuildBankList(in BankListInput) *BankList {
	t, q := in.T, in.Q
	v := &BankList{Q: q, Total: in.Total, From: min(q.Offset+1, in.Total), To: q.Offset + len(in.Rows)}
	if q.Level > 0 {
		v.Level = strconv.Itoa(q.Level)
	}
	for _, sk := range bank.Skills {
		v.Skills = append(v.Skills, Choice{sk, t("skill." + sk), sk == q.Skill})
	}
	for _, typ := range BankTypes() {
		v.Types = append(v.Types, Choice{typ, t("bank.type." + typ), typ == q.Type})
	}
	for n := 1; n <= 6; n++ {
		v.Levels = append(v.Levels, Choice{strconv.Itoa(n), t("bank.level_n", "N", n), n == q.Level})
	}
	if in.Choices != nil {
		for _, tp := range in.Choices.Topics {
			v.Topics = append(v.Topics, Choice{tp, in.Topic(tp), tp == q.Topic})
		}
		for _, b := range in.Choices.Banks {
			v.Banks = append(v.Banks, Choice{b, b, b == q.Bank})
		}
	}
	for _, r := range in.Rows {
		topics := r.Topics()
		for i, k := range topics {
			topics[i] = in.Topic(k)
		}
		v.Rows = append(v.Rows, BankRow{ID: r.ItemID, URL: BankItemURL(r.ItemID), Bank: r.Bank, Skill: t("skill." + r.Skill),
			Type: t("bank.type." + r.Type), TypeCode: r.Type, Level: r.Level, Topics: strings.Join(topics, ", "),
			Snippet: Clip(r.Snippet, 90), Version: r.Version, Author: r.Author, When: Time(r.CreatedAt),
			Retired: r.Retired, Web: r.Source == ""})
	}
	if in.Page > 1 {
		v.PrevURL = in.PageURL(in.Page - 1)
	}
	if q.Offset+len(in.Rows) < in.Total {
		v.NextURL = in.PageURL(in.Page + 1)
	}
	return v
}
