// Package bank reads question banks kept as YAML files (items, shared
// passages, vocabulary, rubrics, exam blueprints), checks them, shows
// candidates only what they may see, and grades responses. It knows nothing
// of the web or the database: the store and the web layer import it.
package bank

import (
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"hocviet/internal/viet"
)

// Skills, in the order exams give them.
const (
	Listening = "listening"
	Reading   = "reading"
	Writing   = "writing"
	Speaking  = "speaking"
)

// Skills lists the four skills in exam order.
var Skills = []string{Listening, Reading, Writing, Speaking}

// Item types. The same name may serve two skills (choice is both a listening
// and a reading type); Types says which skill takes which.
const (
	TypeChoice     = "choice"
	TypeDictation  = "dictation"
	TypeTonePick   = "tone_pick"
	TypeTrueFalse  = "true_false"
	TypeCloze      = "cloze"
	TypeMatch      = "match"
	TypeGapFill    = "gap_fill"
	TypeOrderWords = "order_words"
	TypeAddMarks   = "add_marks"
	TypeEssay      = "essay"
	TypeReadAloud  = "read_aloud"
	TypeRespond    = "respond"
)

// Types maps each skill to its item types.
var Types = map[string][]string{
	// Listening also takes true/false, note-taking (gap_fill: an outline
	// completed with typed gaps) and a written summary (essay, rated with a
	// writing rubric), so no one type carries a listening paper.
	Listening: {TypeChoice, TypeDictation, TypeTonePick, TypeTrueFalse, TypeGapFill, TypeEssay},
	Reading:   {TypeChoice, TypeTrueFalse, TypeCloze, TypeMatch},
	Writing:   {TypeGapFill, TypeOrderWords, TypeAddMarks, TypeEssay},
	Speaking:  {TypeReadAloud, TypeRespond},
}

// Manual reports whether a type is graded by a rater with a rubric rather
// than by Grade.
func Manual(typ string) bool {
	return typ == TypeEssay || typ == TypeReadAloud || typ == TypeRespond
}

// Source is where something was written, for messages and the editor.
type Source struct {
	File string `json:"-" yaml:"-"`
	Line int    `json:"-" yaml:"-"`
}

func (s Source) String() string { return s.File + ":" + strconv.Itoa(s.Line) }

// Text is one message in the three languages of the product. Vietnamese is
// the language taught; Lao is what candidates read first.
type Text struct {
	Lo string `yaml:"lo,omitempty" json:"lo,omitempty"`
	Vi string `yaml:"vi,omitempty" json:"vi,omitempty"`
	En string `yaml:"en,omitempty" json:"en,omitempty"`
}

// Empty reports a text with no language filled in.
func (t Text) Empty() bool { return t.Lo == "" && t.Vi == "" && t.En == "" }

// Option is one answer of a choice item. ID is what responses carry, so
// options can be shuffled for delivery; it defaults to a, b, c... in the
// order written.
type Option struct {
	ID      string `yaml:"id,omitempty" json:"id" validate:"omitempty,key"`
	Text    string `yaml:"text" json:"text,omitempty"`
	Image   string `yaml:"image,omitempty" json:"image,omitempty"`
	Correct bool   `yaml:"correct,omitempty" json:"correct,omitempty"`
	Line    int    `yaml:"-" json:"-"`
}

// Gap is one blank of a cloze or gap_fill text, written {1}, {2}... in the
// text. With Options the candidate picks (Answer is the right one); without,
// the candidate types and Accept lists the accepted answers.
type Gap struct {
	Options []string `yaml:"options,omitempty" json:"options,omitempty"`
	Answer  string   `yaml:"answer,omitempty" json:"answer,omitempty"`
	Accept  []string `yaml:"accept,omitempty" json:"accept,omitempty"`
	Line    int      `yaml:"-" json:"-"`
}

// Pair is one line of a match item: Left is shown, Right is to be matched.
type Pair struct {
	Left  string `yaml:"left" json:"left" validate:"required"`
	Right string `yaml:"right" json:"right" validate:"required"`
	Line  int    `yaml:"-" json:"-"`
}

