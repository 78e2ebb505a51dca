package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
)

// First login with an activation code: the login form recognises a valid
// code typed as the password and shows this form, where the person chooses
// their password. The code travels back in a hidden field of their own page
// (sent with no-store) and is checked again here, so nothing is remembered
// between the two steps.

type activateForm struct {
	Username string `form:"username"`
	Code     string `form:"code"`
	Password string `form:"password"`
	Confirm  string `form:"confirm"`
	Next     string `form:"next"`
}

type activateView struct {
	Username string
	Code     string
	Next     string
	Error    string
	Min      int
}

func (s *Server) activateForm(c echo.Context, status int, username, code, next, errMsg string) error {
	return s.render(c, status, "activate", activateView{Username: username, Code: code, Next: next, Error: errMsg,
		Min: account.MinNewPasswordLen})
}

// acctErr words a domain error for a form in the page language.
func (s *Server) acctErr(c echo.Context, err error) (string, bool) {
	e, ok := apperr.As(err)
	if !ok || e.Key == "" || e.Code == apperr.Internal {
		return "", false
	}
	return s.catalog.T(pageLang(c), e.Key, "Min", account.MinNewPasswordLen), true
}

func (s *Server) activate(c echo.Context) error {
	ctx := c.Request().Context()
	var f activateForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad activation form"}
	}
	f.Username = strings.TrimSpace(f.Username)
	f.Next = safeNext(f.Next)
	l := pageLang(c)
	if f.Username == "" || f.Code == "" {
		return s.render(c, http.StatusBadRequest, "login", loginView{Username: f.Username, Next: f.Next,
			Error: s.catalog.T(l, "login.error_required")})
	}
	if f.Password != f.Confirm {
		return s.activateForm(c, http.StatusUnprocessableEntity, f.Username, f.Code, f.Next, s.catalog.T(l, "acct.pw.mismatch"))
	}
	// The same throttle as the login: a code is a password until used. The
	// attempt is reserved (counted as a failure) before the code is checked.
	res, err := s.reserveLogin(c, f.Username, time.Now())
	if apperr.Code(err) == apperr.TooMany {
		return s.render(c, http.StatusTooManyRequests, "login", loginView{Username: f.Username, Next: f.Next,
			Error: s.catalog.T(l, "login.error_locked", "Minutes", int(s.throttle.Window.Minutes()))})
	}
	if err != nil {
		return err
	}
	u, err := s.reg.Activate(ctx, f.Username, f.Code, f.Password)
	if err != nil {
		if apperr.Code(err) == apperr.Unauthorized {
			// The reservation stays as the failure.
			return s.render(c, http.StatusUnauthorized, "login", loginView{Username: f.Username, Next: f.Next,
				Error: s.catalog.T(l, "acct.activate.bad_code")})
		}
		if msg, ok := s.acctErr(c, err); ok {
			if ferr := s.store.Accounts.ForgiveLoginAttempt(ctx, res.ID); ferr != nil {
				return ferr
			}
			return s.activateForm(c, http.StatusUnprocessableEntity, f.Username, f.Code, f.Next, msg)
		}
		return err
	}
	if err := s.store.Accounts.ForgiveLoginAttempt(ctx, res.ID); err != nil {
		return err
	}
	s.setDeviceCookie(c, u.Username, time.Now())
	s.log.Info("account activated", "user", u.Username, "ip", c.RealIP())
	if err := s.startSession(c, u); err != nil {
		return err
	}
	dest := u.Role.Home()
	if f.Next != "" && strings.HasPrefix(f.Next, dest) {
		dest = f.Next
	}
	return c.Redirect(http.StatusSeeOther, dest)
}

// startSession signs a person in on this browser.
func (s *Server) startSession(c echo.Context, u *account.User) error {
	tok := make([]byte, 32)
	if _, err := rand.Read(tok); err != nil {
		return err
	}
	token := base64.RawURLEncoding.EncodeToString(tok)
	if err := s.store.Accounts.CreateSession(c.Request().Context(), hashToken(token), u.ID, time.Now().Add(sessionTTL), c.RealIP(), c.Request().UserAgent()); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: token, Path: "/", MaxAge: int(sessionTTL.Seconds()),
		HttpOnly: true, Secure: s.secure || c.IsTLS(), SameSite: http.SameSiteLaxMode})
	return nil
}

// Changing one's own password.

type passwordForm struct {
	Old      string `form:"old"`
	Password string `form:"password"`
	Confirm  string `form:"confirm"`
}

type passwordView struct {
	Error string
	Done  bool
	Min   int
}

func (s *Server) passwordPage(c echo.Context) error {
	return s.ok(c, "account_password", passwordView{Done: c.QueryParam("done") == "1", Min: account.MinNewPasswordLen})
}

func (s *Server) passwordChange(c echo.Context) error {
	var f passwordForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad password form"}
	}
	fail := func(msg string) error {
		return s.render(c, http.StatusUnprocessableEntity, "account_password", passwordView{Error: msg, Min: account.MinNewPasswordLen})
	}
	if f.Password != f.Confirm {
		return fail(s.catalog.T(pageLang(c), "acct.pw.mismatch"))
	}
	keep := ""
	if ck, err := c.Cookie(sessionCookie); err == nil {
		keep = hashToken(ck.Value)
	}
	u := currentUser(c)
	if err := s.reg.ChangePassword(c.Request().Context(), u.ID, f.Old, f.Password, keep); err != nil {
		if msg, ok := s.acctErr(c, err); ok {
			return fail(msg)
		}
		return err
	}
	s.log.Info("password changed", "user", u.Username)
	return c.Redirect(http.StatusSeeOther, "/account/password?done=1")
}
