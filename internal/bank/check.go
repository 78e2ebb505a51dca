package bank

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/viet"
)

// check runs the rules that need the whole bank or the item's type: ids,
// references, per-type answer data, text forms and blueprint coverage.
func check(b *Bank) []Problem {
	r := &report{}
	first := map[string]Source{}
	for _, g := range b.Groups {
		if s, dup := first[g.ID]; dup {
			r.errorf(g.Source, "duplicate id %q (first at %s)", g.ID, s)
			continue
		}
		first[g.ID] = g.Source
		b.groups[g.ID] = g
	}
	for _, it := range b.Items {
		if s, dup := first[it.ID]; dup {
			r.errorf(it.Source, "duplicate id %q (first at %s)", it.ID, s)
			continue
		}
		first[it.ID] = it.Source
		b.items[it.ID] = it
	}
	for _, rb := range b.Rubrics {
		if other, dup := b.rubrics[rb.ID]; dup {
			r.errorf(rb.Source, "duplicate rubric id %q (first at %s)", rb.ID, other.Source)
			continue
		}
		b.rubrics[rb.ID] = rb
		checkRubric(r, rb)
	}
	bps := map[string]Source{}
	for _, bp := range b.Blueprints {
		if s, dup := bps[bp.ID]; dup {
			r.errorf(bp.Source, "duplicate blueprint id %q (first at %s)", bp.ID, s)
		}
		bps[bp.ID] = bp.Source
	}
	for _, g := range b.Groups {
		checkGroup(r, g)
	}
	for _, ps := range perItem(b.Items, func(r *report, t *texts, i int) { checkItem(r, t, b, b.Items[i]) }) {
		r.ps = append(r.ps, ps...)
	}
	checkVocabulary(r, newTexts(), b.Vocabulary)
	for _, bp := range b.Blueprints {
		checkBlueprint(r, b, bp)
	}
	return r.ps
}

func checkGroup(r *report, g *Group) {
	for _, f := range []struct{ key, s string }{{"passage", g.Passage}, {"transcript", g.Transcript}, {"title", g.Title}} {
		checkNFC(r, g.lines.at(g.Source, f.key), f.key, f.s)
	}
	if g.Skill == Listening && g.Audio == "" {
		r.errorf(g.Source, "listening group has no audio")
	}
	if g.Skill == Listening && g.Transcript == "" {
		r.errorf(g.Source, "listening group has no transcript")
	}
	if g.Skill == Reading && g.Passage == "" {
		r.errorf(g.Source, "reading group has no passage")
	}
}

// typeFields are the item fields that only some types read. A field
// another type would read is an error like an unknown key: a stray
// answer: on a choice item is not its key, and nothing would say so.
var typeFields = map[string][]string{
	"options":         {TypeChoice},
	"accept":          {TypeDictation, TypeOrderWords, TypeAddMarks},
	"credit":          {TypeDictation, TypeAddMarks, TypeCloze, TypeGapFill},
	"answer":          {TypeTonePick, TypeTrueFalse},
	"tones":           {TypeTonePick},
	"text":            {TypeCloze, TypeGapFill, TypeAddMarks, TypeReadAloud},
	"gaps":            {TypeCloze, TypeGapFill},
	"pairs":           {TypeMatch},
	"distractors":     {TypeMatch},
	"words":           {TypeOrderWords},
	"free_order":      {TypeOrderWords},
	"answer_form":     {TypeDictation, TypeCloze, TypeGapFill, TypeAddMarks},
	"min_words":       {TypeEssay},
	"max_words":       {TypeEssay},
	"rubric":          {TypeEssay, TypeReadAloud, TypeRespond},
	"prepare_seconds": {TypeRespond},
	"max_seconds":     {TypeReadAloud, TypeRespond},
}

