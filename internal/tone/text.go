package tone

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tone names as they appear in JSON. ASCII on purpose: clients switch on
// them, and a learner-facing label is the UI's job.
const (
	Ngang = "ngang"
	Huyen = "huyen"
	Sac   = "sac"
	Hoi   = "hoi"
	Nga   = "nga"
	Nang  = "nang"
)

// Tones lists the six tones in the order of the model's outputs and of
// confusion matrices. Go has no constant arrays: read it, never assign to it.
var Tones = [6]string{Ngang, Huyen, Sac, Hoi, Nga, Nang}

func toneIndex(name string) int {
	for i, t := range Tones {
		if t == name {
			return i
		}
	}
	return -1
}

// syllable is one written syllable of the expected text.
type syllable struct {
	text    string // NFC, surrounding punctuation removed
	tone    string
	checked bool // coda p, t, c, ch: only sắc or nặng can occur
}

// splitSyllables turns the expected text into syllables. Hyphens separate
// syllables too ("Hà-nội" is two), and tokens made only of punctuation are
// dropped because nobody pronounces them.
func splitSyllables(text string) ([]syllable, error) {
	text = norm.NFC.String(text)
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—'
	})
	var out []syllable
	for _, f := range fields {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f == "" {
			continue
		}
		if strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			// The spoken form of "2024" is several syllables we cannot count.
			return nil, fmt.Errorf("cannot analyse %q: write numbers out in words", f)
		}
		tone, base := toneOf(f)
		out = append(out, syllable{text: f, tone: tone, checked: isChecked(base)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no syllables in the expected text")
	}
	return out, nil
}

// toneOf reads the tone mark of one syllable and returns it with the
// syllable's bare lower-case letters (all diacritics removed, đ→d), which is
// what the coda check needs.
func toneOf(s string) (tone, base string) {
	tone = Ngang
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0300':
			tone = Huyen
		case '\u0301':
			tone = Sac
		case '\u0309':
			tone = Hoi
		case '\u0303':
			tone = Nga
		case '\u0323':
			tone = Nang
		default:
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			if r == 'đ' || r == 'Đ' {
				r = 'd'
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return tone, b.String()
}

func isChecked(base string) bool {
	if strings.HasSuffix(base, "ch") {
		return true
	}
	return strings.HasSuffix(base, "p") || strings.HasSuffix(base, "t") || strings.HasSuffix(base, "c")
}
