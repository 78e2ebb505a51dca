package measure

import (
	"math"
	"sort"
)

// SessionReport is `hocviet exam stats --json` and the instructor's session
// statistics page. Numbers that cannot be computed (no variance, too few
// responses) are null, never NaN.
type SessionReport struct {
	Session    int64       `json:"session"`
	Candidates int         `json:"candidates"`
	Skills     []SkillJSON `json:"skills"`
	Items      []ItemJSON  `json:"items"`
	Raters     []RaterJSON `json:"raters"`
	skillStats []SkillStat `json:"-"`
	itemStats  []ItemStat  `json:"-"`
	pairs      []RaterPair `json:"-"`
}

// SkillJSON is one skill's line of the report.
type SkillJSON struct {
	Skill string   `json:"skill"`
	Items int      `json:"items"`
	Mean  *float64 `json:"mean"`
	SD    *float64 `json:"sd"`
	Alpha *float64 `json:"alpha"`
	SEM   *float64 `json:"sem"`
}

// ItemJSON is one item's line of the report.
type ItemJSON struct {
	ItemID         string                 `json:"item_id"`
	VersionID      int64                  `json:"version_id"`
	Skill          string                 `json:"skill"`
	N              int                    `json:"n"`
	Facility       *float64               `json:"facility"`
	Discrimination *float64               `json:"discrimination"`
	Flags          []string               `json:"flags"`
	Options        map[string]OptionCount `json:"options,omitempty"`
}

// RaterJSON is one rater pair's line of the report.
type RaterJSON struct {
	RaterA         string   `json:"rater_a"`
	RaterB         string   `json:"rater_b"`
	Scripts        int      `json:"scripts"`
	Exact          *float64 `json:"exact"`
	Adjacent       *float64 `json:"adjacent"`
	Correlation    *float64 `json:"correlation"`
	MeanDifference *float64 `json:"mean_difference"`
	ThirdRater     *float64 `json:"third_rater"`
}

// Num is a number for JSON: rounded to 4 decimals, nil when not finite.
func Num(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	v := math.Round(x*1e4) / 1e4
	return &v
}

// Report computes the whole statistics report of a session.
func Report(session int64, d SessionData, ratings []DoubleRated) (*SessionReport, error) {
	items, err := ItemAnalysis(d)
	if err != nil {
		return nil, err
	}
	skills, err := SkillAnalysis(d)
	if err != nil {
		return nil, err
	}
	pairs := RaterAgreement(ratings)
	r := &SessionReport{Session: session, Candidates: len(d.Persons), Skills: []SkillJSON{}, Items: []ItemJSON{}, Raters: []RaterJSON{},
		skillStats: skills, itemStats: items, pairs: pairs}
	for _, s := range skills {
		r.Skills = append(r.Skills, SkillJSON{Skill: s.Skill, Items: s.Items, Mean: Num(s.Mean), SD: Num(s.SD), Alpha: Num(s.Alpha), SEM: Num(s.SEM)})
	}
	for _, it := range items {
		r.Items = append(r.Items, ItemJSON{ItemID: it.ItemID, VersionID: it.VersionID, Skill: it.Skill, N: it.N,
			Facility: Num(it.Facility), Discrimination: Num(it.Discrimination), Flags: it.Flags, Options: it.Options})
	}
	for _, p := range pairs {
		r.Raters = append(r.Raters, RaterJSON{RaterA: p.RaterA, RaterB: p.RaterB, Scripts: p.Scripts, Exact: Num(p.Exact),
			Adjacent: Num(p.Adjacent), Correlation: Num(p.Correlation), MeanDifference: Num(p.MeanDifference), ThirdRater: Num(p.ThirdRater)})
	}
	return r, nil
}

// SkillStats, ItemStats and RaterPairs give the unrounded statistics.
func (r *SessionReport) SkillStats() []SkillStat { return r.skillStats }

// ItemStats are the items' statistics in the matrix's order.
func (r *SessionReport) ItemStats() []ItemStat { return r.itemStats }

// RaterPairs are the rater pairs' statistics.
func (r *SessionReport) RaterPairs() []RaterPair { return r.pairs }

// Flagged lists the items with at least one flag, most flags first.
func (r *SessionReport) Flagged() []ItemStat {
	var out []ItemStat
	for _, it := range r.itemStats {
		if len(it.Flags) > 0 {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].Flags) > len(out[b].Flags) })
	return out
}
