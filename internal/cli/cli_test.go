package cli

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"hocviet/internal/app"
	"hocviet/internal/store"
	"hocviet/migrations"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestMigrateTwice(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "m.db")
	code, out, errs := run(t, "", "migrate", "--db", db)
	if code != 0 || !strings.Contains(out, "applied [1") {
		t.Fatalf("first migrate: %d %q %q", code, out, errs)
	}
	code, out, _ = run(t, "", "migrate", "--db", db)
	if code != 0 || !strings.Contains(out, "nothing to do") {
		t.Fatalf("second migrate: %d %q", code, out)
	}
}

func TestUserAdd(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "u.db")
	run(t, "", "migrate", "--db", db)
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		want        string
	}{
		{"admin", "s3cret-password\n", []string{"--role", "admin", "--username", "it-admin"}, 0, "added admin it-admin"},
		{"board", "s3cret-password\n", []string{"--role", "board", "--username", "hp-board", "--province", "houaphanh"}, 0, "added board hp-board"},
		{"board without province", "s3cret-password\n", []string{"--role", "board", "--username", "board-2"}, 2, "--province is required"},
		{"unknown province", "s3cret-password\n", []string{"--role", "board", "--username", "board-3", "--province", "hanoi"}, 1, `"hanoi" is not a known province code`},
		{"bad role", "s3cret-password\n", []string{"--role", "teacher", "--username", "teacher-1"}, 2, "role: must be one of"},
		{"short password", "short\n", []string{"--role", "admin", "--username", "it-admin-2"}, 1, "at least 10 characters"},
		{"common password", "password2026\n", []string{"--role", "admin", "--username", "it-admin-3"}, 1, "most common passwords"},
		{"taken", "s3cret-password\n", []string{"--role", "admin", "--username", "IT-ADMIN"}, 1, `"IT-ADMIN" is already taken`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"user", "add", "--db", db, "--password-stdin"}, tt.args...)
			code, out, errs := run(t, tt.stdin, args...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Fatalf("got %d %q %q; want %d and %q", code, out, errs, tt.code, tt.want)
			}
		})
	}
}

const importHeader = "username,name_lo,name_latin,date_of_birth,gender,position,unit,district,province,planning_status,programme,cohort,intake_year\n"

