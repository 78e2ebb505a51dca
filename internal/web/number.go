package web

import "hocviet/internal/web/view"

// formatNum prints v in the reader's number format (view.Num).
func formatNum(l string, v float64, prec int) string { return view.Num(l, v, prec) }

// Num prints a number in the page language's format: {{$.Num .Score 1}}.
func (p *Page) Num(v float64, prec int) string { return formatNum(p.Lang, v, prec) }
