package viet

import (
	"regexp"
	"strconv"
	"strings"
)

// A number may be written in digits or in words, and a dictation that
// says "tám giờ" is right when the candidate types "8 giờ". DigitForm
// rewrites every number written in words as digits, so the grader can
// compare the two spellings; a number already in digits is only tidied
// (thousands dots dropped, decimal point as a comma, % as "phần trăm").
//
// The word forms read are those a Vietnamese teacher accepts: mười lăm,
// hai mươi lăm and the spoken hai lăm, hai mươi mốt, hai mươi tư/bốn,
// nghìn or ngàn, lẻ or linh (một trăm lẻ năm), không trăm (hai nghìn
// không trăm hai mươi ba), triệu, tỷ/tỉ, decimals with phẩy, and ordinals
// after thứ (thứ nhất, thứ nhì, thứ tư). Words that are numbers only
// inside a number (không "not", mốt "the day after tomorrow", lăm, tư) are
// read as numbers only there, so "Tôi không biết" stays words.

// digitWords are the words for 0–9 that may stand alone.
var digitWords = map[string]int{
	"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
	"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// unitAfterTens are the units that may follow mươi (or a tens digit in the
// spoken "hai lăm"): mốt for 1, tư for 4, lăm/nhăm for 5. "năm" after
// mươi is "years" (hai mươi năm), so it is not read as 25.
var unitAfterTens = map[string]int{
	"mốt": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5,
	"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// unitAfterTen follows mười: mười một, mười bốn or mười tư, mười lăm.
var unitAfterTen = map[string]int{
	"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5,
	"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

var scales = map[string]int64{"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

// ordinals after thứ that are not plain numbers.
var ordinals = map[string]int{"nhất": 1, "nhì": 2, "tư": 4}

var (
	percentSign   = regexp.MustCompile(`(\d)\s*%`)
	thousandsDots = regexp.MustCompile(`^\d{1,3}(\.\d{3})+$`)
	decimalPoint  = regexp.MustCompile(`^\d+\.\d+$`)
	allDigits     = regexp.MustCompile(`^\d+(,\d+)?$`)
)

// DigitForm returns s with every number in words written in digits, the
// words of s in their grading key form (lower case, marks placed); two
// answers that say the same numbers have the same DigitForm key.
func DigitForm(s string) string {
	s = percentSign.ReplaceAllString(s, "$1 phần trăm")
	ts := tokens(s)
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = t.key
	}
	var out []string
	for i := 0; i < len(words); {
		w := words[i]
		if isDigitToken(w) {
			out = append(out, tidyDigits(w))
			i++
			continue
		}
		if w == "thứ" && i+1 < len(words) {
			if v, ok := ordinals[words[i+1]]; ok {
				out = append(out, w, strconv.Itoa(v))
				i += 2
				continue
			}
		}
		if v, n := parseNumber(words[i:]); n > 0 {
			out = append(out, v)
			i += n
			continue
		}
		out = append(out, ts[i].text)
		i++
	}
	return strings.Join(out, " ")
}

func isDigitToken(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.,") == "" && strings.ContainsAny(w, "0123456789")
}

// tidyDigits writes 1.000.000 as 1000000 and 2.5 as 2,5 (the Vietnamese
// decimal comma).
func tidyDigits(w string) string {
	switch {
	case thousandsDots.MatchString(w):
		return strings.ReplaceAll(w, ".", "")
	case decimalPoint.MatchString(w):
		return strings.Replace(w, ".", ",", 1)
	case allDigits.MatchString(w) && len(w) > 1 && w[0] == '0' && !strings.HasPrefix(w, "0,"):
		// 08 giờ is 8 giờ.
		if t := strings.TrimLeft(w, "0"); t != "" && t[0] != ',' {
			return t
		}
		return "0"
	}
	return w
}

// parseNumber reads the longest number in words at the start of ws and
// returns it in digits with the count of words read (0: no number). A
// lone không is "not", never zero.
func parseNumber(ws []string) (string, int) {
	var total int64
	i := 0
	for i < len(ws) {
		g, n := parseHundreds(ws[i:])
		if n == 0 {
			break
		}
		if i+n < len(ws) {
			if sc, ok := scales[ws[i+n]]; ok {
				total += g * sc
				i += n + 1
				continue
			}
		}
		total += g
		i += n
		break
	}
	if i == 0 {
		return "", 0
	}
	out := strconv.FormatInt(total, 10)
	// A decimal: hai phẩy năm = 2,5 (chấm is the spoken point of a
	// computer reading). The digits after the point are read one by one
	// or as a number; both give the same digits here.
	if i+1 < len(ws) && (ws[i] == "phẩy" || ws[i] == "chấm") {
		frac := ""
		j := i + 1
		for j < len(ws) {
			d, ok := digitWords[ws[j]]
			if !ok {
				break
			}
			frac += strconv.Itoa(d)
			j++
		}
		if frac != "" {
			return out + "," + frac, j
		}
	}
	if i == 1 && ws[0] == "không" {
		return "", 0
	}
	return out, i
}

// parseHundreds reads a number below 1000: [d trăm] [lẻ/linh d | tens].
func parseHundreds(ws []string) (int64, int) {
	var v int64
	i := 0
	hundred := false
	if len(ws) >= 2 && ws[1] == "trăm" {
		if d, ok := digitWords[ws[0]]; ok {
			v, i, hundred = int64(d)*100, 2, true
		}
	}
	if hundred && i+1 < len(ws) && (ws[i] == "lẻ" || ws[i] == "linh") {
		if d, ok := digitWords[ws[i+1]]; ok && d > 0 {
			return v + int64(d), i + 2
		}
	}
	// Right after a scale word (nghìn lẻ năm) the lẻ comes first.
	if !hundred && len(ws) >= 2 && (ws[0] == "lẻ" || ws[0] == "linh") {
		if d, ok := digitWords[ws[1]]; ok && d > 0 {
			return int64(d), 2
		}
	}
	t, n := parseTens(ws[i:])
	return v + t, i + n
}

// parseTens reads a number below 100.
func parseTens(ws []string) (int64, int) {
	if len(ws) == 0 {
		return 0, 0
	}
	if ws[0] == "mười" {
		if len(ws) > 1 {
			if u, ok := unitAfterTen[ws[1]]; ok {
				return 10 + int64(u), 2
			}
		}
		return 10, 1
	}
	d, ok := digitWords[ws[0]]
	if !ok {
		return 0, 0
	}
	if len(ws) > 1 && ws[1] == "mươi" && d >= 2 {
		if len(ws) > 2 {
			if u, ok := unitAfterTens[ws[2]]; ok {
				return int64(d*10 + u), 3
			}
		}
		return int64(d * 10), 2
	}
	// The spoken short forms: hai lăm (25), ba mốt (31), hai tư (24).
	if len(ws) > 1 && d >= 2 {
		switch ws[1] {
		case "lăm", "nhăm", "mốt", "tư":
			return int64(d*10 + unitAfterTens[ws[1]]), 2
		}
	}
	return int64(d), 1
}
