package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"hocviet/internal/account"
	"hocviet/internal/csvout"
	"hocviet/internal/store"
	"hocviet/migrations"
)

// openCurrent opens a database whose schema is exactly what this binary knows.
func openCurrent(ctx context.Context, path string) (*store.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("database %s: %w (create it with hocviet migrate --db %s)", path, err, path)
	}
	st, err := store.Open(path, migrations.FS)
	if err != nil {
		return nil, err
	}
	s, err := st.Schema(ctx)
	if err == nil && s.Pending() {
		err = fmt.Errorf("database %s is at schema version %d, this hocviet needs %d: run hocviet migrate --db %s", path, s.Current, s.Latest, path)
	}
	if err == nil && s.Newer() {
		err = fmt.Errorf("database %s has schema version %d, newer than this hocviet knows (%d)", path, s.Current, s.Latest)
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

func runUser(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: hocviet user add|import|reset ...")
		return 2
	}
	switch args[0] {
	case "add":
		return runUserAdd(args[1:], stdin, stdout, stderr)
	case "import":
		return runUserImport(args[1:], stdout, stderr)
	case "reset":
		return runUserReset(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "hocviet user: unknown subcommand %q (want add, import or reset)\n", args[0])
	return 2
}

func registration(st *store.Store) *account.Registration {
	return &account.Registration{Repo: st.Accounts, Places: st.People}
}

func runUserAdd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("user add", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	roleName := fs.String("role", "", "candidate, instructor, board or admin")
	username := fs.String("username", "", "login name")
	provinceCode := fs.String("province", "", "province code (required for board), e.g. houaphanh")
	name := fs.String("name", "", "display name")
	pwStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input; without it the account gets a one-time activation code")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	role, err := account.ParseRole(*roleName)
	if err != nil {
		fmt.Fprintln(stderr, "hocviet user add: --"+err.Error())
		return 2
	}
	if err := account.ValidUsername(*username); err != nil {
		fmt.Fprintln(stderr, "hocviet user add: --"+err.Error())
		return 2
	}
	if role == account.RoleBoard && *provinceCode == "" {
		fmt.Fprintln(stderr, "hocviet user add: --province is required for a board account")
		return 2
	}
	n := account.NewAccount{Role: role, Username: *username, Name: *name}
	if *pwStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fail(stderr, fmt.Errorf("read password: %w", err))
		}
		n.Password = strings.TrimRight(line, "\r\n")
		if n.Password == "" {
			return fail(stderr, errors.New("the password on standard input is empty"))
		}
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	if *provinceCode != "" {
		p, err := st.People.ProvinceByCode(ctx, *provinceCode)
		if err != nil {
			return fail(stderr, err)
		}
		n.ProvinceID = &p.ID
	}
	is, err := registration(st).Add(ctx, n, nil)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "added %s %s (id %d)\n", role, is.Username, is.UserID)
	if is.Code != "" {
		fmt.Fprintf(stdout, "activation code (shown once, valid until %s): %s\n", is.Expires.Format("2006-01-02"), is.Code)
	}
	return 0
}

// runUserImport registers candidates from a board's CSV or XLSX, all or
// nothing, and prints each new account's one-time activation code as CSV for
// the board to hand out.
func runUserImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("user import", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	maxRows := fs.Int("max-rows", account.MaxImportRows, "refuse a file with more candidates than this")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: hocviet user import [--db PATH] [--max-rows N] FILE.csv|FILE.xlsx")
		fmt.Fprintln(stderr, "columns:", strings.Join(account.ImportColumns, ","))
		return 2
	}
	file := fs.Arg(0)
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(stderr, err)
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	issued, rowErrs, err := registration(st).Import(ctx, account.ImportRequest{File: file, Data: data, MaxRows: *maxRows})
	if err != nil {
		return fail(stderr, err)
	}
	if len(rowErrs) > 0 {
		for _, e := range rowErrs {
			fmt.Fprintln(stderr, e.Error())
		}
		fmt.Fprintf(stderr, "hocviet user import: %d problems, nothing imported\n", len(rowErrs))
		return 1
	}
	w := csvout.NewWriter(stdout) // a name typed as a formula stays text in a spreadsheet
	w.Write([]string{"username", "activation_code", "valid_until", "name_latin"})
	for _, is := range issued {
		w.Write([]string{is.Username, is.Code, is.Expires.Format("2006-01-02"), is.NameLatin})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stderr, "imported %d candidates; give each their activation code (it works once; they then choose a password)\n", len(issued))
	return 0
}

// runUserReset replaces an account's password with a new activation code.
func runUserReset(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("user reset", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	username := fs.String("username", "", "the account to reset")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *username == "" {
		fmt.Fprintln(stderr, "usage: hocviet user reset --username U [--db PATH]")
		return 2
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	is, err := registration(st).ResetByUsername(ctx, *username)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "reset %s: the old password no longer works and its sessions have ended\n", is.Username)
	fmt.Fprintf(stdout, "activation code (shown once, valid until %s): %s\n", is.Expires.Format("2006-01-02"), is.Code)
	return 0
}
