package bank

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"hocviet/internal/viet"
)

// The rules of issue 13 that make a screening exam defensible: drills at
// their level, Bậc 4–5 items that are not given away by their text, no
// duplicates, explanations for the objective items a learner practises,
// no pre-departure item that assumes life in Vietnam, and forms in the
// national format. The limits are here, in one place, with their reasons.
const (
	// tone_pick and add_marks are drills of the first levels.
	maxDrillLevel = 2
	// A Bậc 4–5 key that repeats the passage tests matching, not reading.
	keyInPassageShare = 0.8
	// Explanations are required up to this level.
	maxExplainedLevel = 3

	minListeningSeconds = 15 * 60
	longRecordingSecs   = 3 * 60
	minLongRecordings   = 2
	minHighLevelShare   = 0.25 // of each skill's points at Bậc 4–5
	minBac5Items        = 5
	maxTypeShare        = 0.30 // of a skill's points, rated tasks excepted
	maxToneShare        = 0.10 // of listening points
	minEssayShare       = 0.40 // of writing points
)

// ContextInVietnam marks an item that assumes the candidate is already in
// Vietnam; a screening exam, taken before departure, must not use it.
const ContextInVietnam = "in_vietnam"

// lintRules are the editorial rules of issue 13. Lint and bank forms apply
// them; Load (import, the server) does not, so a bank that is being
// brought up to them can still be imported and practised.
func lintRules(b *Bank) []Problem {
	r := &report{}
	checkContent(r, b)
	for _, bp := range b.Blueprints {
		checkScreeningContext(r, b, bp)
	}
	checkForms(r, b)
	return r.ps
}

// checkContent runs the item rules that look at level and content. The
// rules of one item run on every CPU (signature keys every prompt); the
// duplicates are then found in item order.
func checkContent(r *report, b *Bank) {
	sigs := make([]string, len(b.Items))
	ps := perItem(b.Items, func(r *report, t *texts, i int) {
		it := b.Items[i]
		at := func(key string) Source { return it.lines.at(it.Source, key) }
		if (it.Type == TypeTonePick || it.Type == TypeAddMarks) && it.Level > maxDrillLevel {
			r.errorf(at("level"), "%s is a drill for Bậc 1–%d, not Bậc %d: move the item to its level or rewrite it", it.Type, maxDrillLevel, it.Level)
		}
		if it.Level >= 4 && it.Level <= 5 {
			checkKeyInPassage(r, t, b, it)
			checkGapFirstSyllables(r, t, it)
		}
		if !Manual(it.Type) && it.Level <= maxExplainedLevel {
			var miss []string
			if strings.TrimSpace(it.Feedback.Lo) == "" {
				miss = append(miss, "lo")
			}
			if strings.TrimSpace(it.Feedback.Vi) == "" {
				miss = append(miss, "vi")
			}
			if len(miss) > 0 {
				r.errorf(at("feedback"), "Bậc %d %s item needs an explanation in Lao and Vietnamese: feedback has no %s", it.Level, it.Type, strings.Join(miss, " or "))
			}
		}
		sigs[i] = signature(b, it, t.key)
	})
	dups := map[string]*Item{}
	for i, it := range b.Items {
		r.ps = append(r.ps, ps[i]...)
		if sig := sigs[i]; sig != "" {
			if first, dup := dups[sig]; dup {
				r.errorf(it.Source, "item %q duplicates %q (%s): same prompt and key", it.ID, first.ID, first.Source)
			} else {
				dups[sig] = it
			}
		}
	}
}

// checkKeyInPassage warns when a Bậc 4–5 key can be found by matching its
// words in the passage.
func checkKeyInPassage(r *report, t *texts, b *Bank, it *Item) {
	if it.Type != TypeChoice {
		return
	}
	passage := it.Passage
	if g := b.GroupOf(it); passage == "" && g != nil {
		passage = g.Passage
	}
	if passage == "" {
		return
	}
	in := map[string]bool{}
	for _, k := range strings.Fields(t.key(passage)) {
		in[k] = true
	}
	for _, o := range it.Options {
		if !o.Correct {
			continue
		}
		ks := strings.Fields(t.key(o.Text))
		if len(ks) == 0 {
			continue
		}
		n := 0
		for _, k := range ks {
			if in[k] {
				n++
			}
		}
		if share := float64(n) / float64(len(ks)); share >= keyInPassageShare {
			r.warnf(Source{it.Source.File, o.Line}, "Bậc %d key %q: %d of its %d syllables are in the passage (%.0f %%, limit %.0f %%): paraphrase it",
				it.Level, o.Text, n, len(ks), share*100, keyInPassageShare*100)
		}
	}
}

