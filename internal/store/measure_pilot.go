package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// PilotRating is one submitted rating of a pilot script.
type PilotRating struct {
	Slot    int
	RaterID int64
	Score   float64
}

// PilotSpec describes a finished, released sitting to write in one go: the
// demo's pilot of form A. Answer gives each candidate's response to an
// objective item (graded here by the exam's own grader); Rate gives the
// ratings of a rated item (two, or three when the first two are further
// apart than the session's gap).
type PilotSpec struct {
	SessionID  int64 // a session made by CreateExamSession
	Candidates []int64
	At         time.Time
	By         *int64
	Answer     func(cand int, it *bank.Item) bank.Response
	Rate       func(cand int, it *bank.Item) []PilotRating
	// PilotOnly marks the candidates as people recorded only for this
	// pilot (graduates of earlier courses): the board's lists and counts
	// leave them out.
	PilotOnly bool
}

// InsertPilot writes a released attempt per candidate of spec: the form
// drawn from the session's blueprint, answers, item scores, scripts with
// their ratings, and the result, as if each had sat and been marked.
func (s *Measure) InsertPilot(ctx context.Context, spec PilotSpec) error {
	es, err := examSession(ctx, s.db, spec.SessionID)
	if err != nil {
		return err
	}
	bp, err := es.Blueprint()
	if err != nil {
		return err
	}
	at := ms(spec.At)
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		pool, err := examPool(ctx, tx)
		if err != nil {
			return err
		}
		items := map[int64]*bank.Item{}
		// A pilot is of a fixed form: one draw gives every candidate's items.
		form, err := exam.Draw(bp, pool, nil, uint64(spec.SessionID))
		if err != nil {
			return fmt.Errorf("pilot form: %w", err)
		}
		insItem, err := tx.PreparexContext(ctx, `INSERT INTO exam_form_items (attempt_id, pos, section_idx, part_id, item_id,
			version_id, points, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insItem.Close()
		insAnswer, err := tx.PreparexContext(ctx, `INSERT INTO exam_answers (attempt_id, pos, rev, response, saved_at) VALUES (?, ?, 1, ?, ?)`)
		if err != nil {
			return err
		}
		defer insAnswer.Close()
		insScore, err := tx.PreparexContext(ctx, `INSERT INTO exam_item_scores (attempt_id, pos, points, max, verdict, detail,
			graded_version_id, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insScore.Close()
		for ci, cand := range spec.Candidates {
			seed := uint64(spec.SessionID)*100000 + uint64(ci) + 1
			if _, err := tx.ExecContext(ctx, `INSERT INTO exam_session_candidates (session_id, candidate_id) VALUES (?, ?)
				ON CONFLICT DO NOTHING`, spec.SessionID, cand); err != nil {
				return fmt.Errorf("pilot candidate %d: %w", cand, err)
			}
			if spec.PilotOnly {
				if _, err := tx.ExecContext(ctx, `UPDATE candidates SET pilot_only = 1 WHERE id = ?`, cand); err != nil {
					return fmt.Errorf("pilot candidate %d: %w", cand, err)
				}
			}
			// A form the server drew ahead for the candidate gives way.
			if err := dropDrawn(ctx, tx, spec.SessionID, cand); err != nil {
				return err
			}
			r, err := tx.ExecContext(ctx, `INSERT INTO exam_attempt_rows (session_id, candidate_id, code, seed, status, started_at,
				submitted_at, released_at, released_by) VALUES (?, ?, ?, ?, 'scored', ?, ?, ?, ?)`,
				spec.SessionID, cand, fmt.Sprintf("P%d-%03d", spec.SessionID, ci+1), int64(seed), at, at+3*3600*1000,
				at+7*24*3600*1000, spec.By)
			if err != nil {
				return fmt.Errorf("pilot attempt: %w", err)
			}
			attemptID, err := r.LastInsertId()
			if err != nil {
				return err
			}
			for i, sec := range form.Sections {
				if _, err := tx.ExecContext(ctx, `INSERT INTO exam_sections (attempt_id, idx, skill, minutes, max_plays, max_takes,
					started_at, deadline, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, attemptID, i, sec.Skill, sec.Minutes,
					sec.MaxPlays, sec.MaxTakes, at, at+int64(sec.Minutes)*60000, at+int64(sec.Minutes)*60000); err != nil {
					return fmt.Errorf("pilot section: %w", err)
				}
			}
			for pos, p := range form.Items() {
				it := items[p.VersionID]
				if it == nil {
					v, err := versionTx(ctx, tx, p.VersionID)
					if err != nil {
						return err
					}
					if it, _, err = v.Item(); err != nil {
						return err
					}
					items[p.VersionID] = it
				}
				if _, err := insItem.ExecContext(ctx, attemptID, pos, p.Section, p.Part, p.ItemID, p.VersionID, p.Points, p.Manual); err != nil {
					return fmt.Errorf("pilot form item: %w", err)
				}
				if err := MarkItemUsedTx(ctx, tx, p.VersionID, attemptID); err != nil {
					return err
				}
				if p.Manual {
					if err := pilotScript(ctx, tx, attemptID, pos, form.Sections[p.Section].Skill, it, es.Gap, spec.Rate(ci, it), at); err != nil {
						return err
					}
					continue
				}
				resp := spec.Answer(ci, it)
				body, err := json.Marshal(resp)
				if err != nil {
					return err
				}
				if _, err := insAnswer.ExecContext(ctx, attemptID, pos, string(body), at); err != nil {
					return fmt.Errorf("pilot answer: %w", err)
				}
				sc := exam.GradeItem(it, resp, p.Points)
				detail, _ := json.Marshal(sc.Detail)
				if _, err := insScore.ExecContext(ctx, attemptID, pos, sc.Points, sc.Max, sc.Verdict, string(detail), p.VersionID, at); err != nil {
					return fmt.Errorf("pilot item score: %w", err)
				}
			}
			scored, err := scoredItems(ctx, tx, attemptID)
			if err != nil {
				return err
			}
			res, raw, err := exam.Result(scored)
			if err != nil {
				return fmt.Errorf("pilot result of attempt %d: %w", attemptID, err)
			}
			rawJSON, _ := json.Marshal(raw)
			if _, err := tx.ExecContext(ctx, `INSERT INTO exam_results (attempt_id, listening, reading, writing, speaking, average,
				level, no_level, raw, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, attemptID, res.Skills["listening"],
				res.Skills["reading"], res.Skills["writing"], res.Skills["speaking"], res.Average, res.Level, res.NoLevel,
				string(rawJSON), at+3*3600*1000); err != nil {
				return fmt.Errorf("pilot result: %w", err)
			}
		}
		return nil
	})
}

func pilotScript(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos int, skill string, it *bank.Item, gap float64, ratings []PilotRating, at int64) error {
	var slots [3]*float64
	for _, r := range ratings {
		if r.Slot >= 1 && r.Slot <= 3 {
			v := r.Score
			slots[r.Slot-1] = &v
		}
	}
	state, final := exam.DecideScript(slots, gap)
	if state != exam.ScriptFinal {
		return fmt.Errorf("pilot script of attempt %d, item %s: ratings do not decide it (%s)", attemptID, it.ID, state)
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO exam_scripts (attempt_id, pos, skill, rubric_id, status, final) VALUES (?, ?, ?, ?, 'final', ?)`,
		attemptID, pos, skill, it.Rubric, final)
	if err != nil {
		return fmt.Errorf("pilot script: %w", err)
	}
	id, err := r.LastInsertId()
	if err != nil {
		return err
	}
	for _, rt := range ratings {
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_ratings (script_id, slot, rater_id, claimed_at, expires_at, score, submitted_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, rt.Slot, rt.RaterID, at, at+3600*1000, rt.Score, at+3600*1000); err != nil {
			return fmt.Errorf("pilot rating: %w", err)
		}
	}
	return nil
}
