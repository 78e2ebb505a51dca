package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/store"
)

// Login limits after OWASP's "Slow down online guessing attacks with device
// cookies": failures are counted per account and address (a shared room
// address is never locked as a whole), a browser that once signed in to an
// account carries a signed cookie that exempts it from that account's lock,
// and each check is reserved in the database before bcrypt runs, so
// parallel requests cannot overrun the limit.

const (
	deviceCookie = "hv_device"
	deviceTTL    = 30 * 24 * time.Hour
	maxDelay     = 5 * time.Second
)

// signDevice makes a known-device cookie value for username:
// base64(username|nonce|expiry) "." base64(HMAC-SHA256).
func (s *Server) signDevice(username string, exp time.Time) string {
	nonce := make([]byte, 12)
	_, _ = rand.Read(nonce) // crypto/rand.Read never fails (Go 1.24+)
	body := strings.ToLower(username) + "|" + base64.RawURLEncoding.EncodeToString(nonce) + "|" + strconv.FormatInt(exp.Unix(), 10)
	m := hmac.New(sha256.New, s.deviceKey)
	m.Write([]byte(body))
	return base64.RawURLEncoding.EncodeToString([]byte(body)) + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// knownDevice returns the device id (its nonce) when the request carries a
// valid, unexpired cookie for username, else "".
func (s *Server) knownDevice(c echo.Context, username string, now time.Time) string {
	ck, err := c.Cookie(deviceCookie)
	if err != nil {
		return ""
	}
	b64, sig64, ok := strings.Cut(ck.Value, ".")
	if !ok {
		return ""
	}
	body, err1 := base64.RawURLEncoding.DecodeString(b64)
	sig, err2 := base64.RawURLEncoding.DecodeString(sig64)
	if err1 != nil || err2 != nil {
		return ""
	}
	m := hmac.New(sha256.New, s.deviceKey)
	m.Write(body)
	if !hmac.Equal(sig, m.Sum(nil)) {
		return ""
	}
	parts := strings.Split(string(body), "|")
	if len(parts) != 3 || parts[0] != strings.ToLower(username) {
		return ""
	}
	exp, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || now.Unix() > exp {
		return ""
	}
	return parts[1]
}

func (s *Server) setDeviceCookie(c echo.Context, username string, now time.Time) {
	c.SetCookie(&http.Cookie{Name: deviceCookie, Value: s.signDevice(username, now.Add(deviceTTL)), Path: "/login",
		MaxAge: int(deviceTTL.Seconds()), HttpOnly: true, Secure: s.secure || c.IsTLS(), SameSite: http.SameSiteStrictMode})
}

// reserveLogin asks the store for one password check and waits the delay
// the counts call for. A refusal is apperr.TooMany.
func (s *Server) reserveLogin(c echo.Context, username string, now time.Time) (store.LoginReservation, error) {
	ctx := c.Request().Context()
	t := s.throttle
	device := s.knownDevice(c, username, now)
	lim := store.LoginLimits{Since: now.Add(-t.Window), PairMax: t.LockAfter, AccountMax: t.AccountLockAfter,
		DeviceMax: t.DeviceLockAfter, Device: device, Trusted: device != ""}
	r, err := s.store.ReserveLoginAttempt(ctx, username, c.RealIP(), lim, now)
	if err != nil {
		s.log.Warn("login refused by throttle", "username", username, "ip", c.RealIP(), "known_device", device != "")
		return r, err
	}
	var d time.Duration
	if device == "" && r.Account >= t.SlowAfter {
		d = t.Delay * time.Duration(r.Account-t.SlowAfter+1)
	}
	if t.IPSlowAfter > 0 && r.IP >= t.IPSlowAfter {
		d = max(d, t.Delay)
	}
	if d = min(d, maxDelay); d > 0 {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return r, ctx.Err()
		}
	}
	return r, nil
}
