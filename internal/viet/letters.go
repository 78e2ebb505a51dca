package viet

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// mark is a letter's own diacritic. It is kept apart from the tone because
// the grader treats the two kinds of mistake differently, and because the
// tone belongs to the syllable while the mark belongs to the letter.
type mark uint8

const (
	markNone       mark = iota
	markBreve           // ă
	markCircumflex      // â ê ô
	markHorn            // ơ ư
	markBar             // đ
)

// vowelRows lists every Vietnamese vowel with its six tone forms in Tone
// order. The input methods and the placement code both build letters from
// this one table, so a JavaScript port needs to copy only these strings.
var vowelRows = [...]struct {
	base  rune
	mark  mark
	forms string
}{
	{'a', markNone, "aàáảãạ"},
	{'a', markBreve, "ăằắẳẵặ"},
	{'a', markCircumflex, "âầấẩẫậ"},
	{'e', markNone, "eèéẻẽẹ"},
	{'e', markCircumflex, "êềếểễệ"},
	{'i', markNone, "iìíỉĩị"},
	{'o', markNone, "oòóỏõọ"},
	{'o', markCircumflex, "ôồốổỗộ"},
	{'o', markHorn, "ơờớởỡợ"},
	{'u', markNone, "uùúủũụ"},
	{'u', markHorn, "ưừứửữự"},
	{'y', markNone, "yỳýỷỹỵ"},
}

type vowelInfo struct {
	base  rune
	mark  mark
	tone  Tone
	upper bool
}

// The tables are filled once by init and only read afterwards.
var (
	runeInfo  = map[rune]vowelInfo{}  // precomposed vowel → parts
	vowelForm = map[[2]rune][6]rune{} // (base, mark) → forms by tone
)

func init() {
	for _, row := range vowelRows {
		var forms [6]rune
		for t, r := range []rune(row.forms) {
			forms[t] = r
			runeInfo[r] = vowelInfo{row.base, row.mark, Tone(t), false}
			runeInfo[unicode.ToUpper(r)] = vowelInfo{row.base, row.mark, Tone(t), true}
		}
		vowelForm[[2]rune{row.base, rune(row.mark)}] = forms
	}
	for r, v := range runeInfo {
		switch {
		case r < vowelLoEnd:
			vowelLo[r] = vowelEntry{v, true}
		case r >= vowelHiStart && r < vowelHiStart+rune(len(vowelHi)):
			vowelHi[r-vowelHiStart] = vowelEntry{v, true}
		default:
			panic(fmt.Sprintf("viet: vowel %q outside the lookup arrays", r))
		}
	}
	for k, forms := range vowelForm {
		formsByBase[vowelIndex(k[0])][k[1]] = formEntry{forms, true}
	}
}

// Every letter of every text keyed, normalised or graded is looked up in
// the tables above; these arrays give the same answers without hashing.
// Vietnamese vowels are all below U+01B1 or in U+1EA0–U+1EFF (init checks).
const (
	vowelLoEnd   = 0x1B1
	vowelHiStart = 0x1EA0
)

type vowelEntry struct {
	vowelInfo
	ok bool
}

type formEntry struct {
	forms [6]rune
	ok    bool
}

var (
	vowelLo     [vowelLoEnd]vowelEntry
	vowelHi     [0x60]vowelEntry
	formsByBase [7][markBar + 1]formEntry // by vowelIndex, then mark
)

// vowelOf is runeInfo[r].
func vowelOf(r rune) (vowelInfo, bool) {
	switch {
	case r >= 0 && r < vowelLoEnd:
		e := vowelLo[r]
		return e.vowelInfo, e.ok
	case r >= vowelHiStart && r < vowelHiStart+rune(len(vowelHi)):
		e := vowelHi[r-vowelHiStart]
		return e.vowelInfo, e.ok
	}
	return vowelInfo{}, false
}

