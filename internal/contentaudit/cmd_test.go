package contentaudit

import (
	"os"
	"testing"

	"hocviet/internal/bank"
)

// TestShippedBanks runs the content rules over question_banks.
func TestShippedBanks(t *testing.T) {
	b, err := bank.Load("../../question_banks")
	if err != nil {
		t.Fatal(err)
	}
	ps := Problems(b)
	if os.Getenv("AUDIT_ALL") != "" {
		for _, p := range ps {
			t.Log(p)
		}
	}
	if len(ps) > 0 {
		t.Errorf("%d content problems, first: %s", len(ps), ps[0])
	}
}

// TestWarnings: no Bậc 4–5 key copies its passage and no gap offers options
// sharing their first syllable (AUDIT_ALL=1 lists them).
func TestWarnings(t *testing.T) {
	b, err := bank.Load("../../question_banks")
	if err != nil {
		t.Fatal(err)
	}
	ws := Warnings(b)
	if os.Getenv("AUDIT_ALL") != "" {
		for _, w := range ws {
			t.Log(w)
		}
	}
	t.Logf("%d warnings", len(ws))
	if len(ws) > 0 {
		t.Errorf("%d Bậc 4–5 items copy their passage or offer look-alike options, first: %s", len(ws), ws[0])
	}
}
