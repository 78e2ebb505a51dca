package tone

import (
	"encoding/json"
	"errors"
)

// Record is what a recording keeps of its analysis: Analyze's own Result
// (so a later analyser can be compared with it), or the Reason there is
// none. The store keeps it as JSON and the pages read it back; neither
// needs to know its fields.
type Record struct {
	Result
	Error string `json:"error,omitempty"`
}

// Why there is no analysis. Each is stored with a practice recording and
// is the suffix of the message keys tone.error.* and examui.tone.rater.*.
const (
	ReasonUnreadable = "unreadable"
	ReasonTooShort   = "too_short"
	ReasonTooLong    = "too_long"
	ReasonSilence    = "silence"
	ReasonSyllables  = "syllables"
	ReasonText       = "text"
	ReasonNone       = "none" // no reason known (recordings saved before reasons were kept)
)

// Known reports whether reason is one of the reasons above other than
// ReasonNone; anything else is shown as ReasonNone.
func Known(reason string) bool {
	switch reason {
	case ReasonUnreadable, ReasonTooShort, ReasonTooLong, ReasonSilence, ReasonSyllables, ReasonText:
		return true
	}
	return false
}

// ReasonOf names why Analyze failed with err.
func ReasonOf(err error) string {
	switch {
	case errors.Is(err, ErrNotWAV), errors.Is(err, ErrUnsupported), errors.Is(err, ErrNoAudio):
		return ReasonUnreadable
	case errors.Is(err, ErrTooShort):
		return ReasonTooShort
	case errors.Is(err, ErrTooLong):
		return ReasonTooLong
	case errors.Is(err, ErrNoSpeech):
		return ReasonSilence
	case errors.Is(err, ErrSyllableCount):
		return ReasonSyllables
	}
	// Analyze's remaining errors are about the expected text (digits, no
	// syllables): the recording is not at fault.
	return ReasonText
}

// NewRecord is the record of one Analyze call.
func NewRecord(res Result, err error) Record {
	if err != nil {
		return Record{Error: ReasonOf(err)}
	}
	return Record{Result: res}
}

// ParseRecord reads a stored record. A missing or unreadable one, or one
// without syllables, comes back as a failure with a reason (ReasonNone
// when none was kept), so a page always has something to show.
func ParseRecord(js *string) Record {
	var rec Record
	if js == nil || json.Unmarshal([]byte(*js), &rec) != nil {
		return Record{Error: ReasonNone}
	}
	if rec.Error == "" && len(rec.Syllables) == 0 {
		rec.Error = ReasonNone
	}
	return rec
}
