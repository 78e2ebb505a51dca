package practice_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/placement"
	"hocviet/internal/practice"
	"hocviet/internal/store"
	"hocviet/internal/viet"
	"hocviet/migrations"
)

var t0 = time.Date(2025, 3, 3, 2, 0, 0, 0, time.UTC)

// sessionStore is a migrated SQLite store in t.TempDir() with the practice
// test bank, two candidates, and a session over it.
func sessionStore(t *testing.T) (*store.Store, *practice.Session, int64, int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "practice.db"), migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	bk, err := bank.Load("testdata/practest")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, bk, "test", nil); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, name := range []string{"cand-a", "cand-b"} {
		u := &account.User{Username: name, Role: account.RoleCandidate, PasswordHash: "x"}
		if err := st.Accounts.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.ID)
	}
	ses := practice.NewSession(st.Practice, st.Placement)
	ses.Now = func() time.Time { return t0 }
	ses.Rand = func() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
	return st, ses, ids[0], ids[1]
}

// place stores a finished placement test of user with the given levels.
func place(t *testing.T, st *store.Store, user int64, levels map[string]int) {
	t.Helper()
	ctx := context.Background()
	id, err := st.Placement.StartPlacement(ctx, user, 7, t0)
	if err != nil {
		t.Fatal(err)
	}
	for sk, l := range levels {
		r := placement.Result{Skill: sk, Level: l, Lo: l, Hi: l, Items: 10, Reason: "se", At: t0}
		if err := st.Placement.SavePlacementResult(ctx, id, r, false, t0); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Placement.SavePlacementResult(ctx, id, placement.Result{}, true, t0); err != nil {
		t.Fatal(err)
	}
}

func TestNewSetDrawsAtTheLevelRule(t *testing.T) {
	cases := []struct {
		name      string
		placement map[string]int
		in        practice.NewSetInput
		level     int
		items     []string // the set's items, when it matters; nil: any
		err       error
	}{
		{name: "my level, nothing known: level 1", in: practice.NewSetInput{Skill: bank.Listening}, level: 1},
		{name: "my level follows the placement", placement: map[string]int{bank.Listening: 2},
			in: practice.NewSetInput{Skill: bank.Listening}, level: 2},
		{name: "a placement above the banks: the nearest level they have", placement: map[string]int{bank.Listening: 5},
			in: practice.NewSetInput{Skill: bank.Listening}, level: 2},
		{name: "another skill's placement starts a new skill", placement: map[string]int{bank.Reading: 2},
			in: practice.NewSetInput{Skill: bank.Listening}, level: 2},
		{name: "a level chosen wins over the placement", placement: map[string]int{bank.Listening: 2},
			in: practice.NewSetInput{Skill: bank.Listening, Level: 1}, level: 1},
		{name: "a topic narrows the draw to its items, the group whole",
			in:    practice.NewSetInput{Skill: bank.Listening, Level: 2, Topic: " party-cell "},
			level: 2, items: []string{"pt-l-talk-1", "pt-l-talk-2"}},
		{name: "no item at that level", in: practice.NewSetInput{Skill: bank.Listening, Level: 5}, err: practice.ErrNoItems},
		{name: "no item of that topic", in: practice.NewSetInput{Skill: bank.Reading, Level: 1, Topic: "party-cell"}, err: practice.ErrNoItems},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st, ses, a, _ := sessionStore(t)
			if tc.placement != nil {
				place(t, st, a, tc.placement)
			}
			tc.in.UserID = a
			id, level, err := ses.NewSet(ctx, tc.in)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ps, items, err := st.Practice.PracticeSet(ctx, a, id)
			if err != nil {
				t.Fatal(err)
			}
			if level != tc.level || ps.Level != tc.level || ps.Skill != tc.in.Skill {
				t.Fatalf("set %s at level %d (returned %d), want %s at %d", ps.Skill, ps.Level, level, tc.in.Skill, tc.level)
			}
			if len(items) == 0 {
				t.Fatal("empty set")
			}
			if tc.items != nil {
				var got []string
				for _, it := range items {
					got = append(got, it.ItemID)
				}
				if len(got) != len(tc.items) || got[0] != tc.items[0] || got[1] != tc.items[1] {
					t.Fatalf("items %v, want %v", got, tc.items)
				}
			}
		})
	}
}

