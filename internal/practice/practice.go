// Package practice is the learning side of hocviet: which items to give a
// candidate next, how well each skill is going, what to practise next and
// which tones and marks the candidate confuses. It knows nothing of the web
// or the database; the store feeds it answers and the web shows its results.
package practice

import (
	"slices"
	"time"

	"hocviet/internal/bank"
)

// SetSize is how many items a practice set aims for: enough to see a
// pattern, short enough for a break between lectures.
const SetSize = 10

// Answer is one answer as the estimates read it.
type Answer struct {
	ItemID string
	Skill  string
	Level  int
	Type   string
	Topics []string
	Points float64
	Max    float64
	// Scored is false while an essay or a recording waits for an
	// instructor; such answers count as practice but not for accuracy.
	Scored bool
	At     time.Time
}

// Fraction is the share of the item's points earned, 0–1.
func (a Answer) Fraction() float64 {
	if a.Max <= 0 {
		return 0
	}
	return min(max(a.Points/a.Max, 0), 1)
}

// The thresholds of the level estimate. A level counts as handled when
// recent answers at it are at least 60 % right over at least 3 items, the
// usual pass mark of the national tests applied to a small sample; 80 %
// over 5 items means it is time to move up.
const (
	accuracyWindow = 30 // recent scored answers per skill behind "accuracy"
	levelWindow    = 60 // recent scored answers per skill behind the level
	minAtLevel     = 3
	passShare      = 0.6
	moveUpShare    = 0.8
	moveUpMin      = 5
	MaxLevel       = 6
)

// SkillStat is how one skill is going.
type SkillStat struct {
	Skill    string
	Answered int // every answer, scored or waiting
	Scored   int
	// Accuracy is the mean share of points over the last scored answers;
	// meaningless when Scored is 0.
	Accuracy float64
	// Level is the highest level handled (Bậc 1–6), 0 while there is not
	// enough evidence.
	Level int
	// Practise is the level to practise next: the estimated level, or the
	// one above once it is mastered; 0 when nothing is known.
	Practise int
	Last     time.Time
}

// Stats summarises answers per skill, in exam order (listening, reading,
// writing, speaking). answers may be in any order.
func Stats(answers []Answer) []SkillStat {
	bySkill := map[string][]Answer{}
	for _, a := range answers {
		bySkill[a.Skill] = append(bySkill[a.Skill], a)
	}
	out := make([]SkillStat, 0, len(bank.Skills))
	for _, sk := range bank.Skills {
		out = append(out, skillStat(sk, bySkill[sk]))
	}
	return out
}

func skillStat(skill string, as []Answer) SkillStat {
	st := SkillStat{Skill: skill, Answered: len(as)}
	scored := newestFirst(as)
	st.Scored = len(scored)
	for _, a := range as {
		if a.At.After(st.Last) {
			st.Last = a.At
		}
	}
	if len(scored) == 0 {
		return st
	}
	recent := scored[:min(len(scored), accuracyWindow)]
	sum := 0.0
	for _, a := range recent {
		sum += a.Fraction()
	}
	st.Accuracy = sum / float64(len(recent))
	levels := byLevel(scored[:min(len(scored), levelWindow)])
	st.Level = estimate(levels)
	st.Practise = practise(st.Level, levels)
	return st
}

// newestFirst returns the scored answers, most recent first.
func newestFirst(as []Answer) []Answer {
	var out []Answer
	for _, a := range as {
		if a.Scored {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Answer) int { return b.At.Compare(a.At) })
	return out
}

type levelTally struct {
	n   int
	sum float64
}

func (t levelTally) share() float64 { return t.sum / float64(t.n) }

func byLevel(as []Answer) map[int]levelTally {
	m := map[int]levelTally{}
	for _, a := range as {
		t := m[a.Level]
		t.n++
		t.sum += a.Fraction()
		m[a.Level] = t
	}
	return m
}

// EstimateLevel is the highest level at which the recent scored answers are
// at least 60 % right over at least 3 items; 0 when there is none.
func EstimateLevel(answers []Answer) int {
	scored := newestFirst(answers)
	return estimate(byLevel(scored[:min(len(scored), levelWindow)]))
}