func TestUserImport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "i.db")
	run(t, "", "migrate", "--db", db)

	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte(importHeader+
		"k6-01,ສົມພອນ ພົມມະວົງ,Somphone Phommavong,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,Lớp Lào khoá 6,2027\n"+
		"k6-02,ວິໄລ ສີສຸລິດ,Vilay Sisoulith,1990-02-30,female,Chuyên viên,Sở Tài chính,,houaphanh,none,tcllct,,\n"+
		"k6-03,ບຸນມີ,Bounmy,1980-01-01,male,P,U,,houaphanh,planned,nope,,\n"), 0o644)
	code, out, errs := run(t, "", "user", "import", "--db", db, bad)
	if code != 1 || out != "" {
		t.Fatalf("bad import: code %d, stdout %q", code, out)
	}
	for _, want := range []string{
		bad + `:3: date_of_birth: "1990-02-30" is not a date as YYYY-MM-DD`,
		bad + `:4: programme: "nope" is not a known programme code`,
		"2 problems, nothing imported",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	st, err := store.Open(db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var n int
	st.DB().Get(&n, `SELECT count(*) FROM candidates`)
	if n != 0 {
		t.Fatalf("a failed import stored %d candidates", n)
	}

	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte(importHeader+
		"k6-01,ສົມພອນ ພົມມະວົງ,Somphone Phommavong,1985-03-02,male,Trưởng phòng,Sở Y tế,Xam Neua,houaphanh,planned,tcllct,Lớp Lào khoá 6,2027\n"+
		"k6-02,ວິໄລ ສີສຸລິດ,Vilay Sisoulith,1990-02-28,female,Chuyên viên,Sở Tài chính,,houaphanh,none,tcllct,,\n"), 0o644)
	code, out, errs = run(t, "", "user", "import", "--db", db, good)
	if code != 0 {
		t.Fatalf("good import: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || lines[0] != "username,activation_code,valid_until,name_latin" || !strings.HasPrefix(lines[1], "k6-01,") ||
		!regexp.MustCompile(`^k6-01,[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4},\d{4}-\d\d-\d\d,Somphone Phommavong$`).MatchString(lines[1]) {
		t.Fatalf("code list: %q", out)
	}
	st.DB().Get(&n, `SELECT count(*) FROM candidates`)
	if n != 2 {
		t.Fatalf("stored %d candidates, want 2", n)
	}
	// Importing the same file again fails on every row, and adds nothing.
	code, _, errs = run(t, "", "user", "import", "--db", db, good)
	if code != 1 || !strings.Contains(errs, good+":2: username: cannot be used") || !strings.Contains(errs, good+":3: username: cannot be used") {
		t.Fatalf("re-import: %d %s", code, errs)
	}
}

func TestUserResetAndAddWithCode(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "r.db")
	run(t, "", "migrate", "--db", db)
	code, out, errs := run(t, "", "user", "add", "--db", db, "--role", "instructor", "--username", "gv2")
	codeRe := regexp.MustCompile(`activation code \(shown once, valid until \d{4}-\d\d-\d\d\): ([2-9A-Z-]{19})\n`)
	if code != 0 || !codeRe.MatchString(out) {
		t.Fatalf("add without password: %d %q %q", code, out, errs)
	}
	first := codeRe.FindStringSubmatch(out)[1]
	code, out, errs = run(t, "", "user", "reset", "--db", db, "--username", "GV2")
	if code != 0 || !codeRe.MatchString(out) || codeRe.FindStringSubmatch(out)[1] == first {
		t.Fatalf("reset: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "", "user", "reset", "--db", db, "--username", "nobody"); code != 1 || !strings.Contains(errs, "not found") {
		t.Fatalf("reset of an unknown account: %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "user", "reset", "--db", db); code != 2 {
		t.Fatalf("reset without --username: %d", code)
	}
	st, err := store.Open(db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var resets int
	st.DB().Get(&resets, `SELECT count(*) FROM audit_log WHERE action = 'reset'`)
	if resets != 1 {
		t.Fatalf("%d resets audited", resets)
	}
}

func TestServeRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	// Mark the database as written by a future hocviet.
	if _, err := st.DB().Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, 1)`); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, _, errs := run(t, "", "serve", "--db", db, "--addr", "127.0.0.1:0")
	if code != 1 || !strings.Contains(errs, "newer than this hocviet knows") {
		t.Fatalf("serve on newer schema: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "migrate", "--db", db)
	if code != 1 || !strings.Contains(errs, "newer than this hocviet knows") {
		t.Fatalf("migrate on newer schema: %d %q", code, errs)
	}
}

func TestServeCopiesDatabaseBeforeUpgrade(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "old.db")
	// A database made by an older hocviet that knew only the first migration.
	first, err := fs.ReadFile(migrations.FS, "00001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	old, err := store.Open(db, fstest.MapFS{"00001_init.sql": {Data: first}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	old.Close()

	var out bytes.Buffer
	a, err := app.Open(ctx, app.Config{Addr: "127.0.0.1:0", DBPath: db, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	a.Close(ctx)
	if !strings.Contains(out.String(), "copied the database to") {
		t.Fatalf("no copy announced before upgrade: %q", out.String())
	}
	copies, _ := filepath.Glob(db + ".v1-*.bak")
	if len(copies) != 1 {
		t.Fatalf("copies: %v", copies)
	}
	bak, err := store.Open(copies[0], migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	if s, _ := bak.Schema(ctx); s.Current != 1 {
		t.Fatalf("the copy should be the old schema, got %+v", s)
	}
}

func TestVersionAndUsage(t *testing.T) {
	t.Parallel()
	code, out, _ := run(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "hocviet ") {
		t.Fatalf("version: %d %q", code, out)
	}
	if code, _, errs := run(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Fatalf("unknown command: %d %q", code, errs)
	}
	if code, _, _ := run(t, ""); code != 2 {
		t.Fatalf("no command: %d", code)
	}
}
