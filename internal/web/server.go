// Package web is hocviet's HTTP face: Echo routes, thin handlers, templates,
// translations and static files, all served from the binary.
package web

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"hocviet/internal/account"
	"hocviet/internal/exam"
	"hocviet/internal/lang"
	"hocviet/internal/placement"
	"hocviet/internal/practice"
	"hocviet/internal/store"
)

// Throttle slows and limits repeated failed logins without letting one
// person lock others out (docs/security.md, issue 15): limits are per
// account and address, an address is only ever slowed, and a browser that
// signed in to an account before (known-device cookie) is exempt from that
// account's lock.
type Throttle struct {
	Window           time.Duration // how far back failures count
	SlowAfter        int           // failures for one account before each try from an unknown browser is delayed
	Delay            time.Duration // delay per failure beyond SlowAfter, capped at 5 s
	LockAfter        int           // failures for one account from one address before that pair is refused for Window
	AccountLockAfter int           // failures for one account from all addresses before unknown browsers are refused (0: 5 × LockAfter)
	DeviceLockAfter  int           // failures from one known browser before it loses its exemption (0: LockAfter)
	IPSlowAfter      int           // failures from one address before its logins are slowed (never refused)
}

// DefaultThrottle suits a school network where a whole class shares one address.
var DefaultThrottle = Throttle{Window: 15 * time.Minute, SlowAfter: 3, Delay: time.Second, LockAfter: 10, IPSlowAfter: 100}

// Deps is what the web layer needs from the program.
type Deps struct {
	Store         *store.Store
	Catalog       *lang.Catalog
	Log           *slog.Logger
	Files         fs.FS // the web/ folder: templates/, static/, i18n/
	Version       string
	SecureCookies bool
	Throttle      Throttle
	// PasswordCheck compares a password with its hash; nil means
	// account.CheckPassword. Tests count the (slow) checks through it.
	PasswordCheck func(hash, password string) bool
	// Templates, if set, are the pages and static files of Files already
	// loaded (LoadTemplates); nil loads them. Tests that start many
	// servers load them once: under -race that took seconds per server.
	Templates  *Templates
	BcryptCost int // for passwords people choose and the unknown-user check; 0: bcrypt's default (tests lower it)
}

// Server holds the handlers' shared state. Nothing in it changes after New.
type Server struct {
	store    *store.Store
	catalog  *lang.Catalog
	log      *slog.Logger
	version  string
	secure   bool
	throttle Throttle
	// deviceKey signs known-device cookies; checkPassword is bcrypt.
	deviceKey     []byte
	checkPassword func(hash, password string) bool
	dummyHash     func() string // for unknown usernames, at BcryptCost (login.go)
	pages         *pages
	assets        *assets
	validate      *validator.Validate
	reg           *account.Registration // accounts: imports, activation, resets
	place         *placement.Service
	sitting       *exam.Sitting     // exam: start, save, finish a section, regrade
	practice      *practice.Session // the practice workflow: sets, answers, recordings, drafts
	i18n          fs.FS             // the translation files, for the Lao review's UI coverage
	examPages     *examPages        // exam pages built at once; the bell's starts first (exam_gate.go)
}

