// Command genwritespeak writes the writing, speaking and vocabulary banks from the
// corpus in internal/bankgen/writespeak/data:
//
//	go run ./internal/bankgen/cmd/genwritespeak [-root question_banks] [-audio]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/bankgen/writespeak"
)

func main() {
	root := flag.String("root", "question_banks", "question_banks folder")
	audio := flag.Bool("audio", false, "synthesise missing vocabulary audio (espeak-ng and sox)")
	workers := flag.Int("j", 2, "parallel synthesis jobs")
	verbose := flag.Bool("v", false, "print notes")
	check := flag.Bool("check", false, "after writing, lint every bank under -root and print counts (as hocviet bank lint and stats)")
	banks := flag.String("banks", "core,viet,noi,tuvung,blueprints", "folders under -root that -check lints (core holds the shared rubrics)")
	flag.Parse()
	rep, err := writespeak.Generate(writespeak.Options{Root: *root, Audio: *audio, Workers: *workers})
	if rep != nil {
		if *verbose {
			for _, n := range rep.Notes {
				fmt.Fprintln(os.Stderr, n)
			}
		}
		fmt.Println(rep.Summary())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwritespeak:", err)
		os.Exit(1)
	}
	if *check {
		var paths []string
		for _, f := range strings.Split(*banks, ",") {
			paths = append(paths, filepath.Join(*root, f))
		}
		b, ps := bank.Read(paths...)
		errs := 0
		for _, p := range ps {
			fmt.Println(p)
			if p.Severity == bank.SevError {
				errs++
			}
		}
		for _, s := range b.Stats() {
			fmt.Printf("%-9s Bậc %d  %-12s %4d\n", s.Skill, s.Level, s.Type, s.Count)
		}
		fmt.Printf("%d items, %d vocabulary entries, %d problems (%d errors)\n", len(b.Items), len(b.Vocabulary), len(ps), errs)
		if errs > 0 {
			os.Exit(1)
		}
	}
}
