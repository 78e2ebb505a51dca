package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"hocviet/internal/tone"
)

const toneUsageText = `usage:
  tone analyze --text TEXT FILE.wav   tones heard in a recording of TEXT, as JSON
  tone eval [--quick] [--out FILE]    accuracy on synthetic speech (needs espeak-ng)
      [--noise SNR_DB] [--cache DIR] [--train MODEL.json] [--verbose]
`

// runTone is the `tone` subcommand. Exit codes: 0 ok, 1 the audio or the
// evaluation failed (the reason is on stderr), 2 usage error.
func runTone(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, toneUsageText)
		return 2
	}
	switch args[0] {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, toneUsageText)
		return 0
	case "analyze":
		return runToneAnalyze(args[1:], stdout, stderr)
	case "eval":
		return runToneEval(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "hocviet tone: unknown subcommand %q\n%s", args[0], toneUsageText)
	return 2
}

func runToneAnalyze(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("tone analyze", stderr)
	text := fs.String("text", "", "the text that was read aloud")
	// Flags may come before or after the file name.
	var files []string
	for {
		if code := parse(fs, args); code >= 0 {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 || *text == "" {
		fmt.Fprint(stderr, "hocviet tone analyze: need --text and exactly one WAV file\n", toneUsageText)
		return 2
	}
	wav, err := os.ReadFile(files[0])
	if err != nil {
		return fail(stderr, err)
	}
	res, err := tone.Analyze(wav, *text)
	if err != nil {
		fmt.Fprintf(stderr, "hocviet tone: %s: %v\n", files[0], err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		return fail(stderr, err)
	}
	return 0
}

func runToneEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("tone eval", stderr)
	quick := fs.Bool("quick", false, "a small held-out sample (seconds instead of minutes)")
	out := fs.String("out", "", "also write the report as JSON to this file")
	cache := fs.String("cache", "", "keep synthesised audio in this directory between runs")
	train := fs.String("train", "", "fit new models on the training split and write them to this file")
	verbose := fs.Bool("verbose", false, "list every misclassified syllable")
	noise := fs.Float64("noise", 0, "add white noise at this signal-to-noise ratio in dB")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 0 {
		fmt.Fprint(stderr, "hocviet tone eval: unexpected arguments\n", toneUsageText)
		return 2
	}
	if *quick && *train != "" {
		fmt.Fprintln(stderr, "hocviet tone eval: --train needs the full corpus, not --quick")
		return 2
	}
	opts := tone.EvalOptions{
		Quick:    *quick,
		CacheDir: *cache,
		Train:    *train != "",
		ModelOut: *train,
		Verbose:  *verbose,
		NoiseSNR: *noise,
	}
	rep, err := tone.Evaluate(opts, stdout)
	if err != nil {
		return fail(stderr, err)
	}
	if *out != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return fail(stderr, err)
		}
		if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
			return fail(stderr, err)
		}
	}
	return 0
}
