package account_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/store"
	"hocviet/migrations"
)

// The registration service on a real SQLite file with the real migrations.

type regEnv struct {
	st     *store.Store
	reg    *account.Registration
	hp, xk int64
	now    time.Time
}

func newRegEnv(t testing.TB) *regEnv {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "reg.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	e := &regEnv{st: st, now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	e.reg = &account.Registration{Repo: st.Accounts, Places: st.People, BcryptCost: bcrypt.MinCost, Now: func() time.Time { return e.now }}
	hp, _ := st.People.ProvinceByCode(ctx, "houaphanh")
	xk, _ := st.People.ProvinceByCode(ctx, "xiengkhouang")
	e.hp, e.xk = hp.ID, xk.ID
	return e
}

const regHeader = "name_lo,name_latin,date_of_birth,gender,position,unit,province,planning_status,programme,username\n"

func regRow(name, province, username string) string {
	return fmt.Sprintf("ສົມພອນ,%s,1985-03-02,male,Trưởng phòng,Sở Y tế,%s,planned,tcllct,%s\n", name, province, username)
}

func TestImportGivesGeneratedUsernamesAndWorkingCodes(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	// A name of the generated shape made by hand, and one given by the file.
	if _, err := e.reg.Add(ctx, account.NewAccount{Role: account.RoleInstructor, Username: "hp-0002"}, nil); err != nil {
		t.Fatal(err)
	}
	data := regHeader + regRow("A", "houaphanh", "") + regRow("B", "houaphanh", "hp-0003") + regRow("C", "houaphanh", "") + regRow("D", "houaphanh", "")
	issued, rowErrs, err := e.reg.Import(ctx, account.ImportRequest{File: "k.csv", Data: []byte(data), ProvinceID: &e.hp})
	if err != nil || len(rowErrs) > 0 {
		t.Fatalf("import: %v %v", err, rowErrs)
	}
	var got []string
	for _, is := range issued {
		got = append(got, is.Username)
		if !account.LooksLikeCode(is.Code) || !is.Expires.Equal(e.now.Add(account.ActivationTTL)) {
			t.Fatalf("issued %+v", is)
		}
	}
	// Numbers continue after the highest taken (hp-0002) and skip the file's own.
	if want := "hp-0004 hp-0003 hp-0005 hp-0006"; strings.Join(got, " ") != want {
		t.Fatalf("usernames %q, want %q", strings.Join(got, " "), want)
	}
	// The database keeps neither the code nor a password.
	var stored string
	e.st.DB().Get(&stored, `SELECT code_hash FROM activation_codes a JOIN users u ON u.id = a.user_id WHERE u.username = 'hp-0004'`)
	if stored != account.HashCode(issued[0].Code) || strings.Contains(stored, issued[0].Code) {
		t.Fatalf("stored %q", stored)
	}
	// A second import continues the numbering.
	issued2, _, err := e.reg.Import(ctx, account.ImportRequest{File: "k2.csv", Data: []byte(regHeader + regRow("E", "houaphanh", "")), ProvinceID: &e.hp})
	if err != nil || issued2[0].Username != "hp-0007" {
		t.Fatalf("second import: %+v %v", issued2, err)
	}

	// Activation: a weak password keeps the code valid; a good one uses it up.
	if _, err := e.reg.Activate(ctx, "hp-0004", issued[0].Code, "12345678901"); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("common password accepted: %v", err)
	}
	typed := strings.ToLower(strings.ReplaceAll(issued[0].Code, "-", " "))
	u, err := e.reg.Activate(ctx, "HP-0004", typed, "ນ້ຳຂອງໄຫຼຍາວໄກ")
	if err != nil {
		t.Fatal(err)
	}
	if !account.CheckPassword(u.PasswordHash, "ນ້ຳຂອງໄຫຼຍາວໄກ") {
		t.Fatal("the chosen password does not work")
	}
	if _, err := e.reg.Activate(ctx, "hp-0004", issued[0].Code, "another long one"); apperr.Code(err) != apperr.Unauthorized {
		t.Fatalf("a used code worked again: %v", err)
	}
	// Someone else's code does not open this account.
	if _, err := e.reg.Activate(ctx, "hp-0005", issued[3].Code, "a fine long password"); apperr.Code(err) != apperr.Unauthorized {
		t.Fatalf("another account's code: %v", err)
	}
	// Codes expire.
	e.now = e.now.Add(account.ActivationTTL + time.Second)
	if _, err := e.reg.Activate(ctx, "hp-0003", issued[1].Code, "a fine long password"); apperr.Code(err) != apperr.Unauthorized {
		t.Fatalf("an expired code worked: %v", err)
	}
	var audits int
	e.st.DB().Get(&audits, `SELECT count(*) FROM audit_log WHERE action IN ('import', 'activate')`)
	if audits != 6 {
		t.Fatalf("%d audit entries for 5 imports and 1 activation", audits)
	}
}

