package viet

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Syllable is one syllable taken apart. Parts are lower case, with their
// letter marks and without tone. After qu and gi the u or i is part of the
// onset; in "gì", "gìn" the i is both the onset's and the nucleus.
type Syllable struct {
	Text    string `json:"text"`    // normalised (NFC, new-style placement, case kept)
	Onset   string `json:"onset"`   // "", "b", "ngh", "qu", "gi", ...
	Medial  string `json:"medial"`  // "", "o" or "u"
	Nucleus string `json:"nucleus"` // "a", "ă", "iê", "yê", "uô", "ươ", "ia", "ua", "ưa", "ya", "oo", ...
	Coda    string `json:"coda"`    // "", c ch m n ng nh p t, or the glides i y o u
	Tone    Tone   `json:"tone"`
}

// SyllableError says why a syllable is not valid Vietnamese spelling.
// Reason is a short English sentence ("k before a must be c").
type SyllableError struct {
	Text   string
	Reason string
}

func (e *SyllableError) Error() string { return fmt.Sprintf("%q: %s", e.Text, e.Reason) }

type rhyme struct{ medial, nucleus, glide string }

// openRhymes are the vowel runs of syllables with no consonant final, split
// into medial, nucleus and final glide. Runs that are listed only to give a
// better reason (open ă, iê, ...) are rejected by checkRhyme.
var openRhymes = map[string]rhyme{
	"ai": {"", "a", "i"}, "ao": {"", "a", "o"}, "au": {"", "a", "u"}, "ay": {"", "a", "y"},
	"âu": {"", "â", "u"}, "ây": {"", "â", "y"}, "eo": {"", "e", "o"}, "êu": {"", "ê", "u"},
	"ia": {"", "ia", ""}, "iu": {"", "i", "u"}, "oi": {"", "o", "i"}, "ôi": {"", "ô", "i"},
	"ơi": {"", "ơ", "i"}, "ui": {"", "u", "i"}, "ưi": {"", "ư", "i"}, "ưu": {"", "ư", "u"},
	"ua": {"", "ua", ""}, "ưa": {"", "ưa", ""}, "uy": {"u", "y", ""}, "oa": {"o", "a", ""},
	"oe": {"o", "e", ""}, "uê": {"u", "ê", ""}, "uơ": {"u", "ơ", ""}, "uya": {"u", "ya", ""},
	"iêu": {"", "iê", "u"}, "yêu": {"", "yê", "u"}, "uôi": {"", "uô", "i"}, "ươi": {"", "ươ", "i"},
	"ươu": {"", "ươ", "u"}, "oai": {"o", "a", "i"}, "oay": {"o", "a", "y"}, "oao": {"o", "a", "o"},
	"oeo": {"o", "e", "o"}, "uây": {"u", "â", "y"}, "uyu": {"u", "y", "u"},
	"iê": {"", "iê", ""}, "yê": {"", "yê", ""}, "uô": {"", "uô", ""}, "ươ": {"", "ươ", ""},
	"oă": {"o", "ă", ""}, "uâ": {"u", "â", ""}, "uyê": {"u", "yê", ""},
}

// closedRhymes are the vowel runs before a consonant final.
var closedRhymes = map[string]rhyme{
	"oo": {"", "oo", ""}, "iê": {"", "iê", ""}, "yê": {"", "yê", ""}, "uô": {"", "uô", ""},
	"ươ": {"", "ươ", ""}, "oa": {"o", "a", ""}, "oă": {"o", "ă", ""}, "oe": {"o", "e", ""},
	"uâ": {"u", "â", ""}, "uê": {"u", "ê", ""}, "uy": {"u", "y", ""}, "uyê": {"u", "yê", ""},
	"ia": {"", "ia", ""}, "ua": {"", "ua", ""}, "ưa": {"", "ưa", ""}, "ya": {"", "ya", ""},
}

// closedSpelling gives the spelling the open-only diphthongs take before a
// final ("mía" but "tiếng").
var closedSpelling = map[string]string{"ia": "iê", "ua": "uô", "ưa": "ươ", "ya": "yê"}

func isFrontVowel(s string) bool {
	switch s {
	case "e", "ê", "i", "y":
		return true
	}
	return false
}

