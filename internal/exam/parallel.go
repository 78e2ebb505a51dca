package exam

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"

	"hocviet/internal/bank"
)

// Cell is one skill × type × level count of a form, for comparing forms.
type Cell struct {
	Skill, Type string
	Level       int
}

// Profile counts a form's items per skill, type and level.
func Profile(f *Form, pool []PoolItem) map[Cell]int {
	level := map[string]PoolItem{}
	for _, it := range pool {
		level[it.ItemID] = it
	}
	p := map[Cell]int{}
	for _, s := range f.Sections {
		for _, it := range s.Items {
			pi := level[it.ItemID]
			p[Cell{s.Skill, pi.Type, pi.Level}]++
		}
	}
	return p
}

// Distance is how many items two profiles do not share cell for cell.
func Distance(a, b map[Cell]int) int {
	d := 0
	for c, n := range a {
		d += abs(n - b[c])
	}
	for c, n := range b {
		if _, ok := a[c]; !ok {
			d += n
		}
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ParallelForms draws form A with seedA, then builds form B to mirror it:
// for every unit of A (an item, or a whole passage with keep_groups) B takes
// an unused unit of the same part with the same size and the nearest levels,
// so the two match skill, type and level cell for cell wherever the banks
// hold enough items. shared counts items in both; distance counts items
// whose cell has no partner in the other form.
func ParallelForms(bp *bank.Blueprint, pool []PoolItem, seedA uint64) (a, b *Form, shared, distance int, err error) {
	a, err = Draw(bp, pool, nil, seedA)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	sorted := slices.Clone(pool)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ItemID < sorted[j].ItemID })
	rng := rand.New(rand.NewPCG(seedA, 0x66_6f_72_6d_62)) // "formb"
	taken := map[string]bool{}
	for _, p := range a.Items() {
		taken[p.ItemID] = true
	}
	b = &Form{}
	for si, sec := range bp.Sections {
		fs := a.Sections[si]
		fs.Items = nil
		for _, p := range sec.Parts {
			var mine []FormItem
			for _, it := range a.Sections[si].Items {
				if it.Part == p.ID {
					mine = append(mine, it)
				}
			}
			var eligible []PoolItem
			for _, it := range sorted {
				if !taken[it.ItemID] && inBanks(bp.Banks, it.Bank) && !bp.Excludes(it.Context) &&
					p.Matches(sec.Skill, &bank.Item{Skill: it.Skill, Type: it.Type, Level: it.Level, Topics: it.Topics}) {
					eligible = append(eligible, it)
				}
			}
			// Shuffle whole units, not items: a passage's questions stay in
			// the order they were written (a lecture's main-idea question
			// first), as they do in form A.
			free := units(eligible, func(p PoolItem) string { return p.Group }, p.KeepGroups)
			rng.Shuffle(len(free), func(i, j int) { free[i], free[j] = free[j], free[i] })
			for _, want := range units(mine, func(f FormItem) string { return f.Group }, p.KeepGroups) {
				got := nearestUnit(want, free, levelOf(pool), taken)
				if got == nil {
					shared += len(want) // no partner: B repeats A's unit
					got = make([]PoolItem, len(want))
					for i, w := range want {
						got[i] = levelOf(pool)[w.ItemID]
					}
				}
				for _, it := range got {
					taken[it.ItemID] = true
					fs.Items = append(fs.Items, formItem(it, p))
				}
			}
		}
		b.Sections = append(b.Sections, fs)
	}
	return a, b, shared, Distance(Profile(a, pool), Profile(b, pool)), nil
}

func levelOf(pool []PoolItem) map[string]PoolItem {
	m := map[string]PoolItem{}
	for _, it := range pool {
		m[it.ItemID] = it
	}
	return m
}

// units splits a part's items into what is drawn together: whole
// passages with keep_groups, else single items.
func units[T any](items []T, group func(T) string, keepGroups bool) [][]T {
	var out [][]T
	at := map[string]int{}
	for _, it := range items {
		g := group(it)
		if !keepGroups || g == "" {
			out = append(out, []T{it})
			continue
		}
		i, ok := at[g]
		if !ok {
			i = len(out)
			at[g] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], it)
	}
	return out
}

// nearestUnit picks the free unit of the same size whose levels are
// closest to want's; nil when none is free.
func nearestUnit(want []FormItem, units [][]PoolItem, info map[string]PoolItem, taken map[string]bool) []PoolItem {
	var best []PoolItem
	bestD := -1
	for _, u := range units {
		if len(u) != len(want) || unitTaken(u, taken) {
			continue
		}
		d := 0
		for i := range u {
			d += abs(u[i].Level - info[want[i].ItemID].Level)
		}
		if bestD < 0 || d < bestD {
			best, bestD = u, d
		}
		if d == 0 {
			break
		}
	}
	return best
}

func unitTaken(u []PoolItem, taken map[string]bool) bool {
	for _, it := range u {
		if taken[it.ItemID] {
			return true
		}
	}
	return false
}

// Fix turns a drawn form back into a blueprint whose parts list their
// items, so the form is a file that can be reviewed and sat as it is.
func Fix(bp *bank.Blueprint, f *Form, id string, suffix bank.Text) (*bank.Blueprint, error) {
	out := *bp
	out.ID = id
	out.Title = bank.Text{Lo: bp.Title.Lo + suffix.Lo, Vi: bp.Title.Vi + suffix.Vi, En: bp.Title.En + suffix.En}
	byPart := map[string][]string{}
	for _, s := range f.Sections {
		for _, it := range s.Items {
			byPart[it.Part] = append(byPart[it.Part], it.ItemID)
		}
	}
	out.Sections = nil
	for _, s := range bp.Sections {
		ns := s
		ns.Parts = nil
		for _, p := range s.Parts {
			np := p
			np.Items = byPart[p.ID]
			if len(np.Items) != p.Count {
				return nil, fmt.Errorf("form %s part %s: %d items drawn, %d wanted", id, p.ID, len(np.Items), p.Count)
			}
			ns.Parts = append(ns.Parts, np)
		}
		out.Sections = append(out.Sections, ns)
	}
	return &out, nil
}

// SortedCells lists the cells of profiles in skill, type, level order.
func SortedCells(ps ...map[Cell]int) []Cell {
	seen := map[Cell]bool{}
	var cs []Cell
	for _, p := range ps {
		for c := range p {
			if !seen[c] {
				seen[c] = true
				cs = append(cs, c)
			}
		}
	}
	order := map[string]int{}
	for i, s := range bank.Skills {
		order[s] = i
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Skill != b.Skill {
			return order[a.Skill] < order[b.Skill]
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Level < b.Level
	})
	return cs
}
