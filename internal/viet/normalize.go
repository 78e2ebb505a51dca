package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with white space folded to single spaces and
// the tone mark of every Vietnamese syllable placed by style. Case,
// punctuation and hyphens are kept: this is the form to store and show.
// Words that do not look like one Vietnamese syllable (English words,
// run-together syllables) keep their marks where they were typed.
// Normalize is idempotent.
func Normalize(s string, style Style) string {
	return normalize(s, style, nil)
}

// normalize is Normalize; placed, if not nil, remembers the form of each
// word in style (see Keyer).
func normalize(s string, style Style, placed map[string]string) string {
	s = cleanSpaces(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	// s is valid UTF-8 here (cleanSpaces writes runes), so it is walked in
	// place: a word is a substring, not a copy.
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			b.WriteRune(r)
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		switch w := s[i:j]; {
		case placed == nil:
			placeWord(&b, w, style)
		default:
			if p, ok := placed[w]; ok {
				b.WriteString(p)
				break
			}
			start := b.Len()
			placeWord(&b, w, style)
			placed[strings.Clone(w)] = strings.Clone(b.String()[start:])
		}
		i = j
	}
	out := b.String()
	if out == s {
		return s // s is NFC already: most text needs no tone moved
	}
	return norm.NFC.String(out)
}

// placeWord writes one run of letters with its tone re-placed when it is
// shaped like a syllable, and otherwise as it is. Grading keys every
// answer and lint every text, so the letters are taken apart in a buffer
// on the stack and written straight to b.
func placeWord(b *strings.Builder, w string, style Style) {
	var buf [16]letter
	ls, ok := appendWord(buf[:0], w)
	if !ok {
		b.WriteString(w)
		return
	}
	t, ok := placeable(ls)
	if !ok {
		b.WriteString(w)
		return
	}
	writeLetters(b, setTone(ls, t, style))
}

// cleanSpaces folds every run of white space (NBSP, thin and ideographic
// spaces, tabs, new lines) into one space, trims the ends and drops the
// invisible characters that copy and paste brings along. s is in NFC; the
// result is run through NFC again because dropping a character can bring a
// mark next to a letter.
func cleanSpaces(s string) string {
	if !needsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case isSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == 'Ð' { // U+00D0 (eth) looks like Đ and is a common stand-in for it
			r = 'Đ'
		}
		b.WriteRune(r)
	}
	out := b.String()
	if n := norm.NFC.String(out); n != out {
		return cleanSpaces(n)
	}
	return out
}

// needsClean reports whether cleanSpaces would change s: most text has
// single spaces only and is returned as it is, without a copy.
func needsClean(s string) bool {
	space := true // a space at the start is dropped
	for _, r := range s {
		switch {
		case r == utf8.RuneError, isInvisible(r), r == 'Ð':
			return true
		case isSpace(r):
			if r != ' ' || space {
				return true
			}
			space = true
		default:
			space = false
		}
	}
	return space && s != ""
}

// isSpace is white space or a space separator (unicode.Zs). Every rune of
// every text goes through it: the letters of Vietnamese, Latin-1 and the
// other runes below U+1680 are answered without searching the tables
// (TestRuneClasses compares it with them for every rune).
func isSpace(r rune) bool {
	switch {
	case r <= 0xFF:
		return unicode.IsSpace(r) // covers Zs, which has only ' ' and NBSP here
	case r < 0x1680, r >= 0x1E00 && r <= 0x1EFF:
		return false
	}
	return unicode.IsSpace(r) || unicode.In(r, unicode.Zs)
}

func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

// token is one graded unit: a syllable, or a number. Punctuation around it
// is gone; hyphens between syllables split like spaces.
type token struct {
	text     string // as shown in feedback: normalised, case kept
	key      string // lower case, i/y variant folded: equal keys are the same answer
	toneless string // key without tone
	bare     []rune // key without any mark
	ls       []letter
}

// tokens splits s into graded units.
func tokens(s string) []token {
	var out []token
	for _, f := range tokenTexts(s, nil) {
		key := tokenKey(f)
		ls, _ := decodeWord([]rune(key))
		out = append(out, token{text: f, key: key, toneless: toneless(ls), bare: []rune(StripMarks(key)), ls: ls})
	}
	return out
}

// tokenTexts is the text of each graded unit of s; placed is normalize's.
func tokenTexts(s string, placed map[string]string) []string {
	s = normalize(s, StyleNew, placed)
	if strings.IndexFunc(s, isHyphen) >= 0 {
		rs := []rune(s)
		for i, r := range rs {
			if isHyphen(r) && i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) {
				rs[i] = ' '
			}
		}
		s = string(rs)
	}
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, unicode.IsPunct)
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		out = append(out, f)
	}
	return out
}

// tokenKey is the grading key of one unit's text.
func tokenKey(f string) string {
	return foldIY(Normalize(strings.ToLower(f), StyleNew))
}

func isHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
		return true
	}
	return false
}

// foldIY writes a lone i/y nucleus of an open syllable after b, d, đ, h, k,
// l, m, n, s, t, v as i, because both spellings are standard there (kỹ/kĩ,
// lý/lí). Elsewhere y is a different letter (tay/tai, thuỷ).
func foldIY(key string) string {
	if utf8.RuneCountInString(key) != 2 {
		return key
	}
	rs := []rune(key)
	switch rs[0] {
	case 'b', 'd', 'đ', 'h', 'k', 'l', 'm', 'n', 's', 't', 'v':
	default:
		return key
	}
	v, ok := runeInfo[rs[1]]
	if !ok || v.base != 'y' || v.upper {
		return key
	}
	return string([]rune{rs[0], vowelForm[[2]rune{'i', rune(markNone)}][v.tone]})
}

// Key is the grading form of s: two answers are the same when their keys
// are equal. On top of Normalize it folds case, reads hyphens between
// syllables as spaces, drops punctuation around words (a final full stop,
// a comma) and folds the i/y variants.
func Key(s string) string {
	// Only the keys are needed: tokens would also take each one apart.
	var b strings.Builder
	for i, f := range tokenTexts(s, nil) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tokenKey(f))
	}
	return b.String()
}

// Keyer is Key for a caller that keys many texts, as lint keys a whole
// bank: it remembers the form and the key of every word it meets, and
// words repeat far more than texts do. The state is the caller's, not the
// package's: the zero Keyer is ready to use, is not safe for concurrent
// use, and grows with the distinct words it has met.
type Keyer struct {
	placed map[string]string // word as written → tone placed (StyleNew)
	keys   map[string]string // a unit's text → its key
}

// Key is Key(s).
func (k *Keyer) Key(s string) string {
	if k.placed == nil {
		k.placed, k.keys = map[string]string{}, map[string]string{}
	}
	var b strings.Builder
	for i, f := range tokenTexts(s, k.placed) {
		if i > 0 {
			b.WriteByte(' ')
		}
		key, ok := k.keys[f]
		if !ok {
			// Cloned: f and its key may be slices of a long text.
			key = strings.Clone(foldIY(normalize(strings.ToLower(f), StyleNew, k.placed)))
			k.keys[strings.Clone(f)] = key
		}
		b.WriteString(key)
	}
	return b.String()
}
