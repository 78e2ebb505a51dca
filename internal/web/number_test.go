package web

import (
	"hocviet/internal/web/view"
	"testing"
)

// Issue 17.5: one decimal mark per locale, wherever numbers are shown.
func TestFormatNum(t *testing.T) {
	t.Parallel()
	cases := []struct {
		lang string
		v    float64
		prec int
		want string
	}{
		{"lo", 2.5, 1, "2,5"},
		{"vi", 2.5, 1, "2,5"},
		{"en", 2.5, 1, "2.5"},
		{"lo", 9, 1, "9,0"},
		{"vi", 0.333333, -1, "0,33"},
		{"en", 1.25, -1, "1.25"},
		{"lo", 3, -1, "3"},
		{"vi", 0.5, 2, "0,50"},
	}
	for _, c := range cases {
		if got := view.Num(c.lang, c.v, c.prec); got != c.want {
			t.Errorf("formatNum(%s, %v, %d) = %q, want %q", c.lang, c.v, c.prec, got, c.want)
		}
	}
}
