package readiness

import (
	"sort"
	"time"
)

// NearMargin is how close to a score threshold a miss counts as "near": one
// rounding step of the national scale.
const NearMargin = 0.5

// Profile is what the criteria look at in a candidate's record.
type Profile struct {
	DateOfBirth    time.Time // zero when unknown
	PlanningStatus string    // "planned" or "none"
	Position       string
}

// Attempt is one released screening-exam result.
type Attempt struct {
	ID      int64
	TakenAt time.Time
	Skills  map[string]float64 // each 0–10, rounded to 0.5
	Average float64
	Level   int // 0: no level
	// SEM is the standard error of measurement (0–10) of the form the
	// result came from, per skill and for "average"; nil when unknown.
	SEM map[string]float64
}

// margin is how far below a cut a score counts as near: one standard
// error of measurement of the test when it is known (the cut then lies
// within the test's margin of error), else NearMargin.
func (a Attempt) margin(key string) (float64, bool) {
	if v, ok := a.SEM[key]; ok && v > 0 {
		return v, true
	}
	return NearMargin, false
}

// Decision is the outcome for one candidate under one criteria version.
type Decision struct {
	Status Status
	// Near is set on a candidate not eligible only by score misses within
	// the margin (one SEM, or 0.5 when the SEM is unknown), and on an
	// eligible candidate who passed a score threshold by less than one SEM:
	// either way the cut lies within the test's margin of error.
	Near            bool
	Reasons         []Reason
	CriteriaID      int64
	CriteriaVersion int
	Age             int      // on the intake day; -1 when the birth date is unknown
	Basis           *Attempt // the result the decision used; nil when none counts
}

// Latest returns the most recent attempt, or nil.
func Latest(attempts []Attempt) *Attempt {
	var l *Attempt
	for i := range attempts {
		a := &attempts[i]
		if l == nil || a.TakenAt.After(l.TakenAt) || a.TakenAt.Equal(l.TakenAt) && a.ID > l.ID {
			l = a
		}
	}
	return l
}

// Evaluate decides one candidate for an intake year. The latest released
// result is the one that counts (not the best): the board sends people by
// what they can do now. Profile rules (age, planning, position) are checked
// even without a result, so a candidate who is too old is "not eligible"
// rather than merely "not yet tested".
func Evaluate(c Criteria, p Profile, attempts []Attempt, intakeYear int, today time.Time) Decision {
	d := Decision{CriteriaID: c.ID, CriteriaVersion: c.Version, Age: -1}
	var profile, exam []Reason

	if p.DateOfBirth.IsZero() {
		if c.MinAge > 0 || c.MaxAge > 0 {
			profile = append(profile, reason("dob_unknown", true))
		}
	} else {
		d.Age = AgeAt(p.DateOfBirth, IntakeDay(intakeYear))
		if c.MaxAge > 0 && d.Age > c.MaxAge {
			profile = append(profile, reason("age_high", true, "Age", d.Age, "Max", c.MaxAge))
		}
		if c.MinAge > 0 && d.Age < c.MinAge {
			profile = append(profile, reason("age_low", true, "Age", d.Age, "Min", c.MinAge))
		}
	}
	if c.PlanningRequired && p.PlanningStatus != "planned" {
		profile = append(profile, reason("not_planned", true))
	}
	if !c.acceptsPosition(p.Position) {
		profile = append(profile, reason("position", true, "Position", p.Position))
	}

	latest := Latest(attempts)
	switch {
	case latest == nil:
		exam = append(exam, reason("no_exam", false))
	case c.ExamMaxMonths > 0 && monthsBetween(latest.TakenAt, today) > c.ExamMaxMonths:
		exam = append(exam, reason("exam_old", false, "Date", latest.TakenAt, "Months", c.ExamMaxMonths))
	default:
		d.Basis = latest
		exam = scoreReasons(c, *latest)
	}

	d.Reasons = append(profile, exam...)
	switch {
	case len(profile) > 0:
		d.Status = NotEligible
	case d.Basis == nil:
		d.Status = Untested
	case blocking(exam):
		d.Status = NotEligible
		d.Near = true
		for _, r := range exam {
			if r.Blocking {
				d.Near = d.Near && r.Near
			}
		}
	default:
		d.Status = Eligible
		for _, r := range exam {
			d.Near = d.Near || r.Near
		}
	}
	return d
}

func blocking(rs []Reason) bool {
	for _, r := range rs {
		if r.Blocking {
			return true
		}
	}
	return false
}

// scoreReasons gives the result's failed score thresholds (blocking, near
// when missed by at most the margin) and, when the test's SEM is known, the
// passed ones that the score clears by less than one SEM (not blocking,
// near, with the error band: the cut lies within the test's margin of
// error on the passing side too, and a retest is advised). Without an SEM a
// pass is a pass: the fixed 0.5 margin is a rounding step, not an error.
func scoreReasons(c Criteria, a Attempt) []Reason {
	var rs []Reason
	if c.MinLevel > 0 && a.Level >= c.MinLevel {
		need := LevelMinAverage(c.MinLevel)
		if sem, ok := a.SEM["average"]; ok && sem > 0 && a.Average-need <= sem {
			r := reason("level_near", false, "Level", a.Level, "Min", c.MinLevel,
				"Average", Score(a.Average), "Need", Score(need))
			r.Near, r.ErrorBand = true, true
			rs = append(rs, r)
		}
	}
	if c.MinLevel > 0 && a.Level < c.MinLevel {
		if a.Level == 0 {
			rs = append(rs, reason("level_none", true, "Min", c.MinLevel))
		} else {
			need := LevelMinAverage(c.MinLevel)
			r := reason("level_low", true, "Level", a.Level, "Min", c.MinLevel,
				"Average", Score(a.Average), "Need", Score(need))
			m, band := a.margin("average")
			r.Near = need-a.Average <= m
			r.ErrorBand = r.Near && band
			rs = append(rs, r)
		}
	}
	for _, s := range Skills {
		min := c.MinSkill[s]
		v, ok := a.Skills[s]
		if min <= 0 {
			continue
		}
		if ok && v >= min {
			if sem, known := a.SEM[s]; known && sem > 0 && v-min <= sem {
				r := reason("skill_near", false, "Skill", SkillMsg(s), "Score", Score(v), "Min", Score(min))
				r.Near, r.ErrorBand = true, true
				rs = append(rs, r)
			}
			continue
		}
		r := reason("skill_low", true, "Skill", SkillMsg(s), "Score", Score(v), "Min", Score(min))
		m, band := a.margin(s)
		r.Near = ok && min-v <= m
		r.ErrorBand = r.Near && band
		rs = append(rs, r)
	}
	return rs
}

// Counts tallies decisions by status, and the near ones among the not eligible.
type Counts struct {
	Total, Eligible, NotEligible, Untested, Near int
}

// Count tallies a list of decisions.
func Count(ds []Decision) Counts {
	var c Counts
	for _, d := range ds {
		c.Total++
		switch d.Status {
		case Eligible:
			c.Eligible++
		case NotEligible:
			c.NotEligible++
			if d.Near {
				c.Near++
			}
		case Untested:
			c.Untested++
		}
	}
	return c
}

// SortAttempts orders attempts oldest first, the order of a trend.
func SortAttempts(as []Attempt) {
	sort.SliceStable(as, func(i, j int) bool {
		if as[i].TakenAt.Equal(as[j].TakenAt) {
			return as[i].ID < as[j].ID
		}
		return as[i].TakenAt.Before(as[j].TakenAt)
	})
}
