package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/scoring"
	"hocviet/internal/store"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// The candidate's side of the screening exam: the list of sessions, the
// exam page per section, and the JSON API its script talks to. Every
// store call is scoped by the signed-in user, so another candidate's
// attempt id answers 404.

// examRecordingPath takes spoken answers, which are larger than the
// server-wide body limit allows; the route sets its own.
const examRecordingPath = "/api/exam/attempts/:id/recordings/:pos/:take"

func pathID(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "bad " + name}
	}
	return id, nil
}

func pathInt(c echo.Context, name string) (int, error) {
	n, err := strconv.Atoi(c.Param(name))
	if err != nil || n < 0 {
		return 0, &apperr.Error{Code: apperr.NotFound, Key: "error.not_found", Message: "bad " + name}
	}
	return n, nil
}

// ---------------------------------------------------------------- list

type examListLine struct {
	store.CandidateSession
	Open     bool
	NeedCode bool
	Minutes  int
	Title    string
	State    string // released, in_progress, submitted; "" before starting
}

func (s *Server) examList(c echo.Context) error {
	ss, err := s.store.Exams.CandidateExamSessions(c.Request().Context(), currentUser(c).ID)
	if err != nil {
		return err
	}
	now := time.Now()
	var lines []examListLine
	for _, x := range ss {
		l := examListLine{CandidateSession: x, Open: x.OpenAt(now), NeedCode: x.AccessCode != "", Title: x.Title}
		switch {
		case x.Released != nil:
			l.State = "released"
		case x.Status != nil:
			l.State = *x.Status
			if l.State == store.AttemptScored {
				l.State = store.AttemptSubmitted
			}
		}
		if bp, err := x.Blueprint(); err == nil {
			l.Minutes = bp.Minutes()
		}
		lines = append(lines, l)
	}
	return s.ok(c, "exam_list", map[string]any{"Sessions": lines, "Error": c.QueryParam("error")})
}

type examStartForm struct {
	Code string `form:"code"`
}

func (s *Server) examStart(c echo.Context) error {
	sid, err := pathID(c, "session")
	if err != nil {
		return err
	}
	var f examStartForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad start form"}
	}
	id, err := s.sitting.Start(c.Request().Context(), exam.StartInput{SessionID: sid, UserID: currentUser(c).ID, AccessCode: f.Code})
	if ae, ok := apperr.As(err); ok && (ae.Key == "exam.err.access_code" || ae.Key == "exam.err.code_wait" || ae.Key == "exam.err.not_open") {
		// Back to the list with the reason, rather than an error page.
		return c.Redirect(http.StatusSeeOther, "/candidate/exams?error="+strings.TrimPrefix(ae.Key, "exam.err."))
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/exams/attempts/%d", id))
}

// ---------------------------------------------------------------- exam page

type examTakeView struct {
	AttemptID  int64
	Title      string
	Section    int
	Sections   int
	Skill      string
	DeadlineMS int64
	NowMS      int64
	Last       bool
	Notice     string // why the candidate was sent here (practice closed)
	HasSpoken  bool   // the section records answers: the recorder and its texts are sent
	MaxPlays   int
	MaxTakes   int
	Items      []*view.Item
}

// examItems builds the section's items for the candidate: view.BuildItem
// in the exam context (no key), with the sitting's state around each.
func (s *Server) examItems(l string, v *store.AttemptView, sec *exam.Section) []*view.Item {
	var out []*view.Item
	var lastGroup string
	t := func(id string, args ...any) string { return s.catalog.T(l, id, args...) }
	for _, e := range v.Entries {
		ans := v.Answers[e.Pos]
		media := func(key string) string {
			if key == "" {
				return ""
			}
			return fmt.Sprintf("/candidate/exams/attempts/%d/image/%d?key=%s", v.Attempt.ID, e.Pos, url.QueryEscape(key))
		}
		iv := view.BuildItem(view.Input{Context: view.Exam, Item: e.Item, Group: e.Group, Layout: e.Layout,
			Lang: l, T: t, Media: media, Response: ans.Response})
		// The exam plays recordings through its own counted player, never a URL.
		iv.AudioURL = ""
		x := &iv.Exam
		x.Pos, x.Number, x.Rev, x.MaxPlays = e.Pos, e.Pos+1, ans.Rev, sec.MaxPlays
		p := iv.Public
		if p.Group != nil && p.Group.ID != lastGroup {
			x.GroupHead = true
			x.GroupPassage = p.Group.Passage
			x.GroupInst = view.Text(l, p.Group.Instructions)
		}
		if p.Group != nil {
			lastGroup = p.Group.ID
			if view.Text(l, p.Group.Instructions) == iv.Instructions {
				iv.Instructions = ""
			}
		} else {
			lastGroup = ""
		}
		if key := e.AudioKey(); key != "" {
			x.ItemAudio = e.Item.Audio != ""
			x.GroupAudio = !x.ItemAudio && x.GroupHead
			x.PlaysLeft = max(0, sec.MaxPlays-v.Plays[key])
		}
		if e.Item.Type == bank.TypeAddMarks && ans.Rev == 0 {
			iv.GivenText = p.Text // the bare text to mark, until the first save
		}
		switch e.Item.Type {
		case bank.TypeReadAloud, bank.TypeRespond:
			x.Spoken = true
			r := v.Recordings[e.Pos]
			x.TakesLeft = max(0, sec.MaxTakes-r.Takes)
			x.Uploaded = r.UploadedMS != nil
			x.Resumable = r.State().CanResume()
			if x.Resumable {
				x.TakesLeft++ // the take given back is the candidate's again
			}
			if iv.MaxSeconds == 0 {
				iv.MaxSeconds = 120
			}
			x.RecordingURL = fmt.Sprintf("/api/exam/attempts/%d/recordings/%d", v.Attempt.ID, e.Pos)
		}
		x.Flagged = v.Flags[e.Pos]
		x.Answered = ans.Rev > 0 && answered(ans.Response) || x.Uploaded
		out = append(out, iv)
	}
	return out
}

