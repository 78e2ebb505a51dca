package view

import (
	"slices"
	"strconv"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// BankMediaField is an audio or image field: the key and, when stored, its medium.
type BankMediaField struct {
	Key, URL, MIME string
}

// BankOptRow is one option row of the form.
type BankOptRow struct {
	Index           int
	ID, Text, Image string
	ImageURL        string
	Correct         bool
	Errs            []string
}

// BankGapRow is one gap row of the form.
type BankGapRow struct {
	Index                   int
	Options, Answer, Accept string
	Errs                    []string
}

// BankPairRow is one pair row of the form.
type BankPairRow struct {
	Index       int
	Left, Right string
	Errs        []string
}

// BankEdit is the editor page: the form's values, its choices and the
// problems found, by field.
type BankEdit struct {
	New                   bool
	Action, CancelURL     string
	ID, Bank              string
	Skill, Type           string
	SkillLabel, TypeLabel string
	BaseVersion           int
	Show                  map[string]bool

	Group, Rubric              string
	Level                      string
	Levels                     []Choice
	Topics                     string
	KnownTopics, Banks         []string
	TopicOptions               []Choice // known topics and the item's, named in the page language
	Groups, Rubrics            []Choice
	Prompt, Passage            string
	Transcript, Text           string
	InstrLo, InstrVi, InstrEn  string
	FbLo, FbVi, FbEn           string
	Points                     string
	Audio, Image               BankMediaField
	Options                    []BankOptRow
	Accept                     string
	Answer                     string
	ToneAnswers, Tones         []Choice
	Gaps                       []BankGapRow
	Pairs                      []BankPairRow
	Distractors, Words         string
	MinWords, MaxWords         string
	PrepareSeconds, MaxSeconds string
	Credit                     [5]Choice // correct, tone, diacritic, no_diacritics, wrong

	MediaURL string
	Errs     map[string][]string
	General  []string
	Warnings []string
}

// E lists the errors shown beside a field.
func (v *BankEdit) E(key string) []string { return v.Errs[key] }

func numStr(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func realStr(x *float64) string {
	if x == nil {
		return ""
	}
	return strconv.FormatFloat(*x, 'f', -1, 64)
}

// BankEditOf fills the form from an item.
func BankEditOf(it *bank.Item) *BankEdit {
	v := &BankEdit{ID: it.ID, Skill: it.Skill, Type: it.Type, Show: BankSections(it.Skill, it.Type),
		Group: it.Group, Rubric: it.Rubric, Level: numStr(it.Level), Topics: strings.Join(it.Topics, ", "), Prompt: it.Prompt, Passage: it.Passage,
		Transcript: it.Transcript, Text: it.Text, InstrLo: it.Instructions.Lo, InstrVi: it.Instructions.Vi,
		InstrEn: it.Instructions.En, FbLo: it.Feedback.Lo, FbVi: it.Feedback.Vi, FbEn: it.Feedback.En,
		Audio: BankMediaField{Key: it.Audio}, Image: BankMediaField{Key: it.Image},
		Accept: strings.Join(it.Accept, "\n"), Answer: it.Answer, Distractors: strings.Join(it.Extra, "\n"),
		Words: strings.Join(it.Words, "\n"), MinWords: numStr(it.MinWords), MaxWords: numStr(it.MaxWords),
		PrepareSeconds: numStr(it.PrepareSeconds), MaxSeconds: numStr(it.MaxSeconds), Errs: map[string][]string{}}
	if it.Points > 0 {
		v.Points = strconv.FormatFloat(it.Points, 'f', -1, 64)
	}
	for i, o := range it.Options {
		v.Options = append(v.Options, BankOptRow{Index: i, ID: o.ID, Text: o.Text, Image: o.Image, Correct: o.Correct})
	}
	for i, g := range it.Gaps {
		v.Gaps = append(v.Gaps, BankGapRow{Index: i, Options: strings.Join(g.Options, "\n"), Answer: g.Answer,
			Accept: strings.Join(g.Accept, "\n")})
	}
	for i, p := range it.Pairs {
		v.Pairs = append(v.Pairs, BankPairRow{Index: i, Left: p.Left, Right: p.Right})
	}
	c := it.Credit
	if c == nil {
		c = &bank.Credit{}
	}
	v.Credit = [5]Choice{{Value: "correct", Label: realStr(c.Correct)}, {Value: "tone", Label: realStr(c.Tone)},
		{Value: "diacritic", Label: realStr(c.Diacritic)}, {Value: "no_diacritics", Label: realStr(c.NoDiacritics)},
		{Value: "wrong", Label: realStr(c.Wrong)}}
	for _, tn := range bank.AllTones {
		v.ToneAnswers = append(v.ToneAnswers, Choice{Value: tn, Label: ToneLabel(tn), Selected: tn == it.Answer})
		v.Tones = append(v.Tones, Choice{Value: tn, Label: ToneLabel(tn), Selected: len(it.Tones) == 0 || slices.Contains(it.Tones, tn)})
	}
	return v
}

// BankEditInput is what the handler loaded to finish an editor form.
type BankEditInput struct {
	Lang string
	T    Translator
	// Topic names a bank topic in the page language.
	Topic    func(key string) string
	Choices  *store.BankChoices
	Refs     map[string]store.MediaRef // the form's media keys that are stored
	MediaURL func(sha string) string
	// UploadURL is where the form's script uploads media.
	UploadURL string
	Problems  []bank.Problem
	Msgs      map[string][]string // the form's own errors, by field key
}

// FinishBankEdit adds the choices, media links, blank rows and translated
// problems to a form view.
func FinishBankEdit(v *BankEdit, in BankEditInput) {
	t, ch, problems, msgs := in.T, in.Choices, in.Problems, in.Msgs
	v.SkillLabel, v.TypeLabel = t("skill."+v.Skill), t("bank.type."+v.Type)
	v.MediaURL = in.UploadURL
	if v.New {
		v.Action, v.CancelURL = "/instructor/items/new", "/instructor/items"
	} else {
		v.Action, v.CancelURL = BankItemURL(v.ID)+"/edit", BankItemURL(v.ID)
	}
	v.KnownTopics, v.Banks = ch.Topics, ch.Banks
	chosen := BankTopicList([]string{v.Topics})
	for _, tp := range BankTopicList(append(slices.Clone(ch.Topics), chosen...)) {
		v.TopicOptions = append(v.TopicOptions, Choice{Value: tp, Label: in.Topic(tp), Selected: slices.Contains(chosen, tp)})
	}
	lv, _ := strconv.Atoi(v.Level)
	for n := 1; n <= 6; n++ {
		v.Levels = append(v.Levels, Choice{Value: strconv.Itoa(n), Label: t("bank.level_n", "N", n), Selected: n == lv})
	}
	for _, g := range ch.Groups {
		if g.Skill == v.Skill {
			v.Groups = append(v.Groups, Choice{Value: g.ID, Label: g.ID + ifThen(g.Title != "", " · "+g.Title), Selected: g.ID == v.Group})
		}
	}
	for _, rb := range ch.Rubrics {
		if rb.Skill == v.Skill {
			title := Text(in.Lang, rb.Title)
			v.Rubrics = append(v.Rubrics, Choice{Value: rb.ID, Label: rb.ID + ifThen(title != "", " · "+title), Selected: rb.ID == v.Rubric})
		}
	}
	// A reference that names nothing stays in the list, so its error
	// shows beside what was chosen.
	if v.Group != "" && !slices.ContainsFunc(v.Groups, func(o Choice) bool { return o.Selected }) {
		v.Groups = append(v.Groups, Choice{Value: v.Group, Label: v.Group, Selected: true})
	}
	if v.Rubric != "" && !slices.ContainsFunc(v.Rubrics, func(o Choice) bool { return o.Selected }) {
		v.Rubrics = append(v.Rubrics, Choice{Value: v.Rubric, Label: v.Rubric, Selected: true})
	}
	refs := in.Refs
	if r, ok := refs[v.Audio.Key]; ok {
		v.Audio.URL, v.Audio.MIME = in.MediaURL(r.SHA256), r.MIME
	}
	if r, ok := refs[v.Image.Key]; ok {
		v.Image.URL, v.Image.MIME = in.MediaURL(r.SHA256), r.MIME
	}
	for i := range v.Options {
		if r, ok := refs[v.Options[i].Image]; ok {
			v.Options[i].ImageURL = in.MediaURL(r.SHA256)
		}
	}
	// Room for more rows without a script; bank.js adds further ones.
	for n := max(4, len(v.Options)+1); len(v.Options) < n; {
		v.Options = append(v.Options, BankOptRow{Index: len(v.Options)})
	}
	for n := max(2, len(v.Gaps)+1); len(v.Gaps) < n; {
		v.Gaps = append(v.Gaps, BankGapRow{Index: len(v.Gaps)})
	}
	for n := max(4, len(v.Pairs)+2); len(v.Pairs) < n; {
		v.Pairs = append(v.Pairs, BankPairRow{Index: len(v.Pairs)})
	}

	shown := map[string]bool{"id": v.New, "bank": v.New, "level": true, "topics": true, "group": true, "prompt": true,
		"instructions": true, "feedback": true, "points": true, "audio": true, "image": true}
	for k := range v.Show {
		shown[k] = true
	}
	shown["answer"] = v.Show["tone"] || v.Show["true_false"]
	add := func(key, msg string) {
		switch {
		case strings.HasPrefix(key, "options[") && v.Show["options"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "options["), "]"))
			if i < len(v.Options) {
				v.Options[i].Errs = append(v.Options[i].Errs, msg)
				return
			}
		case strings.HasPrefix(key, "gaps[") && v.Show["gaps"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "gaps["), "]"))
			if i < len(v.Gaps) {
				v.Gaps[i].Errs = append(v.Gaps[i].Errs, msg)
				return
			}
		case strings.HasPrefix(key, "pairs[") && v.Show["pairs"]:
			i, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(key, "pairs["), "]"))
			if i < len(v.Pairs) {
				v.Pairs[i].Errs = append(v.Pairs[i].Errs, msg)
				return
			}
		case shown[key]:
			v.Errs[key] = append(v.Errs[key], msg)
			return
		}
		v.General = append(v.General, msg)
	}
	for key, ms := range msgs {
		for _, m := range ms {
			add(key, m)
		}
	}
	for _, p := range problems {
		if p.Severity == bank.SevWarning {
			v.Warnings = append(v.Warnings, p.Message)
			continue
		}
		add(BankFieldKey(p.Field), p.Message)
	}
}

