package web

import (
	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
)

// noExamRunning closes practice while the candidate has an exam attempt in
// progress: practice draws from the same banks and shows transcripts and
// keys after each answer, so a second tab must not become a crib sheet.
func (s *Server) noExamRunning(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		running, err := s.store.ExamInProgress(c.Request().Context(), currentUser(c).ID)
		if err != nil {
			return err
		}
		if running {
			return &apperr.Error{Code: apperr.Conflict, Key: "practice.exam_running",
				Message: "practice is closed while an exam attempt is in progress"}
		}
		return next(c)
	}
}
