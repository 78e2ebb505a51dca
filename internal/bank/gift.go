package bank

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ExportGIFT writes the items that map to Moodle in GIFT and returns the
// ones that do not, and what the mapped ones lose.
func ExportGIFT(w io.Writer, items []*Item) ([]Unmapped, error) {
	qs, skipped := exportable(items)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "// hocviet question bank export (GIFT). Categories carry skill and level.")
	cat := ""
	for _, q := range qs {
		if q.Category != cat {
			cat = q.Category
			fmt.Fprintf(bw, "\n$CATEGORY: %s\n", cat)
		}
		fmt.Fprintf(bw, "\n%s\n", giftQuestion(q))
	}
	return skipped, bw.Flush()
}

func exportable(items []*Item) ([]mQuestion, []Unmapped) {
	var qs []mQuestion
	var skipped []Unmapped
	for _, it := range items {
		q, err := toMoodle(it)
		if err != nil {
			skipped = append(skipped, Unmapped{Where: it.ID, Reason: err.Error()})
			continue
		}
		if it.Audio != "" || it.Group != "" {
			skipped = append(skipped, Unmapped{it.ID, "exported without its audio, passage or group", true})
		}
		if len(it.Extra) > 0 {
			skipped = append(skipped, Unmapped{it.ID, "match distractors are not carried", true})
		}
		qs = append(qs, q)
	}
	return qs, skipped
}

