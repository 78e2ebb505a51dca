package exam

import (
	"slices"

	"hocviet/internal/bank"
)

// Layout is the order an item's parts were shown in to one candidate. It is
// fixed when the form is drawn and kept with the attempt, so a reload, a
// second computer or a later change of the shuffle code shows the same page.
type Layout struct {
	Options []string   `json:"options,omitempty"` // option ids
	Right   []string   `json:"right,omitempty"`   // match: right-hand column
	Words   []string   `json:"words,omitempty"`   // order_words tiles
	Gaps    [][]string `json:"gaps,omitempty"`    // each gap's dropdown options
}

// LayoutOf shuffles an item for one attempt.
func LayoutOf(it *bank.Item, g *bank.Group, seed uint64, shuffleOptions bool) Layout {
	p := bank.Public(it, g, bank.ViewOptions{Seed: seed, ShuffleOptions: shuffleOptions})
	var l Layout
	if it.Type == bank.TypeChoice {
		for _, o := range p.Options {
			l.Options = append(l.Options, o.ID)
		}
	}
	l.Right = p.Right
	l.Words = p.Words
	if shuffleOptions {
		for _, g := range p.Gaps {
			l.Gaps = append(l.Gaps, g.Options)
		}
	}
	return l
}

// View is the candidate's view of an item in the attempt's layout: no key,
// no transcript, no feedback (bank.Public without Reveal).
func View(it *bank.Item, g *bank.Group, l Layout) bank.PublicItem {
	p := bank.Public(it, g, bank.ViewOptions{})
	if len(l.Options) > 0 {
		ordered := make([]bank.PublicOption, 0, len(p.Options))
		for _, id := range l.Options {
			if i := slices.IndexFunc(p.Options, func(o bank.PublicOption) bool { return o.ID == id }); i >= 0 {
				ordered = append(ordered, p.Options[i])
			}
		}
		for _, o := range p.Options {
			if !slices.Contains(l.Options, o.ID) {
				ordered = append(ordered, o)
			}
		}
		p.Options = ordered
	}
	if len(l.Right) == len(p.Right) && len(l.Right) > 0 {
		p.Right = l.Right
	}
	if len(l.Words) == len(p.Words) && len(l.Words) > 0 {
		p.Words = l.Words
	}
	if len(l.Gaps) == len(p.Gaps) {
		for i, g := range l.Gaps {
			if sameSet(g, p.Gaps[i].Options) {
				p.Gaps[i].Options = g
			}
		}
	}
	return p
}

// sameSet reports whether a and b hold the same strings: a stored order is
// used only for the options it was made from.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