func TestNewSetRefusesBadChoices(t *testing.T) {
	ctx := context.Background()
	_, ses, a, _ := sessionStore(t)
	for _, in := range []practice.NewSetInput{
		{UserID: a, Skill: "cooking", Level: 1},
		{UserID: a, Skill: bank.Reading, Level: 7},
		{UserID: a, Skill: bank.Reading, Level: -1},
	} {
		if _, _, err := ses.NewSet(ctx, in); apperr.Code(err) != apperr.Invalid {
			t.Errorf("%+v: err %v, want Invalid", in, err)
		}
	}
}

// itemAt returns the position of itemID in one of user's sets.
func itemAt(t *testing.T, st *store.Store, user, setID int64, itemID string) int {
	t.Helper()
	_, items, err := st.Practice.PracticeSet(context.Background(), user, setID)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.ItemID == itemID {
			return it.Position
		}
	}
	t.Fatalf("%s not in set %d", itemID, setID)
	return 0
}

func correctChoice(it *bank.Item) []string {
	for _, o := range it.Options {
		if o.Correct {
			return []string{o.ID}
		}
	}
	return nil
}

func TestAnswerIsGradedAndStored(t *testing.T) {
	cases := []struct {
		name    string
		skill   string
		level   int
		itemID  string
		resp    func(it *bank.Item) bank.Response
		outcome practice.Outcome
		verdict string // of the stored answer; "" for none stored
		points  float64
	}{
		{name: "right choice", skill: bank.Listening, level: 1, itemID: "pt-l-choice-1",
			resp:    func(it *bank.Item) bank.Response { return bank.Response{Choices: correctChoice(it)} },
			outcome: practice.Graded, verdict: viet.VerdictCorrect, points: 1},
		{name: "wrong choice", skill: bank.Listening, level: 1, itemID: "pt-l-choice-1",
			resp: func(it *bank.Item) bank.Response {
				for _, o := range it.Options {
					if !o.Correct {
						return bank.Response{Choices: []string{o.ID}}
					}
				}
				return bank.Response{}
			},
			outcome: practice.Graded, verdict: viet.VerdictWrong, points: 0},
		{name: "right dictation", skill: bank.Listening, level: 1, itemID: "pt-l-dict-1",
			resp:    func(*bank.Item) bank.Response { return bank.Response{Text: "bài học"} },
			outcome: practice.Graded, verdict: viet.VerdictCorrect, points: 1},
		{name: "nothing answered", skill: bank.Listening, level: 1, itemID: "pt-l-dict-1",
			resp:    func(*bank.Item) bank.Response { return bank.Response{Text: "  ", Gaps: []string{""}} },
			outcome: practice.Empty},
		{name: "an essay under its words is kept as the draft", skill: bank.Writing, level: 1, itemID: "pt-w-essay-1",
			resp:    func(*bank.Item) bank.Response { return bank.Response{Text: "Tôi là học viên"} },
			outcome: practice.TooShort},
		{name: "an essay long enough waits for an instructor", skill: bank.Writing, level: 1, itemID: "pt-w-essay-1",
			resp: func(*bank.Item) bank.Response {
				return bank.Response{Text: "Tôi là học viên của trường chính trị tỉnh, tôi học tiếng Việt mỗi ngày."}
			},
			outcome: practice.Graded, verdict: bank.VerdictPending},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st, ses, a, _ := sessionStore(t)
			setID, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: tc.skill, Level: tc.level})
			if err != nil {
				t.Fatal(err)
			}
			pos := itemAt(t, st, a, setID, tc.itemID)
			it, err := ses.Item(ctx, a, setID, pos)
			if err != nil {
				t.Fatal(err)
			}
			resp := tc.resp(it.Item)
			res, err := ses.Answer(ctx, it, resp)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tc.outcome {
				t.Fatalf("outcome %d, want %d", res.Outcome, tc.outcome)
			}
			answers, err := st.Practice.PracticeAnswers(ctx, a, setID)
			if err != nil {
				t.Fatal(err)
			}
			got, stored := answers[pos]
			if tc.verdict == "" {
				if stored {
					t.Fatalf("answer stored: %+v", got)
				}
				if tc.outcome == practice.TooShort {
					d, err := st.Practice.EssayDraft(ctx, a, setID, pos)
					if err != nil || d != resp.Text || res.Words != practice.WordCount(resp.Text) {
						t.Fatalf("draft %q (%v), %d words; want %q", d, err, res.Words, resp.Text)
					}
				}
				return
			}
			if !stored || got.Verdict != tc.verdict || got.Points != tc.points || got.ItemID != tc.itemID || got.Skill != tc.skill {
				t.Fatalf("stored %+v, want %s %v points of %s", got, tc.verdict, tc.points, tc.itemID)
			}
			if got.Verdict != res.Score.Verdict || got.Points != res.Score.Points || res.AnswerID != got.ID {
				t.Fatalf("stored %+v, returned %+v", got, res)
			}
			// A second answer (a double click) keeps the grade that stands.
			again, err := ses.Answer(ctx, it, bank.Response{Text: "một câu khác dài hơn năm chữ", Choices: []string{"zz"}})
			if err != nil || again.Outcome != practice.Already {
				t.Fatalf("second answer: %+v %v", again, err)
			}
			after, _ := st.Practice.PracticeAnswers(ctx, a, setID)
			if after[pos].Verdict != got.Verdict || after[pos].Response != got.Response {
				t.Fatalf("second answer changed the first: %+v", after[pos])
			}
		})
	}
}

