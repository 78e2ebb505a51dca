// Package loadtest simulates an exam day against a running hocviet: many
// candidates log in, start the same exam in the same second, autosave,
// play listening audio, upload a spoken answer and submit. It measures
// latency per endpoint, the server's memory, autosave throughput against a
// bare SQLite insert, and afterwards checks in the database that every save
// the server acknowledged is there.
//
// Prepare fills a database with the accounts and the open session a run
// needs; Run drives the server over HTTP only, like browsers would.
package loadtest

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/migrations"
	questionbanks "hocviet/question_banks"
)

// Blueprint is the exam the simulated candidates sit: a screening exam
// drawn from the core bank only (other banks change while content is
// written; core is what the exam's own tests rely on), kept in
// screening-core.yaml.
const Blueprint = "screening"

//go:embed screening-core.yaml
var coreBlueprint []byte

// SessionTitle names the session Prepare schedules; Run finds it by its
// start form.
const SessionTitle = "Loadtest"

// DefaultPassword is the password of every prepared account.
const DefaultPassword = "loadtest-password"

// PrepareConfig says what to create.
type PrepareConfig struct {
	DBPath     string
	Candidates int
	Prefix     string // usernames are Prefix + 00001 …; default "lt-"
	Password   string // default DefaultPassword
	// HashCost is the bcrypt cost of the accounts' password (0: the cost
	// real accounts get). A low cost makes 2,000 logins quick when logins
	// are not what is measured.
	HashCost int
	// Open and Close bound the session; zero means from an hour ago to a
	// day from now.
	Open, Close time.Time
}

// Prepared is what a run needs to know.
type Prepared struct {
	SessionID int64
	CohortID  int64
	Prefix    string
	Password  string
	Usernames []string
}

// Username is the login of candidate i (0-based) of a prepared set.
func Username(prefix string, i int) string { return fmt.Sprintf("%s%05d", prefix, i+1) }

// Prepare creates (or extends) a database with the core bank and the
// screening blueprint, one cohort of cfg.Candidates candidate accounts and
// an exam session open for that cohort. It must run before the server
// starts, or while nobody else writes: it is one writer among others, but
// 2,000 accounts are quicker in few transactions.
func Prepare(ctx context.Context, cfg PrepareConfig) (*Prepared, error) {
	if cfg.Candidates <= 0 {
		return nil, errors.New("--candidates must be positive")
	}
	if cfg.Prefix == "" {
		cfg.Prefix = "lt-"
	}
	if cfg.Password == "" {
		cfg.Password = DefaultPassword
	}
	now := time.Now()
	if cfg.Open.IsZero() {
		cfg.Open = now.Add(-time.Hour)
	}
	if cfg.Close.IsZero() {
		cfg.Close = now.Add(24 * time.Hour)
	}
	st, err := store.Open(cfg.DBPath, migrations.FS)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return nil, err
	}
	bps, err := st.Blueprints(ctx)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(bps, Blueprint) {
		if err := ImportCoreBank(ctx, st); err != nil {
			return nil, err
		}
	}
	if _, err := st.UserByUsername(ctx, Username(cfg.Prefix, 0)); err == nil {
		return nil, fmt.Errorf("%s already has %s: prepare a new database or use another --prefix", cfg.DBPath, Username(cfg.Prefix, 0))
	}
	prov, err := st.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		return nil, err
	}
	progs, err := st.Programmes(ctx)
	if err != nil {
		return nil, err
	}
	if len(progs) == 0 {
		return nil, errors.New("no programmes in the database")
	}
	cohort, err := st.CreateCohort(ctx, prov.ID, progs[0].ID, fmt.Sprintf("Loadtest %s %s", cfg.Prefix, now.UTC().Format("20060102T150405")), now.Format("2006-01-02"))
	if err != nil {
		return nil, err
	}
	// One bcrypt hash for all: the run measures logins, not the set-up.
	hash, err := account.HashPassword(cfg.Password)
	if cfg.HashCost != 0 {
		var h []byte
		h, err = bcrypt.GenerateFromPassword([]byte(cfg.Password), cfg.HashCost)
		hash = string(h)
	}
	if err != nil {
		return nil, err
	}
	p := &Prepared{CohortID: cohort, Prefix: cfg.Prefix, Password: cfg.Password}
	for i := 0; i < cfg.Candidates; i++ {
		name := Username(cfg.Prefix, i)
		u := account.User{Username: name, PasswordHash: hash, Role: account.RoleCandidate, ProvinceID: &prov.ID,
			DisplayName: "Candidate " + name}
		if err := st.CreateUser(ctx, &u); err != nil {
			return nil, fmt.Errorf("user %s: %w", name, err)
		}
		c := account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort, ProgrammeID: &progs[0].ID,
			NameLo: "ທົດສອບ " + name, NameLatin: "Test " + name, DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "planned"}
		if err := st.InsertCandidate(ctx, &c); err != nil {
			return nil, fmt.Errorf("candidate %s: %w", name, err)
		}
		p.Usernames = append(p.Usernames, name)
	}
	p.SessionID, err = st.CreateExamSession(ctx, store.NewExamSession{Title: SessionTitle, BlueprintID: Blueprint,
		CohortID: &cohort, Opens: cfg.Open, Closes: cfg.Close}, now)
	if err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	return p, nil
}

// ImportCoreBank imports the embedded core bank and the screening blueprint.
func ImportCoreBank(ctx context.Context, st *store.Store) error {
	dir, err := os.MkdirTemp("", "hocviet-loadtest-banks-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	b, err := CoreBank(dir)
	if err != nil {
		return err
	}
	_, err = st.ImportBank(ctx, b, "loadtest", nil)
	return err
}

// CoreBank writes the embedded core bank and the screening blueprint into
// dir and loads them (the media stay in dir, read when imported).
func CoreBank(dir string) (*bank.Bank, error) {
	core := filepath.Join(dir, "core")
	if err := copyTree(questionbanks.FS, "core", core); err != nil {
		return nil, err
	}
	// A screening-shaped blueprint the core bank alone can fill: the
	// shipped one draws on banks left out here.
	bpFile := filepath.Join(dir, Blueprint+".yaml")
	if err := os.WriteFile(bpFile, coreBlueprint, 0o644); err != nil {
		return nil, err
	}
	b, err := bank.Load(core, bpFile)
	if err != nil {
		return nil, fmt.Errorf("core bank: %w", err)
	}
	return b, nil
}

func copyTree(fsys fs.FS, root, dst string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.FromSlash(p))
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
}
