package demo

import (
	"context"
	"testing"

	"hocviet/internal/measure"
)

// The demo's pilot: 153 released results of form A whose statistics find
// the weak item by its numbers, with alpha in (0, 1) for every skill, rater
// pairs with some third-rater cases, and a calibration kept.
func TestSeedPilot(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := seeded(t)
	var sid int64
	if err := st.DB().GetContext(ctx, &sid, `SELECT id FROM exam_sessions WHERE title = ?`, PilotTitle); err != nil {
		t.Fatal(err)
	}
	sm, err := st.Measure.SessionMeasureData(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := measure.Report(sid, sm.Data, sm.Raters)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Candidates != PilotSize {
		t.Errorf("pilot candidates = %d, want %d", rep.Candidates, PilotSize)
	}
	for _, s := range rep.SkillStats() {
		if !(s.Alpha > 0 && s.Alpha < 1) {
			t.Errorf("%s: alpha %v, want in (0, 1)", s.Skill, s.Alpha)
		}
		t.Logf("%s: %d items, mean %.2f sd %.2f alpha %.3f sem %.2f", s.Skill, s.Items, s.Mean, s.SD, s.Alpha, s.SEM)
	}
	negative := 0
	for _, it := range rep.ItemStats() {
		for _, f := range it.Flags {
			if f == measure.FlagNegDiscrim {
				negative++
				t.Logf("negative: %s %v discrimination %.2f", it.ItemID, it.Flags, it.Discrimination)
			}
		}
	}
	if negative == 0 {
		t.Error("no item with negative discrimination: the weak item was not found")
	}
	third := 0.0
	for _, p := range rep.RaterPairs() {
		third += p.ThirdRater * float64(p.Scripts)
	}
	if len(rep.RaterPairs()) < 3 || third == 0 {
		t.Errorf("rater pairs %d, third-rater scripts %.0f: want several pairs and some third raters", len(rep.RaterPairs()), third)
	}
	runs, err := st.Measure.Calibrations(ctx)
	if err != nil || len(runs) == 0 || runs[0].Persons != PilotSize {
		t.Fatalf("calibration runs %+v %v", runs, err)
	}
	rs, err := st.Measure.ResultSkills(ctx, sm.AttemptIDs[0])
	if err != nil || !rs["reading"].Theta.Valid || !rs["reading"].SEM.Valid || !rs["average"].SEM.Valid {
		t.Errorf("result measurement of the first attempt: %+v %v", rs, err)
	}
}
