package web

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/exam"
	"hocviet/internal/store"
)

// The instructor's side of the exam: scheduling sessions, watching them,
// giving extra time, releasing results, the score log and regrading.

// examZone is the schools' clock: Laos and Vietnam both keep UTC+7 all
// year, so a fixed zone needs no time-zone database on the laptop.
var examZone = time.FixedZone("ICT", 7*3600)

const dateTimeLocal = "2006-01-02T15:04"

type scheduleForm struct {
	Title     string  `form:"title" validate:"required,max=200"`
	Blueprint string  `form:"blueprint" validate:"required,max=100"`
	Cohort    int64   `form:"cohort"`
	Usernames string  `form:"usernames" validate:"max=20000"`
	Opens     string  `form:"opens" validate:"required"`
	Closes    string  `form:"closes" validate:"required"`
	Code      string  `form:"code" validate:"max=40"`
	Gap       float64 `form:"gap" validate:"min=0,max=10"`
}

type examSessionsView struct {
	Sessions   []store.SessionSummary
	Blueprints []string
	Cohorts    any
	Form       scheduleForm
	Error      string
}

func (s *Server) examSessionsPage(c echo.Context, status int, f scheduleForm, msg string) error {
	ctx := c.Request().Context()
	ss, err := s.store.Exams.ExamSessions(ctx)
	if err != nil {
		return err
	}
	bps, err := s.store.Exams.Blueprints(ctx)
	if err != nil {
		return err
	}
	cs, err := s.store.People.Cohorts(ctx)
	if err != nil {
		return err
	}
	if f.Opens == "" {
		now := time.Now().In(examZone).Truncate(time.Hour).Add(time.Hour)
		f.Opens, f.Closes, f.Gap = now.Format(dateTimeLocal), now.Add(3*time.Hour).Format(dateTimeLocal), 1.5
		f.Code = exam.NewAccessCode() // a strong code unless the instructor clears it
	}
	return s.render(c, status, "exam_sessions", examSessionsView{Sessions: ss, Blueprints: bps, Cohorts: cs, Form: f, Error: msg})
}

func (s *Server) examSessions(c echo.Context) error {
	return s.examSessionsPage(c, http.StatusOK, scheduleForm{}, "")
}

func (s *Server) examSchedule(c echo.Context) error {
	var f scheduleForm
	l := pageLang(c)
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return s.examSessionsPage(c, http.StatusBadRequest, f, s.catalog.T(l, "exam.err.form"))
	}
	if f.Code = strings.TrimSpace(f.Code); f.Code != "" && len([]rune(f.Code)) < exam.AccessCodeLen {
		return s.examSessionsPage(c, http.StatusBadRequest, f, s.catalog.T(l, "exam.err.code_short", "N", exam.AccessCodeLen))
	}
	opens, err1 := time.ParseInLocation(dateTimeLocal, f.Opens, examZone)
	closes, err2 := time.ParseInLocation(dateTimeLocal, f.Closes, examZone)
	if err1 != nil || err2 != nil {
		return s.examSessionsPage(c, http.StatusBadRequest, f, s.catalog.T(l, "exam.err.window"))
	}
	n := store.NewExamSession{Title: f.Title, BlueprintID: f.Blueprint, Opens: opens, Closes: closes, AccessCode: f.Code,
		Gap: f.Gap, By: &currentUser(c).ID}
	if f.Cohort > 0 {
		n.CohortID = &f.Cohort
	}
	names := strings.FieldsFunc(f.Usernames, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '\t' })
	if len(names) > 0 {
		ids, unknown, err := s.store.Exams.CandidateIDsByUsername(c.Request().Context(), names)
		if err != nil {
			return err
		}
		if len(unknown) > 0 {
			return s.examSessionsPage(c, http.StatusBadRequest, f, s.catalog.T(l, "exam.err.unknown_users", "Names", strings.Join(unknown, ", ")))
		}
		n.CandidateIDs = ids
	}
	id, err := s.store.Exams.CreateExamSession(c.Request().Context(), n, time.Now())
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.Invalid {
		key := ae.Key
		if key == "" {
			key = "exam.err.form"
		}
		var args []any
		for k, v := range ae.Args {
			args = append(args, k, v)
		}
		return s.examSessionsPage(c, http.StatusBadRequest, f, s.catalog.T(l, key, args...))
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/instructor/exams/%d", id))
}

type monitorLine struct {
	store.SessionAttempt
	SectionSkill string
	LeftMin      int64
	LastSave     string
	AgoSeconds   int64
}

func (s *Server) examSession(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	es, err := s.store.Exams.ExamSession(ctx, id)
	if err != nil {
		return err
	}
	now := time.Now()
	rows, err := s.store.Exams.SessionAttempts(ctx, id, now)
	if err != nil {
		return err
	}
	var lines []monitorLine
	scored, released := 0, 0
	for _, r := range rows {
		ml := monitorLine{SessionAttempt: r}
		if r.Status == store.AttemptInProgress && r.Current < len(r.Sections) && !r.Sections[r.Current].Started.IsZero() {
			sec := r.Sections[r.Current]
			ml.SectionSkill = sec.Skill
			ml.LeftMin = int64(math.Ceil(max(0, sec.Deadline.Sub(now).Minutes())))
		}
		if r.LastSaveMS != nil {
			t := time.UnixMilli(*r.LastSaveMS)
			ml.LastSave = t.In(examZone).Format("15:04:05")
			ml.AgoSeconds = int64(now.Sub(t).Seconds())
		}
		if r.Status == store.AttemptScored {
			scored++
			if r.ReleasedMS != nil {
				released++
			}
		}
		lines = append(lines, ml)
	}
	bp, err := es.Blueprint()
	if err != nil {
		return err
	}
	// Codes beside names would let a rater put a name to the script they
	// hold; only the session's manager sees them, once marking is over.
	showCodes := len(rows) > 0 && es.CreatedBy != nil && *es.CreatedBy == currentUser(c).ID
	for _, r := range rows {
		showCodes = showCodes && r.Status != store.AttemptInProgress && r.Pending == 0
	}
	eligible, err := s.store.Exams.SessionEligible(ctx, id)
	if err != nil {
		return err
	}
	return s.ok(c, "exam_session", map[string]any{"Eligible": eligible, "Started": len(rows), "Session": es, "Lines": lines, "Opens": es.Opens().In(examZone).Format(minuteLayout),
		"Closes": es.Closes().In(examZone).Format(minuteLayout), "Minutes": bp.Minutes(), "Blueprint": bp,
		"ToRelease": scored - released, "Released": c.QueryParam("released"), "ShowCodes": showCodes})
}

