// Command formsdoc prints, for each fixed form of the screening exam, the
// figures docs/forms.md reports: minutes of audio, long recordings, and per
// skill the items and points by level and by type, with each type's and
// Bậc 4–5's share of the skill's points. It reads the same files and the
// same audio-length code as `hocviet bank lint`, so the table and the
// lint rules cannot disagree.
//
//	go run ./internal/bankgen/cmd/formsdoc [-root question_banks] screening-form-a screening-form-b
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"hocviet/internal/bank"
)

func main() {
	root := flag.String("root", "question_banks", "the question_banks folder")
	flag.Parse()
	b, err := bank.Load(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "formsdoc:", err)
		os.Exit(1)
	}
	for _, id := range flag.Args() {
		bp, ok := b.Blueprint(id)
		if !ok {
			fmt.Fprintln(os.Stderr, "formsdoc: no blueprint", id)
			os.Exit(1)
		}
		report(b, bp)
	}
}

func report(b *bank.Bank, bp *bank.Blueprint) {
	fmt.Printf("### %s\n\n", bp.ID)
	items, total := 0, 0
	bac5 := 0
	for _, s := range bp.Sections {
		byLevel := map[int][2]float64{}
		byType := map[string][2]float64{}
		var pts float64
		audio := map[string]float64{}
		for _, p := range s.Parts {
			for _, id := range p.Items {
				it, ok := b.Item(id)
				if !ok {
					continue
				}
				w := it.MaxPoints()
				if p.Points > 0 {
					w = p.Points
				}
				pts += w
				l, t := byLevel[it.Level], byType[it.Type]
				byLevel[it.Level] = [2]float64{l[0] + 1, l[1] + w}
				byType[it.Type] = [2]float64{t[0] + 1, t[1] + w}
				items++
				if it.Level == 5 {
					bac5++
				}
				k := it.Audio
				if g := b.GroupOf(it); k == "" && g != nil {
					k = g.Audio
				}
				if k != "" {
					if _, seen := audio[k]; !seen {
						d, err := b.AudioSeconds(k)
						if err != nil {
							fmt.Fprintln(os.Stderr, "formsdoc:", err)
						}
						audio[k] = d
					}
				}
			}
		}
		total += s.Minutes
		n := 0
		for _, c := range byType {
			n += int(c[0])
		}
		fmt.Printf("**%s** — %d min, %d items, %s points", s.Skill, s.Minutes, n, num(pts))
		if s.Skill == bank.Listening {
			var sec float64
			long := 0
			for _, d := range audio {
				sec += d
				if d >= 180 {
					long++
				}
			}
			fmt.Printf("; %d recordings, %.1f min of audio, %d of 3 min or more, played %d time(s)", len(audio), sec/60, long, max(s.MaxPlays, 1))
		}
		fmt.Printf("\n\n| | items | points | share |\n|---|---|---|---|\n")
		var levels []int
		for l := range byLevel {
			levels = append(levels, l)
		}
		sort.Ints(levels)
		high := 0.0
		for _, l := range levels {
			c := byLevel[l]
			if l >= 4 {
				high += c[1]
			}
			fmt.Printf("| Bậc %d | %s | %s | %.0f %% |\n", l, num(c[0]), num(c[1]), 100*c[1]/pts)
		}
		var types []string
		for t := range byType {
			types = append(types, t)
		}
		slices.Sort(types)
		for _, t := range types {
			c := byType[t]
			fmt.Printf("| %s | %s | %s | %.0f %% |\n", strings.ReplaceAll(t, "_", " "), num(c[0]), num(c[1]), 100*c[1]/pts)
		}
		fmt.Printf("| **Bậc 4–5** | | %s | %.0f %% |\n\n", num(high), 100*high/pts)
	}
	fmt.Printf("All: %d items, %d at Bậc 5, %d minutes; each skill is 25 %% of the result (0–10 each, averaged).\n\n", items, bac5, total)
}

// num prints a sum of part points without float noise (37.99999 → 38).
func num(x float64) string {
	return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
}
