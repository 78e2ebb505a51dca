// Package view builds what the pages show from domain values, apart from
// the handlers that load them (miniflux's ui/view). A bank item is shown
// through one builder, Item, and one template partial, "item"
// (web/templates/partials/item.html), whether it is sat in the exam,
// answered in practice or previewed by its author.
package view

import (
	"slices"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/viet"
)

// Context is where an item is shown; it decides what of the key may reach
// the page.
type Context int

const (
	// Exam: the candidate's sitting. Never a key, a transcript or feedback,
	// even after grading (the result page is another page).
	Exam Context = iota + 1
	// Practice: the candidate's practice set. The key shows once the
	// answer is graded (Input.Graded).
	Practice
	// Preview: staff see an item as a candidate would; "check" grades an
	// answer there and the key shows with it.
	Preview
)

// Translator words a message id in the page's language.
type Translator func(id string, args ...any) string

// Input is an item version with where it is shown and its answer state.
type Input struct {
	Context Context
	Item    *bank.Item
	Group   *bank.Group // nil when the item stands alone
	Layout  exam.Layout // Exam: the order drawn for this candidate
	Seed    uint64      // Practice, Preview: fixes the shuffles, so a reload shows the same order
	Lang    string
	T       Translator
	// Media gives the URL of a media key of the item or its group, ""
	// when there is none.
	Media func(key string) string
	// Response is what the candidate gave so far (Exam: the autosaved
	// answer; Practice, Preview: the answer graded).
	Response bank.Response
	// Graded: a Practice or Preview answer was graded, with Detail; the
	// key may show beside it. Ignored for Exam.
	Graded bool
	Detail []bank.Detail
}

// Item is one item as the page shows it.
type Item struct {
	Context      Context
	ID           string
	Skill        string
	Type         string
	Level        int
	Instructions string // in the reader's language
	Prompt       string
	Passage      string
	GroupTitle   string
	AudioURL     string
	ImageURL     string
	Text         string // cloze/gap-fill source, add_marks bare text, read-aloud text
	Options      []Option
	Multiple     bool
	Tones        []Tone
	Segments     []Segment
	Pairs        []Pair
	Right        []string // match: the right-hand column
	Words        []string // order_words: every tile, in the shown order
	Placed       []string // order_words: tiles already placed (Exam)
	Tiles        []string // order_words: tiles not placed yet (Exam)
	MinWords     int
	MaxWords     int
	Prepare      int
	MaxSeconds   int
	GivenText    string // dictation, add_marks, essay: what was typed
	Graded       bool   // the answer state shows verdicts and the key

	// Exam is the sitting's state around the item; Form is the practice
	// and preview answer form's. Each page sets its own.
	Exam ExamState
	Form FormState

	// The public item, for what a page shows around the item (transcript,
	// feedback after grading).
	Public bank.PublicItem

	t      Translator
	answer string // true_false, tone_pick: the key, only once Graded
}

// T words a message id; the partial calls it, as pages call Page.T.
func (it *Item) T(id string, args ...any) string {
	if it.t == nil {
		return id
	}
	return it.t(id, args...)
}

// Option is a choice, true/false or its answer state.
type Option struct {
	ID, Text, ImageURL string
	Chosen             bool
	Correct            bool // only once Graded
}

// Tone is a tone_pick choice.
type Tone struct {
	Name, Label string
	Chosen      bool
	Correct     bool // only once Graded
}

// Segment is a piece of a cloze or gap-fill text: plain text or a gap.
type Segment struct {
	Text     string
	Gap      bool
	N        int // the gap's number, 1-based
	Options  []string
	Given    string
	Expected string // only once Graded
	Verdict  string // only once Graded
}

// Pair is a match line.
type Pair struct {
	Index    int
	Left     string
	Given    string
	Expected string // only once Graded
	OK       bool   // only once Graded
}

// ExamState is the sitting around one exam item.
type ExamState struct {
	Pos, Number  int
	Rev          int64
	GroupHead    bool   // the first item of its passage: the passage is shown above it
	GroupInst    string // the passage's instructions, above its first question
	GroupPassage string
	GroupAudio   bool // a player for the passage's recording, above its first question
	ItemAudio    bool // a player for the item's own recording
	PlaysLeft    int
	MaxPlays     int
	Spoken       bool
	TakesLeft    int
	Uploaded     bool
	Resumable    bool // the latest take was begun and received no audio: it is given back
	Flagged      bool // "review later"
	Answered     bool
	RecordingURL string
}

// FormState is the practice or preview answer form around an item.
type FormState struct {
	Action     string
	CSRF       string
	Empty      bool // the last submit had no answer in it
	ShortWords int  // the last essay had this many words, fewer than MinWords
	Draft      string
	DraftWords int
	DraftURL   string
	RecordURL  string // practice: where a recording goes; "" on the preview
	Recorder   bool   // show the recorder (not answered, or a take may be redone)
}

// toneMarks shows each tone by name with its mark on "a", the way schools
// teach them.
var toneMarks = map[string]string{"ngang": "a", "huyen": "à", "sac": "á", "hoi": "ả", "nga": "ã", "nang": "ạ"}

// ToneLabel words a tone for a candidate choosing among them: "huyền (à)".
func ToneLabel(name string) string {
	t, ok := viet.ParseTone(name)
	if !ok {
		return name
	}
	return t.Vietnamese() + " (" + toneMarks[t.String()] + ")"
}

