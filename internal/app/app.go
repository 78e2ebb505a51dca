// Package app wires hocviet together: configuration, database, migrations,
// demo data and the web server. Tests start a whole App on port 0.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/demo"
	"hocviet/internal/exam"
	"hocviet/internal/lang"
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

// Config is every setting of the server, from flags and environment.
type Config struct {
	Addr          string
	DBPath        string
	Demo          bool
	SecureCookies bool
	Version       string
	Log           *slog.Logger
	Out           io.Writer // where start-up notes for the operator go
	Throttle      web.Throttle
	// DemoTemplate, if set, is a ready demo database (demo.Template) copied
	// in place of seeding a new one: tests start many demo servers.
	DemoTemplate string
	// Templates and Catalog, if set, are the web files' pages
	// (web.LoadTemplates) and translations (lang.Load) already loaded, in
	// place of loading them again: under -race that is a second or more of
	// CPU per server, and the browser tests start one per test.
	Templates *web.Templates
	Catalog   *lang.Catalog
	// PredrawEvery is how often the server draws ahead the forms of
	// candidates invited to sessions open or opening within PredrawAhead
	// (store.PredrawDue), so that a start at the bell copies rows instead
	// of drawing. 0 means a minute; negative turns it off.
	PredrawEvery time.Duration
	PredrawAhead time.Duration
	// MaxInFlight, if positive, bounds the requests inside handlers at
	// once; the others wait in line holding only their connection. At an
	// exam start of 2,000 every request is inside a handler at once, each
	// with its grown stack and half-built page. Uploads (a body over 64 KB)
	// are not counted: over a weak link they take long to arrive and must
	// not hold a place. Off by default: with 64, one run of 2,000 peaked at
	// 180 MB instead of 255 MB but its starts took 3 times longer
	// (docs/performance.md).
	MaxInFlight int
	// BcryptCost is bcrypt's work factor for the passwords people choose,
	// the demo accounts' password when the demo is seeded, and the check of
	// an unknown username. 0 means bcrypt's default, 10, which production
	// keeps; tests set bcrypt.MinCost (4), 64 times less work per login.
	BcryptCost int
}

// Validate checks the config once, before anything opens.
func (c *Config) Validate() error {
	if c.DBPath == "" {
		return errors.New("--db: a database path is required")
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("--addr %q: %w", c.Addr, err)
	}
	if c.BcryptCost != 0 && (c.BcryptCost < bcrypt.MinCost || c.BcryptCost > bcrypt.MaxCost) {
		return fmt.Errorf("bcrypt cost %d: must be 0 (the default, %d) or from %d to %d", c.BcryptCost, bcrypt.DefaultCost, bcrypt.MinCost, bcrypt.MaxCost)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if c.Out == nil {
		c.Out = io.Discard
	}
	if c.PredrawEvery == 0 {
		c.PredrawEvery = time.Minute
	}
	if c.PredrawAhead == 0 {
		c.PredrawAhead = exam.PredrawAhead
	}
	return nil
}

// App is a running hocviet.
type App struct {
	cfg   Config
	Store *store.Store
	srv   *http.Server
	ln    net.Listener
	done  chan error

	stopJobs context.CancelFunc // ends the predraw loop
	jobsDone chan struct{}
}

// Open prepares the database (creating the demo, backing up and migrating as
// needed) and builds the web app. It does not listen yet.
func Open(ctx context.Context, cfg Config) (*App, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	_, statErr := os.Stat(cfg.DBPath)
	fresh := errors.Is(statErr, os.ErrNotExist)
	if !fresh && statErr != nil {
		return nil, fmt.Errorf("database %s: %w", cfg.DBPath, statErr)
	}
	if fresh && cfg.Demo && cfg.DemoTemplate != "" {
		if err := demo.CopyTo(cfg.DemoTemplate, cfg.DBPath); err != nil {
			return nil, fmt.Errorf("demo template: %w", err)
		}
		fresh = false
	}
	st, err := store.Open(cfg.DBPath, migrations.FS)
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, Store: st}
	if err := a.prepare(ctx, fresh); err != nil {
		st.Close()
		return nil, err
	}
	cat := cfg.Catalog
	if cat == nil {
		if cat, err = lang.Load(webfiles.FS, "i18n"); err != nil {
			st.Close()
			return nil, err
		}
	}
	e, err := web.New(web.Deps{Store: st, Catalog: cat, Log: cfg.Log, Files: webfiles.FS, Templates: cfg.Templates,
		Version: cfg.Version, SecureCookies: cfg.SecureCookies, Throttle: cfg.Throttle, BcryptCost: cfg.BcryptCost})
	if err != nil {
		st.Close()
		return nil, err
	}
	a.srv = newHTTPServer(limitInFlight(e, cfg.MaxInFlight))
	return a, nil
}