func TestWrongDictationFeedsTheErrorProfile(t *testing.T) {
	ctx := context.Background()
	st, ses, a, _ := sessionStore(t)
	setID, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: bank.Listening, Level: 1})
	if err != nil {
		t.Fatal(err)
	}
	it, err := ses.Item(ctx, a, setID, itemAt(t, st, a, setID, "pt-l-dict-1"))
	if err != nil {
		t.Fatal(err)
	}
	before, err := st.Practice.ErrorProfile(ctx, a)
	if err != nil || before.ToneErrors != 0 {
		t.Fatalf("profile before: %+v %v", before, err)
	}
	// "bài" typed with sắc instead of huyền.
	if res, err := ses.Answer(ctx, it, bank.Response{Text: "bái học"}); err != nil || res.Outcome != practice.Graded || res.Score.Verdict == viet.VerdictCorrect {
		t.Fatalf("answer: %+v %v", res, err)
	}
	p, err := st.Practice.ErrorProfile(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if p.ToneErrors != 1 || len(p.Confusions) != 1 || p.Confusions[0].Expected != "huyen" || p.Confusions[0].Given != "sac" {
		t.Fatalf("profile: %+v", p)
	}
	ms := p.Mistakes()
	if len(ms) == 0 || ms[0].Kind != "tone" || ms[0].Count != 1 {
		t.Fatalf("mistakes: %+v", ms)
	}
}

func TestItemIsTheCandidatesOwn(t *testing.T) {
	ctx := context.Background()
	_, ses, a, b := sessionStore(t)
	setID, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: bank.Reading, Level: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		user int64
		pos  int
	}{{b, 1}, {a, 0}, {a, 99}} {
		if _, err := ses.Item(ctx, tc.user, setID, tc.pos); apperr.Code(err) != apperr.NotFound {
			t.Errorf("user %d pos %d: err %v, want NotFound", tc.user, tc.pos, err)
		}
	}
}

// wav is a 16 kHz mono 16-bit PCM file of n samples.
func wav(n int) []byte {
	b := make([]byte, 44+2*n)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], 16000)
	binary.LittleEndian.PutUint32(b[28:], 32000)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(2*n))
	return b
}

