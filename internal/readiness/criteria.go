package readiness

import (
	"math"
	"strings"
	"time"
)

// Criteria are one version of what a programme asks of a candidate. A board
// never edits a version in place: saving makes the next version, so a
// decision recorded under version 3 can still be explained after version 4.
type Criteria struct {
	ID          int64
	ProgrammeID int64
	Version     int
	// MinLevel is the lowest Bậc accepted; 0 asks for no level.
	MinLevel int
	// MinSkill is the lowest score per skill; a missing or 0 entry asks nothing.
	MinSkill map[string]float64
	// MinAge and MaxAge bound the age on the intake day; 0 means no bound.
	MinAge, MaxAge int
	// PlanningRequired asks for candidates in the planning pool (quy hoạch).
	PlanningRequired bool
	// Positions accepted (chức danh); empty accepts any position.
	Positions []string
	// ExamMaxMonths is how old, in months, a result may be on the day of the
	// decision; 0 accepts any age.
	ExamMaxMonths int
	Note          string
	CreatedAt     time.Time
	CreatedBy     string
}

// LevelMinAverage is the lowest rounded average that gives a level (the
// table of Thông tư 17/2015), so a level threshold can be compared as a score.
func LevelMinAverage(level int) float64 {
	switch level {
	case 1:
		return 1.0
	case 2:
		return 2.0
	case 3:
		return 4.0
	case 4:
		return 6.0
	case 5:
		return 7.5
	case 6:
		return 9.0
	}
	return 0
}

// Validate checks a criteria version before it is saved.
func (c Criteria) Validate() error {
	var fe FieldErrors
	if c.MinLevel < 0 || c.MinLevel > 6 {
		fe.add("min_level", "level_range")
	}
	for _, s := range Skills {
		v := c.MinSkill[s]
		if v < 0 || v > 10 || math.IsNaN(v) {
			fe.add("min_"+s, "score_range")
		} else if v*2 != math.Trunc(v*2) {
			// Skill scores are rounded to 0.5: a threshold of 4.2 would
			// silently act as 4.5.
			fe.add("min_"+s, "score_step")
		}
	}
	if c.MinAge < 0 || c.MinAge > 80 {
		fe.add("min_age", "age_range")
	}
	if c.MaxAge < 0 || c.MaxAge > 80 {
		fe.add("max_age", "age_range")
	}
	if c.MinAge > 0 && c.MaxAge > 0 && c.MinAge > c.MaxAge {
		fe.add("max_age", "age_order")
	}
	if c.ExamMaxMonths < 0 || c.ExamMaxMonths > 120 {
		fe.add("exam_max_months", "months_range")
	}
	for _, p := range c.Positions {
		if len([]rune(p)) > 120 {
			fe.add("positions", "position_long")
			break
		}
	}
	if len([]rune(c.Note)) > 1000 {
		fe.add("note", "too_long")
	}
	if len(fe) > 0 {
		return fe
	}
	return nil
}

// ParsePositions reads one position per line, dropping blanks and repeats.
func ParsePositions(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		p := strings.Join(strings.Fields(line), " ")
		if p == "" || seen[fold(p)] {
			continue
		}
		seen[fold(p)] = true
		out = append(out, p)
	}
	return out
}

// acceptsPosition reports whether a position is among the accepted ones.
func (c Criteria) acceptsPosition(pos string) bool {
	if len(c.Positions) == 0 {
		return true
	}
	for _, p := range c.Positions {
		if p == pos { // most often the same text: folding is the slow path
			return true
		}
	}
	f := fold(pos)
	for _, p := range c.Positions {
		if fold(p) == f {
			return true
		}
	}
	return false
}
