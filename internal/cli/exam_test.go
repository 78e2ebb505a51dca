package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/store"
	"hocviet/migrations"
)

func TestExamRegrade(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := run(t, "", "migrate", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	st, err := store.Open(db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	load := func(dir string) {
		b, err := bank.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Bank.ImportBank(ctx, b, "test", nil); err != nil {
			t.Fatal(err)
		}
	}
	load("../exam/testdata/bank")
	prov, _ := st.People.ProvinceByCode(ctx, "houaphanh")
	u := &account.User{Username: "c1", PasswordHash: "x", Role: account.RoleCandidate, ProvinceID: &prov.ID}
	if err := st.Accounts.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	c := &account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, NameLo: "ສົມພອນ", NameLatin: "Somphone", DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "none"}
	if err := st.People.InsertCandidate(ctx, c); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	sid, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: "t", BlueprintID: "exam-short", CandidateIDs: []int64{c.ID},
		Opens: now.Add(-time.Hour), Closes: now.Add(time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.Attempts.StartAttempt(ctx, sid, u.ID, "", now)
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.Attempts.CandidateAttempt(ctx, id, u.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	// Listening, then reading: answer the true/false item "false" (the key).
	st.Attempts.FinishSection(ctx, id, u.ID, 0, now)
	if v, err = st.Attempts.CandidateAttempt(ctx, id, u.ID, now.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	for _, e := range v.Entries {
		if e.ItemID == "t-r-tf" {
			if _, err := st.Attempts.SaveAnswer(ctx, id, u.ID, e.Pos, 1, bank.Response{Choices: []string{"false"}}, now.Add(time.Second)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := 1; i < 4; i++ {
		st.Attempts.FinishSection(ctx, id, u.ID, i, now.Add(time.Second))
		st.Attempts.CandidateAttempt(ctx, id, u.ID, now.Add(time.Second))
	}
	st.Close()

	// The key was wrong: a new version says "true".
	dir := filepath.Join(t.TempDir(), "bank")
	os.MkdirAll(filepath.Join(dir, "audio"), 0o755)
	for _, f := range []string{"bank.yaml", "items.yaml", "rubrics.yaml", "blueprint.yaml", "audio/l-cho.wav", "audio/l-dict.wav"} {
		b, err := os.ReadFile(filepath.Join("../exam/testdata/bank", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "items.yaml" {
			b = []byte(strings.Replace(string(b), `answer: "false"`, `answer: "true"`, 1))
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	if st, err = store.Open(db, migrations.FS); err != nil {
		t.Fatal(err)
	}
	load(dir)
	st.Close()

	code, out, errs := run(t, "", "exam", "regrade", "--db", db, "--item", "t-r-tf", "--dry-run")
	if code != 0 || !strings.Contains(out, "1.00/1.00  0.00/1.00") || !strings.Contains(out, "would regrade (dry run") {
		t.Fatalf("dry run: %d\n%s\n%s", code, out, errs)
	}
	code, out, errs = run(t, "", "exam", "regrade", "--db", db, "--item", "t-r-tf")
	if code != 0 || !strings.Contains(out, "regraded 1 responses") {
		t.Fatalf("regrade: %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = run(t, "", "exam", "regrade", "--db", db, "--item", "t-r-tf")
	if code != 0 || !strings.Contains(out, "regraded 0 responses") {
		t.Fatalf("second regrade: %d %s", code, out)
	}
	if code, _, errs := run(t, "", "exam", "regrade", "--db", db); code != 2 || !strings.Contains(errs, "--item is required") {
		t.Fatalf("no item: %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "exam", "regrade", "--db", db, "--item", "nope"); code != 1 || !strings.Contains(errs, "not found") {
		t.Fatalf("unknown item: %d %s", code, errs)
	}
}
