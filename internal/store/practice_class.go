package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/practice"
)

// PracticeComment is an instructor's comment on an essay or a recording.
type PracticeComment struct {
	ID         int64    `db:"id"`
	AnswerID   int64    `db:"answer_id"`
	Instructor string   `db:"instructor"`
	Body       string   `db:"body"`
	Score      *float64 `db:"score"`
	CreatedAt  string   `db:"created_at"`
	// For the candidate's list of comments.
	ItemID   string `db:"item_id"`
	Skill    string `db:"skill"`
	Type     string `db:"type"`
	SetID    int64  `db:"set_id"`
	Position int    `db:"position"`
}

const commentSelect = `
	SELECT c.id, c.answer_id, coalesce(nullif(u.display_name, ''), u.username, '') AS instructor, c.body, c.score, c.created_at,
	       a.item_id, a.skill, a.type, a.set_id, a.position
	FROM practice_comments c JOIN practice_answers a ON a.id = c.answer_id LEFT JOIN users u ON u.id = c.instructor_id`

// AddPracticeComment records an instructor's comment on an essay or a
// recording. A score (0–10) makes the answer count in the candidate's
// progress, at that share of its points (practice.RatedPoints).
func (s *Practice) AddPracticeComment(ctx context.Context, answerID, instructorID int64, body string, score *float64, at time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		var a struct {
			Type string  `db:"type"`
			Max  float64 `db:"max_points"`
		}
		err := tx.GetContext(ctx, &a, `SELECT type, max_points FROM practice_answers WHERE id = ?`, answerID)
		if noRows(err) {
			return notFound("practice answer")
		}
		if err != nil {
			return fmt.Errorf("comment: %w", err)
		}
		if !bank.Manual(a.Type) {
			return &apperr.Error{Code: apperr.Invalid, Key: "practice.error.not_commentable", Message: "only essays and recordings take comments"}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO practice_comments (answer_id, instructor_id, body, score, created_at) VALUES (?, ?, ?, ?, ?)`,
			answerID, instructorID, body, score, stamp(at)); err != nil {
			return fmt.Errorf("comment: %w", err)
		}
		if score != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE practice_answers SET points = ?, scored = 1, verdict = 'rated'
				WHERE id = ?`, practice.RatedPoints(*score, a.Max), answerID); err != nil {
				return fmt.Errorf("comment score: %w", err)
			}
		}
		return nil
	})
}

// CommentsOnAnswer lists the comments on one answer, oldest first. Callers
// have checked that the reader may see the answer.
func (s *Practice) CommentsOnAnswer(ctx context.Context, answerID int64) ([]PracticeComment, error) {
	var cs []PracticeComment
	if err := s.db.SelectContext(ctx, &cs, commentSelect+` WHERE c.answer_id = ? ORDER BY c.created_at, c.id`, answerID); err != nil {
		return nil, fmt.Errorf("comments: %w", err)
	}
	return cs, nil
}

// CommentsForUser lists the latest comments on the user's answers.
func (s *Practice) CommentsForUser(ctx context.Context, userID int64, limit int) ([]PracticeComment, error) {
	var cs []PracticeComment
	if err := s.db.SelectContext(ctx, &cs, commentSelect+` WHERE a.user_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?`, userID, limit); err != nil {
		return nil, fmt.Errorf("comments: %w", err)
	}
	return cs, nil
}

// PracticeMember is a candidate of a class with an account, for the
// instructor's view of practice.
type PracticeMember struct {
	UserID    int64  `db:"user_id"`
	Username  string `db:"username"`
	NameLo    string `db:"name_lo"`
	NameLatin string `db:"name_latin"`
}

// CohortPracticeMembers lists the candidates of a class who can sign in.
func (s *Practice) CohortPracticeMembers(ctx context.Context, cohortID int64) ([]PracticeMember, error) {
	var ms []PracticeMember
	if err := s.db.SelectContext(ctx, &ms, `SELECT c.user_id, u.username, c.name_lo, c.name_latin
		FROM candidates c JOIN users u ON u.id = c.user_id WHERE c.cohort_id = ? ORDER BY u.username`, cohortID); err != nil {
		return nil, fmt.Errorf("class members: %w", err)
	}
	return ms, nil
}

// CohortPracticeHistory returns the answers of every member of a class, by
// user id, for the instructor's activity table.
func (s *Practice) CohortPracticeHistory(ctx context.Context, cohortID int64) (map[int64][]practice.Answer, error) {
	var as []PracticeAnswer
	if err := s.db.SelectContext(ctx, &as, `SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill,
		a.level, a.type, a.topics, '' AS response, a.points, a.max_points, a.verdict, a.scored, '[]' AS detail, a.answered_at
		FROM practice_answers a JOIN candidates c ON c.user_id = a.user_id
		WHERE c.cohort_id = ? ORDER BY a.answered_at, a.id`, cohortID); err != nil {
		return nil, fmt.Errorf("class practice: %w", err)
	}
	m := map[int64][]practice.Answer{}
	for i := range as {
		m[as[i].UserID] = append(m[as[i].UserID], as[i].Domain())
	}
	return m, nil
}

// PracticeWork is an essay or recording for an instructor to comment on.
type PracticeWork struct {
	PracticeAnswer
	Username  string `db:"username"`
	NameLatin string `db:"name_latin"`
	NameLo    string `db:"name_lo"`
}

const reviewSelect = `
	SELECT a.id, a.user_id, a.set_id, a.position, a.version_id, a.item_id, a.skill, a.level, a.type, a.topics,
	       a.response, a.points, a.max_points, a.verdict, a.scored, a.detail, a.answered_at,
	       (SELECT r.id FROM practice_recordings r WHERE r.answer_id = a.id) AS recording_id,
	       (SELECT count(*) FROM practice_comments c WHERE c.answer_id = a.id) AS comments,
	       u.username, coalesce(c.name_latin, '') AS name_latin, coalesce(c.name_lo, '') AS name_lo
	FROM practice_answers a JOIN users u ON u.id = a.user_id LEFT JOIN candidates c ON c.user_id = a.user_id`

// CohortWork lists a class's essays and recordings, those without a
// comment first, newest first within each.
func (s *Practice) CohortWork(ctx context.Context, cohortID int64, limit int) ([]PracticeWork, error) {
	var rs []PracticeWork
	err := s.db.SelectContext(ctx, &rs, reviewSelect+` WHERE c.cohort_id = ? AND a.type IN (?, ?, ?)
		ORDER BY comments > 0, a.answered_at DESC LIMIT ?`, cohortID, bank.TypeEssay, bank.TypeReadAloud, bank.TypeRespond, limit)
	if err != nil {
		return nil, fmt.Errorf("class work: %w", err)
	}
	return rs, nil
}

// AnswerForInstructor returns any candidate's answer with who gave it.
func (s *Practice) AnswerForInstructor(ctx context.Context, answerID int64) (*PracticeWork, error) {
	var r PracticeWork
	err := s.db.GetContext(ctx, &r, reviewSelect+` WHERE a.id = ?`, answerID)
	if noRows(err) {
		return nil, notFound("practice answer")
	}
	if err != nil {
		return nil, fmt.Errorf("practice answer %d: %w", answerID, err)
	}
	return &r, nil
}
