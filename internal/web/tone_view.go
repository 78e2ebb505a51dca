package web

import (
	"context"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"

	"hocviet/internal/tone"
	"hocviet/internal/viet"
	"hocviet/internal/web/view"
)

// ToneView, ToneSyllable and ToneAdvice are declared in package view,
// where the practice page models that carry them are built.
type (
	ToneView     = view.ToneFeedback
	ToneSyllable = view.ToneSyllable
	ToneAdvice   = view.ToneAdvice
)

// Curve geometry. The vertical range is the model contours' span (about
// ±6 semitones) with some room; a learner's pitch beyond it is drawn at
// the edge rather than outside the box.
const (
	toneSVGWidth  = 140
	toneSVGHeight = 64
	toneSVGPad    = 4
	toneSpanST    = 7
	// Below this the analyser's pick is little better than its second guess.
	toneUnsureBelow = 0.5
)

// toneY maps semitones from the speaker's median to an SVG y coordinate.
func toneY(st float64) float64 {
	st = max(-toneSpanST, min(toneSpanST, st))
	inner := float64(toneSVGHeight - 2*toneSVGPad)
	return toneSVGPad + (toneSpanST-st)/(2*toneSpanST)*inner
}

// tonePoints lays a curve evenly across the box, first point on the left
// edge, last on the right.
func tonePoints(curve []float64) string {
	if len(curve) < 2 {
		return ""
	}
	inner := float64(toneSVGWidth - 2*toneSVGPad)
	var b strings.Builder
	for i, st := range curve {
		if i > 0 {
			b.WriteByte(' ')
		}
		x := toneSVGPad + float64(i)*inner/float64(len(curve)-1)
		b.WriteString(svgNum(x))
		b.WriteByte(',')
		b.WriteString(svgNum(toneY(st)))
	}
	return b.String()
}

func svgNum(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// toneName shows a tone the way schools teach it, by name with its mark
// on "a"; an unknown name is shown as given.
func toneName(name string) string {
	if name == "" {
		return "?"
	}
	return view.ToneLabel(name)
}

func (s *Server) toneFrame(lang, state string) ToneView {
	t := func(id string) string { return s.catalog.T(lang, id) }
	return ToneView{State: state, Title: t("tone.title"), Advisory: t("tone.advisory"),
		ColSyllable: t("tone.col.syllable"), ColExpected: t("tone.col.expected"), ColHeard: t("tone.col.heard"),
		ColCurve: t("tone.col.curve"), LegendLearner: t("tone.legend.learner"), LegendModel: t("tone.legend.model"),
		Axis: t("tone.legend.axis"), AdviceTitle: t("tone.advice.title"),
		ViewBox: fmt.Sprintf("0 0 %d %d", toneSVGWidth, toneSVGHeight), Width: toneSVGWidth, Height: toneSVGHeight,
		MidY: svgNum(toneY(0)), Left: svgNum(toneSVGPad), Right: svgNum(toneSVGWidth - toneSVGPad)}
}

// toneView words and draws what tone.Analyze heard.
func (s *Server) toneView(lang string, r tone.Result) ToneView {
	if len(r.Syllables) == 0 {
		return s.toneFailed(lang, tone.ReasonNone)
	}
	t := func(id string, args ...any) string { return s.catalog.T(lang, id, args...) }
	v := s.toneFrame(lang, "ok")
	// Advice comes once per kind, in a fixed order: the Lao merges first,
	// then how to say each tone that was missed.
	groups := map[int]bool{}
	missed := map[string]bool{}
	for _, sy := range r.Syllables {
		ts := ToneSyllable{Text: sy.Text, ExpectedName: sy.Expected, HeardName: sy.Heard,
			Expected: toneName(sy.Expected), Heard: toneName(sy.Heard), Match: sy.Heard == sy.Expected,
			Confidence: sy.Confidence, Learner: tonePoints(sy.Pitch), Model: tonePoints(tone.ModelContour(sy.Expected))}
		ts.Label = t("tone.svg.title", "Text", sy.Text, "Tone", ts.Expected)
		if ts.Match {
			ts.Verdict = t("tone.row.match")
		} else {
			ts.Verdict = t("tone.row.instead", "Heard", ts.Heard, "Expected", ts.Expected)
			missed[sy.Expected] = true
			e, eok := viet.ParseTone(sy.Expected)
			h, hok := viet.ParseTone(sy.Heard)
			if eok && hok && view.ToneGroup(e) == view.ToneGroup(h) {
				groups[view.ToneGroup(e)] = true
			}
		}
		if sy.Confidence < toneUnsureBelow {
			ts.Unsure = t("tone.row.unsure")
		}
		v.Syllables = append(v.Syllables, ts)
	}
	if groups[1] {
		v.Advice = append(v.Advice, ToneAdvice{Kind: "group-level", Text: t("tone.advice.group_level")})
	}
	if groups[2] {
		v.Advice = append(v.Advice, ToneAdvice{Kind: "group-glottal", Text: t("tone.advice.group_glottal")})
	}
	for _, name := range tone.Tones {
		if missed[name] {
			v.Advice = append(v.Advice, ToneAdvice{Kind: "tip-" + name, Text: t("tone.tip." + name)})
		}
	}
	if len(missed) == 0 {
		v.Advice = append(v.Advice, ToneAdvice{Kind: "all-match", Text: t("tone.advice.all_match")})
	}
	return v
}

// toneFailed is the message that replaces the analysis.
func (s *Server) toneFailed(lang, code string) ToneView {
	if !tone.Known(code) {
		code = tone.ReasonNone
	}
	v := s.toneFrame(lang, "failed")
	v.Message = s.catalog.T(lang, "tone.error."+code)
	return v
}

// analyzeTone analyses a recording of text; the record carries the reason
// when there is no analysis, and logAttrs say whose recording it was. The
// analysis is advice, so not even a panic in it may cost the learner the
// take or the rater the page: it is logged as the fault it is and shown as
// "could not be analysed".
func (s *Server) analyzeTone(wav []byte, text string, logAttrs ...any) (rec tone.Record) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("tone analysis panic", append(logAttrs, "panic", p, "stack", string(debug.Stack()))...)
			rec = tone.Record{Error: tone.ReasonNone}
		}
	}()
	res, err := tone.Analyze(wav, text)
	if err != nil {
		s.log.Info("tone analysis", append(logAttrs, "err", err)...)
	}
	return tone.NewRecord(res, err)
}

