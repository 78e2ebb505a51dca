package tone

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

func sine(f0 float64, dur float64, rate int) []float64 {
	out := make([]float64, int(dur*float64(rate)))
	for i := range out {
		out[i] = 0.5 * math.Sin(2*math.Pi*f0*float64(i)/float64(rate))
	}
	return out
}

func TestTrackSine(t *testing.T) {
	for _, rate := range []int{8000, 16000, 44100} {
		for _, f0 := range []float64{70, 100, 155, 220, 310, 440} {
			frames := Track(sine(f0, 0.5, rate), rate)
			// Frames within 30 ms of either end straddle the edge of the
			// signal and see half a window of zeros.
			frames = frames[3 : len(frames)-3]
			var got []float64
			for _, f := range frames {
				if f.Voiced {
					got = append(got, f.F0)
				}
			}
			if len(got) < len(frames) {
				t.Errorf("%d Hz at %d Hz: only %d of %d frames voiced", int(f0), rate, len(got), len(frames))
				continue
			}
			for _, g := range got {
				if math.Abs(g-f0)/f0 > 0.02 {
					t.Errorf("%d Hz at %d Hz: tracked %.1f Hz", int(f0), rate, g)
					break
				}
			}
		}
	}
}

func TestTrackSilenceAndNoise(t *testing.T) {
	silent := make([]float64, 16000)
	for _, f := range Track(silent, 16000) {
		if f.Voiced {
			t.Fatalf("voiced frame at %.2f s in silence", f.Time)
		}
	}
	noise := synth(16000, 1) // only the background noise
	for _, f := range Track(noise, 16000) {
		if f.Voiced {
			t.Fatalf("voiced frame at %.2f s in noise", f.Time)
		}
	}
	if Track(nil, 16000) != nil {
		t.Error("Track(nil) should be nil")
	}
}