// ParseSyllable takes one written syllable apart. Tone marks typed on the
// wrong vowel ("tíêng") or in either placement style are read as the
// syllable they mean. When the spelling breaks a rule the error is a
// *SyllableError giving the reason, and the Syllable holds what could be
// read.
func ParseSyllable(s string) (Syllable, error) {
	s = strings.TrimSpace(norm.NFC.String(s))
	fail := func(syl Syllable, format string, args ...any) (Syllable, error) {
		return syl, &SyllableError{Text: s, Reason: fmt.Sprintf(format, args...)}
	}
	if s == "" {
		return fail(Syllable{}, "empty syllable")
	}
	rs := []rune(s)
	for _, r := range rs {
		if unicode.IsSpace(r) || r == '-' {
			return fail(Syllable{}, "not a single syllable")
		}
	}
	ls, _ := decodeWord(rs)
	for _, l := range ls {
		if l.viet {
			continue
		}
		switch r := l.r; {
		case isCombiningTone(r):
			return fail(Syllable{}, "more than one tone mark")
		case unicode.IsMark(r):
			return fail(Syllable{}, "a mark that Vietnamese does not use")
		case unicode.IsLetter(r):
			return fail(Syllable{}, "%c is not a Vietnamese letter", unicode.ToLower(r))
		default:
			return fail(Syllable{}, "%c is not a letter", r)
		}
	}
	tone, ok := syllableTone(ls)
	if !ok {
		return fail(Syllable{}, "more than one tone mark")
	}
	syl := Syllable{Text: lettersString(placeTone(ls, tone, StyleNew)), Tone: tone}

	i := 0
	for i < len(ls) && !ls[i].isVowel() {
		i++
	}
	syl.Onset = plainString(ls[:i])
	if i == len(ls) {
		return fail(syl, "no vowel")
	}
	giOnly := false // "gì", "gìn": the i is both onset and nucleus
	switch syl.Onset {
	case "q":
		if ls[i].r != 'u' || ls[i].mark != markNone {
			return fail(syl, "q must be followed by u")
		}
		syl.Onset = "qu"
		i++
		if i == len(ls) || !ls[i].isVowel() {
			return fail(syl, "qu must be followed by a vowel")
		}
	case "g":
		if ls[i].r == 'i' && ls[i].mark == markNone {
			syl.Onset = "gi"
			if i+1 < len(ls) && ls[i+1].isVowel() {
				i++
			} else {
				giOnly = true
			}
		}
	}
	if !onsets[syl.Onset] {
		return fail(syl, "%s is not a Vietnamese onset", syl.Onset)
	}
	j := i
	for j < len(ls) && ls[j].isVowel() {
		j++
	}
	for _, l := range ls[j:] {
		if l.isVowel() {
			return fail(syl, "not a single syllable")
		}
	}
	group := plainString(ls[i:j])
	coda := plainString(ls[j:])
	if coda != "" && !consonantCodas[coda] {
		return fail(syl, "%s cannot end a syllable", coda)
	}

	var rh rhyme
	switch {
	case len([]rune(group)) == 1:
		rh = rhyme{nucleus: group}
	case coda == "":
		r, found := openRhymes[group]
		if !found {
			return fail(syl, "%s is not a Vietnamese vowel cluster", group)
		}
		rh = r
	default:
		r, found := closedRhymes[group]
		if !found {
			if _, open := openRhymes[group]; open {
				return fail(syl, "%s cannot be followed by %s", group, coda)
			}
			return fail(syl, "%s is not a Vietnamese vowel cluster", group)
		}
		rh = r
	}
	syl.Medial, syl.Nucleus = rh.medial, rh.nucleus
	syl.Coda = coda
	if rh.glide != "" {
		syl.Coda = rh.glide
	}

	if reason := checkOnset(syl, group, giOnly); reason != "" {
		return fail(syl, "%s", reason)
	}
	if reason := checkRhyme(syl); reason != "" {
		return fail(syl, "%s", reason)
	}
	switch syl.Coda {
	case "p", "t", "c", "ch":
		if syl.Tone != Sac && syl.Tone != Nang {
			return fail(syl, "checked syllable -%s cannot take %s", syl.Coda, syl.Tone.Vietnamese())
		}
	}
	return syl, nil
}

func isCombiningTone(r rune) bool { _, ok := combiningTone[r]; return ok }

