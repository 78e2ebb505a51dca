package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/practice"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

type prClassesView struct {
	Cohorts []account.Cohort
	Cohort  *account.Cohort
	Members []prMemberLine
	Work    []prWorkLine
	Skills  []string
}

type prMemberLine struct {
	Username, NameLo, NameLatin string
	Answered, Week              int
	Last                        string
	Skills                      []view.SkillStat
}

type prWorkLine struct {
	URL, Who, When, Type, Skill string
	Commented                   bool
}

// practiceClasses shows a class's practice: who practises, how each skill
// is going, and the essays and recordings waiting for a comment.
// Instructors follow every class, so nothing here is scoped further.
func (s *Server) practiceClasses(c echo.Context) error {
	ctx := c.Request().Context()
	t := s.prT(c)
	cohorts, err := s.store.People.Cohorts(ctx)
	if err != nil {
		return err
	}
	v := prClassesView{Cohorts: cohorts}
	for _, sk := range bank.Skills {
		v.Skills = append(v.Skills, t("skill."+sk))
	}
	id, _ := strconv.ParseInt(c.QueryParam("cohort"), 10, 64)
	if id == 0 && len(cohorts) > 0 {
		id = cohorts[0].ID
	}
	for i := range cohorts {
		if cohorts[i].ID == id {
			v.Cohort = &cohorts[i]
		}
	}
	if v.Cohort == nil {
		return s.ok(c, "practice_classes", v)
	}
	members, err := s.store.Practice.CohortPracticeMembers(ctx, id)
	if err != nil {
		return err
	}
	hist, err := s.store.Practice.CohortPracticeHistory(ctx, id)
	if err != nil {
		return err
	}
	weekAgo := time.Now().AddDate(0, 0, -7)
	for _, m := range members {
		as := hist[m.UserID]
		ln := prMemberLine{Username: m.Username, NameLo: m.NameLo, NameLatin: m.NameLatin, Answered: len(as)}
		for _, a := range as {
			if a.At.After(weekAgo) {
				ln.Week++
			}
		}
		if len(as) > 0 {
			ln.Last = as[len(as)-1].At.In(practice.Zone()).Format("02/01/2006")
		}
		stats := practice.Stats(as)
		for _, st := range stats {
			// No placement here: the page is the instructor's, not the
			// candidate's (a stored placement would be looked up per member).
			ln.Skills = append(ln.Skills, s.prSkillStat(c, st, practice.MyLevel(stats, st.Skill, nil)))
		}
		v.Members = append(v.Members, ln)
	}
	work, err := s.store.Practice.CohortWork(ctx, id, 100)
	if err != nil {
		return err
	}
	for _, w := range work {
		v.Work = append(v.Work, prWorkLine{URL: fmt.Sprintf("/instructor/practice/answers/%d", w.ID),
			Who: w.Username + " · " + w.NameLatin, When: view.Time(w.AnsweredAt), Type: t("practice.type." + w.Type),
			Skill: t("skill." + w.Skill), Commented: w.Comments > 0})
	}
	return s.ok(c, "practice_classes", v)
}

type prReviewView struct {
	ID          int64
	Who         string
	NameLo      string
	When        string
	Skill, Type string
	Level       int
	Prompt      string
	Text        string // what was to be read aloud
	Essay       []prEssayWord
	EssayWords  int
	Recording   *view.PracticeRecording
	Comments    []view.PracticeComment
	Action      string
	BackURL     string
	Score       string
	Error       string
	Body        string
}

// prEssayWord is a piece of an essay; Bad marks a syllable that is not
// Vietnamese spelling, for the instructor's eye.
type prEssayWord struct {
	Text   string
	Bad    bool
	Reason string
}

func (s *Server) practiceReview(c echo.Context) error {
	v, err := s.practiceReviewView(c)
	if err != nil {
		return err
	}
	return s.ok(c, "practice_review", v)
}

