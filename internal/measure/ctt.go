package measure

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// Classical item analysis of one session (Moodle's quiz statistics, the
// tables a test centre reads after every administration).

// SessionItem is one item as the session's forms gave it.
type SessionItem struct {
	ID        string
	VersionID int64
	Skill     string
	Type      string
	// Level is the item's Bậc (1–6), for the provisional difficulty.
	Level int
	// Points is what the item was worth on the form.
	Points float64
	// Options lists the option ids of a choice-like item (choice,
	// true_false, tone_pick) in the written order; nil for other items.
	Options []string
	// Key lists the correct option ids.
	Key []string
}

// SessionData is what a session's statistics are computed from.
type SessionData struct {
	Persons []string // attempt codes
	Items   []SessionItem
	// Frac[p][i] is person p's score on item i as a fraction of its points
	// (NaN: not presented or not yet scored).
	Frac [][]float64
	// Choice[p][i] is the option person p chose on a choice-like item ("":
	// none or not presented).
	Choice [][]string
}

// Validate names the first malformed cell.
func (d SessionData) Validate() error {
	if len(d.Frac) != len(d.Persons) {
		return fmt.Errorf("session data: %d score rows for %d persons", len(d.Frac), len(d.Persons))
	}
	if d.Choice != nil && len(d.Choice) != len(d.Persons) {
		return fmt.Errorf("session data: %d choice rows for %d persons", len(d.Choice), len(d.Persons))
	}
	for _, it := range d.Items {
		if !(it.Points > 0) {
			return fmt.Errorf("session data: item %q: points %v", it.ID, it.Points)
		}
	}
	for p, row := range d.Frac {
		if len(row) != len(d.Items) {
			return fmt.Errorf("session data: person %q: %d scores for %d items", d.Persons[p], len(row), len(d.Items))
		}
		for i, f := range row {
			if !math.IsNaN(f) && (f < -1e-9 || f > 1+1e-9) {
				return fmt.Errorf("session data: person %q, item %q: score fraction %v outside [0, 1]", d.Persons[p], d.Items[i].ID, f)
			}
		}
		if d.Choice != nil && len(d.Choice[p]) != len(d.Items) {
			return fmt.Errorf("session data: person %q: %d choices for %d items", d.Persons[p], len(d.Choice[p]), len(d.Items))
		}
	}
	return nil
}

// Flags of an item.
const (
	FlagTooEasy        = "too_easy"
	FlagTooHard        = "too_hard"
	FlagLowDiscrim     = "low_discrimination"
	FlagNegDiscrim     = "negative_discrimination"
	FlagDistractorUsed = "distractor_unused"
	FlagKeySuspect     = "key_suspect"
)

// Thresholds of the flags (issue 14; the usual values in test centres).
const (
	TooEasyAbove     = 0.9
	TooHardBelow     = 0.2
	LowDiscrimBelow  = 0.2
	GroupShare       = 0.27
	minForDiscrimina = 3
)

// OptionCount is how many of the top and bottom 27 % chose an option.
type OptionCount struct {
	Top    int `json:"top"`
	Bottom int `json:"bottom"`
}

// ItemStat is one item's classical statistics.
type ItemStat struct {
	ItemID    string  `json:"item_id"`
	VersionID int64   `json:"version_id"`
	Skill     string  `json:"skill"`
	Type      string  `json:"type"`
	N         int     `json:"n"`
	Facility  float64 `json:"facility"`
	// Discrimination is the corrected item–rest point-biserial (NaN when
	// the item or the rest has no variance, or fewer than 3 responses).
	Discrimination float64                `json:"discrimination"`
	Flags          []string               `json:"flags"`
	Options        map[string]OptionCount `json:"options,omitempty"`
	// Chosen counts each option over everyone who had the item.
	Chosen map[string]int `json:"-"`
	Key    []string       `json:"-"`
}

// SkillStat is one skill's reliability.
type SkillStat struct {
	Skill string `json:"skill"`
	// Items is the number of the skill's items in the session.
	Items int `json:"items"`
	// N is the number of candidates with a score in the skill.
	N    int     `json:"n"`
	Mean float64 `json:"mean"` // 0–10
	SD   float64 `json:"sd"`   // 0–10, sample SD
	// Alpha is Cronbach's alpha; for 0/1 items it equals KR-20, and Method
	// says which was reported.
	Alpha  float64 `json:"alpha"`
	Method string  `json:"method"`
	// SEM is the standard error of measurement on 0–10: SD * sqrt(1 - alpha).
	SEM float64 `json:"sem"`
}