// newHTTPServer holds the connection settings. On exam day 2,000 browsers
// keep a connection each (autosaves every 10 s keep them busy, so a shorter
// idle time would only make them reconnect); each costs 8 KB of buffers and
// a goroutine, and its headers up to MaxHeaderBytes: the default, 1 MB,
// let each of them make the server hold a megabyte, where ours (a session
// and a CSRF cookie) are under 1 KB. There is no read or write timeout:
// spoken answers are uploaded and recordings played over slow links, and
// a slow reader costs only its connection.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
}

func (a *App) prepare(ctx context.Context, fresh bool) error {
	st, err := a.Store.Schema(ctx)
	if err != nil {
		return err
	}
	if st.Newer() {
		return fmt.Errorf("database %s has schema version %d, newer than this hocviet knows (%d): refusing to run", a.cfg.DBPath, st.Current, st.Latest)
	}
	if st.Pending() {
		backup, err := a.Store.BackupBeforeMigrate(ctx, st)
		if err != nil {
			return err
		}
		if backup != "" {
			fmt.Fprintf(a.cfg.Out, "copied the database to %s before upgrading it\n", backup)
		}
		applied, err := a.Store.Migrate(ctx)
		if err != nil {
			return err
		}
		a.cfg.Log.Info("migrated", "versions", applied)
	}
	if fresh && a.cfg.Demo {
		if err := demo.SeedWith(ctx, a.Store, demo.Options{BcryptCost: a.cfg.BcryptCost}); err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
		fmt.Fprintf(a.cfg.Out, "created demo database %s\n", a.cfg.DBPath)
	}
	if a.cfg.Demo {
		fmt.Fprintf(a.cfg.Out, "demo logins (password %q):\n", demo.Password)
		for _, l := range demo.Logins {
			fmt.Fprintf(a.cfg.Out, "  %-10s %s\n", l.Role, l.Username)
		}
		fmt.Fprintln(a.cfg.Out, "  (two instructors: each script is marked by two raters before results can be released)")
	}
	return nil
}

// Start listens on the configured address (port 0 picks a free one) and
// serves in the background.
func (a *App) Start() error {
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", a.cfg.Addr, err)
	}
	a.ln = ln
	a.done = make(chan error, 1)
	go func() { a.done <- a.srv.Serve(ln) }()
	fmt.Fprintf(a.cfg.Out, "hocviet %s listening on http://%s\n", a.cfg.Version, ln.Addr())
	a.startPredraw()
	return nil
}

// startPredraw runs store.PredrawDue now and then every PredrawEvery until
// Close.
func (a *App) startPredraw() {
	if a.cfg.PredrawEvery < 0 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	a.stopJobs, a.jobsDone = cancel, make(chan struct{})
	go func() {
		defer close(a.jobsDone)
		tick := time.NewTicker(a.cfg.PredrawEvery)
		defer tick.Stop()
		for {
			t0 := time.Now()
			n, err := a.Store.Exams.PredrawDue(ctx, t0, a.cfg.PredrawAhead)
			if err != nil && ctx.Err() == nil {
				a.cfg.Log.Error("predraw", "err", err)
			} else if n > 0 {
				a.cfg.Log.Info("predrawn", "forms", n, "took", time.Since(t0).Round(time.Millisecond))
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
}

// URL is the base URL of the running server.
func (a *App) URL() string { return "http://" + a.ln.Addr().String() }

// Wait blocks until the server stops on its own.
func (a *App) Wait() error {
	err := <-a.done
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Close stops serving, letting requests in flight finish, then closes the
// database so the WAL is checkpointed.
func (a *App) Close(ctx context.Context) error {
	var err error
	if a.stopJobs != nil {
		a.stopJobs()
		<-a.jobsDone
	}
	if a.srv != nil && a.ln != nil {
		err = a.srv.Shutdown(ctx)
	}
	if cerr := a.Store.Close(); err == nil {
		err = cerr
	}
	return err
}

// limitInFlight lets at most n requests into h at once (n <= 0: no bound).
// A request waiting for its turn gives up when its client does.
func limitInFlight(h http.Handler, n int) http.Handler {
	if n <= 0 {
		return h
	}
	sem := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > 64<<10 || r.ContentLength < 0 && r.Body != nil && r.Body != http.NoBody {
			h.ServeHTTP(w, r)
			return
		}
		select {
		case sem <- struct{}{}:
		case <-r.Context().Done():
			return
		}
		defer func() { <-sem }()
		h.ServeHTTP(w, r)
	})
}