// vowelIndex numbers the vowel bases from 1; anything else is 0, which
// holds no forms.
func vowelIndex(base rune) int {
	switch base {
	case 'a':
		return 1
	case 'e':
		return 2
	case 'i':
		return 3
	case 'o':
		return 4
	case 'u':
		return 5
	case 'y':
		return 6
	}
	return 0
}

// formsOf is vowelForm[[2]rune{base, rune(m)}].
func formsOf(base rune, m mark) ([6]rune, bool) {
	if m > markBar {
		return [6]rune{}, false
	}
	e := formsByBase[vowelIndex(base)][m]
	return e.forms, e.ok
}

// toneMark is combiningTone[r] and letterMark combiningMark[r]: both sets
// lie in U+0300–U+036F, which most runes are not.
func toneMark(r rune) (Tone, bool) {
	if r < 0x300 || r > 0x36F {
		return Ngang, false
	}
	t, ok := combiningTone[r]
	return t, ok
}

func letterMark(r rune) (mark, bool) {
	if r < 0x300 || r > 0x36F {
		return markNone, false
	}
	m, ok := combiningMark[r]
	return m, ok
}

// Combining marks that can survive NFC when typed on a letter that has no
// precomposed form (a tone on a consonant, a circumflex after a tone).
var (
	combiningTone = map[rune]Tone{
		'\u0300': Huyen, '\u0340': Huyen,
		'\u0301': Sac, '\u0341': Sac,
		'\u0309': Hoi,
		'\u0303': Nga,
		'\u0323': Nang,
	}
	combiningMark = map[rune]mark{
		'\u0302': markCircumflex,
		'\u0306': markBreve,
		'\u031B': markHorn,
	}
)

// letter is one written letter taken apart. For letters outside the
// Vietnamese alphabet r holds the rune as written and viet is false.
type letter struct {
	r     rune // lower-case ASCII base for Vietnamese letters
	mark  mark
	tone  Tone
	upper bool
	viet  bool
	fromW bool // an ư made by a lone Telex w; undoing it gives back the w
}

