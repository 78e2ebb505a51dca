package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// Exam delivery's firm limits (issue 15.12-15.14) and the candidate's
// "review later" flags (17.2).

// pendingOf reads what the page declared in flight when the candidate
// finished sec early; nothing for a section still open or timed out.
func pendingOf(ctx context.Context, tx *sqlx.Tx, attemptID int64, sec exam.Section) (exam.Pending, error) {
	var p exam.Pending
	if !sec.FinishedEarly() {
		return p, nil
	}
	var raw string
	err := tx.GetContext(ctx, &raw, `SELECT pending FROM exam_sections WHERE attempt_id = ? AND idx = ?`, attemptID, sec.Index)
	if err != nil {
		return p, fmt.Errorf("pending saves of section %d: %w", sec.Index, err)
	}
	if raw == "" {
		return p, nil
	}
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return p, fmt.Errorf("pending saves of section %d: %w", sec.Index, err)
	}
	return p, nil
}

// keepPending stores what was in flight at an early finish, limited to the
// section's own items: the page cannot reopen other sections this way.
func keepPending(ctx context.Context, tx *sqlx.Tx, attemptID int64, idx int, p exam.Pending) error {
	var poss []int
	if err := tx.SelectContext(ctx, &poss, `SELECT pos FROM exam_form_items WHERE attempt_id = ? AND section_idx = ?`, attemptID, idx); err != nil {
		return fmt.Errorf("pending saves: %w", err)
	}
	in := map[int]bool{}
	for _, pos := range poss {
		in[pos] = true
	}
	var keep exam.Pending
	for pos, rev := range p.Answers {
		if in[pos] && rev > 0 {
			if keep.Answers == nil {
				keep.Answers = map[int]int64{}
			}
			keep.Answers[pos] = rev
		}
	}
	for pos, take := range p.Takes {
		if in[pos] && take > 0 {
			if keep.Takes == nil {
				keep.Takes = map[int]int{}
			}
			keep.Takes[pos] = take
		}
	}
	if keep.Answers == nil && keep.Takes == nil {
		return nil
	}
	raw, err := json.Marshal(keep)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE exam_sections SET pending = ? WHERE attempt_id = ? AND idx = ?`, string(raw), attemptID, idx); err != nil {
		return fmt.Errorf("pending saves: %w", err)
	}
	return nil
}

// MarkAudioDelivered records that the bytes of play went out in full: the
// play's one delivery is spent.
func (s *Attempts) MarkAudioDelivered(ctx context.Context, attemptID, userID int64, pos, play int) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		a, e := x.a, x.e
		if _, err := tx.ExecContext(ctx, `UPDATE exam_audio_plays SET delivered = max(delivered, ?) WHERE attempt_id = ? AND media_key = ?`,
			play, a.ID, e.AudioKey()); err != nil {
			return fmt.Errorf("audio delivered: %w", err)
		}
		return nil
	})
}

// takeUploaded says whether take of item pos already has its audio. An
// uploaded take is final: the same bytes again (a retry whose answer was
// lost) are acknowledged, other bytes are refused.
func takeUploaded(ctx context.Context, tx *sqlx.Tx, attemptID int64, pos, take int, data []byte) (bool, time.Duration, error) {
	var row struct {
		Take     int    `db:"take"`
		Data     []byte `db:"data"`
		Duration int64  `db:"duration_ms"`
	}
	err := tx.GetContext(ctx, &row, `SELECT take, data, duration_ms FROM exam_recordings
		WHERE attempt_id = ? AND pos = ? AND take = ? AND uploaded_at IS NOT NULL`, attemptID, pos, take)
	if noRows(err) {
		return false, 0, nil
	}
	if err != nil {
		return false, 0, fmt.Errorf("recording take %d: %w", take, err)
	}
	if !bytes.Equal(row.Data, data) {
		return true, 0, examErr(apperr.Conflict, "exam.err.take_final", "take %d of item %d is already uploaded", take, pos)
	}
	return true, time.Duration(row.Duration) * time.Millisecond, nil
}

// TakeStart is the answer to a candidate beginning a take.
type TakeStart struct {
	Take    int
	Left    int
	Resumed bool // the latest take had received no audio and is given back
}

// BeginTake lets the candidate begin recording item pos: the count of
// takes lives on the server, so a reload gives no extra one. A take begun
// that never received audio (the page was reloaded or crashed during the
// countdown or the recording) is given back instead of spending another,
// at most exam.MaxTakeResumes times per item; each time is counted.
func (s *Attempts) BeginTake(ctx context.Context, attemptID, userID int64, pos int, t time.Time) (TakeStart, error) {
	var out TakeStart
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		x, err := loadSeat(ctx, tx, attemptID, userID, pos)
		if err != nil {
			return err
		}
		a, e, sec := x.a, x.e, x.sec
		if e.Item.Type != bank.TypeReadAloud && e.Item.Type != bank.TypeRespond {
			return notFound("recording")
		}
		if err := x.open(t); err != nil {
			return err
		}
		ts, err := takeState(ctx, tx, a.ID, pos)
		if err != nil {
			return err
		}
		if ts.CanResume() {
			if _, err := tx.ExecContext(ctx, `UPDATE exam_recordings SET resumes = resumes + 1 WHERE attempt_id = ? AND pos = ?`,
				a.ID, pos); err != nil {
				return fmt.Errorf("resume take: %w", err)
			}
			out = TakeStart{Take: ts.Takes, Left: max(0, sec.MaxTakes-ts.Takes), Resumed: true}
			return nil
		}
		if ts.Takes >= sec.MaxTakes {
			return examErr(apperr.Conflict, "exam.err.no_takes", "no recordings left")
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO exam_recordings (attempt_id, pos, takes) VALUES (?, ?, 1)
			ON CONFLICT (attempt_id, pos) DO UPDATE SET takes = takes + 1`, a.ID, pos); err != nil {
			return fmt.Errorf("start take: %w", err)
		}
		out = TakeStart{Take: ts.Takes + 1, Left: sec.MaxTakes - ts.Takes - 1}
		return nil
	})
	return out, err
}

