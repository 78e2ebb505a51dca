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
	"testing/fstest"
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
	// Banks is which shipped banks to import into a new database: BanksAll
	// or BanksCore. Empty means core, which tests want (quick); `hocviet
	// loadtest` passes all unless told otherwise, so its figures describe
	// exam day.
	Banks string
	// Predraw draws every candidate's form ahead, as a running server does
	// for sessions open or about to open (store.PredrawDue), so the run
	// measures starts at the bell, not a server that was started at it.
	Predraw bool
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

// Prepare creates (or extends) a database with the shipped banks (core, or
// all of them when cfg.Banks says so) and their blueprints, one cohort of cfg.Candidates candidate accounts and
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
	bps, err := st.Exams.Blueprints(ctx)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(bps, Blueprint) {
		if err := ImportBanks(ctx, st, cfg.Banks); err != nil {
			return nil, err
		}
	}
	if _, err := st.Accounts.UserByUsername(ctx, Username(cfg.Prefix, 0)); err == nil {
		return nil, fmt.Errorf("%s already has %s: prepare a new database or use another --prefix", cfg.DBPath, Username(cfg.Prefix, 0))
	}
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		return nil, err
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		return nil, err
	}
	if len(progs) == 0 {
		return nil, errors.New("no programmes in the database")
	}
	cohort, err := st.People.CreateCohort(ctx, prov.ID, progs[0].ID, fmt.Sprintf("Loadtest %s %s", cfg.Prefix, now.UTC().Format("20060102T150405")), now.Format("2006-01-02"))
	if err != nil {
		return nil, err
	}
	// One bcrypt hash for all: the run measures logins, not the set-up.
	// Only the one asked for: a default-cost hash thrown away cost the
	// tests that pass HashCost ~2 s of CPU per Prepare under -race.
	var hash string
	if cfg.HashCost != 0 {
		var h []byte
		h, err = bcrypt.GenerateFromPassword([]byte(cfg.Password), cfg.HashCost)
		hash = string(h)
	} else {
		hash, err = account.HashPassword(cfg.Password)
	}
	if err != nil {
		return nil, err
	}
	p := &Prepared{CohortID: cohort, Prefix: cfg.Prefix, Password: cfg.Password}
	for i := 0; i < cfg.Candidates; i++ {
		name := Username(cfg.Prefix, i)
		u := account.User{Username: name, PasswordHash: hash, Role: account.RoleCandidate, ProvinceID: &prov.ID,
			DisplayName: "Candidate " + name}
		if err := st.Accounts.CreateUser(ctx, &u); err != nil {
			return nil, fmt.Errorf("user %s: %w", name, err)
		}
		c := account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohort, ProgrammeID: &progs[0].ID,
			NameLo: "ທົດສອບ " + name, NameLatin: "Test " + name, DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "planned"}
		if err := st.People.InsertCandidate(ctx, &c); err != nil {
			return nil, fmt.Errorf("candidate %s: %w", name, err)
		}
		p.Usernames = append(p.Usernames, name)
	}
	p.SessionID, err = st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: SessionTitle, BlueprintID: Blueprint,
		CohortID: &cohort, Opens: cfg.Open, Closes: cfg.Close}, now)
	if err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	if cfg.Predraw {
		if _, err := st.Exams.PredrawSession(ctx, p.SessionID, now); err != nil {
			return nil, fmt.Errorf("predraw: %w", err)
		}
	}
	return p, nil
}

// Banks Prepare can import: every shipped bank (what an exam day draws
// from, and what makes a start cost what it costs) or the core bank alone.
const (
	BanksAll  = "all"
	BanksCore = "core"
)

// ImportBanks imports the embedded banks named by which (BanksAll or
// BanksCore) with their blueprints.
func ImportBanks(ctx context.Context, st *store.Store, which string) error {
	var b *bank.Bank
	var err error
	switch which {
	case BanksAll:
		b, err = bank.LoadFS(questionbanks.FS, ".")
	case "", BanksCore:
		b, err = CoreBank("")
	default:
		return fmt.Errorf("--bank %q: want %s or %s", which, BanksAll, BanksCore)
	}
	if err != nil {
		return fmt.Errorf("banks: %w", err)
	}
	_, err = st.Bank.ImportBank(ctx, b, "loadtest", nil)
	return err
}

// ImportCoreBank imports the embedded core bank and the screening blueprint.
func ImportCoreBank(ctx context.Context, st *store.Store) error {
	return ImportBanks(ctx, st, BanksCore)
}

// CoreBank loads the embedded core bank and the screening blueprint from
// the binary (dir is no longer used: bank.LoadFS reads the embedded files
// where they are; the parameter stays for existing callers).
func CoreBank(dir string) (*bank.Bank, error) {
	_ = dir
	// A screening-shaped blueprint the core bank alone can fill (the
	// shipped one draws on banks left out here), beside the embedded core.
	fsys := overlayFS{FS: questionbanks.FS, extra: fstest.MapFS{"loadtest/" + Blueprint + ".yaml": {Data: coreBlueprint}}}
	b, err := bank.LoadFS(fsys, "core", "loadtest/"+Blueprint+".yaml")
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

// overlayFS is an fs.FS with a few extra files laid over it.
type overlayFS struct {
	fs.FS
	extra fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.extra[name]; ok || name == "loadtest" {
		return o.extra.Open(name)
	}
	return o.FS.Open(name)
}
