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
