package cli

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"hocviet/internal/store"
	"hocviet/migrations"
)

// runBackup copies a database, while the server runs, into one
// self-contained file and checks the copy.
func runBackup(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("backup", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "the database to copy (env HOCVIET_DB); the server may be running")
	out := fs.String("out", "", "the backup file to write (must not exist)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *out == "" {
		fmt.Fprintln(stderr, "hocviet backup: --out FILE is required")
		return 2
	}
	t0 := time.Now()
	ctx := context.Background()
	version, err := backup(ctx, *db, *out)
	if err != nil {
		return fail(stderr, err)
	}
	fi, err := os.Stat(*out)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "backed up %s (schema version %d) to %s: %.1f MB, integrity ok, %s\n",
		*db, version, *out, float64(fi.Size())/(1<<20), time.Since(t0).Round(time.Millisecond))
	return 0
}

func backup(ctx context.Context, db, out string) (int64, error) {
	// store.Open would create a missing database: look first.
	if _, err := os.Stat(db); err != nil {
		return 0, fmt.Errorf("database %s: %w", db, err)
	}
	st, err := store.Open(db, migrations.FS)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	state, err := st.Schema(ctx)
	if err != nil {
		return 0, err
	}
	if state.Current == 0 {
		return 0, fmt.Errorf("%s is not a hocviet database (no schema version)", db)
	}
	// VACUUM INTO reads one snapshot: writes after it began are not in the
	// copy, and none is half in it.
	if err := st.BackupTo(ctx, out); err != nil {
		return 0, err
	}
	if err := integrity(ctx, out); err != nil {
		os.Remove(out)
		return 0, fmt.Errorf("the copy failed its check and was removed: %w", err)
	}
	return state.Current, nil
}

// runRestore puts a backup in place of a database that is not in use.
func runRestore(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("restore", stderr)
	from := fs.String("from", "", "the backup file (from hocviet backup)")
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "the database to restore into (env HOCVIET_DB)")
	force := fs.Bool("force", false, "replace an existing database (it is kept aside as DB.before-restore-TIME)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *from == "" {
		fmt.Fprintln(stderr, "hocviet restore: --from FILE is required")
		return 2
	}
	aside, version, err := restore(context.Background(), *from, *db, *force, time.Now())
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "restored %s (schema version %d, integrity ok) to %s\n", *from, version, *db)
	if aside != "" {
		fmt.Fprintf(stdout, "the database it replaced is kept as %s\n", aside)
	}
	return 0
}

func restore(ctx context.Context, from, db string, force bool, now time.Time) (aside string, version int64, err error) {
	if _, err := os.Stat(from); err != nil {
		return "", 0, fmt.Errorf("backup %s: %w", from, err)
	}
	exists := false
	switch _, err := os.Stat(db); {
	case err == nil:
		exists = true
	case !errors.Is(err, os.ErrNotExist):
		return "", 0, fmt.Errorf("database %s: %w", db, err)
	}
	if exists {
		busy, err := inUse(db)
		if err != nil {
			return "", 0, err
		}
		if busy {
			return "", 0, fmt.Errorf("database %s is in use (is hocviet serve running on it?): stop it first; restore never replaces a live database", db)
		}
		if !force {
			return "", 0, fmt.Errorf("database %s exists: add --force to replace it (it will be kept as %s.before-restore-TIME)", db, db)
		}
	}
	if err := integrity(ctx, from); err != nil {
		return "", 0, fmt.Errorf("backup %s: %w", from, err)
	}
	// Copy through SQLite beside the target (same file system, so the final
	// rename is atomic): a backup with a -wal file of its own is read whole.
	tmp := fmt.Sprintf("%s.restore-%d.tmp", db, now.UnixNano())
	defer removeDB(tmp)
	src, err := openReadOnly(from)
	if err != nil {
		return "", 0, err
	}
	_, err = src.ExecContext(ctx, `VACUUM INTO ?`, tmp)
	src.Close()
	if err != nil {
		return "", 0, fmt.Errorf("copy %s: %w", from, err)
	}
	if version, err = schemaOf(ctx, tmp); err != nil {
		return "", 0, fmt.Errorf("backup %s: %w", from, err)
	}
	if err := integrity(ctx, tmp); err != nil {
		return "", 0, fmt.Errorf("the copy of %s: %w", from, err)
	}
	if exists {
		// Checked again: a server may have started during the copy.
		if busy, err := inUse(db); err != nil || busy {
			return "", 0, fmt.Errorf("database %s came into use during the restore; nothing was replaced", db)
		}
		aside = fmt.Sprintf("%s.before-restore-%s", db, now.UTC().Format("20060102T150405Z"))
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Rename(db+suffix, aside+suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
				return "", 0, fmt.Errorf("keep %s aside: %w", db+suffix, err)
			}
		}
	}
	if err := os.Rename(tmp, db); err != nil {
		return aside, 0, fmt.Errorf("put the restored database in place: %w", err)
	}
	if d, err := os.Open(filepath.Dir(db)); err == nil {
		d.Sync()
		d.Close()
	}
	return aside, version, nil
}

// schemaOf reads the schema version of a database and refuses one newer
// than this binary or without hocviet's migrations.
func schemaOf(ctx context.Context, path string) (int64, error) {
	st, err := store.Open(path, migrations.FS)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	s, err := st.Schema(ctx)
	if err != nil {
		return 0, err
	}
	if s.Current == 0 {
		return 0, errors.New("not a hocviet database (no schema version)")
	}
	if s.Newer() {
		return 0, fmt.Errorf("schema version %d is newer than this hocviet knows (%d): use a newer hocviet", s.Current, s.Latest)
	}
	return s.Current, nil
}

func openReadOnly(path string) (*sql.DB, error) {
	return sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=10000")
}

// integrity runs SQLite's full check on a database file.
func integrity(ctx context.Context, path string) error {
	db, err := openReadOnly(path)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return fmt.Errorf("integrity check: %w", err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		if len(problems) > 5 {
			problems = append(problems[:5], "…")
		}
		return fmt.Errorf("integrity check failed: %s", strings.Join(problems, "; "))
	}
	return nil
}

// inUse reports whether any process (this one included) has the database
// open through SQLite. In WAL mode every open connection holds a read lock
// on the -shm file for as long as it is open; a rollback-journal database
// is locked while it is read or written. Open-file-description locks see
// locks of this process too, unlike plain fcntl ones.
func inUse(db string) (bool, error) {
	for _, p := range []string{db + "-shm", db} {
		f, err := os.Open(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return false, err
		}
		lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: 0, Start: 0, Len: 0}
		err = unix.FcntlFlock(f.Fd(), unix.F_OFD_GETLK, &lk)
		f.Close()
		if err != nil {
			return false, fmt.Errorf("lock check on %s: %w", p, err)
		}
		if lk.Type != unix.F_UNLCK {
			return true, nil
		}
	}
	return false, nil
}

// removeDB deletes a database file with its WAL and shared-memory files.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}