func takeState(ctx context.Context, q sqlx.QueryerContext, attemptID int64, pos int) (exam.TakeState, error) {
	var row struct {
		Takes    int    `db:"takes"`
		Take     int    `db:"take"`
		Uploaded *int64 `db:"uploaded_at"`
		Resumes  int    `db:"resumes"`
	}
	err := sqlx.GetContext(ctx, q, &row, `SELECT takes, take, uploaded_at, resumes FROM exam_recordings WHERE attempt_id = ? AND pos = ?`,
		attemptID, pos)
	if noRows(err) {
		return exam.TakeState{}, nil
	}
	if err != nil {
		return exam.TakeState{}, fmt.Errorf("takes: %w", err)
	}
	return exam.TakeState{Takes: row.Takes, Uploaded: row.Uploaded != nil && row.Take == row.Takes, Resumes: row.Resumes}, nil
}

// SetFlag marks or unmarks item pos of the candidate's running attempt
// "review later".
func (s *Attempts) SetFlag(ctx context.Context, attemptID, userID int64, pos int, on bool, t time.Time) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error {
		a, err := attemptOf(ctx, tx, attemptID, userID)
		if err != nil {
			return err
		}
		if _, _, err := entryTx(ctx, tx, a, pos); err != nil {
			return err
		}
		if a.Status != AttemptInProgress {
			return examErr(apperr.Conflict, "exam.err.section_closed", "attempt %d is over", a.ID)
		}
		q := `DELETE FROM exam_flags WHERE attempt_id = ? AND pos = ?`
		args := []any{a.ID, pos}
		if on {
			q = `INSERT INTO exam_flags (attempt_id, pos, flagged_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
			args = append(args, ms(t))
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("flag: %w", err)
		}
		return nil
	})
}

func flagsOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64) (map[int]bool, error) {
	var poss []int
	if err := sqlx.SelectContext(ctx, q, &poss, `SELECT pos FROM exam_flags WHERE attempt_id = ?`, attemptID); err != nil {
		return nil, fmt.Errorf("flags of attempt %d: %w", attemptID, err)
	}
	out := map[int]bool{}
	for _, p := range poss {
		out[p] = true
	}
	return out, nil
}

// RunningAttempt returns the id of the user's exam attempt in progress, or
// 0: candidate pages show a way back to it.
func (s *Attempts) RunningAttempt(ctx context.Context, userID int64) (int64, error) {
	var id int64
	err := s.db.GetContext(ctx, &id, `
		SELECT a.id FROM exam_attempts a
		JOIN candidates c ON c.id = a.candidate_id
		WHERE c.user_id = ? AND a.status = 'in_progress' ORDER BY a.id LIMIT 1`, userID)
	if noRows(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("running attempt of user %d: %w", userID, err)
	}
	return id, nil
}
