package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/exam"
	"hocviet/internal/store"
)

// Exam delivery beyond the basic page (issues 15.12-15.14, 17.1-17.3): the
// one delivery of each granted play, what a page had in flight when the
// candidate finished a section, review flags, and the way back to a running
// exam from every candidate page.

// deliverPlay sends the bytes of a play, honouring Range requests (the same
// play may be resumed), and spends the play's one delivery once its last
// byte has gone out: a dropped download can be fetched again, a finished
// one cannot.
func (s *Server) deliverPlay(c echo.Context, id int64, pos, play int, m *store.Media) error {
	h := c.Response().Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Type", m.MIME)
	cw := &countingWriter{ResponseWriter: c.Response()}
	http.ServeContent(cw, c.Request(), "", time.Time{}, bytes.NewReader(m.Data))
	if cw.err != nil || !reachedEnd(cw, len(m.Data)) {
		return nil
	}
	// The client may hang up as soon as it has the last byte (a tab
	// closed, a client that closes its connections), which cancels the
	// request's context: the play is spent all the same.
	ctx := context.WithoutCancel(c.Request().Context())
	if err := s.store.Attempts.MarkAudioDelivered(ctx, id, currentUser(c).ID, pos, play); err != nil {
		// The bytes are out; failing to record it only leaves one more fetch.
		s.log.Warn("audio delivery not recorded", "attempt", id, "pos", pos, "play", play, "err", err, "request_id", requestID(c))
	}
	return nil
}

// reachedEnd reports whether the response carried the file's last byte.
func reachedEnd(cw *countingWriter, size int) bool {
	switch cw.status {
	case 0, http.StatusOK:
		return cw.n == int64(size)
	case http.StatusPartialContent:
		// "bytes a-b/size": the range ends on the last byte.
		cr := cw.Header().Get("Content-Range")
		dash, slash := strings.LastIndex(cr, "-"), strings.LastIndex(cr, "/")
		if dash < 0 || slash < dash {
			return false
		}
		end, err := strconv.Atoi(cr[dash+1 : slash])
		return err == nil && end == size-1
	}
	return false
}

type countingWriter struct {
	http.ResponseWriter
	status int
	n      int64
	err    error
}

func (w *countingWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// pendingBody reads what the page still had on its way when the candidate
// finished a section; an empty body is nothing.
func pendingBody(c echo.Context) (exam.Pending, error) {
	var p exam.Pending
	if !strings.HasPrefix(c.Request().Header.Get("Content-Type"), "application/json") {
		return p, nil // an older page, or a form: nothing declared in flight
	}
	raw, err := io.ReadAll(io.LimitReader(c.Request().Body, 64<<10))
	if err != nil {
		return p, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "finish: " + err.Error()}
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return p, nil
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Field: "pending",
			Message: "finish: pending saves: " + err.Error()}
	}
	return p, nil
}

type flagRequest struct {
	Flagged bool `json:"flagged"`
}

// examFlag marks a question "review later" (the navigator shows it).
func (s *Server) examFlag(c echo.Context) error {
	id, pos, err := attemptItem(c)
	if err != nil {
		return err
	}
	var r flagRequest
	if err := json.NewDecoder(io.LimitReader(c.Request().Body, 1024)).Decode(&r); err != nil {
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Field: "flagged", Message: "flag: " + err.Error()}
	}
	if err := s.store.Attempts.SetFlag(c.Request().Context(), id, currentUser(c).ID, pos, r.Flagged, time.Now()); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"pos": pos, "flagged": r.Flagged})
}

// answered reports whether a stored response holds anything the candidate
// gave (the navigator's "answered").
func answered(r bank.Response) bool {
	for _, xs := range [][]string{r.Choices, r.Gaps, r.Words} {
		for _, x := range xs {
			if strings.TrimSpace(x) != "" {
				return true
			}
		}
	}
	return strings.TrimSpace(r.Text) != "" || len(r.Pairs) > 0
}

// runningExam is the candidate's attempt in progress, for the banner on
// every candidate page; 0 when there is none or the page is the exam.
func (s *Server) runningExam(c echo.Context) int64 {
	u := currentUser(c)
	if u == nil || u.Role != "candidate" || strings.HasPrefix(c.Request().URL.Path, "/candidate/exams/attempts/") {
		return 0
	}
	id, err := s.store.Attempts.RunningAttempt(c.Request().Context(), u.ID)
	if err != nil {
		s.log.Warn("running exam for the banner", "err", err, "request_id", requestID(c))
		return 0
	}
	return id
}

// examRunningRedirect sends a candidate who opens a practice page during an
// exam back to the exam, which says why; other requests get the reason as
// a conflict.
func (s *Server) examRunningRedirect(c echo.Context, attempt int64) error {
	if c.Request().Method == http.MethodGet && strings.HasPrefix(c.Request().URL.Path, "/candidate/") {
		return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/candidate/exams/attempts/%d?from=practice", attempt))
	}
	return &apperr.Error{Code: apperr.Conflict, Key: "practice.exam_running",
		Message: "practice is closed while an exam attempt is in progress"}
}
