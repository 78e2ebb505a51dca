package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// ---------------------------------------------------------------- grading

// ClaimTTL is how long a rater holds a script before another may take it.
const ClaimTTL = 30 * time.Minute

// QueueLine counts scripts a rater may take, by session and skill.
type QueueLine struct {
	SessionID    int64  `db:"session_id"`
	Title        string `db:"title"`
	Skill        string `db:"skill"`
	ToRate       int    `db:"to_rate"`
	Adjudication int    `db:"adjudication"`
}

// openSlotSQL selects scripts with a slot raterID may take at now: slots 1
// and 2 while rating, slot 3 under adjudication; a slot is free when no one
// holds it or its claim has expired unsubmitted; nobody rates a script twice.
const openSlotSQL = `
	NOT EXISTS (SELECT 1 FROM exam_ratings r WHERE r.script_id = sc.id AND r.rater_id = :rater)
	AND (
	  (sc.status = 'rating' AND (SELECT count(*) FROM exam_ratings r WHERE r.script_id = sc.id AND r.slot IN (1, 2)
	     AND (r.submitted_at IS NOT NULL OR r.expires_at > :now)) < 2)
	  OR
	  (sc.status = 'adjudication' AND NOT EXISTS (SELECT 1 FROM exam_ratings r WHERE r.script_id = sc.id AND r.slot = 3
	     AND (r.submitted_at IS NOT NULL OR r.expires_at > :now))))`

// GradingQueue lists what raterID may rate now.
func (s *Exams) GradingQueue(ctx context.Context, raterID int64, t time.Time) ([]QueueLine, error) {
	if err := s.CloseOverdue(ctx, 0, t); err != nil {
		return nil, err
	}
	q, args, err := sqlx.Named(`SELECT a.session_id, es.title, sc.skill,
		sum(sc.status = 'rating') AS to_rate, sum(sc.status = 'adjudication') AS adjudication
		FROM exam_scripts sc JOIN exam_attempts a ON a.id = sc.attempt_id JOIN exam_sessions es ON es.id = a.session_id
		WHERE `+openSlotSQL+` GROUP BY a.session_id, es.title, sc.skill ORDER BY a.session_id, sc.skill`,
		map[string]any{"rater": raterID, "now": ms(t)})
	if err != nil {
		return nil, err
	}
	var out []QueueLine
	if err := s.db.SelectContext(ctx, &out, s.db.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("grading queue: %w", err)
	}
	return out, nil
}

// MyClaims lists the ratings raterID holds and has not submitted.
func (s *Exams) MyClaims(ctx context.Context, raterID int64, t time.Time) ([]int64, error) {
	var ids []int64
	if err := s.db.SelectContext(ctx, &ids, `SELECT id FROM exam_ratings WHERE rater_id = ? AND submitted_at IS NULL AND expires_at > ?
		ORDER BY claimed_at`, raterID, ms(t)); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return ids, nil
}

