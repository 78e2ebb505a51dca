package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"hocviet/internal/bank"
	"hocviet/internal/measure"
)

// runExamSimulate checks calibration, the fixed form and the adaptive test
// on synthetic data drawn for the shipped pool (issue 14, section 4).
func runExamSimulate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("exam simulate", stderr)
	n := fs.Int("candidates", 500, "simulated candidates (the calibration sample, and again the fresh group)")
	seed := fs.Uint64("seed", 1, "random seed")
	form := fs.String("form", "screening-form-a", "fixed form (blueprint id) to compare with")
	asJSON := fs.Bool("json", false, "print JSON")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	b, err := bank.Load(bankPaths(fs)...)
	if err != nil {
		return fail(stderr, err)
	}
	pool, items, err := SimulationPool(b, *form)
	if err != nil {
		return fail(stderr, err)
	}
	res, err := measure.Simulate(pool, items, measure.SimConfig{Candidates: *n, Seed: *seed})
	if err != nil {
		return fail(stderr, err)
	}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(res); err != nil {
			return fail(stderr, err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "calibration: %d items, r = %.3f, RMSE %.3f logits\n", res.Calibration.Items, res.Calibration.R, res.Calibration.RMSE)
	fmt.Fprintf(stdout, "fixed form:  %d items, ability RMSE %.3f, accuracy %.3f\n", res.Fixed.Items, res.Fixed.RMSE, res.Fixed.Accuracy)
	fmt.Fprintf(stdout, "adaptive:    %.1f items on average (max %d), ability RMSE %.3f, accuracy %.3f\n", res.CAT.MeanItems, res.CAT.MaxItems, res.CAT.RMSE, res.CAT.Accuracy)
	return 0
}

// SimulationPool is the shipped pool's automatically scored items of
// listening, reading and writing (what the adaptive test may give), and the
// ids of the fixed form's items among them.
func SimulationPool(b *bank.Bank, formID string) ([]measure.SimItem, []string, error) {
	var pool []measure.SimItem
	in := map[string]bool{}
	for _, it := range b.Items {
		if bank.Manual(it.Type) || it.Skill == bank.Speaking {
			continue
		}
		pool = append(pool, measure.SimItem{ID: it.ID, Skill: it.Skill, Type: it.Type, Level: it.Level, Steps: SimSteps(it)})
		in[it.ID] = true
	}
	bp, ok := b.Blueprint(formID)
	if !ok {
		return nil, nil, fmt.Errorf("simulate: no blueprint %q", formID)
	}
	var form []string
	for _, sec := range bp.Sections {
		for _, p := range sec.Parts {
			if len(p.Items) == 0 {
				return nil, nil, fmt.Errorf("simulate: %s: part %s is drawn, not fixed; give a fixed form", formID, p.ID)
			}
			for _, id := range p.Items {
				if in[id] {
					form = append(form, id)
				}
			}
		}
	}
	return pool, form, nil
}

// SimSteps is how many score steps an item has as the exam scores it: a
// typed answer earns 0, 0.25 (letter mark), 0.5 (tone) or 1, so three steps;
// a gap or pair chosen from options is right or wrong, one step each; an
// item's steps add up over its gaps or pairs (at most 8); other items have
// one step.
func SimSteps(it *bank.Item) int {
	switch it.Type {
	case bank.TypeCloze, bank.TypeGapFill:
		n := 0
		for _, g := range it.Gaps {
			if len(g.Options) > 0 {
				n++
			} else {
				n += 3
			}
		}
		return clampInt(n, 1, 8)
	case bank.TypeMatch:
		return clampInt(len(it.Pairs), 1, 8)
	case bank.TypeDictation, bank.TypeAddMarks:
		return 3
	}
	return 1
}

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }
