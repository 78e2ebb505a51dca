package tone

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Base syllables (no tone mark) for the synthetic evaluation. They cover
// voiced and voiceless onsets (which shape the pitch at the start of a
// syllable), open syllables, glides, nasal codas and the two-, three-vowel
// nuclei. Not all base+tone pairs are dictionary words; all are possible
// syllables, which is what a tone detector has to handle.
var openBases = []string{
	"ba", "ma", "la", "na", "ca", "ha", "ta", "xa", "va", "da",
	"me", "be", "le", "mi", "li", "ki", "bo", "co", "lo", "mo",
	"hô", "cô", "tô", "mơ", "bơ", "thơ", "cu", "mu", "tu", "thư",
	"tư", "mai", "hai", "tai", "bao", "cao", "sao", "đau", "cau", "mây",
	"tây", "nay", "bay", "tay", "mua", "cua", "mưa", "bia", "chia", "đi",
	"ga", "nha", "ngô", "hoa", "khoe", "thuy", "lan", "ban", "can", "nam",
	"lam", "tâm", "cơm", "sông", "công", "đông", "dân", "tin", "minh", "xanh",
	"anh", "binh", "lương", "đương", "tiên", "biên", "nguyên", "muôn", "ngươi", "tuôi",
	"yên", "ơn", "em", "gi", "nhiêu", "khuya", "trăng", "phong", "rau", "quân",
}

// Checked syllables end in p, t, c or ch and only take sắc or nặng.
var checkedBases = []string{
	"bat", "cac", "tat", "mat", "hoc", "đoc", "viêt", "băt", "tâp", "hop",
	"lơp", "đât", "nhât", "sach", "ich", "lich", "thich", "khach", "bêp", "ruôt",
	"tôt", "môt", "phut", "hêt", "măc", "biêt", "giup", "đep", "mươt", "xuât",
}

var toneMarks = map[string]rune{
	Huyen: '\u0300', Sac: '\u0301', Hoi: '\u0309', Nga: '\u0303', Nang: '\u0323',
}

// withTone puts a tone mark on a toneless syllable following the new
// (school textbook) placement rules.
func withTone(base, tone string) string {
	mark, ok := toneMarks[tone]
	if !ok {
		return base
	}
	rs := []rune(norm.NFD.String(base))
	// Letters are a base rune plus its own quality marks (circumflex, breve,
	// horn); group them to find vowels.
	type letter struct {
		i, j  int
		base  rune
		plain bool
	}
	var ls []letter
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && unicode.Is(unicode.Mn, rs[j]) {
			j++
		}
		ls = append(ls, letter{i: i, j: j, base: unicode.ToLower(rs[i]), plain: j == i+1})
		i = j
	}
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiouy", r) }
	first := -1
	for k, l := range ls {
		if isVowel(l.base) {
			first = k
			break
		}
	}
	if first < 0 {
		return base
	}
	// In qu- and gi- the u and i belong to the onset.
	if first > 0 && ((ls[first-1].base == 'q' && ls[first].base == 'u') ||
		(ls[first-1].base == 'g' && ls[first].base == 'i' && first+1 < len(ls) && isVowel(ls[first+1].base))) {
		first++
	}
	last := first
	for last+1 < len(ls) && isVowel(ls[last+1].base) {
		last++
	}
	target := -1
	for k := first; k <= last; k++ {
		if !ls[k].plain {
			target = k // ươ: the later one wins
		}
	}
	if target < 0 {
		hasCoda := last+1 < len(ls)
		n := last - first + 1
		switch {
		case n == 1 || hasCoda:
			target = last
		case n == 3:
			target = first + 1
		default:
			pair := string([]rune{ls[first].base, ls[last].base})
			if pair == "oa" || pair == "oe" || pair == "uy" {
				target = last
			} else {
				target = first
			}
		}
	}
	l := ls[target]
	out := append([]rune{}, rs[:l.j]...)
	out = append(out, mark)
	out = append(out, rs[l.j:]...)
	return norm.NFC.String(string(out))
}
