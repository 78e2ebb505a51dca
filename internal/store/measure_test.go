package store

import (
	"context"
	"math"
	"testing"

	"hocviet/internal/measure"
)

func TestMeasurePoolProvisionalThenCalibratedAndNeverOverwritten(t *testing.T) {
	t.Parallel()
	st := openTest(t)
	ctx := context.Background()
	importTestBank(t, st, "../exam/testdata/bank")
	pool, err := st.Measure.MeasurePool(ctx, "reading", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(pool) == 0 {
		t.Fatal("no reading items in the test bank")
	}
	first := pool[0]
	if !first.Provisional || first.Difficulty != measure.ProvisionalDifficulty(first.Level) || !math.IsNaN(first.SE) {
		t.Fatalf("uncalibrated item: %+v, want provisional difficulty of Bậc %d", first, first.Level)
	}
	save := func(d float64) int64 {
		id, err := st.Measure.SaveCalibration(ctx, NewCalibration{Method: "jmle-pcm", Persons: 50, Items: []measure.ItemResult{{
			Item:       measure.Item{ID: first.ID, VersionID: first.VersionID, Skill: "reading", Steps: []float64{d}, Scores: []float64{0, 1}},
			Difficulty: d, SE: 0.2, Infit: 1.1, Outfit: 0.9, N: 50,
		}}}, t0)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	c1 := save(0.7)
	c2 := save(-0.4)
	got, err := st.Measure.ItemParams(ctx, []int64{first.VersionID})
	if err != nil {
		t.Fatal(err)
	}
	p := got[first.VersionID]
	if p.Provisional || p.CalibrationID != c2 || p.Difficulty != -0.4 || p.Steps[0] != -0.4 || p.N != 50 {
		t.Fatalf("after two calibrations: %+v, want the newest (%d, -0.4)", p, c2)
	}
	if _, err := st.DB().ExecContext(ctx, `UPDATE measure_item_params SET difficulty = 0 WHERE calibration_id = ?`, c1); err == nil {
		t.Error("an old calibration was overwritten")
	}
	if _, err := st.DB().ExecContext(ctx, `DELETE FROM measure_item_params WHERE calibration_id = ?`, c1); err == nil {
		t.Error("an old calibration was deleted")
	}
	runs, err := st.Measure.Calibrations(ctx)
	if err != nil || len(runs) != 2 || runs[0].ID != c2 || runs[0].Items != 1 {
		t.Fatalf("calibrations: %+v %v", runs, err)
	}
}