// checkGapFirstSyllables warns when the options of a Bậc 4–5 gap differ
// only after a shared first syllable (động đất / động tác / động lực).
func checkGapFirstSyllables(r *report, t *texts, it *Item) {
	for i, g := range it.Gaps {
		if len(g.Options) < 2 {
			continue
		}
		first := ""
		same := true
		for j, o := range g.Options {
			ks := strings.Fields(t.key(o))
			f := ""
			if len(ks) > 0 {
				f = ks[0]
			}
			if j == 0 {
				first = f
			} else if f != first {
				same = false
			}
		}
		if same && first != "" {
			r.warnf(Source{it.Source.File, g.Line}, "Bậc %d gap %d: all options begin with %q: write distractors that are plausible in the sentence", it.Level, i+1, first)
		}
	}
}

// signature is what makes two items the same question: the normalised
// prompt, the text or recording it is asked on, and the normalised key.
// The item's type is left out: a cloze and a gap_fill on the same sentence
// with the same answer are one question.
func signature(b *Bank, it *Item, key func(string) string) string {
	parts := []string{it.Text, it.Passage, it.Transcript}
	if g := b.GroupOf(it); g != nil {
		parts = append(parts, g.Passage, g.Transcript)
	}
	for i := range parts {
		parts[i] = key(parts[i])
	}
	stim := strings.Join(parts, "\x00")
	var keyed []string
	switch it.Type {
	case TypeChoice:
		for _, o := range it.Options {
			if o.Correct {
				keyed = append(keyed, o.Text+o.Image)
			}
		}
	case TypeTonePick, TypeTrueFalse:
		keyed = []string{it.Answer}
	case TypeDictation, TypeAddMarks, TypeOrderWords:
		if len(it.Accept) > 0 {
			keyed = []string{it.Accept[0]}
		}
	case TypeCloze, TypeGapFill:
		for _, g := range it.Gaps {
			a := g.Answer
			if a == "" && len(g.Accept) > 0 {
				a = g.Accept[0]
			}
			keyed = append(keyed, a)
		}
	case TypeMatch:
		for _, p := range it.Pairs {
			keyed = append(keyed, p.Left+"="+p.Right)
		}
	}
	if it.Prompt == "" && strings.Trim(stim, "\x00") == "" && len(keyed) == 0 {
		return ""
	}
	var ks []string
	for _, k := range keyed {
		ks = append(ks, key(k))
	}
	return key(it.Prompt) + "\x01" + stim + "\x01" + strings.Join(ks, "\x02")
}

// IsScreening reports a blueprint of the pre-departure screening exam: it
// says purpose: screening, or lives in a screening*.yaml file.
func (bp *Blueprint) IsScreening() bool {
	return bp.Purpose == "screening" || strings.HasPrefix(filepath.Base(bp.Source.File), "screening")
}

// IsForm reports a blueprint all of whose parts list their items.
func (bp *Blueprint) IsForm() bool {
	for _, s := range bp.Sections {
		for _, p := range s.Parts {
			if len(p.Items) == 0 {
				return false
			}
		}
	}
	return len(bp.Sections) > 0
}

