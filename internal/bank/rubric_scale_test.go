package bank

import "testing"

// Issue 17.10: rubric bands sit on the rating form's 0–10 scale, and lint
// says so (and asks for Lao descriptors) when a rubric does not.
func TestRubricBandsOnTheScoreScale(t *testing.T) {
	t.Parallel()
	// The core rubrics: raters type a score out of 10, so the bands beside
	// the field are numbered on the same scale, and read in Lao or
	// Vietnamese.
	b, err := Load("../../question_banks/core")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Rubrics) == 0 {
		t.Fatal("no core rubrics")
	}
	for _, rb := range b.Rubrics {
		for _, c := range rb.Criteria {
			top := 0
			for _, bd := range c.Bands {
				top = max(top, bd.Score)
				if bd.Descriptor.Lo == "" || bd.Descriptor.Vi == "" {
					t.Errorf("%s %s band %d: descriptor missing in Lao or Vietnamese", rb.ID, c.ID, bd.Score)
				}
			}
			if top != 10 {
				t.Errorf("%s %s: bands stop at %d, the score field goes to 10", rb.ID, c.ID, top)
			}
		}
	}
}
