package store

import (
	"bytes"
	"context"
	"testing"
	"time"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
)

// Issue 15.12: a take begun that received no audio (reload during the
// countdown) is given back, a bounded number of times, and counted.
func TestExamInterruptedTakeIsResumed(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.walk(t, f.start(t, f.a, t0), f.a, 3, t0)
	pos := v.Entries[0].Pos
	at := t0.Add(time.Minute)
	b, err := f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, at)
	if err != nil || b.Take != 1 || b.Left != 1 || b.Resumed {
		t.Fatalf("take 1: %+v %v", b, err)
	}
	// The page is reloaded before anything was uploaded.
	v, err = f.st.Attempts.CandidateAttempt(ctx, v.Attempt.ID, f.a, at)
	if err != nil || !v.Recordings[pos].State().Interrupted() {
		t.Fatalf("after reload: %+v %v", v.Recordings[pos], err)
	}
	for i := 1; i <= exam.MaxTakeResumes; i++ {
		b, err = f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, at)
		if err != nil || b.Take != 1 || b.Left != 1 || !b.Resumed {
			t.Fatalf("resume %d: %+v %v", i, b, err)
		}
	}
	// Past the bound a new start spends a take, as before.
	if b, err = f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, at); err != nil || b.Take != 2 || b.Left != 0 || b.Resumed {
		t.Fatalf("after %d resumes: %+v %v", exam.MaxTakeResumes, b, err)
	}
	var resumes int
	if err := f.st.DB().Get(&resumes, `SELECT resumes FROM exam_recordings WHERE attempt_id = ? AND pos = ?`, v.Attempt.ID, pos); err != nil || resumes != exam.MaxTakeResumes {
		t.Fatalf("resumes counted: %d %v", resumes, err)
	}
	// A take with its audio is not "interrupted": no resume, no new take.
	if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, 2, testWAV(1), at); err != nil {
		t.Fatal(err)
	}
	_, err = f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, at)
	wantCode(t, err, apperr.Conflict)
}

// Issue 15.14: an uploaded take is final; the same bytes again (a retry
// whose answer was lost) are acknowledged.
func TestExamUploadedTakeIsFinal(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.walk(t, f.start(t, f.a, t0), f.a, 3, t0)
	pos := v.Entries[0].Pos
	at := t0.Add(time.Minute)
	b, err := f.st.Attempts.BeginTake(ctx, v.Attempt.ID, f.a, pos, at)
	take := b.Take
	if err != nil {
		t.Fatal(err)
	}
	first, other := testWAV(1.5), testWAV(2)
	if _, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, take, first, at); err != nil {
		t.Fatal(err)
	}
	if d, err := f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, take, first, at.Add(time.Second)); err != nil || d != 1500*time.Millisecond {
		t.Fatalf("retry of the same upload: %v %v", d, err)
	}
	_, err = f.st.Attempts.SaveRecording(ctx, v.Attempt.ID, f.a, pos, take, other, at.Add(2*time.Second))
	wantCode(t, err, apperr.Conflict)
	data, err := f.st.Attempts.RecordingData(ctx, v.Attempt.ID, f.a, pos)
	if err != nil || !bytes.Equal(data, first) {
		t.Fatalf("the first upload was replaced (%d bytes) %v", len(data), err)
	}
}

