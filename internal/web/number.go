package web

import "hocviet/internal/web/view"

// Num prints a number in the page language's format: {{$.Num .Score 1}}.
func (p *Page) Num(v float64, prec int) string { return view.Num(p.Lang, v, prec) }