func TestRecordAndDraft(t *testing.T) {
	ctx := context.Background()
	st, ses, a, _ := sessionStore(t)
	sp, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: bank.Speaking, Level: 1})
	if err != nil {
		t.Fatal(err)
	}
	wr, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: bank.Writing, Level: 1})
	if err != nil {
		t.Fatal(err)
	}
	load := func(setID int64, itemID string) *practice.Item {
		it, err := ses.Item(ctx, a, setID, itemAt(t, st, a, setID, itemID))
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	read, gap, essay := load(sp, "pt-s-read-1"), load(wr, "pt-w-gap-1"), load(wr, "pt-w-essay-1")

	cases := []struct {
		name string
		it   *practice.Item
		wav  []byte
		code string
	}{
		{"a one-second take is stored, pending", read, wav(16000), ""},
		{"not a WAV", read, []byte("RIFF....not audio at all, just text that is long enough to pass"), apperr.Invalid},
		{"a written item takes no recording", gap, wav(16000), apperr.Invalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id, err := ses.Record(ctx, tc.it, tc.wav, map[string]string{"note": "advisory"})
			if apperr.Code(err) != tc.code {
				t.Fatalf("err %v, want code %q", err, tc.code)
			}
			if tc.code != "" {
				return
			}
			ans, err := st.Practice.PracticeAnswerByID(ctx, a, id)
			if err != nil || ans.Verdict != bank.VerdictPending || ans.Scored || ans.RecordingID == nil {
				t.Fatalf("answer %+v %v", ans, err)
			}
			rec, err := st.Practice.RecordingForUser(ctx, a, *ans.RecordingID)
			if err != nil || rec.DurationMS != 1000 || len(rec.Data) != len(tc.wav) || rec.ToneJSON == nil {
				t.Fatalf("recording %+v %v", rec, err)
			}
		})
	}

	if _, err := ses.SaveDraft(ctx, gap, "abc"); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("draft of a gap fill: %v", err)
	}
	long := make([]rune, practice.MaxEssayRunes+1)
	for i := range long {
		long[i] = 'a'
	}
	if _, err := ses.SaveDraft(ctx, essay, string(long)); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("draft over the limit: %v", err)
	}
	n, err := ses.SaveDraft(ctx, essay, "Tôi học tiếng Việt")
	if err != nil || n != 4 {
		t.Fatalf("draft: %d words, %v", n, err)
	}
	if d, err := st.Practice.EssayDraft(ctx, a, wr, essay.Pos); err != nil || d != "Tôi học tiếng Việt" {
		t.Fatalf("stored draft %q %v", d, err)
	}
}

func TestReviewWord(t *testing.T) {
	ctx := context.Background()
	st, ses, a, b := sessionStore(t)
	ws, err := st.Practice.NewVocab(ctx, a, store.VocabFilter{}, 1)
	if err != nil || len(ws) != 1 {
		t.Fatalf("words: %v %v", ws, err)
	}
	w := ws[0].VocabID
	cases := []struct {
		name   string
		in     practice.ReviewInput
		stored bool
		code   string
		reps   int // a's reviews of the word after
	}{
		{"a new word rated good", practice.ReviewInput{UserID: a, VocabID: w, Reps: 0, Direction: "vi-lo", Rating: "good"}, true, "", 1},
		{"the same page rated again: not counted twice", practice.ReviewInput{UserID: a, VocabID: w, Reps: 0, Direction: "vi-lo", Rating: "easy"}, false, "", 1},
		{"the next review", practice.ReviewInput{UserID: a, VocabID: w, Reps: 1, Direction: "lo-vi", Rating: "again"}, true, "", 2},
		{"another candidate's card is their own", practice.ReviewInput{UserID: b, VocabID: w, Reps: 0, Direction: "vi-lo", Rating: "hard"}, true, "", 2},
		{"an unknown rating", practice.ReviewInput{UserID: a, VocabID: w, Reps: 2, Rating: "great"}, false, apperr.Invalid, 2},
		{"an unknown word", practice.ReviewInput{UserID: a, VocabID: 99999, Rating: "good"}, false, apperr.NotFound, 2},
	}
	for _, tc := range cases { // in order: each case starts where the last left the card
		stored, err := ses.ReviewWord(ctx, tc.in)
		if apperr.Code(err) != tc.code || stored != tc.stored {
			t.Fatalf("%s: stored %v err %v; want %v %q", tc.name, stored, err, tc.stored, tc.code)
		}
		c, err := st.Practice.VocabState(ctx, a, w)
		if err != nil || c.Reps != tc.reps {
			t.Fatalf("%s: a's card %+v %v, want %d reviews", tc.name, c, err, tc.reps)
		}
	}
}

