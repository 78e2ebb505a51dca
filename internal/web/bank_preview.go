package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/internal/web/view"
)

// bankLoaded is one version with everything needed to show it.
type bankLoaded struct {
	rec   *store.ItemRecord
	ver   *store.ItemVersion
	item  *bank.Item
	group *bank.Group
	media map[string]string // key → sha256, of the item and its group
}

func (s *Server) bankLoad(c echo.Context) (*bankLoaded, error) {
	ctx := c.Request().Context()
	id := c.Param("id")
	v := 0
	if q := c.QueryParam("v"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 {
			return nil, echo.ErrNotFound
		}
		v = n
	}
	rec, err := s.store.Bank.ItemRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	ver, err := s.store.Bank.ItemVersion(ctx, id, v)
	if err != nil {
		return nil, err
	}
	it, media, err := ver.Item()
	if err != nil {
		return nil, err
	}
	l := &bankLoaded{rec: rec, ver: ver, item: it, media: map[string]string{}}
	for k, h := range media {
		l.media[k] = h
	}
	if ver.GroupVersionID != nil {
		gv, err := s.store.Bank.GroupVersionByID(ctx, *ver.GroupVersionID)
		if err != nil {
			return nil, err
		}
		g, gm, err := gv.Group()
		if err != nil {
			return nil, err
		}
		l.group = g
		for k, h := range gm {
			l.media[k] = h
		}
	}
	return l, nil
}

// bankItem shows a version of an item as a candidate sees it.
func (s *Server) bankItem(c echo.Context) error {
	l, err := s.bankLoad(c)
	if err != nil {
		return err
	}
	v, err := s.bankItemPage(c, l, nil)
	if err != nil {
		return err
	}
	return s.ok(c, "bank_item", v)
}

// bankCheck grades an answer given on the preview, as practice would,
// and shows the item with its feedback. Nothing is stored.
func (s *Server) bankCheck(c echo.Context) error {
	l, err := s.bankLoad(c)
	if err != nil {
		return err
	}
	if bank.Manual(l.item.Type) {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "rated items are not graded here"}
	}
	resp, err := prResponse(c, l.item)
	if err != nil {
		return err
	}
	v, err := s.bankItemPage(c, l, &resp)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "bank_item", v)
}

// bankItemPage loads the rubric the lint needs and has package view
// build the preview.
func (s *Server) bankItemPage(c echo.Context, l *bankLoaded, resp *bank.Response) (*view.BankItem, error) {
	rubrics := map[string]*bank.Rubric{}
	if l.item.Rubric != "" {
		if rb, _, err := s.store.Bank.Rubric(c.Request().Context(), l.item.Rubric); err == nil {
			rubrics[rb.ID] = rb
		} else if apperr.Code(err) != apperr.NotFound {
			return nil, err
		}
	}
	saved, _ := strconv.Atoi(c.QueryParam("saved"))
	return view.BuildBankItem(view.BankItemInput{Lang: pageLang(c), T: s.itemT(c), Rec: l.rec, Ver: l.ver, Item: l.item,
		Group: l.group, Media: l.media, MediaURL: prMediaURL, Rubrics: rubrics, Saved: saved,
		Unchanged: c.QueryParam("unchanged") == "1", CSRF: csrfOf(c), Response: resp}), nil
}
