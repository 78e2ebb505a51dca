package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// SeedPractice gives the demo class weeks of practice history, so the
// candidate home, progress pages and the instructor's class view show
// something on first start. Each candidate has an ability; wrong answers
// are the mistakes Lao learners make (a tone of the same merged group, a
// dropped letter mark), so the error profiles look like real ones.
func SeedPractice(ctx context.Context, st *store.Store, now time.Time) error {
	rng := rand.New(rand.NewPCG(5, 46))
	pools := map[string][]store.ItemVersion{}
	for _, skill := range []string{bank.Listening, bank.Reading, bank.Writing} {
		vs, err := st.Bank.CurrentItems(ctx, store.ItemFilter{Skill: skill, MinLevel: 1, MaxLevel: 4})
		if err != nil {
			return err
		}
		for _, v := range vs {
			if !bank.Manual(v.Type) {
				pools[skill] = append(pools[skill], v)
			}
		}
	}
	for i := 0; i < 46; i++ {
		u, err := st.Accounts.UserByUsername(ctx, fmt.Sprintf("k5-%02d", i+1))
		if err != nil {
			return err
		}
		ability := 0.35 + 0.6*float64((i*17)%46)/45
		level := 1 + int(ability*4)
		if level > 4 {
			level = 4
		}
		for skill, pool := range pools {
			sets := 1 + rng.IntN(4)
			for k := 0; k < sets; k++ {
				at := now.Add(-time.Duration(rng.IntN(42*24)) * time.Hour)
				if err := practiceSet(ctx, st, rng, u.ID, skill, level, pool, ability, at); err != nil {
					return fmt.Errorf("demo practice %s: %w", u.Username, err)
				}
			}
		}
	}
	return nil
}

func practiceSet(ctx context.Context, st *store.Store, rng *rand.Rand, userID int64, skill string, level int,
	pool []store.ItemVersion, ability float64, at time.Time) error {
	var fit []store.ItemVersion
	for _, v := range pool {
		if v.Level == level {
			fit = append(fit, v)
		}
	}
	if len(fit) == 0 {
		return nil
	}
	n := min(6+rng.IntN(3), len(fit))
	rng.Shuffle(len(fit), func(a, b int) { fit[a], fit[b] = fit[b], fit[a] })
	var items []store.PracticeSetItem
	for p, v := range fit[:n] {
		items = append(items, store.PracticeSetItem{Position: p + 1, VersionID: v.ID, ItemID: v.ItemID})
	}
	setID, err := st.Practice.CreatePracticeSet(ctx, userID, skill, level, "", items, at)
	if err != nil {
		return err
	}
	for p, v := range fit[:n] {
		it, _, err := v.Item()
		if err != nil {
			return err
		}
		resp := demoResponse(it, rng.Float64() < ability, rng)
		_, err = st.Practice.SavePracticeAnswer(ctx, userID, store.NewPracticeAnswer{SetID: setID, Position: p + 1,
			VersionID: fit[p].ID, Response: resp, Score: bank.Grade(it, resp)}, at.Add(time.Duration(p+1)*40*time.Second))
		if err != nil {
			return err
		}
	}
	return nil
}

// demoResponse answers an item right, or with a typical learner's slip.
func demoResponse(it *bank.Item, right bool, rng *rand.Rand) bank.Response {
	slip := func(s string) string {
		if right {
			return s
		}
		return slipTone(s, rng)
	}
	switch it.Type {
	case bank.TypeChoice:
		for _, o := range it.Options {
			if o.Correct == right {
				return bank.Response{Choices: []string{o.ID}}
			}
		}
	case bank.TypeTonePick:
		t := it.Answer
		if !right {
			t = map[string]string{"ngang": "huyen", "huyen": "sac", "sac": "ngang", "hoi": "nga", "nga": "nang", "nang": "hoi"}[t]
		}
		return bank.Response{Choices: []string{t}}
	case bank.TypeTrueFalse:
		a := it.Answer
		if !right {
			a = map[string]string{"true": "false", "false": "true"}[a]
		}
		return bank.Response{Choices: []string{a}}
	case bank.TypeDictation, bank.TypeAddMarks:
		if len(it.Accept) > 0 {
			return bank.Response{Text: slip(it.Accept[0])}
		}
	case bank.TypeCloze, bank.TypeGapFill:
		var gaps []string
		for _, g := range it.Gaps {
			switch {
			case len(g.Options) > 0 && right:
				gaps = append(gaps, g.Answer)
			case len(g.Options) > 0:
				gaps = append(gaps, g.Options[rng.IntN(len(g.Options))])
			case len(g.Accept) > 0:
				gaps = append(gaps, slip(g.Accept[0]))
			}
		}
		return bank.Response{Gaps: gaps}
	case bank.TypeMatch:
		pairs := map[string]string{}
		for i, p := range it.Pairs {
			pairs[p.Left] = p.Right
			if !right && i == 1 {
				pairs[p.Left], pairs[it.Pairs[0].Left] = it.Pairs[0].Right, p.Right
			}
		}
		return bank.Response{Pairs: pairs}
	case bank.TypeOrderWords:
		if len(it.Accept) > 0 {
			w := strings.Fields(it.Accept[0])
			if !right && len(w) > 2 {
				w[0], w[1] = w[1], w[0]
			}
			return bank.Response{Words: w}
		}
	}
	return bank.Response{}
}

// slipTone changes the tone of one marked syllable to the other tone Lao
// speakers merge it with (huyền↔sắc, hỏi↔ngã, nặng→hỏi), or drops a letter
// mark when the text has no tone marks.
func slipTone(s string, rng *rand.Rand) string {
	swap := map[rune]rune{'\u0300': '\u0301', '\u0301': '\u0300', '\u0309': '\u0303', '\u0303': '\u0309', '\u0323': '\u0309'}
	d := []rune(norm.NFD.String(s))
	var marks []int
	for i, r := range d {
		if _, ok := swap[r]; ok {
			marks = append(marks, i)
		}
	}
	if len(marks) > 0 {
		i := marks[rng.IntN(len(marks))]
		d[i] = swap[d[i]]
		return norm.NFC.String(string(d))
	}
	for i, r := range d {
		if r == '\u0302' || r == '\u031B' || r == '\u0306' {
			return norm.NFC.String(string(d[:i]) + string(d[i+1:]))
		}
	}
	return s
}
