package placement_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/placement"
	"hocviet/internal/store"
	"hocviet/migrations"
)

func newStore(t *testing.T) (*store.Store, int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "p.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load("../../question_banks/core")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, b, "test", nil); err != nil {
		t.Fatal(err)
	}
	u := &account.User{Username: "k5-01", PasswordHash: "x", Role: account.RoleCandidate}
	if err := st.Accounts.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	return st, u.ID
}

// right and wrong are a candidate who knows every answer and one who
// knows none.
func right(it *bank.Item) bank.Response {
	var r bank.Response
	for _, o := range it.Options {
		if o.Correct {
			r.Choices = append(r.Choices, o.ID)
		}
	}
	if it.Type == bank.TypeTrueFalse {
		r.Choices = []string{it.Answer}
	}
	if len(it.Accept) > 0 {
		r.Text = it.Accept[0]
	}
	for _, g := range it.Gaps {
		if g.Answer != "" {
			r.Gaps = append(r.Gaps, g.Answer)
		} else {
			r.Gaps = append(r.Gaps, g.Accept[0])
		}
	}
	return r
}

func wrong(it *bank.Item) bank.Response {
	r := bank.Response{Text: "xyz"}
	for _, o := range it.Options {
		if !o.Correct {
			r.Choices = []string{o.ID}
			break
		}
	}
	if it.Type == bank.TypeTrueFalse {
		r.Choices = []string{map[string]string{"true": "false", "false": "true"}[it.Answer]}
	}
	for range it.Gaps {
		r.Gaps = append(r.Gaps, "xyz")
	}
	return r
}

// sit takes a whole test answering with answer, and returns its results.
func sit(t *testing.T, st *store.Store, user int64, answer func(*bank.Item) bank.Response) *placement.Test {
	t.Helper()
	ctx := context.Background()
	svc := placement.New(st.Placement)
	id, err := svc.Start(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; ; n++ {
		if n > 3*15+1 {
			t.Fatal("the test never ends")
		}
		_, step, err := svc.Next(ctx, user, id)
		if err != nil {
			t.Fatal(err)
		}
		if step.Done {
			break
		}
		// Next again without answering gives the same item (a reload).
		_, again, err := svc.Next(ctx, user, id)
		if err != nil || *again.Item != *step.Item {
			t.Fatalf("a reload changed the item: %+v then %+v (%v)", step.Item, again.Item, err)
		}
		v, err := st.Bank.ItemVersionByID(ctx, step.Item.VersionID)
		if err != nil {
			t.Fatal(err)
		}
		it, _, err := v.Item()
		if err != nil {
			t.Fatal(err)
		}
		if !contains(placement.Types[step.Skill], it.Type) || it.Skill != step.Skill {
			t.Fatalf("%s part got a %s %s item", step.Skill, it.Skill, it.Type)
		}
		resp := answer(it)
		js, _ := json.Marshal(resp)
		if err := svc.Answer(ctx, user, id, step.Skill, step.Item.Pos, it, resp, string(js)); err != nil {
			t.Fatal(err)
		}
		// A second answer to the same item is refused: the next choice
		// already rests on the first.
		if err := svc.Answer(ctx, user, id, step.Skill, step.Item.Pos, it, wrong(it), "{}"); !errors.Is(err, placement.ErrAnswered) {
			t.Fatalf("second answer: %v", err)
		}
	}
	tt, err := st.Placement.PlacementTest(ctx, user, id)
	if err != nil {
		t.Fatal(err)
	}
	return tt
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestPlacementPlacesStrongHighAndWeakLow(t *testing.T) {
	st, user := newStore(t)
	strong := sit(t, st, user, right)
	weak := sit(t, st, user, wrong)
	if strong.Finished.IsZero() || weak.Finished.IsZero() {
		t.Fatal("a test did not finish")
	}
	if len(strong.Results) != len(placement.Skills) || len(weak.Results) != len(placement.Skills) {
		t.Fatalf("results: %d and %d parts", len(strong.Results), len(weak.Results))
	}
	for i, r := range strong.Results {
		w := weak.Results[i]
		if r.Items < 1 || r.Items > 15 || w.Items > 15 {
			t.Errorf("%s: %d and %d items", r.Skill, r.Items, w.Items)
		}
		if !(r.Theta > w.Theta) || r.Level <= w.Level {
			t.Errorf("%s: all right gives θ %.2f (Bậc %d), all wrong θ %.2f (Bậc %d)", r.Skill, r.Theta, r.Level, w.Theta, w.Level)
		}
		if r.Lo > r.Level || r.Hi < r.Level {
			t.Errorf("%s: Bậc %d outside its range %d–%d", r.Skill, r.Level, r.Lo, r.Hi)
		}
	}
	// "My level" comes from the latest finished test.
	levels, err := st.Placement.PlacementLevels(context.Background(), user)
	if err != nil {
		t.Fatal(err)
	}
	for _, sk := range placement.Skills {
		if got, want := levels[sk], findResult(weak, sk); got.Theta != want.Theta || got.Level != want.Level {
			t.Errorf("%s: my level is not the latest test's", sk)
		}
	}
}

func findResult(t *placement.Test, skill string) placement.Result {
	for _, r := range t.Results {
		if r.Skill == skill {
			return r
		}
	}
	return placement.Result{}
}

func TestPlacementIsOwnersOnly(t *testing.T) {
	st, user := newStore(t)
	ctx := context.Background()
	svc := placement.New(st.Placement)
	id, err := svc.Start(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Next(ctx, user+1, id); err == nil {
		t.Fatal("another user opened the test")
	}
}
