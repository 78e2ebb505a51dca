// Package exam is the screening exam's domain: drawing a form from a
// blueprint, the section clock, turning graded items and ratings into skill
// scores and a level. It knows nothing of HTTP or SQL; the store and the web
// layer import it.
package exam

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
)

// PoolItem is an item version the draw may take: what selection needs,
// without the content.
type PoolItem struct {
	VersionID int64
	ItemID    string
	Bank      string
	Skill     string
	Type      string
	Level     int
	Topics    []string
	Group     string
	Points    float64 // the item's own worth (bank.Item.MaxPoints)
	Context   string  // bank.Item.Context: in_vietnam items are kept out of screening draws
}

// Form is a drawn exam: the sections in blueprint order, each with its items
// in the order the candidate sees them.
type Form struct {
	Sections []FormSection
}

// FormSection is one timed paper of a form.
type FormSection struct {
	Skill          string
	Minutes        int
	MaxPlays       int
	MaxTakes       int
	ShuffleOptions bool
	Items          []FormItem
}

// FormItem is one drawn item. Points is what it is worth in this exam: the
// part's points when the blueprint sets them, else the item's own.
type FormItem struct {
	VersionID int64
	ItemID    string
	Part      string
	Group     string
	Points    float64
	Manual    bool
}

// Defaults where a blueprint is silent: the national tests play listening
// audio once and do not let a spoken answer be recorded again.
const (
	DefaultMaxPlays = 1
	DefaultMaxTakes = 1
)

// ShortError says a part could not be filled from the banks.
type ShortError struct {
	Skill, Part string
	Want, Have  int
}

func (e *ShortError) Error() string {
	return fmt.Sprintf("%s part %q wants %d items; the banks have %d that fit", e.Skill, e.Part, e.Want, e.Have)
}

// CheckBlueprint refuses a blueprint that cannot give a level: the level is
// the average of all four skills, so each needs its section.
func CheckBlueprint(bp *bank.Blueprint) error {
	have := map[string]bool{}
	for _, s := range bp.Sections {
		have[s.Skill] = true
	}
	for _, s := range bank.Skills {
		if !have[s] {
			return &apperr.Error{Code: apperr.Invalid, Field: "blueprint", Key: "exam.err.blueprint_skills",
				Message: fmt.Sprintf("blueprint %s has no %s section; a level needs all four skills", bp.ID, s)}
		}
	}
	return nil
}

// Draw assembles a form. The same blueprint, pool, seen set and seed always
// give the same form, so a disputed form can be drawn again and compared.
//
// Items the candidate saw in earlier attempts (seen, by item id) are taken
// only when a part cannot be filled without them. No item appears twice in a
// form. With keep_groups a part takes whole passages; shuffle_items shuffles
// within each part and keeps a passage's questions together and in order.
func Draw(bp *bank.Blueprint, pool []PoolItem, seen map[string]bool, seed uint64) (*Form, error) {
	if err := CheckBlueprint(bp); err != nil {
		return nil, err
	}
	// The store's pool comes sorted and is shared between draws: copy and
	// sort only one that is not.
	sorted := pool
	if !slices.IsSortedFunc(pool, func(a, b PoolItem) int { return strings.Compare(a.ItemID, b.ItemID) }) {
		sorted = slices.Clone(pool)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].ItemID < sorted[j].ItemID })
	}
	rng := rand.New(rand.NewPCG(seed, 0x68_6f_63_76_69_65_74)) // "hocviet"
	used := map[string]bool{}
	f := &Form{}
	for _, sec := range bp.Sections {
		fs := FormSection{Skill: sec.Skill, Minutes: sec.Minutes, MaxPlays: sec.MaxPlays, MaxTakes: sec.MaxTakes,
			ShuffleOptions: sec.ShuffleOptions}
		if fs.MaxPlays == 0 {
			fs.MaxPlays = DefaultMaxPlays
		}
		if fs.MaxTakes == 0 {
			fs.MaxTakes = DefaultMaxTakes
		}
		for _, p := range sec.Parts {
			var eligible []PoolItem
			for _, it := range sorted {
				// Cheapest test first: a start draws from thousands of items.
				if it.Skill != sec.Skill || it.Type != p.Type || !p.Matches(sec.Skill, &bank.Item{Skill: it.Skill, Type: it.Type, Level: it.Level, Topics: it.Topics}) ||
					!inBanks(bp.Banks, it.Bank) || used[it.ItemID] || bp.Excludes(it.Context) {
					continue
				}
				eligible = append(eligible, it)
			}
			picked, err := pick(rng, eligible, p, seen)
			if len(p.Items) > 0 {
				picked, err = fixed(sorted, p)
			}
			if err != nil {
				if se, ok := err.(*ShortError); ok {
					se.Skill = sec.Skill
				}
				return nil, err
			}
			blocks := blocksOf(picked)
			if len(p.Items) > 0 {
				// a fixed part keeps the order its author listed
			} else if sec.ShuffleItems {
				rng.Shuffle(len(blocks), func(i, j int) { blocks[i], blocks[j] = blocks[j], blocks[i] })
			} else {
				sort.SliceStable(blocks, func(i, j int) bool { return lessBlock(blocks[i], blocks[j]) })
			}
			for _, b := range blocks {
				for _, it := range b {
					used[it.ItemID] = true
					fs.Items = append(fs.Items, formItem(it, p))
				}
			}
		}
		f.Sections = append(f.Sections, fs)
	}
	return f, nil
}

