package bank

import "testing"

// The shipped read-aloud rubric covers the four criteria on the 0–10 scale
// raters type, with band descriptors in Lao and Vietnamese.
func TestShippedReadAloudRubric(t *testing.T) {
	t.Parallel()
	b := loadCore(t)
	rb, ok := b.rubrics["speaking-read-aloud"]
	if !ok {
		t.Fatal("no rubric speaking-read-aloud in the core bank")
	}
	if rb.For != TypeReadAloud {
		t.Errorf("for = %q, want read_aloud", rb.For)
	}
	have := map[string]bool{}
	for _, c := range rb.Criteria {
		have[c.ID] = true
		lo, hi := 10, 0
		for _, bd := range c.Bands {
			lo, hi = min(lo, bd.Score), max(hi, bd.Score)
			if bd.Descriptor.Lo == "" || bd.Descriptor.Vi == "" {
				t.Errorf("%s band %d: descriptor needs lo and vi", c.ID, bd.Score)
			}
		}
		if lo != 0 || hi != 10 {
			t.Errorf("%s: bands %d–%d, want 0–10", c.ID, lo, hi)
		}
	}
	for _, c := range ReadAloudCriteria {
		if !have[c] {
			t.Errorf("criterion %s missing", c)
		}
	}
	if have["organisation"] || have["vocabulary"] {
		t.Error("read-aloud rubric rates organisation or vocabulary")
	}
	for _, it := range b.Items {
		if it.Type == TypeReadAloud && it.Rubric != rb.ID {
			t.Errorf("%s: read_aloud rated with %q", it.ID, it.Rubric)
		}
	}
}
