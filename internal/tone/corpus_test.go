package tone

import "testing"

func TestWithTone(t *testing.T) {
	tests := []struct{ base, tone, want string }{
		{"ba", Sac, "bá"},
		{"hoa", Huyen, "hoà"},
		{"mua", Hoi, "mủa"},
		{"mưa", Nga, "mữa"},
		{"lương", Huyen, "lường"},
		{"quân", Nang, "quận"},
		{"gi", Huyen, "gì"},
		{"khuya", Sac, "khuýa"},
		{"nhiêu", Hoi, "nhiểu"},
		{"viêt", Nang, "việt"},
		{"tuôi", Hoi, "tuổi"},
		{"hoc", Nang, "học"},
		{"ba", Ngang, "ba"},
	}
	for _, tt := range tests {
		if got := withTone(tt.base, tt.tone); got != tt.want {
			t.Errorf("withTone(%q, %s) = %q, want %q", tt.base, tt.tone, got, tt.want)
		}
		if got, _ := toneOf(withTone(tt.base, tt.tone)); got != tt.tone {
			t.Errorf("toneOf(withTone(%q, %s)) = %s", tt.base, tt.tone, got)
		}
	}
	if n := len(openBases) + len(checkedBases); n < 60 {
		t.Errorf("only %d base syllables", n)
	}
	for _, b := range checkedBases {
		if _, base := toneOf(b); !isChecked(base) {
			t.Errorf("%q is in checkedBases but not checked", b)
		}
	}
	for _, b := range openBases {
		if _, base := toneOf(b); isChecked(base) {
			t.Errorf("%q is in openBases but checked", b)
		}
	}
}