// formItem places a drawn item: it is worth the part's points when the
// blueprint sets them, else its own.
func formItem(it PoolItem, p bank.Part) FormItem {
	pts := it.Points
	if p.Points > 0 {
		pts = p.Points
	}
	if pts <= 0 {
		pts = 1
	}
	return FormItem{VersionID: it.VersionID, ItemID: it.ItemID, Part: p.ID, Group: it.Group, Points: pts, Manual: bank.Manual(it.Type)}
}

// fixed takes a part's listed items in the listed order: a parallel form
// is the same exam for every candidate who sits it.
func fixed(pool []PoolItem, p bank.Part) ([]PoolItem, error) {
	// Index only the listed ids, not the pool: the pool is every current
	// item of the banks, and the server draws a form for each invited
	// candidate.
	at := make(map[string]int, len(p.Items))
	for _, id := range p.Items {
		at[id] = -1
	}
	for i := range pool {
		if _, ok := at[pool[i].ItemID]; ok {
			at[pool[i].ItemID] = i
		}
	}
	out := make([]PoolItem, 0, len(p.Items))
	for _, id := range p.Items {
		i := at[id]
		if i < 0 {
			return nil, &ShortError{Part: p.ID, Want: len(p.Items), Have: len(out)}
		}
		out = append(out, pool[i])
	}
	return out, nil
}

func inBanks(banks []string, b string) bool {
	return len(banks) == 0 || slices.Contains(banks, b)
}

// pick takes p.Count items from eligible: units (a whole passage with
// keep_groups, else single items) in random order, unseen units first.
func pick(rng *rand.Rand, eligible []PoolItem, p bank.Part, seen map[string]bool) ([]PoolItem, error) {
	if len(eligible) < p.Count {
		return nil, &ShortError{Part: p.ID, Want: p.Count, Have: len(eligible)}
	}
	units := units(eligible, func(it PoolItem) string { return it.Group }, p.KeepGroups)
	rng.Shuffle(len(units), func(i, j int) { units[i], units[j] = units[j], units[i] })
	sort.SliceStable(units, func(i, j int) bool { return !unitSeen(units[i], seen) && unitSeen(units[j], seen) })

	// Whole unseen passages if they can fill the part, else whole passages
	// seen or not, else whatever fits.
	unseen := 0
	for unseen < len(units) && !unitSeen(units[unseen], seen) {
		unseen++
	}
	chosen := exactFit(units[:unseen], p.Count)
	if chosen != nil {
		chosen = append(chosen, make([]bool, len(units)-unseen)...)
	} else if chosen = exactFit(units, p.Count); chosen == nil {
		chosen = make([]bool, len(units))
	}
	var out []PoolItem
	need := p.Count
	for i, u := range units {
		if chosen[i] {
			out = append(out, u...)
			need -= len(u)
		}
	}
	// No set of whole passages fits: take the first questions of the next
	// passages rather than fail.
	for i, u := range units {
		if need == 0 {
			break
		}
		if !chosen[i] {
			n := min(need, len(u))
			out = append(out, u[:n]...)
			need -= n
		}
	}
	return out, nil
}

// exactFit chooses whole units adding up to exactly need items, preferring
// units earlier in the list (unseen, then in random order), or returns nil.
func exactFit(units [][]PoolItem, need int) []bool {
	chosen := make([]bool, len(units))
	dead := map[[2]int]bool{} // (index, need) known to have no fit
	var fit func(i, need int) bool
	fit = func(i, need int) bool {
		if need == 0 {
			return true
		}
		if i == len(units) || dead[[2]int{i, need}] {
			return false
		}
		if n := len(units[i]); n <= need {
			chosen[i] = true
			if fit(i+1, need-n) {
				return true
			}
			chosen[i] = false
		}
		if fit(i+1, need) {
			return true
		}
		dead[[2]int{i, need}] = true
		return false
	}
	if !fit(0, need) {
		return nil
	}
	return chosen
}

func unitSeen(u []PoolItem, seen map[string]bool) bool {
	for _, it := range u {
		if seen[it.ItemID] {
			return true
		}
	}
	return false
}

// blocksOf groups consecutive-by-passage items so a passage's questions
// stay together, each passage in item id order.
func blocksOf(items []PoolItem) [][]PoolItem {
	var blocks [][]PoolItem
	at := map[string]int{}
	for _, it := range items {
		if it.Group == "" {
			blocks = append(blocks, []PoolItem{it})
			continue
		}
		i, ok := at[it.Group]
		if !ok {
			i = len(blocks)
			at[it.Group] = i
			blocks = append(blocks, nil)
		}
		blocks[i] = append(blocks[i], it)
	}
	for _, b := range blocks {
		sort.Slice(b, func(i, j int) bool { return b[i].ItemID < b[j].ItemID })
	}
	return blocks
}

// lessBlock orders unshuffled blocks as authored: easier first, then by id.
func lessBlock(a, b []PoolItem) bool {
	if a[0].Level != b[0].Level {
		return a[0].Level < b[0].Level
	}
	return a[0].ItemID < b[0].ItemID
}

// Placed is a form item with the index of its section.
type Placed struct {
	Section int
	FormItem
}

// Items lists the form's items in delivery order; an item's position in
// this list is its pos in the attempt.
func (f *Form) Items() []Placed {
	var out []Placed
	for si, s := range f.Sections {
		for _, it := range s.Items {
			out = append(out, Placed{si, it})
		}
	}
	return out
}
