package store

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/pressly/goose/v3"
)

// SchemaState is where the database stands against the migrations this
// binary carries.
type SchemaState struct {
	Current, Latest int64
}

// Pending reports whether migrations wait to be applied.
func (s SchemaState) Pending() bool { return s.Current < s.Latest }

// Newer reports a database written by a later hocviet; running on it would
// corrupt data this binary does not understand.
func (s SchemaState) Newer() bool { return s.Current > s.Latest }

func (s *Store) provider() (*goose.Provider, error) {
	// goose (pressly) gives numbered .sql files, each in its own transaction,
	// recorded in goose_db_version: the scheme we want, without writing it.
	p, err := goose.NewProvider(goose.DialectSQLite3, s.db.DB, s.migrations,
		goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return p, nil
}

// Schema reads the database's schema version and the newest known one.
func (s *Store) Schema(ctx context.Context) (SchemaState, error) {
	p, err := s.provider()
	if err != nil {
		return SchemaState{}, err
	}
	var st SchemaState
	for _, src := range p.ListSources() {
		st.Latest = max(st.Latest, src.Version)
	}
	var exists int
	err = s.db.GetContext(ctx, &exists,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'goose_db_version'`)
	if err != nil {
		return st, fmt.Errorf("schema version: %w", err)
	}
	if exists == 0 {
		return st, nil
	}
	err = s.db.GetContext(ctx, &st.Current,
		`SELECT coalesce(max(version_id), 0) FROM goose_db_version WHERE is_applied = 1`)
	if err != nil {
		return st, fmt.Errorf("schema version: %w", err)
	}
	return st, nil
}

// Migrate applies pending migrations and returns the versions applied. It
// refuses a database newer than this binary.
func (s *Store) Migrate(ctx context.Context) ([]int64, error) {
	st, err := s.Schema(ctx)
	if err != nil {
		return nil, err
	}
	if st.Newer() {
		return nil, fmt.Errorf("database schema version %d is newer than this hocviet knows (%d): use a newer hocviet", st.Current, st.Latest)
	}
	if !st.Pending() {
		return nil, nil
	}
	p, err := s.provider()
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	var applied []int64
	for _, r := range res {
		if r.Error == nil {
			applied = append(applied, r.Source.Version)
		}
	}
	if err != nil {
		return applied, fmt.Errorf("migrate: %w", err)
	}
	return applied, nil
}

// BackupTo writes a consistent copy of the live database to path. VACUUM INTO
// reads inside one transaction, so it is safe while the server writes.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s already exists", path)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return nil
}

// BackupBeforeMigrate copies the database aside so an upgrade can be undone,
// and returns the copy's path ("" when the database was empty).
func (s *Store) BackupBeforeMigrate(ctx context.Context, st SchemaState) (string, error) {
	if st.Current == 0 {
		return "", nil
	}
	path := fmt.Sprintf("%s.v%d-%s.bak", s.path, st.Current, time.Now().UTC().Format("20060102T150405Z"))
	return path, s.BackupTo(ctx, path)
}
