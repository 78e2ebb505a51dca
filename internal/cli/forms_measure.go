package cli

import (
	"context"
	"fmt"
	"io"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/measure"
)

// formsTCC compares the two forms' test characteristic curves (issue 14,
// section 3). Each item counts with its calibrated difficulty when the
// database at dbPath (optional) holds a calibration of its current version,
// else with the provisional difficulty of its Bậc. It returns, per skill,
// where the curves differ most for abilities from −2 to +2 logits, and how
// many items were calibrated.
func formsTCC(dbPath string, b *bank.Bank, fa, fb *exam.Form) ([]measure.TCCGap, int, error) {
	calibrated := map[string]measure.Item{}
	if dbPath != "" {
		ctx := context.Background()
		st, err := openCurrent(ctx, dbPath)
		if err != nil {
			return nil, 0, err
		}
		defer st.Close()
		for _, sk := range bank.Skills {
			ps, err := st.Measure.MeasurePool(ctx, sk, nil)
			if err != nil {
				return nil, 0, err
			}
			for _, p := range ps {
				if !p.Provisional {
					calibrated[p.ID] = p.Item
				}
			}
		}
	}
	n := 0
	weigh := func(f *exam.Form) ([]measure.Weighted, error) {
		var out []measure.Weighted
		for _, sec := range f.Sections {
			for _, fi := range sec.Items {
				it, ok := b.Item(fi.ItemID)
				if !ok {
					return nil, fmt.Errorf("forms: item %s of a form is not in the banks", fi.ItemID)
				}
				m, ok := calibrated[fi.ItemID]
				if ok {
					n++
				} else {
					m = measure.ProvisionalItem(measure.Item{ID: it.ID, Level: it.Level}, 1)
				}
				m.Skill = sec.Skill
				out = append(out, measure.Weighted{Item: m, Points: fi.Points})
			}
		}
		return out, nil
	}
	a, err := weigh(fa)
	if err != nil {
		return nil, 0, err
	}
	bw, err := weigh(fb)
	if err != nil {
		return nil, 0, err
	}
	return measure.CompareTCC(a, bw, -2, 2), n, nil
}

// checkTCC prints the curves' largest differences and reports whether they
// stay within measure.MaxTCCGap.
func checkTCC(w io.Writer, gaps []measure.TCCGap, calibrated int) bool {
	ok := true
	fmt.Fprintf(w, "\ntest characteristic curves, abilities −2…+2 logits (%d items calibrated, the rest provisional by Bậc):\n", calibrated)
	fmt.Fprintf(w, "| skill | largest difference (0–10) | at θ | form A | form B |\n|---|---|---|---|---|\n")
	for _, g := range gaps {
		fmt.Fprintf(w, "| %s | %.2f | %+.2f | %.2f | %.2f |\n", g.Skill, g.Diff, g.Theta, g.A, g.B)
		if g.Diff > measure.MaxTCCGap {
			ok = false
		}
	}
	return ok
}
