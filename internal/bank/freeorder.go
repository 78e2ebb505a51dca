package bank

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"hocviet/internal/viet"
)

// Block is one movable unit of an order_words sentence: the indexes (from
// 0, into words) of tiles that stay together. In YAML a block of one tile
// may be written as the bare index: `free_order: [[2, 0]]` is
// `free_order: [[[2], [0]]]`.
//
// free_order lists groups; the blocks of a group may take each other's
// places, in any permutation, in the first accepted sentence. So
// "Chợ ở gần trường." with words [chợ, ở gần, trường] and
// `free_order: [[0, 2]]` also accepts "Trường ở gần chợ."; a fronted
// adverbial is a group of two blocks, the rest of the clause and the
// adverbial: words [chúng tôi, học, tiếng Việt, mỗi ngày] with
// `free_order: [[[0, 1, 2], 3]]` accepts "Mỗi ngày chúng tôi học tiếng Việt."
type Block []int

// UnmarshalYAML reads a block as one index or a list of indexes.
func (b *Block) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		var i int
		if err := n.Decode(&i); err != nil {
			return err
		}
		*b = Block{i}
		return nil
	}
	var is []int
	if err := n.Decode(&is); err != nil {
		return err
	}
	*b = is
	return nil
}

// MarshalYAML writes a one-tile block as its bare index.
func (b Block) MarshalYAML() (any, error) {
	if len(b) == 1 {
		return b[0], nil
	}
	return []int(b), nil
}

// maxFreeOrders bounds the orders a free_order may produce (7 blocks in
// one group already give 5,040).
const maxFreeOrders = 5040

// baseOrder finds the tiles' order in the first accepted sentence: tile
// indexes in sentence order, matched greedily by grading key.
func baseOrder(it *Item, key func(string) string) ([]int, error) {
	if len(it.Accept) == 0 {
		return nil, fmt.Errorf("free_order needs accept: the first accepted sentence is the order the blocks move in")
	}
	rest := strings.Fields(key(it.Accept[0]))
	// Each tile's syllables, keyed once rather than at every place.
	tiles := make([][]string, len(it.Words))
	for i, w := range it.Words {
		tiles[i] = strings.Fields(key(w))
	}
	used := make([]bool, len(it.Words))
	var order []int
	for len(rest) > 0 {
		found := -1
		for i, k := range tiles {
			if !used[i] && len(k) > 0 && len(k) <= len(rest) && slices.Equal(k, rest[:len(k)]) {
				// Prefer the longest tile that fits ("ở gần" before "ở").
				if found < 0 || len(k) > len(tiles[found]) {
					found = i
				}
			}
		}
		if found < 0 {
			return nil, fmt.Errorf("the first accepted sentence %q is not made of the tiles", it.Accept[0])
		}
		used[found] = true
		order = append(order, found)
		rest = rest[len(tiles[found]):]
	}
	return order, nil
}

// FreeOrders lists the sentences free_order accepts besides accept, as
// tiles joined by spaces. The error says what is wrong with free_order.
func FreeOrders(it *Item) ([]string, error) {
	return freeOrders(it, viet.Key)
}

// freeOrders is FreeOrders keying texts with key (viet.Key, or lint's
// remembered keys).
func freeOrders(it *Item, key func(string) string) ([]string, error) {
	if len(it.FreeOrder) == 0 {
		return nil, nil
	}
	base, err := baseOrder(it, key)
	if err != nil {
		return nil, err
	}
	pos := map[int]int{} // tile → place in base
	for p, t := range base {
		pos[t] = p
	}
	inBlock := map[int]bool{}
	type span struct{ from, to int } // places [from, to)
	for gi, g := range it.FreeOrder {
		if len(g) < 2 {
			return nil, fmt.Errorf("free_order group %d: a group needs at least 2 blocks", gi+1)
		}
		for _, b := range g {
			if len(b) == 0 {
				return nil, fmt.Errorf("free_order group %d: empty block", gi+1)
			}
			ps := make([]int, len(b))
			for k, t := range b {
				if t < 0 || t >= len(it.Words) {
					return nil, fmt.Errorf("free_order group %d: tile %d does not exist (words has %d tiles, counted from 0)", gi+1, t, len(it.Words))
				}
				if inBlock[t] {
					return nil, fmt.Errorf("free_order group %d: tile %d (%q) is in two blocks", gi+1, t, it.Words[t])
				}
				inBlock[t] = true
				ps[k] = pos[t]
			}
			slices.Sort(ps)
			if ps[len(ps)-1]-ps[0] != len(ps)-1 {
				return nil, fmt.Errorf("free_order group %d: the tiles of block %v are not next to each other in %q", gi+1, []int(b), it.Accept[0])
			}
		}
	}
	// Groups apply one after another; a block's places are looked up in
	// the order at hand, since an earlier group may have moved it.
	orders := [][]int{base}
	for gi, g := range it.FreeOrder {
		var next [][]int
		for _, o := range orders {
			at := map[int]int{}
			for p, t := range o {
				at[t] = p
			}
			segs := make([]span, len(g))
			for k, b := range g {
				lo, hi := len(o), -1
				for _, t := range b {
					lo, hi = min(lo, at[t]), max(hi, at[t])
				}
				if hi-lo != len(b)-1 {
					return nil, fmt.Errorf("free_order group %d: block %v is split by another group's move", gi+1, []int(b))
				}
				segs[k] = span{lo, hi + 1}
			}
			for _, perm := range permutations(len(segs)) {
				next = append(next, placeBlocks(o, segs, perm, func(s span) (int, int) { return s.from, s.to }))
				if len(next) > maxFreeOrders {
					return nil, fmt.Errorf("free_order allows more than %d orders: mark fewer blocks", maxFreeOrders)
				}
			}
		}
		orders = next
	}
	var out []string
	seen := map[string]bool{}
	for _, o := range orders {
		ws := make([]string, len(o))
		for i, t := range o {
			ws[i] = it.Words[t]
		}
		s := strings.Join(ws, " ")
		if k := key(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out, nil
}

// placeBlocks rewrites order with the blocks (spans of the base order) put
// back in the sorted places they occupied, in the order perm gives.
func placeBlocks[S any](order []int, spans []S, perm []int, bounds func(S) (int, int)) []int {
	type seg struct{ from, to int }
	segs := make([]seg, len(spans))
	for i, s := range spans {
		segs[i].from, segs[i].to = bounds(s)
	}
	slots := slices.Clone(segs)
	slices.SortFunc(slots, func(a, b seg) int { return a.from - b.from })
	var out []int
	cur := 0
	for k, slot := range slots {
		out = append(out, order[cur:slot.from]...)
		b := segs[perm[k]]
		out = append(out, order[b.from:b.to]...)
		cur = slot.to
	}
	return append(out, order[cur:]...)
}

func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(slices.Clone(p[:i]), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}
