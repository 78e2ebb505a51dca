package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

// The instructor's question bank editor: browse and search items, preview
// one as a candidate sees it, edit it with a form per type (lint's own
// checks, errors beside their fields), upload media, and read each item's
// versions and their differences. Every save is a new version; see
// internal/store/bank_edit.go for how web edits and file imports meet.

const bankPageSize = 50

// Uploads of audio (up to bank.MaxAudioBytes) and images ride on these
// routes, which set their own body limit in place of the server's 2 MB.
const (
	bankUploadLimit = "7M"
	bankMediaPath   = "/api/instructor/bank/media"
)

var bankUploadRoutes = map[string]bool{
	bankMediaPath:                true,
	"/instructor/items/new":      true,
	"/instructor/items/:id/edit": true,
}

// bankOwnBodyLimit tells the server-wide body limit to let these routes set
// their own.
func bankOwnBodyLimit(c echo.Context) bool { return bankUploadRoutes[c.Path()] }

func (s *Server) bankT(c echo.Context) func(string, ...any) string {
	l := pageLang(c)
	return func(id string, args ...any) string { return s.catalog.T(l, id, args...) }
}

// bankOption is one entry of a select.
type bankOption struct {
	Value, Label string
	Selected     bool
}

type bankListView struct {
	Q                store.ItemSearch
	Level            string
	Skills, Types    []bankOption
	Levels, Topics   []bankOption
	Banks            []bankOption
	Rows             []bankRow
	Total, From, To  int
	PrevURL, NextURL string
}

type bankRow struct {
	ID, URL, Bank         string
	Skill, Type, TypeCode string
	Level                 int
	Topics                string
	Snippet               string
	Version               int
	Author, When          string
	Retired, Web          bool
}

// bankItems lists items by skill, level, type, topic, bank and text.
func (s *Server) bankItems(c echo.Context) error {
	ctx := c.Request().Context()
	t := s.bankT(c)
	l := pageLang(c)
	var f struct {
		Skill   string `query:"skill"`
		Type    string `query:"type"`
		Level   string `query:"level"`
		Topic   string `query:"topic"`
		Bank    string `query:"bank"`
		Text    string `query:"q"`
		Retired bool   `query:"retired"`
		Page    int    `query:"page"`
	}
	if err := c.Bind(&f); err != nil {
		return err
	}
	q := store.ItemSearch{Skill: f.Skill, Type: f.Type, Topic: f.Topic, Bank: f.Bank, Text: strings.TrimSpace(f.Text),
		Retired: f.Retired, Limit: bankPageSize}
	if !slices.Contains(bank.Skills, q.Skill) {
		q.Skill = ""
	}
	if n, err := strconv.Atoi(f.Level); err == nil && n >= 1 && n <= 6 {
		q.Level = n
	}
	page := max(f.Page, 1)
	q.Offset = (page - 1) * bankPageSize
	rows, total, err := s.store.Bank.SearchItems(ctx, q)
	if err != nil {
		return err
	}
	if len(rows) == 0 && total > 0 {
		// A page past the end (the list shrank, or a hand-made link):
		// show the last one.
		page = (total-1)/bankPageSize + 1
		q.Offset = (page - 1) * bankPageSize
		if rows, total, err = s.store.Bank.SearchItems(ctx, q); err != nil {
			return err
		}
	}
	ch, err := s.store.Bank.BankChoices(ctx)
	if err != nil {
		return err
	}
	v := bankListView{Q: q, Total: total, From: min(q.Offset+1, total), To: q.Offset + len(rows)}
	if q.Level > 0 {
		v.Level = strconv.Itoa(q.Level)
	}
	for _, sk := range bank.Skills {
		v.Skills = append(v.Skills, bankOption{sk, t("skill." + sk), sk == q.Skill})
	}
	for _, typ := range bankAllTypes() {
		v.Types = append(v.Types, bankOption{typ, t("bank.type." + typ), typ == q.Type})
	}
	for n := 1; n <= 6; n++ {
		v.Levels = append(v.Levels, bankOption{strconv.Itoa(n), t("bank.level_n", "N", n), n == q.Level})
	}
	for _, tp := range ch.Topics {
		v.Topics = append(v.Topics, bankOption{tp, s.prTopicLabel(l, tp), tp == q.Topic})
	}
	for _, b := range ch.Banks {
		v.Banks = append(v.Banks, bankOption{b, b, b == q.Bank})
	}
	for _, r := range rows {
		v.Rows = append(v.Rows, bankRow{ID: r.ItemID, URL: bankItemURL(r.ItemID), Bank: r.Bank, Skill: t("skill." + r.Skill),
			Type: t("bank.type." + r.Type), TypeCode: r.Type, Level: r.Level, Topics: s.topicLabels(l, r.Topics()),
			Snippet: bankClip(r.Snippet, 90), Version: r.Version, Author: r.Author, When: view.Time(r.CreatedAt),
			Retired: r.Retired, Web: r.Source == ""})
	}
	pageURL := func(p int) string {
		u := *c.Request().URL
		qs := u.Query()
		qs.Set("page", strconv.Itoa(p))
		u.RawQuery = qs.Encode()
		return u.Path + "?" + u.RawQuery
	}
	if page > 1 {
		v.PrevURL = pageURL(page - 1)
	}
	if q.Offset+len(rows) < total {
		v.NextURL = pageURL(page + 1)
	}
	return s.ok(c, "bank_list", v)
}

func bankItemURL(id string) string { return "/instructor/items/" + url.PathEscape(id) }

// bankAllTypes lists every item type once, in skill order.
func bankAllTypes() []string {
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

func bankClip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n-1]) + "…"
	}
	return s
}

// bankFileOf is where an imported item's file sits, from "question_banks/"
// on ("core/listening.yaml"), or "" for an item made in the browser.
func bankFileOf(source string) string {
	if source == "" {
		return ""
	}
	file := source
	if i := strings.LastIndexByte(source, ':'); i > 0 {
		file = source[:i]
	}
	file = strings.ReplaceAll(file, `\`, "/")
	if _, after, ok := strings.Cut(file, "question_banks/"); ok {
		return after
	}
	return file
}

// bankSubFolder is the folder of an imported item's file inside its bank
// folder ("" when the file is at the top), for the media paths of a
// downloaded item.
func bankSubFolder(bankName, source string) string {
	file := bankFileOf(source)
	if file == "" {
		return ""
	}
	dirs := strings.Split(file, "/")
	dirs = dirs[:len(dirs)-1]
	for i := len(dirs) - 1; i >= 0; i-- {
		if dirs[i] == bankName {
			return strings.Join(dirs[i+1:], "/")
		}
	}
	return ""
}
