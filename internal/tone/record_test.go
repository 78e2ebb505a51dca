package tone

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestRecordRoundTrip(t *testing.T) {
	str := func(s string) *string { return &s }
	ok := Result{Syllables: []Syllable{{Text: "ba", Expected: "ngang", Heard: "ngang", Pitch: []float64{0}}}}
	js, err := json.Marshal(NewRecord(ok, nil))
	if err != nil {
		t.Fatal(err)
	}
	failed, err := json.Marshal(NewRecord(Result{}, fmt.Errorf("read: %w", ErrNoSpeech)))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		js        *string
		wantError string
		wantSyl   int
	}{
		{"analysis", str(string(js)), "", 1},
		{"failure keeps its reason", str(string(failed)), ReasonSilence, 0},
		{"nothing stored", nil, ReasonNone, 0},
		{"not JSON", str("{"), ReasonNone, 0},
		{"no syllables, no reason (old rows)", str(`{"syllables":[]}`), ReasonNone, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseRecord(tc.js)
			if got.Error != tc.wantError || len(got.Syllables) != tc.wantSyl {
				t.Errorf("ParseRecord = error %q, %d syllables; want %q, %d", got.Error, len(got.Syllables), tc.wantError, tc.wantSyl)
			}
		})
	}
	if Known("bogus") || Known(ReasonNone) || !Known(ReasonTooLong) {
		t.Error("Known accepts only the stored reasons other than none")
	}
}