// Credit is how much of an item's points each verdict of a typed answer
// earns. The zero value means "use DefaultCredit".
type Credit struct {
	Correct      *float64 `yaml:"correct,omitempty" json:"correct,omitempty" validate:"omitempty,min=0,max=1"`
	Tone         *float64 `yaml:"tone,omitempty" json:"tone,omitempty" validate:"omitempty,min=0,max=1"`
	Diacritic    *float64 `yaml:"diacritic,omitempty" json:"diacritic,omitempty" validate:"omitempty,min=0,max=1"`
	NoDiacritics *float64 `yaml:"no_diacritics,omitempty" json:"no_diacritics,omitempty" validate:"omitempty,min=0,max=1"`
	Wrong        *float64 `yaml:"wrong,omitempty" json:"wrong,omitempty" validate:"omitempty,min=0,max=1"`
}

// Policy is the credit policy for viet's grader: the item's values where
// set, viet.DefaultCredit elsewhere.
func (c *Credit) Policy() viet.Credit {
	p := viet.DefaultCredit
	if c == nil {
		return p
	}
	for _, f := range []struct {
		v   *float64
		dst *float64
	}{{c.Correct, &p.Correct}, {c.Tone, &p.Tone}, {c.Diacritic, &p.Diacritic}, {c.NoDiacritics, &p.NoDiacritics}, {c.Wrong, &p.Wrong}} {
		if f.v != nil {
			*f.dst = *f.v
		}
	}
	return p
}

// Item is one question. Fields beyond the common ones are used by some types
// only; Lint says which each type needs.
type Item struct {
	ID           string   `yaml:"id" json:"id" validate:"required,key"`
	Skill        string   `yaml:"skill" json:"skill" validate:"required,oneof=listening reading writing speaking"`
	Level        int      `yaml:"level" json:"level" validate:"required,min=1,max=6"`
	Type         string   `yaml:"type" json:"type" validate:"required"`
	Topics       []string `yaml:"topics" json:"topics" validate:"required,min=1,dive,key"`
	Group        string   `yaml:"group,omitempty" json:"group,omitempty"`
	Prompt       string   `yaml:"prompt,omitempty" json:"prompt,omitempty"`
	Instructions Text     `yaml:"instructions" json:"instructions"`
	Feedback     Text     `yaml:"feedback,omitempty" json:"feedback,omitempty"`
	Points       float64  `yaml:"points,omitempty" json:"points,omitempty" validate:"omitempty,gt=0,max=100"`
	Author       string   `yaml:"author,omitempty" json:"author,omitempty"`

	// Reviewed false marks a feedback (explanation) drafted by a generator
	// that a teacher has not checked yet, like the glosses' flag; absent
	// means written by hand.
	Reviewed *bool `yaml:"reviewed,omitempty" json:"reviewed,omitempty"`

	// Media, as keys ("core/audio/x.ogg") once loaded.
	Audio string `yaml:"audio,omitempty" json:"audio,omitempty"`
	Image string `yaml:"image,omitempty" json:"image,omitempty"`

	// Transcript is what the audio says: every listening item has one, on
	// the item or on its group.
	Transcript string `yaml:"transcript,omitempty" json:"transcript,omitempty"`

	// Passage is reading text of an item that has no group.
	Passage string `yaml:"passage,omitempty" json:"passage,omitempty"`

	Options []Option `yaml:"options,omitempty" json:"options,omitempty" validate:"dive"` // choice
	Accept  []string `yaml:"accept,omitempty" json:"accept,omitempty"`                   // dictation, order_words, add_marks
	Credit  *Credit  `yaml:"credit,omitempty" json:"credit,omitempty"`                   // dictation, add_marks, typed gaps
	Answer  string   `yaml:"answer,omitempty" json:"answer,omitempty"`                   // tone_pick (tone name), true_false ("true"/"false")
	Tones   []string `yaml:"tones,omitempty" json:"tones,omitempty"`                     // tone_pick: the buttons; all six by default
	Text    string   `yaml:"text,omitempty" json:"text,omitempty"`                       // cloze/gap_fill with {n}; add_marks; read_aloud
	Gaps    []Gap    `yaml:"gaps,omitempty" json:"gaps,omitempty"`                       // cloze, gap_fill
	Pairs   []Pair   `yaml:"pairs,omitempty" json:"pairs,omitempty" validate:"dive"`     // match
	Extra   []string `yaml:"distractors,omitempty" json:"distractors,omitempty"`         // match: right-hand items with no partner
	Words   []string `yaml:"words,omitempty" json:"words,omitempty"`                     // order_words
	// FreeOrder (order_words): groups of blocks of tiles that may change
	// places; see FreeOrder in freeorder.go.
	FreeOrder [][]Block `yaml:"free_order,omitempty" json:"free_order,omitempty"`

	// Context in_vietnam marks an item that assumes the candidate already
	// lives or studies in Vietnam; screening blueprints exclude it.
	Context string `yaml:"context,omitempty" json:"context,omitempty" validate:"omitempty,oneof=in_vietnam"`
	// AnswerForm words: typed numbers must be in words (digits wrong);
	// by default digits and words are the same number.
	AnswerForm string `yaml:"answer_form,omitempty" json:"answer_form,omitempty" validate:"omitempty,oneof=words"`

	MinWords       int    `yaml:"min_words,omitempty" json:"min_words,omitempty" validate:"min=0"`             // essay
	MaxWords       int    `yaml:"max_words,omitempty" json:"max_words,omitempty" validate:"min=0"`             // essay
	Rubric         string `yaml:"rubric,omitempty" json:"rubric,omitempty"`                                    // essay, read_aloud, respond
	PrepareSeconds int    `yaml:"prepare_seconds,omitempty" json:"prepare_seconds,omitempty" validate:"min=0"` // respond
	MaxSeconds     int    `yaml:"max_seconds,omitempty" json:"max_seconds,omitempty" validate:"min=0,max=600"` // read_aloud, respond

	Bank   string `yaml:"-" json:"-"`
	Source Source `yaml:"-" json:"-"`
	lines  keyLines
}

