package exam

import (
	"fmt"
	"slices"
	"testing"

	"hocviet/internal/bank"
)

// Form B of a screening blueprint takes no item tagged in_vietnam (the exam
// is sat before departure), and a recording's questions stay in their
// written order in B as in A (a lecture's main-idea question first).
func TestParallelFormsExcludeContextAndKeepQuestionOrder(t *testing.T) {
	var pool []PoolItem
	add := func(it PoolItem) {
		it.VersionID = int64(len(pool) + 1)
		it.Bank, it.Points = "b", 1
		pool = append(pool, it)
	}
	// Listening: four recordings of four questions each.
	for g := 1; g <= 4; g++ {
		for q := 1; q <= 4; q++ {
			add(PoolItem{ItemID: fmt.Sprintf("rec%d-q%d", g, q), Skill: bank.Listening, Type: bank.TypeChoice, Level: 4, Group: fmt.Sprintf("rec%d", g)})
		}
	}
	// Writing: essays, most of them assuming life in Vietnam.
	tagged := map[string]bool{}
	for k := 0; k < 8; k++ {
		it := PoolItem{ItemID: fmt.Sprintf("essay-%d", k), Skill: bank.Writing, Type: bank.TypeEssay, Level: 3}
		if k < 6 {
			it.Context = "in_vietnam"
			tagged[it.ItemID] = true
		}
		add(it)
	}
	for _, s := range []string{bank.Reading, bank.Speaking} {
		for k := 0; k < 4; k++ {
			add(PoolItem{ItemID: fmt.Sprintf("%s-%d", s, k), Skill: s, Type: bank.Types[s][0], Level: 2})
		}
	}
	bp := &bank.Blueprint{ID: "screening", ExcludeContext: []string{"in_vietnam"}, Sections: []bank.Section{
		{Skill: bank.Listening, Minutes: 10, Parts: []bank.Part{{ID: "l", Type: bank.TypeChoice, MinLevel: 4, MaxLevel: 4, Count: 4, KeepGroups: true}}},
		{Skill: bank.Reading, Minutes: 10, Parts: []bank.Part{{ID: "r", Type: bank.Types[bank.Reading][0], MinLevel: 2, MaxLevel: 2, Count: 1}}},
		{Skill: bank.Writing, Minutes: 10, Parts: []bank.Part{{ID: "w", Type: bank.TypeEssay, MinLevel: 3, MaxLevel: 3, Count: 1}}},
		{Skill: bank.Speaking, Minutes: 10, Parts: []bank.Part{{ID: "s", Type: bank.Types[bank.Speaking][0], MinLevel: 2, MaxLevel: 2, Count: 1}}},
	}}
	for seed := uint64(1); seed <= 20; seed++ {
		a, b, shared, _, err := ParallelForms(bp, pool, seed)
		if err != nil {
			t.Fatal(err)
		}
		if shared != 0 {
			t.Errorf("seed %d: %d items shared", seed, shared)
		}
		for name, f := range map[string]*Form{"A": a, "B": b} {
			var rec []string
			for _, it := range f.Items() {
				if tagged[it.ItemID] {
					t.Errorf("seed %d form %s: drew %s, tagged in_vietnam", seed, name, it.ItemID)
				}
				if it.Group != "" {
					rec = append(rec, it.ItemID)
				}
			}
			if !slices.IsSorted(rec) {
				t.Errorf("seed %d form %s: questions out of order: %v", seed, name, rec)
			}
		}
	}
}
