package web

import (
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// FeedbackView and FeedbackSyllable are built in package view; the names
// stay for the exam review, which renders them too.
type (
	FeedbackView     = view.Feedback
	FeedbackSyllable = view.FeedbackSyllable
)

func (s *Server) feedbackView(l string, r viet.Result) FeedbackView {
	return view.BuildFeedback(func(id string, args ...any) string { return s.catalog.T(l, id, args...) }, r)
}
