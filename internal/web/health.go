package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// health answers 200 with the schema version while the database answers.
func (s *Server) health(c echo.Context) error {
	ctx := c.Request().Context()
	st, err := s.store.Schema(ctx)
	if err == nil {
		err = s.store.Ping(ctx)
	}
	if err != nil {
		s.log.Error("health check", "err", err)
		return c.JSON(http.StatusServiceUnavailable, map[string]any{"status": "unavailable"})
	}
	return c.JSON(http.StatusOK, map[string]any{"status": "ok", "schema_version": st.Current, "version": s.version})
}

func (s *Server) root(c echo.Context) error {
	if u := currentUser(c); u != nil {
		return c.Redirect(http.StatusSeeOther, u.Role.Home())
	}
	return c.Redirect(http.StatusSeeOther, "/login")
}