func (s *Server) practiceReviewView(c echo.Context) (*prReviewView, error) {
	ctx := c.Request().Context()
	t := s.prT(c)
	id, err := prID(c, "id")
	if err != nil {
		return nil, err
	}
	a, err := s.store.Practice.AnswerForInstructor(ctx, id)
	if err != nil {
		return nil, err
	}
	if !bank.Manual(a.Type) {
		return nil, echo.ErrNotFound
	}
	ver, err := s.store.Bank.ItemVersionByID(ctx, a.VersionID)
	if err != nil {
		return nil, err
	}
	it, media, err := ver.Item()
	if err != nil {
		return nil, err
	}
	v := &prReviewView{ID: a.ID, Who: a.Username + " · " + a.NameLatin, NameLo: a.NameLo, When: view.Time(a.AnsweredAt),
		Skill: t("skill." + a.Skill), Type: t("practice.type." + a.Type), Level: a.Level, Prompt: it.Prompt, Text: it.Text,
		Action: fmt.Sprintf("/instructor/practice/answers/%d/comments", a.ID), BackURL: "/instructor/practice"}
	if a.Scored {
		v.Score = view.Num(pageLang(c), a.Points, -1) + " / " + view.Num(pageLang(c), a.Max, -1)
	}
	if a.Type == bank.TypeEssay {
		text := a.Resp().Text
		v.Essay = essayWords(text)
		v.EssayWords = practice.WordCount(text)
	}
	if a.RecordingID != nil {
		rec, err := s.store.Practice.RecordingOfAnswer(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		rv := &view.PracticeRecording{URL: fmt.Sprintf("/instructor/practice/recordings/%d", rec.ID), ModelURL: prMediaURL(media[it.Audio])}
		if a.Type == bank.TypeReadAloud {
			rv.Tone = s.toneStoredView(pageLang(c), rec.ToneJSON)
		}
		v.Recording = rv
	}
	cs, err := s.store.Practice.CommentsOnAnswer(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	v.Comments = view.PracticeComments(pageLang(c), cs)
	return v, nil
}

// essayWords splits an essay into syllables and the text between them,
// marking the syllables viet.Check rejects.
func essayWords(text string) []prEssayWord {
	bad := map[string]string{}
	for _, ch := range viet.Check(text) {
		if !ch.Valid {
			bad[ch.Text] = ch.Reason
		}
	}
	var out []prEssayWord
	var cur strings.Builder
	inWord := false
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		w := prEssayWord{Text: cur.String()}
		if inWord {
			w.Reason, w.Bad = bad[w.Text]
		}
		out = append(out, w)
		cur.Reset()
	}
	for _, r := range text {
		isW := isLetterOrMark(r)
		if isW != inWord {
			flush()
			inWord = isW
		}
		cur.WriteRune(r)
	}
	flush()
	return out
}

type prCommentForm struct {
	Body  string `form:"body"`
	Score string `form:"score"`
}

// practiceComment records an instructor's comment, and optionally a score
// out of 10, on an essay or a recording.
func (s *Server) practiceComment(c echo.Context) error {
	var f prCommentForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad comment"}
	}
	id, err := prID(c, "id")
	if err != nil {
		return err
	}
	err = s.practice.Comment(c.Request().Context(), practice.CommentInput{AnswerID: id, InstructorID: currentUser(c).ID, Body: f.Body, Score: f.Score})
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid && strings.HasPrefix(ae.Key, "practice.review.error_") {
		// Shown again with what to fix, and the comment as typed.
		v, err := s.practiceReviewView(c)
		if err != nil {
			return err
		}
		v.Error, v.Body = s.prT(c)(ae.Key), strings.TrimSpace(f.Body)
		return s.render(c, http.StatusBadRequest, "practice_review", v)
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/instructor/practice/answers/%d", id))
}

func (s *Server) practiceRecordingForInstructor(c echo.Context) error {
	id, err := prID(c, "id")
	if err != nil {
		return err
	}
	r, err := s.store.Practice.RecordingForInstructor(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return prServeRecording(c, r)
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