// MaxPoints is what the item is worth: Points when set, else one point per
// gap, else 1. A match item is one item whatever its number of pairs: its
// points do not grow per pair (a pair right earns its share of them), so
// three matching items cannot outweigh a reading paper.
func (it *Item) MaxPoints() float64 {
	if it.Points > 0 {
		return it.Points
	}
	switch it.Type {
	case TypeCloze, TypeGapFill:
		if len(it.Gaps) > 0 {
			return float64(len(it.Gaps))
		}
	}
	return 1
}

// Group is a passage or recording that several items share.
type Group struct {
	ID           string   `yaml:"id" json:"id" validate:"required,key"`
	Skill        string   `yaml:"skill" json:"skill" validate:"required,oneof=listening reading writing speaking"`
	Level        int      `yaml:"level,omitempty" json:"level,omitempty" validate:"omitempty,min=1,max=6"`
	Topics       []string `yaml:"topics,omitempty" json:"topics,omitempty" validate:"dive,key"`
	Title        string   `yaml:"title,omitempty" json:"title,omitempty"`
	Instructions Text     `yaml:"instructions,omitempty" json:"instructions,omitempty"`
	Passage      string   `yaml:"passage,omitempty" json:"passage,omitempty"`
	Audio        string   `yaml:"audio,omitempty" json:"audio,omitempty"`
	Image        string   `yaml:"image,omitempty" json:"image,omitempty"`
	Transcript   string   `yaml:"transcript,omitempty" json:"transcript,omitempty"`

	Bank   string `yaml:"-" json:"-"`
	Source Source `yaml:"-" json:"-"`
	lines  keyLines
}

// Vocab is one entry of a vocabulary list.
type Vocab struct {
	Term     string `yaml:"term" json:"term" validate:"required"`
	Lao      string `yaml:"lao" json:"lao" validate:"required"`
	English  string `yaml:"en,omitempty" json:"en,omitempty"`
	POS      string `yaml:"pos" json:"pos" validate:"required,oneof=noun verb adjective adverb pronoun preposition conjunction classifier numeral particle phrase"`
	Example  string `yaml:"example" json:"example" validate:"required"`
	Level    int    `yaml:"level" json:"level" validate:"required,min=1,max=6"`
	Topic    string `yaml:"topic" json:"topic" validate:"required,key"`
	Audio    string `yaml:"audio,omitempty" json:"audio,omitempty"`
	Reviewed bool   `yaml:"reviewed" json:"reviewed"`

	Bank   string `yaml:"-" json:"-"`
	Source Source `yaml:"-" json:"-"`
	lines  keyLines
}

