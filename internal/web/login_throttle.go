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
	maxDevices   = 20 // accounts one browser remembers: about 100 bytes each, under a cookie's 4 KB
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
// valid, unexpired cookie entry for username, else "".
func (s *Server) knownDevice(c echo.Context, username string, now time.Time) string {
	for _, e := range s.deviceEntries(c, now) {
		if e.username == strings.ToLower(username) {
			return e.nonce
		}
	}
	return ""
}

type deviceEntry struct {
	raw, username, nonce string
}

// deviceEntries reads the valid, unexpired entries of the cookie. One
// browser keeps an entry per account (up to maxDevices), so a computer
// shared by a class remembers each candidate who signed in on it.
func (s *Server) deviceEntries(c echo.Context, now time.Time) []deviceEntry {
	ck, err := c.Cookie(deviceCookie)
	if err != nil {
		return nil
	}
	var out []deviceEntry
	for _, raw := range strings.Split(ck.Value, "~") {
		b64, sig64, ok := strings.Cut(raw, ".")
		if !ok {
			continue
		}
		body, err1 := base64.RawURLEncoding.DecodeString(b64)
		sig, err2 := base64.RawURLEncoding.DecodeString(sig64)
		if err1 != nil || err2 != nil {
			continue
		}
		m := hmac.New(sha256.New, s.deviceKey)
		m.Write(body)
		if !hmac.Equal(sig, m.Sum(nil)) {
			continue
		}
		parts := strings.Split(string(body), "|")
		if len(parts) != 3 {
			continue
		}
		if exp, err := strconv.ParseInt(parts[2], 10, 64); err != nil || now.Unix() > exp {
			continue
		}
		out = append(out, deviceEntry{raw: raw, username: parts[0], nonce: parts[1]})
	}
	return out
}

// setDeviceCookie adds (or renews) username's entry, keeping the most
// recent maxDevices.
func (s *Server) setDeviceCookie(c echo.Context, username string, now time.Time) {
	keep := []string{}
	for _, e := range s.deviceEntries(c, now) {
		if e.username != strings.ToLower(username) {
			keep = append(keep, e.raw)
		}
	}
	keep = append(keep, s.signDevice(username, now.Add(deviceTTL)))
	if len(keep) > maxDevices {
		keep = keep[len(keep)-maxDevices:]
	}
	c.SetCookie(&http.Cookie{Name: deviceCookie, Value: strings.Join(keep, "~"), Path: "/login",
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
	r, err := s.store.Accounts.ReserveLoginAttempt(ctx, username, c.RealIP(), lim, now)
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
