package store

import (
	"context"
	"testing"

	"hocviet/internal/bank"
)

// A released sitting gets, per result and skill, a WLE ability on the
// items' provisional difficulties (no calibration yet), ordered as the
// answers are, and a row for the average; the pilot writer grades and
// decides scripts as the exam does.
func TestUpdateResultMeasuresProvisional(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	var cands []int64
	if err := f.st.DB().Select(&cands, `SELECT id FROM candidates WHERE cohort_id = ? ORDER BY id`, f.cohort); err != nil {
		t.Fatal(err)
	}
	// A third candidate, from another class, named on the session.
	var third int64
	if err := f.st.DB().Get(&third, `SELECT c.id FROM candidates c JOIN users u ON u.id = c.user_id WHERE u.username = 'cand-out'`); err != nil {
		t.Fatal(err)
	}
	cands = append(cands, third)
	// Reading: candidate 0 right on both items, 1 on none, 2 on the
	// true/false only. Writing essays rated 8, 2 and 5.
	answer := func(ci int, it *bank.Item) bank.Response {
		switch {
		case it.Type == bank.TypeTrueFalse && ci != 1:
			return bank.Response{Choices: []string{it.Answer}}
		case it.Type == bank.TypeChoice && ci == 0:
			for _, o := range it.Options {
				if o.Correct {
					return bank.Response{Choices: []string{o.ID}}
				}
			}
		}
		return bank.Response{}
	}
	essay := []float64{8, 2, 5}
	rate := func(ci int, it *bank.Item) []PilotRating {
		return []PilotRating{{Slot: 1, RaterID: f.raters[0], Score: essay[ci]}, {Slot: 2, RaterID: f.raters[1], Score: essay[ci]}}
	}
	if err := f.st.Measure.InsertPilot(ctx, PilotSpec{SessionID: f.session, Candidates: cands, At: t0, By: &f.raters[0], Answer: answer, Rate: rate}); err != nil {
		t.Fatal(err)
	}
	if err := f.st.Measure.UpdateResultMeasures(ctx, f.session, t0); err != nil {
		t.Fatal(err)
	}
	sm, err := f.st.Measure.SessionMeasureData(ctx, f.session)
	if err != nil {
		t.Fatal(err)
	}
	if len(sm.AttemptIDs) != 3 || len(sm.Raters) != 6 {
		t.Fatalf("%d attempts, %d double-rated scripts; want 3 and 6 (an essay and a spoken answer each)", len(sm.AttemptIDs), len(sm.Raters))
	}
	theta := map[string][]float64{}
	for _, id := range sm.AttemptIDs {
		rows, err := f.st.Measure.ResultSkills(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 5 {
			t.Fatalf("attempt %d: %d measurement rows, want 4 skills and the average", id, len(rows))
		}
		for _, sk := range []string{"reading", "writing"} {
			r := rows[sk]
			if !r.Theta.Valid || !r.SE.Valid || !r.Provisional || r.CalibrationID.Valid {
				t.Fatalf("attempt %d %s: %+v, want a provisional WLE", id, sk, r)
			}
			theta[sk] = append(theta[sk], r.Theta.Float64)
		}
	}
	// Attempts come in code order, which is candidate order here.
	for _, sk := range []string{"reading", "writing"} {
		th := theta[sk]
		if !(th[0] > th[2] && th[2] > th[1]) {
			t.Errorf("%s abilities %v: want candidate 0 > 2 > 1", sk, th)
		}
	}
}
