package web

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/bank"
	"hocviet/internal/web/view"
)

// bankItemForm is the editor's form: every type's fields, of which each
// type's form shows its own. Lists of rows (options, gaps, pairs) come as
// repeated fields in row order; lists of words as one line each.
type bankItemForm struct {
	BaseVersion int      `form:"base_version"`
	ID          string   `form:"id"`
	Bank        string   `form:"bank"`
	Skill       string   `form:"skill"`
	Type        string   `form:"type"`
	Level       string   `form:"level"`
	Topics      []string `form:"topics"`     // chosen from the known topics
	TopicsNew   string   `form:"topics_new"` // codes of new topics, comma-separated
	Group       string   `form:"group"`
	Prompt      string   `form:"prompt"`
	InstrLo     string   `form:"instructions_lo"`
	InstrVi     string   `form:"instructions_vi"`
	InstrEn     string   `form:"instructions_en"`
	FbLo        string   `form:"feedback_lo"`
	FbVi        string   `form:"feedback_vi"`
	FbEn        string   `form:"feedback_en"`
	Points      string   `form:"points"`
	Audio       string   `form:"audio"`
	Image       string   `form:"image"`
	NoAudio     bool     `form:"audio_remove"`
	NoImage     bool     `form:"image_remove"`
	Transcript  string   `form:"transcript"`
	Passage     string   `form:"passage"`
	Text        string   `form:"text"`

	OptID      []string `form:"opt_id"`
	OptText    []string `form:"opt_text"`
	OptImage   []string `form:"opt_image"`
	OptCorrect []string `form:"opt_correct"` // row numbers of the ticked options

	Accept      string   `form:"accept"`
	Answer      string   `form:"answer"`
	Tones       []string `form:"tones"`
	GapOptions  []string `form:"gap_options"`
	GapAnswer   []string `form:"gap_answer"`
	GapAccept   []string `form:"gap_accept"`
	PairLeft    []string `form:"pair_left"`
	PairRight   []string `form:"pair_right"`
	Distractors string   `form:"distractors"`
	Words       string   `form:"words"`

	MinWords       string `form:"min_words"`
	MaxWords       string `form:"max_words"`
	PrepareSeconds string `form:"prepare_seconds"`
	MaxSeconds     string `form:"max_seconds"`
	Rubric         string `form:"rubric"`

	CreditCorrect      string `form:"credit_correct"`
	CreditTone         string `form:"credit_tone"`
	CreditDiacritic    string `form:"credit_diacritic"`
	CreditNoDiacritics string `form:"credit_no_diacritics"`
	CreditWrong        string `form:"credit_wrong"`
}

func bankClean(s string) string {
	return strings.TrimSpace(norm.NFC.String(strings.ReplaceAll(s, "\r\n", "\n")))
}

