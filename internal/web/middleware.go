package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/lang"
)

const (
	sessionCookie = "hv_session"
	langCookie    = "hv_lang"
	sessionTTL    = 12 * time.Hour
	ctxUser       = "user"
	ctxLang       = "lang"
)

func hashToken(t string) string {
	h := sha256.Sum256([]byte(t))
	return hex.EncodeToString(h[:])
}

// loadSession puts the signed-in user, if any, in the context.
func (s *Server) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
			u, err := s.store.Accounts.SessionUser(c.Request().Context(), hashToken(ck.Value))
			switch {
			case err == nil:
				c.Set(ctxUser, u)
			case apperr.Code(err) == apperr.NotFound:
				// expired or unknown: carry on as anonymous
			default:
				return err
			}
		}
		return next(c)
	}
}

func currentUser(c echo.Context) *account.User {
	u, _ := c.Get(ctxUser).(*account.User)
	return u
}

// chooseLang decides the page language: ?lang= (remembered), then the
// cookie, then the account's choice, then Accept-Language, then Vietnamese.
func (s *Server) chooseLang(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := currentUser(c)
		l := c.QueryParam("lang")
		if lang.Valid(l) {
			c.SetCookie(&http.Cookie{Name: langCookie, Value: l, Path: "/", MaxAge: 365 * 24 * 3600,
				HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode})
			if u != nil && u.Lang != l {
				if err := s.store.Accounts.SetUserLang(c.Request().Context(), u.ID, l); err != nil {
					return err
				}
				u.Lang = l
			}
		} else if ck, err := c.Cookie(langCookie); err == nil && lang.Valid(ck.Value) {
			l = ck.Value
		} else if u != nil && lang.Valid(u.Lang) {
			l = u.Lang
		} else if a := s.catalog.FromAcceptLanguage(c.Request().Header.Get("Accept-Language")); a != "" {
			l = a
		} else {
			l = lang.Default
		}
		c.Set(ctxLang, l)
		return next(c)
	}
}

func pageLang(c echo.Context) string {
	if l, ok := c.Get(ctxLang).(string); ok {
		return l
	}
	return lang.Default
}

// requireRole lets through only signed-in users with one of the roles.
// Anonymous visitors of pages are sent to the login page and back.
func (s *Server) requireRole(roles ...account.Role) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			u := currentUser(c)
			if u == nil {
				if isAPI(c) || c.Request().Method != http.MethodGet {
					return &apperr.Error{Code: apperr.Unauthorized, Key: "error.unauthorized", Message: "sign in first"}
				}
				return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request().URL.RequestURI()))
			}
			for _, r := range roles {
				if u.Role == r {
					return next(c)
				}
			}
			return &apperr.Error{Code: apperr.Forbidden, Key: "error.forbidden", Message: "this page is not for your role"}
		}
	}
}

func isAPI(c echo.Context) bool { return strings.HasPrefix(c.Request().URL.Path, "/api/") }

// safeNext keeps post-login redirects on this site.
func safeNext(next string) string {
	if strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") && !strings.HasPrefix(next, "/\\") {
		return next
	}
	return ""
}
