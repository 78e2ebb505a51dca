package web

import (
	"github.com/labstack/echo/v4"
)

// noExamRunning closes practice while the candidate has an exam attempt in
// progress: practice draws from the same banks and shows transcripts and
// keys after each answer, so a second tab must not become a crib sheet.
// A page is redirected to the exam, which says why (examRunningRedirect).
func (s *Server) noExamRunning(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		attempt, err := s.store.Attempts.RunningAttempt(c.Request().Context(), currentUser(c).ID)
		if err != nil {
			return err
		}
		if attempt != 0 {
			return s.examRunningRedirect(c, attempt)
		}
		return next(c)
	}
}