func (s *Server) examTake(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	now := time.Now()
	v, err := s.store.Attempts.CandidateAttempt(c.Request().Context(), id, currentUser(c).ID, now)
	if err != nil {
		return err
	}
	sec := v.CurrentSection()
	if sec == nil {
		if v.Attempt.ReleasedMS != nil {
			return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/exams/attempts/%d/result", id))
		}
		// Between the bell and the end of the grace the attempt is not
		// submitted yet; the page says so and looks again in a moment.
		return s.ok(c, "exam_done", map[string]any{"Title": v.Session.Title, "Submitted": v.Attempt.Status != store.AttemptInProgress,
			"AttemptID": id})
	}
	view := examTakeView{AttemptID: id, Title: v.Session.Title, Section: v.Current, Sections: len(v.Sections), Skill: sec.Skill,
		DeadlineMS: sec.Deadline.UnixMilli(), NowMS: now.UnixMilli(), Last: v.Current == len(v.Sections)-1,
		MaxPlays: sec.MaxPlays, MaxTakes: sec.MaxTakes, Items: s.examItems(pageLang(c), v, sec)}
	for _, it := range view.Items {
		view.HasSpoken = view.HasSpoken || it.Exam.Spoken
	}
	if c.QueryParam("from") == "practice" {
		view.Notice = "practice.exam_running"
	}
	return s.ok(c, "exam_take", view)
}

// ---------------------------------------------------------------- API

func (s *Server) examState(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	st, err := s.store.Attempts.CandidateAttemptState(c.Request().Context(), id, currentUser(c).ID, time.Now())
	if err != nil {
		return err
	}
	out := map[string]any{"status": st.Status, "section": st.Section, "sections": st.Sections, "now": st.Now.UnixMilli()}
	if !st.Deadline.IsZero() {
		out["deadline"] = st.Deadline.UnixMilli()
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, out)
}

// saveRequest is one autosave from the exam page.
type saveRequest struct {
	Pos      int           `json:"pos"`
	Rev      int64         `json:"rev"`
	Response bank.Response `json:"response"`
}

func (s *Server) examSave(c echo.Context) error {
	at := time.Now()
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var r saveRequest
	dec := json.NewDecoder(io.LimitReader(c.Request().Body, store.MaxResponseBytes+1024))
	if err := dec.Decode(&r); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad answer: " + err.Error()}
	}
	res, err := s.sitting.Save(c.Request().Context(), exam.AnswerInput{AttemptID: id, UserID: currentUser(c).ID, Pos: r.Pos, Rev: r.Rev,
		Response: r.Response, At: at})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, res)
}

func (s *Server) examFinishSection(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	idx, err := pathInt(c, "idx")
	if err != nil {
		return err
	}
	p, err := pendingBody(c)
	if err != nil {
		return err
	}
	if err := s.sitting.FinishSection(c.Request().Context(), exam.FinishInput{AttemptID: id, UserID: currentUser(c).ID, Section: idx,
		Pending: p}); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"next": fmt.Sprintf("/candidate/exams/attempts/%d", id)})
}

func (s *Server) examPlay(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	p, err := s.store.Attempts.PlayAudio(c.Request().Context(), id, currentUser(c).ID, pos, time.Now())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"play": p.Play, "left": p.Left,
		"url": fmt.Sprintf("/api/exam/attempts/%d/audio/%d/%d", id, pos, p.Play)})
}

func (s *Server) examAudio(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	play, err := pathInt(c, "play")
	if err != nil {
		return err
	}
	m, err := s.store.Attempts.PlayedAudio(c.Request().Context(), id, currentUser(c).ID, pos, play, time.Now())
	if err != nil {
		return err
	}
	return s.deliverPlay(c, id, pos, play, m)
}

