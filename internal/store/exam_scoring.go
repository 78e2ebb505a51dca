package store

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// ---------------------------------------------------------------- scoring

// scoreLog records a change of a score. before and after are marshalled to
// JSON; nil is null.
func scoreLog(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos *int, kind string, before, after any, reason string, by *int64, t time.Time) error {
	enc := func(v any) (*string, error) {
		if v == nil {
			return nil, nil
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		s := string(b)
		return &s, nil
	}
	b, err := enc(before)
	if err != nil {
		return err
	}
	a, err := enc(after)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO exam_score_log (attempt_id, pos, kind, before, after, reason, user_id, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, attemptID, pos, kind, b, a, reason, by, ms(t)); err != nil {
		return fmt.Errorf("score log: %w", err)
	}
	return nil
}

// reason names why a score changed, as a message id of web/i18n/exam.*.json
// with its arguments ("exam.reason.rater?Slot=2"), so the log reads in the
// reader's language whenever it is shown.
func reason(id string, args ...any) string {
	r := "exam.reason." + id
	if len(args) == 0 {
		return r
	}
	v := url.Values{}
	for i := 0; i+1 < len(args); i += 2 {
		v.Set(fmt.Sprint(args[i]), fmt.Sprint(args[i+1]))
	}
	return r + "?" + v.Encode()
}

// itemScoreLog is what the audit log keeps of an item's score.
type itemScoreLog struct {
	Points  float64 `json:"points"`
	Max     float64 `json:"max"`
	Verdict string  `json:"verdict"`
	Version int64   `json:"version_id"`
}

// submitAttempt ends an attempt: every objective item is graded now, each
// rated item becomes a script for the grading queue (blank ones score 0
// without a rater), and the result is computed if nothing waits.
func submitAttempt(ctx context.Context, tx *sqlx.Tx, a *Attempt, es *ExamSession, t time.Time, grade exam.Grader) error {
	r, err := tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET status = 'submitted', submitted_at = ? WHERE id = ? AND status = 'in_progress'`, ms(t), a.ID)
	if err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return nil
	}
	a.Status = AttemptSubmitted
	if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET closed_at = coalesce(deadline, ?) WHERE attempt_id = ? AND closed_at IS NULL`,
		ms(t), a.ID); err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	form, err := formOf(ctx, tx, a.ID, "")
	if err != nil {
		return err
	}
	answers, err := answersOf(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	recs, err := recordingsOf(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	for _, e := range form {
		pos := e.Pos
		rec, ok := recs[e.Pos]
		out := exam.AtSubmission(e.Item, e.Manual, answers[e.Pos].Response, ok && rec.UploadedMS != nil, e.Points, grade)
		if out.Script != "" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO exam_scripts (attempt_id, pos, skill, rubric_id, status, final)
				VALUES (?, ?, ?, ?, ?, ?)`, a.ID, e.Pos, e.Item.Skill, e.Item.Rubric, out.Script, out.Final); err != nil {
				return fmt.Errorf("script: %w", err)
			}
			if out.Final != nil {
				if err := scoreLog(ctx, tx, a.ID, &pos, "script", nil, map[string]float64{"final": *out.Final}, reason("blank"), nil, t); err != nil {
					return err
				}
			}
			continue
		}
		sc := out.Score
		detail, err := json.Marshal(sc)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_item_scores (attempt_id, pos, points, max, verdict, detail, graded_version_id, scored_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, e.Pos, sc.Points, sc.Max, sc.Verdict, string(detail), e.VersionID, ms(t)); err != nil {
			return fmt.Errorf("item score: %w", err)
		}
		if err := scoreLog(ctx, tx, a.ID, &pos, "item", nil, itemScoreLog{sc.Points, sc.Max, sc.Verdict, e.VersionID}, reason("submission"), nil, t); err != nil {
			return err
		}
	}
	return updateResult(ctx, tx, a.ID, reason("all_in"), nil, t)
}

// ResultRow is a stored result.
type ResultRow struct {
	AttemptID int64   `db:"attempt_id"`
	Listening float64 `db:"listening"`
	Reading   float64 `db:"reading"`
	Writing   float64 `db:"writing"`
	Speaking  float64 `db:"speaking"`
	Average   float64 `db:"average"`
	Level     int     `db:"level"`
	NoLevel   string  `db:"no_level"`
	Raw       string  `db:"raw"`
	Computed  int64   `db:"computed_at"`
}

// Skill returns one skill's score.
func (r *ResultRow) Skill(s string) float64 {
	switch s {
	case bank.Listening:
		return r.Listening
	case bank.Reading:
		return r.Reading
	case bank.Writing:
		return r.Writing
	}
	return r.Speaking
}

type resultLog struct {
	Skills  map[string]float64 `json:"skills"`
	Average float64            `json:"average"`
	Level   int                `json:"level"`
	NoLevel string             `json:"no_level,omitempty"`
}

func (r *ResultRow) log() resultLog {
	return resultLog{Skills: map[string]float64{bank.Listening: r.Listening, bank.Reading: r.Reading, bank.Writing: r.Writing,
		bank.Speaking: r.Speaking}, Average: r.Average, Level: r.Level, NoLevel: r.NoLevel}
}

func scoredItems(ctx context.Context, tx *sqlx.Tx, attemptID int64) ([]exam.Scored, error) {
	var rows []struct {
		Skill  string   `db:"skill"`
		Max    float64  `db:"max"`
		Manual bool     `db:"manual"`
		Points *float64 `db:"points"`
		Final  *float64 `db:"final"`
	}
	err := tx.SelectContext(ctx, &rows, `SELECT x.skill, f.points AS max, f.manual, s.points, sc.final
		FROM exam_form_items f
		JOIN exam_sections x ON x.attempt_id = f.attempt_id AND x.idx = f.section_idx
		LEFT JOIN exam_item_scores s ON s.attempt_id = f.attempt_id AND s.pos = f.pos
		LEFT JOIN exam_scripts sc ON sc.attempt_id = f.attempt_id AND sc.pos = f.pos
		WHERE f.attempt_id = ? ORDER BY f.pos`, attemptID)
	if err != nil {
		return nil, fmt.Errorf("scores of attempt %d: %w", attemptID, err)
	}
	out := make([]exam.Scored, len(rows))
	for i, r := range rows {
		out[i] = exam.Scored{Skill: r.Skill, Max: r.Max, Manual: r.Manual, Final: r.Final}
		if r.Points != nil {
			out[i].Points = *r.Points
		}
	}
	return out, nil
}

// updateResult computes the attempt's result if every score is in, stores
// it and logs the change; with scripts still being rated it does nothing.
func updateResult(ctx context.Context, tx *sqlx.Tx, attemptID int64, reason string, by *int64, t time.Time) error {
	items, err := scoredItems(ctx, tx, attemptID)
	if err != nil {
		return err
	}
	res, raw, err := exam.Result(items)
	if apperr.Code(err) == apperr.Conflict {
		return nil
	}
	if err != nil {
		return err
	}
	rawJSON, err := json.Marshal(raw)
	if err != nil {
		return err
	}
	next := ResultRow{AttemptID: attemptID, Listening: res.Skills[bank.Listening], Reading: res.Skills[bank.Reading],
		Writing: res.Skills[bank.Writing], Speaking: res.Skills[bank.Speaking], Average: res.Average, Level: res.Level,
		NoLevel: res.NoLevel, Raw: string(rawJSON), Computed: ms(t)}
	var before any
	var old ResultRow
	err = tx.GetContext(ctx, &old, `SELECT * FROM exam_results WHERE attempt_id = ?`, attemptID)
	switch {
	case err == nil:
		if old.log().equal(next.log()) && old.Raw == next.Raw {
			return nil
		}
		before = old.log()
	case !noRows(err):
		return fmt.Errorf("result: %w", err)
	}
	if _, err := tx.NamedExecContext(ctx, `INSERT INTO exam_results (attempt_id, listening, reading, writing, speaking, average, level, no_level, raw, computed_at)
		VALUES (:attempt_id, :listening, :reading, :writing, :speaking, :average, :level, :no_level, :raw, :computed_at)
		ON CONFLICT (attempt_id) DO UPDATE SET listening = excluded.listening, reading = excluded.reading, writing = excluded.writing,
		speaking = excluded.speaking, average = excluded.average, level = excluded.level, no_level = excluded.no_level,
		raw = excluded.raw, computed_at = excluded.computed_at`, next); err != nil {
		return fmt.Errorf("result: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET status = 'scored' WHERE id = ?`, attemptID); err != nil {
		return fmt.Errorf("result: %w", err)
	}
	return scoreLog(ctx, tx, attemptID, nil, "result", before, next.log(), reason, by, t)
}

func (a resultLog) equal(b resultLog) bool {
	if a.Average != b.Average || a.Level != b.Level || a.NoLevel != b.NoLevel {
		return false
	}
	for _, s := range bank.Skills {
		if a.Skills[s] != b.Skills[s] {
			return false
		}
	}
	return true
}
