package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/fsrs"
)

const practestBank = "../practice/testdata/practest"

var pt0 = time.Date(2025, 3, 3, 2, 0, 0, 0, time.UTC)

// practiceStore is a migrated store with the practice test bank and two
// candidates.
func practiceStore(t *testing.T) (st *Store, a, b int64) {
	t.Helper()
	ctx := context.Background()
	st = openTest(t)
	bk, err := bank.Load(practestBank)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Bank.ImportBank(ctx, bk, "test", nil); err != nil {
		t.Fatal(err)
	}
	return st, newCandidateUser(t, st, "cand-a"), newCandidateUser(t, st, "cand-b")
}

func newCandidateUser(t *testing.T, st *Store, name string) int64 {
	t.Helper()
	u := &account.User{Username: name, Role: account.RoleCandidate, PasswordHash: "x"}
	if err := st.Accounts.CreateUser(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	return u.ID
}

// newSet makes a set of every current item of skill at level, in id order.
func newSet(t *testing.T, st *Store, user int64, skill string, level int) (int64, []ItemVersion) {
	t.Helper()
	ctx := context.Background()
	vs, err := st.Bank.CurrentItems(ctx, ItemFilter{Skill: skill, MinLevel: level, MaxLevel: level})
	if err != nil || len(vs) == 0 {
		t.Fatalf("items: %d %v", len(vs), err)
	}
	var items []PracticeSetItem
	for _, v := range vs {
		items = append(items, PracticeSetItem{VersionID: v.ID, ItemID: v.ItemID})
	}
	id, err := st.Practice.CreatePracticeSet(ctx, user, skill, level, "", items, pt0)
	if err != nil {
		t.Fatal(err)
	}
	return id, vs
}

func grade(t *testing.T, v *ItemVersion, r bank.Response) bank.Score {
	t.Helper()
	it, _, err := v.Item()
	if err != nil {
		t.Fatal(err)
	}
	return bank.Grade(it, r)
}

func TestPracticeAnswersAreScopedAndOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, b := practiceStore(t)
	setID, vs := newSet(t, st, a, bank.Writing, 1)
	// pt-w-essay-1, pt-w-gap-1, pt-w-order-1 in id order.
	gap := &vs[1]
	if gap.ItemID != "pt-w-gap-1" {
		t.Fatalf("items: %s", gap.ItemID)
	}
	resp := bank.Response{Gaps: []string{"Viet"}}
	n := NewPracticeAnswer{SetID: setID, Position: 2, VersionID: gap.ID, Response: resp, Score: grade(t, gap, resp)}
	if _, err := st.Practice.SavePracticeAnswer(ctx, b, n, pt0); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another candidate answered into the set: %v", err)
	}
	id, err := st.Practice.SavePracticeAnswer(ctx, a, n, pt0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Practice.SavePracticeAnswer(ctx, a, n, pt0); apperr.Code(err) != apperr.Conflict {
		t.Fatalf("answered twice: %v", err)
	}
	if _, err := st.Practice.PracticeAnswerByID(ctx, b, id); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another candidate read the answer: %v", err)
	}
	if _, _, err := st.Practice.PracticeSet(ctx, b, setID); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another candidate read the set: %v", err)
	}
	got, err := st.Practice.PracticeAnswerByID(ctx, a, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Verdict != "no_diacritics" || got.Points != 0 || !got.Scored || got.Resp().Gaps[0] != "Viet" || len(got.Detail()) != 1 {
		t.Fatalf("stored answer: %+v", got)
	}

	// Answering the rest finishes the set; the essay waits for a rater.
	order := &vs[2]
	r2 := bank.Response{Words: []string{"tôi", "là", "học viên"}}
	if _, err := st.Practice.SavePracticeAnswer(ctx, a, NewPracticeAnswer{SetID: setID, Position: 3, VersionID: order.ID, Response: r2, Score: grade(t, order, r2)}, pt0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	ps, _, _ := st.Practice.PracticeSet(ctx, a, setID)
	if ps.FinishedAt != nil || ps.Answered != 2 || ps.Size != 3 || ps.Points != 1 || ps.Max != 2 {
		t.Fatalf("set after two answers: %+v", ps)
	}
	essay := &vs[0]
	r3 := bank.Response{Text: "Tôi là Khăm Phòn, tôi là người Lào."}
	if _, err := st.Practice.SavePracticeAnswer(ctx, a, NewPracticeAnswer{SetID: setID, Position: 1, VersionID: essay.ID, Response: r3, Score: grade(t, essay, r3)}, pt0.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	ps, items, _ := st.Practice.PracticeSet(ctx, a, setID)
	if ps.FinishedAt == nil || ps.Pending != 1 || len(items) != 3 {
		t.Fatalf("finished set: %+v", ps)
	}
	hist, err := st.Practice.PracticeHistory(ctx, a)
	if err != nil || len(hist) != 3 || hist[2].Scored || !hist[0].Scored || hist[0].Topics[0] != "study" {
		t.Fatalf("history: %+v %v", hist, err)
	}
	if h, _ := st.Practice.PracticeHistory(ctx, b); len(h) != 0 {
		t.Fatalf("b's history: %+v", h)
	}
	seen, err := st.Practice.SeenItems(ctx, a, bank.Writing)
	if err != nil || len(seen) != 3 || !seen["pt-w-gap-1"].Equal(pt0) {
		t.Fatalf("seen: %v %v", seen, err)
	}
	recent, err := st.Practice.RecentPracticeSets(ctx, a, 5)
	if err != nil || len(recent) != 1 || recent[0].ID != setID {
		t.Fatalf("recent: %+v %v", recent, err)
	}
}

func TestPracticeCatalog(t *testing.T) {
	t.Parallel()
	st, _, _ := practiceStore(t)
	levels, topics, err := st.Practice.PracticeCatalog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(levels) != "map[listening:[1 2] reading:[1 2] speaking:[1 2] writing:[1 2]]" {
		t.Fatalf("levels: %v", levels)
	}
	if fmt.Sprint(topics) != "[arrival daily-life party-cell practest study]" {
		t.Fatalf("topics: %v", topics)
	}
}

func TestErrorProfileFromTypedAnswers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, _ := practiceStore(t)
	setID, vs := newSet(t, st, a, bank.Listening, 1)
	dict := &vs[1] // pt-l-dict-1: "bài học"
	resp := bank.Response{Text: "bái hoc"}
	if _, err := st.Practice.SavePracticeAnswer(ctx, a, NewPracticeAnswer{SetID: setID, Position: 2, VersionID: dict.ID, Response: resp, Score: grade(t, dict, resp)}, pt0); err != nil {
		t.Fatal(err)
	}
	p, err := st.Practice.ErrorProfile(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if p.Syllables != 2 || p.ToneErrors != 2 || len(p.Confusions) != 2 {
		t.Fatalf("profile: %+v", p)
	}
}

func TestRecordingsAndComments(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, b := practiceStore(t)
	teacher := &account.User{Username: "gv", Role: account.RoleInstructor, PasswordHash: "x", DisplayName: "Cô Lan"}
	if err := st.Accounts.CreateUser(ctx, teacher); err != nil {
		t.Fatal(err)
	}
	setID, vs := newSet(t, st, a, bank.Speaking, 1)
	v := &vs[0]
	n := NewPracticeAnswer{SetID: setID, Position: 1, VersionID: v.ID, Score: grade(t, v, bank.Response{})}
	wav, err := os.ReadFile(filepath.Join(practestBank, "audio", "s-read-1.wav"))
	if err != nil {
		t.Fatal(err)
	}
	ansID, err := st.Practice.SavePracticeRecording(ctx, a, n, NewPracticeRecording{MIME: "audio/wav", Data: wav, Duration: time.Second, Tone: map[string]int{"x": 1}}, pt0)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := st.Practice.PracticeAnswerByID(ctx, a, ansID)
	if err != nil || ans.RecordingID == nil || ans.Scored || ans.Verdict != bank.VerdictPending {
		t.Fatalf("answer: %+v %v", ans, err)
	}
	recID := *ans.RecordingID
	if _, err := st.Practice.RecordingForUser(ctx, b, recID); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("another candidate heard the recording: %v", err)
	}
	rec, err := st.Practice.RecordingForUser(ctx, a, recID)
	if err != nil || len(rec.Data) != len(wav) || rec.ToneJSON == nil || *rec.ToneJSON != `{"x":1}` {
		t.Fatalf("recording: %v", err)
	}
	// A new take replaces the old one while nobody has commented.
	if id, err := st.Practice.SavePracticeRecording(ctx, a, n, NewPracticeRecording{MIME: "audio/wav", Data: wav[:1000]}, pt0.Add(time.Minute)); err != nil || id != ansID {
		t.Fatalf("second take: %d %v", id, err)
	}
	if rec, _ := st.Practice.RecordingForInstructor(ctx, recID); rec == nil || rec.Size != 1000 || rec.ToneJSON != nil {
		t.Fatalf("second take not stored: %+v", rec)
	}

	score := 8.0
	if err := st.Practice.AddPracticeComment(ctx, ansID, teacher.ID, "Rõ ràng. Chú ý thanh hỏi.", &score, pt0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	ans, _ = st.Practice.PracticeAnswerByID(ctx, a, ansID)
	if !ans.Scored || ans.Points != 0.8 || ans.Verdict != "rated" || ans.Comments != 1 {
		t.Fatalf("rated answer: %+v", ans)
	}
	if _, err := st.Practice.SavePracticeRecording(ctx, a, n, NewPracticeRecording{MIME: "audio/wav", Data: wav}, pt0.Add(2*time.Hour)); apperr.Code(err) != apperr.Conflict {
		t.Fatalf("re-recorded after a comment: %v", err)
	}
	cs, err := st.Practice.CommentsForUser(ctx, a, 10)
	if err != nil || len(cs) != 1 || cs[0].Instructor != "Cô Lan" || *cs[0].Score != 8 || cs[0].ItemID != "pt-s-read-1" {
		t.Fatalf("comments: %+v %v", cs, err)
	}
	if cs, _ := st.Practice.CommentsForUser(ctx, b, 10); len(cs) != 0 {
		t.Fatalf("b sees a's comments: %+v", cs)
	}
	// Only essays and recordings take comments.
	wsID, ws := newSet(t, st, a, bank.Writing, 1)
	gap := &ws[1]
	r := bank.Response{Gaps: []string{"Việt"}}
	gapAns, err := st.Practice.SavePracticeAnswer(ctx, a, NewPracticeAnswer{SetID: wsID, Position: 2, VersionID: gap.ID, Response: r, Score: grade(t, gap, r)}, pt0)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Practice.AddPracticeComment(ctx, gapAns, teacher.ID, "?", nil, pt0); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("comment on a gap fill: %v", err)
	}
}

func TestCohortWork(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, _ := practiceStore(t)
	prov, _ := st.People.ProvinceByCode(ctx, "houaphanh")
	cohort, err := st.People.CreateCohort(ctx, prov.ID, 1, "Lớp thử", "2025-01-01")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.People.InsertCandidate(ctx, &account.Candidate{UserID: &a, ProvinceID: prov.ID, CohortID: &cohort, NameLo: "ສົມພອນ",
		NameLatin: "Somphone", DateOfBirth: "1985-01-01", Gender: "male", PlanningStatus: "none"}); err != nil {
		t.Fatal(err)
	}
	setID, vs := newSet(t, st, a, bank.Writing, 1)
	essay := &vs[0]
	r := bank.Response{Text: "Tôi là người Lào."}
	id, err := st.Practice.SavePracticeAnswer(ctx, a, NewPracticeAnswer{SetID: setID, Position: 1, VersionID: essay.ID, Response: r, Score: grade(t, essay, r)}, pt0)
	if err != nil {
		t.Fatal(err)
	}
	work, err := st.Practice.CohortWork(ctx, cohort, 50)
	if err != nil || len(work) != 1 || work[0].ID != id || work[0].NameLatin != "Somphone" || work[0].Comments != 0 {
		t.Fatalf("class work: %+v %v", work, err)
	}
	members, err := st.Practice.CohortPracticeMembers(ctx, cohort)
	if err != nil || len(members) != 1 || members[0].UserID != a {
		t.Fatalf("members: %+v %v", members, err)
	}
	hist, err := st.Practice.CohortPracticeHistory(ctx, cohort)
	if err != nil || len(hist[a]) != 1 {
		t.Fatalf("class history: %+v %v", hist, err)
	}
}

func TestEssayDrafts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, b := practiceStore(t)
	setID, _ := newSet(t, st, a, bank.Writing, 1)
	if err := st.Practice.SaveEssayDraft(ctx, b, setID, 1, "not mine", 2, pt0); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("draft into another's set: %v", err)
	}
	for _, text := range []string{"Tôi", "Tôi là người Lào."} {
		if err := st.Practice.SaveEssayDraft(ctx, a, setID, 1, text, 4, pt0); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := st.Practice.EssayDraft(ctx, a, setID, 1); err != nil || got != "Tôi là người Lào." {
		t.Fatalf("draft: %q %v", got, err)
	}
	if got, _ := st.Practice.EssayDraft(ctx, b, setID, 1); got != "" {
		t.Fatalf("b reads a's draft: %q", got)
	}
}

