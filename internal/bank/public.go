package bank

import (
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"

	"hocviet/internal/viet"
)

// PublicItem is what a candidate's browser may receive: no correct flags,
// no accepted answers, and no transcript or feedback until the item is
// answered (ViewOptions.Reveal). Lists that would give the answer away in
// their written order (match right sides, order_words tiles) are shuffled.
type PublicItem struct {
	ID           string         `json:"id"`
	Skill        string         `json:"skill"`
	Level        int            `json:"level"`
	Type         string         `json:"type"`
	Prompt       string         `json:"prompt,omitempty"`
	Instructions Text           `json:"instructions"`
	Audio        string         `json:"audio,omitempty"`
	Image        string         `json:"image,omitempty"`
	Passage      string         `json:"passage,omitempty"`
	Group        *PublicGroup   `json:"group,omitempty"`
	Options      []PublicOption `json:"options,omitempty"`
	Multiple     bool           `json:"multiple,omitempty"` // more than one option to tick
	Tones        []string       `json:"tones,omitempty"`
	Text         string         `json:"text,omitempty"`
	Gaps         []PublicGap    `json:"gaps,omitempty"`
	Left         []string       `json:"left,omitempty"`
	Right        []string       `json:"right,omitempty"`
	Words        []string       `json:"words,omitempty"`
	MinWords     int            `json:"min_words,omitempty"`
	MaxWords     int            `json:"max_words,omitempty"`
	Prepare      int            `json:"prepare_seconds,omitempty"`
	MaxSeconds   int            `json:"max_seconds,omitempty"`
	Points       float64        `json:"points"`

	// Only with Reveal.
	Transcript string `json:"transcript,omitempty"`
	Feedback   *Text  `json:"feedback,omitempty"`
}

// PublicGroup is a shared passage or recording as the candidate sees it.
type PublicGroup struct {
	ID           string `json:"id"`
	Title        string `json:"title,omitempty"`
	Instructions Text   `json:"instructions"`
	Passage      string `json:"passage,omitempty"`
	Audio        string `json:"audio,omitempty"`
	Image        string `json:"image,omitempty"`
	Transcript   string `json:"transcript,omitempty"` // only with Reveal
}

// PublicOption is a choice without its correct flag.
type PublicOption struct {
	ID    string `json:"id"`
	Text  string `json:"text,omitempty"`
	Image string `json:"image,omitempty"`
}

// PublicGap is a blank: options to pick from, or none for a typed gap.
type PublicGap struct {
	Options []string `json:"options,omitempty"`
}

// ViewOptions say how to present an item. Seed fixes the shuffles, so an
// attempt shows the same order after a reload; 0 derives it from the id.
type ViewOptions struct {
	Reveal         bool
	Seed           uint64
	ShuffleOptions bool
}

// AllTones is the tone_pick default, in the order schools teach them.
var AllTones = []string{"ngang", "huyen", "sac", "hoi", "nga", "nang"}

// Public returns the candidate's view of it; g is its group or nil.
func Public(it *Item, g *Group, o ViewOptions) PublicItem {
	rng := rand.New(rand.NewPCG(o.Seed, idHash(it.ID)))
	p := PublicItem{ID: it.ID, Skill: it.Skill, Level: it.Level, Type: it.Type, Prompt: it.Prompt,
		Instructions: it.Instructions, Audio: it.Audio, Image: it.Image, Passage: it.Passage,
		MinWords: it.MinWords, MaxWords: it.MaxWords, Prepare: it.PrepareSeconds, MaxSeconds: it.MaxSeconds,
		Points: it.MaxPoints()}
	if g != nil {
		p.Group = &PublicGroup{ID: g.ID, Title: g.Title, Instructions: g.Instructions, Passage: g.Passage, Audio: g.Audio, Image: g.Image}
		if o.Reveal {
			p.Group.Transcript = g.Transcript
		}
		if p.Instructions.Empty() {
			p.Instructions = g.Instructions
		}
	}
	correct := 0
	for _, op := range it.Options {
		p.Options = append(p.Options, PublicOption{ID: op.ID, Text: op.Text, Image: op.Image})
		if op.Correct {
			correct++
		}
	}
	p.Multiple = correct > 1
	if o.ShuffleOptions {
		rng.Shuffle(len(p.Options), func(i, j int) { p.Options[i], p.Options[j] = p.Options[j], p.Options[i] })
	}
	switch it.Type {
	case TypeTrueFalse:
		p.Options = []PublicOption{{ID: "true", Text: "Đúng"}, {ID: "false", Text: "Sai"}}
	case TypeTonePick:
		p.Tones = it.Tones
		if len(p.Tones) == 0 {
			p.Tones = AllTones
		}
	case TypeCloze, TypeGapFill, TypeAddMarks, TypeReadAloud:
		p.Text = it.Text
	case TypeMatch:
		for _, pr := range it.Pairs {
			p.Left = append(p.Left, pr.Left)
			p.Right = append(p.Right, pr.Right)
		}
		p.Right = append(p.Right, it.Extra...)
		key := slices.Clone(p.Right[:len(it.Pairs)])
		p.Right = derange(rng, p.Right, func(xs []string) bool { return slices.Equal(xs[:len(key)], key) })
	case TypeOrderWords:
		p.Words = derange(rng, slices.Clone(it.Words), func(xs []string) bool {
			s := viet.Key(strings.Join(xs, " "))
			for _, a := range it.Accept {
				if viet.Key(a) == s {
					return true
				}
			}
			return false
		})
	}
	for _, gp := range it.Gaps {
		opts := slices.Clone(gp.Options)
		// Authors tend to write the key first: shuffled like choices.
		if o.ShuffleOptions {
			rng.Shuffle(len(opts), func(i, j int) { opts[i], opts[j] = opts[j], opts[i] })
		}
		p.Gaps = append(p.Gaps, PublicGap{Options: opts})
	}
	if o.Reveal {
		p.Transcript = it.Transcript
		if !it.Feedback.Empty() {
			f := it.Feedback
			p.Feedback = &f
		}
	}
	return p
}

// derange shuffles xs until bad (the written order: for match and
// order_words the key itself) no longer holds, within a few tries.
func derange(rng *rand.Rand, xs []string, bad func([]string) bool) []string {
	for range 8 {
		rng.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		if !bad(xs) {
			return xs
		}
	}
	if len(xs) > 1 {
		xs[0], xs[1] = xs[1], xs[0]
	}
	return xs
}

func idHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}
