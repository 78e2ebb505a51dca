package web

import (
	"strings"
	"testing"

	"hocviet/internal/lang"
	"hocviet/internal/tone"
	webfiles "hocviet/web"
)

// Issue 17.11: the rater's page words the tone analysis for the rater:
// no "record again", no coaching of the learner.
func TestRaterToneWording(t *testing.T) {
	t.Parallel()
	cat, err := lang.Load(webfiles.FS, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{catalog: cat}
	candidateSays := map[string][]string{"en": {"record again", "Record again"}, "vi": {"ghi âm lại", "Ghi âm lại"}, "lo": {"ບັນທຶກໃໝ່"}}
	for _, l := range []string{"en", "vi", "lo"} {
		for _, code := range []string{tone.ReasonSilence, tone.ReasonSyllables, tone.ReasonTooShort, tone.ReasonUnreadable, tone.ReasonNone, "bogus"} {
			v := s.toneFailed(l, code)
			r := raterWording(s, l, &v, code)
			if r.Message == "" || strings.HasPrefix(r.Message, "examui.") {
				t.Fatalf("%s %s: no rater message (%q)", l, code, r.Message)
			}
			for _, bad := range candidateSays[l] {
				if strings.Contains(r.Message, bad) {
					t.Errorf("%s %s: rater told to %q: %s", l, code, bad, r.Message)
				}
			}
		}
		// An analysis with a missed tone carries learner advice for the
		// candidate; the rater gets none.
		res := tone.Result{Syllables: []tone.Syllable{{Text: "bà", Expected: "huyen", Heard: "ngang", Pitch: []float64{0, 0, 0}}}}
		v := s.toneView(l, res)
		if len(v.Advice) == 0 {
			t.Fatalf("%s: the candidate's view has no advice to remove", l)
		}
		if r := raterWording(s, l, &v, ""); len(r.Advice) != 0 || r.Advisory == s.catalog.T(l, "tone.advisory") {
			t.Errorf("%s: rater sees learner advice or the candidate's advisory note", l)
		}
	}
}