// Issue 15.14: each play granted delivers the bytes once.
func TestExamAudioDeliveredOncePerPlay(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	pos := v.Entries[0].Pos
	id := v.Attempt.ID
	p, err := f.st.Attempts.PlayAudio(ctx, id, f.a, pos, t0)
	if err != nil {
		t.Fatal(err)
	}
	// A dropped download (not marked delivered) is fetched again.
	for range 2 {
		if _, err := f.st.Attempts.PlayedAudio(ctx, id, f.a, pos, p.Play, t0.Add(time.Second)); err != nil {
			t.Fatalf("fetch before delivery: %v", err)
		}
	}
	if err := f.st.Attempts.MarkAudioDelivered(ctx, id, f.a, pos, p.Play); err != nil {
		t.Fatal(err)
	}
	_, err = f.st.Attempts.PlayedAudio(ctx, id, f.a, pos, p.Play, t0.Add(2*time.Second))
	wantCode(t, err, apperr.Forbidden)
	if err := f.st.Attempts.MarkAudioDelivered(ctx, id, f.b, pos, p.Play); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another candidate marks delivery: %v", err)
	}
	p2, err := f.st.Attempts.PlayAudio(ctx, id, f.a, pos, t0.Add(3*time.Second))
	if err != nil || p2.Play != 2 {
		t.Fatalf("second play: %+v %v", p2, err)
	}
	if _, err := f.st.Attempts.PlayedAudio(ctx, id, f.a, pos, 2, t0.Add(4*time.Second)); err != nil {
		t.Fatalf("the second play's bytes: %v", err)
	}
}

// Issue 15.14: after the candidate finished a section, only the saves the
// page had in flight count during the grace.
func TestExamEarlyFinishTakesOnlyPendingSaves(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		pending map[int]int64
		rev     int64
		want    string // apperr code, "" for accepted
	}{
		{"declared in flight", map[int]int64{0: 2}, 2, ""},
		{"typed after the finish", map[int]int64{0: 2}, 3, apperr.Conflict},
		{"nothing was in flight", nil, 2, apperr.Conflict},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newExamFixture(t)
			ctx := context.Background()
			v := f.start(t, f.a, t0)
			id, pos := v.Attempt.ID, v.Entries[0].Pos
			if pos != 0 {
				t.Fatalf("first item at %d", pos)
			}
			at := t0.Add(time.Minute)
			if _, err := f.st.Attempts.SaveAnswer(ctx, id, f.a, pos, 1, bank.Response{Text: "một"}, at); err != nil {
				t.Fatal(err)
			}
			if err := f.st.Attempts.FinishSectionPending(ctx, id, f.a, 0, exam.Pending{Answers: c.pending}, at, exam.GradeItem); err != nil {
				t.Fatal(err)
			}
			_, err := f.st.Attempts.SaveAnswer(ctx, id, f.a, pos, c.rev, bank.Response{Text: "hai"}, at.Add(2*time.Second))
			if apperr.Code(err) != c.want && !(c.want == "" && err == nil) {
				t.Fatalf("save after finish: %v, want %q", err, c.want)
			}
		})
	}
}

// Issue 17.2: "review later" flags are kept on the server, per candidate.
func TestExamFlags(t *testing.T) {
	t.Parallel()
	f := newExamFixture(t)
	ctx := context.Background()
	v := f.start(t, f.a, t0)
	id, pos := v.Attempt.ID, v.Entries[0].Pos
	if err := f.st.Attempts.SetFlag(ctx, id, f.a, pos, true, t0); err != nil {
		t.Fatal(err)
	}
	if err := f.st.Attempts.SetFlag(ctx, id, f.a, pos, true, t0); err != nil {
		t.Fatalf("flagging twice: %v", err)
	}
	v, err := f.st.Attempts.CandidateAttempt(ctx, id, f.a, t0.Add(time.Second))
	if err != nil || !v.Flags[pos] {
		t.Fatalf("flag not kept: %v %v", v.Flags, err)
	}
	wantCode(t, f.st.Attempts.SetFlag(ctx, id, f.b, pos, true, t0), apperr.NotFound)
	if err := f.st.Attempts.SetFlag(ctx, id, f.a, pos, false, t0); err != nil {
		t.Fatal(err)
	}
	if v, _ = f.st.Attempts.CandidateAttempt(ctx, id, f.a, t0.Add(2*time.Second)); v.Flags[pos] {
		t.Fatal("flag not removed")
	}
	if run, err := f.st.Attempts.RunningAttempt(ctx, f.a); err != nil || run != id {
		t.Fatalf("running attempt: %d %v", run, err)
	}
	if run, err := f.st.Attempts.RunningAttempt(ctx, f.out); err != nil || run != 0 {
		t.Fatalf("outsider's running attempt: %d %v", run, err)
	}
}