// Rubric is how raters score writing or speaking.
type Rubric struct {
	ID    string `yaml:"id" json:"id" validate:"required,key"`
	Skill string `yaml:"skill" json:"skill" validate:"required,oneof=writing speaking"`
	Title Text   `yaml:"title" json:"title"`
	// For names the one item type the rubric rates, when it is not the
	// skill's general rubric: read_aloud is rated on pronunciation, tones,
	// fluency and accuracy against the text, not on organisation or
	// vocabulary (the candidate chose neither).
	For      string      `yaml:"for,omitempty" json:"for,omitempty" validate:"omitempty,oneof=read_aloud"`
	Criteria []Criterion `yaml:"criteria" json:"criteria" validate:"required,min=1,dive"`

	Source Source `yaml:"-" json:"-"`
}

// ReadAloudCriteria is what a read_aloud rubric must cover.
var ReadAloudCriteria = []string{"pronunciation", "tones", "fluency", "accuracy"}

// MustCover lists the criteria the rubric must have: its item type's, else
// its skill's.
func (rb *Rubric) MustCover() []string {
	if rb.For == TypeReadAloud {
		return ReadAloudCriteria
	}
	return RubricCriteria[rb.Skill]
}

// Criterion is one line of a rubric. Each band is a score with what a
// response at that score looks like.
type Criterion struct {
	ID     string  `yaml:"id" json:"id" validate:"required,oneof=task_fulfilment organisation vocabulary grammar pronunciation fluency tones accuracy"`
	Name   Text    `yaml:"name" json:"name"`
	Weight float64 `yaml:"weight,omitempty" json:"weight,omitempty" validate:"omitempty,gt=0"`
	Bands  []Band  `yaml:"bands" json:"bands" validate:"required,min=2,dive"`
	Line   int     `yaml:"-" json:"-"`
}

// Band is one score level of a criterion.
type Band struct {
	Score      int  `yaml:"score" json:"score" validate:"min=0,max=10"`
	Descriptor Text `yaml:"descriptor" json:"descriptor"`
}

// RubricCriteria lists what each skill's rubric must cover, after the
// national tests' rating criteria.
var RubricCriteria = map[string][]string{
	Writing:  {"task_fulfilment", "organisation", "vocabulary", "grammar"},
	Speaking: {"task_fulfilment", "organisation", "vocabulary", "grammar", "pronunciation", "fluency"},
}

// Blueprint says how to assemble an exam from the banks.
type Blueprint struct {
	ID          string   `yaml:"id" json:"id" validate:"required,key"`
	Title       Text     `yaml:"title" json:"title"`
	Description Text     `yaml:"description,omitempty" json:"description,omitempty"`
	Banks       []string `yaml:"banks,omitempty" json:"banks,omitempty" validate:"dive,key"`
	// Purpose screening makes lint apply the screening rules (no item
	// tagged in_vietnam; the form rules on fixed forms).
	Purpose string `yaml:"purpose,omitempty" json:"purpose,omitempty" validate:"omitempty,oneof=screening practice"`
	// ExcludeContext: items with one of these contexts are never drawn.
	ExcludeContext []string  `yaml:"exclude_context,omitempty" json:"exclude_context,omitempty" validate:"dive,oneof=in_vietnam"`
	Sections       []Section `yaml:"sections" json:"sections" validate:"required,min=1,dive"`

	Source Source `yaml:"-" json:"-"`
}

// Excludes reports whether the blueprint never draws items of context.
func (b *Blueprint) Excludes(context string) bool {
	return context != "" && slices.Contains(b.ExcludeContext, context)
}

// Minutes is the whole exam's time.
func (b *Blueprint) Minutes() int {
	n := 0
	for _, s := range b.Sections {
		n += s.Minutes
	}
	return n
}

