package bank

import (
	"math"
	"regexp"

	"golang.org/x/text/unicode/norm"

	"fmt"
	"hocviet/internal/viet"
	"strconv"
	"strings"
)

// Moodle question kinds the banks map to and from. GIFT and Moodle XML are
// two spellings of the same model, so both go through mQuestion.
const (
	mMultichoice = "multichoice"
	mTrueFalse   = "truefalse"
	mShortAnswer = "shortanswer"
	mMatching    = "matching"
	mEssay       = "essay"
	mNumerical   = "numerical"
	mDescription = "description"
)

type mAnswer struct {
	Text     string
	Fraction float64 // percent: 100 right, 0 wrong, partial or negative for multiple answers
	Feedback string
}

type mPair struct{ Left, Right string }

// mQuestion is one Moodle question. Text is the question; with Tail set it
// is a "missing word" question: Text, the blank, then Tail.
type mQuestion struct {
	Kind     string
	Name     string
	Category string
	Text     string
	Tail     string
	Feedback string
	Answers  []mAnswer
	Pairs    []mPair
	TF       bool
	Points   float64
	Line     int
}

// Unmapped is a question or item that has no counterpart in the other
// format, with the reason. Partial ones were converted but lost something
// (audio, a passage, distractors) on the way.
type Unmapped struct {
	Where   string // item id, or "FILE:LINE" of a Moodle question
	Reason  string
	Partial bool
}

// Skipped counts the entries that were not converted at all.
func Skipped(us []Unmapped) int {
	n := 0
	for _, u := range us {
		if !u.Partial {
			n++
		}
	}
	return n
}

func (u Unmapped) String() string { return u.Where + ": " + u.Reason }

// category carries skill and level through Moodle, which has neither:
// "hocviet/listening/bac2".
func category(it *Item) string { return fmt.Sprintf("hocviet/%s/bac%d", it.Skill, it.Level) }

// levelName is a category (part) ending in a level: "Bậc 3", "bac3",
// "Level 2", "Nghe hiểu - Bậc 4".
var levelName = regexp.MustCompile(`(?i)(?:bậc|bac|level)\s*([1-6])\s*$`)

func parseCategory(c string) (skill string, level int) {
	skill, level = Reading, 1
	parts := strings.Split(strings.TrimPrefix(c, "$course$/"), "/")
	for _, p := range parts {
		p = strings.TrimSpace(norm.NFC.String(p))
		if _, ok := Types[p]; ok {
			skill = p
		}
		if m := levelName.FindStringSubmatch(p); m != nil {
			level, _ = strconv.Atoi(m[1])
		}
	}
	return skill, level
}

