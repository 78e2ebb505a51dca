package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/fsrs"
	"hocviet/internal/practice"
)

// VocabCard is a word of the banks with the user's memory state of it.
type VocabCard struct {
	VocabID     int64   `db:"id"`
	Term        string  `db:"term"`
	POS         string  `db:"pos"`
	Lao         string  `db:"lao"`
	En          string  `db:"en"`
	Example     string  `db:"example"`
	Level       int     `db:"level"`
	Topic       string  `db:"topic"`
	AudioSHA256 *string `db:"audio_sha256"`
	State       *string `db:"state"` // nil for a word never reviewed
	Stability   float64 `db:"stability"`
	Difficulty  float64 `db:"difficulty"`
	Due         *string `db:"due"`
	LastReview  *string `db:"last_review"`
	Reps        int     `db:"reps"`
	Lapses      int     `db:"lapses"`
}

// Card is the FSRS state; a word never reviewed is a new card.
func (v *VocabCard) Card() fsrs.Card {
	if v.State == nil {
		return fsrs.Card{}
	}
	st, _ := fsrs.ParseState(*v.State)
	c := fsrs.Card{State: st, Stability: v.Stability, Difficulty: v.Difficulty, Reps: v.Reps, Lapses: v.Lapses}
	if v.Due != nil {
		c.Due = parseStamp(*v.Due)
	}
	if v.LastReview != nil {
		c.LastReview = parseStamp(*v.LastReview)
	}
	return c
}

const vocabSelect = `
	SELECT v.id, v.term, v.pos, v.lao, v.en, v.example, v.level, v.topic, v.audio_sha256,
	       k.state, coalesce(k.stability, 0) AS stability, coalesce(k.difficulty, 0) AS difficulty,
	       k.due, k.last_review, coalesce(k.reps, 0) AS reps, coalesce(k.lapses, 0) AS lapses
	FROM bank_vocabulary v LEFT JOIN vocab_cards k ON k.vocab_id = v.id AND k.user_id = ?`

// VocabFilter narrows the words of the trainer. Zero fields do not filter.
type VocabFilter struct {
	MaxLevel int
	Topic    string
}

func (f VocabFilter) where() (string, []any) {
	q, args := "", []any{}
	if f.MaxLevel > 0 {
		q += ` AND v.level <= ?`
		args = append(args, f.MaxLevel)
	}
	if f.Topic != "" {
		q += ` AND v.topic = ?`
		args = append(args, f.Topic)
	}
	return q, args
}

// DueVocab lists the user's cards due at t, most overdue first.
func (s *Practice) DueVocab(ctx context.Context, userID int64, f VocabFilter, t time.Time, limit int) ([]VocabCard, error) {
	w, args := f.where()
	var vs []VocabCard
	err := s.db.SelectContext(ctx, &vs, vocabSelect+` WHERE k.due <= ?`+w+` ORDER BY k.due, v.id LIMIT ?`,
		append(append([]any{userID, stamp(t)}, args...), limit)...)
	if err != nil {
		return nil, fmt.Errorf("due vocabulary: %w", err)
	}
	return vs, nil
}

// NewVocab lists words the user has never reviewed, easiest first.
func (s *Practice) NewVocab(ctx context.Context, userID int64, f VocabFilter, limit int) ([]VocabCard, error) {
	w, args := f.where()
	var vs []VocabCard
	err := s.db.SelectContext(ctx, &vs, vocabSelect+` WHERE k.vocab_id IS NULL`+w+` ORDER BY v.level, v.topic, v.id LIMIT ?`,
		append(append([]any{userID}, args...), limit)...)
	if err != nil {
		return nil, fmt.Errorf("new vocabulary: %w", err)
	}
	return vs, nil
}

// VocabByID returns one word with the user's state of it.
func (s *Practice) VocabByID(ctx context.Context, userID, vocabID int64) (*VocabCard, error) {
	var v VocabCard
	err := s.db.GetContext(ctx, &v, vocabSelect+` WHERE v.id = ?`, userID, vocabID)
	if noRows(err) {
		return nil, notFound("word")
	}
	if err != nil {
		return nil, fmt.Errorf("word %d: %w", vocabID, err)
	}
	return &v, nil
}