func ifThen(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// BankSections says which parts of the form a type shows. Audio, image,
// prompt, instructions, feedback, group and points are on every form.
func BankSections(skill, typ string) map[string]bool {
	m := map[string]bool{}
	if skill == bank.Listening {
		m["transcript"] = true
	}
	if skill == bank.Reading {
		m["passage"] = true
	}
	switch typ {
	case bank.TypeChoice:
		m["options"] = true
	case bank.TypeDictation:
		m["accept"], m["credit"] = true, true
	case bank.TypeTonePick:
		m["tone"] = true
	case bank.TypeTrueFalse:
		m["true_false"] = true
	case bank.TypeCloze:
		m["text"], m["gaps"], m["gap_options"], m["credit"] = true, true, true, true
	case bank.TypeGapFill:
		m["text"], m["gaps"], m["credit"] = true, true, true
	case bank.TypeMatch:
		m["pairs"] = true
	case bank.TypeOrderWords:
		m["words"], m["accept"] = true, true
	case bank.TypeAddMarks:
		m["text"], m["accept"], m["credit"] = true, true, true
	case bank.TypeEssay:
		m["essay"], m["rubric"] = true, true
	case bank.TypeReadAloud:
		m["text"], m["max_seconds"], m["rubric"] = true, true, true
	case bank.TypeRespond:
		m["prepare_seconds"], m["max_seconds"], m["rubric"] = true, true, true
	}
	return m
}

// BankFieldKey is the form key a problem of CheckItem belongs beside:
// "options[1].text" → "options[1]", "credit.tone" → "credit",
// "topics[0]" → "topics".
func BankFieldKey(field string) string {
	head, _, _ := strings.Cut(field, ".")
	if strings.HasPrefix(head, "topics[") {
		return "topics"
	}
	switch head {
	case "min_words", "max_words":
		return "essay"
	case "answer", "tones":
		return "answer"
	case "distractors":
		return "pairs"
	}
	return head
}

// BankTopicList splits topic codes written with commas or spaces and drops
// repeats, keeping the order they came in.
func BankTopicList(fields []string) []string {
	var out []string
	for _, f := range fields {
		for _, tp := range strings.FieldsFunc(f, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
			if !slices.Contains(out, tp) {
				out = append(out, tp)
			}
		}
	}
	return out
}
