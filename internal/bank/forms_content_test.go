package bank

import (
	"strings"
	"testing"
)

// The shipped screening forms meet every form rule of issue 13 (minutes of
// audio, long recordings, one play, levels, weights, nothing shared, no
// in_vietnam item), whatever state the other banks' lint is in.
func TestShippedScreeningFormsMeetTheRules(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads every bank")
	}
	b, err := Load("../../question_banks")
	if err != nil {
		t.Fatal(err)
	}
	var forms []*Blueprint
	for _, id := range []string{"screening-form-a", "screening-form-b"} {
		bp, ok := b.Blueprint(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		forms = append(forms, bp)
		for _, s := range bp.Sections {
			for _, p := range s.Parts {
				for _, id := range p.Items {
					if it, ok := b.Item(id); ok && it.Context == ContextInVietnam {
						t.Errorf("%s part %s: %s is tagged in_vietnam", bp.ID, p.ID, id)
					}
				}
			}
		}
	}
	if ps := FormProblems(b, forms...); len(ps) > 0 {
		var msgs []string
		for _, p := range ps {
			msgs = append(msgs, p.String())
		}
		t.Errorf("form rules:\n%s", strings.Join(msgs, "\n"))
	}
	bp, _ := b.Blueprint("screening")
	if bp == nil || !bp.Excludes(ContextInVietnam) || !bp.IsScreening() {
		t.Error("the screening blueprint must be purpose: screening and exclude in_vietnam")
	}
}