// ClaimScript gives raterID the next script to rate (of a session and skill
// when set): adjudications first, then the earliest submitted. The claim
// lasts ClaimTTL; a rater holding an unexpired claim gets it back instead.
// It returns the rating's id, or a not-found error when nothing is left.
func (s *Exams) ClaimScript(ctx context.Context, raterID, sessionID int64, skill string, t time.Time) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		err := tx.GetContext(ctx, &id, `SELECT id FROM exam_ratings WHERE rater_id = ? AND submitted_at IS NULL AND expires_at > ?
			ORDER BY claimed_at LIMIT 1`, raterID, ms(t))
		if err == nil {
			return nil
		}
		if !noRows(err) {
			return fmt.Errorf("claims: %w", err)
		}
		args := map[string]any{"rater": raterID, "now": ms(t), "session": sessionID, "skill": skill}
		q, qa, err := sqlx.Named(`SELECT sc.id, sc.status FROM exam_scripts sc JOIN exam_attempts a ON a.id = sc.attempt_id
			WHERE (:session = 0 OR a.session_id = :session) AND (:skill = '' OR sc.skill = :skill) AND `+openSlotSQL+`
			ORDER BY sc.status = 'adjudication' DESC, a.submitted_at, sc.id LIMIT 1`, args)
		if err != nil {
			return err
		}
		var sc struct {
			ID     int64  `db:"id"`
			Status string `db:"status"`
		}
		err = tx.GetContext(ctx, &sc, tx.Rebind(q), qa...)
		if noRows(err) {
			return examErr(apperr.NotFound, "exam.grading.none", "nothing to rate")
		}
		if err != nil {
			return fmt.Errorf("next script: %w", err)
		}
		slots := []int{1, 2}
		if sc.Status == exam.ScriptAdjudication {
			slots = []int{3}
		}
		for _, slot := range slots {
			var cur struct {
				ID        int64  `db:"id"`
				Expires   int64  `db:"expires_at"`
				Submitted *int64 `db:"submitted_at"`
			}
			err := tx.GetContext(ctx, &cur, `SELECT id, expires_at, submitted_at FROM exam_ratings WHERE script_id = ? AND slot = ?`, sc.ID, slot)
			switch {
			case noRows(err):
				r, err := tx.ExecContext(ctx, `INSERT INTO exam_ratings (script_id, slot, rater_id, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
					sc.ID, slot, raterID, ms(t), ms(t.Add(ClaimTTL)))
				if err != nil {
					return fmt.Errorf("claim: %w", err)
				}
				id, err = r.LastInsertId()
				return err
			case err != nil:
				return fmt.Errorf("claim: %w", err)
			case cur.Submitted == nil && cur.Expires <= ms(t):
				// The holder let it lapse: take it over.
				if _, err := tx.ExecContext(ctx, `UPDATE exam_ratings SET rater_id = ?, claimed_at = ?, expires_at = ?, criteria = NULL, score = NULL
					WHERE id = ? AND submitted_at IS NULL`, raterID, ms(t), ms(t.Add(ClaimTTL)), cur.ID); err != nil {
					return fmt.Errorf("claim: %w", err)
				}
				id = cur.ID
				return nil
			}
		}
		return examErr(apperr.Conflict, "exam.grading.none", "script %d has no free slot", sc.ID)
	})
	return id, err
}

// RatingView is a claimed script as its rater sees it: the anonymous code,
// the item, the response, the rubric. Never the other raters' scores.
type RatingView struct {
	ID        int64
	Slot      int
	Expires   time.Time
	Submitted bool
	Criteria  map[string]float64
	Code      string
	Skill     string
	Entry     FormEntry
	Response  bank.Response
	HasAudio  bool
	Rubric    *bank.Rubric
}

type ratingRow struct {
	ID        int64    `db:"id"`
	ScriptID  int64    `db:"script_id"`
	Slot      int      `db:"slot"`
	RaterID   int64    `db:"rater_id"`
	Expires   int64    `db:"expires_at"`
	Criteria  *string  `db:"criteria"`
	Score     *float64 `db:"score"`
	Submitted *int64   `db:"submitted_at"`
	AttemptID int64    `db:"attempt_id"`
	Pos       int      `db:"pos"`
	Skill     string   `db:"skill"`
	RubricID  string   `db:"rubric_id"`
	Code      string   `db:"code"`
	SessionID int64    `db:"session_id"`
}

func ratingOf(ctx context.Context, q sqlx.QueryerContext, ratingID, raterID int64) (*ratingRow, error) {
	var r ratingRow
	err := sqlx.GetContext(ctx, q, &r, `SELECT r.id, r.script_id, r.slot, r.rater_id, r.expires_at, r.criteria, r.score, r.submitted_at,
		sc.attempt_id, sc.pos, sc.skill, sc.rubric_id, a.code, a.session_id
		FROM exam_ratings r JOIN exam_scripts sc ON sc.id = r.script_id JOIN exam_attempts a ON a.id = sc.attempt_id
		WHERE r.id = ? AND r.rater_id = ?`, ratingID, raterID)
	if noRows(err) {
		return nil, notFound("rating")
	}
	if err != nil {
		return nil, fmt.Errorf("rating %d: %w", ratingID, err)
	}
	return &r, nil
}

// Rating returns a rating raterID holds (or gave), with what to rate.
func (s *Exams) Rating(ctx context.Context, ratingID, raterID int64) (*RatingView, error) {
	r, err := ratingOf(ctx, s.db, ratingID, raterID)
	if err != nil {
		return nil, err
	}
	v := &RatingView{ID: r.ID, Slot: r.Slot, Expires: fromMS(r.Expires), Submitted: r.Submitted != nil, Code: r.Code, Skill: r.Skill}
	if r.Criteria != nil {
		if err := json.Unmarshal([]byte(*r.Criteria), &v.Criteria); err != nil {
			return nil, fmt.Errorf("rating %d: %w", r.ID, err)
		}
	}
	es, err := formOf(ctx, s.db, r.AttemptID, ` AND f.pos = ?`, r.Pos)
	if err != nil || len(es) == 0 {
		return nil, fmt.Errorf("rating %d: item: %w", r.ID, err)
	}
	v.Entry = es[0]
	answers, err := answersOf(ctx, s.db, r.AttemptID)
	if err != nil {
		return nil, err
	}
	v.Response = answers[r.Pos].Response
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM exam_recordings WHERE attempt_id = ? AND pos = ? AND data IS NOT NULL`, r.AttemptID, r.Pos); err != nil {
		return nil, fmt.Errorf("rating %d: %w", r.ID, err)
	}
	v.HasAudio = n > 0
	if r.RubricID != "" {
		if v.Rubric, _, err = rubricByID(ctx, s.db, r.RubricID); err != nil {
			return nil, err
		}
	} else {
		v.Rubric = exam.DefaultRubric(r.Skill)
	}
	return v, nil
}

// RatingAudio returns the recording a rater is rating.
func (s *Exams) RatingAudio(ctx context.Context, ratingID, raterID int64) ([]byte, error) {
	var data []byte
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		r, err := ratingOf(ctx, tx, ratingID, raterID)
		if err != nil {
			return err
		}
		return recordingBytes(ctx, tx, r.AttemptID, r.Pos, &data)
	})
	return data, err
}

