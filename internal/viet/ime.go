package viet

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The input methods decode a whole string of keys, word by word. A word is
// a run of letters (ASCII letters and Vietnamese letters, so text that is
// already decoded can be typed on); everything else is copied through and
// ends the word. Each key either changes the word (a tone, a mark, đ) or
// is added as a letter. web/static/js/ime.js is a line-by-line port of
// this file: keep the two in step, and testdata/ime_vectors.json passing
// in both.

// Telex decodes Telex keys: s f r x j set sắc huyền hỏi ngã nặng and z
// clears the tone; aa ee oo give â ê ô, aw ow uw give ă ơ ư (w alone gives
// ư), uow gives ươ and dd gives đ. Tone and mark keys may come after the
// rest of the word ("tieengs", "truowngf"). A key pressed again undoes
// itself and is typed as a letter ("ass" → "as", "aaa" → "aa"); from then
// on that key is a plain letter in the word.
func Telex(keys string) string { return decodeKeys(keys, false) }

// VNI decodes VNI keys: 1–5 set sắc huyền hỏi ngã nặng and 0 clears the
// tone, 6 adds the circumflex, 7 the horn, 8 the breve and 9 makes đ. A
// digit that cannot apply to the word before it stays a digit and ends the
// word; so does a digit pressed again, which undoes itself ("a11" → "a1").
func VNI(keys string) string { return decodeKeys(keys, true) }

type keyResult int

const (
	keyNone    keyResult = iota // the key does nothing here: type it as a letter
	keyApplied                  // the key changed the word
	keyUndone                   // the key took back its own earlier effect
	keyUndoneW                  // a lone w's ư went back to w, which uses up this w
)

// imeWord is the word being decoded. The tone is kept for the whole word
// and placed only when the word is written, so it may be typed anywhere.
type imeWord struct {
	ls    []letter
	tone  Tone
	spent string // keys that undid themselves: plain letters from then on
}

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

func isIMELetter(r rune) bool {
	if isASCIILetter(r) || r == 'đ' || r == 'Đ' {
		return true
	}
	_, ok := runeInfo[r]
	return ok
}

