package tone

import (
	"flag"
	"os"
	"strconv"
	"testing"
)

var (
	trainFlag = flag.Bool("tone.train", false, "run the full espeak-ng evaluation, fit new models and write them to model.new.json")
	evalFlag  = flag.Bool("tone.eval", false, "run the full espeak-ng evaluation with the embedded models")
)

// TestFullEvaluation is the long run behind a flag:
//
//	go test ./internal/tone -run FullEvaluation -tone.eval -v -timeout 30m
//	go test ./internal/tone -run FullEvaluation -tone.train -v -timeout 30m
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
	if *trainFlag {
		opts.ModelOut = "model.new.json"
	}
	if _, err := Evaluate(opts, os.Stdout); err != nil {
		t.Fatal(err)
	}
}