func TestCommentRatesAnEssay(t *testing.T) {
	ctx := context.Background()
	st, ses, a, _ := sessionStore(t)
	teacher := &account.User{Username: "gv", Role: account.RoleInstructor, PasswordHash: "x"}
	if err := st.Accounts.CreateUser(ctx, teacher); err != nil {
		t.Fatal(err)
	}
	wr, _, err := ses.NewSet(ctx, practice.NewSetInput{UserID: a, Skill: bank.Writing, Level: 1})
	if err != nil {
		t.Fatal(err)
	}
	answer := func(itemID string, resp bank.Response) int64 {
		it, err := ses.Item(ctx, a, wr, itemAt(t, st, a, wr, itemID))
		if err != nil {
			t.Fatal(err)
		}
		res, err := ses.Answer(ctx, it, resp)
		if err != nil || res.Outcome != practice.Graded {
			t.Fatalf("answer %s: %+v %v", itemID, res, err)
		}
		return res.AnswerID
	}
	essay := answer("pt-w-essay-1", bank.Response{Text: "Tôi là học viên của trường chính trị tỉnh Hủa Phăn."})
	gap := answer("pt-w-gap-1", bank.Response{Gaps: []string{"Lào"}})
	ans, err := st.Practice.PracticeAnswerByID(ctx, a, essay)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		in     practice.CommentInput
		key    string // of the error; "" for stored
		scored bool
		points float64
	}{
		{"an empty comment", practice.CommentInput{AnswerID: essay, Body: "  ", Score: "5"}, "practice.review.error_body", false, 0},
		{"a score over 10", practice.CommentInput{AnswerID: essay, Body: "Tốt", Score: "11"}, "practice.review.error_score", false, 0},
		{"a score that is no number", practice.CommentInput{AnswerID: essay, Body: "Tốt", Score: "NaN"}, "practice.review.error_score", false, 0},
		{"a gap fill takes no comment", practice.CommentInput{AnswerID: gap, Body: "Tốt"}, "practice.error.not_commentable", false, 0},
		{"a comment without a score leaves it waiting", practice.CommentInput{AnswerID: essay, Body: "Chú ý dấu."}, "", false, 0},
		{"a score with a decimal comma rates it", practice.CommentInput{AnswerID: essay, Body: "Tốt lắm.", Score: " 7,5 "}, "", true,
			practice.RatedPoints(7.5, ans.Max)},
	}
	for _, tc := range cases { // in order: the essay's state carries over
		tc.in.InstructorID = teacher.ID
		err := ses.Comment(ctx, tc.in)
		if tc.key != "" {
			if e, ok := apperr.As(err); !ok || e.Key != tc.key || e.Code != apperr.Invalid {
				t.Fatalf("%s: err %v, want %s", tc.name, err, tc.key)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got, err := st.Practice.PracticeAnswerByID(ctx, a, essay)
		if err != nil || got.Scored != tc.scored || got.Points != tc.points {
			t.Fatalf("%s: answer %+v %v; want scored %v, %v points", tc.name, got, err, tc.scored, tc.points)
		}
	}
	if ans.Max <= 0 || practice.RatedPoints(7.5, ans.Max) != float64(int(75*ans.Max))/100 {
		t.Fatalf("essay worth %v, rated %v", ans.Max, practice.RatedPoints(7.5, ans.Max))
	}
	cs, err := st.Practice.CommentsOnAnswer(ctx, essay)
	if err != nil || len(cs) != 2 || cs[1].Body != "Tốt lắm." {
		t.Fatalf("comments %+v %v", cs, err)
	}
}