func decodeKeys(keys string, vni bool) string {
	var b strings.Builder
	var w *imeWord
	flush := func() {
		if w != nil {
			b.WriteString(w.String())
			w = nil
		}
	}
	for _, r := range norm.NFC.String(keys) {
		if isIMELetter(r) {
			if w == nil {
				w = &imeWord{}
			}
			if vni || !isASCIILetter(r) {
				w.push(r)
			} else {
				w.telexKey(r)
			}
			continue
		}
		if vni && w != nil && r >= '0' && r <= '9' && w.vniKey(r) == keyApplied {
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// push adds a letter as typed. A letter that already carries a tone (text
// decoded earlier) gives the word its tone.
func (w *imeWord) push(r rune) {
	l, _ := decodeRune(r)
	if l.tone != Ngang {
		w.tone = l.tone
		l.tone = Ngang
	}
	w.ls = append(w.ls, l)
}

var telexTones = map[rune]Tone{'s': Sac, 'f': Huyen, 'r': Hoi, 'x': Nga, 'j': Nang}

func (w *imeWord) telexKey(k rune) {
	kl := unicode.ToLower(k)
	if strings.ContainsRune(w.spent, kl) {
		w.push(k)
		return
	}
	res := keyNone
	switch kl {
	case 's', 'f', 'r', 'x', 'j':
		res = w.setTone(telexTones[kl])
	case 'z':
		if w.tone != Ngang {
			w.tone = Ngang
			res = keyApplied
		}
	case 'a', 'e', 'o':
		res = w.circumflex(kl)
	case 'w':
		res = w.hook(true, true)
		if res == keyNone {
			w.ls = append(w.ls, letter{r: 'u', mark: markHorn, upper: k != kl, viet: true, fromW: true})
			res = keyApplied
		}
	case 'd':
		res = w.bar()
	}
	switch res {
	case keyNone:
		w.push(k)
	case keyUndone:
		w.spent += string(kl)
		w.push(k)
	case keyUndoneW:
		w.spent += string(kl)
	}
}

var vniTones = map[rune]Tone{'1': Sac, '2': Huyen, '3': Hoi, '4': Nga, '5': Nang}

func (w *imeWord) vniKey(k rune) keyResult {
	switch k {
	case '1', '2', '3', '4', '5':
		return w.setTone(vniTones[k])
	case '0':
		if w.tone != Ngang {
			w.tone = Ngang
			return keyApplied
		}
	case '6':
		return w.circumflex(0)
	case '7':
		return w.hook(false, true)
	case '8':
		return w.hook(true, false)
	case '9':
		return w.bar()
	}
	return keyNone
}

func (w *imeWord) setTone(t Tone) keyResult {
	if s, e := vowelGroup(w.ls); s == e {
		return keyNone
	}
	if w.tone == t {
		w.tone = Ngang
		return keyUndone
	}
	w.tone = t
	return keyApplied
}

// circumflex puts ^ on the last a, e or o of the vowel run (base 0: any of
// them, for VNI's 6). A Telex vowel key typed right after the vowel run
// but not right after its target is a new vowel, not a mark: "oeo" is
// ngoèo's rhyme, while "oo" and "tienge" mean ô and tiêng.
func (w *imeWord) circumflex(base rune) keyResult {
	s, e := vowelGroup(w.ls)
	for i := e - 1; i >= s; i-- {
		l := &w.ls[i]
		if base != 0 && l.r == base && e == len(w.ls) && i != e-1 {
			return keyNone
		}
		if (base == 0 && (l.r == 'a' || l.r == 'e' || l.r == 'o')) || l.r == base {
			if l.mark == markCircumflex {
				l.mark = markNone
				return keyUndone
			}
			l.mark = markCircumflex
			// ươ + o is meant as uô, not ưô.
			if l.r == 'o' && i > s && w.ls[i-1].r == 'u' {
				w.ls[i-1].mark = markNone
			}
			return keyApplied
		}
	}
	return keyNone
}

// hook adds the breve (to a) or the horn (to o, u), whichever the vowel
// run calls for: uo takes the horn on both (ươ), oa the breve on a (oă),
// ua the horn on u (ưa); otherwise the first a, o or u takes it.
func (w *imeWord) hook(breve, horn bool) keyResult {
	s, e := vowelGroup(w.ls)
	ls := w.ls
	if horn {
		for i := s; i+1 < e; i++ {
			if ls[i].r == 'u' && ls[i+1].r == 'o' {
				if ls[i].mark == markHorn && ls[i+1].mark == markHorn {
					ls[i].mark, ls[i+1].mark = markNone, markNone
					return keyUndone
				}
				ls[i].mark, ls[i+1].mark = markHorn, markHorn
				return keyApplied
			}
		}
	}
	if breve && horn {
		for i := s; i+1 < e; i++ {
			if ls[i].r == 'o' && ls[i+1].r == 'a' {
				return w.toggle(i+1, markBreve)
			}
		}
	}
	if horn {
		for i := s; i+1 < e; i++ {
			if ls[i].r == 'u' && ls[i+1].r == 'a' && ls[i+1].mark == markNone {
				return w.toggle(i, markHorn)
			}
		}
	}
	for i := s; i < e; i++ {
		switch {
		case breve && ls[i].r == 'a':
			return w.toggle(i, markBreve)
		case horn && (ls[i].r == 'o' || ls[i].r == 'u'):
			return w.toggle(i, markHorn)
		}
	}
	return keyNone
}

func (w *imeWord) toggle(i int, m mark) keyResult {
	l := &w.ls[i]
	if l.mark != m {
		l.mark = m
		return keyApplied
	}
	if l.fromW {
		*l = letter{r: 'w', upper: l.upper}
		return keyUndoneW
	}
	l.mark = markNone
	return keyUndone
}

// bar turns the word's initial d into đ.
func (w *imeWord) bar() keyResult {
	if len(w.ls) == 0 || w.ls[0].r != 'd' || !w.ls[0].viet {
		return keyNone
	}
	if w.ls[0].mark == markBar {
		w.ls[0].mark = markNone
		return keyUndone
	}
	w.ls[0].mark = markBar
	return keyApplied
}

// String writes the word. It first settles the horns of u+o, which the
// keys may leave half done: ươ is the only spelling before a final or
// glide (uơn, ưon → ươn), while open uơ is right after th, h, kh (thuở,
// huơ, khuơ). Then the tone goes where the new style puts it.
func (w *imeWord) String() string {
	ls := w.ls
	s, e := vowelGroup(ls)
	for i := s; i+1 < e; i++ {
		if ls[i].r != 'u' || ls[i+1].r != 'o' {
			continue
		}
		more := i+2 < len(ls)
		switch {
		case more && ls[i].mark == markNone && ls[i+1].mark == markHorn:
			ls[i].mark = markHorn
		case more && ls[i].mark == markHorn && ls[i+1].mark == markNone:
			ls[i+1].mark = markHorn
		case !more && ls[i].mark == markHorn && ls[i+1].mark == markHorn:
			if on := plainString(ls[:s]); on == "th" || on == "h" || on == "kh" {
				ls[i].mark = markNone
			}
		}
	}
	return lettersString(placeTone(ls, w.tone, StyleNew))
}
