package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

const bankGradeUsage = `usage: hocviet bank grade ITEM-ID ANSWER [--banks DIR]
  ANSWER is what a candidate gives:
    choice          option ids, comma separated (b or a,c)
    true_false      true or false
    tone_pick       a tone name (huyen or huyền)
    dictation, add_marks   the typed text
    cloze, gap_fill the gaps' answers separated by " | "
    match           LEFT = RIGHT pairs separated by " | "
    order_words     the sentence, tiles typed with spaces`

type bankGradeOut struct {
	Item    string  `json:"item"`
	Verdict string  `json:"verdict"`
	Score   float64 `json:"score"`
	Max     float64 `json:"max"`
}

// runBankGrade grades one answer against an item of the banks with the
// exam's own grading function, so an instructor can check a key.
func runBankGrade(args []string, stdout, stderr io.Writer) int {
	dir := defaultBanks
	var pos []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--banks" || a == "-banks":
			if i+1 == len(args) {
				fmt.Fprintln(stderr, "bank grade: --banks needs a folder\n"+bankGradeUsage)
				return 2
			}
			dir = args[i+1]
			i++
		case strings.HasPrefix(a, "--banks="):
			dir = strings.TrimPrefix(a, "--banks=")
		case a == "-h" || a == "--help":
			fmt.Fprintln(stdout, bankGradeUsage)
			return 0
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) != 2 {
		fmt.Fprintln(stderr, bankGradeUsage)
		return 2
	}
	// Read, not Load: a key can be checked while another item of the
	// bank still has a lint error.
	b, _ := bank.Read(dir)
	it, ok := b.Item(pos[0])
	if !ok {
		return fail(stderr, fmt.Errorf("no item %q in %s", pos[0], dir))
	}
	out, err := gradeAnswer(it, pos[1])
	if err != nil {
		return fail(stderr, err)
	}
	enc := json.NewEncoder(stdout)
	if err := enc.Encode(out); err != nil {
		return fail(stderr, err)
	}
	return 0
}

// gradeAnswer grades the command line's answer to it.
func gradeAnswer(it *bank.Item, answer string) (bankGradeOut, error) {
	resp, err := parseAnswer(it, answer)
	if err != nil {
		return bankGradeOut{}, fmt.Errorf("item %s (%s): %w", it.ID, it.Type, err)
	}
	sc := exam.GradeItem(it, resp, 0)
	return bankGradeOut{Item: it.ID, Verdict: sc.Verdict, Score: sc.Points, Max: sc.Max}, nil
}

// parseAnswer turns the command line's answer into the response the exam
// page would send for the item's type.
func parseAnswer(it *bank.Item, answer string) (bank.Response, error) {
	switch it.Type {
	case bank.TypeChoice:
		var ids []string
		for _, f := range strings.FieldsFunc(answer, func(r rune) bool { return r == ',' || r == ' ' || r == '|' }) {
			ids = append(ids, f)
		}
		return bank.Response{Choices: ids}, nil
	case bank.TypeTonePick, bank.TypeTrueFalse:
		return bank.Response{Choices: []string{strings.TrimSpace(answer)}}, nil
	case bank.TypeDictation, bank.TypeAddMarks:
		return bank.Response{Text: answer}, nil
	case bank.TypeCloze, bank.TypeGapFill:
		gaps := strings.Split(answer, "|")
		for i := range gaps {
			gaps[i] = strings.TrimSpace(gaps[i])
		}
		return bank.Response{Gaps: gaps}, nil
	case bank.TypeMatch:
		pairs := map[string]string{}
		for _, p := range strings.Split(answer, "|") {
			l, r, ok := strings.Cut(p, "=")
			if !ok {
				return bank.Response{}, fmt.Errorf("match pair %q: want LEFT = RIGHT", strings.TrimSpace(p))
			}
			pairs[strings.TrimSpace(l)] = strings.TrimSpace(r)
		}
		return bank.Response{Pairs: pairs}, nil
	case bank.TypeOrderWords:
		return bank.Response{Words: []string{answer}}, nil
	}
	return bank.Response{Text: answer}, nil
}
