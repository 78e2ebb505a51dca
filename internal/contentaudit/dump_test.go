package contentaudit

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

// TestDumpKeys writes the typed keys for the audit when AUDIT_DUMP names a file.
func TestDumpKeys(t *testing.T) {
	out := os.Getenv("AUDIT_DUMP")
	if out == "" {
		t.Skip("AUDIT_DUMP not set")
	}
	b, err := bank.Load("../../question_banks")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, it := range b.Items {
		switch it.Type {
		case bank.TypeOrderWords:
			fmt.Fprintf(&sb, "%s\tORDER\t%s\t%s\n", it.ID, strings.Join(it.Words, " / "), strings.Join(it.Accept, " || "))
		case bank.TypeDictation, bank.TypeAddMarks:
			fmt.Fprintf(&sb, "%s\t%s\t%s\n", it.ID, strings.ToUpper(it.Type), strings.Join(it.Accept, " || "))
		case bank.TypeGapFill, bank.TypeCloze:
			var gs []string
			typed := false
			for _, g := range it.Gaps {
				if len(g.Accept) > 0 {
					typed = true
					gs = append(gs, "["+strings.Join(g.Accept, "|")+"]")
				} else {
					gs = append(gs, "(*"+g.Answer+" of "+strings.Join(g.Options, "/")+")")
				}
			}
			if typed {
				fmt.Fprintf(&sb, "%s\tGAP\t%s\t%s\n", it.ID, it.Text, strings.Join(gs, " "))
			}
		}
	}
	os.WriteFile(out, []byte(sb.String()), 0o644)
}
