package web

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issues 17.5 and 17.9: one Lao word for "Bậc/level" (ລະດັບ, not ຂັ້ນ) and
// one Lao spelling of "practise" (ຝຶກ, not ເຝິກ) in every Lao message.
func TestLaoWordsAreConsistent(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../../web/i18n/*lo.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no Lao messages: %v", err)
	}
	banned := map[string]string{"ຂັ້ນ": "ລະດັບ", "ເຝິກ": "ຝຶກ"}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]string
		if err := json.Unmarshal(raw, &msgs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for key, text := range msgs {
			for bad, good := range banned {
				if strings.Contains(text, bad) {
					t.Errorf("%s: %s uses %s; write %s", filepath.Base(f), key, bad, good)
				}
			}
		}
	}
}
