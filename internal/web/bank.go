package web

import (
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
	pageURL := func(p int) string {
		u := *c.Request().URL
		qs := u.Query()
		qs.Set("page", strconv.Itoa(p))
		u.RawQuery = qs.Encode()
		return u.Path + "?" + u.RawQuery
	}
	v := view.BuildBankList(view.BankListInput{T: t, Topic: func(k string) string { return s.prTopicLabel(l, k) },
		Q: q, Page: page, Rows: rows, Total: total, Choices: ch, PageURL: pageURL})
	return s.ok(c, "bank_list", v)
}