// VocabCounts is the trainer's summary for one user.
type VocabCounts struct {
	Due        int `db:"due"`        // cards due now
	Learning   int `db:"learning"`   // cards reviewed at least once
	NewToday   int `db:"new_today"`  // words first reviewed since local midnight
	Unreviewed int `db:"unreviewed"` // words never reviewed
}

// VocabCounts counts the user's cards at t; dayStart is local midnight.
func (s *Practice) VocabCounts(ctx context.Context, userID int64, f VocabFilter, t, dayStart time.Time) (VocabCounts, error) {
	w, args := f.where()
	var c VocabCounts
	err := s.db.GetContext(ctx, &c, `SELECT
		coalesce(sum(k.due <= ?), 0) AS due,
		count(k.vocab_id) AS learning,
		coalesce(sum(k.vocab_id IS NULL), 0) AS unreviewed,
		(SELECT count(*) FROM vocab_reviews r WHERE r.user_id = ? AND r.state_before = 'new' AND r.reviewed_at >= ?) AS new_today
		FROM bank_vocabulary v LEFT JOIN vocab_cards k ON k.vocab_id = v.id AND k.user_id = ?
		WHERE 1 = 1`+w, append([]any{stamp(t), userID, stamp(dayStart), userID}, args...)...)
	if err != nil {
		return c, fmt.Errorf("vocabulary counts: %w", err)
	}
	return c, nil
}

// VocabReview is one rating of a card.
type VocabReview = practice.VocabReview

// VocabState is the user's FSRS state of a word, a new card if never
// reviewed.
func (s *Practice) VocabState(ctx context.Context, userID, vocabID int64) (fsrs.Card, error) {
	v, err := s.VocabByID(ctx, userID, vocabID)
	if err != nil {
		return fsrs.Card{}, err
	}
	return v.Card(), nil
}

// SaveVocabReview stores a review and the card's new state. The card must
// still be as it was when the candidate saw it (same number of reviews), so
// a rating sent twice is refused rather than counted twice.
func (s *Practice) SaveVocabReview(ctx context.Context, userID int64, r VocabReview, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var term string
		err := tx.GetContext(ctx, &term, `SELECT term FROM bank_vocabulary WHERE id = ?`, r.VocabID)
		if noRows(err) {
			return notFound("word")
		}
		if err != nil {
			return fmt.Errorf("vocabulary review: %w", err)
		}
		a := r.After
		var res interface{ RowsAffected() (int64, error) }
		if r.Before.State == fsrs.New {
			res, err = tx.ExecContext(ctx, `INSERT INTO vocab_cards (user_id, vocab_id, state, stability, difficulty, due, last_review, reps, lapses)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, vocab_id) DO NOTHING`,
				userID, r.VocabID, a.State.String(), a.Stability, a.Difficulty, stamp(a.Due), stamp(a.LastReview), a.Reps, a.Lapses)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE vocab_cards SET state = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?
				WHERE user_id = ? AND vocab_id = ? AND reps = ?`,
				a.State.String(), a.Stability, a.Difficulty, stamp(a.Due), stamp(a.LastReview), a.Reps, a.Lapses, userID, r.VocabID, r.Before.Reps)
		}
		if err != nil {
			return fmt.Errorf("vocabulary card: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return &apperr.Error{Code: apperr.Conflict, Key: "practice.error.reviewed", Message: "this card was reviewed meanwhile"}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO vocab_reviews (user_id, vocab_id, term, direction, rating, state_before, stability, difficulty, due, reviewed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, userID, r.VocabID, term, r.Direction, r.Rating.String(), r.Before.State.String(),
			a.Stability, a.Difficulty, stamp(a.Due), stamp(at))
		if err != nil {
			return fmt.Errorf("vocabulary review log: %w", err)
		}
		return nil
	})
}

// VocabTopics lists the topics of the vocabulary lists.
func (s *Practice) VocabTopics(ctx context.Context) ([]string, error) {
	var ts []string
	if err := s.db.SelectContext(ctx, &ts, `SELECT DISTINCT topic FROM bank_vocabulary ORDER BY topic`); err != nil {
		return nil, fmt.Errorf("vocabulary topics: %w", err)
	}
	return ts, nil
}
