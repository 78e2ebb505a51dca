package tone

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var (
	trainFlag = flag.Bool("tone.train", false, "run the full espeak-ng evaluation, fit new models and write them to $TMPDIR/tone-model.json")
	evalFlag  = flag.Bool("tone.eval", false, "run the full espeak-ng evaluation with the embedded models")
)

// TestFullEvaluation is the long run behind a flag:
//
//	go test ./internal/tone -run FullEvaluation -tone.eval -v -timeout 60m
//	go test ./internal/tone -run FullEvaluation -tone.train -v -timeout 60m
//
// TONE_CACHE=DIR keeps the synthesised audio, TONE_VERBOSE=1 lists every
// error, TONE_SNR=10 adds white noise.
func TestFullEvaluation(t *testing.T) {
	if !*trainFlag && !*evalFlag {
		t.Skip("long: pass -tone.eval or -tone.train")
	}
	opts := EvalOptions{
		Train:    *trainFlag,
		Verbose:  os.Getenv("TONE_VERBOSE") != "",
		CacheDir: os.Getenv("TONE_CACHE"),
	}
	if snr := os.Getenv("TONE_SNR"); snr != "" {
		v, err := strconv.ParseFloat(snr, 64)
		if err != nil {
			t.Fatal(err)
		}
		opts.NoiseSNR = v
	}
	if a := os.Getenv("TONE_AUGMENT"); a != "" {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil {
			t.Fatal(err)
		}
		opts.AugmentSNR = v
	}
	if *trainFlag {
		// Outside the source tree, so that a trial fit is never committed
		// by accident; copy it over model.json when it is better.
		opts.ModelOut = filepath.Join(os.TempDir(), "tone-model.json")
	}
	if _, err := Evaluate(opts, os.Stdout); err != nil {
		t.Fatal(err)
	}
}
