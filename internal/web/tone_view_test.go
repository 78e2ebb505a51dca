package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"testing"

	"hocviet/internal/tone"
	"hocviet/internal/web/view"
)

// toneFlat is a learner curve: n points at st semitones.
func toneFlat(n int, st float64) []float64 {
	c := make([]float64, n)
	for i := range c {
		c[i] = st
	}
	return c
}

// parsePoints parses an SVG polyline's points.
func parsePoints(t *testing.T, s string) [][2]float64 {
	t.Helper()
	var out [][2]float64
	for _, p := range strings.Fields(s) {
		xy := strings.Split(p, ",")
		if len(xy) != 2 {
			t.Fatalf("point %q", p)
		}
		x, err1 := strconv.ParseFloat(xy[0], 64)
		y, err2 := strconv.ParseFloat(xy[1], 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("point %q", p)
		}
		out = append(out, [2]float64{x, y})
	}
	return out
}

func toneAdviceKinds(v ToneView) []string {
	var ks []string
	for _, a := range v.Advice {
		ks = append(ks, a.Kind)
	}
	return ks
}

func TestToneViewCurvesStayInTheViewBox(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	rising := make([]float64, tone.PitchPoints)
	for i := range rising {
		rising[i] = -20 + 40*float64(i)/float64(len(rising)-1) // far beyond the box at both ends
	}
	v := s.toneView("en", tone.Result{Syllables: []tone.Syllable{
		{Text: "bá", Expected: tone.Sac, Heard: tone.Sac, Confidence: 0.9, Pitch: rising},
		{Text: "ba", Expected: tone.Ngang, Heard: tone.Ngang, Confidence: 0.9, Pitch: toneFlat(tone.PitchPoints, 0)},
	}})
	if v.State != "ok" || len(v.Syllables) != 2 {
		t.Fatalf("view: %+v", v)
	}
	if got, want := v.ViewBox, fmt.Sprintf("0 0 %d %d", v.Width, v.Height); got != want {
		t.Fatalf("viewBox %q, want %q", got, want)
	}
	for _, sy := range v.Syllables {
		for _, curve := range []string{sy.Learner, sy.Model} {
			ps := parsePoints(t, curve)
			if len(ps) != tone.PitchPoints {
				t.Fatalf("%s: %d points, want %d", sy.Text, len(ps), tone.PitchPoints)
			}
			for _, p := range ps {
				if p[0] < 0 || p[0] > float64(v.Width) || p[1] < 0 || p[1] > float64(v.Height) {
					t.Fatalf("%s: point %v outside 0 0 %d %d", sy.Text, p, v.Width, v.Height)
				}
			}
			if ps[0][0] >= ps[len(ps)-1][0] {
				t.Fatalf("%s: time does not run left to right: %v", sy.Text, ps)
			}
		}
	}
	// Higher pitch is higher on the screen (smaller y): the rising curve
	// ends above where it starts, clipped to the box's inner edges.
	ps := parsePoints(t, v.Syllables[0].Learner)
	if first, last := ps[0][1], ps[len(ps)-1][1]; first != toneSVGHeight-toneSVGPad || last != toneSVGPad {
		t.Fatalf("rising curve from y=%v to y=%v, want %v to %v", first, last, toneSVGHeight-toneSVGPad, toneSVGPad)
	}
	// A learner exactly at the median lies on the middle line.
	mid, _ := strconv.ParseFloat(v.MidY, 64)
	for _, p := range parsePoints(t, v.Syllables[1].Learner) {
		if p[1] != mid {
			t.Fatalf("median pitch drawn at y=%v, middle line at %v", p[1], mid)
		}
	}
	// The model is tone.ModelContour of the expected tone: sắc ends high.
	ms := parsePoints(t, v.Syllables[0].Model)
	if ms[len(ms)-1][1] >= mid {
		t.Fatalf("sắc model ends at y=%v, not above the middle %v", ms[len(ms)-1][1], mid)
	}
}

func TestToneViewNamesAndAdvice(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	pitch := toneFlat(tone.PitchPoints, -1)
	tests := []struct {
		name            string
		expected, heard string
		wantKinds       []string
		wantText        []string // in the advice, English
		notKind         string
	}{
		{"ngang heard as huyền", tone.Ngang, tone.Huyen, []string{"group-level", "tip-ngang"},
			[]string{"ngang, huyền and sắc", "one low tone"}, "group-glottal"},
		{"hỏi heard as nặng", tone.Hoi, tone.Nang, []string{"group-glottal", "tip-hoi"},
			[]string{"hỏi, ngã and nặng", "another low tone"}, "group-level"},
		{"sắc heard as nặng, across the groups", tone.Sac, tone.Nang, []string{"tip-sac"}, nil, "group-level"},
		{"all as expected", tone.Huyen, tone.Huyen, []string{"all-match"}, nil, "tip-huyen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := s.toneView("en", tone.Result{Syllables: []tone.Syllable{
				{Text: "bà", Expected: tone.Huyen, Heard: tone.Huyen, Confidence: 0.9, Pitch: pitch},
				{Text: "x", Expected: tt.expected, Heard: tt.heard, Confidence: 0.8, Pitch: pitch},
			}})
			sy := v.Syllables[1]
			if sy.ExpectedName != tt.expected || sy.HeardName != tt.heard {
				t.Fatalf("names %q/%q", sy.ExpectedName, sy.HeardName)
			}
			if got, want := sy.Expected, view.ToneLabel(tt.expected); got != want {
				t.Errorf("expected shown as %q, want %q", got, want)
			}
			if got, want := sy.Heard, view.ToneLabel(tt.heard); got != want {
				t.Errorf("heard shown as %q, want %q", got, want)
			}
			if sy.Match != (tt.expected == tt.heard) {
				t.Errorf("match %v", sy.Match)
			}
			if !sy.Match && !strings.Contains(sy.Verdict, sy.Heard+" instead of "+sy.Expected) {
				t.Errorf("verdict %q", sy.Verdict)
			}
			if got := toneAdviceKinds(v); !slices.Equal(got, tt.wantKinds) {
				t.Errorf("advice %v, want %v", got, tt.wantKinds)
			}
			if slices.Contains(toneAdviceKinds(v), tt.notKind) {
				t.Errorf("advice %v has %s", toneAdviceKinds(v), tt.notKind)
			}
			all := ""
			for _, a := range v.Advice {
				all += a.Text + "\n"
			}
			for _, w := range tt.wantText {
				if !strings.Contains(all, w) {
					t.Errorf("advice %q lacks %q", all, w)
				}
			}
		})
	}
}

