package bank

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severities of a Problem. Errors stop an import; warnings are for the
// author to judge.
const (
	SevError   = "error"
	SevWarning = "warning"
)

// Problem is one finding of Lint, tied to a file line so an editor can jump
// to it.
type Problem struct {
	File     string
	Line     int
	Severity string
	Message  string
	// Field is what CheckItem's problem is about ("prompt", "options[1]").
	Field string
}

// String is the compiler-style "FILE:LINE: message" that editors parse.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Severity == SevWarning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is a list of problems that is also an error, for Load.
type Problems []Problem

func (ps Problems) Error() string {
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

// Errors counts the problems of error severity.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if p.Severity == SevError {
			n++
		}
	}
	return n
}

func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// report collects problems while a bank is read.
type report struct{ ps []Problem }

func (r *report) errorf(src Source, format string, args ...any) {
	r.ps = append(r.ps, Problem{File: src.File, Line: src.Line, Severity: SevError, Message: fmt.Sprintf(format, args...)})
}

func (r *report) warnf(src Source, format string, args ...any) {
	r.ps = append(r.ps, Problem{File: src.File, Line: src.Line, Severity: SevWarning, Message: fmt.Sprintf(format, args...)})
}
