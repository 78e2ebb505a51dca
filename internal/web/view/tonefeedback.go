package view

// ToneFeedback is the tones heard in a read-aloud recording, worded for the
// reader and drawn: each syllable's expected and heard tone with the
// speaker's pitch curve over the model curve of the expected tone, and
// advice naming the confusions Lao speakers make. The "tone_feedback"
// partial renders it on the practice item, the instructor's practice
// review and the exam rating page. It is advisory, never a grade.
type ToneFeedback struct {
	State    string // "ok", or "failed" when Message replaces the analysis
	Title    string
	Advisory string
	Message  string

	ColSyllable, ColExpected, ColHeard, ColCurve string
	LegendLearner, LegendModel, Axis             string
	AdviceTitle                                  string

	// The curves' common geometry, in SVG user units.
	ViewBox       string
	Width, Height int
	MidY          string // the speaker's median pitch (0 semitones)
	Left, Right   string // x of the first and last point

	Syllables []ToneSyllable
	Advice    []ToneAdvice
}

// ToneSyllable is one syllable of the text, what was heard on it, and its
// two curves as SVG polyline points.
type ToneSyllable struct {
	Text                     string
	ExpectedName, HeardName  string // tone package names: "huyen"
	Expected, Heard, Verdict string
	Match                    bool
	Unsure                   string // set when the analyser was unsure
	Confidence               float64
	Learner, Model           string
	Label                    string // the curve's accessible name
}

// ToneAdvice is one piece of advice; Kind says which ("group-level",
// "group-glottal", "tip-huyen", "all-match") for styling and tests.
type ToneAdvice struct {
	Kind, Text string
}