// SkillScores are every person's 0–10 score per skill as the statistics
// count it: points earned over points presented in the skill, times 10
// (NaN when the person had none of the skill's items).
func SkillScores(d SessionData) map[string][]float64 {
	out := map[string][]float64{}
	for _, sk := range skillsOf(d) {
		s := make([]float64, len(d.Persons))
		for p := range d.Persons {
			got, max := 0.0, 0.0
			for i, it := range d.Items {
				if it.Skill != sk || math.IsNaN(d.Frac[p][i]) {
					continue
				}
				got += d.Frac[p][i] * it.Points
				max += it.Points
			}
			s[p] = math.NaN()
			if max > 0 {
				s[p] = 10 * got / max
			}
		}
		out[sk] = s
	}
	return out
}

func skillsOf(d SessionData) []string {
	seen := map[string]bool{}
	var out []string
	for _, it := range d.Items {
		if !seen[it.Skill] {
			seen[it.Skill] = true
			out = append(out, it.Skill)
		}
	}
	order := map[string]int{"listening": 0, "reading": 1, "writing": 2, "speaking": 3}
	sort.SliceStable(out, func(a, b int) bool { return order[out[a]] < order[out[b]] })
	return out
}

// ItemAnalysis computes the item statistics of a session.
func ItemAnalysis(d SessionData) ([]ItemStat, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	totals := skillPoints(d)
	out := make([]ItemStat, len(d.Items))
	for i, it := range d.Items {
		st := ItemStat{ItemID: it.ID, VersionID: it.VersionID, Skill: it.Skill, Type: it.Type, Flags: []string{},
			Facility: math.NaN(), Discrimination: math.NaN(), Key: it.Key}
		var x, rest []float64
		var who []int
		for p := range d.Persons {
			f := d.Frac[p][i]
			if math.IsNaN(f) {
				continue
			}
			x = append(x, f*it.Points)
			rest = append(rest, totals[it.Skill][p]-f*it.Points)
			who = append(who, p)
		}
		st.N = len(x)
		if st.N > 0 {
			st.Facility = stat.Mean(x, nil) / it.Points
		}
		if st.N >= minForDiscrimina && variance(x) > 1e-12 && variance(rest) > 1e-12 {
			st.Discrimination = stat.Correlation(x, rest, nil)
		}
		if len(it.Options) > 0 && d.Choice != nil {
			st.Options, st.Chosen = optionCounts(d, i, who, rest, x)
		}
		st.Flags = flags(st, it)
		out[i] = st
	}
	return out, nil
}

// skillPoints is each person's points earned per skill.
func skillPoints(d SessionData) map[string][]float64 {
	out := map[string][]float64{}
	for _, sk := range skillsOf(d) {
		out[sk] = make([]float64, len(d.Persons))
	}
	for p := range d.Persons {
		for i, it := range d.Items {
			if f := d.Frac[p][i]; !math.IsNaN(f) {
				out[it.Skill][p] += f * it.Points
			}
		}
	}
	return out
}

// optionCounts counts, among the persons who had item i, the options chosen
// by the top and bottom 27 % on the skill's total (item included, as Kelley
// defined the groups), and by everyone.
func optionCounts(d SessionData, i int, who []int, rest, x []float64) (map[string]OptionCount, map[string]int) {
	it := d.Items[i]
	counts := make(map[string]OptionCount, len(it.Options))
	chosen := make(map[string]int, len(it.Options))
	for _, o := range it.Options {
		counts[o] = OptionCount{}
		chosen[o] = 0
	}
	order := make([]int, len(who))
	for j := range order {
		order[j] = j
	}
	// Highest total first; ties keep the persons' order, so the groups are
	// reproducible.
	sort.SliceStable(order, func(a, b int) bool { return rest[order[a]]+x[order[a]] > rest[order[b]]+x[order[b]] })
	g := int(math.Ceil(GroupShare * float64(len(who))))
	if 2*g > len(who) {
		g = len(who) / 2
	}
	for rank, j := range order {
		c := d.Choice[who[j]][i]
		if c == "" {
			continue
		}
		if _, ok := chosen[c]; !ok {
			continue // an option id the item does not have: ignore, never crash
		}
		chosen[c]++
		oc := counts[c]
		if rank < g {
			oc.Top++
		}
		if rank >= len(order)-g {
			oc.Bottom++
		}
		counts[c] = oc
	}
	return counts, chosen
}

