package demo

import (
	"context"
	"path/filepath"
	"testing"

	"hocviet/internal/store"
	"hocviet/migrations"
)

func TestSeed(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "demo.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := Seed(ctx, st); err != nil {
		t.Fatal(err)
	}
	hp, err := st.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.CandidatesInProvince(ctx, hp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 46 {
		t.Fatalf("cohort has %d candidates, want 46", len(cs))
	}
	names := map[string]bool{}
	for _, c := range cs {
		if names[c.NameLatin] {
			t.Errorf("two candidates named %s", c.NameLatin)
		}
		names[c.NameLatin] = true
		if c.CohortName == nil || *c.CohortName != CohortName {
			t.Errorf("%s not in %s", c.NameLatin, CohortName)
		}
	}
	for _, l := range Logins {
		if _, err := st.UserByUsername(ctx, l.Username); err != nil {
			t.Errorf("demo login %s: %v", l.Username, err)
		}
	}
	stats, vocab, err := st.BankStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) == 0 || vocab == 0 {
		t.Fatalf("demo banks not imported: %d stat rows, %d words", len(stats), vocab)
	}
}
