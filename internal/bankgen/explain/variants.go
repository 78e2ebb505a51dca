package explain

import (
	"strings"

	"hocviet/internal/viet"
)

// spellingPairs are spellings a teacher accepts either way that the
// grading engine does not equate by itself (it already equates i/y in
// lý/lí, old and new tone placement, digits and number words): the
// dictionary allows both hằng and hàng in "every day", mồng and mùng before
// a day, and Vietnamese texts write Lenin and Vientiane several ways.
var spellingPairs = [][2]string{
	{"hằng ngày", "hàng ngày"}, {"hằng năm", "hàng năm"}, {"hằng tháng", "hàng tháng"}, {"hằng tuần", "hàng tuần"},
	{"hằng quý", "hàng quý"}, {"mồng", "mùng"}, {"Lê-nin", "Lênin"}, {"Lê-nin", "Lê Nin"}, {"Viêng Chăn", "Viên Chăn"},
}

// Variants returns the accepted answers with every other accepted
// spelling added (each pair applied on its own, then all together), no
// two equal for the grading engine.
func Variants(accept []string) []string {
	out := append([]string(nil), accept...)
	seen := map[string]bool{}
	for _, a := range out {
		seen[viet.Key(a)] = true
	}
	add := func(s string) {
		if k := viet.Key(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, a := range accept {
		all := a
		for _, p := range spellingPairs {
			for _, d := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
				if v := replaceWord(a, d[0], d[1]); v != a {
					add(v)
					all = replaceWord(all, d[0], d[1])
				}
			}
		}
		add(all)
	}
	return out
}

// replaceWord replaces from with to where from stands as whole syllables,
// in lower case or with a capital first letter.
func replaceWord(s, from, to string) string {
	for _, f := range []string{from, capFirst(from)} {
		t := to
		if f != from {
			t = capFirst(to)
		}
		var b strings.Builder
		rest := s
		for {
			i := strings.Index(rest, f)
			if i < 0 {
				b.WriteString(rest)
				break
			}
			end := i + len(f)
			if boundary(rest[:i], true) && boundary(rest[end:], false) {
				b.WriteString(rest[:i] + t)
			} else {
				b.WriteString(rest[:end])
			}
			rest = rest[end:]
		}
		s = b.String()
	}
	return s
}

func boundary(s string, before bool) bool {
	if s == "" {
		return true
	}
	var r rune
	if before {
		for _, x := range s {
			r = x
		}
	} else {
		for _, x := range s {
			r = x
			break
		}
	}
	return !wordRe.MatchString(string(r))
}
