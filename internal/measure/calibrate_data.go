package measure

import (
	"fmt"
	"math"
)

// SkillCalibration is the calibration of one skill's scale.
type SkillCalibration struct {
	Skill string
	*Calibration
	// Persons[p] of the embedded Calibration follows the data's persons;
	// a person with none of the skill's items has a NaN estimate.
}

// CalibrateData calibrates every skill of a response matrix (fractions of
// points, as SessionData holds them) on its own scale: each item's scores
// become ordered categories (Categorize; rated[i] marks rated scripts, read
// to the whole point), then Calibrate. Items whose responses all fall in one
// category are returned with Extreme set and no difficulty.
//
// The origin of each scale is then fixed so that the calibrated items' mean
// difficulty equals the mean of their provisional (Bậc) difficulties: a
// Rasch scale has no origin of its own, and this one keeps the level cuts
// (LevelCut) where the Bậc mapping put them, so calibrated and provisional
// items, and the placement test's levels, stay on one scale.
func CalibrateData(d SessionData, rated []bool, opt CalibrateOptions) ([]SkillCalibration, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if len(rated) != len(d.Items) {
		return nil, fmt.Errorf("calibrate: %d rated flags for %d items", len(rated), len(d.Items))
	}
	var out []SkillCalibration
	for _, sk := range skillsOf(d) {
		var idx []int
		for i, it := range d.Items {
			if it.Skill == sk {
				idx = append(idx, i)
			}
		}
		m := Matrix{Persons: d.Persons, X: make([][]int, len(d.Persons))}
		for p := range m.X {
			m.X[p] = make([]int, 0, len(idx))
		}
		var flat []ItemResult // items with one category, kept apart
		var kept []int
		for _, i := range idx {
			col := make([]float64, len(d.Persons))
			for p := range d.Persons {
				col[p] = d.Frac[p][i]
			}
			cats, scores, err := Categorize(col, Grid(rated[i]), MinCount(rated[i]))
			if err != nil {
				return nil, fmt.Errorf("calibrate: item %q: %w", d.Items[i].ID, err)
			}
			base := Item{ID: d.Items[i].ID, VersionID: d.Items[i].VersionID, Skill: sk, Type: d.Items[i].Type, Level: d.Items[i].Level, Scores: scores}
			if len(scores) < 2 {
				n := 0
				for _, c := range cats {
					if c >= 0 {
						n++
					}
				}
				ext := "none"
				if len(scores) == 1 {
					ext = "max"
					if scores[0] < 0.5 {
						ext = "min"
					}
				}
				flat = append(flat, ItemResult{Item: base, Difficulty: math.NaN(), SE: math.NaN(), Infit: math.NaN(), Outfit: math.NaN(), N: n, Extreme: ext})
				continue
			}
			kept = append(kept, i)
			m.Items = append(m.Items, base)
			for p := range d.Persons {
				m.X[p] = append(m.X[p], cats[p])
			}
		}
		sc := SkillCalibration{Skill: sk, Calibration: &Calibration{}}
		if len(m.Items) > 0 {
			cal, err := Calibrate(m, opt)
			if err != nil {
				return nil, fmt.Errorf("calibrate %s: %w", sk, err)
			}
			anchor(cal)
			sc.Calibration = cal
		}
		sc.Items = append(sc.Items, flat...)
		if sc.Persons == nil {
			sc.Persons = make([]Estimate, len(d.Persons))
			for p := range sc.Persons {
				sc.Persons[p] = Estimate{Theta: math.NaN(), SE: math.NaN()}
			}
		}
		out = append(out, sc)
	}
	return out, nil
}

// anchor shifts a calibration so that its items' mean difficulty is the mean
// of their provisional difficulties.
func anchor(cal *Calibration) {
	var est, prov float64
	n := 0
	for _, it := range cal.Items {
		if math.IsNaN(it.Difficulty) {
			continue
		}
		est += it.Difficulty
		prov += ProvisionalDifficulty(it.Level)
		n++
	}
	if n == 0 {
		return
	}
	shift := (prov - est) / float64(n)
	cal.Shift = shift
	for i := range cal.Items {
		if math.IsNaN(cal.Items[i].Difficulty) {
			continue
		}
		cal.Items[i].Difficulty += shift
		st := make([]float64, len(cal.Items[i].Steps))
		for k, d := range cal.Items[i].Steps {
			st[k] = d + shift
		}
		cal.Items[i].Steps = st
	}
	for p := range cal.Persons {
		cal.Persons[p].Theta += shift
	}
}