func (s *Server) examRelease(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	n, err := s.store.Exams.ReleaseResults(c.Request().Context(), id, currentUser(c).ID, time.Now())
	if err != nil {
		return err
	}
	// Every released result keeps its ability, SE and the session's SEM.
	if err := s.store.Measure.UpdateResultMeasures(c.Request().Context(), id, time.Now()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/instructor/exams/%d?released=%d", id, n))
}

type extendForm struct {
	Minutes int `form:"minutes" validate:"min=-240,max=240,ne=0"`
}

func (s *Server) examExtend(c echo.Context) error {
	id, err := pathID(c, "attempt")
	if err != nil {
		return err
	}
	var f extendForm
	if err := c.Bind(&f); err != nil || s.validate.Struct(f) != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "minutes must be -240…240, not 0"}
	}
	ctx := c.Request().Context()
	if err := s.store.Exams.ExtendSection(ctx, id, time.Duration(f.Minutes)*time.Minute, &currentUser(c).ID, time.Now()); err != nil {
		return err
	}
	sid, err := strconv.ParseInt(c.FormValue("session"), 10, 64)
	if err != nil {
		return c.Redirect(http.StatusSeeOther, "/instructor/exams")
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/instructor/exams/%d", sid))
}

type logLine struct {
	store.ScoreLogEntry
	At  string
	Why string
}

// reasonText words a logged reason ("exam.reason.rater?Slot=2") in the
// page language; anything else is shown as it was written.
func (s *Server) reasonText(l, r string) string {
	if !strings.HasPrefix(r, "exam.reason.") {
		return r
	}
	id, q, _ := strings.Cut(r, "?")
	vals, err := url.ParseQuery(q)
	if err != nil {
		return r
	}
	var args []any
	for k := range vals {
		args = append(args, k, vals.Get(k))
	}
	return s.catalog.T(l, id, args...)
}

func (s *Server) examLog(c echo.Context) error {
	id, err := pathID(c, "attempt")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	ls, err := s.store.Exams.ScoreLog(ctx, id)
	if err != nil {
		return err
	}
	states, err := s.store.Exams.ScriptStates(ctx, id)
	if err != nil {
		return err
	}
	var out []logLine
	hidden := 0
	for _, l := range ls {
		if blindLine(l, states, currentUser(c).ID) {
			hidden++
			continue
		}
		out = append(out, logLine{l, time.UnixMilli(l.AtMS).In(examZone).Format(minuteLayout + ":05"), s.reasonText(pageLang(c), l.Reason)})
	}
	return s.ok(c, "exam_log", map[string]any{"AttemptID": id, "Lines": out, "Hidden": hidden})
}

// ---------------------------------------------------------------- regrade

type regradeForm struct {
	Item string `form:"item" validate:"required,max=100"`
}

func (s *Server) examRegradePage(c echo.Context, apply bool) error {
	var f regradeForm
	if err := c.Bind(&f); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "bad regrade form"}
	}
	f.Item = strings.TrimSpace(f.Item)
	v := map[string]any{"Item": f.Item, "Applied": apply}
	if f.Item == "" {
		return s.ok(c, "exam_regrade", v)
	}
	changes, err := s.sitting.Regrade(c.Request().Context(), exam.RegradeInput{ItemID: f.Item, DryRun: !apply, By: &currentUser(c).ID})
	switch apperr.Code(err) {
	case "":
	case apperr.NotFound, apperr.Invalid:
		v["Error"] = s.catalog.T(pageLang(c), "exam.regrade.cannot", "Item", f.Item)
		return s.render(c, http.StatusBadRequest, "exam_regrade", v)
	default:
		return err
	}
	v["Changes"] = changes
	v["Ran"] = true
	return s.ok(c, "exam_regrade", v)
}

func (s *Server) examRegradePreview(c echo.Context) error { return s.examRegradePage(c, false) }

func (s *Server) examRegradeApply(c echo.Context) error { return s.examRegradePage(c, true) }

// blindLine tells whether a score-log line must be hidden from viewer: a
// rating (or the script decision it led to) of a script still being marked
// is shown only to the rater who made it, so a second or third rater
// cannot see the first rating before giving their own (issue 15 point 5).
//
// A result line carries the attempt's averages, which the regrade page
// shows beside codes: while any script of the attempt is being marked it
// is hidden too, so averages cannot link a code to this attempt (and so to
// a name on the session page).
func blindLine(l store.ScoreLogEntry, states map[int]string, viewer int64) bool {
	if l.Kind == "result" {
		for _, st := range states {
			if st != "final" {
				return true
			}
		}
		return false
	}
	if l.Pos == nil || (l.Kind != "rating" && l.Kind != "script") {
		return false
	}
	st, ok := states[*l.Pos]
	if !ok || st == "final" {
		return false
	}
	return l.UserID == nil || *l.UserID != viewer
}