// Two browsers racing with one code: exactly one sets the password.
func TestActivationCodeIsUsedOnceUnderRace(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	is, err := e.reg.Add(ctx, account.NewAccount{Role: account.RoleInstructor, Username: "teacher"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			_, err := e.reg.Activate(ctx, "teacher", is.Code, fmt.Sprintf("racing password %d", i))
			errs <- err
		}(i)
	}
	won := 0
	for i := 0; i < n; i++ {
		err := <-errs
		switch apperr.Code(err) {
		case "":
			won++
		case apperr.Unauthorized:
		default:
			t.Errorf("activation: %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d activations won with one code", won)
	}
}

func TestImportClashDoesNotTellWhoHoldsTheName(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	if _, err := e.reg.Add(ctx, account.NewAccount{Role: account.RoleBoard, Username: "xk-board", ProvinceID: &e.xk}, nil); err != nil {
		t.Fatal(err)
	}
	_, rowErrs, err := e.reg.Import(ctx, account.ImportRequest{File: "k.csv", ProvinceID: &e.hp,
		Data: []byte(regHeader + regRow("A", "houaphanh", "") + regRow("B", "houaphanh", "XK-Board"))})
	if err != nil || len(rowErrs) != 1 {
		t.Fatalf("%v %v", err, rowErrs)
	}
	msg := rowErrs[0].Error()
	if msg != "k.csv:3: username: cannot be used: choose another or leave it empty to get a generated one" {
		t.Fatalf("clash worded %q", msg)
	}
	for _, leak := range []string{"board", "xiengkhouang", "exists"} {
		if strings.Contains(strings.ToLower(msg), leak) {
			t.Fatalf("clash message reveals %q: %s", leak, msg)
		}
	}
	var n int
	e.st.DB().Get(&n, `SELECT count(*) FROM candidates`)
	if n != 0 {
		t.Fatalf("a refused file stored %d candidates", n)
	}
	// A board imports into its own province only.
	_, rowErrs, _ = e.reg.Import(ctx, account.ImportRequest{File: "k.csv", ProvinceID: &e.hp,
		Data: []byte(regHeader + regRow("A", "xiengkhouang", ""))})
	if len(rowErrs) != 1 || rowErrs[0].Field != "province" {
		t.Fatalf("other province: %v", rowErrs)
	}
}

func TestResetScopeAndSessions(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	issued, _, err := e.reg.Import(ctx, account.ImportRequest{File: "k.csv", ProvinceID: &e.hp, Data: []byte(regHeader + regRow("A", "houaphanh", ""))})
	if err != nil {
		t.Fatal(err)
	}
	cand, _ := e.st.Accounts.UserByUsername(ctx, issued[0].Username)
	if _, err := e.reg.Activate(ctx, cand.Username, issued[0].Code, "a long good password"); err != nil {
		t.Fatal(err)
	}
	hpBoard, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleBoard, Username: "hp-board", ProvinceID: &e.hp, Password: "board password 1"}, nil)
	xkBoard, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleBoard, Username: "xk-board", ProvinceID: &e.xk, Password: "board password 2"}, nil)
	teacher, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleInstructor, Username: "teacher"}, nil)
	admin, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleAdmin, Username: "root", Password: "admin password 1"}, nil)
	for _, tt := range []struct {
		name string
		by   account.Actor
		user int64
		code string
	}{
		{"board of another province", account.Actor{ID: xkBoard.UserID, Role: account.RoleBoard, ProvinceID: &e.xk}, cand.ID, apperr.NotFound},
		{"board resets a board account", account.Actor{ID: hpBoard.UserID, Role: account.RoleBoard, ProvinceID: &e.hp}, xkBoard.UserID, apperr.NotFound},
		{"instructor", account.Actor{ID: teacher.UserID, Role: account.RoleInstructor}, cand.ID, apperr.Forbidden},
		{"own board", account.Actor{ID: hpBoard.UserID, Role: account.RoleBoard, ProvinceID: &e.hp}, cand.ID, ""},
		{"admin resets a board account", account.Actor{ID: admin.UserID, Role: account.RoleAdmin}, xkBoard.UserID, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := e.st.Accounts.CreateSession(ctx, "tok-"+tt.name, tt.user, time.Now().Add(time.Hour), "", ""); err != nil {
				t.Fatal(err)
			}
			is, err := e.reg.Reset(ctx, &tt.by, tt.user)
			if apperr.Code(err) != tt.code {
				t.Fatalf("got %v, want code %q", err, tt.code)
			}
			_, sessErr := e.st.Accounts.SessionUser(ctx, "tok-"+tt.name)
			if tt.code != "" {
				if sessErr != nil {
					t.Fatal("a refused reset ended the session")
				}
				return
			}
			if sessErr == nil {
				t.Fatal("the reset account's session lives on")
			}
			u, _ := e.st.Accounts.UserByID(ctx, tt.user)
			if account.HasPassword(u.PasswordHash) {
				t.Fatal("the old password still works after a reset")
			}
			if ok, _ := e.reg.CheckActivation(ctx, u, is.Code); !ok {
				t.Fatal("the new code does not work")
			}
		})
	}
	var resets int
	e.st.DB().Get(&resets, `SELECT count(*) FROM audit_log WHERE action = 'reset'`)
	if resets != 2 {
		t.Fatalf("%d resets audited, want 2", resets)
	}
	if _, err := e.reg.ResetByUsername(ctx, "nobody"); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("reset of an unknown name: %v", err)
	}
}

