package measure

import (
	"encoding/json"
	"fmt"
	"testing"
)

// The whole chain on a small synthetic pool: calibration recovers the true
// difficulties (r >= 0.95); the adaptive test stops by its rules (at most
// 15 items per skill), gives fewer items on average than the fixed form of
// 20 items per skill, and classifies against the Bậc 3 cut about as well;
// the JSON has the shape `exam simulate` promises.
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
	if res.Fixed.Items != len(form) || res.CAT.MeanItems >= float64(res.Fixed.Items) || res.CAT.MeanItems < 2*5 {
		t.Errorf("adaptive mean %.1f items, fixed %d (form of %d): want at least the minimum 2×5 and fewer than the fixed", res.CAT.MeanItems, res.Fixed.Items, len(form))
	}
	if res.CAT.Accuracy < res.Fixed.Accuracy-0.05 || res.CAT.Accuracy < 0.8 {
		t.Errorf("adaptive accuracy %.3f, fixed %.3f", res.CAT.Accuracy, res.Fixed.Accuracy)
	}
	raw, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var shape map[string]map[string]any
	if err := json.Unmarshal(raw, &shape); err != nil {
		t.Fatal(err)
	}
	for part, keys := range map[string][]string{"calibration": {"items", "r", "rmse"}, "fixed": {"items", "rmse", "accuracy"},
		"cat": {"mean_items", "max_items", "rmse", "accuracy"}} {
		if len(shape[part]) != len(keys) {
			t.Errorf("%s: %v, want the keys %v", part, shape[part], keys)
		}
		for _, k := range keys {
			if _, ok := shape[part][k].(float64); !ok {
				t.Errorf("%s.%s missing or not a number in %s", part, k, raw)
			}
		}
	}
	if _, err := Simulate(pool, []string{"nope"}, SimConfig{Candidates: 20}); err == nil {
		t.Error("a form item outside the pool: want an error")
	}
}
