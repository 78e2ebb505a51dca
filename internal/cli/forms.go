package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/measure"
)

// runBankForms writes two parallel forms of a blueprint as blueprint files
// with fixed parts, and prints how they compare.
func runBankForms(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank forms", stderr)
	id := fs.String("blueprint", "screening", "blueprint to draw the forms from")
	seed := fs.Uint64("seed", 1, "seed of form A (form B is searched from it)")
	out := fs.String("out", filepath.Join(defaultBanks, "blueprints"), "folder for the form files (empty: print only)")
	calDB := fs.String("db", "", "database whose calibrations give the items' difficulties (optional; else provisional by Bậc)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	b, err := bank.Load(bankPaths(fs)...)
	if err != nil {
		return fail(stderr, err)
	}
	bp, ok := b.Blueprint(*id)
	if !ok {
		return fail(stderr, fmt.Errorf("no blueprint %q", *id))
	}
	var pool []exam.PoolItem
	for i, it := range b.Items {
		pool = append(pool, exam.PoolItem{VersionID: int64(i + 1), ItemID: it.ID, Bank: it.Bank, Skill: it.Skill,
			Type: it.Type, Level: it.Level, Topics: it.Topics, Group: it.Group, Points: it.MaxPoints(), Context: it.Context})
	}
	fa, fb, shared, dist, err := exam.ParallelForms(bp, pool, *seed)
	if err != nil {
		return fail(stderr, err)
	}
	gaps, ncal, err := formsTCC(*calDB, b, fa, fb)
	if err != nil {
		return fail(stderr, err)
	}
	if !checkTCC(stdout, gaps, ncal) {
		return fail(stderr, fmt.Errorf("forms: the two forms' test characteristic curves differ by more than %.1f points; nothing written", measure.MaxTCCGap))
	}
	forms := []struct {
		form   *exam.Form
		id     string
		suffix bank.Text
	}{
		{fa, bp.ID + "-form-a", bank.Text{Lo: " (ຊຸດ A)", Vi: " (đề A)", En: " (form A)"}},
		{fb, bp.ID + "-form-b", bank.Text{Lo: " (ຊຸດ B)", Vi: " (đề B)", En: " (form B)"}},
	}
	var fixedForms []*bank.Blueprint
	for _, f := range forms {
		fixed, err := exam.Fix(bp, f.form, f.id, f.suffix)
		if err != nil {
			return fail(stderr, err)
		}
		fixedForms = append(fixedForms, fixed)
	}
	// A screening form that breaks the national-format rules is not
	// written: the old files stay, and every broken rule is named at the
	// blueprint line (section, part) that draws it.
	if bp.IsScreening() {
		if ps := bank.Problems(bank.FormProblems(b, fixedForms...)); ps.Errors() > 0 {
			for _, p := range ps {
				fmt.Fprintln(stderr, p)
			}
			return fail(stderr, fmt.Errorf("forms not written: %d form rule errors", ps.Errors()))
		}
	}
	for i, f := range forms {
		fixed := fixedForms[i]
		if *out == "" {
			continue
		}
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "# Parallel form of blueprint %q, written by `hocviet bank forms --blueprint %s --seed %d`.\n", bp.ID, bp.ID, *seed)
		fmt.Fprintf(&buf, "# Every part lists its items: all candidates who sit this form get the same exam.\n")
		fmt.Fprintf(&buf, "# Regenerate rather than edit by hand; `hocviet bank lint` checks it.\n")
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(map[string]any{"blueprints": []*bank.Blueprint{fixed}}); err != nil {
			return fail(stderr, err)
		}
		path := filepath.Join(*out, f.id+".yaml")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stderr, "wrote %s\n", path)
	}

	pa, pb := exam.Profile(fa, pool), exam.Profile(fb, pool)
	fmt.Fprintf(stdout, "| skill | type | Bậc | form A | form B |\n|---|---|---|---|---|\n")
	ta, tb := 0, 0
	for _, c := range exam.SortedCells(pa, pb) {
		fmt.Fprintf(stdout, "| %s | %s | %d | %d | %d |\n", c.Skill, c.Type, c.Level, pa[c], pb[c])
		ta += pa[c]
		tb += pb[c]
	}
	fmt.Fprintf(stdout, "| all | | | %d | %d |\n\n", ta, tb)
	fmt.Fprintf(stdout, "items in both forms: %d; cells that differ: %d items\n", shared, dist)
	return 0
}
