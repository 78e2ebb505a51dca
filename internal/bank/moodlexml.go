package bank

import (
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Moodle XML, as Moodle's "Moodle XML format" import and export write it.
type xQuiz struct {
	XMLName   xml.Name    `xml:"quiz"`
	Questions []xQuestion `xml:"question"`
}

type xText struct {
	Format string `xml:"format,attr,omitempty"`
	Text   string `xml:"text"`
}

type xAnswer struct {
	Fraction string `xml:"fraction,attr"`
	Format   string `xml:"format,attr,omitempty"`
	Text     string `xml:"text"`
	Feedback *xText `xml:"feedback,omitempty"`
}

type xSub struct {
	Format string `xml:"format,attr,omitempty"`
	Text   string `xml:"text"`
	Answer xText  `xml:"answer"`
}

type xQuestion struct {
	Type            string    `xml:"type,attr"`
	Category        *xText    `xml:"category,omitempty"`
	Name            *xText    `xml:"name,omitempty"`
	QuestionText    *xText    `xml:"questiontext,omitempty"`
	GeneralFeedback *xText    `xml:"generalfeedback,omitempty"`
	DefaultGrade    string    `xml:"defaultgrade,omitempty"`
	Single          string    `xml:"single,omitempty"`
	Shuffle         string    `xml:"shuffleanswers,omitempty"`
	UseCase         string    `xml:"usecase,omitempty"`
	ResponseFormat  string    `xml:"responseformat,omitempty"`
	Answers         []xAnswer `xml:"answer"`
	Subs            []xSub    `xml:"subquestion"`
	Line            int       `xml:"-"`
}

// ExportMoodleXML writes the items that map to Moodle as Moodle XML and
// returns the ones that do not, and what the mapped ones lose.
func ExportMoodleXML(w io.Writer, items []*Item) ([]Unmapped, error) {
	qs, skipped := exportable(items)
	quiz := xQuiz{}
	cat := ""
	for _, q := range qs {
		if q.Category != cat {
			cat = q.Category
			quiz.Questions = append(quiz.Questions, xQuestion{Type: "category", Category: &xText{Text: "$course$/" + cat}})
		}
		quiz.Questions = append(quiz.Questions, toXML(q))
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return skipped, err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(quiz); err != nil {
		return skipped, err
	}
	_, err := io.WriteString(w, "\n")
	return skipped, err
}

func toXML(q mQuestion) xQuestion {
	x := xQuestion{Type: q.Kind, Name: &xText{Text: q.Name},
		QuestionText:    &xText{Format: "plain_text", Text: q.Text + blankMark(q) + q.Tail},
		GeneralFeedback: &xText{Format: "plain_text", Text: q.Feedback},
		DefaultGrade:    strconv.FormatFloat(q.Points, 'f', -1, 64)}
	switch q.Kind {
	case mMultichoice:
		right := 0
		for _, a := range q.Answers {
			if a.Fraction > 0 {
				right++
			}
		}
		x.Single, x.Shuffle = strconv.FormatBool(right == 1), "1"
		for _, a := range q.Answers {
			x.Answers = append(x.Answers, xAnswer{Fraction: fraction(a.Fraction), Format: "plain_text", Text: a.Text})
		}
	case mTrueFalse:
		t, f := "100", "0"
		if !q.TF {
			t, f = f, t
		}
		x.Answers = []xAnswer{{Fraction: t, Text: "true"}, {Fraction: f, Text: "false"}}
	case mShortAnswer:
		x.UseCase = "0"
		for _, a := range q.Answers {
			x.Answers = append(x.Answers, xAnswer{Fraction: fraction(a.Fraction), Format: "plain_text", Text: a.Text})
		}
	case mMatching:
		x.Shuffle = "1"
		for _, p := range q.Pairs {
			x.Subs = append(x.Subs, xSub{Format: "plain_text", Text: p.Left, Answer: xText{Text: p.Right}})
		}
	case mEssay:
		x.ResponseFormat = "editor"
	}
	return x
}

// blankMark: Moodle XML short answers have no inline blank, so the gap is
// written as Moodle authors do, with underscores.
func blankMark(q mQuestion) string {
	if q.Tail != "" {
		return "_____"
	}
	return ""
}

func fraction(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

var htmlTag = regexp.MustCompile(`(?i)<br\s*/?>|</p>\s*<p[^>]*>|<[^>]+>`)

// plain turns Moodle's HTML question text into plain text.
func plain(t *xText) string {
	if t == nil {
		return ""
	}
	s := t.Text
	if t.Format == "" || t.Format == "html" || t.Format == "moodle_auto_format" {
		s = htmlTag.ReplaceAllStringFunc(s, func(tag string) string {
			if strings.HasPrefix(strings.ToLower(tag), "<br") || strings.HasPrefix(tag, "</p") {
				return "\n"
			}
			return ""
		})
		s = html.UnescapeString(s)
	}
	return strings.TrimSpace(s)
}

// ImportMoodleXML reads a Moodle XML export and maps its questions to
// items, like ImportGIFT.
func ImportMoodleXML(r io.Reader, name string) ([]*Item, []Unmapped, error) {
	return ImportMoodleXMLFor(r, name, nil)
}

// ImportMoodleXMLFor is ImportMoodleXML with ids kept clear of taken ones.
func ImportMoodleXMLFor(r io.Reader, name string, taken func(string) bool) ([]*Item, []Unmapped, error) {
	dec := xml.NewDecoder(r)
	var qs []mQuestion
	cat := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "question" {
			continue
		}
		line, _ := dec.InputPos()
		var x xQuestion
		if err := dec.DecodeElement(&x, &se); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if x.Type == "category" {
			cat = strings.TrimPrefix(plain(x.Category), "$course$/")
			continue
		}
		qs = append(qs, fromXML(x, cat, line))
	}
	return fromQuestions(qs, name, taken)
}

func fromXML(x xQuestion, cat string, line int) mQuestion {
	q := mQuestion{Kind: x.Type, Category: cat, Line: line, Feedback: plain(x.GeneralFeedback)}
	if x.Name != nil {
		q.Name = strings.TrimSpace(x.Name.Text)
	}
	q.Text = plain(x.QuestionText)
	if before, after, ok := strings.Cut(q.Text, "_____"); ok && (x.Type == mShortAnswer || x.Type == mMultichoice) {
		q.Text, q.Tail = before, after
	}
	if g, err := strconv.ParseFloat(x.DefaultGrade, 64); err == nil {
		q.Points = g
	}
	for _, a := range x.Answers {
		f, _ := strconv.ParseFloat(a.Fraction, 64)
		text := plain(&xText{Format: a.Format, Text: a.Text})
		if x.Type == mTrueFalse {
			if f > 0 {
				q.TF = strings.EqualFold(text, "true")
			}
			continue
		}
		q.Answers = append(q.Answers, mAnswer{Text: text, Fraction: f})
	}
	for _, s := range x.Subs {
		q.Pairs = append(q.Pairs, mPair{plain(&xText{Format: s.Format, Text: s.Text}), strings.TrimSpace(s.Answer.Text)})
	}
	return q
}
