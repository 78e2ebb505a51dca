// Package contentaudit checks the shipped banks against the content rules of
// issue 13 that the generators must meet (drills at their level, no
// duplicate items, explanations in Lao and Vietnamese at Bậc 1–3) and
// prints the figures docs/content-audit.md reports. `hocviet bank lint`
// enforces the same rules once they are merged there; this package lets the
// content be checked on its own and keeps the audit reproducible.
package contentaudit

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/viet"
)

// Objective reports an auto-scored item type.
func Objective(typ string) bool {
	switch typ {
	case bank.TypeEssay, bank.TypeReadAloud, bank.TypeRespond:
		return false
	}
	return true
}

// Key is an item's normalised question and answer: two items with the same
// key ask the same thing with the same answer.
func Key(b *bank.Bank, it *bank.Item) string {
	var parts []string
	add := func(s string) { parts = append(parts, viet.Key(s)) }

	add(it.Prompt)
	add(it.Text)
	add(it.Transcript)
	add(it.Passage)
	if g := b.GroupOf(it); g != nil {
		add(g.Passage)
		add(g.Transcript)
	}
	var ans []string
	switch {
	case len(it.Options) > 0:
		for _, o := range it.Options {
			if o.Correct {
				ans = append(ans, viet.Key(o.Text))
			}
		}
	case len(it.Gaps) > 0:
		for _, g := range it.Gaps {
			if g.Answer != "" {
				ans = append(ans, viet.Key(g.Answer))
			} else if len(g.Accept) > 0 {
				ans = append(ans, viet.Key(g.Accept[0]))
			}
		}
	case len(it.Pairs) > 0:
		for _, p := range it.Pairs {
			ans = append(ans, viet.Key(p.Left+"="+p.Right))
		}
		slices.Sort(ans)
	case len(it.Accept) > 0:
		ans = append(ans, viet.Key(it.Accept[0]))
	default:
		ans = append(ans, viet.Key(it.Answer))
	}
	// Items whose whole question is the transcript (tone and word drills,
	// dictation) are the same question when the transcript and key agree,
	// whatever the prompt wording.
	return strings.Join(parts, "\x1f") + "\x1e" + strings.Join(ans, "\x1f")
}

// Duplicates lists groups of item ids with the same Key.
func Duplicates(b *bank.Bank) [][]string {
	by := map[string][]string{}
	var order []string
	for _, it := range b.Items {
		k := Key(b, it)
		if _, ok := by[k]; !ok {
			order = append(order, k)
		}
		by[k] = append(by[k], it.ID)
	}
	var out [][]string
	for _, k := range order {
		if len(by[k]) > 1 {
			out = append(out, by[k])
		}
	}
	return out
}

// Problems lists every breach of the content rules, one line each.
func Problems(b *bank.Bank) []string {
	var out []string
	for _, it := range b.Items {
		if (it.Type == bank.TypeTonePick || it.Type == bank.TypeAddMarks) && it.Level > 2 {
			out = append(out, fmt.Sprintf("%s: %s at Bậc %d (drills belong at Bậc 1–2)", it.ID, it.Type, it.Level))
		}
		if Objective(it.Type) && it.Level <= 3 && (strings.TrimSpace(it.Feedback.Lo) == "" || strings.TrimSpace(it.Feedback.Vi) == "") {
			out = append(out, fmt.Sprintf("%s: Bậc %d %s without an explanation in Lao and Vietnamese", it.ID, it.Level, it.Type))
		}
	}
	for _, d := range Duplicates(b) {
		out = append(out, "duplicates: "+strings.Join(d, " = "))
	}
	return out
}

var sylRe = regexp.MustCompile(`[\p{L}\p{M}\d]+`)

func syllables(s string) []string {
	var out []string
	for _, w := range sylRe.FindAllString(s, -1) {
		out = append(out, viet.Key(w))
	}
	return out
}

// KeyOverlap is the share of the keyed options' syllables that appear in
// the passage or transcript the item is asked on (0 when it has none).
func KeyOverlap(b *bank.Bank, it *bank.Item) (float64, bool) {
	src := it.Passage + "\n" + it.Transcript
	if g := b.GroupOf(it); g != nil {
		src += "\n" + g.Passage + "\n" + g.Transcript
	}
	if strings.TrimSpace(src) == "" || it.Type != bank.TypeChoice {
		return 0, false
	}
	in := map[string]bool{}
	for _, s := range syllables(src) {
		in[s] = true
	}
	n, hit := 0, 0
	for _, o := range it.Options {
		if !o.Correct {
			continue
		}
		for _, s := range syllables(o.Text) {
			n++
			if in[s] {
				hit++
			}
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(hit) / float64(n), true
}

// SameFirstSyllable reports a gap whose options all begin with the same
// syllable (động đất / động tác / động lực): the learner need not read the
// sentence to rule most of them out.
func SameFirstSyllable(g bank.Gap) bool {
	if len(g.Options) < 2 {
		return false
	}
	first := ""
	for i, o := range g.Options {
		s := syllables(o)
		if len(s) == 0 {
			return false
		}
		if i == 0 {
			first = s[0]
		} else if s[0] != first {
			return false
		}
	}
	return true
}

// Warnings lists the Bậc 4–5 items the lint warns about: keys that copy
// their passage (>= 80 % of the key's syllables in it) and gaps whose
// options share their first syllable.
func Warnings(b *bank.Bank) []string {
	var out []string
	for _, it := range b.Items {
		if it.Level < 4 {
			continue
		}
		if r, ok := KeyOverlap(b, it); ok && r >= 0.8 {
			out = append(out, fmt.Sprintf("%s: %.0f%% of the key's syllables are in the passage", it.ID, r*100))
		}
		for i, g := range it.Gaps {
			if SameFirstSyllable(g) {
				out = append(out, fmt.Sprintf("%s: gap %d: every option starts with the same syllable %v", it.ID, i+1, g.Options))
			}
		}
	}
	return out
}
