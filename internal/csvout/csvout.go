// Package csvout is the one CSV writer for everything hocviet hands out as
// CSV (board and class exports, the accounts printed by `user import`). It
// neutralises spreadsheet formulas as OWASP's "CSV Injection" page
// describes: a cell that begins with = + - @, a tab or a carriage return is
// prefixed with a single quote, so a name typed as =HYPERLINK(...) is shown
// as text by Excel or LibreOffice instead of being run. Plain numbers
// ("-1.5", "+7") are left alone: a spreadsheet reads them as numbers, never
// as formulas, and the exports carry signed differences.
package csvout

import (
	"encoding/csv"
	"io"
	"regexp"
	"strings"
)

// Writer writes CSV records with every cell neutralised.
type Writer struct {
	w *csv.Writer
}

// NewWriter writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: csv.NewWriter(w)} }

// Write writes one record.
func (w *Writer) Write(record []string) error {
	out := make([]string, len(record))
	for i, c := range record {
		out[i] = Cell(c)
	}
	return w.w.Write(out)
}

// Flush writes any buffered data.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports an error from a previous Write or Flush.
func (w *Writer) Error() error { return w.w.Error() }

// Cell returns s as it is safe to put in a cell.
func Cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if plainNumber.MatchString(s) {
		return s
	}
	return "'" + s
}

// plainNumber accepts either decimal mark: exports write "2,5" for Lao and
// Vietnamese readers.
var plainNumber = regexp.MustCompile(`^[+-][0-9]+([.,][0-9]+)?$`)
