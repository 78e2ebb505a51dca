package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/practice"
)

// NewPracticeRecording is a speaking answer's audio.
type NewPracticeRecording = practice.NewRecording

// SavePracticeRecording records a speaking answer with its audio. Recording
// again replaces the take, as long as no instructor has commented on it:
// a comment is about the recording it heard.
func (s *Practice) SavePracticeRecording(ctx context.Context, userID int64, n NewPracticeAnswer, rec NewPracticeRecording, at time.Time) (answerID int64, err error) {
	var tone *string
	if rec.Tone != nil {
		b, err := json.Marshal(rec.Tone)
		if err != nil {
			return 0, err
		}
		t := string(b)
		tone = &t
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		var existing struct {
			ID       int64 `db:"id"`
			Comments int   `db:"comments"`
		}
		err := tx.GetContext(ctx, &existing, `SELECT a.id, (SELECT count(*) FROM practice_comments c WHERE c.answer_id = a.id) AS comments
			FROM practice_answers a WHERE a.set_id = ? AND a.position = ? AND a.user_id = ?`, n.SetID, n.Position, userID)
		switch {
		case noRows(err):
			if answerID, err = insertAnswer(ctx, tx, userID, n, at); err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO practice_recordings (answer_id, user_id, mime, size, duration_ms, data, tone, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, answerID, userID, rec.MIME, len(rec.Data), rec.Duration.Milliseconds(), rec.Data, tone, stamp(at))
		case err != nil:
			return fmt.Errorf("practice answer: %w", err)
		case existing.Comments > 0:
			return &apperr.Error{Code: apperr.Conflict, Key: "practice.error.commented", Message: "an instructor has commented on this recording"}
		default:
			answerID = existing.ID
			if _, err = tx.ExecContext(ctx, `UPDATE practice_answers SET answered_at = ? WHERE id = ?`, stamp(at), answerID); err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `UPDATE practice_recordings SET mime = ?, size = ?, duration_ms = ?, data = ?, tone = ?, created_at = ?
				WHERE answer_id = ?`, rec.MIME, len(rec.Data), rec.Duration.Milliseconds(), rec.Data, tone, stamp(at), answerID)
		}
		if err != nil {
			return fmt.Errorf("save recording: %w", err)
		}
		return nil
	})
	return answerID, err
}

// PracticeRecording is a stored speaking answer's audio.
type PracticeRecording struct {
	ID         int64   `db:"id"`
	AnswerID   int64   `db:"answer_id"`
	UserID     int64   `db:"user_id"`
	MIME       string  `db:"mime"`
	Size       int64   `db:"size"`
	DurationMS int64   `db:"duration_ms"`
	Data       []byte  `db:"data"`
	ToneJSON   *string `db:"tone"`
	CreatedAt  string  `db:"created_at"`
}

const recordingSelect = `SELECT id, answer_id, user_id, mime, size, duration_ms, data, tone, created_at FROM practice_recordings`

// RecordingForUser returns one of the user's recordings.
func (s *Practice) RecordingForUser(ctx context.Context, userID, id int64) (*PracticeRecording, error) {
	return s.recording(ctx, recordingSelect+` WHERE id = ? AND user_id = ?`, id, userID)
}

// RecordingForInstructor returns any candidate's recording: instructors
// listen to every class.
func (s *Practice) RecordingForInstructor(ctx context.Context, id int64) (*PracticeRecording, error) {
	return s.recording(ctx, recordingSelect+` WHERE id = ?`, id)
}

// RecordingOfAnswer returns the recording of an answer, without its bytes.
func (s *Practice) RecordingOfAnswer(ctx context.Context, answerID int64) (*PracticeRecording, error) {
	return s.recording(ctx, `SELECT id, answer_id, user_id, mime, size, duration_ms, x'' AS data, tone, created_at
		FROM practice_recordings WHERE answer_id = ?`, answerID)
}

func (s *Practice) recording(ctx context.Context, q string, args ...any) (*PracticeRecording, error) {
	var r PracticeRecording
	err := s.db.GetContext(ctx, &r, q, args...)
	if noRows(err) {
		return nil, notFound("recording")
	}
	if err != nil {
		return nil, fmt.Errorf("recording: %w", err)
	}
	return &r, nil
}