// toneStoredView reads a practice recording's stored analysis.
func (s *Server) toneStoredView(lang string, js *string) *ToneView {
	rec := tone.ParseRecord(js)
	if rec.Error != "" {
		v := s.toneFailed(lang, rec.Error)
		return &v
	}
	v := s.toneView(lang, rec.Result)
	return &v
}

// ratingToneView analyses an exam read-aloud recording as the rater opens
// it. Exam recordings keep no analysis: the rating page is the only place
// it is shown, and analysing takes tens of milliseconds.
func (s *Server) ratingToneView(ctx context.Context, lang string, ratingID, raterID int64, text string) *ToneView {
	data, err := s.store.Exams.RatingAudio(ctx, ratingID, raterID)
	if err != nil {
		// Advisory: the rater still has the recording and the rubric.
		s.log.Warn("tone analysis: rating audio", "err", err, "rating", ratingID)
		v := s.toneFailed(lang, tone.ReasonNone)
		return raterWording(s, lang, &v, tone.ReasonNone)
	}
	rec := s.analyzeTone(data, text, "rating", ratingID)
	if rec.Error != "" {
		v := s.toneFailed(lang, rec.Error)
		return raterWording(s, lang, &v, rec.Error)
	}
	v := s.toneView(lang, rec.Result)
	return raterWording(s, lang, &v, "")
}

// raterWording turns the candidate's tone feedback into the rater's
// (issue 17.11): the messages tell the candidate to record again and the
// advice coaches the learner, neither of which a rater can act on. code is
// why there is no analysis, "" when there is one.
func raterWording(s *Server, lang string, v *ToneView, code string) *ToneView {
	v.Advisory = s.catalog.T(lang, "examui.tone.rater.advisory")
	v.Advice = nil
	if code != "" {
		if !tone.Known(code) {
			code = tone.ReasonNone
		}
		v.Message = s.catalog.T(lang, "examui.tone.rater."+code)
	}
	return v
}
