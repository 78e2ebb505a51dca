package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/migrations"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "test.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestMigrateTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	s1, err := st.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s1.Current == 0 || s1.Pending() {
		t.Fatalf("after migrate: %+v", s1)
	}
	applied, err := st.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != 0 {
		t.Fatalf("second migrate applied %v", applied)
	}
	var n int
	if err := st.DB().Get(&n, `SELECT count(*) FROM provinces`); err != nil {
		t.Fatal(err)
	}
	if n != 18 {
		t.Fatalf("provinces: got %d, want 18 (reference rows duplicated or lost?)", n)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	if _, err := st.DB().Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, 1)`); err != nil {
		t.Fatal(err)
	}
	s, err := st.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Newer() {
		t.Fatalf("schema %+v should be newer than the binary", s)
	}
	if _, err := st.Migrate(ctx); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("migrate on newer schema: got %v", err)
	}
}

func TestPragmas(t *testing.T) {
	t.Parallel()
	st := openTest(t)
	var mode string
	var fk, busy int
	if err := st.DB().Get(&mode, `PRAGMA journal_mode`); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().Get(&fk, `PRAGMA foreign_keys`); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().Get(&busy, `PRAGMA busy_timeout`); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || fk != 1 || busy < 1000 {
		t.Fatalf("journal_mode=%s foreign_keys=%d busy_timeout=%d", mode, fk, busy)
	}
}

func TestBackupBeforeMigrate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	s, _ := st.Schema(ctx)
	path, err := st.BackupBeforeMigrate(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	copy, err := Open(path, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer copy.Close()
	cs, err := copy.Schema(ctx)
	if err != nil || cs.Current != s.Current {
		t.Fatalf("backup schema %+v err %v, want version %d", cs, err, s.Current)
	}
}

func TestUsersAndSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	u := &account.User{Username: "Giangvien", PasswordHash: "x", Role: account.RoleInstructor}
	if err := st.Accounts.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	dup := &account.User{Username: "giangVIEN", PasswordHash: "x", Role: account.RoleInstructor}
	if err := st.Accounts.CreateUser(ctx, dup); apperr.Code(err) != apperr.Conflict {
		t.Fatalf("duplicate username (other case): got %v, want conflict", err)
	}
	board := &account.User{Username: "board1", PasswordHash: "x", Role: account.RoleBoard}
	if err := st.Accounts.CreateUser(ctx, board); err == nil {
		t.Fatal("board account without province accepted")
	}
	if err := st.Accounts.CreateSession(ctx, "h1", u.ID, time.Now().Add(time.Hour), "1.2.3.4", "test"); err != nil {
		t.Fatal(err)
	}
	if err := st.Accounts.CreateSession(ctx, "h2", u.ID, time.Now().Add(-time.Minute), "1.2.3.4", "test"); err != nil {
		t.Fatal(err)
	}
	got, err := st.Accounts.SessionUser(ctx, "h1")
	if err != nil || got.ID != u.ID {
		t.Fatalf("live session: %v %v", got, err)
	}
	if _, err := st.Accounts.SessionUser(ctx, "h2"); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("expired session: got %v, want not found", err)
	}
	if err := st.Accounts.DeleteSession(ctx, "h1"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Accounts.SessionUser(ctx, "h1"); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("deleted session: got %v", err)
	}
}

func TestLoginFailures(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	now := time.Now()
	for i := 0; i < 3; i++ {
		if err := st.Accounts.RecordLoginFailure(ctx, "k5-01", "10.0.0.1", now.Add(-time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	st.Accounts.RecordLoginFailure(ctx, "K5-01", "10.0.0.2", now.Add(-time.Hour))
	st.Accounts.RecordLoginFailure(ctx, "other", "10.0.0.1", now)
	u, ip, err := st.Accounts.LoginFailures(ctx, "k5-01", "10.0.0.1", now.Add(-15*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if u != 3 || ip != 4 {
		t.Fatalf("failures: user %d ip %d, want 3 and 4", u, ip)
	}
	st.Accounts.ClearLoginFailures(ctx, "K5-01")
	u, _, _ = st.Accounts.LoginFailures(ctx, "k5-01", "10.0.0.1", now.Add(-24*time.Hour))
	if u != 0 {
		t.Fatalf("after clear: %d", u)
	}
}

func row(line int, username string) account.ImportRow {
	return account.ImportRow{Line: line, Username: username, NameLo: "ສົມພອນ", NameLatin: "Somphone " + username,
		DateOfBirth: "1985-01-02", Gender: "male", Position: "Trưởng phòng", Unit: "Sở Y tế",
		Province: "houaphanh", PlanningStatus: "planned", Programme: "tcllct", Cohort: "Lớp Lào khoá 6"}
}

// batch is an import of rows with dummy activation codes.
func batch(file string, provinceID *int64, rows ...account.ImportRow) *account.ImportBatch {
	b := &account.ImportBatch{File: file, ProvinceID: provinceID, Rows: rows}
	for i := range rows {
		b.Codes = append(b.Codes, account.Activation{Hash: fmt.Sprintf("h%d", i), Expires: time.Now().Add(time.Hour)})
	}
	return b
}

func TestImportIsAllOrNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	taken := &account.User{Username: "k6-02", PasswordHash: "x", Role: account.RoleCandidate}
	if err := st.Accounts.CreateUser(ctx, taken); err != nil {
		t.Fatal(err)
	}
	err := st.Accounts.InsertCandidates(ctx, batch("reg.csv", nil, row(2, "k6-01"), row(3, "k6-02")))
	var ie *account.ImportError
	if !errors.As(err, &ie) || ie.Error() != "reg.csv:3: username: cannot be used: choose another or leave it empty to get a generated one" {
		t.Fatalf("got %v, want reg.csv:3 username error", err)
	}
	var n int
	st.DB().Get(&n, `SELECT count(*) FROM candidates`)
	var users int
	st.DB().Get(&users, `SELECT count(*) FROM users`)
	if n != 0 || users != 1 {
		t.Fatalf("after failed import: %d candidates, %d users; want 0 and 1", n, users)
	}

	if err := st.Accounts.InsertCandidates(ctx, batch("reg.csv", nil, row(2, "k6-01"), row(3, "k6-03"))); err != nil {
		t.Fatal(err)
	}
	hp, _ := st.People.ProvinceByCode(ctx, "houaphanh")
	vt, _ := st.People.ProvinceByCode(ctx, "vientiane")
	in, err := st.People.CandidatesInProvince(ctx, hp.ID)
	if err != nil || len(in) != 2 {
		t.Fatalf("houaphanh candidates: %d %v", len(in), err)
	}
	if in[0].CohortName == nil || *in[0].CohortName != "Lớp Lào khoá 6" {
		t.Fatalf("cohort not created: %+v", in[0].CohortName)
	}
	other, err := st.People.CandidatesInProvince(ctx, vt.ID)
	if err != nil || len(other) != 0 {
		t.Fatalf("another province sees %d candidates", len(other))
	}
}