// checkScreeningContext: a screening blueprint never fixes nor can draw an
// item tagged in_vietnam.
func checkScreeningContext(r *report, b *Bank, bp *Blueprint) {
	if !bp.IsScreening() {
		return
	}
	for _, s := range bp.Sections {
		for _, p := range s.Parts {
			src := Source{bp.Source.File, p.Line}
			if len(p.Items) > 0 {
				for _, id := range p.Items {
					if it, ok := b.Item(id); ok && it.Context == ContextInVietnam {
						r.errorf(src, "screening part %q: item %q is tagged context: in_vietnam (the exam is taken before departure)", p.ID, id)
					}
				}
				continue
			}
			if bp.Excludes(ContextInVietnam) {
				continue
			}
			var can []string
			for _, it := range b.Items {
				if it.Context == ContextInVietnam && (len(bp.Banks) == 0 || slices.Contains(bp.Banks, it.Bank)) && p.Matches(s.Skill, it) {
					can = append(can, it.ID)
				}
			}
			if len(can) > 0 {
				r.errorf(src, "screening part %q can draw %d items tagged context: in_vietnam (%s): add exclude_context: [in_vietnam] to the blueprint",
					p.ID, len(can), strings.Join(can[:min(3, len(can))], ", ")+map[bool]string{true: ", …", false: ""}[len(can) > 3])
			}
		}
	}
}

// FormProblems checks screening forms against the national format: minutes
// of listening, long recordings, one play, levels, weights, and that no
// two forms share an item, a group, a passage or a recording. bank forms
// runs it before writing; lint runs it on the shipped forms.
func FormProblems(b *Bank, forms ...*Blueprint) []Problem {
	r := &report{}
	for _, f := range forms {
		checkForm(r, b, f)
	}
	for i := range forms {
		for j := i + 1; j < len(forms); j++ {
			checkFormPair(r, b, forms[i], forms[j])
		}
	}
	return r.ps
}

type formItem struct {
	it     *Item
	points float64
	part   Part
}

func formItems(b *Bank, bp *Blueprint, s Section) []formItem {
	var out []formItem
	for _, p := range s.Parts {
		for _, id := range p.Items {
			it, ok := b.Item(id)
			if !ok {
				continue
			}
			pts := it.MaxPoints()
			if p.Points > 0 {
				pts = p.Points
			}
			out = append(out, formItem{it, pts, p})
		}
	}
	return out
}

func pct(x float64) string { return fmt.Sprintf("%.0f %%", x*100) }

func checkForm(r *report, b *Bank, bp *Blueprint) {
	src := bp.Source
	levels := map[int]int{}
	for _, s := range bp.Sections {
		ssrc := Source{bp.Source.File, s.Line}
		items := formItems(b, bp, s)
		var total, high float64
		byType := map[string]float64{}
		for _, fi := range items {
			levels[fi.it.Level]++
			total += fi.points
			byType[fi.it.Type] += fi.points
			if fi.it.Level >= 4 && fi.it.Level <= 5 {
				high += fi.points
			}
		}
		if total == 0 {
			continue
		}
		if high/total < minHighLevelShare {
			r.errorf(ssrc, "form %s, %s: %s of the points are at Bậc 4–5 (%.4g of %.4g); at least %s", bp.ID, s.Skill, pct(high/total), high, total, pct(minHighLevelShare))
		}
		types := make([]string, 0, len(byType))
		for t := range byType {
			types = append(types, t)
		}
		slices.Sort(types)
		for _, t := range types {
			share := byType[t] / total
			if !Manual(t) && share > maxTypeShare+1e-9 {
				r.errorf(ssrc, "form %s, %s: %s items carry %s of the points (%.4g of %.4g); no type above %s", bp.ID, s.Skill, t, pct(share), byType[t], total, pct(maxTypeShare))
			}
		}
		switch s.Skill {
		case Listening:
			if tone := byType[TypeTonePick] / total; tone > maxToneShare+1e-9 {
				r.errorf(ssrc, "form %s, listening: tone identification is %s of the points (%.4g of %.4g); at most %s", bp.ID, pct(tone), byType[TypeTonePick], total, pct(maxToneShare))
			}
			if s.MaxPlays > 1 {
				r.errorf(ssrc, "form %s, listening: recordings are played %d times; the national format plays each once (max_plays: 1)", bp.ID, s.MaxPlays)
			}
			checkListeningMinutes(r, b, bp, ssrc, items)
		case Writing:
			if essay := byType[TypeEssay] / total; essay < minEssayShare-1e-9 {
				r.errorf(ssrc, "form %s, writing: essays are %s of the points (%.4g of %.4g); at least %s", bp.ID, pct(essay), byType[TypeEssay], total, pct(minEssayShare))
			}
		}
	}
	var missing []string
	for l := 2; l <= 5; l++ {
		if levels[l] == 0 {
			missing = append(missing, fmt.Sprintf("Bậc %d", l))
		}
	}
	if len(missing) > 0 {
		r.errorf(src, "form %s has no item at %s; every form has items from Bậc 2 to Bậc 5", bp.ID, strings.Join(missing, ", "))
	}
	if levels[5] < minBac5Items {
		r.errorf(src, "form %s has %d items at Bậc 5; at least %d", bp.ID, levels[5], minBac5Items)
	}
}

