package web

import (
	"bytes"
	"mime"
	"net/http"
	"regexp"
	"time"

	"github.com/labstack/echo/v4"
)

var prSHA256 = regexp.MustCompile(`^[0-9a-f]{64}$`)

// media serves bank audio and images by content hash to any signed-in user
// (practice media is not secret; exam audio goes through the exam's own
// counting endpoint instead). A hash names one content for ever, so the
// browser may keep it a year; ServeContent answers range requests, which
// audio seeking needs.
func (s *Server) media(c echo.Context) error {
	sha := c.Param("sha256")
	if !prSHA256.MatchString(sha) {
		return echo.ErrNotFound
	}
	m, err := s.store.Bank.MediaByHash(c.Request().Context(), sha)
	if err != nil {
		return err
	}
	h := c.Response().Header()
	h.Set("Content-Type", m.MIME)
	h.Set("Cache-Control", "private, max-age=31536000, immutable")
	h.Set("ETag", `"`+sha+`"`)
	http.ServeContent(c.Response(), c.Request(), sha+prExt(m.MIME), time.Time{}, bytes.NewReader(m.Data))
	return nil
}

// prMediaURL is where a bank medium is served, "" when there is none.
func prMediaURL(sha string) string {
	if sha == "" {
		return ""
	}
	return "/media/" + sha
}

func prExt(mimeType string) string {
	if exts, _ := mime.ExtensionsByType(mimeType); len(exts) > 0 {
		return exts[0]
	}
	return ""
}
