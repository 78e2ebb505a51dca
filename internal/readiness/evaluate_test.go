package readiness

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// tcllct is the demo's criteria for the intermediate political-theory course.
var tcllct = Criteria{ID: 7, Version: 3, MinLevel: 3,
	MinSkill: map[string]float64{"listening": 4, "reading": 4, "writing": 4, "speaking": 4},
	MinAge:   25, MaxAge: 45, PlanningRequired: true, Positions: []string{"Trưởng phòng", "Phó trưởng phòng"},
	ExamMaxMonths: 24}

func attempt(id int64, taken string, l, r, w, s, avg float64, level int) Attempt {
	return Attempt{ID: id, TakenAt: day(taken), Average: avg, Level: level,
		Skills: map[string]float64{"listening": l, "reading": r, "writing": w, "speaking": s}}
}

var fit = Profile{DateOfBirth: day("1990-03-02"), PlanningStatus: "planned", Position: "trưởng  Phòng"}

// keys renders reasons compactly: key(args) with a * when near.
func keys(rs []Reason) []string {
	var out []string
	for _, r := range rs {
		var args []string
		for _, a := range r.Args {
			switch v := a.Value.(type) {
			case Score:
				args = append(args, a.Name+"="+strconv.FormatFloat(float64(v), 'f', -1, 64))
			case time.Time:
				args = append(args, a.Name+"="+v.Format("2006-01-02"))
			default:
				args = append(args, a.Name+"="+fmt.Sprint(v))
			}
		}
		s := strings.TrimPrefix(r.Key, "readiness.reason.") + "(" + strings.Join(args, ",") + ")"
		if r.Near {
			s += "*"
		}
		out = append(out, s)
	}
	return out
}

func TestEvaluate(t *testing.T) {
	good := attempt(1, "2026-06-01", 6, 5.5, 5, 4.5, 5.5, 3)
	tests := []struct {
		name     string
		c        Criteria
		p        Profile
		attempts []Attempt
		year     int
		status   Status
		near     bool
		reasons  []string
	}{
		{"eligible", tcllct, fit, []Attempt{good}, 2027, Eligible, false, nil},
		{"speaking near", tcllct, fit, []Attempt{attempt(1, "2026-06-01", 6, 5.5, 5, 3.5, 5, 3)}, 2027, NotEligible, true,
			[]string{"skill_low(Skill=readiness.skill.speaking,Score=3.5,Min=4)*"}},
		{"speaking far", tcllct, fit, []Attempt{attempt(1, "2026-06-01", 6, 5.5, 5, 3, 5, 3)}, 2027, NotEligible, false,
			[]string{"skill_low(Skill=readiness.skill.speaking,Score=3,Min=4)"}},
		{"level near, skills fine", Criteria{MinLevel: 3}, fit, []Attempt{attempt(1, "2026-06-01", 4, 4, 3.5, 3, 3.5, 2)}, 2027, NotEligible, true,
			[]string{"level_low(Level=2,Min=3,Average=3.5,Need=4)*"}},
		{"no level at all", Criteria{MinLevel: 1}, fit, []Attempt{attempt(1, "2026-06-01", 4, 4, 0, 3, 2.5, 0)}, 2027, NotEligible, false,
			[]string{"level_none(Min=1)"}},
		{"latest counts, not best", tcllct, fit, []Attempt{good, attempt(2, "2026-10-01", 6, 5.5, 5, 3.5, 5, 3)}, 2027, NotEligible, true,
			[]string{"skill_low(Skill=readiness.skill.speaking,Score=3.5,Min=4)*"}},
		{"age at intake too high", Criteria{MaxAge: 60}, Profile{DateOfBirth: day("1966-08-31")}, []Attempt{good}, 2027, NotEligible, false,
			[]string{"age_high(Age=61,Max=60)"}},
		{"sixty on intake day is fine", Criteria{MaxAge: 60}, Profile{DateOfBirth: day("1966-09-02")}, []Attempt{good}, 2027, Eligible, false, nil},
		{"too young", Criteria{MinAge: 16}, Profile{DateOfBirth: day("2011-10-01")}, []Attempt{good}, 2027, NotEligible, false,
			[]string{"age_low(Age=15,Min=16)"}},
		{"not in planning pool", tcllct, Profile{DateOfBirth: fit.DateOfBirth, PlanningStatus: "none", Position: "Trưởng phòng"},
			[]Attempt{good}, 2027, NotEligible, false, []string{"not_planned()"}},
		{"position not accepted", tcllct, Profile{DateOfBirth: fit.DateOfBirth, PlanningStatus: "planned", Position: "Chuyên viên"},
			[]Attempt{good}, 2027, NotEligible, false, []string{"position(Position=Chuyên viên)"}},
		{"untested", tcllct, fit, nil, 2027, Untested, false, []string{"no_exam()"}},
		{"untested and too old is not eligible", tcllct, Profile{DateOfBirth: day("1970-01-01"), PlanningStatus: "planned", Position: "Trưởng phòng"},
			nil, 2027, NotEligible, false, []string{"age_high(Age=57,Max=45)", "no_exam()"}},
		{"exam too old counts as untested", tcllct, fit, []Attempt{attempt(1, "2024-10-25", 6, 6, 6, 6, 6, 4)}, 2027, Untested, false,
			[]string{"exam_old(Date=2024-10-25,Months=24)"}},
		{"exam exactly 24 months old still counts", tcllct, fit, []Attempt{attempt(1, "2024-11-26", 6, 6, 6, 6, 6, 4)}, 2027, Eligible, false, nil},
		{"near skill and far profile is not near", tcllct, Profile{DateOfBirth: fit.DateOfBirth, PlanningStatus: "none", Position: "Trưởng phòng"},
			[]Attempt{attempt(1, "2026-06-01", 6, 5.5, 5, 3.5, 5, 3)}, 2027, NotEligible, false,
			[]string{"not_planned()", "skill_low(Skill=readiness.skill.speaking,Score=3.5,Min=4)*"}},
		{"no criteria at all", Criteria{}, Profile{}, []Attempt{attempt(1, "2010-01-01", 1, 1, 1, 1, 1, 1)}, 2027, Eligible, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Evaluate(tt.c, tt.p, tt.attempts, tt.year, today)
			if d.Status != tt.status || d.Near != tt.near {
				t.Errorf("got %s near=%v, want %s near=%v", d.Status, d.Near, tt.status, tt.near)
			}
			if got := keys(d.Reasons); !reflect.DeepEqual(got, tt.reasons) {
				t.Errorf("reasons:\n got %q\nwant %q", got, tt.reasons)
			}
			if d.CriteriaVersion != tt.c.Version || d.CriteriaID != tt.c.ID {
				t.Errorf("decision does not carry its criteria version")
			}
		})
	}
}