// recordings lists the distinct audio files of a form's items (the
// item's or its group's).
func recordings(b *Bank, items []formItem) []string {
	var keys []string
	seen := map[string]bool{}
	for _, fi := range items {
		k := fi.it.Audio
		if g := b.GroupOf(fi.it); k == "" && g != nil {
			k = g.Audio
		}
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

func checkListeningMinutes(r *report, b *Bank, bp *Blueprint, src Source, items []formItem) {
	var total float64
	long := 0
	for _, k := range recordings(b, items) {
		d, err := b.AudioSeconds(k)
		if err != nil {
			r.errorf(src, "form %s, listening: %v", bp.ID, err)
			continue
		}
		total += d
		if d >= longRecordingSecs {
			long++
		}
	}
	if total < minListeningSeconds {
		r.errorf(src, "form %s, listening: %.1f minutes of audio (%.0f s); at least %d minutes", bp.ID, total/60, total, minListeningSeconds/60)
	}
	if long < minLongRecordings {
		r.errorf(src, "form %s, listening: %d recordings of %d minutes or more; at least %d", bp.ID, long, longRecordingSecs/60, minLongRecordings)
	}
}

// checkFormPair: parallel forms share nothing a candidate could meet twice.
func checkFormPair(r *report, b *Bank, x, y *Blueprint) {
	type use struct{ items, groups, audio, passages map[string]string }
	collect := func(bp *Blueprint) use {
		u := use{map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}}
		for _, s := range bp.Sections {
			for _, fi := range formItems(b, bp, s) {
				it := fi.it
				u.items[it.ID] = it.ID
				if it.Audio != "" {
					u.audio[it.Audio] = it.ID
				}
				if it.Passage != "" {
					u.passages[viet.Key(it.Passage)] = it.ID
				}
				if g := b.GroupOf(it); g != nil {
					u.groups[g.ID] = it.ID
					if g.Audio != "" {
						u.audio[g.Audio] = "group " + g.ID
					}
					if g.Passage != "" {
						u.passages[viet.Key(g.Passage)] = "group " + g.ID
					}
				}
			}
		}
		return u
	}
	ux, uy := collect(x), collect(y)
	report := func(what string, a, c map[string]string) {
		var shared []string
		for k, v := range a {
			if w, ok := c[k]; ok {
				if what == "passage" && v == w {
					continue // the same group, reported as such
				}
				if what == "passage" {
					shared = append(shared, v+" / "+w)
				} else {
					shared = append(shared, k)
				}
			}
		}
		if len(shared) == 0 {
			return
		}
		slices.Sort(shared)
		r.errorf(y.Source, "forms %s and %s share %d %s(s): %s", x.ID, y.ID, len(shared), what, strings.Join(shared[:min(5, len(shared))], ", ")+map[bool]string{true: ", …", false: ""}[len(shared) > 5])
	}
	report("item", ux.items, uy.items)
	report("group", ux.groups, uy.groups)
	report("audio file", ux.audio, uy.audio)
	report("passage", ux.passages, uy.passages)
}

// checkForms runs the form rules on the screening forms whose items are
// all loaded (a lint of the blueprints folder alone cannot measure them).
func checkForms(r *report, b *Bank) {
	var forms []*Blueprint
	for _, bp := range b.Blueprints {
		if !bp.IsScreening() || !bp.IsForm() {
			continue
		}
		complete := true
		for _, s := range bp.Sections {
			for _, p := range s.Parts {
				for _, id := range p.Items {
					if _, ok := b.Item(id); !ok {
						complete = false
					}
				}
			}
		}
		if complete {
			forms = append(forms, bp)
		}
	}
	r.ps = append(r.ps, FormProblems(b, forms...)...)
}