func estimate(levels map[int]levelTally) int {
	best := 0
	for l, t := range levels {
		if t.n >= minAtLevel && t.share() >= passShare && l > best {
			best = l
		}
	}
	return best
}

func practise(level int, levels map[int]levelTally) int {
	if level == 0 {
		// Some answers, no level handled yet: start from the lowest level
		// tried, which is where the candidate chose to begin.
		low := 0
		for l := range levels {
			if low == 0 || l < low {
				low = l
			}
		}
		return max(low, 1)
	}
	// Mastered, and not already shown to be too hard one level up.
	t, up := levels[level], levels[level+1]
	failedUp := up.n >= minAtLevel && up.share() < passShare
	if level < MaxLevel && t.n >= moveUpMin && t.share() >= moveUpShare && !failedUp {
		return level + 1
	}
	return level
}

// Suggestion is the one next step shown on the candidate's home.
type Suggestion struct {
	Skill  string
	Level  int
	Reason string // ReasonStart, ReasonWeakest or ReasonMoveUp
}

// Reasons for a suggestion, which the web layer words.
const (
	ReasonStart   = "start"   // the skill was never practised
	ReasonWeakest = "weakest" // the weakest skill, at its level
	ReasonMoveUp  = "move_up" // the weakest skill is mastered at its level
)

// Suggest picks the weakest skill and the level to practise it at. A skill
// never practised comes first (in exam order), at the level the candidate
// shows elsewhere; then the lowest estimated level, then the lowest
// accuracy, then the skill left longest. A skill practised but not yet
// scored (recordings waiting for an instructor) comes last: nothing says it
// is weak, and it would otherwise be suggested for ever.
//
// The level is MyLevel's, so the suggestion, the chooser and the home page
// agree.
func Suggest(stats []SkillStat, p Placement) Suggestion {
	sg := suggest(stats)
	if len(stats) > 0 {
		sg.Level = MyLevel(stats, sg.Skill, p)
	}
	return sg
}

func suggest(stats []SkillStat) Suggestion {
	overall := 0
	for _, s := range stats {
		if s.Level > 0 && (overall == 0 || s.Level < overall) {
			overall = s.Level
		}
	}
	overall = max(overall, 1)
	type ranked struct {
		s        SkillStat
		started  bool
		unscored bool
		level    int
		accuracy float64
	}
	var rs []ranked
	for _, s := range stats {
		r := ranked{s: s, started: s.Answered > 0, unscored: s.Answered > 0 && s.Scored == 0, level: s.Level, accuracy: s.Accuracy}
		if r.level == 0 {
			r.level = overall
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return Suggestion{Skill: bank.Listening, Level: 1, Reason: ReasonStart}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		switch {
		case a.started != b.started:
			if !a.started {
				return -1
			}
			return 1
		case a.unscored != b.unscored:
			if a.unscored {
				return 1
			}
			return -1
		case a.level != b.level:
			return a.level - b.level
		case a.accuracy != b.accuracy:
			if a.accuracy < b.accuracy {
				return -1
			}
			return 1
		}
		return a.s.Last.Compare(b.s.Last)
	})
	w := rs[0]
	switch {
	case !w.started:
		return Suggestion{Skill: w.s.Skill, Level: overall, Reason: ReasonStart}
	case w.s.Practise > w.s.Level && w.s.Level > 0:
		return Suggestion{Skill: w.s.Skill, Level: w.s.Practise, Reason: ReasonMoveUp}
	}
	lvl := w.s.Practise
	if lvl == 0 {
		lvl = overall
	}
	return Suggestion{Skill: w.s.Skill, Level: lvl, Reason: ReasonWeakest}
}

// NearestLevel is the level in have closest to want, preferring the lower
// on a tie (easier is the better mistake in practice); 0 if have is empty.
func NearestLevel(have []int, want int) int {
	best := 0
	for _, l := range have {
		d, bd := abs(l-want), abs(best-want)
		if best == 0 || d < bd || (d == bd && l < best) {
			best = l
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