func bankLines(s string) []string {
	var out []string
	for _, l := range strings.Split(bankClean(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func bankAt(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}

// apply writes the form onto it (a copy of the version the form was opened
// on, so fields the form does not show keep their values) and returns the
// fields it could not read.
func (f *bankItemForm) apply(it *bank.Item) map[string][]string {
	errs := map[string][]string{}
	num := func(key, s string, dst *int) {
		s = strings.TrimSpace(s)
		if s == "" {
			*dst = 0
			return
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			errs[key] = append(errs[key], "bank.edit.not_a_number")
			return
		}
		*dst = n
	}
	real := func(key, s string) *float64 {
		s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
		if s == "" {
			return nil
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs[key] = append(errs[key], "bank.edit.not_a_number")
			return nil
		}
		return &x
	}
	show := view.BankSections(it.Skill, it.Type)

	num("level", f.Level, &it.Level)
	it.Topics = view.BankTopicList(append(f.Topics, f.TopicsNew))
	it.Group = strings.TrimSpace(f.Group)
	it.Prompt = bankClean(f.Prompt)
	it.Instructions = bank.Text{Lo: bankClean(f.InstrLo), Vi: bankClean(f.InstrVi), En: bankClean(f.InstrEn)}
	it.Feedback = bank.Text{Lo: bankClean(f.FbLo), Vi: bankClean(f.FbVi), En: bankClean(f.FbEn)}
	if p := real("points", f.Points); p != nil {
		it.Points = *p
	} else if strings.TrimSpace(f.Points) == "" {
		it.Points = 0
	}
	it.Audio, it.Image = strings.TrimSpace(f.Audio), strings.TrimSpace(f.Image)
	if f.NoAudio {
		it.Audio = ""
	}
	if f.NoImage {
		it.Image = ""
	}
	if show["transcript"] {
		it.Transcript = bankClean(f.Transcript)
	}
	if show["passage"] {
		it.Passage = bankClean(f.Passage)
	}
	if show["text"] {
		it.Text = bankClean(f.Text)
	}
	if show["options"] {
		it.Options = f.options()
	}
	if show["accept"] {
		it.Accept = bankLines(f.Accept)
	}
	if show["tone"] {
		it.Answer = strings.TrimSpace(f.Answer)
		it.Tones = nil
		for _, tn := range bank.AllTones {
			if slices.Contains(f.Tones, tn) {
				it.Tones = append(it.Tones, tn)
			}
		}
		if len(it.Tones) == len(bank.AllTones) {
			it.Tones = nil // all six is the default: keep the file as it was
		}
	}
	if show["true_false"] {
		it.Answer = strings.TrimSpace(f.Answer)
	}
	if show["gaps"] {
		it.Gaps = nil
		n := max(len(f.GapOptions), len(f.GapAnswer), len(f.GapAccept))
		for i := range n {
			g := bank.Gap{Accept: bankLines(bankAt(f.GapAccept, i))}
			if show["gap_options"] {
				g.Options, g.Answer = bankLines(bankAt(f.GapOptions, i)), bankClean(bankAt(f.GapAnswer, i))
			}
			if len(g.Options) == 0 && g.Answer == "" && len(g.Accept) == 0 {
				continue // a blank row
			}
			it.Gaps = append(it.Gaps, g)
		}
	}
	if show["pairs"] {
		it.Pairs = nil
		for i := range max(len(f.PairLeft), len(f.PairRight)) {
			p := bank.Pair{Left: bankClean(bankAt(f.PairLeft, i)), Right: bankClean(bankAt(f.PairRight, i))}
			if p.Left != "" || p.Right != "" {
				it.Pairs = append(it.Pairs, p)
			}
		}
		it.Extra = bankLines(f.Distractors)
	}
	if show["words"] {
		it.Words = bankLines(f.Words)
	}
	if show["essay"] {
		num("essay", f.MinWords, &it.MinWords)
		num("essay", f.MaxWords, &it.MaxWords)
	}
	if show["prepare_seconds"] {
		num("prepare_seconds", f.PrepareSeconds, &it.PrepareSeconds)
	}
	if show["max_seconds"] {
		num("max_seconds", f.MaxSeconds, &it.MaxSeconds)
	}
	if show["rubric"] {
		it.Rubric = strings.TrimSpace(f.Rubric)
	}
	if show["credit"] {
		c := &bank.Credit{Correct: real("credit", f.CreditCorrect), Tone: real("credit", f.CreditTone),
			Diacritic: real("credit", f.CreditDiacritic), NoDiacritics: real("credit", f.CreditNoDiacritics),
			Wrong: real("credit", f.CreditWrong)}
		if *c == (bank.Credit{}) {
			c = nil
		}
		it.Credit = c
	}
	return errs
}

// options reads the option rows. Options keep their ids (responses refer
// to them); a new row takes the first letter no other option uses.
func (f *bankItemForm) options() []bank.Option {
	var out []bank.Option
	used := map[string]bool{}
	for _, id := range f.OptID {
		used[strings.TrimSpace(id)] = true
	}
	for i := range max(len(f.OptText), len(f.OptID)) {
		o := bank.Option{ID: strings.TrimSpace(bankAt(f.OptID, i)), Text: bankClean(bankAt(f.OptText, i)),
			Image: strings.TrimSpace(bankAt(f.OptImage, i)), Correct: slices.Contains(f.OptCorrect, strconv.Itoa(i))}
		if o.Text == "" && o.Image == "" {
			continue
		}
		if o.ID == "" {
			for n := 0; ; n++ {
				id := string(rune('a' + n%26))
				if n >= 26 {
					id = "o" + strconv.Itoa(n+1)
				}
				if !used[id] {
					o.ID, used[id] = id, true
					break
				}
			}
		}
		out = append(out, o)
	}
	return out
}

// bankClone copies an item through its stored form, so the form's changes
// never reach the loaded version.
func bankClone(it *bank.Item) (*bank.Item, error) {
	b, err := json.Marshal(it)
	if err != nil {
		return nil, err
	}
	var out bank.Item
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
