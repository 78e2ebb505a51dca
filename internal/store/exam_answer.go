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

// MaxResponseBytes bounds one saved answer: an essay of a few thousand
// words fits many times over.
const MaxResponseBytes = 64 << 10

// SaveResult is the server's acknowledgement of a save. Applied is false
// for a stale revision: a newer answer is already stored (Rev).
type SaveResult = exam.Saved

// SaveAnswer stores the response to item pos if rev is newer than the one
// stored, and the item's section took answers at t (open, or closed less
// than the grace ago). It returns only after the commit, so an
// acknowledged save is on disk; saves arriving together share the commit
// (groupcommit.go).
func (s *Attempts) SaveAnswer(ctx context.Context, attemptID, userID int64, pos int, rev int64, resp bank.Response, t time.Time) (SaveResult, error) {
	var out SaveResult
	if rev <= 0 {
		return out, &apperr.Error{Code: apperr.Invalid, Field: "rev", Message: "rev must be positive"}
	}
	if rev > MaxRev {
		return out, &apperr.Error{Code: apperr.Invalid, Field: "rev", Key: "exam.err.rev", Message: fmt.Sprintf("rev must be at most %d", MaxRev)}
	}
	raw, err := json.Marshal(resp)
	if err != nil {
		return out, err
	}
	if len(raw) > MaxResponseBytes {
		return out, &apperr.Error{Code: apperr.Invalid, Key: "exam.err.too_long", Message: "answer too long"}
	}
	// Who owns the attempt and what the item is were read by an earlier
	// save of the item, or are read now on the read pool, before queueing
	// for the write lock (examseat.go): the queue holds only the checks on
	// what does change and the write.
	f, err := s.seatOf(ctx, s.db, attemptID, userID, pos)
	if err != nil {
		return out, err
	}
	if f.spoken {
		return out, &apperr.Error{Code: apperr.Invalid, Message: "spoken answers are uploaded as recordings"}
	}
	err = s.saveGroupTx(ctx, func(ctx context.Context, tx *sqlx.Tx) error {
		status, grace, secs, err := sittingNow(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		if f.section >= len(secs) {
			return fmt.Errorf("attempt %d: item %d in section %d of %d", attemptID, pos, f.section, len(secs))
		}
		sec := secs[f.section]
		pend, err := pendingOf(ctx, tx, attemptID, sec)
		if err != nil {
			return err
		}
		if status != AttemptInProgress || !sec.AcceptsAnswer(t, time.Duration(grace)*time.Millisecond, pend, pos, rev) {
			return (&seat{sec: sec}).closed()
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO exam_answers (attempt_id, pos, rev, response, saved_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (attempt_id, pos) DO UPDATE SET rev = excluded.rev, response = excluded.response, saved_at = excluded.saved_at
			WHERE excluded.rev > exam_answers.rev`, attemptID, pos, rev, string(raw), ms(t))
		if err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		n, err := r.RowsAffected()
		if err != nil {
			return err
		}
		out.Applied = n > 0
		if out.Applied {
			out.Rev, out.SavedAt = rev, fromMS(ms(t))
			if _, err := tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET last_save_at = ?, saves = saves + 1 WHERE id = ?`, ms(t), attemptID); err != nil {
				return fmt.Errorf("save answer: %w", err)
			}
			return nil
		}
		var cur struct {
			Rev   int64 `db:"rev"`
			Saved int64 `db:"saved_at"`
		}
		if err := tx.GetContext(ctx, &cur, `SELECT rev, saved_at FROM exam_answers WHERE attempt_id = ? AND pos = ?`, attemptID, pos); err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		out.Rev, out.SavedAt = cur.Rev, fromMS(cur.Saved)
		return nil
	})
	return out, err
}

// FinishSection closes the candidate's current section before its deadline
// (the candidate is done with it); the last one submits the attempt,
// grading with exam.GradeItem. exam.Sitting is the workflow's entry point;
// this is the store's short form for tests and tools.
func (s *Attempts) FinishSection(ctx context.Context, attemptID, userID int64, idx int, t time.Time) error {
	return s.FinishSectionPending(ctx, attemptID, userID, idx, exam.Pending{}, t, exam.GradeItem)
}

// FinishSectionPending is FinishSection for a page that still had saves on
// their way (p): only those count after the close. Submitting grades each
// objective item with grade, in the transaction that closes the section.
func (s *Attempts) FinishSectionPending(ctx context.Context, attemptID, userID int64, idx int, p exam.Pending, t time.Time, grade exam.Grader) error {
	// Grouped: at a section's bell every candidate's page finishes at once.
	return s.groupTx(ctx, func(ctx context.Context, tx *sqlx.Tx) error {
		a, es, err := ownAttempt(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		secs, st, err := advance(ctx, tx, a, es, t, false, grade)
		if err != nil {
			return err
		}
		if st.Current != idx || idx >= len(secs) || !secs[idx].OpenAt(t) {
			return nil // already over: finishing twice is not an error
		}
		if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET closed_at = ? WHERE attempt_id = ? AND idx = ?`, ms(t), a.ID, idx); err != nil {
			return fmt.Errorf("finish section: %w", err)
		}
		if err := keepPending(ctx, tx, a.ID, idx, p); err != nil {
			return err
		}
		if idx == len(secs)-1 {
			return submitAttempt(ctx, tx, a, es, t, grade)
		}
		return nil
	})
}

// PlaysAllowed is how many more times an item's audio may play.
type Play struct {
	Play     int
	Left     int
	SHA256   string
	MediaKey string
}

// audioWindow is how long the bytes of a play may be fetched again (a
// dropped download) without spending another play.
const audioWindow = 10 * time.Minute

// PlayAudio spends one play of the audio of item pos, if any is left and
// its section is open, and names the bytes to send.
func (s *Attempts) PlayAudio(ctx context.Context, attemptID, userID int64, pos int, t time.Time) (Play, error) {
	var p Play
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		a, e, sec := x.a, x.e, x.sec
		if err := x.open(t); err != nil {
			return err
		}
		key := e.AudioKey()
		if key == "" || e.Media[key] == "" {
			return notFound("audio")
		}
		var plays int
		err = tx.GetContext(ctx, &plays, `SELECT plays FROM exam_audio_plays WHERE attempt_id = ? AND media_key = ?`, a.ID, key)
		if err != nil && !noRows(err) {
			return fmt.Errorf("plays: %w", err)
		}
		if plays >= sec.MaxPlays {
			return examErr(apperr.Conflict, "exam.err.no_plays", "no plays left")
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_audio_plays (attempt_id, media_key, plays, last_play_at) VALUES (?, ?, 1, ?)
			ON CONFLICT (attempt_id, media_key) DO UPDATE SET plays = plays + 1, last_play_at = excluded.last_play_at`,
			a.ID, key, ms(t)); err != nil {
			return fmt.Errorf("play: %w", err)
		}
		p = Play{Play: plays + 1, Left: sec.MaxPlays - plays - 1, SHA256: e.Media[key], MediaKey: key}
		return nil
	})
	return p, err
}

// PlayedAudio returns the bytes of the latest play of item pos's audio,
// while it is recent: fetching them again spends nothing, starting over
// does (PlayAudio).
func (s *Attempts) PlayedAudio(ctx context.Context, attemptID, userID int64, pos, play int, t time.Time) (*Media, error) {
	var hash string
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		a, e, sec := x.a, x.e, x.sec
		key := e.AudioKey()
		var row struct {
			Plays     int   `db:"plays"`
			Last      int64 `db:"last_play_at"`
			Delivered int   `db:"delivered"`
		}
		err = tx.GetContext(ctx, &row, `SELECT plays, last_play_at, delivered FROM exam_audio_plays WHERE attempt_id = ? AND media_key = ?`, a.ID, key)
		// Each play granted delivers the bytes once: a download that went
		// out in full (MarkAudioDelivered) is not served again.
		if noRows(err) || (err == nil && (row.Plays != play || row.Delivered >= play || t.Sub(fromMS(row.Last)) > audioWindow)) ||
			a.Status != AttemptInProgress || !sec.OpenAt(t) {
			return examErr(apperr.Forbidden, "exam.err.no_plays", "play %d of attempt %d pos %d is not current", play, a.ID, pos)
		}
		if err != nil {
			return fmt.Errorf("plays: %w", err)
		}
		hash = e.Media[key]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return mediaByHash(ctx, s.db, hash)
}

// AttemptImage returns an image an item of the attempt's current section
// shows (key as the item names it).
func (s *Attempts) AttemptImage(ctx context.Context, attemptID, userID int64, pos int, key string, t time.Time) (*Media, error) {
	var hash string
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		e := x.e
		// Only images of the section being sat: a later section's images
		// would show its questions early (issue 15 point 10).
		if err := x.open(t); err != nil {
			return err
		}
		if key == e.AudioKey() {
			return notFound("image")
		}
		hash = e.Media[key]
		if hash == "" {
			return notFound("image")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return mediaByHash(ctx, s.db, hash)
}

// SaveRecording stores the WAV of a take. Only the latest take begun is
// taken (a retry of it is harmless); t should be when the request arrived,
// not when its body finished, so a slow upload begun in time counts.
func (s *Attempts) SaveRecording(ctx context.Context, attemptID, userID int64, pos, take int, data []byte, t time.Time) (time.Duration, error) {
	var dur time.Duration
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		a, es, e, sec := x.a, x.es, x.e, x.sec
		pend, err := pendingOf(ctx, tx, a.ID, sec)
		if err != nil {
			return err
		}
		if a.Status != AttemptInProgress || !sec.AcceptsTake(t, es.Grace(), pend, pos, take) {
			return x.closed()
		}
		if dur, err = exam.CheckWAV(data, e.Item.MaxSeconds); err != nil {
			return err
		}
		if done, d, err := takeUploaded(ctx, tx, a.ID, pos, take, data); done || err != nil {
			dur = d
			return err
		}
		r, err := tx.ExecContext(ctx, `UPDATE exam_recordings SET take = ?, data = ?, size = ?, duration_ms = ?, uploaded_at = ?
			WHERE attempt_id = ? AND pos = ? AND takes = ?`, take, data, len(data), dur.Milliseconds(), ms(t), a.ID, pos, take)
		if err != nil {
			return fmt.Errorf("save recording: %w", err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return examErr(apperr.Conflict, "exam.err.stale_take", "take %d is not the latest", take)
		}
		_, err = tx.ExecContext(ctx, `UPDATE exam_attempt_rows SET last_save_at = ?, saves = saves + 1 WHERE id = ?`, ms(t), a.ID)
		return err
	})
	return dur, err
}

// RecordingData returns the stored WAV of item pos, for the candidate who
// made it.
func (s *Attempts) RecordingData(ctx context.Context, attemptID, userID int64, pos int) ([]byte, error) {
	var data []byte
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := attemptOf(ctx, tx, attemptID, userID); err != nil {
			return err
		}
		return recordingBytes(ctx, tx, attemptID, pos, &data)
	})
	return data, err
}

func recordingBytes(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos int, data *[]byte) error {
	err := tx.GetContext(ctx, data, `SELECT data FROM exam_recordings WHERE attempt_id = ? AND pos = ? AND data IS NOT NULL`, attemptID, pos)
	if noRows(err) {
		return notFound("recording")
	}
	if err != nil {
		return fmt.Errorf("recording: %w", err)
	}
	return nil
}