func TestVocabularyReviews(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, a, b := practiceStore(t)
	s := fsrs.Default()
	news, err := st.Practice.NewVocab(ctx, a, VocabFilter{MaxLevel: 1}, 10)
	// Easiest first, then by topic and list order: "học" leads.
	if err != nil || len(news) != 3 || news[0].Term != "học" {
		t.Fatalf("new words: %+v %v", news, err)
	}
	w := news[0]
	after := s.Review(w.Card(), fsrs.Good, pt0)
	rv := VocabReview{VocabID: w.VocabID, Direction: "vi-lo", Rating: fsrs.Good, Before: w.Card(), After: after}
	if err := st.Practice.SaveVocabReview(ctx, a, rv, pt0); err != nil {
		t.Fatal(err)
	}
	if err := st.Practice.SaveVocabReview(ctx, a, rv, pt0); apperr.Code(err) != apperr.Conflict {
		t.Fatalf("same review twice: %v", err)
	}
	got, err := st.Practice.VocabByID(ctx, a, w.VocabID)
	if err != nil || got.Card().State != fsrs.Learning || !got.Card().Due.Equal(pt0.Add(10*time.Minute)) || got.Card().Reps != 1 {
		t.Fatalf("card: %+v %v", got, err)
	}
	if other, _ := st.Practice.VocabByID(ctx, b, w.VocabID); other.State != nil {
		t.Fatalf("b shares a's card: %+v", other)
	}
	if due, _ := st.Practice.DueVocab(ctx, a, VocabFilter{}, pt0.Add(5*time.Minute), 10); len(due) != 0 {
		t.Fatalf("due before its time: %+v", due)
	}
	due, err := st.Practice.DueVocab(ctx, a, VocabFilter{}, pt0.Add(11*time.Minute), 10)
	if err != nil || len(due) != 1 || due[0].VocabID != w.VocabID {
		t.Fatalf("due: %+v %v", due, err)
	}
	c, err := st.Practice.VocabCounts(ctx, a, VocabFilter{}, pt0.Add(11*time.Minute), pt0.Add(-time.Hour))
	if err != nil || c.Due != 1 || c.Learning != 1 || c.NewToday != 1 || c.Unreviewed != 3 {
		t.Fatalf("counts: %+v %v", c, err)
	}
	// Graduate it, then check the review was logged with the due date.
	next := s.Review(due[0].Card(), fsrs.Good, pt0.Add(11*time.Minute))
	if err := st.Practice.SaveVocabReview(ctx, a, VocabReview{VocabID: w.VocabID, Direction: "lo-vi", Rating: fsrs.Good, Before: due[0].Card(), After: next}, pt0.Add(11*time.Minute)); err != nil {
		t.Fatal(err)
	}
	var log []struct {
		Rating string `db:"rating"`
		State  string `db:"state_before"`
		Due    string `db:"due"`
	}
	if err := st.DB().Select(&log, `SELECT rating, state_before, due FROM vocab_reviews WHERE user_id = ? ORDER BY id`, a); err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[1].State != "learning" || log[1].Due != stamp(next.Due) || next.State != fsrs.Review {
		t.Fatalf("review log: %+v", log)
	}

	// A word that leaves the banks takes its card with it; the log stays.
	bk, err := bank.Load(practestBank)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range bk.Vocabulary {
		if v.Term == w.Term {
			bk.Vocabulary = append(bk.Vocabulary[:i], bk.Vocabulary[i+1:]...)
			break
		}
	}
	if _, err := st.Bank.ImportBank(ctx, bk, "test", nil); err != nil {
		t.Fatalf("re-import with a reviewed word removed: %v", err)
	}
	if _, err := st.Practice.VocabByID(ctx, a, w.VocabID); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("removed word: %v", err)
	}
	var n int
	if err := st.DB().Get(&n, `SELECT count(*) FROM vocab_reviews WHERE user_id = ? AND vocab_id IS NULL AND term = ?`, a, w.Term); err != nil || n != 2 {
		t.Fatalf("log after removal: %d %v", n, err)
	}
}
