package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/readiness"
)

// TestIntakeList checks the one-programme, one-year read the eligibility
// list uses against the whole-province reads it replaced: the same people,
// and for each the result readiness.Latest picks from all their results.
func TestIntakeList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	y27, y28 := 2027, 2028
	add := func(prov, prog int64, year *int, name string) int64 {
		t.Helper()
		c := account.Candidate{ProvinceID: prov, NameLo: "ທົດສອບ", NameLatin: name, DateOfBirth: "1990-01-01", Gender: "male",
			PlanningStatus: "planned", ProgrammeID: &prog, IntakeYear: year}
		if err := f.st.People.InsertCandidate(ctx, &c); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	a, b, tie := add(f.hp, f.tcllct, &y27, "A"), add(f.hp, f.tcllct, &y27, "B"), add(f.hp, f.tcllct, &y27, "Tie")
	later := add(f.hp, f.tcllct, &y28, "Later year")
	noYear1 := add(f.hp, f.tcllct, nil, "No year 1")
	_ = add(f.hp, f.tcllct, nil, "No year 2")
	other := add(f.hp, f.bithu, &y27, "Other programme")
	_ = add(f.hp, f.bithu, nil, "Other programme, no year")
	outsider := add(f.vt, f.tcllct, &y27, "Vientiane")
	res := func(id int64, v float64) ReleasedResult {
		return ReleasedResult{CandidateID: id, Average: v, Level: 3,
			Skills: map[string]float64{"listening": v, "reading": v, "writing": v, "speaking": v}}
	}
	day := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	for i, rs := range [][]ReleasedResult{
		{res(a, 4), res(b, 5), res(tie, 6), res(later, 4), res(other, 4), res(outsider, 9), res(noYear1, 7)},
		{res(a, 6), res(tie, 7), res(outsider, 8)},
	} {
		if err := f.st.People.InsertReleasedResults(ctx, "Đợt", day.AddDate(0, 3*i, 0), nil, nil, rs); err != nil {
			t.Fatal(err)
		}
	}
	// A third sitting at the same instant as the second for tie: the later
	// id wins, as in readiness.Latest. b's newer result is not released.
	if err := f.st.People.InsertReleasedResults(ctx, "Đợt 3", day.AddDate(0, 3, 0), nil, nil, []ReleasedResult{res(tie, 8), res(b, 9)}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.DB().Exec(`UPDATE exam_attempt_rows SET released_at = NULL WHERE candidate_id = ? AND id = (SELECT max(id) FROM exam_attempts WHERE candidate_id = ?)`, b, b); err != nil {
		t.Fatal(err)
	}
	// A standard error on a's latest result comes through.
	if _, err := f.st.DB().Exec(`INSERT INTO measure_result_skills (attempt_id, skill, score, sem, computed_at)
		SELECT max(id), 'reading', 6, 0.4, 0 FROM exam_attempts WHERE candidate_id = ?`, a); err != nil {
		t.Fatal(err)
	}

	all, err := f.st.People.ReleasedAttempts(ctx, f.hp)
	if err != nil {
		t.Fatal(err)
	}
	people, err := f.st.People.ProvincePeople(ctx, f.hp)
	if err != nil {
		t.Fatal(err)
	}
	// rdSetup's two Houaphanh candidates are of tcllct with no year.
	tests := []struct {
		name       string
		prov, prog int64
		year       int
		wantNames  []string
		wantNoYear int
	}{
		{"programme and year", f.hp, f.tcllct, 2027, []string{"A", "B", "Tie"}, 4},
		{"another year", f.hp, f.tcllct, 2028, []string{"Later year"}, 4},
		{"another programme", f.hp, f.bithu, 2027, []string{"Other programme"}, 1},
		{"a year nobody has", f.hp, f.tcllct, 2031, nil, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := f.st.People.IntakeList(ctx, tt.prov, tt.prog, tt.year)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range l.People {
				names = append(names, p.NameLatin)
				var want readiness.Person
				for _, q := range people {
					if q.ID == p.ID {
						want = q
					}
				}
				if !reflect.DeepEqual(p, want) {
					t.Errorf("person %d:\n got %+v\nwant %+v", p.ID, p, want)
				}
				got, ok := l.Latest[p.ID]
				wantA := readiness.Latest(all[p.ID])
				if ok != (wantA != nil) || ok && !reflect.DeepEqual(got, *wantA) {
					t.Errorf("%s: latest %+v, want %+v", p.NameLatin, got, wantA)
				}
			}
			if !reflect.DeepEqual(names, tt.wantNames) {
				t.Errorf("people %v, want %v", names, tt.wantNames)
			}
			if l.NoYear != tt.wantNoYear {
				t.Errorf("no year %d, want %d", l.NoYear, tt.wantNoYear)
			}
			if want := []int{2027, 2028}; !reflect.DeepEqual(l.Years, want) {
				t.Errorf("years %v, want %v", l.Years, want)
			}
		})
	}
	l, _ := f.st.People.IntakeList(ctx, f.hp, f.tcllct, 2027)
	if got := l.Latest[a]; got.Average != 6 || got.SEM["reading"] != 0.4 {
		t.Errorf("a's latest: %+v", got)
	}
	if got := l.Latest[tie]; got.Average != 8 {
		t.Errorf("tie's latest: %+v, want the later id (8)", got)
	}
	if got := l.Latest[b]; got.Average != 5 {
		t.Errorf("b's latest: %+v, want the released one (5)", got)
	}
}
