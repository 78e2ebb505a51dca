package exam

import (
	"testing"

	"hocviet/internal/bank"
)

// A screening blueprint that excludes in_vietnam never draws a tagged
// item, in a plain draw or in either parallel form (issue 13.8).
func TestDrawExcludesContext(t *testing.T) {
	part := func(id, typ string, n int) []bank.Part {
		return []bank.Part{{ID: id, Type: typ, MinLevel: 1, MaxLevel: 5, Count: n}}
	}
	bp := &bank.Blueprint{ID: "s", Purpose: "screening", ExcludeContext: []string{bank.ContextInVietnam}, Sections: []bank.Section{
		{Skill: bank.Listening, Minutes: 10, Parts: part("l", bank.TypeChoice, 1)},
		{Skill: bank.Reading, Minutes: 10, Parts: part("r", bank.TypeTrueFalse, 1)},
		{Skill: bank.Writing, Minutes: 10, Parts: part("p", bank.TypeGapFill, 2)},
		{Skill: bank.Speaking, Minutes: 10, Parts: part("s", bank.TypeReadAloud, 1)}}}
	var pool []PoolItem
	for i, st := range [][2]string{{bank.Listening, bank.TypeChoice}, {bank.Reading, bank.TypeTrueFalse}, {bank.Speaking, bank.TypeReadAloud}} {
		for k := 0; k < 2; k++ {
			pool = append(pool, PoolItem{VersionID: int64(100 + 2*i + k), ItemID: st[0] + string(rune('0'+k)), Skill: st[0],
				Type: st[1], Level: 2, Topics: []string{"t"}, Points: 1})
		}
	}
	for i, ctx := range []string{"in_vietnam", "", "in_vietnam", "", "in_vietnam", ""} {
		pool = append(pool, PoolItem{VersionID: int64(i + 1), ItemID: string(rune('a' + i)), Skill: bank.Writing,
			Type: bank.TypeGapFill, Level: 2, Topics: []string{"t"}, Points: 1, Context: ctx})
	}
	tagged := map[string]bool{"a": true, "c": true, "e": true}
	for seed := uint64(1); seed <= 20; seed++ {
		f, err := Draw(bp, pool, nil, seed)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range f.Sections[2].Items {
			if tagged[it.ItemID] {
				t.Fatalf("seed %d drew %s, tagged in_vietnam", seed, it.ItemID)
			}
		}
		fa, fb, _, _, err := ParallelForms(bp, pool, seed)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []*Form{fa, fb} {
			for _, it := range f.Sections[2].Items {
				if tagged[it.ItemID] {
					t.Fatalf("parallel forms, seed %d: %s is tagged in_vietnam", seed, it.ItemID)
				}
			}
		}
	}
	// Without the exclusion the tagged items are drawn (the test can fail).
	bp.ExcludeContext = nil
	drew := false
	for seed := uint64(1); seed <= 20 && !drew; seed++ {
		f, _ := Draw(bp, pool, nil, seed)
		for _, it := range f.Sections[2].Items {
			drew = drew || tagged[it.ItemID]
		}
	}
	if !drew {
		t.Error("without exclude_context no tagged item was ever drawn: the test proves nothing")
	}
}
