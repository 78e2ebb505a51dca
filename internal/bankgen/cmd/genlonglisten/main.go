// Command genlonglisten writes the long-listening bank (question_banks/nghe-dai) from
// the corpus in internal/bankgen/longlisten and, with -audio, records the
// recordings that are missing or whose text or voices changed.
//
//	go run ./internal/bankgen/cmd/genlonglisten [-root question_banks] [-audio]
//	go run ./internal/bankgen/cmd/genlonglisten -revoice question_banks/nghe
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"hocviet/internal/bankgen/longlisten"
)

func main() {
	root := flag.String("root", "question_banks", "the question_banks folder")
	audio := flag.Bool("audio", false, "record missing or changed audio (espeak-ng, sox, ffmpeg)")
	revoice := flag.String("revoice", "", "instead: record again every listening recording of this bank folder with level rates and a voice per speaker")
	flag.Parse()
	if *revoice != "" {
		if err := longlisten.Revoice(*revoice, func(s string) { fmt.Println(s) }); err != nil {
			fmt.Fprintln(os.Stderr, "genlonglisten:", err)
			os.Exit(1)
		}
		return
	}
	dir := filepath.Join(*root, longlisten.Bank)
	files, err := longlisten.Build()
	if err == nil {
		err = longlisten.Write(dir, files)
	}
	if err == nil && *audio {
		err = longlisten.Synth(dir, func(s string) { fmt.Println(s) })
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlonglisten:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files in %s\n", len(files), dir)
}