func TestEvaluateBasisAndAge(t *testing.T) {
	old := attempt(1, "2025-01-01", 5, 5, 5, 5, 5, 3)
	newer := attempt(2, "2026-05-01", 6, 6, 6, 6, 6, 4)
	d := Evaluate(tcllct, fit, []Attempt{newer, old}, 2028, today)
	if d.Basis == nil || d.Basis.ID != 2 {
		t.Fatalf("basis: %+v, want the latest attempt", d.Basis)
	}
	if d.Age != 38 {
		t.Fatalf("age on intake day 2028-09-01: got %d, want 38", d.Age)
	}
}

func TestCriteriaValidate(t *testing.T) {
	tests := []struct {
		name   string
		c      Criteria
		fields []string
	}{
		{"demo criteria", tcllct, nil},
		{"empty criteria", Criteria{}, nil},
		{"bad level", Criteria{MinLevel: 7}, []string{"min_level"}},
		{"bad scores", Criteria{MinSkill: map[string]float64{"listening": 11, "speaking": 4.2}}, []string{"min_listening", "min_speaking"}},
		{"ages reversed", Criteria{MinAge: 50, MaxAge: 40}, []string{"max_age"}},
		{"age range", Criteria{MinAge: -1, MaxAge: 99}, []string{"min_age", "max_age"}},
		{"months", Criteria{ExamMaxMonths: 500}, []string{"exam_max_months"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			var got []string
			if fe, ok := err.(FieldErrors); ok {
				for _, e := range fe {
					got = append(got, e.Field)
				}
			} else if err != nil {
				t.Fatalf("error of type %T", err)
			}
			if !reflect.DeepEqual(got, tt.fields) {
				t.Errorf("fields: got %v, want %v", got, tt.fields)
			}
		})
	}
}

func TestParsePositions(t *testing.T) {
	got := ParsePositions("Trưởng phòng\n\n  Phó   trưởng phòng \r\ntrưởng phòng\n")
	want := []string{"Trưởng phòng", "Phó trưởng phòng"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestNextIntakes(t *testing.T) {
	for _, tt := range []struct {
		today string
		want  []int
	}{
		{"2026-11-26", []int{2027, 2028, 2029}},
		{"2027-08-31", []int{2027, 2028, 2029}},
		{"2027-09-01", []int{2028, 2029, 2030}},
	} {
		if got := NextIntakes(day(tt.today)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.today, got, tt.want)
		}
	}
}

func TestPlan(t *testing.T) {
	q := func(n int) *int { return &n }
	d := func(s Status, near bool) Decision { return Decision{Status: s, Near: near} }
	tests := []struct {
		name    string
		quota   *int
		ds      []Decision
		gap     int
		reach   int
		outlook Outlook
	}{
		{"no quota", nil, []Decision{d(Eligible, false)}, -1, -1, OutlookNoQuota},
		{"met", q(2), []Decision{d(Eligible, false), d(Eligible, false), d(Eligible, false)}, -1, -1, OutlookMet},
		{"short, near and untested can close it", q(4), []Decision{d(Eligible, false), d(NotEligible, true), d(Untested, false), d(Untested, false)}, 3, 0, OutlookWithin},
		{"short", q(10), []Decision{d(Eligible, false), d(NotEligible, false), d(NotEligible, true)}, 9, 8, OutlookShort},
		{"nobody", q(45), nil, 45, 45, OutlookShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewPlanCell(2027, 1, tt.quota, tt.ds)
			if c.Gap != tt.gap || c.Reach != tt.reach || c.Outlook() != tt.outlook {
				t.Errorf("gap %d reach %d outlook %s; want %d %d %s", c.Gap, c.Reach, c.Outlook(), tt.gap, tt.reach, tt.outlook)
			}
		})
	}
	total := PlanTotals([]PlanCell{NewPlanCell(2027, 1, q(4), []Decision{d(Eligible, false)}), NewPlanCell(2027, 2, nil, []Decision{d(Untested, false)})})
	if total.Quota != 4 || total.Counts.Total != 2 || total.Gap != 3 || total.Reach != 2 {
		t.Errorf("totals: %+v", total)
	}
}

func TestCount(t *testing.T) {
	c := Count([]Decision{{Status: Eligible}, {Status: NotEligible, Near: true}, {Status: NotEligible}, {Status: Untested}})
	if c != (Counts{Total: 4, Eligible: 1, NotEligible: 2, Untested: 1, Near: 1}) {
		t.Fatalf("counts: %+v", c)
	}
}
