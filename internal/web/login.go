package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

type loginForm struct {
	Username string `form:"username" validate:"required,max=40"`
	Password string `form:"password" validate:"required,max=200"`
	Next     string `form:"next"`
}

type loginView struct {
	Username string
	Next     string
	Error    string
}

func (s *Server) loginForm(c echo.Context) error {
	if u := currentUser(c); u != nil {
		return c.Redirect(http.StatusSeeOther, u.Role.Home())
	}
	return s.ok(c, "login", loginView{Next: safeNext(c.QueryParam("next"))})
}

// newDummyHash makes the hash to compare against when the username does not
// exist, so a wrong username takes as long as a wrong password and does not
// reveal accounts: hence at the server's bcrypt cost. It is made on first
// use, not at start-up: every subcommand links this package, and bcrypt is
// deliberately slow.
func newDummyHash(cost int) func() string {
	return sync.OnceValue(func() string {
		h, _ := account.HashPasswordCost("not-a-real-password", cost)
		return h
	})
}

func (s *Server) login(c echo.Context) error {
	ctx := c.Request().Context()
	var f loginForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad login form"}
	}
	f.Username = strings.TrimSpace(f.Username)
	f.Next = safeNext(f.Next)
	l := pageLang(c)
	fail := func(status int, key string, args ...any) error {
		return s.render(c, status, "login", loginView{Username: f.Username, Next: f.Next, Error: s.catalog.T(l, key, args...)})
	}
	if err := s.validate.Struct(f); err != nil {
		return fail(http.StatusBadRequest, "login.error_required")
	}

	ip := c.RealIP()
	now := time.Now()
	res, err := s.reserveLogin(c, f.Username, now)
	if apperr.Code(err) == apperr.TooMany {
		return fail(http.StatusTooManyRequests, "login.error_locked", "Minutes", int(s.throttle.Window.Minutes()))
	}
	if err != nil {
		return err
	}

	u, err := s.store.Accounts.UserByUsername(ctx, f.Username)
	if err != nil && apperr.Code(err) != apperr.NotFound {
		return err
	}
	hash := s.dummyHash()
	if u != nil && account.HasPassword(u.PasswordHash) {
		hash = u.PasswordHash
	}
	good := s.checkPassword(hash, f.Password)
	// An activation code typed as the password leads to choosing one
	// (activate.go).
	if u != nil && !good && !u.Disabled && account.LooksLikeCode(f.Password) {
		ok, err := s.reg.CheckActivation(ctx, u, f.Password)
		if err != nil {
			return err
		}
		if ok {
			return s.activateForm(c, http.StatusOK, f.Username, f.Password, f.Next, "")
		}
	}
	if u == nil || !good || u.Disabled {
		return fail(http.StatusUnauthorized, "login.error_wrong") // the reservation stays as the failure
	}
	if err := s.store.Accounts.ForgiveLoginAttempt(ctx, res.ID); err != nil {
		return err
	}
	s.setDeviceCookie(c, u.Username, now)

	tok := make([]byte, 32)
	if _, err := rand.Read(tok); err != nil {
		return err
	}
	token := base64.RawURLEncoding.EncodeToString(tok)
	if err := s.store.Accounts.CreateSession(ctx, hashToken(token), u.ID, time.Now().Add(sessionTTL), ip, c.Request().UserAgent()); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: token, Path: "/", MaxAge: int(sessionTTL.Seconds()),
		HttpOnly: true, Secure: s.secure || c.IsTLS(), SameSite: http.SameSiteLaxMode})
	s.log.Info("login", "user", u.Username, "role", u.Role, "ip", ip)
	dest := u.Role.Home()
	if f.Next != "" && strings.HasPrefix(f.Next, dest) {
		dest = f.Next
	}
	return c.Redirect(http.StatusSeeOther, dest)
}

func (s *Server) logout(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil {
		if err := s.store.Accounts.DeleteSession(c.Request().Context(), hashToken(ck.Value)); err != nil {
			return err
		}
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.secure || c.IsTLS(), SameSite: http.SameSiteLaxMode})
	return c.Redirect(http.StatusSeeOther, "/login")
}

type imeForm struct {
	Mode string `form:"mode" validate:"oneof=off telex vni"`
}

// setIME remembers the Vietnamese input method across devices.
func (s *Server) setIME(c echo.Context) error {
	var f imeForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return &apperr.Error{Code: apperr.Invalid, Field: "mode", Key: "error.bad_request", Message: "mode must be off, telex or vni"}
	}
	if err := s.store.Accounts.SetIMEMode(c.Request().Context(), currentUser(c).ID, f.Mode); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
