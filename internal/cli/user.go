package cli

import (
	"bufio"
	"context"
	"crypto/rand"

	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

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
		fmt.Fprintln(stderr, "usage: hocviet user add|import ...")
		return 2
	}
	switch args[0] {
	case "add":
		return runUserAdd(args[1:], stdin, stdout, stderr)
	case "import":
		return runUserImport(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "hocviet user: unknown subcommand %q (want add or import)\n", args[0])
	return 2
}

func runUserAdd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("user add", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	roleName := fs.String("role", "", "candidate, instructor, board or admin")
	username := fs.String("username", "", "login name")
	provinceCode := fs.String("province", "", "province code (required for board), e.g. houaphanh")
	name := fs.String("name", "", "display name")
	pwStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
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
	if !*pwStdin {
		fmt.Fprintln(stderr, "hocviet user add: --password-stdin is required (passwords never go on the command line)")
		return 2
	}
	if role == account.RoleBoard && *provinceCode == "" {
		fmt.Fprintln(stderr, "hocviet user add: --province is required for a board account")
		return 2
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fail(stderr, fmt.Errorf("read password: %w", err))
	}
	pw := strings.TrimRight(line, "\r\n")
	hash, err := account.HashPassword(pw)
	if err != nil {
		return fail(stderr, err)
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	u := &account.User{Username: *username, Role: role, PasswordHash: hash, DisplayName: *name}
	if *provinceCode != "" {
		p, err := st.ProvinceByCode(ctx, *provinceCode)
		if err != nil {
			return fail(stderr, err)
		}
		u.ProvinceID = &p.ID
	}
	if err := st.CreateUser(ctx, u); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "added %s %s (id %d)\n", role, u.Username, u.ID)
	return 0
}

// runUserImport registers candidates from a board's CSV, all or nothing, and
// prints each new account's first password as CSV for the board to hand out.
func runUserImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("user import", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: hocviet user import [--db PATH] FILE.csv")
		fmt.Fprintln(stderr, "columns:", strings.Join(account.ImportColumns, ","))
		return 2
	}
	file := fs.Arg(0)
	f, err := os.Open(file)
	if err != nil {
		return fail(stderr, err)
	}
	defer f.Close()
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	known, err := st.KnownCodes(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	rows, rowErrs := account.ParseImport(file, f, known, time.Now())
	if len(rowErrs) > 0 {
		for _, e := range rowErrs {
			fmt.Fprintln(stderr, e.Error())
		}
		fmt.Fprintf(stderr, "hocviet user import: %d problems, nothing imported\n", len(rowErrs))
		return 1
	}
	cs := make([]store.NewCandidate, len(rows))
	passwords := make([]string, len(rows))
	for i, r := range rows {
		passwords[i] = newPassword()
		h, err := account.HashPassword(passwords[i])
		if err != nil {
			return fail(stderr, err)
		}
		cs[i] = store.NewCandidate{Row: r, PasswordHash: h}
	}
	if err := st.ImportCandidates(ctx, file, nil, cs); err != nil {
		var ie *store.ImportError
		if errors.As(err, &ie) {
			for _, e := range ie.Rows {
				fmt.Fprintln(stderr, e.Error())
			}
			fmt.Fprintf(stderr, "hocviet user import: %d problems, nothing imported\n", len(ie.Rows))
			return 1
		}
		return fail(stderr, err)
	}
	w := csvout.NewWriter(stdout) // a name typed as a formula stays text in a spreadsheet
	w.Write([]string{"username", "password", "name_latin"})
	for i, r := range rows {
		w.Write([]string{r.Username, passwords[i], r.NameLatin})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stderr, "imported %d candidates; give each their first password\n", len(rows))
	return 0
}

// newPassword avoids letters that look alike (0/O, 1/l/I) on a printed list.
func newPassword() string {
	const alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
	b := make([]byte, 10)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			panic(err) // crypto/rand does not fail on supported platforms
		}
		b[i] = alphabet[n.Int64()]
	}
	return string(b)
}