func isVowelBase(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func (l letter) isVowel() bool { return l.viet && isVowelBase(l.r) }

// decodeRune reads one rune as a letter. ok is false for runes that are not
// letters at all (digits, punctuation, combining marks).
func decodeRune(r rune) (l letter, ok bool) {
	if v, found := vowelOf(r); found {
		return letter{r: v.base, mark: v.mark, tone: v.tone, upper: v.upper, viet: true}, true
	}
	switch {
	case r == 'đ':
		return letter{r: 'd', mark: markBar, viet: true}, true
	case r == 'Đ':
		return letter{r: 'd', mark: markBar, upper: true, viet: true}, true
	case r >= 'a' && r <= 'z':
		return letter{r: r, viet: !isForeignASCII(r)}, true
	case r >= 'A' && r <= 'Z':
		lr := r + ('a' - 'A')
		return letter{r: lr, upper: true, viet: !isForeignASCII(lr)}, true
	case unicode.IsLetter(r):
		return letter{r: r}, true
	}
	return letter{}, false
}

// isForeignASCII reports the Latin letters the Vietnamese alphabet lacks.
func isForeignASCII(r rune) bool { return r == 'f' || r == 'j' || r == 'w' || r == 'z' }

// decodeWord takes apart a run of letters and combining marks. A combining
// tone left over after NFC is moved onto the letter before it, so "b́a" is
// read as one tone in the syllable. ok is false when a mark cannot be read
// as Vietnamese (a mark with nothing before it, a circumflex on u, ...).
func decodeWord(rs []rune) (ls []letter, ok bool) {
	ls, ok = make([]letter, 0, len(rs)), true
	for _, r := range rs {
		ls = appendRune(ls, r, &ok)
	}
	return ls, ok
}

// appendWord is decodeWord of the runes of w, appended to ls.
func appendWord(ls []letter, w string) ([]letter, bool) {
	ok := true
	for _, r := range w {
		ls = appendRune(ls, r, &ok)
	}
	return ls, ok
}

// appendRune adds r to the letters read so far; *ok turns false when r
// cannot be read as Vietnamese.
func appendRune(ls []letter, r rune, ok *bool) []letter {
	if t, found := toneMark(r); found {
		if len(ls) == 0 || !ls[len(ls)-1].viet || (ls[len(ls)-1].tone != Ngang && ls[len(ls)-1].tone != t) {
			*ok = false
			return append(ls, letter{r: r})
		}
		ls[len(ls)-1].tone = t
		return ls
	}
	if m, found := letterMark(r); found {
		if len(ls) == 0 || !canTakeMark(ls[len(ls)-1], m) {
			*ok = false
			return append(ls, letter{r: r})
		}
		ls[len(ls)-1].mark = m
		return ls
	}
	l, isLetter := decodeRune(r)
	if !isLetter {
		l = letter{r: r}
		*ok = false
	}
	if !l.viet {
		*ok = false
	}
	return append(ls, l)
}

func canTakeMark(l letter, m mark) bool {
	if !l.viet || l.mark != markNone {
		return false
	}
	switch m {
	case markBreve:
		return l.r == 'a'
	case markCircumflex:
		return l.r == 'a' || l.r == 'e' || l.r == 'o'
	case markHorn:
		return l.r == 'o' || l.r == 'u'
	}
	return false
}

// rune builds the precomposed rune for l, tone included.
func (l letter) rune() rune {
	if !l.viet {
		if l.upper {
			return unicode.ToUpper(l.r)
		}
		return l.r
	}
	r := l.r
	if forms, found := formsOf(l.r, l.mark); found {
		r = forms[l.tone]
	} else if l.r == 'd' && l.mark == markBar {
		r = 'đ'
	}
	if l.upper {
		r = unicode.ToUpper(r)
	}
	return r
}

// String writes the letter; a tone on a consonant, which has no
// precomposed form, is written as a combining mark so nothing is lost.
func (l letter) String() string {
	s := string(l.rune())
	if l.tone != Ngang && !l.isVowel() {
		s += string(toneCombining[l.tone])
	}
	return s
}

var toneCombining = [...]rune{0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}

// plain is the lower-case letter with its mark and without tone; it is the
// form used to name letters in feedback ("ư instead of u").
func (l letter) plain() string {
	l.tone = Ngang
	l.upper = false
	return string(l.rune())
}

func lettersString(ls []letter) string {
	var b strings.Builder
	writeLetters(&b, ls)
	return b.String()
}

// writeLetters writes each letter as String does, without a string each.
func writeLetters(b *strings.Builder, ls []letter) {
	for _, l := range ls {
		b.WriteRune(l.rune())
		if l.tone != Ngang && !l.isVowel() {
			b.WriteRune(toneCombining[l.tone])
		}
	}
}

// StripMarks removes tones and letter marks (đ becomes d) and keeps case:
// "Đất Nước" → "Dat Nuoc". Other characters are kept as they are.
func StripMarks(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if _, found := toneMark(r); found {
			continue
		}
		if _, found := letterMark(r); found {
			continue
		}
		if v, found := vowelOf(r); found {
			if v.upper {
				b.WriteRune(unicode.ToUpper(v.base))
			} else {
				b.WriteRune(v.base)
			}
			continue
		}
		switch r {
		case 'đ':
			b.WriteRune('d')
		case 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasMarks reports whether s carries any Vietnamese tone or letter mark.
func hasMarks(s string) bool {
	for _, r := range norm.NFC.String(s) {
		if v, found := vowelOf(r); found && (v.tone != Ngang || v.mark != markNone) {
			return true
		}
		if r == 'đ' || r == 'Đ' {
			return true
		}
		if _, found := toneMark(r); found {
			return true
		}
		if _, found := letterMark(r); found {
			return true
		}
	}
	return false
}