func TestToneViewIsAdvisoryInEveryLanguage(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	r := tone.Result{Syllables: []tone.Syllable{{Text: "bả", Expected: tone.Hoi, Heard: tone.Nang, Confidence: 0.3,
		Pitch: toneFlat(tone.PitchPoints, -2)}}}
	words := map[string][]string{
		"en": {"not a grade", "hỏi, ngã and nặng"},
		"vi": {"không phải điểm", "hỏi, ngã và nặng"},
		"lo": {"ບໍ່ແມ່ນຄະແນນ", "hỏi, ngã ແລະ nặng"},
	}
	for l, want := range words {
		v := s.toneView(l, r)
		if strings.HasPrefix(v.Advisory, "tone.") || !strings.Contains(v.Advisory, want[0]) {
			t.Errorf("%s advisory note %q", l, v.Advisory)
		}
		if len(v.Advice) == 0 || !strings.Contains(v.Advice[0].Text, want[1]) {
			t.Errorf("%s advice %+v", l, v.Advice)
		}
		if v.Syllables[0].Unsure == "" {
			t.Errorf("%s: confidence 0.3 not marked unsure", l)
		}
	}
}

func TestToneFeedbackPartial(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	render := func(v ToneView) string {
		var b bytes.Buffer
		if err := mustSet(t, s.pages, "practice_item").ExecuteTemplate(&b, "tone_feedback", v); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	ok := render(s.toneView("en", tone.Result{Syllables: []tone.Syllable{
		{Text: "ba", Expected: tone.Ngang, Heard: tone.Huyen, Confidence: 0.7, Pitch: toneFlat(tone.PitchPoints, -1)}}}))
	for _, w := range []string{`id="tone-heard"`, `<svg class="tone-curve" viewBox="0 0 140 64"`, `<polyline class="tone-learner" points="4.0,`,
		`<polyline class="tone-model" points="`, `id="tone-advisory"`, "not a grade", `data-kind="group-level"`, `data-heard="huyen"`} {
		if !strings.Contains(ok, w) {
			t.Errorf("partial lacks %s:\n%s", w, ok)
		}
	}
	if strings.Contains(ok, "style=") {
		t.Error("inline style in the partial (CSP forbids it)")
	}
	failed := render(s.toneFailed("lo", tone.ReasonSilence))
	if !strings.Contains(failed, `id="tone-none"`) || !strings.Contains(failed, "ໄມໂຄຣໂຟນ") || strings.Contains(failed, "<svg") {
		t.Errorf("failure message:\n%s", failed)
	}
}

func TestToneFailureMessages(t *testing.T) {
	t.Parallel()
	s := testServer(t)
	s.log = slog.New(slog.DiscardHandler)
	silence := make([]float64, 16000)
	tests := []struct {
		name string
		wav  []byte
		text string
		code string
	}{
		{"not audio", []byte("this is not a WAV file at all, not even close to one"), "ba", tone.ReasonUnreadable},
		{"too short", tone.EncodeWAV(silence[:800], 16000), "ba", tone.ReasonTooShort},
		{"silence", tone.EncodeWAV(silence, 16000), "ba bà bá", tone.ReasonSilence},
		{"digits in the text", tone.EncodeWAV(silence, 16000), "năm 2024", tone.ReasonText},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.analyzeTone(tt.wav, tt.text)
			if rec.Error != tt.code || len(rec.Syllables) != 0 {
				t.Fatalf("code %q, want %q", rec.Error, tt.code)
			}
			// Stored as JSON with the recording, read back on the page.
			js, _ := json.Marshal(rec)
			jss := string(js)
			v := s.toneStoredView("en", &jss)
			if v.State != "failed" || v.Message == "" || strings.HasPrefix(v.Message, "tone.") || len(v.Syllables) != 0 {
				t.Fatalf("view %+v", v)
			}
			if seen[v.Message] {
				t.Fatalf("message %q shared with another failure", v.Message)
			}
			seen[v.Message] = true
		})
	}
	// A syllable count the recording cannot match has its own message.
	if got := tone.ReasonOf(fmt.Errorf("x: %w", tone.ErrSyllableCount)); got != tone.ReasonSyllables {
		t.Fatalf("syllable count: %q", got)
	}
	// Recordings saved before reasons were kept, and unknown reasons.
	for _, js := range []*string{nil, tonePtr(`{"syllables":null}`), tonePtr(`{"error":"martian"}`), tonePtr(`not json`)} {
		if v := s.toneStoredView("vi", js); v.State != "failed" || v.Message != s.catalog.T("vi", "tone.error.none") {
			t.Fatalf("stored %v: %+v", js, v)
		}
	}
}

func tonePtr(s string) *string { return &s }