func giftQuestion(q mQuestion) string {
	var b strings.Builder
	text := q.Text
	if q.Tail == "" && text != "" && !strings.HasSuffix(text, " ") {
		text += " "
	}
	fmt.Fprintf(&b, "::%s::%s{", giftEscape(q.Name), giftEscape(text))
	switch q.Kind {
	case mTrueFalse:
		if q.TF {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case mMultichoice:
		right := 0
		for _, a := range q.Answers {
			if a.Fraction > 0 {
				right++
			}
		}
		for _, a := range q.Answers {
			switch {
			case right == 1 && a.Fraction == 100:
				b.WriteString("\n\t=")
			case right == 1:
				b.WriteString("\n\t~")
			default:
				fmt.Fprintf(&b, "\n\t~%%%s%%", strconv.FormatFloat(a.Fraction, 'f', -1, 64))
			}
			b.WriteString(giftEscape(a.Text))
		}
		b.WriteString("\n")
	case mShortAnswer:
		for _, a := range q.Answers {
			b.WriteString("=" + giftEscape(a.Text) + " ")
		}
	case mMatching:
		for _, p := range q.Pairs {
			if p.Left != "" {
				fmt.Fprintf(&b, "\n\t=%s -> %s", giftEscape(p.Left), giftEscape(p.Right))
			}
		}
		b.WriteString("\n")
	}
	if q.Feedback != "" {
		b.WriteString("####" + giftEscape(q.Feedback))
	}
	b.WriteString("}")
	if q.Tail != "" {
		b.WriteString(giftEscape(q.Tail))
	}
	return strings.TrimRight(b.String(), " ")
}

var giftEscaper = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`, "\n", `\n`)

func giftEscape(s string) string { return giftEscaper.Replace(s) }

func giftUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ImportGIFT reads GIFT questions and maps them to items; name is used in
// the report. Items come out without Lao or English instructions, media or
// topics beyond "imported": the author completes them, and lint says what
// is missing.
func ImportGIFT(r io.Reader, name string) ([]*Item, []Unmapped, error) {
	return ImportGIFTFor(r, name, nil)
}

// ImportGIFTFor is ImportGIFT that also keeps the new ids clear of the ids
// taken reports (the bank's own), so the import can be added beside it.
// A syntax error names the file and line.
func ImportGIFTFor(r io.Reader, name string, taken func(string) bool) ([]*Item, []Unmapped, error) {
	qs, err := parseGIFT(r)
	if err != nil {
		return nil, nil, fmt.Errorf("%s:%w", name, err)
	}
	return fromQuestions(qs, name, taken)
}

func fromQuestions(qs []mQuestion, name string, taken func(string) bool) ([]*Item, []Unmapped, error) {
	var items []*Item
	var skipped []Unmapped
	used := map[string]bool{}
	for i, q := range qs {
		where := fmt.Sprintf("%s:%d", name, q.Line)
		if q.Name != "" {
			where += " (" + q.Name + ")"
		}
		it, lost, err := fromMoodle(q, i+1)
		if err != nil {
			skipped = append(skipped, Unmapped{Where: where, Reason: err.Error()})
			continue
		}
		it.ID = uniqueID(it.ID, used, taken)
		for _, l := range lost {
			skipped = append(skipped, Unmapped{Where: where, Reason: l, Partial: true})
		}
		items = append(items, it)
	}
	return items, skipped, nil
}

// uniqueID adds -2, -3... to an id already used in the file or the bank.
func uniqueID(id string, used map[string]bool, taken func(string) bool) string {
	out := id
	for n := 2; used[out] || (taken != nil && taken(out)); n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	used[out] = true
	return out
}

func parseGIFT(r io.Reader) ([]mQuestion, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	var qs []mQuestion
	var block []string
	start, line := 0, 0
	cat := ""
	flush := func() error {
		if len(block) == 0 {
			return nil
		}
		q, err := parseGIFTQuestion(strings.Join(block, "\n"))
		block = block[:0]
		if err != nil {
			return fmt.Errorf("%d: GIFT syntax: %w", start, err)
		}
		q.Category, q.Line = cat, start
		qs = append(qs, q)
		return nil
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), " \t\r")
		trimmed := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(trimmed, "//"):
			continue
		case strings.HasPrefix(trimmed, "$CATEGORY:"):
			if err := flush(); err != nil {
				return nil, err
			}
			cat = strings.TrimSpace(strings.TrimPrefix(trimmed, "$CATEGORY:"))
		case trimmed == "":
			if err := flush(); err != nil {
				return nil, err
			}
		default:
			if len(block) == 0 {
				start = line
			}
			block = append(block, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return qs, flush()
}

// unescaped finds the first c in s not preceded by a backslash.
func unescaped(s string, c byte, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == c {
			return i
		}
	}
	return -1
}

func parseGIFTQuestion(s string) (mQuestion, error) {
	var q mQuestion
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "::") {
		end := strings.Index(s[2:], "::")
		if end < 0 {
			return q, fmt.Errorf("title not closed with ::")
		}
		q.Name = giftUnescape(strings.TrimSpace(s[2 : 2+end]))
		s = strings.TrimSpace(s[4+end:])
	}
	if strings.HasPrefix(s, "[") {
		if end := strings.IndexByte(s, ']'); end > 0 {
			s = s[end+1:] // [html], [moodle], [plain], [markdown]
		}
	}
	open := unescaped(s, '{', 0)
	if open < 0 {
		q.Kind, q.Text = mDescription, giftText(s)
		return q, nil
	}
	closeAt := unescaped(s, '}', open)
	if closeAt < 0 {
		return q, fmt.Errorf("answer block not closed with }")
	}
	// The blank sits exactly where the braces are, so the space on either
	// side (or its absence before a full stop) is kept.
	q.Text = giftText(s[:open])
	if q.Text != "" && strings.TrimRight(s[:open], " \t\n") != s[:open] {
		q.Text += " "
	}
	if after := s[closeAt+1:]; strings.TrimSpace(after) != "" {
		q.Tail = giftText(after)
		if strings.TrimLeft(after, " \t\n") != after {
			q.Tail = " " + q.Tail
		}
	}
	body := strings.TrimSpace(s[open+1 : closeAt])
	if i := strings.Index(body, "####"); i >= 0 {
		q.Feedback = giftText(body[i+4:])
		body = strings.TrimSpace(body[:i])
	}
	switch strings.ToUpper(strings.SplitN(body, "#", 2)[0]) {
	case "T", "TRUE":
		q.Kind, q.TF = mTrueFalse, true
		return q, nil
	case "F", "FALSE":
		q.Kind = mTrueFalse
		return q, nil
	}
	switch {
	case body == "":
		q.Kind = mEssay
		return q, nil
	case strings.HasPrefix(body, "#"):
		q.Kind = mNumerical
		return q, nil
	}
	answers := splitGIFTAnswers(body)
	matching, wrong := false, false
	for _, a := range answers {
		matching = matching || strings.Contains(a.text, "->")
		wrong = wrong || a.mark == '~'
	}
	for _, a := range answers {
		text, fb := a.text, ""
		if i := unescaped(text, '#', 0); i >= 0 {
			text, fb = text[:i], giftText(text[i+1:])
		}
		switch {
		case matching:
			l, r, _ := strings.Cut(text, "->")
			q.Pairs = append(q.Pairs, mPair{giftText(l), giftText(r)})
		default:
			frac := 0.0
			if a.mark == '=' {
				frac = 100
			}
			if strings.HasPrefix(text, "%") {
				if end := strings.IndexByte(text[1:], '%'); end >= 0 {
					f, err := strconv.ParseFloat(text[1:1+end], 64)
					if err != nil {
						return q, fmt.Errorf("bad weight %q", text[:end+2])
					}
					frac, text = f, text[end+2:]
				}
			}
			q.Answers = append(q.Answers, mAnswer{Text: giftText(text), Fraction: frac, Feedback: fb})
		}
	}
	switch {
	case matching:
		q.Kind = mMatching
	case wrong:
		q.Kind = mMultichoice
	default:
		q.Kind = mShortAnswer
	}
	return q, nil
}

type giftAnswer struct {
	mark byte
	text string
}

func splitGIFTAnswers(body string) []giftAnswer {
	var out []giftAnswer
	cur := -1
	var mark byte
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			i++
		case '=', '~':
			if cur >= 0 {
				out = append(out, giftAnswer{mark, body[cur:i]})
			}
			mark, cur = body[i], i+1
		}
	}
	if cur >= 0 {
		out = append(out, giftAnswer{mark, body[cur:]})
	}
	return out
}

// giftText unescapes and folds the white space of line breaks.
func giftText(s string) string {
	return giftUnescape(strings.Join(strings.Fields(s), " "))
}