// idFromName makes a question's name an item id: "Câu 3 – Đi chợ" is
// "cau-3-di-cho". An empty result falls back to moodle-NNN.
func idFromName(name string, n int) string {
	if keyRe.MatchString(name) {
		return name
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(viet.StripMarks(norm.NFC.String(name))) {
		switch {
		case r == 'đ':
			r = 'd'
		case (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '.' || r == '_':
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	if id := b.String(); id != "" && keyRe.MatchString(id) {
		return id
	}
	return fmt.Sprintf("moodle-%03d", n)
}

// toMoodle maps an item, or says why it cannot.
func toMoodle(it *Item) (mQuestion, error) {
	q := mQuestion{Name: it.ID, Category: category(it), Text: it.Prompt, Feedback: it.Feedback.Vi, Points: it.MaxPoints()}
	if q.Feedback == "" {
		q.Feedback = it.Feedback.En
	}
	switch it.Type {
	case TypeChoice:
		q.Kind = mMultichoice
		n := 0
		for _, o := range it.Options {
			if o.Correct {
				n++
			}
		}
		for _, o := range it.Options {
			f := 0.0
			switch {
			case o.Correct:
				f = round2(100 / float64(n))
			case n > 1:
				f = -100
			}
			q.Answers = append(q.Answers, mAnswer{Text: o.Text, Fraction: f})
		}
	case TypeTrueFalse:
		q.Kind, q.TF = mTrueFalse, it.Answer == "true"
	case TypeDictation:
		q.Kind = mShortAnswer
		for _, a := range it.Accept {
			q.Answers = append(q.Answers, mAnswer{Text: a, Fraction: 100})
		}
	case TypeGapFill:
		if len(it.Gaps) != 1 {
			return q, fmt.Errorf("gap_fill with %d gaps (Moodle short answer has one)", len(it.Gaps))
		}
		q.Kind = mShortAnswer
		before, after, _ := strings.Cut(it.Text, "{1}")
		q.Text, q.Tail = joinPrompt(it.Prompt, before), after
		for _, a := range it.Gaps[0].Accept {
			q.Answers = append(q.Answers, mAnswer{Text: a, Fraction: 100})
		}
	case TypeMatch:
		q.Kind = mMatching
		for _, p := range it.Pairs {
			q.Pairs = append(q.Pairs, mPair{p.Left, p.Right})
		}
		for _, d := range it.Extra {
			q.Pairs = append(q.Pairs, mPair{"", d})
		}
	case TypeEssay:
		q.Kind = mEssay
	default:
		return q, fmt.Errorf("type %s has no Moodle counterpart", it.Type)
	}
	return q, nil
}

func joinPrompt(prompt, text string) string {
	if prompt == "" {
		return text
	}
	return prompt + "\n" + text
}

// fromMoodle maps a Moodle question to an item, or says why it cannot.
// What Moodle does not carry (Lao and English instructions, audio,
// transcripts, topics) is left for the author to add before lint passes.
//
// lost says what the item does not keep (an answer's own feedback, a
// partial-credit weight), for the "not mapped" report: nothing is dropped
// without a word.
func fromMoodle(q mQuestion, n int) (it *Item, lost []string, err error) {
	it, err = fromMoodleItem(q, n)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range q.Answers {
		if a.Feedback != "" {
			lost = append(lost, fmt.Sprintf("feedback on answer %q not kept (items have one explanation): %q", a.Text, a.Feedback))
		}
	}
	right := 0
	for _, a := range q.Answers {
		if a.Fraction > 0 {
			right++
		}
	}
	for _, a := range q.Answers {
		switch {
		case a.Fraction == 0 || a.Fraction == 100:
		case q.Kind == mMultichoice && right > 1 && (a.Fraction == -100 || math.Abs(a.Fraction-100/float64(right)) < 0.6):
			// the equal shares of "tick all that apply": the exact set
		case q.Kind == mShortAnswer && a.Fraction < 100:
			lost = append(lost, fmt.Sprintf("answer %q worth %s %% not kept: a typed answer is accepted or not (only 100 %% answers are in accept)", a.Text, strconv.FormatFloat(a.Fraction, 'f', -1, 64)))
		default:
			lost = append(lost, fmt.Sprintf("weight %s %% of answer %q not kept: the item is scored on the exact set of correct options", strconv.FormatFloat(a.Fraction, 'f', -1, 64), a.Text))
		}
	}
	return it, lost, nil
}

func fromMoodleItem(q mQuestion, n int) (*Item, error) {
	skill, level := parseCategory(q.Category)
	id := idFromName(q.Name, n)
	it := &Item{ID: id, Skill: skill, Level: level, Topics: []string{"imported"}, Prompt: strings.TrimSpace(q.Text),
		Feedback: Text{Vi: q.Feedback}}
	if q.Points > 0 && q.Points != 1 {
		it.Points = q.Points
	}
	switch q.Kind {
	case mMultichoice:
		if q.Tail != "" {
			// A missing word with options is a one-gap cloze.
			it.Skill, it.Type, it.Prompt = Reading, TypeCloze, ""
			it.Text = q.Text + "{1}" + q.Tail
			g := Gap{}
			for _, a := range q.Answers {
				g.Options = append(g.Options, a.Text)
				if a.Fraction > 0 && g.Answer == "" {
					g.Answer = a.Text
				}
			}
			it.Gaps = []Gap{g}
			return it, nil
		}
		it.Type = TypeChoice
		if skill != Listening {
			it.Skill = Reading
		}
		for i, a := range q.Answers {
			it.Options = append(it.Options, Option{ID: optionID(i), Text: a.Text, Correct: a.Fraction > 0})
		}
	case mTrueFalse:
		it.Skill, it.Type, it.Answer = Reading, TypeTrueFalse, strconv.FormatBool(q.TF)
	case mShortAnswer:
		var acc []string
		for _, a := range q.Answers {
			if a.Fraction >= 100 {
				acc = append(acc, a.Text)
			}
		}
		if skill == Listening {
			it.Type, it.Accept = TypeDictation, acc
			break
		}
		it.Skill, it.Type = Writing, TypeGapFill
		text := q.Text
		if q.Tail == "" {
			// Answers after the question: the blank ends the text.
			text = strings.TrimSpace(text) + " "
		}
		it.Prompt, it.Text = "", text+"{1}"+q.Tail
		if p, t, ok := strings.Cut(text, "\n"); ok {
			it.Prompt, it.Text = p, t+"{1}"+q.Tail
		}
		it.Gaps = []Gap{{Accept: acc}}
	case mMatching:
		it.Skill, it.Type = Reading, TypeMatch
		for _, p := range q.Pairs {
			if p.Left == "" {
				it.Extra = append(it.Extra, p.Right)
			} else {
				it.Pairs = append(it.Pairs, Pair{Left: p.Left, Right: p.Right})
			}
		}
	case mEssay:
		it.Skill, it.Type, it.MaxWords = Writing, TypeEssay, 200
	default:
		return nil, fmt.Errorf("%s question has no item type here", q.Kind)
	}
	return it, nil
}
