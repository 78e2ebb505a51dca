package view

import (
	"strconv"
	"strings"

	"hocviet/internal/bank"
)

// CorrectAnswer words the right answer of a picked-answer item for a
// candidate who missed it (issue 17.8): the options marked correct, "true"
// or "false", the tone. It is "" until the answer is graded, and for the
// types whose right answer the item itself shows once graded.
func (it *Item) CorrectAnswer() string {
	if !it.Graded {
		return ""
	}
	switch it.Type {
	case bank.TypeChoice:
		var right []string
		for _, o := range it.Options {
			if o.Correct && o.Text != "" {
				right = append(right, o.Text)
			}
		}
		return strings.Join(right, "; ")
	case bank.TypeTrueFalse:
		return it.T("exam.answer." + it.answer)
	case bank.TypeTonePick:
		return ToneLabel(it.answer)
	}
	return ""
}

// StaffKey words an item's answer key for the instructor beside the
// preview: the one place a key is shown whole, to staff only.
func StaffKey(it *bank.Item) []string {
	var out []string
	switch it.Type {
	case bank.TypeChoice:
		for _, o := range it.Options {
			if o.Correct {
				out = append(out, o.ID+": "+o.Text)
			}
		}
	case bank.TypeTrueFalse, bank.TypeTonePick:
		out = append(out, it.Answer)
	case bank.TypeCloze, bank.TypeGapFill:
		for i, g := range it.Gaps {
			a := g.Answer
			if a == "" {
				a = strings.Join(g.Accept, " / ")
			}
			out = append(out, "{"+strconv.Itoa(i+1)+"} "+a)
		}
	case bank.TypeMatch:
		for _, p := range it.Pairs {
			out = append(out, p.Left+" → "+p.Right)
		}
	default:
		out = append(out, it.Accept...)
	}
	return out
}