func (s *Server) examImage(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	m, err := s.store.Attempts.AttemptImage(c.Request().Context(), id, currentUser(c).ID, pos, c.QueryParam("key"), time.Now())
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "private, max-age=3600")
	return c.Blob(http.StatusOK, m.MIME, m.Data)
}

func (s *Server) examTake1(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	b, err := s.store.Attempts.BeginTake(c.Request().Context(), id, currentUser(c).ID, pos, time.Now())
	if err != nil {
		return err
	}
	if b.Resumed {
		s.log.Info("exam take resumed: it had received no audio", "attempt", id, "pos", pos, "take", b.Take,
			"user", currentUser(c).ID, "request_id", requestID(c))
	}
	return c.JSON(http.StatusOK, map[string]any{"take": b.Take, "left": b.Left, "resumed": b.Resumed})
}

func (s *Server) examUpload(c echo.Context) error {
	// The save counts from when the request arrived: a slow upload begun
	// before the bell is not the candidate's fault.
	at := time.Now()
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	take, err := pathInt(c, "take")
	if err != nil {
		return err
	}
	data, err := io.ReadAll(io.LimitReader(c.Request().Body, exam.MaxRecordingBytes+1))
	if err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "recording upload: " + err.Error()}
	}
	if len(data) > exam.MaxRecordingBytes {
		return &apperr.Error{Code: apperr.Invalid, Key: "exam.err.recording_long", Message: "recording too large"}
	}
	d, err := s.store.Attempts.SaveRecording(c.Request().Context(), id, currentUser(c).ID, pos, take, data, at)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"saved": true, "take": take, "duration_ms": d.Milliseconds()})
}

func (s *Server) examRecording(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	data, err := s.store.Attempts.RecordingData(c.Request().Context(), id, currentUser(c).ID, pos)
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, "audio/wav", data)
}

// ---------------------------------------------------------------- result

type reviewLine struct {
	Number   int
	Type     string
	Prompt   string
	Given    string
	Expected string
	Points   float64
	Max      float64
	Verdict  string
	Typed    []FeedbackView
	Rated    bool
	Final    float64
	// Explanation is the item's feedback in the reader's language, for an
	// answer that did not earn full marks (issue 17.8).
	Explanation string
}

type skillLine struct {
	Skill string
	Score float64
	Level int // the level this score alone reaches (0: below level 1)
	Items []reviewLine
}

func (s *Server) examResult(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := s.store.Attempts.CandidateResultOf(c.Request().Context(), id, currentUser(c).ID)
	if err != nil {
		return err
	}
	l := pageLang(c)
	var skills []skillLine
	for _, sk := range bank.Skills {
		line := skillLine{Skill: sk, Score: r.Result.Skill(sk)}
		line.Level = scoring.LevelOf(line.Score)
		for _, it := range r.Items {
			if it.Skill != sk {
				continue
			}
			rl := reviewLine{Number: it.Pos + 1, Type: it.Item.Type, Prompt: it.Item.Prompt, Max: it.Points}
			if rl.Prompt == "" {
				rl.Prompt = view.Text(l, it.Item.Instructions)
			}
			switch {
			case it.Score != nil:
				rl.Points, rl.Max, rl.Verdict = it.Score.Points, it.Score.Max, it.Score.Verdict
				var given, expected []string
				for _, d := range it.Score.Detail {
					if len(d.Syllables) > 0 {
						each := d.Points
						if full := it.Score.Max / float64(max(1, len(it.Score.Detail))); full > 0 {
							each = d.Points / full
						}
						rl.Typed = append(rl.Typed, s.feedbackView(l, viet2result(d, each)))
						continue
					}
					given = append(given, d.Given)
					expected = append(expected, d.Expected)
				}
				rl.Given, rl.Expected = strings.Join(given, "; "), strings.Join(expected, "; ")
				if it.Score.Points < it.Score.Max && !it.Item.Feedback.Empty() {
					rl.Explanation = view.Text(l, it.Item.Feedback)
				}
			case it.Final != nil:
				rl.Rated, rl.Final = true, *it.Final
				rl.Points = *it.Final / 10 * it.Points
			}
			line.Items = append(line.Items, rl)
		}
		skills = append(skills, line)
	}
	rng, err := s.resultRange(c, id, r.Result.Average)
	if err != nil {
		return err
	}
	return s.ok(c, "exam_result", map[string]any{"Title": r.Session.Title, "Result": r.Result, "Skills": skills, "Range": rng})
}

// viet2result turns one typed part of a graded item back into the engine's
// result, which the feedback partial knows how to word.
func viet2result(d bank.Detail, credit float64) viet.Result {
	return viet.Result{Verdict: d.Verdict, Score: credit, Syllables: d.Syllables}
}

// attemptItem reads the attempt id and item position of /attempts/:id/.../:pos.
func attemptItem(c echo.Context) (id int64, pos int, err error) {
	if id, err = pathID(c, "id"); err != nil {
		return 0, 0, err
	}
	pos, err = pathInt(c, "pos")
	return id, pos, err
}
