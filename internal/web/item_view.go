package web

import (
	"github.com/labstack/echo/v4"

	"hocviet/internal/web/view"
)

// Helpers for the pages that show a bank item through view.BuildItem and
// the "item" partial.

// csrfOf is the request's CSRF token, for a form a partial renders (the
// partial receives its view, not the Page).
func csrfOf(c echo.Context) string {
	tok, _ := c.Get("csrf").(string)
	return tok
}

// itemT words message ids in the page's language for an item's partial.
func (s *Server) itemT(c echo.Context) view.Translator {
	l := pageLang(c)
	return func(id string, args ...any) string { return s.catalog.T(l, id, args...) }
}
