// Command coreexplain keeps the drafted explanations of the hand-written
// core bank up to date: every Bậc 1–3 objective item without an
// explanation in Lao and Vietnamese gets one drafted by
// internal/bankgen/explain (a hand-written Vietnamese or English one is
// kept, the Lao added), flagged `reviewed: false`; drafts still flagged
// are redrafted. The nghe, doc and viet banks get theirs from their
// generators. Edits are made line by line so comments and anchors stay.
//
//	go run ./internal/bankgen/cmd/coreexplain [-dir question_banks/core]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/bankgen/explain"
)

func q(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), `\u0026`, "&")
}

func main() {
	dir := flag.String("dir", "question_banks/core", "the hand-written bank")
	flag.Parse()
	b, probs := bank.Read(*dir)
	if b == nil {
		fmt.Fprintln(os.Stderr, "coreexplain:", probs)
		os.Exit(1)
	}
	files := map[string][]string{}
	n := 0
	for _, it := range b.Items {
		drafted := it.Reviewed != nil && !*it.Reviewed
		missing := explain.Needed(it) && (it.Feedback.Lo == "" || it.Feedback.Vi == "")
		if !drafted && !missing {
			continue
		}
		lines, ok := files[it.Source.File]
		if !ok {
			data, err := os.ReadFile(it.Source.File)
			if err != nil {
				fmt.Fprintln(os.Stderr, "coreexplain:", err)
				os.Exit(1)
			}
			lines = strings.Split(string(data), "\n")
		}
		d := explain.ForItem(it, b.GroupOf(it))
		if it.Feedback.Vi != "" && !drafted {
			d.Vi = it.Feedback.Vi
		}
		if it.Feedback.En != "" && !drafted {
			d.En = it.Feedback.En
		}
		lines = edit(lines, it.ID, d, drafted)
		files[it.Source.File] = lines
		n++
	}
	for f, lines := range files {
		if err := os.WriteFile(f, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "coreexplain:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d explanations drafted\n", n)
}

// edit writes d into the item's block: the one-line feedback a draft was
// written as, or the lo line of a hand-written block, or new lines at the
// end of the block.
func edit(lines []string, id string, d explain.Text, drafted bool) []string {
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "- id: "+id {
			start = i
		}
	}
	if start < 0 {
		return lines
	}
	end := len(lines)
	for i := start + 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "  - ") || (lines[i] != "" && !strings.HasPrefix(lines[i], " ")) {
			end = i
			break
		}
	}
	for end > start && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	one := fmt.Sprintf("    feedback: {lo: %s, vi: %s, en: %s}", q(d.Lo), q(d.Vi), q(d.En))
	for i := start; i < end; i++ {
		switch {
		case strings.HasPrefix(lines[i], "    feedback: {"):
			lines[i] = one
			return lines
		case lines[i] == "    feedback:":
			if i+1 < end && strings.HasPrefix(lines[i+1], "      lo: ") {
				lines[i+1] = "      lo: " + q(d.Lo)
				return lines
			}
			add := []string{"      lo: " + q(d.Lo)}
			if !strings.Contains(strings.Join(lines[i:end], "\n"), "      vi: ") {
				add = append(add, "      vi: "+q(d.Vi))
			}
			lines = append(lines[:i+1], append(add, lines[i+1:]...)...)
			return insertReviewed(lines, start, end+len(add), drafted)
		}
	}
	lines = append(lines[:end], append([]string{one, "    reviewed: false"}, lines[end:]...)...)
	return lines
}

func insertReviewed(lines []string, start, end int, drafted bool) []string {
	if drafted {
		return lines
	}
	for i := start; i < end; i++ {
		if strings.TrimSpace(lines[i]) == "reviewed: false" {
			return lines
		}
	}
	return append(lines[:end], append([]string{"    reviewed: false"}, lines[end:]...)...)
}
