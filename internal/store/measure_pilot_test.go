package store

import (
	"context"
	"testing"

	"hocviet/internal/bank"
)

// The people of a pilot marked PilotOnly (the demo's 153 graduates of
// earlier courses) sit the form but are not the province's candidates: the
// board's lists (ProvincePeople, CandidatesInProvince) and the results the
// eligibility list reads leave them out; an ordinary pilot's candidates stay.
func TestPilotOnlyCandidatesLeaveTheBoardsLists(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		pilotOnly bool
	}{{"ordinary pilot", false}, {"pilot-only people", true}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newExamFixture(t)
			ctx := context.Background()
			var prov int64
			if err := f.st.DB().Get(&prov, `SELECT id FROM provinces WHERE code = 'houaphanh'`); err != nil {
				t.Fatal(err)
			}
			before, err := f.st.People.ProvincePeople(ctx, prov)
			if err != nil {
				t.Fatal(err)
			}
			var cands []int64
			if err := f.st.DB().Select(&cands, `SELECT id FROM candidates WHERE cohort_id = ? ORDER BY id`, f.cohort); err != nil {
				t.Fatal(err)
			}
			// The server has drawn the session's forms ahead: the pilot's
			// attempts take their places.
			if n, err := f.st.Exams.PredrawSession(ctx, f.session, t0); err != nil || n == 0 {
				t.Fatalf("predraw: %d %v", n, err)
			}
			answer := func(int, *bank.Item) bank.Response { return bank.Response{} }
			rate := func(int, *bank.Item) []PilotRating {
				return []PilotRating{{Slot: 1, RaterID: f.raters[0], Score: 5}, {Slot: 2, RaterID: f.raters[1], Score: 5}}
			}
			if err := f.st.Measure.InsertPilot(ctx, PilotSpec{SessionID: f.session, Candidates: cands, At: t0, By: &f.raters[0],
				Answer: answer, Rate: rate, PilotOnly: tc.pilotOnly}); err != nil {
				t.Fatal(err)
			}
			var drawn int
			f.st.DB().Get(&drawn, `SELECT count(*) FROM exam_attempt_rows WHERE session_id = ? AND drawn_rev IS NOT NULL`, f.session)
			if drawn != 0 {
				t.Errorf("%d forms drawn ahead left beside the pilot's attempts", drawn)
			}
			people, err := f.st.People.ProvincePeople(ctx, prov)
			if err != nil {
				t.Fatal(err)
			}
			listed, err := f.st.People.CandidatesInProvince(ctx, prov)
			if err != nil {
				t.Fatal(err)
			}
			results, err := f.st.People.ReleasedAttempts(ctx, prov)
			if err != nil {
				t.Fatal(err)
			}
			want := len(before)
			if tc.pilotOnly {
				want -= len(cands)
			}
			if len(people) != want || len(listed) != want {
				t.Errorf("board lists %d people, %d candidates; want %d (%d before the pilot of %d)", len(people), len(listed), want, len(before), len(cands))
			}
			for _, c := range cands {
				if _, ok := results[c]; ok == tc.pilotOnly {
					t.Errorf("candidate %d: released result listed %v, want %v", c, ok, !tc.pilotOnly)
				}
			}
		})
	}
}
