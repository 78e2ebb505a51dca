package reference

import "testing"

func TestFindDisplayCanonical(t *testing.T) {
	cases := []struct {
		kind                  Kind
		in, lo, vi, en, canon string
	}{
		{Districts, "Xam Neua", "ຊຳເໜືອ", "Sầm Nưa", "Xamneua", "Sầm Nưa"},
		{Districts, "ຊ່ອນ", "ຊ່ອນ", "Xon", "Xon", "Xon"},
		{Districts, "hp-xiengkhor", "ຊຽງຄໍ້", "Xiêng Khọ", "Xiengkhor", "Xiêng Khọ"},
		{Positions, "trưởng  phòng", "ຫົວໜ້າຂະແໜງ", "Trưởng phòng", "Head of section", "Trưởng phòng"},
		{Positions, "ເລຂາໜ່ວຍພັກ", "ເລຂາໜ່ວຍພັກ", "Bí thư chi bộ", "Party cell secretary", "Bí thư chi bộ"},
		{Positions, "pho-giam-doc-so", "ຮອງຫົວໜ້າພະແນກ", "Phó giám đốc sở", "Deputy director of a provincial department", "Phó giám đốc sở"},
		{Units, "Sở Y tế tỉnh Hủa Phăn", "ພະແນກສາທາລະນະສຸກ ແຂວງຫົວພັນ", "Sở Y tế tỉnh Hủa Phăn", "Houaphanh Department of Health", "Sở Y tế tỉnh Hủa Phăn"},
		// Unknown text is kept and shown as it is.
		{Positions, "Trưởng phòng Nội vụ huyện", "Trưởng phòng Nội vụ huyện", "Trưởng phòng Nội vụ huyện", "Trưởng phòng Nội vụ huyện", "Trưởng phòng Nội vụ huyện"},
	}
	for _, c := range cases {
		for lang, want := range map[string]string{"lo": c.lo, "vi": c.vi, "en": c.en} {
			if got := Display(c.kind, c.in, lang); got != want {
				t.Errorf("Display(%s, %q, %s) = %q, want %q", c.kind, c.in, lang, got, want)
			}
		}
		if got := Canonical(c.kind, c.in); got != c.canon {
			t.Errorf("Canonical(%s, %q) = %q, want %q", c.kind, c.in, got, c.canon)
		}
	}
	if n := len(List(Districts)); n != 10 {
		t.Errorf("%d districts of Houaphanh, want 10", n)
	}
}

// No two entries of a list may share a name: a text would then mean two
// things.
func TestNamesAreUnambiguous(t *testing.T) {
	for _, k := range []Kind{Positions, Units, Districts} {
		seen := map[string]string{}
		for _, e := range List(k) {
			for _, n := range append([]string{e.Code, e.Lo, e.Vi, e.En}, e.Aliases...) {
				if prev, ok := seen[fold(n)]; ok && prev != e.Code {
					t.Errorf("%s: %q names both %s and %s", k, n, prev, e.Code)
				}
				seen[fold(n)] = e.Code
			}
			if e.Lo == "" || e.Vi == "" || e.En == "" {
				t.Errorf("%s %s lacks a name", k, e.Code)
			}
		}
	}
}
