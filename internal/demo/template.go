package demo

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"hocviet/internal/exam"
	"hocviet/internal/store"
	"hocviet/migrations"
)

// Template builds a demo database once at dir/demo.db and returns its path.
// Seeding imports every bank and its media, which takes seconds; tests that
// each need a fresh demo database copy this file instead (CopyTo).
func Template(ctx context.Context, dir string) (string, error) {
	return TemplateWith(ctx, dir, Options{})
}

// TemplateWith is Template with options; tests pass
// Options{BcryptCost: bcrypt.MinCost} so that their logins are cheap.
func TemplateWith(ctx context.Context, dir string, o Options) (string, error) {
	path := filepath.Join(dir, "demo.db")
	st, err := store.OpenScratch(path, migrations.FS)
	if err != nil {
		return "", err
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return "", err
	}
	if err := SeedWith(ctx, st, o); err != nil {
		st.Close()
		return "", err
	}
	// The forms of the sessions open now are drawn here, once, as a
	// server's first predraw round would draw them in every copy.
	if _, err := st.Exams.PredrawDue(ctx, time.Now(), exam.PredrawAhead); err != nil {
		st.Close()
		return "", fmt.Errorf("demo template: predraw: %w", err)
	}
	// Closing the last connection checkpoints the WAL into the main file,
	// so the one file is the whole database.
	if err := st.Close(); err != nil {
		return "", err
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		return "", fmt.Errorf("demo template %s: WAL not checkpointed", path)
	}
	return path, nil
}

// CopyTo copies a template database file to a new path.
func CopyTo(template, path string) error {
	src, err := os.Open(template)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