// Text picks a three-language text in the reader's language, falling back
// to Vietnamese (what instructors always write), then English, then Lao.
func Text(l string, t bank.Text) string {
	switch {
	case l == "lo" && t.Lo != "":
		return t.Lo
	case l == "en" && t.En != "":
		return t.En
	case t.Vi != "":
		return t.Vi
	case t.En != "":
		return t.En
	}
	return t.Lo
}

// BuildItem makes the view of one item. The key (correct flags, expected
// answers, verdicts, transcript, feedback) is read only when the context
// allows it: never in the exam, in practice and the preview only once the
// answer is graded. A page thus cannot leak what its view does not hold.
func BuildItem(in Input) *Item {
	it := in.Item
	reveal := in.Context != Exam && in.Graded
	var pub bank.PublicItem
	if in.Context == Exam {
		pub = exam.View(it, in.Group, in.Layout)
	} else {
		pub = bank.Public(it, in.Group, bank.ViewOptions{Reveal: reveal, Seed: in.Seed, ShuffleOptions: true})
	}
	media := in.Media
	if media == nil {
		media = func(string) string { return "" }
	}
	resp := in.Response
	var detail []bank.Detail
	if reveal {
		detail = in.Detail
	}
	v := &Item{Context: in.Context, ID: it.ID, Skill: it.Skill, Type: it.Type, Level: it.Level,
		Instructions: Text(in.Lang, pub.Instructions), Prompt: pub.Prompt, Passage: pub.Passage,
		AudioURL: media(pub.Audio), ImageURL: media(pub.Image), Text: pub.Text, Multiple: pub.Multiple,
		Right: pub.Right, Words: pub.Words, MinWords: pub.MinWords, MaxWords: pub.MaxWords,
		Prepare: pub.Prepare, MaxSeconds: pub.MaxSeconds, GivenText: resp.Text, Graded: reveal,
		Public: pub, t: in.T}
	if g := pub.Group; g != nil && in.Context != Exam {
		// The exam shows the passage once, above its first question (ExamState).
		v.GroupTitle = g.Title
		if strings.TrimSpace(v.Passage) == "" {
			v.Passage = g.Passage
		}
		if v.AudioURL == "" {
			v.AudioURL = media(g.Audio)
		}
		if v.ImageURL == "" {
			v.ImageURL = media(g.Image)
		}
	}
	if reveal {
		v.answer = it.Answer
	}
	for _, o := range pub.Options {
		ov := Option{ID: o.ID, Text: o.Text, ImageURL: media(o.Image), Chosen: slices.Contains(resp.Choices, o.ID)}
		if reveal {
			ov.Correct = correctOption(it, o.ID)
		}
		if in.Context == Exam && it.Type == bank.TypeTrueFalse {
			ov.Text = v.T("exam.answer." + o.ID)
		}
		v.Options = append(v.Options, ov)
	}
	want, _ := viet.ParseTone(it.Answer)
	for _, name := range pub.Tones {
		tc := Tone{Name: name, Label: ToneLabel(name), Chosen: slices.Contains(resp.Choices, name)}
		if in.Context == Exam {
			t, _ := viet.ParseTone(name)
			tc.Label = t.Vietnamese()
		}
		if reveal {
			tc.Correct = want.String() == name
		}
		v.Tones = append(v.Tones, tc)
	}
	if it.Type == bank.TypeCloze || it.Type == bank.TypeGapFill {
		v.Segments = segments(pub, resp, detail)
	}
	for i, left := range pub.Left {
		pv := Pair{Index: i, Left: left, Given: resp.Pairs[left]}
		for _, d := range detail {
			if d.Part == left {
				pv.Expected, pv.OK = d.Expected, d.Verdict == viet.VerdictCorrect
			}
		}
		v.Pairs = append(v.Pairs, pv)
	}
	if it.Type == bank.TypeOrderWords {
		v.Placed = resp.Words
		rest := slices.Clone(pub.Words)
		for _, w := range v.Placed {
			if i := slices.Index(rest, w); i >= 0 {
				rest = slices.Delete(rest, i, i+1)
			}
		}
		v.Tiles = rest
	}
	return v
}

func correctOption(it *bank.Item, id string) bool {
	for _, o := range it.Options {
		if o.ID == id {
			return o.Correct
		}
	}
	return it.Type == bank.TypeTrueFalse && id == it.Answer
}

// segments cuts a cloze or gap-fill text at its gaps, with what was given
// and, from detail (only passed once graded), what was expected.
func segments(pub bank.PublicItem, resp bank.Response, detail []bank.Detail) []Segment {
	var out []Segment
	for _, sg := range bank.Segments(pub.Text) {
		if !sg.Gap {
			out = append(out, Segment{Text: sg.Text})
			continue
		}
		i := sg.N - 1
		sv := Segment{Gap: true, N: sg.N}
		if i >= 0 && i < len(pub.Gaps) {
			sv.Options = pub.Gaps[i].Options
		}
		if i >= 0 && i < len(resp.Gaps) {
			sv.Given = resp.Gaps[i]
		}
		if i >= 0 && i < len(detail) {
			sv.Expected, sv.Verdict = detail[i].Expected, detail[i].Verdict
		}
		out = append(out, sv)
	}
	return out
}

// InExam and InPractice tell the partial which markup and words to use.
func (it *Item) InExam() bool     { return it.Context == Exam }
func (it *Item) InPractice() bool { return it.Context == Practice }
