package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math"

	"hocviet/internal/bank"
	"hocviet/internal/measure"
)

// SessionMeasure is what the statistics of one session are computed from:
// its released attempts only (a result still being rated or not yet
// released is no evidence about the items).
type SessionMeasure struct {
	SessionID  int64
	Title      string
	AttemptIDs []int64 // parallel to Data.Persons
	Data       measure.SessionData
	// Levels[i] is item i's Bậc; Rated[i] is true for a rated item.
	Levels []int
	Rated  []bool
	Raters []measure.DoubleRated
}

type measureCell struct {
	AttemptID int64    `db:"attempt_id"`
	Code      string   `db:"code"`
	VersionID int64    `db:"version_id"`
	ItemID    string   `db:"item_id"`
	Skill     string   `db:"skill"`
	Type      string   `db:"type"`
	Level     int      `db:"level"`
	Content   string   `db:"content"`
	Points    float64  `db:"points"`
	Manual    bool     `db:"manual"`
	Earned    *float64 `db:"earned"`
	Max       *float64 `db:"max"`
	Final     *float64 `db:"final"`
	Response  *string  `db:"response"`
}

// SessionMeasureData loads a session's released responses as a person ×
// item matrix (one column per item version, in order of first appearance
// on the forms), with chosen options and the double ratings.
func (s *Measure) SessionMeasureData(ctx context.Context, sessionID int64) (*SessionMeasure, error) {
	es, err := examSession(ctx, s.db, sessionID)
	if err != nil {
		return nil, err
	}
	cells, err := s.measureCells(ctx, `a.session_id = ?`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("session %d responses: %w", sessionID, err)
	}
	out, err := buildMeasure(cells)
	if err != nil {
		return nil, err
	}
	out.SessionID, out.Title = sessionID, es.Title
	out.Raters, err = s.sessionRatings(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// measureCells reads every form item of the released attempts that match
// where (a condition on exam_attempts a).
func (s *Measure) measureCells(ctx context.Context, where string, args ...any) ([]measureCell, error) {
	var cells []measureCell
	err := s.db.SelectContext(ctx, &cells, `SELECT a.id AS attempt_id, a.code, f.version_id, f.item_id, v.skill, v.type, v.level,
		v.content, f.points, f.manual, sc.points AS earned, sc.max, s.final, ans.response
		FROM exam_attempts a
		JOIN exam_form_items f ON f.attempt_id = a.id
		JOIN bank_item_versions v ON v.id = f.version_id
		LEFT JOIN exam_item_scores sc ON sc.attempt_id = a.id AND sc.pos = f.pos
		LEFT JOIN exam_scripts s ON s.attempt_id = a.id AND s.pos = f.pos AND s.status = 'final'
		LEFT JOIN exam_answers ans ON ans.attempt_id = a.id AND ans.pos = f.pos
		WHERE a.released_at IS NOT NULL AND `+where+`
		ORDER BY a.code, f.pos`, args...)
	return cells, err
}

// buildMeasure turns cells into the person × item-version matrix.
func buildMeasure(cells []measureCell) (*SessionMeasure, error) {
	out := &SessionMeasure{}
	person := map[int64]int{}
	col := map[int64]int{}
	type cellv struct {
		p, i   int
		frac   float64
		choice string
	}
	var vals []cellv
	for _, c := range cells {
		p, ok := person[c.AttemptID]
		if !ok {
			p = len(out.Data.Persons)
			person[c.AttemptID] = p
			out.Data.Persons = append(out.Data.Persons, c.Code)
			out.AttemptIDs = append(out.AttemptIDs, c.AttemptID)
		}
		i, ok := col[c.VersionID]
		if !ok {
			i = len(out.Data.Items)
			col[c.VersionID] = i
			it, err := sessionItem(c)
			if err != nil {
				return nil, err
			}
			out.Data.Items = append(out.Data.Items, it)
			out.Levels = append(out.Levels, c.Level)
			out.Rated = append(out.Rated, c.Manual)
		}
		v := cellv{p: p, i: i, frac: math.NaN()}
		switch {
		case c.Manual && c.Final != nil:
			v.frac = clamp01(*c.Final / 10)
		case !c.Manual && c.Earned != nil && c.Max != nil && *c.Max > 0:
			v.frac = clamp01(*c.Earned / *c.Max)
		}
		if c.Response != nil && len(out.Data.Items[i].Options) > 0 {
			var r bank.Response
			if json.Unmarshal([]byte(*c.Response), &r) == nil && len(r.Choices) > 0 {
				v.choice = r.Choices[0]
			}
		}
		vals = append(vals, v)
	}
	nP, nI := len(out.Data.Persons), len(out.Data.Items)
	out.Data.Frac = make([][]float64, nP)
	out.Data.Choice = make([][]string, nP)
	for p := range out.Data.Frac {
		out.Data.Frac[p] = make([]float64, nI)
		out.Data.Choice[p] = make([]string, nI)
		for i := range out.Data.Frac[p] {
			out.Data.Frac[p][i] = math.NaN()
		}
	}
	for _, v := range vals {
		out.Data.Frac[v.p][v.i] = v.frac
		out.Data.Choice[v.p][v.i] = v.choice
	}
	return out, nil
}

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// sessionItem reads the options and key of a choice-like item from its
// version's content.
func sessionItem(c measureCell) (measure.SessionItem, error) {
	it := measure.SessionItem{ID: c.ItemID, VersionID: c.VersionID, Skill: c.Skill, Type: c.Type, Level: c.Level, Points: c.Points}
	var b bank.Item
	if err := json.Unmarshal([]byte(c.Content), &b); err != nil {
		return it, fmt.Errorf("item %s (version %d): %w", c.ItemID, c.VersionID, err)
	}
	switch c.Type {
	case bank.TypeChoice:
		for k, o := range b.Options {
			id := o.ID
			if id == "" {
				id = string(rune('a' + k))
			}
			it.Options = append(it.Options, id)
			if o.Correct {
				it.Key = append(it.Key, id)
			}
		}
	case bank.TypeTrueFalse:
		it.Options = []string{"true", "false"}
		it.Key = []string{b.Answer}
	case bank.TypeTonePick:
		it.Options = b.Tones
		if len(it.Options) == 0 {
			it.Options = bank.AllTones
		}
		it.Key = []string{b.Answer}
	}
	return it, nil
}

// sessionRatings gives the first two submitted ratings of every script of
// the session's released attempts, by rater username, and whether a third
// rater was called.
func (s *Measure) sessionRatings(ctx context.Context, sessionID int64) ([]measure.DoubleRated, error) {
	var rows []struct {
		ScriptID int64   `db:"script_id"`
		Slot     int     `db:"slot"`
		Rater    string  `db:"username"`
		Score    float64 `db:"score"`
	}
	err := s.db.SelectContext(ctx, &rows, `SELECT r.script_id, r.slot, u.username, r.score
		FROM exam_ratings r
		JOIN exam_scripts sc ON sc.id = r.script_id
		JOIN exam_attempts a ON a.id = sc.attempt_id
		JOIN users u ON u.id = r.rater_id
		WHERE a.session_id = ? AND a.released_at IS NOT NULL AND r.submitted_at IS NOT NULL AND r.score IS NOT NULL
		ORDER BY r.script_id, r.slot`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("session %d ratings: %w", sessionID, err)
	}
	type acc struct {
		set    [4]bool
		scores [4]float64
		raters [4]string
	}
	by := map[int64]*acc{}
	var order []int64
	for _, r := range rows {
		a := by[r.ScriptID]
		if a == nil {
			a = &acc{}
			by[r.ScriptID] = a
			order = append(order, r.ScriptID)
		}
		if r.Slot >= 1 && r.Slot <= 3 {
			a.set[r.Slot] = true
			a.scores[r.Slot] = r.Score
			a.raters[r.Slot] = r.Rater
		}
	}
	var out []measure.DoubleRated
	for _, id := range order {
		a := by[id]
		if !a.set[1] || !a.set[2] {
			continue
		}
		out = append(out, measure.DoubleRated{RaterA: a.raters[1], RaterB: a.raters[2], A: a.scores[1], B: a.scores[2], Third: a.set[3]})
	}
	return out, nil
}

// ReleasedMeasureData is the matrix of every released response of every
// session (what `exam calibrate` uses), and the number of sessions.
func (s *Measure) ReleasedMeasureData(ctx context.Context) (*SessionMeasure, int, error) {
	cells, err := s.measureCells(ctx, `1 = 1`)
	if err != nil {
		return nil, 0, fmt.Errorf("released responses: %w", err)
	}
	out, err := buildMeasure(cells)
	if err != nil {
		return nil, 0, err
	}
	var sessions int
	err = s.db.GetContext(ctx, &sessions, `SELECT count(DISTINCT session_id) FROM exam_attempts WHERE released_at IS NOT NULL`)
	if err != nil {
		return nil, 0, fmt.Errorf("released sessions: %w", err)
	}
	return out, sessions, nil
}