// checkTypeFields goes by the values set, not the keys written, so the
// web editor's form (which has every field) is checked the same way.
func checkTypeFields(r *report, it *Item) {
	set := map[string]bool{
		"options": len(it.Options) > 0, "accept": len(it.Accept) > 0, "credit": it.Credit != nil,
		"answer": it.Answer != "", "tones": len(it.Tones) > 0, "text": it.Text != "", "gaps": len(it.Gaps) > 0,
		"pairs": len(it.Pairs) > 0, "distractors": len(it.Extra) > 0, "words": len(it.Words) > 0,
		"free_order": len(it.FreeOrder) > 0, "answer_form": it.AnswerForm != "", "min_words": it.MinWords != 0,
		"max_words": it.MaxWords != 0, "rubric": it.Rubric != "", "prepare_seconds": it.PrepareSeconds != 0,
		"max_seconds": it.MaxSeconds != 0,
	}
	keys := make([]string, 0, len(set))
	for k, on := range set {
		if on {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if ts := typeFields[k]; !slices.Contains(ts, it.Type) {
			r.errorf(it.lines.at(it.Source, k), "field %q does not apply to a %s item (only %s)", k, it.Type, joinList(ts))
		}
	}
}

func checkItem(r *report, t *texts, b *Bank, it *Item) {
	at := func(key string) Source { return it.lines.at(it.Source, key) }
	types := Types[it.Skill]
	if !slices.Contains(types, it.Type) {
		r.errorf(at("type"), "type %q is not a %s type (want %s)", it.Type, it.Skill, joinList(types))
		return
	}
	checkTypeFields(r, it)
	var g *Group
	if it.Group != "" {
		var ok bool
		if g, ok = b.groups[it.Group]; !ok {
			r.errorf(at("group"), "group %q not found", it.Group)
		} else if g.Skill != it.Skill {
			r.errorf(at("group"), "group %q is a %s group, the item is %s", it.Group, g.Skill, it.Skill)
		}
	}
	instr := it.Instructions
	if g != nil && instr.Empty() {
		instr = g.Instructions
	}
	if instr.Empty() {
		r.errorf(at("instructions"), "missing \"instructions\" (lo, vi, en) on the item or its group")
	} else {
		for _, m := range []struct{ lang, s string }{{"lo", instr.Lo}, {"vi", instr.Vi}, {"en", instr.En}} {
			if m.s == "" {
				r.warnf(at("instructions"), "instructions: no %s text", m.lang)
			}
		}
	}
	for _, f := range []struct{ key, s string }{{"prompt", it.Prompt}, {"passage", it.Passage},
		{"transcript", it.Transcript}, {"text", it.Text}, {"feedback", it.Feedback.Vi}, {"instructions", it.Instructions.Vi}} {
		checkNFC(r, at(f.key), f.key, f.s)
	}
	for _, a := range answers(it) {
		checkNFC(r, a.src, a.field, a.s)
		checkSyllables(r, t, a.src, a.field, a.s)
	}

	if it.Skill == Listening {
		if it.Audio == "" && (g == nil || g.Audio == "") {
			r.errorf(at("audio"), "listening item has no audio (on the item or its group)")
		}
		if it.Transcript == "" && (g == nil || g.Transcript == "") {
			r.errorf(at("transcript"), "listening item has no transcript (on the item or its group)")
		}
	}
	if it.Skill == Reading && (it.Type == TypeChoice || it.Type == TypeTrueFalse) &&
		it.Passage == "" && (g == nil || g.Passage == "") && it.Image == "" {
		r.errorf(at("passage"), "reading %s item has no passage (on the item or its group)", it.Type)
	}
	needPrompt := it.Type == TypeChoice || it.Type == TypeTrueFalse || it.Type == TypeEssay || it.Type == TypeRespond
	if needPrompt && it.Prompt == "" {
		r.errorf(at("prompt"), "%s item needs a prompt", it.Type)
	}
	if Manual(it.Type) {
		checkRubricRef(r, b, it, at("rubric"))
	}

	switch it.Type {
	case TypeChoice:
		checkOptions(r, t, it)
	case TypeDictation:
		if len(it.Accept) == 0 {
			r.errorf(at("accept"), "dictation needs accept: the accepted answers")
		}
	case TypeTonePick:
		checkTonePick(r, it, at)
	case TypeTrueFalse:
		if it.Answer != "true" && it.Answer != "false" {
			r.errorf(at("answer"), "true_false answer must be true or false, not %q", it.Answer)
		}
	case TypeCloze, TypeGapFill:
		checkGaps(r, t, it, at)
	case TypeMatch:
		checkPairs(r, t, it)
	case TypeOrderWords:
		checkOrderWords(r, t, it, at)
	case TypeAddMarks:
		checkAddMarks(r, t, it, at)
	case TypeEssay:
		if it.MaxWords > 0 && it.MinWords > it.MaxWords {
			r.errorf(at("max_words"), "max_words %d is below min_words %d", it.MaxWords, it.MinWords)
		}
		if it.MaxWords == 0 {
			r.errorf(at("max_words"), "essay needs max_words")
		}
	case TypeReadAloud:
		if it.Text == "" {
			r.errorf(at("text"), "read_aloud needs text: what to read")
		}
	case TypeRespond:
		if it.MaxSeconds == 0 {
			r.errorf(at("max_seconds"), "respond needs max_seconds: the longest recording")
		}
	}
}

func checkRubricRef(r *report, b *Bank, it *Item, src Source) {
	if it.Rubric == "" {
		if it.Type != TypeReadAloud {
			r.errorf(src, "%s item needs a rubric", it.Type)
		}
		return
	}
	rb, ok := b.rubrics[it.Rubric]
	if !ok {
		r.errorf(src, "rubric %q not found", it.Rubric)
		return
	}
	// A listening summary is written, so it is rated on a writing rubric.
	if rb.Skill != it.Skill && !(it.Skill == Listening && it.Type == TypeEssay && rb.Skill == Writing) {
		r.errorf(src, "rubric %q is for %s, the item is %s", it.Rubric, rb.Skill, it.Skill)
	}
}

func checkOptions(r *report, t *texts, it *Item) {
	if len(it.Options) < 2 {
		r.errorf(it.lines.at(it.Source, "options"), "choice needs at least 2 options")
		return
	}
	correct := 0
	seenText := map[string]int{}
	seenID := map[string]bool{}
	for _, o := range it.Options {
		src := Source{it.Source.File, o.Line}
		if o.Correct {
			correct++
		}
		if o.Text == "" && o.Image == "" {
			r.errorf(src, "option %s has no text or image", o.ID)
		}
		if seenID[o.ID] {
			r.errorf(src, "duplicate option id %q", o.ID)
		}
		seenID[o.ID] = true
		k := t.key(o.Text) + "\x00" + o.Image
		if line, dup := seenText[k]; dup {
			r.errorf(src, "duplicate option %q (also line %d)", o.Text, line)
		}
		seenText[k] = o.Line
	}
	if correct == 0 {
		r.errorf(it.lines.at(it.Source, "options"), "no option is marked correct")
	}
}

func checkTonePick(r *report, it *Item, at func(string) Source) {
	want, ok := viet.ParseTone(it.Answer)
	if !ok {
		r.errorf(at("answer"), "answer %q is not a tone (ngang, huyen, sac, hoi, nga, nang)", it.Answer)
		return
	}
	if len(it.Tones) > 0 {
		in := false
		for _, t := range it.Tones {
			tt, ok := viet.ParseTone(t)
			if !ok {
				r.errorf(at("tones"), "%q is not a tone (ngang, huyen, sac, hoi, nga, nang)", t)
			}
			in = in || tt == want
		}
		if !in {
			r.errorf(at("tones"), "tones does not offer the answer %s", want)
		}
	}
	syl, err := viet.ParseSyllable(strings.TrimSpace(it.Transcript))
	if it.Transcript != "" && err == nil && syl.Tone != want {
		r.errorf(at("answer"), "answer %s does not match the tone of %q (%s)", want, it.Transcript, syl.Tone)
	}
	if it.Transcript != "" && err != nil {
		r.errorf(at("transcript"), "tone_pick transcript must be one syllable: %v", err)
	}
}

func checkGaps(r *report, t *texts, it *Item, at func(string) Source) {
	if it.Text == "" {
		r.errorf(at("text"), "%s needs text with gaps written {1}, {2}...", it.Type)
		return
	}
	marks := GapNumbers(it.Text)
	for i, n := range marks {
		if n != i+1 {
			r.errorf(at("text"), "gaps in text must be numbered {1}, {2}... in order; found {%d} at place %d", n, i+1)
			break
		}
	}
	if len(marks) != len(it.Gaps) {
		r.errorf(at("gaps"), "text has %d gaps but gaps: lists %d", len(marks), len(it.Gaps))
	}
	for i, g := range it.Gaps {
		src := Source{it.Source.File, g.Line}
		switch {
		case len(g.Options) > 0 && it.Type == TypeGapFill:
			r.errorf(src, "gap %d: gap_fill gaps are typed: use accept, not options", i+1)
		case len(g.Options) > 0:
			if !slices.Contains(g.Options, g.Answer) {
				r.errorf(src, "gap %d: answer %q is not one of its options", i+1, g.Answer)
			}
			seen := map[string]bool{}
			for _, o := range g.Options {
				k := t.key(o)
				if seen[k] {
					r.errorf(src, "gap %d: duplicate option %q", i+1, o)
				}
				seen[k] = true
			}
		case len(g.Accept) == 0:
			r.errorf(src, "gap %d needs options and answer, or accept", i+1)
		}
	}
}

func checkPairs(r *report, t *texts, it *Item) {
	if len(it.Pairs) < 2 {
		r.errorf(it.lines.at(it.Source, "pairs"), "match needs at least 2 pairs")
		return
	}
	left, right := map[string]bool{}, map[string]bool{}
	for _, p := range it.Pairs {
		src := Source{it.Source.File, p.Line}
		lk, rk := t.key(p.Left), t.key(p.Right)
		if left[lk] {
			r.errorf(src, "duplicate left side %q", p.Left)
		}
		if right[rk] {
			r.errorf(src, "duplicate right side %q", p.Right)
		}
		left[lk], right[rk] = true, true
	}
	for _, d := range it.Extra {
		if right[t.key(d)] {
			r.errorf(it.lines.at(it.Source, "distractors"), "distractor %q is also a right side", d)
		}
	}
}

func checkOrderWords(r *report, t *texts, it *Item, at func(string) Source) {
	if len(it.Words) < 2 {
		r.errorf(at("words"), "order_words needs at least 2 words")
		return
	}
	if len(it.Accept) == 0 {
		r.errorf(at("accept"), "order_words needs accept: the accepted sentences")
	}
	want := wordBag(t, it.Words)
	for _, a := range it.Accept {
		if wordBag(t, strings.Fields(a)) != want {
			r.errorf(at("accept"), "accepted order %q does not use exactly the words given", a)
		}
	}
	if _, err := freeOrders(it, t.key); err != nil && len(it.Accept) > 0 {
		r.errorf(at("free_order"), "%v", err)
	}
}

// wordBag is a sorted grading key of the words, ignoring punctuation, so
// two orderings of one set of words compare equal.
func wordBag(t *texts, words []string) string {
	var ks []string
	for _, w := range words {
		for _, k := range strings.Fields(t.key(w)) {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	return strings.Join(ks, " ")
}

func checkAddMarks(r *report, t *texts, it *Item, at func(string) Source) {
	if it.Text == "" {
		r.errorf(at("text"), "add_marks needs text: the sentence without marks")
		return
	}
	if viet.StripMarks(it.Text) != it.Text {
		r.errorf(at("text"), "add_marks text must have no marks: %q", it.Text)
	}
	if len(it.Accept) == 0 {
		r.errorf(at("accept"), "add_marks needs accept: the sentence with its marks")
	}
	for _, a := range it.Accept {
		if t.key(viet.StripMarks(a)) != t.key(it.Text) {
			r.errorf(at("accept"), "accepted answer %q is not text %q with marks added", a, it.Text)
		}
	}
}

type answerText struct {
	src      Source
	field, s string
}

// answers lists the strings a candidate's response is compared with: these
// must be stored NFC and spelt as Vietnamese.
func answers(it *Item) []answerText {
	at := func(key string) Source { return it.lines.at(it.Source, key) }
	var out []answerText
	for _, a := range it.Accept {
		out = append(out, answerText{at("accept"), "accept", a})
	}
	for _, o := range it.Options {
		out = append(out, answerText{Source{it.Source.File, o.Line}, "option", o.Text})
	}
	for i, g := range it.Gaps {
		src := Source{it.Source.File, g.Line}
		f := fmt.Sprintf("gap %d", i+1)
		for _, s := range append(append(slices.Clone(g.Options), g.Accept...), g.Answer) {
			out = append(out, answerText{src, f, s})
		}
	}
	for _, p := range it.Pairs {
		src := Source{it.Source.File, p.Line}
		out = append(out, answerText{src, "pair", p.Left}, answerText{src, "pair", p.Right})
	}
	for _, d := range it.Extra {
		out = append(out, answerText{at("distractors"), "distractor", d})
	}
	for _, w := range it.Words {
		out = append(out, answerText{at("words"), "word", w})
	}
	if it.Type == TypeTonePick {
		out = append(out, answerText{at("transcript"), "transcript", it.Transcript})
	}
	return out
}

func checkNFC(r *report, src Source, field, s string) {
	if s != "" && !norm.NFC.IsNormalString(s) {
		r.errorf(src, "%s %q is not in Unicode NFC form (convert it: decomposed marks grade wrong)", field, s)
	}
}

func checkSyllables(r *report, t *texts, src Source, field, s string) {
	for _, c := range t.check(s) {
		// A lone capital names a building or a section ("nhà B"); capitals
		// only are an acronym ("ASEAN").
		if !c.Valid && !isLetterName(c.Text) {
			r.warnf(src, "%s %q: %q is not a Vietnamese syllable (%s)", field, s, c.Text, c.Reason)
		}
	}
}

func checkVocabulary(r *report, t *texts, vs []*Vocab) {
	seen := map[string]Source{}
	for _, v := range vs {
		k := v.Bank + "\x00" + t.key(v.Term) + "\x00" + v.POS
		if s, dup := seen[k]; dup {
			r.warnf(v.Source, "vocabulary %q (%s) is listed twice (first at %s)", v.Term, v.POS, s)
		}
		seen[k] = v.Source
		checkNFC(r, v.lines.at(v.Source, "term"), "term", v.Term)
		checkNFC(r, v.lines.at(v.Source, "example"), "example", v.Example)
		checkSyllables(r, t, v.lines.at(v.Source, "term"), "term", v.Term)
		if v.Example != "" && !strings.Contains(" "+t.key(v.Example)+" ", " "+t.key(v.Term)+" ") {
			r.warnf(v.lines.at(v.Source, "example"), "example does not use the term %q", v.Term)
		}
	}
}

func checkRubric(r *report, rb *Rubric) {
	have := map[string]bool{}
	for _, c := range rb.Criteria {
		csrc := Source{rb.Source.File, c.Line}
		if have[c.ID] {
			r.errorf(csrc, "rubric %q lists criterion %s twice", rb.ID, c.ID)
		}
		have[c.ID] = true
		scores := map[int]bool{}
		for _, bd := range c.Bands {
			if scores[bd.Score] {
				r.errorf(csrc, "rubric %q: criterion %s has two bands with score %d", rb.ID, c.ID, bd.Score)
			}
			scores[bd.Score] = true
			if bd.Descriptor.Vi == "" || bd.Descriptor.En == "" {
				r.warnf(csrc, "rubric %q: criterion %s band %d needs a descriptor in vi and en", rb.ID, c.ID, bd.Score)
			}
		}
	}
	if rb.For != "" && rb.Skill != Speaking {
		r.errorf(rb.Source, "rubric %q: a %s rubric is a speaking rubric, not %s", rb.ID, rb.For, rb.Skill)
	}
	for _, want := range rb.MustCover() {
		if !have[want] {
			r.errorf(rb.Source, "rubric %q lacks criterion %s", rb.ID, want)
		}
	}
}

func checkBlueprint(r *report, b *Bank, bp *Blueprint) {
	banks := map[string]bool{}
	for _, it := range b.Items {
		banks[it.Bank] = true
	}
	partial := false
	for _, name := range bp.Banks {
		if !banks[name] {
			r.warnf(bp.Source, "blueprint %q draws on bank %q, which has no items here", bp.ID, name)
			partial = true
		}
	}
	pool := map[string]bool{}
	for _, it := range b.Items {
		if len(bp.Banks) == 0 || slices.Contains(bp.Banks, it.Bank) {
			pool[it.ID] = true
		}
	}
	skills := map[string]bool{}
	parts := map[string]bool{}
	for _, s := range bp.Sections {
		src := Source{bp.Source.File, s.Line}
		if skills[s.Skill] {
			r.errorf(src, "section %s appears twice", s.Skill)
		}
		skills[s.Skill] = true
		for _, p := range s.Parts {
			psrc := Source{bp.Source.File, p.Line}
			if parts[p.ID] {
				r.errorf(psrc, "part id %q appears twice", p.ID)
			}
			parts[p.ID] = true
			if !slices.Contains(Types[s.Skill], p.Type) {
				r.errorf(psrc, "part %q: type %q is not a %s type (want %s)", p.ID, p.Type, s.Skill, joinList(Types[s.Skill]))
				continue
			}
			if len(p.Items) > 0 {
				checkFixedPart(r, b, bp, s.Skill, p, psrc, pool, partial)
				continue
			}
			// Parts take items in order, so two parts asking for the same
			// kind of item are counted against one supply.
			got := 0
			for _, it := range b.Items {
				if got == p.Count {
					break
				}
				if pool[it.ID] && p.Matches(s.Skill, it) {
					delete(pool, it.ID)
					got++
				}
			}
			if got < p.Count {
				r.warnf(psrc, "part %q wants %d %s %s items at Bậc %d–%d%s; the banks have %d left for it",
					p.ID, p.Count, s.Skill, p.Type, p.MinLevel, p.MaxLevel, topicsNote(p.Topics), got)
			}
		}
	}
}

// checkFixedPart checks a part that lists its items: each exists in the
// blueprint's banks, fits the part, and is used once in the blueprint.
// With some of the blueprint's banks not loaded (partial), a missing item
// may well be in them: that is a warning, as for drawn parts.
func checkFixedPart(r *report, b *Bank, bp *Blueprint, skill string, p Part, src Source, pool map[string]bool, partial bool) {
	if p.Count != len(p.Items) {
		r.errorf(src, "part %q lists %d items but count is %d", p.ID, len(p.Items), p.Count)
	}
	for _, id := range p.Items {
		it, ok := b.Item(id)
		switch {
		case !ok && partial:
			r.warnf(src, "part %q: no item %q in the banks loaded", p.ID, id)
		case !ok:
			r.errorf(src, "part %q: no item %q", p.ID, id)
		case len(bp.Banks) > 0 && !slices.Contains(bp.Banks, it.Bank):
			r.errorf(src, "part %q: item %q is in bank %q, which the blueprint does not draw on", p.ID, id, it.Bank)
		case !p.Matches(skill, it):
			r.errorf(src, "part %q: item %q is a %s %s item at Bậc %d, not %s %s at Bậc %d–%d%s",
				p.ID, id, it.Skill, it.Type, it.Level, skill, p.Type, p.MinLevel, p.MaxLevel, topicsNote(p.Topics))
		case !pool[id]:
			r.errorf(src, "part %q: item %q is used twice in the blueprint", p.ID, id)
		default:
			delete(pool, id)
		}
	}
}

func topicsNote(ts []string) string {
	if len(ts) == 0 {
		return ""
	}
	return " on " + joinList(ts)
}

func isLetterName(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}
