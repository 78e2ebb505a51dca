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

// TestWarnings prints the Bậc 4–5 items lint warns about (AUDIT_ALL=1).
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
}