// checkOnset applies the c/k, g/gh, ng/ngh and qu spelling rules, which
// depend on the letter right after the onset.
func checkOnset(syl Syllable, group string, giOnly bool) string {
	if giOnly {
		return ""
	}
	next := string([]rune(group)[0])
	front := isFrontVowel(next)
	if syl.Medial != "" && (syl.Onset == "c" || syl.Onset == "k") {
		return fmt.Sprintf("%s before %s must be qu", syl.Onset, string([]rune(group)[:2]))
	}
	switch syl.Onset {
	case "qu":
		// The u of qu is already the rounding glide: no second medial,
		// and no rounded vowel after it (quô, quu, quư, quưa), except the
		// ô of quốc, which is written so before c.
		if syl.Medial != "" {
			return fmt.Sprintf("qu cannot be followed by %s", string([]rune(group)[:2]))
		}
		switch syl.Nucleus {
		case "o", "oo", "u", "ư", "ua", "uô", "ưa", "ươ":
			return fmt.Sprintf("qu cannot be followed by %s", syl.Nucleus)
		case "ô":
			if syl.Coda != "c" {
				return "qu before ô is written only in quốc"
			}
		}
	case "k":
		if !front {
			return fmt.Sprintf("k before %s must be c", next)
		}
	case "c":
		if front {
			return fmt.Sprintf("c before %s must be k", next)
		}
	case "gh":
		if !front {
			return fmt.Sprintf("gh before %s must be g", next)
		}
	case "g":
		if front {
			return fmt.Sprintf("g before %s must be gh", next)
		}
	case "ngh":
		if !front {
			return fmt.Sprintf("ngh before %s must be ng", next)
		}
	case "ng":
		if front {
			return fmt.Sprintf("ng before %s must be ngh", next)
		}
	}
	return ""
}

// checkRhyme applies the rules that tie nucleus and final together.
func checkRhyme(syl Syllable) string {
	nuc, coda := syl.Nucleus, syl.Coda
	consonant := consonantCodas[coda]
	switch {
	case coda == "" && (nuc == "ă" || nuc == "â"):
		return nuc + " cannot end a syllable"
	case coda == "" && (nuc == "iê" || nuc == "yê" || nuc == "uô" || nuc == "ươ"):
		return nuc + " cannot end a syllable"
	case consonant && closedSpelling[nuc] != "":
		return fmt.Sprintf("%s before %s must be %s", nuc, coda, closedSpelling[nuc])
	case nuc == "oo" && coda != "ng" && coda != "c":
		return "oo must be followed by ng or c"
	case coda == "ch" || coda == "nh":
		last := string([]rune(nuc)[len([]rune(nuc))-1:])
		if last != "a" && last != "ê" && last != "i" && last != "y" {
			return fmt.Sprintf("-%s cannot follow %s", coda, last)
		}
	}
	switch {
	case nuc == "iê" && syl.Onset == "" && syl.Medial == "":
		return "iê at the start of a syllable must be yê"
	case nuc == "yê" && syl.Onset != "" && syl.Onset != "qu" && syl.Medial == "":
		return fmt.Sprintf("yê after %s must be iê", syl.Onset)
	}
	return ""
}

// SyllableCheck is the verdict on one syllable of a text.
type SyllableCheck struct {
	Text   string `json:"text"`
	Valid  bool   `json:"valid"`
	Reason string `json:"reason"`
}

// Check splits text into syllables and checks the spelling of each. Numbers
// and punctuation are not syllables and are skipped, and so are letters
// written together with digits ("A4", "3G"), which are codes rather than
// words. Letters outside the Vietnamese alphabet make a syllable invalid.
func Check(text string) []SyllableCheck {
	out := []SyllableCheck{}
	rs := []rune(norm.NFC.String(text))
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		word := string(rs[i:j])
		touchesDigit := (i > 0 && unicode.IsDigit(rs[i-1])) || (j < len(rs) && unicode.IsDigit(rs[j]))
		i = j
		if touchesDigit || !containsLetter(word) {
			continue
		}
		c := SyllableCheck{Text: word, Valid: true}
		if _, err := ParseSyllable(word); err != nil {
			c.Valid = false
			c.Reason = err.(*SyllableError).Reason
		}
		out = append(out, c)
	}
	return out
}

// isWordRune is a letter or a combining mark: the runes a syllable is made
// of. A run of them is one word for Normalize, Check and the grader.
// ASCII and Latin Extended Additional (the toned vowels) are answered
// without searching the tables (TestRuneClasses checks every rune).
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func containsLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