// Section is one skill's paper, timed on its own.
type Section struct {
	Skill          string `yaml:"skill" json:"skill" validate:"required,oneof=listening reading writing speaking"`
	Title          Text   `yaml:"title,omitempty" json:"title,omitempty"`
	Minutes        int    `yaml:"minutes" json:"minutes" validate:"required,min=1,max=240"`
	MaxPlays       int    `yaml:"max_plays,omitempty" json:"max_plays,omitempty" validate:"omitempty,min=1,max=3"`
	MaxTakes       int    `yaml:"max_takes,omitempty" json:"max_takes,omitempty" validate:"omitempty,min=1,max=5"` // speaking: recordings allowed per answer; 1 (the default) means no re-recording
	ShuffleItems   bool   `yaml:"shuffle_items,omitempty" json:"shuffle_items,omitempty"`
	ShuffleOptions bool   `yaml:"shuffle_options,omitempty" json:"shuffle_options,omitempty"`
	Parts          []Part `yaml:"parts" json:"parts" validate:"required,min=1,dive"`

	Line int `yaml:"-" json:"-"`
}

// Part picks Count items of a type and level range, optionally on some
// topics. KeepGroups takes whole groups (all questions on a passage).
type Part struct {
	ID           string   `yaml:"id" json:"id" validate:"required,key"`
	Title        Text     `yaml:"title,omitempty" json:"title,omitempty"`
	Instructions Text     `yaml:"instructions,omitempty" json:"instructions,omitempty"`
	Type         string   `yaml:"type" json:"type" validate:"required"`
	MinLevel     int      `yaml:"min_level" json:"min_level" validate:"required,min=1,max=6"`
	MaxLevel     int      `yaml:"max_level" json:"max_level" validate:"required,min=1,max=6,gtefield=MinLevel"`
	Topics       []string `yaml:"topics,omitempty" json:"topics,omitempty" validate:"dive,key"`
	Count        int      `yaml:"count" json:"count" validate:"required,min=1,max=100"`
	KeepGroups   bool     `yaml:"keep_groups,omitempty" json:"keep_groups,omitempty"`
	// Items fixes the part: exactly these items, in this order, instead of a
	// draw. Parallel forms of the screening exam are blueprints with fixed
	// parts, so two sittings can be compared item for item.
	Items  []string `yaml:"items,omitempty" json:"items,omitempty" validate:"dive,key"`
	Points float64  `yaml:"points,omitempty" json:"points,omitempty" validate:"omitempty,gt=0"`

	Line int `yaml:"-" json:"-"`
}

// Matches reports whether an item of skill may fill the part.
func (p *Part) Matches(skill string, it *Item) bool {
	if it.Skill != skill || it.Type != p.Type || it.Level < p.MinLevel || it.Level > p.MaxLevel {
		return false
	}
	if len(p.Topics) == 0 {
		return true
	}
	for _, want := range p.Topics {
		for _, t := range it.Topics {
			if t == want {
				return true
			}
		}
	}
	return false
}

// MediaFile is one audio or image file the banks refer to.
type MediaFile struct {
	Key    string `json:"key"` // bank name + path inside the bank folder: "core/audio/l-ch-01.ogg"
	Path   string `json:"-"`   // where it is on disk
	SHA256 string `json:"sha256"`
	MIME   string `json:"mime"`
	Size   int64  `json:"size"`

	fsys fs.FS // where Path is, if not on disk (LoadFS)
}

// Data reads the file's bytes from where it was loaded from.
func (m *MediaFile) Data() ([]byte, error) {
	if m.fsys != nil {
		return fs.ReadFile(m.fsys, m.Path)
	}
	return os.ReadFile(m.Path)
}

func joinList(xs []string) string { return strings.Join(xs, ", ") }

// keyLines remembers the line of each top-level key of an entry, so checks
// made after decoding can still point at "accept:" rather than the entry.
type keyLines map[string]int

func (k keyLines) at(src Source, key string) Source {
	if n, ok := k[key]; ok {
		return Source{src.File, n}
	}
	return src
}

func linesOf(n *yaml.Node) keyLines {
	k := keyLines{}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k[n.Content[i].Value] = n.Content[i].Line
		}
	}
	return k
}