// New builds the Echo app with every route; tests use it through ServeHTTP.
func New(d Deps) (*echo.Echo, error) {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	tpl, err := d.Templates, error(nil)
	if tpl == nil {
		if tpl, err = LoadTemplates(d.Files); err != nil {
			return nil, err
		}
	}
	s := &Server{store: d.Store, catalog: d.Catalog, log: d.Log, version: d.Version, secure: d.SecureCookies,
		throttle: d.Throttle, pages: tpl.pages, assets: tpl.assets, validate: validator.New(validator.WithRequiredStructEnabled()),
		place: placement.New(d.Store.Placement), practice: practice.NewSession(d.Store.Practice, d.Store.Placement)}
	s.sitting = exam.NewSitting(d.Store.Attempts, d.Store.Exams)
	s.reg = &account.Registration{Repo: d.Store.Accounts, Places: d.Store.People, BcryptCost: d.BcryptCost}
	s.dummyHash = newDummyHash(d.BcryptCost)
	s.examPages = newExamPages(0, time.Second)
	if s.i18n, err = fs.Sub(d.Files, "i18n"); err != nil {
		return nil, fmt.Errorf("translations: %w", err)
	}
	if s.throttle == (Throttle{}) {
		s.throttle = DefaultThrottle
	}
	if s.throttle.AccountLockAfter == 0 {
		s.throttle.AccountLockAfter = 5 * s.throttle.LockAfter
	}
	if s.throttle.DeviceLockAfter == 0 {
		s.throttle.DeviceLockAfter = s.throttle.LockAfter
	}
	s.checkPassword = d.PasswordCheck
	if s.checkPassword == nil {
		s.checkPassword = account.CheckPassword
	}
	if s.deviceKey, err = d.Store.Accounts.Secret(context.Background(), "device_cookie", 32); err != nil {
		return nil, err
	}

	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	// The address is the connection's: X-Forwarded-For is the client's word,
	// and trusting it let anyone dodge the per-address login limits.
	e.IPExtractor = echo.ExtractIPDirect()
	e.HTTPErrorHandler = s.handleError
	e.Use(middleware.RequestID())
	e.Use(s.requestLogger())
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			s.log.Error("panic", "err", err, "request_id", requestID(c), "stack", string(stack))
			return err
		},
	}))
	e.Use(gzipResponses(1024, uncompressed))
	e.Use(middleware.BodyLimitWithConfig(middleware.BodyLimitConfig{Limit: "2M",
		// Spoken exam answers and bank media uploads are larger; their
		// routes set their own limits.
		Skipper: func(c echo.Context) bool { return c.Path() == examRecordingPath || bankOwnBodyLimit(c) }}))
	e.Use(middleware.SecureWithConfig(middleware.SecureConfig{
		XSSProtection: "0", ContentTypeNosniff: "nosniff", XFrameOptions: "DENY",
		ReferrerPolicy:        "same-origin",
		ContentSecurityPolicy: "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'",
	}))
	if s.secure {
		// Cookies marked Secure mean the site is served over HTTPS (perhaps
		// behind a proxy, where Echo's own HSTS, which looks for TLS on the
		// connection, stays silent); browsers ignore the header over HTTP.
		e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
			return func(c echo.Context) error {
				c.Response().Header().Set(echo.HeaderStrictTransportSecurity, "max-age=31536000")
				return next(c)
			}
		})
	}
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "form:csrf,header:X-CSRF-Token",
		CookieName:     "hv_csrf",
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSecure:   s.secure,
		CookieSameSite: http.SameSiteLaxMode,
		CookieMaxAge:   12 * 3600,
		Skipper:        func(c echo.Context) bool { return c.Path() == "/healthz" || c.Path() == "/static/*" },
	}))
	e.Use(s.loadSession)
	e.Use(s.chooseLang)
	s.routes(e)
	return e, nil
}

func requestID(c echo.Context) string {
	return c.Response().Header().Get(echo.HeaderXRequestID)
}

func (s *Server) requestLogger() echo.MiddlewareFunc {
	return middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		LogStatus: true, LogURIPath: true, LogMethod: true, LogLatency: true, LogRequestID: true, LogRemoteIP: true,
		// The error handler runs here, before the values are read: without
		// it a request that failed with an apperr was logged as 200, since
		// nothing had been written yet (issue 15 point 16).
		HandleError: true,
		Skipper:     func(c echo.Context) bool { return c.Path() == "/static/*" },
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			s.log.Info("request", "method", v.Method, "path", v.URIPath, "status", v.Status,
				"latency_ms", float64(v.Latency.Microseconds())/1000, "request_id", v.RequestID, "ip", v.RemoteIP)
			return nil
		},
	})
}

func (s *Server) String() string { return fmt.Sprintf("hocviet web %s", s.version) }

// uncompressed tells which responses go out as they are: media (audio,
// images, recordings and fonts are compressed already, and are fetched with
// Range requests that a gzip stream would break), spreadsheet downloads
// (XLSX is a zip) and database backups (tens of MB, mostly that media:
// gzipping one held a core for seconds, and a Range request resumes a
// broken download of it). Pages, styles, scripts, JSON and CSV are gzipped: the
// exam page crosses a weak link in Sam Neua.
func uncompressed(c echo.Context) bool {
	r := c.Request()
	if r.Header.Get("Range") != "" {
		return true
	}
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/media/"), strings.HasPrefix(p, "/static/fonts/"),
		strings.Contains(p, "/audio"), strings.Contains(p, "/recordings"), strings.Contains(p, "/image/"),
		strings.HasPrefix(p, "/admin/backups/"):
		return true
	}
	return r.URL.Query().Get("format") == "xlsx" || strings.HasSuffix(p, ".xlsx")
}
