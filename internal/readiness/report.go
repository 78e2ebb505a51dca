package readiness

import (
	"sort"
	"time"
)

// Practice is a candidate's practice activity and the errors they make.
type Practice struct {
	Items      int // exercises answered
	Correct    int
	ActiveDays int
	LastAt     time.Time
	PerSkill   map[string]SkillPractice
	Errors     []ErrorCount // most frequent first
}

// SkillPractice is practice in one skill.
type SkillPractice struct{ Items, Correct int }

// ErrorCount is one kind of mistake and how often it was made: a tone
// written for another ("hoi" for "nga"), a letter's mark ("u" for "ư"), or
// a sound Lao lacks written as another (coda "nh" as "n").
type ErrorCount struct {
	Kind     string // "tone", "mark" or "sound"
	Part     string // for sounds: "onset" or "coda"
	Expected string
	Given    string
	Count    int
}

// Report is the readiness report of one candidate.
type Report struct {
	Attempts    []Attempt // oldest first
	Latest      *Attempt
	Previous    *Attempt
	Best        map[string]float64
	BestAverage float64
	BestLevel   int
	Advice      []Reason
}

// BuildReport gathers a candidate's results and says what to practise next.
// The criteria are those of the programme applied for, or nil.
func BuildReport(attempts []Attempt, practice *Practice, c *Criteria) Report {
	r := Report{Attempts: append([]Attempt(nil), attempts...), Best: map[string]float64{}}
	SortAttempts(r.Attempts)
	if n := len(r.Attempts); n > 0 {
		r.Latest = &r.Attempts[n-1]
		if n > 1 {
			r.Previous = &r.Attempts[n-2]
		}
	}
	for _, a := range r.Attempts {
		for s, v := range a.Skills {
			r.Best[s] = max(r.Best[s], v)
		}
		r.BestAverage = max(r.BestAverage, a.Average)
		r.BestLevel = max(r.BestLevel, a.Level)
	}
	r.Advice = advise(r, practice, c)
	return r
}

// MaxAdvice keeps the advice to what a learner can act on in a few weeks.
const MaxAdvice = 5

func advise(r Report, p *Practice, c *Criteria) []Reason {
	var out []Reason
	if r.Latest == nil {
		out = append(out, reason("advice.take_exam", false))
	} else {
		// Skills below the programme's minimum come first, weakest first.
		type sv struct {
			skill string
			v     float64
		}
		var below, all []sv
		for _, s := range Skills {
			v := r.Latest.Skills[s]
			all = append(all, sv{s, v})
			if c != nil && c.MinSkill[s] > 0 && v < c.MinSkill[s] {
				below = append(below, sv{s, v})
			}
		}
		sort.SliceStable(below, func(i, j int) bool { return below[i].v < below[j].v })
		sort.SliceStable(all, func(i, j int) bool { return all[i].v < all[j].v })
		named := map[string]bool{}
		for _, b := range below {
			named[b.skill] = true
			out = append(out, reason("advice.reach_min", false, "Skill", SkillMsg(b.skill),
				"Score", Score(b.v), "Min", Score(c.MinSkill[b.skill])))
		}
		if len(below) == 0 && all[0].v < all[len(all)-1].v {
			out = append(out, reason("advice.weakest", false, "Skill", SkillMsg(all[0].skill), "Score", Score(all[0].v)))
		}
		if c != nil && c.MinLevel > 0 && r.Latest.Level < c.MinLevel {
			out = append(out, reason("advice.reach_level", false, "Min", c.MinLevel,
				"Need", Score(LevelMinAverage(c.MinLevel)), "Average", Score(r.Latest.Average)))
		}
		if r.Previous != nil {
			for _, s := range Skills {
				// A skill already named above needs no second line.
				if from, to := r.Previous.Skills[s], r.Latest.Skills[s]; to <= from-1 && !named[s] {
					out = append(out, reason("advice.dropped", false, "Skill", SkillMsg(s), "From", Score(from), "To", Score(to)))
				}
			}
		}
	}
	if p != nil {
		out = append(out, practiceAdvice(*p)...)
	}
	if len(out) == 0 {
		out = append(out, reason("advice.keep_going", false))
	}
	if len(out) > MaxAdvice {
		out = out[:MaxAdvice]
	}
	return out
}

// LowPractice is the number of exercises in a skill below which the report
// asks for more: about two weeks of ten a day.
const LowPractice = 20

func practiceAdvice(p Practice) []Reason {
	var out []Reason
	for i, e := range p.Errors {
		if i == 2 {
			break
		}
		switch e.Kind {
		case "tone":
			out = append(out, reason("advice.tone", false, "Expected", Msg("readiness.tone."+e.Expected),
				"Given", Msg("readiness.tone."+e.Given), "Count", e.Count))
		case "sound":
			out = append(out, reason("advice.sound", false, "Part", Msg("readiness.part."+e.Part),
				"Expected", e.Expected, "Given", e.Given, "Count", e.Count))
		default:
			out = append(out, reason("advice.mark", false, "Expected", e.Expected, "Given", e.Given, "Count", e.Count))
		}
	}
	least, n := "", -1
	for _, s := range Skills {
		if v := p.PerSkill[s].Items; n < 0 || v < n {
			least, n = s, v
		}
	}
	if n < LowPractice {
		out = append(out, reason("advice.practise_more", false, "Skill", SkillMsg(least), "Items", n))
	}
	return out
}
