package cli

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"hocviet/internal/app"
)

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	cfg := app.Config{Version: Version(), Out: stdout}
	fs.StringVar(&cfg.Addr, "addr", env("HOCVIET_ADDR", "127.0.0.1:8080"), "listen address (env HOCVIET_ADDR)")
	fs.StringVar(&cfg.DBPath, "db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file (env HOCVIET_DB)")
	fs.BoolVar(&cfg.Demo, "demo", false, "create a demo database when --db does not exist yet")
	fs.BoolVar(&cfg.SecureCookies, "secure-cookies", envBool("HOCVIET_SECURE_COOKIES"),
		"mark cookies Secure, for use behind a TLS proxy (env HOCVIET_SECURE_COOKIES)")
	fs.IntVar(&cfg.MaxInFlight, "max-inflight", 0, "if positive, requests handled at once; more wait their turn, which bounds memory when thousands press start together (0: no bound)")
	fs.DurationVar(&cfg.PredrawEvery, "predraw-every", 0, "how often to draw ahead the forms of sessions open or opening within 3 hours (0: 1m; negative: never)")
	logFormat := fs.String("log", env("HOCVIET_LOG", "text"), "log format: text or json (env HOCVIET_LOG)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if *logFormat == "json" {
		h = slog.NewJSONHandler(stderr, nil)
	}
	cfg.Log = slog.New(h)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a, err := app.Open(ctx, cfg)
	if err != nil {
		return fail(stderr, err)
	}
	if err := a.Start(); err != nil {
		a.Close(context.Background())
		return fail(stderr, err)
	}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := a.Close(sctx); err != nil {
			cfg.Log.Error("shutdown", "err", err)
		}
	}()
	if err := a.Wait(); err != nil {
		return fail(stderr, err)
	}
	return 0
}
