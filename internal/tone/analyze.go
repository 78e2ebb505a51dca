// Package tone listens to a learner reading known Vietnamese text and says,
// syllable by syllable, which of the six tones it heard. It is advisory
// feedback, not a grade: see README.md for what it was measured on.
package tone

import (
	"fmt"
	"math"
	"slices"
)

// Result is what Analyze heard.
type Result struct {
	Syllables []Syllable `json:"syllables"`
}

// Syllable is one syllable of the expected text and the tone heard on it.
type Syllable struct {
	Text       string  `json:"text"`
	Expected   string  `json:"expected"`
	Heard      string  `json:"heard"`
	Confidence float64 `json:"confidence"`
	// Pitch is the heard contour in semitones relative to the median pitch
	// of the whole utterance, sampled at PitchPoints even steps from the
	// first to the last voiced frame. Voicing gaps are bridged, so it never
	// holds NaN.
	Pitch []float64 `json:"pitch"`
	// Start and End bound the syllable in the recording, in seconds, from
	// the cut before it to the cut after it: good enough to play the
	// syllable back, not a phonetic alignment.
	Start float64 `json:"start"`
	End   float64 `json:"end"`
}

// PitchPoints is the length of Syllable.Pitch and of ModelContour's curves.
const PitchPoints = 30

const (
	minDuration = 0.15 // seconds; shorter cannot hold a syllable
	// Longer recordings are refused rather than analysed slowly: reading
	// exercises are a sentence or two.
	maxDuration = 60
	// Below this peak level the file is silence or line noise.
	minPeakDB = -55
	// An utterance needs this many voiced frames to have any tone at all.
	minVoicedFrames = 3
)

// analysed is the full internal result, kept for training and evaluation.
type analysed struct {
	result   Result
	features [][nFeat]float64
	isolated bool
}

// Analyze reads a WAV recording of text and reports the tone heard on each
// syllable. Errors wrap ErrNotWAV, ErrUnsupported, ErrNoAudio, ErrTooShort,
// ErrTooLong, ErrNoSpeech or ErrSyllableCount; an error about the text itself
// (no syllables, digits) wraps none of them.
func Analyze(wav []byte, text string) (Result, error) {
	a, err := analyze(wav, text, defaultModels)
	if err != nil {
		return Result{}, err
	}
	return a.result, nil
}

func analyze(wav []byte, text string, models *modelSet) (analysed, error) {
	sylls, err := splitSyllables(text)
	if err != nil {
		return analysed{}, err
	}
	samples, rate, err := ReadWAV(wav)
	if err != nil {
		return analysed{}, err
	}
	switch d := float64(len(samples)) / float64(rate); {
	case d < minDuration:
		return analysed{}, ErrTooShort
	case d > maxDuration:
		return analysed{}, ErrTooLong
	}
	frames := Track(samples, rate)
	peak := -120.0
	voiced := 0
	for _, f := range frames {
		peak = max(peak, f.Energy)
		if f.Voiced {
			voiced++
		}
	}
	if peak < minPeakDB || voiced < minVoicedFrames {
		return analysed{}, ErrNoSpeech
	}
	spans, err := segment(frames, len(sylls))
	if err != nil {
		return analysed{}, err
	}
	median := voicedMedian(frames, spans)
	out := analysed{isolated: len(sylls) == 1}

	contours := make([]contour, len(spans))
	var spanSum float64
	loud := -120.0
	for i, s := range spans {
		c, ok := syllableContour(frames, s, median)
		if !ok {
			return analysed{}, fmt.Errorf("%w in syllable %d (%q)", ErrNoSpeech, i+1, sylls[i].text)
		}
		contours[i] = c
		spanSum += float64(c.hi-c.lo) * hopSec
		for _, f := range frames[c.lo:c.hi] {
			loud = max(loud, f.Energy)
		}
	}
	meanSpan := spanSum / float64(len(spans))
	feats := make([][nFeat]float64, len(contours))
	for i, c := range contours {
		feats[i] = extractFeatures(frames, c, meanSpan, loud)
	}
	addContext(feats, contours)
	for i, c := range contours {
		f := feats[i]
		p := models.pick(out.isolated, sylls[i].checked).probs(f, sylls[i].checked)
		best := argmax(p)
		out.features = append(out.features, f)
		out.result.Syllables = append(out.result.Syllables, Syllable{
			Text:       sylls[i].text,
			Expected:   sylls[i].tone,
			Heard:      Tones[best],
			Confidence: round(p[best], 2),
			Pitch:      resampleCurve(c.st, PitchPoints),
			Start:      round(frames[spans[i].lo].Time, 2),
			End:        round(frames[spans[i].hi-1].Time+hopSec, 2),
		})
	}
	return out, nil
}

// voicedMedian is the speaker's reference pitch: the median over the voiced
// frames of all syllables, so that the same tone said by a man or a child
// gives the same curve.
func voicedMedian(frames []Frame, spans []span) float64 {
	var v []float64
	for _, s := range spans {
		for _, f := range frames[s.lo:s.hi] {
			if f.Voiced {
				v = append(v, f.F0)
			}
		}
	}
	slices.Sort(v)
	return v[len(v)/2]
}

// resampleCurve linearly interpolates x onto n evenly spaced points,
// rounded to 0.01 semitone to keep JSON small.
func resampleCurve(x []float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		pos := float64(i) * float64(len(x)-1) / float64(n-1)
		k := int(pos)
		if k >= len(x)-1 {
			out[i] = round(x[len(x)-1], 2)
			continue
		}
		f := pos - float64(k)
		out[i] = round(x[k]*(1-f)+x[k+1]*f, 2)
	}
	return out
}

func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}

// chao gives each tone's textbook Hanoi contour in Chao tone numbers
// (1 low .. 5 high) at a few evenly spaced points.
var chao = map[string][]float64{
	Ngang: {3.2, 3.1, 3.0, 3.0, 2.9},
	Huyen: {2.2, 2.0, 1.7, 1.4, 1.1},
	Sac:   {3.0, 2.9, 3.4, 4.2, 5.0},
	Hoi:   {3.0, 2.2, 1.4, 1.5, 2.6},
	Nga:   {3.0, 2.7, 2.6, 4.0, 5.2},
	Nang:  {2.2, 1.8, 1.3, 0.9, 0.7},
}

// ModelContour returns the textbook curve of a tone in semitones relative
// to a speaker's median, PitchPoints long, for drawing beside a learner's
// Pitch. It returns nil for an unknown tone name.
func ModelContour(tone string) []float64 {
	pts, ok := chao[tone]
	if !ok {
		return nil
	}
	// One Chao step is taken as 2.5 semitones around level 3, which spans
	// a typical speaker's 10-semitone tonal range.
	st := make([]float64, len(pts))
	for i, c := range pts {
		st[i] = (c - 3) * 2.5
	}
	return resampleCurve(st, PitchPoints)
}
