package practice

// Placement is what a placement test found, per skill (Bậc 1–6). The
// placement test of the measurement work stores it; the web layer passes it
// to MyLevel and Suggest. nil or a missing skill: no placement yet.
type Placement map[string]int

// MyLevel is "my level" in a skill: the one rule behind the level on the
// candidate's home, "my level" in the practice chooser, the level of a
// suggested set and of the first set of a skill.
//
//  1. A stored placement result for the skill wins: it was measured by a
//     test built for it, practice sets only sample.
//  2. Otherwise the skill's own practice: the level to practise (the
//     highest level handled, i.e. at least 60 % right over at least 3 of
//     the recent items at it, or the one above once it is mastered: 80 %
//     over 5); with answers but no level handled yet, the lowest level
//     tried, where the candidate chose to begin.
//  3. A skill never practised starts at the lowest "my level" of the skills
//     that were: the candidate's Vietnamese is one, a new skill is rarely
//     stronger than the others.
//  4. With nothing known at all, level 1.
func MyLevel(stats []SkillStat, skill string, p Placement) int {
	if l := p[skill]; l >= 1 && l <= MaxLevel {
		return l
	}
	for _, s := range stats {
		if s.Skill == skill && s.Practise > 0 {
			return s.Practise
		}
	}
	low := 0
	for _, s := range stats {
		if s.Skill == skill {
			continue
		}
		l := p[s.Skill]
		if l < 1 || l > MaxLevel {
			l = s.Practise
		}
		if l > 0 && (low == 0 || l < low) {
			low = l
		}
	}
	return max(low, 1)
}