func TestAnalyzeErrors(t *testing.T) {
	voice := EncodeWAV(synth(16000, 0.1, glide{f0: []float64{120, 120}, dur: 0.3}), 16000)
	tests := []struct {
		name string
		wav  []byte
		text string
		want error
	}{
		{"not a WAV", []byte("hello"), "ba", ErrNotWAV},
		{"no audio", wavBytes(fmtPCM, 1, 16000, 16, nil), "ba", ErrNoAudio},
		{"silence", EncodeWAV(make([]float64, 16000), 16000), "ba", ErrNoSpeech},
		{"faint noise", EncodeWAV(synth(16000, 1), 16000), "ba", ErrNoSpeech},
		{"too short", EncodeWAV(sine(150, 0.1, 16000), 16000), "ba", ErrTooShort},
		{"too long", EncodeWAV(make([]float64, 61*8000), 8000), "ba", ErrTooLong},
		{"one syllable for three", voice, "ba ba ba", ErrSyllableCount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Analyze(tt.wav, tt.text)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Analyze(voice, " ... "); err == nil {
		t.Error("empty text accepted")
	}
	if _, err := Analyze(voice, "năm 2024"); err == nil {
		t.Error("digits accepted")
	}
}

func TestAnalyzeSyllableCountMessage(t *testing.T) {
	wav := EncodeWAV(synth(16000, 0.15,
		glide{f0: []float64{120, 118}, dur: 0.3},
		glide{f0: []float64{125, 160}, dur: 0.3}), 16000)
	_, err := Analyze(wav, "Tôi là người Việt Nam")
	if !errors.Is(err, ErrSyllableCount) || !strings.Contains(err.Error(), "heard 2 syllables, expected 5") {
		t.Errorf("err = %v", err)
	}
}

// Glides with the textbook shapes must come out as the tones they imitate,
// at any rate and channel count the browser might send.
func TestAnalyzeGlides(t *testing.T) {
	tests := []struct {
		name string
		g    glide
		want string
	}{
		{"level", glide{f0: []float64{130, 128}, dur: 0.4}, Ngang},
		{"falling", glide{f0: []float64{130, 100}, dur: 0.4}, Huyen},
		{"rising", glide{f0: []float64{120, 170}, dur: 0.4}, Sac},
		{"dipping", glide{f0: []float64{130, 100, 125}, dur: 0.45}, Hoi},
		{"high voice rising", glide{f0: []float64{230, 320}, dur: 0.35}, Sac},
		{"low voice falling", glide{f0: []float64{95, 75}, dur: 0.4}, Huyen},
	}
	for _, tt := range tests {
		for _, rate := range []int{16000, 44100} {
			wav := EncodeWAV(synth(rate, 0.1, tt.g), rate)
			res, err := Analyze(wav, "ba")
			if err != nil {
				t.Errorf("%s at %d Hz: %v", tt.name, rate, err)
				continue
			}
			s := res.Syllables[0]
			if s.Heard != tt.want {
				t.Errorf("%s at %d Hz: heard %s (%.2f), want %s; pitch %v", tt.name, rate, s.Heard, s.Confidence, tt.want, s.Pitch)
			}
		}
	}
}

func TestAnalyzePhraseOfGlides(t *testing.T) {
	// The same phrase from a low, a middle and a high voice.
	for _, k := range []float64{0.7, 1, 1.8} {
		wav := EncodeWAV(synth(16000, 0.12,
			glide{f0: []float64{125 * k, 123 * k}, dur: 0.3},
			glide{f0: []float64{115 * k, 90 * k}, dur: 0.3},
			glide{f0: []float64{120 * k, 165 * k}, dur: 0.3},
			glide{f0: []float64{125 * k, 95 * k, 120 * k}, dur: 0.3},
		), 16000)
		res, err := Analyze(wav, "ba bà bá bả")
		if err != nil {
			t.Fatal(err)
		}
		var heard []string
		for i, s := range res.Syllables {
			heard = append(heard, s.Heard)
			if s.End <= s.Start {
				t.Errorf("%s: start %.2f end %.2f", s.Text, s.Start, s.End)
			}
			if i > 0 && s.Start < res.Syllables[i-1].End {
				t.Errorf("syllables %d and %d overlap", i-1, i)
			}
		}
		if want := []string{Ngang, Huyen, Sac, Hoi}; !slices.Equal(heard, want) {
			t.Errorf("voice ×%.1f: heard %v, want %v", k, heard, want)
		}
	}
}

// A checked syllable can only carry sắc or nặng, whatever the pitch does.
func TestAnalyzeCheckedSyllable(t *testing.T) {
	for _, g := range []glide{
		{f0: []float64{130, 100, 125}, dur: 0.3},
		{f0: []float64{130, 128}, dur: 0.3},
		{f0: []float64{130, 100}, dur: 0.3},
	} {
		res, err := Analyze(EncodeWAV(synth(16000, 0.1, g), 16000), "bát")
		if err != nil {
			t.Fatal(err)
		}
		if h := res.Syllables[0].Heard; h != Sac && h != Nang {
			t.Errorf("checked syllable heard as %s", h)
		}
	}
}

func TestResultJSON(t *testing.T) {
	wav := EncodeWAV(synth(16000, 0.1, glide{f0: []float64{120, 170}, dur: 0.4}), 16000)
	res, err := Analyze(wav, "Bá.")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err) // NaN or Inf would fail here
	}
	var back struct {
		Syllables []map[string]any `json:"syllables"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	s := back.Syllables[0]
	for _, key := range []string{"text", "expected", "heard", "confidence", "pitch", "start", "end"} {
		if _, ok := s[key]; !ok {
			t.Errorf("JSON lacks %q: %s", key, b)
		}
	}
	if s["text"] != "Bá" || s["expected"] != Sac {
		t.Errorf("text %v expected %v", s["text"], s["expected"])
	}
	if n := len(s["pitch"].([]any)); n != PitchPoints {
		t.Errorf("%d pitch points", n)
	}
	if c := s["confidence"].(float64); c <= 0 || c > 1 {
		t.Errorf("confidence %v", c)
	}
}

func TestSplitSyllables(t *testing.T) {
	// "Việt" in NFD, a hyphenated name, punctuation, a no-break space.
	text := "Vie\u0302\u0323t Nam, Hà-nội\u00a0– học tập!"
	got, err := splitSyllables(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []syllable{
		{"Việt", Nang, true}, {"Nam", Ngang, false}, {"Hà", Huyen, false}, {"nội", Nang, false},
		{"học", Nang, true}, {"tập", Nang, true},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	for _, tt := range []struct{ s, tone string }{
		{"ba", Ngang}, {"bà", Huyen}, {"bá", Sac}, {"bả", Hoi}, {"bã", Nga}, {"bạ", Nang},
		{"khoẻ", Hoi}, {"khỏe", Hoi}, {"Thủy", Hoi}, {"NGÃ", Nga}, {"đường", Huyen},
	} {
		if got, _ := toneOf(tt.s); got != tt.tone {
			t.Errorf("toneOf(%q) = %s, want %s", tt.s, got, tt.tone)
		}
	}
	for _, tt := range []struct {
		s       string
		checked bool
	}{
		{"sách", true}, {"bát", true}, {"đẹp", true}, {"học", true},
		{"anh", false}, {"ban", false}, {"cao", false}, {"ngang", false},
	} {
		if _, base := toneOf(tt.s); isChecked(base) != tt.checked {
			t.Errorf("isChecked(%q) = %v", tt.s, !tt.checked)
		}
	}
}

func TestModelContour(t *testing.T) {
	for _, name := range Tones {
		c := ModelContour(name)
		if len(c) != PitchPoints {
			t.Fatalf("%s: %d points", name, len(c))
		}
	}
	first := func(c []float64) float64 { return c[0] }
	last := func(c []float64) float64 { return c[len(c)-1] }
	if c := ModelContour(Sac); last(c)-first(c) < 3 {
		t.Errorf("sắc does not rise: %v", c)
	}
	if c := ModelContour(Huyen); last(c)-first(c) > -2 {
		t.Errorf("huyền does not fall: %v", c)
	}
	if c := ModelContour(Hoi); slices.Min(c) > last(c)-1 || slices.Min(c) > first(c)-1 {
		t.Errorf("hỏi does not dip: %v", c)
	}
	if ModelContour("bogus") != nil {
		t.Error("unknown tone gave a contour")
	}
}

func TestEmbeddedModelLoads(t *testing.T) {
	if _, err := loadModels(modelJSON); err != nil {
		t.Fatal(err)
	}
	if _, err := loadModels([]byte(`{"features":["level"]}`)); err == nil {
		t.Error("a model with the wrong features was accepted")
	}
}