func TestChangePasswordEndsOtherSessions(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	is, err := e.reg.Add(ctx, account.NewAccount{Role: account.RoleInstructor, Username: "teacher", Name: "Nguyễn Lan", Password: "first password 1"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{"here", "there"} {
		e.st.Accounts.CreateSession(ctx, tok, is.UserID, time.Now().Add(time.Hour), "", "")
	}
	for _, tt := range []struct{ old, pw, key string }{
		{"wrong password", "second password 2", "acct.pw.old_wrong"},
		{"first password 1", "first password 1", "acct.pw.same"},
		{"first password 1", "lan lan lan lan", "acct.pw.name"},
		{"first password 1", "short", "acct.pw.short"},
	} {
		err := e.reg.ChangePassword(ctx, is.UserID, tt.old, tt.pw, "here")
		if e, ok := apperr.As(err); !ok || e.Key != tt.key {
			t.Errorf("%q → %q: got %v, want %s", tt.old, tt.pw, err, tt.key)
		}
	}
	if err := e.reg.ChangePassword(ctx, is.UserID, "first password 1", "second password 2", "here"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.Accounts.SessionUser(ctx, "here"); err != nil {
		t.Fatal("the session that changed the password was ended")
	}
	if _, err := e.st.Accounts.SessionUser(ctx, "there"); err == nil {
		t.Fatal("another session survived the change")
	}
	u, _ := e.st.Accounts.UserByID(ctx, is.UserID)
	if !account.CheckPassword(u.PasswordHash, "second password 2") {
		t.Fatal("new password not stored")
	}
}

func TestDisableEndsSessions(t *testing.T) {
	ctx := context.Background()
	e := newRegEnv(t)
	admin, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleAdmin, Username: "root"}, nil)
	is, _ := e.reg.Add(ctx, account.NewAccount{Role: account.RoleInstructor, Username: "teacher", Password: "first password 1"}, nil)
	e.st.Accounts.CreateSession(ctx, "s", is.UserID, time.Now().Add(time.Hour), "", "")
	by := account.Actor{ID: admin.UserID, Role: account.RoleAdmin}
	if err := e.reg.SetDisabled(ctx, by, admin.UserID, true); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("the admin closed their own account: %v", err)
	}
	if err := e.reg.SetDisabled(ctx, by, is.UserID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.Accounts.SessionUser(ctx, "s"); err == nil {
		t.Fatal("a disabled account's session lives on")
	}
	if err := e.reg.SetDisabled(ctx, by, is.UserID, false); err != nil {
		t.Fatal(err)
	}
	u, _ := e.st.Accounts.UserByID(ctx, is.UserID)
	if u.Disabled {
		t.Fatal("not enabled again")
	}
}

// BenchmarkImport10k is issue 16's 10,000-row candidate CSV import through
// the same service the board and the command line use (figures in
// docs/performance.md). Target: < 10 s; run with
//
//	go test -run '^$' -bench Import10k -benchtime 3x ./internal/account/
func BenchmarkImport10k(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("name_lo,name_latin,date_of_birth,gender,position,unit,district,province,planning_status,programme,cohort,intake_year\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&sb, "ທົດສອບ %d,Test %05d,%d-%02d-%02d,%s,Trưởng phòng,Sở Nội vụ,Xam Neua,houaphanh,planned,tcllct,Lớp %d,2027\n",
			i, i, 1970+i%30, 1+i%12, 1+i%28, []string{"male", "female"}[i%2], i%20)
	}
	data := []byte(sb.String())
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		e := newRegEnv(b)
		b.StartTimer()
		issued, rowErrs, err := e.reg.Import(context.Background(), account.ImportRequest{File: "10k.csv", Data: data, ProvinceID: &e.hp, MaxRows: 10000})
		if err != nil || len(rowErrs) > 0 || len(issued) != 10000 {
			b.Fatalf("%d issued, %v %v", len(issued), err, rowErrs)
		}
	}
}
