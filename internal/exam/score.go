package exam

import (
	"fmt"
	"math"
	"strings"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/scoring"
)

// GradeItem grades an objective item's response and scales it to what the
// item is worth in this exam (the part may set its own points).
func GradeItem(it *bank.Item, resp bank.Response, worth float64) bank.Score {
	sc := bank.Grade(it, resp)
	if sc.Max > 0 && worth > 0 && math.Abs(sc.Max-worth) > 1e-9 {
		f := worth / sc.Max
		sc.Points = round2(sc.Points * f)
		for i := range sc.Detail {
			sc.Detail[i].Points = round2(sc.Detail[i].Points * f)
		}
		sc.Max = worth
	}
	return sc
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// Scored is one item of a submitted attempt as scoring sees it. Objective
// items carry Points; rated items carry Final, the script's 0–10 score, or
// nil while raters are still at work.
type Scored struct {
	Skill  string
	Max    float64
	Points float64
	Manual bool
	Final  *float64
}

// SkillRaw turns items into unrounded 0–10 scores per skill. Every item
// weighs by its points, objective or rated: a rated item earns
// final/10 × its points. So a writing paper of 20 one-point gap-fills and
// an essay worth 20 points counts the essay as half the skill.
// pending reports rated items without a final score.
func SkillRaw(items []Scored) (raw map[string]float64, pending bool) {
	earned, total := map[string]float64{}, map[string]float64{}
	for _, it := range items {
		total[it.Skill] += it.Max
		switch {
		case !it.Manual:
			earned[it.Skill] += it.Points
		case it.Final == nil:
			pending = true
		default:
			earned[it.Skill] += *it.Final / 10 * it.Max
		}
	}
	raw = map[string]float64{}
	for _, s := range bank.Skills {
		raw[s] = scoring.FromPoints(earned[s], total[s])
	}
	return raw, pending
}

// Result is the national rule applied to an attempt's items: per-skill
// scores rounded to 0.5, their average rounded the same way, the level.
func Result(items []Scored) (scoring.Result, map[string]float64, error) {
	raw, pending := SkillRaw(items)
	if pending {
		return scoring.Result{}, raw, &apperr.Error{Code: apperr.Conflict, Message: "ratings are not complete"}
	}
	r, err := scoring.Combine(raw)
	return r, raw, err
}

// Criteria names what a rater scores for a skill, in rubric order.
func Criteria(skill string) []string { return bank.RubricCriteria[skill] }

// RatingScore checks a rater's criterion scores against the rubric (each
// criterion present, 0–10 in steps of 0.5) and returns their mean, weighted
// by the rubric's weights (1 where unset).
func RatingScore(rb *bank.Rubric, given map[string]float64) (float64, error) {
	sum, weights := 0.0, 0.0
	for _, c := range rb.Criteria {
		v, ok := given[c.ID]
		if !ok {
			return 0, &apperr.Error{Code: apperr.Invalid, Field: c.ID, Key: "exam.err.criterion_missing",
				Message: fmt.Sprintf("criterion %s has no score", c.ID)}
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 10 || math.Abs(v*2-math.Round(v*2)) > 1e-9 {
			return 0, &apperr.Error{Code: apperr.Invalid, Field: c.ID, Key: "exam.err.criterion_range",
				Message: fmt.Sprintf("criterion %s: %v is not 0–10 in steps of 0.5", c.ID, v)}
		}
		w := c.Weight
		if w <= 0 {
			w = 1
		}
		sum += w * v
		weights += w
	}
	if len(given) != len(rb.Criteria) {
		return 0, &apperr.Error{Code: apperr.Invalid, Key: "exam.err.criterion_unknown", Message: "a score for a criterion the rubric does not have"}
	}
	if weights == 0 {
		return 0, &apperr.Error{Code: apperr.Invalid, Message: "rubric " + rb.ID + " has no criteria"}
	}
	return sum / weights, nil
}

// Script states.
const (
	ScriptRating       = "rating"       // waiting for the first two raters
	ScriptAdjudication = "adjudication" // the two differ by more than the gap
	ScriptFinal        = "final"
)

// DecideScript decides a script from its slots' ratings (nil where not yet
// rated) by scoring.Final: the mean of two close ratings, or with a third
// rating, the mean of it and the nearer of the first two.
func DecideScript(ratings [3]*float64, gap float64) (state string, final float64) {
	if ratings[0] == nil || ratings[1] == nil {
		return ScriptRating, 0
	}
	f, needThird := scoring.Final(*ratings[0], *ratings[1], ratings[2], gap)
	if needThird {
		return ScriptAdjudication, 0
	}
	return ScriptFinal, f
}

// Empty reports a response that holds nothing to rate: raters are not
// asked to mark blank paper, which scores 0.
func Empty(typ string, resp bank.Response, hasRecording bool) bool {
	switch typ {
	case bank.TypeReadAloud, bank.TypeRespond:
		return !hasRecording
	}
	return strings.TrimSpace(resp.Text) == ""
}

// DefaultRubric is the plain national criteria, for an item with no rubric
// of its own (lint requires one, so this is a fallback).
func DefaultRubric(skill string) *bank.Rubric {
	rb := &bank.Rubric{ID: "default-" + skill, Skill: skill}
	for _, c := range Criteria(skill) {
		rb.Criteria = append(rb.Criteria, bank.Criterion{ID: c})
	}
	return rb
}
