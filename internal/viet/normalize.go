package viet

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with white space folded to single spaces and
// the tone mark of every Vietnamese syllable placed by style. Case,
// punctuation and hyphens are kept: this is the form to store and show.
// Words that do not look like one Vietnamese syllable (English words,
// run-together syllables) keep their marks where they were typed.
// Normalize is idempotent.
func Normalize(s string, style Style) string {
	s = cleanSpaces(norm.NFC.String(s))
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		b.WriteString(placeWord(rs[i:j], style))
		i = j
	}
	return norm.NFC.String(b.String())
}

// placeWord re-places the tone of one run of letters when it is shaped
// like a syllable, and otherwise returns it unchanged.
func placeWord(rs []rune, style Style) string {
	ls, ok := decodeWord(rs)
	if !ok {
		return string(rs)
	}
	t, ok := placeable(ls)
	if !ok {
		return string(rs)
	}
	return lettersString(placeTone(ls, t, style))
}

// cleanSpaces folds every run of white space (NBSP, thin and ideographic
// spaces, tabs, new lines) into one space, trims the ends and drops the
// invisible characters that copy and paste brings along. It runs NFC again
// because dropping a character can bring a mark next to a letter.
func cleanSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case unicode.IsSpace(r) || unicode.In(r, unicode.Zs):
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
	s = Normalize(s, StyleNew)
	rs := []rune(s)
	for i, r := range rs {
		if isHyphen(r) && i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) {
			rs[i] = ' '
		}
	}
	var out []token
	for _, f := range strings.Fields(string(rs)) {
		f = strings.TrimFunc(f, unicode.IsPunct)
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		key := foldIY(Normalize(strings.ToLower(f), StyleNew))
		ls, _ := decodeWord([]rune(key))
		out = append(out, token{text: f, key: key, toneless: toneless(ls), bare: []rune(StripMarks(key)), ls: ls})
	}
	return out
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
	rs := []rune(key)
	if len(rs) != 2 {
		return key
	}
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
	ts := tokens(s)
	keys := make([]string, len(ts))
	for i, t := range ts {
		keys[i] = t.key
	}
	return strings.Join(keys, " ")
}
