package demo

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/store"
	"hocviet/internal/testexit"
	"hocviet/migrations"
)

var template struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// seeded gives a store on a copy of one demo database, seeded once per
// test run through Template (which is thereby tested too).
func seeded(t *testing.T) *store.Store {
	t.Helper()
	template.once.Do(func() {
		template.dir, template.err = os.MkdirTemp("", "hocviet-demo-")
		if template.err != nil {
			return
		}
		template.path, template.err = SharedTemplate(context.Background(), template.dir, Options{BcryptCost: bcrypt.MinCost})
	})
	if template.err != nil {
		t.Fatal(template.err)
	}
	path := filepath.Join(t.TempDir(), "demo.db")
	if err := CopyTo(template.path, path); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestMain(m *testing.M) {
	code := m.Run()
	if template.dir != "" {
		os.RemoveAll(template.dir)
	}
	testexit.Exit(code)
}

func TestSeed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	hp, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.People.CandidatesInProvince(ctx, hp.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The board's province list holds the class only: the pilot's 153
	// graduates of earlier courses are recorded for the pilot (pilot_only)
	// and are not candidates for sending.
	var class []account.Candidate
	for _, c := range cs {
		if c.CohortName != nil {
			class = append(class, c)
		}
	}
	if len(class) != 46 || len(cs) != 46 {
		t.Fatalf("cohort has %d candidates, province list %d, want 46 and 46", len(class), len(cs))
	}
	var pilot int
	if err := st.DB().Get(&pilot, `SELECT count(*) FROM candidates WHERE province_id = ? AND pilot_only = 1`, hp.ID); err != nil {
		t.Fatal(err)
	}
	if pilot != PilotSize {
		t.Errorf("%d pilot-only graduates, want %d", pilot, PilotSize)
	}
	names := map[string]bool{}
	for _, c := range class {
		if names[c.NameLatin] {
			t.Errorf("two candidates named %s", c.NameLatin)
		}
		names[c.NameLatin] = true
		if c.CohortName == nil || *c.CohortName != CohortName {
			t.Errorf("%s not in %s", c.NameLatin, CohortName)
		}
	}
	for _, l := range Logins {
		if _, err := st.Accounts.UserByUsername(ctx, l.Username); err != nil {
			t.Errorf("demo login %s: %v", l.Username, err)
		}
	}
	stats, vocab, err := st.Bank.BankStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) == 0 || vocab == 0 {
		t.Fatalf("demo banks not imported: %d stat rows, %d words", len(stats), vocab)
	}
}

func TestSeedPracticeHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	tones, total := 0, 0
	for _, name := range []string{"k5-01", "k5-10", "k5-30"} {
		u, err := st.Accounts.UserByUsername(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		h, err := st.Practice.PracticeHistory(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) < 6 {
			t.Errorf("%s has %d practice answers", name, len(h))
		}
		total += len(h)
		p, err := st.Practice.ErrorProfile(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		tones += p.ToneErrors
	}
	if tones == 0 {
		t.Errorf("no tone errors in %d demo answers: the error profile would be empty", total)
	}
}

// Every demo account, the pilot's raters included, is hashed at the cost the
// options name (tests log in with them, and pay that cost per login), and
// the demo password opens it.
func TestSeedHashesAtTheGivenCost(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	names := []string{"gv-thao", "gv-binh", "gv-khanh"}
	for _, l := range Logins {
		names = append(names, l.Username)
	}
	for _, name := range names {
		u, err := st.Accounts.UserByUsername(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c, err := bcrypt.Cost([]byte(u.PasswordHash)); err != nil || c != bcrypt.MinCost {
			t.Errorf("%s: bcrypt cost %d (%v), want %d", name, c, err, bcrypt.MinCost)
		}
		if !account.CheckPassword(u.PasswordHash, Password) {
			t.Errorf("%s: the demo password does not open the account", name)
		}
	}
}
