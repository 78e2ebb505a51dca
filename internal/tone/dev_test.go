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

func TestDevSeg(t *testing.T) {
	f := os.Getenv("DEVSEG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	text := strings.ReplaceAll(strings.TrimSuffix(f[strings.LastIndex(f, "-")+1:], ".wav"), "_", " ")
	s, r, _ := ReadWAV(b)
	frames := Track(s, r)
	env := smoothEnergy(frames)
	sy, _ := splitSyllables(text)
	spans, err := segment(frames, len(sy))
	fmt.Println(text, err)
	for _, sp := range spans {
		fmt.Printf("span %.2f-%.2f\n", frames[sp.lo].Time, frames[sp.hi-1].Time)
	}
	for i, fr := range frames {
		if fr.LowEnergy < -45 {
			continue
		}
		fmt.Printf("%.2f %6.1f %5.1f %v\n", fr.Time, fr.F0, env[i], fr.Voiced)
	}
	res, err := Analyze(b, text)
	for _, s := range res.Syllables {
		fmt.Println(s.Text, s.Expected, s.Heard, s.Confidence, s.Start, s.End)
	}
}
