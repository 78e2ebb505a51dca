package tone

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDevDump(t *testing.T) {
	files := os.Getenv("DEVWAV")
	if files == "" {
		t.Skip()
	}
	for _, f := range strings.Split(files, ",") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, r, err := ReadWAV(b)
		if err != nil {
			t.Fatal(err)
		}
		fr := Track(s, r)
		fmt.Printf("== %s rate %d n %d\n", f, r, len(s))
		for _, x := range fr {
			if x.Energy < -60 {
				continue
			}
			fmt.Printf("%.2f %6.1f %v ap=%.2f db=%.1f\n", x.Time, x.F0, x.Voiced, x.Aperiodicity, x.Energy)
		}
	}
}
