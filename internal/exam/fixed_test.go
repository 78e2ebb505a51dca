package exam

import (
	"testing"

	"hocviet/internal/bank"
)

func TestDrawFixedParts(t *testing.T) {
	var pool []PoolItem
	for _, s := range bank.Skills {
		for i, typ := range []string{bank.Types[s][0], bank.Types[s][0], bank.Types[s][0]} {
			pool = append(pool, PoolItem{VersionID: int64(len(pool) + 1), ItemID: s + "-" + string(rune('a'+i)),
				Bank: "b", Skill: s, Type: typ, Level: 2, Points: 1})
		}
	}
	bp := &bank.Blueprint{ID: "form-a"}
	for _, s := range bank.Skills {
		bp.Sections = append(bp.Sections, bank.Section{Skill: s, Minutes: 10, ShuffleItems: true, Parts: []bank.Part{{
			ID: s + "-p", Type: bank.Types[s][0], MinLevel: 1, MaxLevel: 3, Count: 2, Items: []string{s + "-c", s + "-a"},
		}}})
	}
	for _, seed := range []uint64{1, 2, 3} {
		f, err := Draw(bp, pool, map[string]bool{"listening-c": true}, seed)
		if err != nil {
			t.Fatal(err)
		}
		for i, sec := range f.Sections {
			got := []string{sec.Items[0].ItemID, sec.Items[1].ItemID}
			want := []string{bank.Skills[i] + "-c", bank.Skills[i] + "-a"}
			if len(sec.Items) != 2 || got[0] != want[0] || got[1] != want[1] {
				t.Fatalf("seed %d %s: got %v, want the listed items %v in order", seed, sec.Skill, got, want)
			}
		}
	}
	bp.Sections[0].Parts[0].Items = []string{"listening-zz", "listening-a"}
	if _, err := Draw(bp, pool, nil, 1); err == nil {
		t.Fatal("a listed item missing from the banks should fail the draw")
	}
}

func TestParallelFormsMirrorEachOther(t *testing.T) {
	// Six of every level for each skill's first type, plus a reading passage
	// of three questions twice: enough for two disjoint, matching forms.
	var pool []PoolItem
	add := func(it PoolItem) {
		it.VersionID = int64(len(pool) + 1)
		it.Bank, it.Points = "b", 1
		pool = append(pool, it)
	}
	for _, s := range bank.Skills {
		for lvl := 1; lvl <= 3; lvl++ {
			for k := 0; k < 6; k++ {
				add(PoolItem{ItemID: s + "-" + string(rune('0'+lvl)) + string(rune('a'+k)), Skill: s, Type: bank.Types[s][0], Level: lvl})
			}
		}
	}
	for _, g := range []string{"g1", "g2"} {
		for q := 0; q < 3; q++ {
			add(PoolItem{ItemID: g + "-q" + string(rune('1'+q)), Skill: bank.Reading, Type: bank.TypeTrueFalse, Level: 2, Group: g})
		}
	}
	bp := &bank.Blueprint{ID: "bp"}
	for _, s := range bank.Skills {
		sec := bank.Section{Skill: s, Minutes: 10, Parts: []bank.Part{{ID: s + "-p", Type: bank.Types[s][0], MinLevel: 1, MaxLevel: 3, Count: 3}}}
		if s == bank.Reading {
			sec.Parts = append(sec.Parts, bank.Part{ID: "tf", Type: bank.TypeTrueFalse, MinLevel: 1, MaxLevel: 3, Count: 3, KeepGroups: true})
		}
		bp.Sections = append(bp.Sections, sec)
	}
	for seed := uint64(1); seed <= 20; seed++ {
		a, b, shared, dist, err := ParallelForms(bp, pool, seed)
		if err != nil {
			t.Fatal(err)
		}
		if shared != 0 || dist != 0 {
			t.Fatalf("seed %d: %d shared items, %d items off profile", seed, shared, dist)
		}
		inA := map[string]bool{}
		for _, p := range a.Items() {
			inA[p.ItemID] = true
		}
		groups := map[string]int{}
		for _, p := range b.Items() {
			if inA[p.ItemID] {
				t.Fatalf("seed %d: %s in both forms", seed, p.ItemID)
			}
			if p.Group != "" {
				groups[p.Group]++
			}
		}
		if len(groups) != 1 {
			t.Fatalf("seed %d: form B splits passages: %v", seed, groups)
		}
		fixedA, err := Fix(bp, a, "bp-a", bank.Text{En: " A"})
		if err != nil {
			t.Fatal(err)
		}
		again, err := Draw(fixedA, pool, nil, seed+100)
		if err != nil {
			t.Fatal(err)
		}
		if Distance(Profile(again, pool), Profile(a, pool)) != 0 || len(again.Items()) != len(a.Items()) {
			t.Fatalf("seed %d: the fixed form does not give form A back", seed)
		}
	}
}