func flags(st ItemStat, it SessionItem) []string {
	f := []string{}
	if st.N == 0 {
		return f
	}
	if st.Facility > TooEasyAbove {
		f = append(f, FlagTooEasy)
	}
	if st.Facility < TooHardBelow {
		f = append(f, FlagTooHard)
	}
	if !math.IsNaN(st.Discrimination) {
		if st.Discrimination < 0 {
			f = append(f, FlagNegDiscrim)
		} else if st.Discrimination < LowDiscrimBelow {
			f = append(f, FlagLowDiscrim)
		}
	}
	if st.Chosen != nil {
		key := map[string]bool{}
		for _, k := range it.Key {
			key[k] = true
		}
		unused, suspect := false, false
		keyTop := 0
		for _, k := range it.Key {
			keyTop = max(keyTop, st.Options[k].Top)
		}
		for _, o := range it.Options {
			if key[o] {
				continue
			}
			if st.Chosen[o] == 0 {
				unused = true
			}
			if st.Options[o].Top > keyTop {
				suspect = true
			}
		}
		if unused {
			f = append(f, FlagDistractorUsed)
		}
		if suspect {
			f = append(f, FlagKeySuspect)
		}
	}
	return f
}

// SkillAnalysis computes each skill's mean, SD, alpha and SEM on 0–10.
//
// Alpha is computed from the item covariance matrix as
// k*c/(v + (k-1)*c), with v the mean item variance, c the mean covariance
// between two items, and k the mean number of the skill's items a person
// had. With every person taking every item this is exactly Cronbach's
// formula k/(k-1) * (1 - sum var_i / var_total), and KR-20 for 0/1 items; when
// forms were drawn per candidate, covariances are taken over the persons who
// had both items (pairwise), the usual estimate for incomplete designs.
func SkillAnalysis(d SessionData) ([]SkillStat, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	scores := SkillScores(d)
	var out []SkillStat
	for _, sk := range skillsOf(d) {
		st := SkillStat{Skill: sk, Alpha: math.NaN(), SEM: math.NaN(), Mean: math.NaN(), SD: math.NaN(), Method: "alpha"}
		var idx []int
		binary := true
		for i, it := range d.Items {
			if it.Skill != sk {
				continue
			}
			idx = append(idx, i)
			for p := range d.Persons {
				if f := d.Frac[p][i]; !math.IsNaN(f) && f != 0 && f != 1 {
					binary = false
				}
			}
		}
		if binary {
			st.Method = "kr20"
		}
		st.Items = len(idx)
		var s10 []float64
		for _, v := range scores[sk] {
			if !math.IsNaN(v) {
				s10 = append(s10, v)
			}
		}
		st.N = len(s10)
		if st.N > 0 {
			st.Mean = stat.Mean(s10, nil)
		}
		if st.N > 1 {
			st.SD = stat.StdDev(s10, nil)
		}
		st.Alpha = alpha(d, idx)
		if !math.IsNaN(st.Alpha) && !math.IsNaN(st.SD) {
			st.SEM = st.SD * math.Sqrt(math.Max(0, 1-st.Alpha))
		}
		out = append(out, st)
	}
	return out, nil
}

func alpha(d SessionData, idx []int) float64 {
	if len(idx) < 2 {
		return math.NaN()
	}
	col := func(i int) []float64 {
		c := make([]float64, len(d.Persons))
		for p := range d.Persons {
			c[p] = d.Frac[p][i] * d.Items[i].Points
		}
		return c
	}
	cols := make([][]float64, len(idx))
	for j, i := range idx {
		cols[j] = col(i)
	}
	var sumV, sumC float64
	var nV, nC int
	for a := range cols {
		if v, ok := pairCov(cols[a], cols[a]); ok {
			sumV += v
			nV++
		}
		for b := a + 1; b < len(cols); b++ {
			if c, ok := pairCov(cols[a], cols[b]); ok {
				sumC += c
				nC++
			}
		}
	}
	if nV == 0 || nC == 0 {
		return math.NaN()
	}
	v, c := sumV/float64(nV), sumC/float64(nC)
	// k: mean number of the skill's items per person who had any.
	items, persons := 0, 0
	for p := range d.Persons {
		n := 0
		for _, i := range idx {
			if !math.IsNaN(d.Frac[p][i]) {
				n++
			}
		}
		if n > 0 {
			items += n
			persons++
		}
	}
	k := float64(items) / float64(persons)
	den := v + (k-1)*c
	if den <= 0 {
		return math.NaN()
	}
	return k * c / den
}

// pairCov is the sample covariance over the persons who have both values.
func pairCov(x, y []float64) (float64, bool) {
	var a, b []float64
	for p := range x {
		if math.IsNaN(x[p]) || math.IsNaN(y[p]) {
			continue
		}
		a = append(a, x[p])
		b = append(b, y[p])
	}
	if len(a) < 2 {
		return 0, false
	}
	return stat.Covariance(a, b, nil), true
}

func variance(x []float64) float64 {
	if len(x) < 2 {
		return 0
	}
	return stat.Variance(x, nil)
}
