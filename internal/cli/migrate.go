package cli

import (
	"context"
	"fmt"
	"io"

	"hocviet/internal/store"
	"hocviet/migrations"
)

func runMigrate(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("migrate", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	st, err := store.Open(*db, migrations.FS)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	applied, err := st.Migrate(context.Background())
	if err != nil {
		return fail(stderr, err)
	}
	state, err := st.Schema(context.Background())
	if err != nil {
		return fail(stderr, err)
	}
	if len(applied) == 0 {
		fmt.Fprintf(stdout, "%s: schema version %d, nothing to do\n", *db, state.Current)
		return 0
	}
	fmt.Fprintf(stdout, "%s: applied %v, schema version %d\n", *db, applied, state.Current)
	return 0
}
