package web

import (
	"math"
	"strconv"
	"strings"
)

// formatNum prints v in the reader's number format: Lao and Vietnamese
// write the decimal mark as a comma ("2,5"), English as a point ("2.5").
// prec < 0 prints up to two decimals without trailing zeros ("0,5",
// "1,25", "3"), for points and scores whose precision varies.
func formatNum(l string, v float64, prec int) string {
	var s string
	if prec < 0 {
		s = strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	} else {
		s = strconv.FormatFloat(v, 'f', prec, 64)
	}
	if l != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Num prints a number in the page language's format: {{$.Num .Score 1}}.
func (p *Page) Num(v float64, prec int) string { return formatNum(p.Lang, v, prec) }
