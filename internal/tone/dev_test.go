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
			if x.Energy < -200 {
				continue
			}
			fmt.Printf("%.2f %6.1f %v ap=%.2f db=%.1f low=%.1f\n", x.Time, x.F0, x.Voiced, x.Aperiodicity, x.Energy, x.LowEnergy)
		}
	}
}

func TestDevRejects(t *testing.T) {
	dir := os.Getenv("DEVDIR")
	if dir == "" {
		t.Skip()
	}
	ents, _ := os.ReadDir(dir)
	bad := 0
	for _, e := range ents {
		b, _ := os.ReadFile(dir + "/" + e.Name())
		text := strings.TrimSuffix(e.Name(), ".wav")
		r, err := Analyze(b, text)
		if err != nil {
			bad++
			fmt.Println(text, err)
			continue
		}
		if os.Getenv("DEVSHOW") != "" {
			for _, s := range r.Syllables {
				fmt.Println(s.Text, s.Expected, s.Heard, s.Confidence, s.Pitch)
			}
		}
	}
	fmt.Println("rejected", bad, "of", len(ents))
}
