// Package longlisten generates the long-listening bank
// (question_banks/nghe-dai): lectures and talks of three minutes or more at
// Bậc 3–5 on the course's subjects, and dialogues and meetings of two to four
// speakers, each speaker with a voice of their own. The texts and questions
// are Go data in this package; Build turns them into bank YAML and Synth
// records them with espeak-ng, so both the YAML and the audio can be made
// again from here.
//
// A lecture is what a cadre will meet every day of a six-month political-
// theory course, so each recording carries the task types a test centre sets
// on long talks: note-taking scored as outline completion with typed gaps,
// main idea, inference, the speaker's stance, details, true/false, and a
// written summary (a listening essay rated on the writing rubric).
//
// Ids: ll-bN-lecNN for lectures, ll-bN-hoiNN for dialogues; questions add
// -q1, -q2…, the notes -notes, the summary -sum. Add recordings at the end of
// a list; never reuse an id for another text.
package longlisten

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/bank"
)

// Bank is the folder (under question_banks) this package writes.
const Bank = "nghe-dai"

// Speaker is one voice of a recording. Voice is an espeak-ng voice with a
// variant (vi+m3, vi-vn-x-south+f2); Pitch is espeak's 0–99; Rate is words
// (here: syllables) per minute, 0 for the level's rate.
type Speaker struct {
	Label string
	Voice string
	Pitch int
	Rate  int
}

// Q is a choice question. O lists the options; the one starting with "*" is
// right. Kind says what it tests (main, detail, inference, stance); Ev is the
// words of the recording that answer it, quoted in the explanation.
type Q struct {
	Kind string
	P    string
	O    []string
	Ev   string
}

// TF is a true/false statement on a recording; Ev as in Q.
type TF struct {
	S  string
	A  bool
	Ev string
}

// Notes is an outline with typed gaps {1}, {2}…; A[i] lists the accepted
// answers of gap i+1.
type Notes struct {
	Text string
	A    [][]string
}

// Rec is one recording with its questions.
type Rec struct {
	N        int // number within its level and kind
	Kind     string
	Level    int
	Topics   []string
	Title    string
	Speakers []Speaker
	// Text is the transcript. A lecture is paragraphs read by its one
	// speaker; a dialogue is lines "Label: words", one speaker a line.
	Text    string
	Qs      []Q
	TF      []TF
	Notes   Notes
	Summary string // the summary task; empty for none
}

// Kinds of recording.
const (
	Lecture  = "lecture"
	Dialogue = "dialogue"
)

// LevelRate is the speaking rate (espeak-ng words per minute; espeak counts
// each Vietnamese syllable as a word) per Bậc: slow for beginners, natural
// for Bậc 4–5. Measured on this corpus: about rate/44.5 syllables per
// second once pauses are counted, so Bậc 4–5 are above 4.5
// (TestRecordingsMeetTheBrief checks each recording).
var LevelRate = map[int]int{1: 120, 2: 140, 3: 160, 4: 205, 5: 215}

// All recordings, filled by the corpus files' init functions.
var all []Rec

// ID is the recording's id, also its group id and audio file name.
func (r *Rec) ID() string {
	k := "lec"
	if r.Kind == Dialogue {
		k = "hoi"
	}
	return fmt.Sprintf("ll-b%d-%s%02d", r.Level, k, r.N)
}

// Audio is the recording's path relative to the bank folder.
func (r *Rec) Audio() string { return "audio/" + r.ID() + ".ogg" }

// Line is one stretch of speech by one speaker.
type Line struct {
	Speaker Speaker
	Text    string
}

// Lines splits the transcript into what each voice says.
func (r *Rec) Lines() ([]Line, error) {
	var out []Line
	bySpeaker := map[string]Speaker{}
	for _, s := range r.Speakers {
		bySpeaker[s.Label] = s
	}
	for _, raw := range strings.Split(r.Text, "\n") {
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		if r.Kind == Lecture {
			out = append(out, Line{r.Speakers[0], l})
			continue
		}
		label, words, ok := strings.Cut(l, ": ")
		s, known := bySpeaker[label]
		if !ok || !known {
			return nil, fmt.Errorf("%s: line %q does not start with a speaker label", r.ID(), l)
		}
		out = append(out, Line{s, strings.TrimSpace(words)})
	}
	return out, nil
}

// Rate is the speaker's rate: its own, else the level's.
func (r *Rec) Rate(s Speaker) int {
	if s.Rate > 0 {
		return s.Rate
	}
	return LevelRate[r.Level]
}

// Hash identifies what the audio must say and how: text, voices and rates.
// A change of any of them makes Synth record the file again.
func (r *Rec) Hash() string {
	h := sha1.New()
	fmt.Fprintf(h, "%s\n%d\n", r.Text, LevelRate[r.Level])
	if r.Kind == Dialogue {
		fmt.Fprintf(h, "turn pause %s\n", turnPause)
	}
	for _, s := range r.Speakers {
		fmt.Fprintf(h, "%s|%s|%d|%d\n", s.Label, s.Voice, s.Pitch, s.Rate)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Syllables counts the spoken syllables of the transcript (speaker labels
// excluded): the numerator of the speaking rate.
func (r *Rec) Syllables() int {
	lines, err := r.Lines()
	if err != nil {
		return 0
	}
	n := 0
	for _, l := range lines {
		n += countSyllables(l.Text)
	}
	return n
}

func countSyllables(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '–' && r != '…')
	}))
}

// All returns the recordings in id order of level, kind and number.
func All() []Rec { return all }

func nfc(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

// shuffle fixes a per-item order of options so the key is not always first.
func shuffle[T any](key string, xs []T) {
	h := fnv.New64a()
	h.Write([]byte(key))
	s := h.Sum64() | 1
	for i := len(xs) - 1; i > 0; i-- {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		j := int(s % uint64(i+1))
		xs[i], xs[j] = xs[j], xs[i]
	}
}

var _ = bank.Listening
