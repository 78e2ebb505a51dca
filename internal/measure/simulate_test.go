package measure

import (
	"fmt"
	"testing"
)

// The whole chain on a small synthetic pool: calibration recovers the true
// difficulties (r >= 0.95), the adaptive test stops by its rules (at most
// 15 items per skill) and estimates abilities no worse than a fixed form of
// 20 items per skill.
func TestSimulateChain(t *testing.T) {
	var pool []SimItem
	var form []string
	for _, sk := range []string{"listening", "reading"} {
		for i := 0; i < 90; i++ {
			it := SimItem{ID: fmt.Sprintf("%s-%02d", sk, i), Skill: sk, Type: []string{"choice", "gap", "typed"}[i%3], Level: 1 + i%5, Steps: 1 + (i%3)*1}
			pool = append(pool, it)
			if i%9 < 2 {
				form = append(form, it.ID)
			}
		}
	}
	res, err := Simulate(pool, form, SimConfig{Candidates: 300, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", *res)
	if res.Calibration.R < 0.95 || res.Calibration.Items != len(pool) {
		t.Errorf("calibration r = %.3f over %d items", res.Calibration.R, res.Calibration.Items)
	}
	if res.CAT.MaxItems > 2*15 {
		t.Errorf("adaptive test gave %d items for two skills", res.CAT.MaxItems)
	}
	if res.CAT.RMSE > res.Fixed.RMSE+0.05 {
		t.Errorf("adaptive RMSE %.3f, fixed %.3f", res.CAT.RMSE, res.Fixed.RMSE)
	}
	if _, err := Simulate(pool, []string{"nope"}, SimConfig{Candidates: 20}); err == nil {
		t.Error("a form item outside the pool: want an error")
	}
}
