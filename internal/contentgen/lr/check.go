package lr

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"hocviet/internal/bank"
)

// Check lints every bank under root (ids are unique across banks), prints
// the problems in the listening and reading banks, and counts their items
// by skill, level and type. It reports whether there were errors.
func Check(root string, w io.Writer) bool {
	ps := bank.Lint(root)
	mine := func(p bank.Problem) bool {
		f := filepath.ToSlash(p.File)
		return strings.Contains(f, "/nghe/") || strings.Contains(f, "/doc/")
	}
	errs, warns, others := 0, 0, 0
	for _, p := range ps {
		if !mine(p) {
			if p.Severity == bank.SevError {
				others++
			}
			continue
		}
		fmt.Fprintln(w, p.String())
		if p.Severity == bank.SevError {
			errs++
		} else {
			warns++
		}
	}
	fmt.Fprintf(w, "nghe+doc: %d errors, %d warnings (other banks: %d errors)\n", errs, warns, others)
	b, _ := bank.Read(filepath.Join(root, "nghe"), filepath.Join(root, "doc"))
	stats := b.Stats()
	per := map[string]int{}
	for _, s := range stats {
		fmt.Fprintf(w, "  %-9s Bậc %d  %-10s %4d\n", s.Skill, s.Level, s.Type, s.Count)
		per[fmt.Sprintf("%s Bậc %d", s.Skill, s.Level)] += s.Count
	}
	for _, sk := range []string{bank.Listening, bank.Reading} {
		total := 0
		var parts []string
		for lv := 1; lv <= 6; lv++ {
			n := per[fmt.Sprintf("%s Bậc %d", sk, lv)]
			if n > 0 {
				parts = append(parts, fmt.Sprintf("B%d %d", lv, n))
			}
			total += n
		}
		fmt.Fprintf(w, "%s: %s; total %d\n", sk, strings.Join(parts, ", "), total)
	}
	fmt.Fprintf(w, "groups: %d\n", len(b.Groups))
	return errs == 0
}