// ReleaseClaim gives an unsubmitted claim back to the queue.
func (s *Exams) ReleaseClaim(ctx context.Context, ratingID, raterID int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM exam_ratings WHERE id = ? AND rater_id = ? AND submitted_at IS NULL`, ratingID, raterID)
		return err
	})
}

type ratingLog struct {
	Slot     int                `json:"slot"`
	Criteria map[string]float64 `json:"criteria"`
	Score    float64            `json:"score"`
}

type scriptLog struct {
	Status string   `json:"status"`
	Final  *float64 `json:"final,omitempty"`
}

// SubmitRating records raterID's criterion scores on a claimed script,
// decides the script when its ratings allow (mean of two, or adjudication
// when they differ by more than the session's gap) and updates the result.
// A claim that lapsed but was not taken over may still be submitted.
func (s *Exams) SubmitRating(ctx context.Context, ratingID, raterID int64, criteria map[string]float64, t time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		r, err := ratingOf(ctx, tx, ratingID, raterID)
		if err != nil {
			return err
		}
		if r.Submitted != nil {
			return examErr(apperr.Conflict, "exam.grading.already", "rating %d already submitted", r.ID)
		}
		rb := exam.DefaultRubric(r.Skill)
		rv := 0
		if r.RubricID != "" {
			var err error
			if rb, rv, err = rubricByID(ctx, tx, r.RubricID); err != nil {
				return err
			}
		}
		score, err := exam.RatingScore(rb, criteria)
		if err != nil {
			return err
		}
		crit, err := json.Marshal(criteria)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE exam_ratings SET criteria = ?, score = ?, submitted_at = ?, rubric_version = ? WHERE id = ?`,
			string(crit), score, ms(t), rv, r.ID); err != nil {
			return fmt.Errorf("rating: %w", err)
		}
		pos := r.Pos
		if err := scoreLog(ctx, tx, r.AttemptID, &pos, "rating", nil, ratingLog{r.Slot, criteria, score},
			reason("rater", "Slot", r.Slot), &raterID, t); err != nil {
			return err
		}
		return decideScript(ctx, tx, r.ScriptID, r.AttemptID, r.Pos, &raterID, t)
	})
}

func decideScript(ctx context.Context, tx *sqlx.Tx, scriptID, attemptID int64, pos int, by *int64, t time.Time) error {
	var rows []struct {
		Slot  int     `db:"slot"`
		Score float64 `db:"score"`
	}
	if err := tx.SelectContext(ctx, &rows, `SELECT slot, score FROM exam_ratings WHERE script_id = ? AND submitted_at IS NOT NULL`, scriptID); err != nil {
		return fmt.Errorf("ratings: %w", err)
	}
	var rs [3]*float64
	for _, r := range rows {
		v := r.Score
		rs[r.Slot-1] = &v
	}
	var gap float64
	if err := tx.GetContext(ctx, &gap, `SELECT s.gap FROM exam_sessions s JOIN exam_attempts a ON a.session_id = s.id WHERE a.id = ?`, attemptID); err != nil {
		return fmt.Errorf("gap: %w", err)
	}
	var old struct {
		Status string   `db:"status"`
		Final  *float64 `db:"final"`
	}
	if err := tx.GetContext(ctx, &old, `SELECT status, final FROM exam_scripts WHERE id = ?`, scriptID); err != nil {
		return fmt.Errorf("script: %w", err)
	}
	state, final := exam.DecideScript(rs, gap)
	var fp *float64
	if state == exam.ScriptFinal {
		fp = &final
	}
	if old.Status == state && (old.Final == nil) == (fp == nil) && (fp == nil || *old.Final == *fp) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exam_scripts SET status = ?, final = ? WHERE id = ?`, state, fp, scriptID); err != nil {
		return fmt.Errorf("script: %w", err)
	}
	why := reason("mean_two")
	switch {
	case state == exam.ScriptAdjudication:
		why = reason("needs_third", "Gap", gap)
	case rs[2] != nil:
		why = reason("adjudicated")
	}
	if err := scoreLog(ctx, tx, attemptID, &pos, "script", scriptLog{old.Status, old.Final}, scriptLog{state, fp}, why, by, t); err != nil {
		return err
	}
	if state != exam.ScriptFinal {
		return nil
	}
	return updateResult(ctx, tx, attemptID, reason("script_rated"), by, t)
}
