package store

// Reading an attempt without the write lock. The exam page and its clock
// poll used to bring the attempt up to date inside a write transaction on
// every request, reads and JSON decoding included, so 2,000 page loads
// after the start queued with the autosaves and the starts on the one
// write lock. Most requests change nothing (the section is running): they
// now read outside the lock (WAL readers never wait for the writer), and
// only a request that has something to close, open or submit takes it.

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/exam"
)

// peekAttempt reads the user's attempt and, when bringing it up to date
// at t would write nothing, returns it with its sections and step; ok is
// false when catchUp must run in a write transaction instead.
func peekAttempt(ctx context.Context, q sqlx.QueryerContext, attemptID, userID int64, t time.Time) (a *Attempt, es *ExamSession, secs []exam.Section, st exam.Step, ok bool, err error) {
	if a, err = attemptOf(ctx, q, attemptID, userID); err != nil {
		return
	}
	var s ExamSession
	err = sqlx.GetContext(ctx, q, &s, sessionSelect+` WHERE s.id = ?`, a.SessionID)
	if noRows(err) {
		err = notFound("exam session")
		return
	}
	if err != nil {
		err = fmt.Errorf("exam session %d: %w", a.SessionID, err)
		return
	}
	es = &s
	if secs, err = sectionsOf(ctx, q, a.ID); err != nil {
		return
	}
	if a.Status != AttemptInProgress {
		return a, es, secs, exam.Step{Current: len(secs), Done: true}, true, nil
	}
	// The same rule as advance (open: catchUp opens the next section).
	late := !t.Before(es.HardEnd())
	st = exam.Advance(secs, t, !late, es.Grace())
	abandoned := late && (st.Current == len(secs) || secs[st.Current].Started.IsZero())
	if len(st.Close) > 0 || st.Open || st.Done || abandoned {
		return a, es, secs, st, false, nil
	}
	return a, es, secs, st, true, nil
}

// currentAttempt is catchUp without the write lock when nothing is due.
func (s *Attempts) currentAttempt(ctx context.Context, attemptID, userID int64, t time.Time) (*Attempt, *ExamSession, []exam.Section, exam.Step, error) {
	a, es, secs, st, ok, err := peekAttempt(ctx, s.db, attemptID, userID, t)
	if err != nil || ok {
		return a, es, secs, st, err
	}
	// Grouped: at a section's bell 2,000 pages open their next section
	// within seconds, and a commit each queued them one fsync apart.
	err = s.groupTx(ctx, func(ctx context.Context, tx *sqlx.Tx) error {
		a, es, secs, st, err = s.catchUp(ctx, tx, attemptID, userID, t)
		return err
	})
	return a, es, secs, st, err
}

// attemptPage reads what the page of section cur shows, outside the write
// lock: answers saved meanwhile are simply newer.
func attemptPage(ctx context.Context, q sqlx.QueryerContext, v *AttemptView, attemptID int64, cur int) error {
	var err error
	if v.Entries, err = formOf(ctx, q, attemptID, ` AND f.section_idx = ?`, cur); err != nil {
		return err
	}
	if v.Answers, err = answersOf(ctx, q, attemptID); err != nil {
		return err
	}
	if v.Recordings, err = recordingsOf(ctx, q, attemptID); err != nil {
		return err
	}
	if v.Flags, err = flagsOf(ctx, q, attemptID); err != nil {
		return err
	}
	var plays []struct {
		Key   string `db:"media_key"`
		Plays int    `db:"plays"`
	}
	if err := sqlx.SelectContext(ctx, q, &plays, `SELECT media_key, plays FROM exam_audio_plays WHERE attempt_id = ?`, attemptID); err != nil {
		return fmt.Errorf("plays: %w", err)
	}
	v.Plays = make(map[string]int, len(plays))
	for _, p := range plays {
		v.Plays[p.Key] = p.Plays
	}
	return nil
}
