// Command genreadlisten writes the listening and reading banks
// (question_banks/nghe, question_banks/doc) from the corpus in
// internal/bankgen/readlisten, then lints them and counts their items.
//
//	go run ./internal/bankgen/cmd/genreadlisten [-root question_banks] [-check=false]
//
// Then `go run ./cmd/hocviet bank synth question_banks/nghe` records the
// audio that is missing (new items, or transcripts that changed).
package main

import (
	"flag"
	"fmt"
	"os"

	"hocviet/internal/bankgen/readlisten"
)

func main() {
	root := flag.String("root", "question_banks", "the question_banks folder")
	check := flag.Bool("check", true, "lint the banks and count items after writing")
	flag.Parse()
	g, err := readlisten.Build()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genreadlisten:", err)
		os.Exit(1)
	}
	if err := g.Write(*root); err != nil {
		fmt.Fprintln(os.Stderr, "genreadlisten:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files\n", len(g.Files))
	if *check {
		ok := readlisten.Check(*root, os.Stdout)
		if n := readlisten.CheckText(*root, os.Stdout); n > 0 {
			fmt.Printf("%d words in prompts, passages, transcripts or feedback are not Vietnamese syllables\n", n)
		}
		if !ok {
			os.Exit(1)
		}
	}
}
