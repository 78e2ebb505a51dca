package web

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"hocviet/internal/apperr"
)

var statusOf = map[string]int{
	apperr.Invalid:      http.StatusBadRequest,
	apperr.NotFound:     http.StatusNotFound,
	apperr.Conflict:     http.StatusConflict,
	apperr.Unauthorized: http.StatusUnauthorized,
	apperr.Forbidden:    http.StatusForbidden,
	apperr.TooMany:      http.StatusTooManyRequests,
	apperr.Internal:     http.StatusInternalServerError,
}

var keyOfStatus = map[int]string{
	http.StatusBadRequest:            "error.bad_request",
	http.StatusUnauthorized:          "error.unauthorized",
	http.StatusForbidden:             "error.forbidden",
	http.StatusNotFound:              "error.not_found",
	http.StatusMethodNotAllowed:      "error.method_not_allowed",
	http.StatusConflict:              "error.conflict",
	http.StatusRequestEntityTooLarge: "error.too_large",
	http.StatusTooManyRequests:       "error.too_many",
	http.StatusInternalServerError:   "error.internal",
	http.StatusServiceUnavailable:    "error.unavailable",
}

// handleError is the one place errors become responses: a translated page
// for people, JSON for /api/. Only internal errors are logged as faults, and
// their detail never reaches the user.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status := http.StatusInternalServerError
	key := ""
	var he *echo.HTTPError
	if ae, ok := apperr.As(err); ok {
		status = statusOf[ae.Code]
		if status == 0 {
			status = http.StatusInternalServerError
		}
		key = ae.Key
	} else if errors.As(err, &he) {
		status = he.Code
	}
	if status >= 500 {
		s.log.Error("internal error", "err", err, "path", c.Request().URL.Path, "request_id", requestID(c))
		key = ""
	}
	if key == "" {
		key = keyOfStatus[status]
		if key == "" {
			key = "error.internal"
		}
	}
	l := pageLang(c)
	msg := s.catalog.T(l, key)
	if isAPI(c) || c.Request().Method == http.MethodHead {
		if c.Request().Method == http.MethodHead {
			err = c.NoContent(status)
		} else {
			err = c.JSON(status, map[string]any{"error": map[string]string{"code": key, "message": msg}})
		}
	} else {
		err = s.render(c, status, "error", map[string]any{"Status": status, "Message": msg})
	}
	if err != nil {
		s.log.Error("error page failed", "err", err)
	}
}
