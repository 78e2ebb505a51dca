// Package apperr is the one error type the domain returns. The web layer maps
// its codes to HTTP statuses and translated pages; anything without a code is
// an internal fault, logged with detail and shown to users without it.
package apperr

import (
	"errors"
	"fmt"
)

// Codes, in the spirit of benbjohnson/wtf.
const (
	Invalid      = "invalid"
	NotFound     = "not_found"
	Conflict     = "conflict"
	Unauthorized = "unauthorized"
	Forbidden    = "forbidden"
	TooMany      = "too_many"
	Internal     = "internal"
)

// Error is a failure a user can act on. Key names a translation message for
// the web layer; Message is the English text for logs and the command line.
type Error struct {
	Code    string
	Field   string
	Key     string
	Message string
	Args    map[string]any
}

func (e *Error) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.Message
	}
	return e.Message
}

// Errorf builds an *Error with a formatted English message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Code returns the code of the first *Error in err's chain, or Internal.
func Code(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// As returns the first *Error in err's chain.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
