package viet

import "fmt"

// Tone is one of the six Vietnamese tones. Ngang, the zero value, has no
// mark. The order matches the tone forms in vowelRows.
type Tone int

const (
	Ngang Tone = iota
	Huyen
	Sac
	Hoi
	Nga
	Nang
)

var (
	toneASCII = [...]string{"ngang", "huyen", "sac", "hoi", "nga", "nang"}
	toneViet  = [...]string{"ngang", "huyền", "sắc", "hỏi", "ngã", "nặng"}
)

func (t Tone) valid() bool { return t >= Ngang && t <= Nang }

// String returns the ASCII name ("sac"), which is stable enough for JSON,
// URLs and translation keys.
func (t Tone) String() string {
	if !t.valid() {
		return fmt.Sprintf("Tone(%d)", int(t))
	}
	return toneASCII[t]
}

// Vietnamese returns the tone's Vietnamese name ("sắc"), used in the
// English feedback because learners are taught the tones by these names.
func (t Tone) Vietnamese() string {
	if !t.valid() {
		return t.String()
	}
	return toneViet[t]
}

// MarshalText writes the ASCII name so JSON carries "sac", not 2.
func (t Tone) MarshalText() ([]byte, error) {
	if !t.valid() {
		return nil, fmt.Errorf("viet: invalid tone %d", int(t))
	}
	return []byte(toneASCII[t]), nil
}

// UnmarshalText accepts the ASCII or the Vietnamese name.
func (t *Tone) UnmarshalText(b []byte) error {
	p, ok := ParseTone(string(b))
	if !ok {
		return fmt.Errorf("viet: unknown tone %q", b)
	}
	*t = p
	return nil
}

// ParseTone reads an ASCII ("nga") or Vietnamese ("ngã") tone name.
func ParseTone(name string) (Tone, bool) {
	for i := range toneASCII {
		if name == toneASCII[i] || name == toneViet[i] {
			return Tone(i), true
		}
	}
	return Ngang, false
}
