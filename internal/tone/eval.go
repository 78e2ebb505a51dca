package tone

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// EvalOptions controls Evaluate.
type EvalOptions struct {
	// Quick evaluates a small sample of the held-out split only (a few
	// seconds), for tests and smoke checks.
	Quick bool
	// Espeak is the espeak-ng binary; empty means "espeak-ng" on PATH.
	Espeak string
	// Workers is the number of parallel synthesis jobs; 0 means 2.
	Workers int
	// Seed fixes the random phrases; 0 means 1.
	Seed uint64
	// Train fits new models on the training split and scores both splits
	// with them instead of the embedded ones. ModelOut, when set, receives
	// the new models as JSON in the format of model.json.
	Train    bool
	ModelOut string
	// Verbose lists every misclassified syllable.
	Verbose bool
	// NoiseSNR, when above zero, adds white noise at this signal-to-noise
	// ratio in dB to every utterance, as a stand-in for a laptop microphone
	// in a classroom.
	NoiseSNR float64
	// AugmentSNR, with Train, adds a copy of every training utterance with
	// white noise at this SNR to the training data (not to the scores).
	AugmentSNR float64
	// CacheDir, when set, keeps the synthesised audio between runs, which
	// turns a re-run after a change to the analyser from minutes into
	// seconds. The files depend only on espeak-ng, the text and the voice.
	CacheDir string
}

// SplitScore is accuracy on one part of the corpus.
type SplitScore struct {
	Syllables int     `json:"syllables"`
	Correct   int     `json:"correct"`
	Accuracy  float64 `json:"accuracy"`
	// Rejected counts syllables in utterances that Analyze refused (for
	// example a syllable count mismatch); they count as wrong.
	Rejected int `json:"rejected"`
	// Confusion[expected][heard], in the order of Tones.
	Confusion [6][6]int `json:"confusion"`
}

// VoiceScore is the held-out accuracy for one espeak-ng voice variant.
type VoiceScore struct {
	Variant  string     `json:"variant"`
	Isolated SplitScore `json:"isolated"`
	Phrase   SplitScore `json:"phrase"`
}

// EvalReport is what Evaluate measured.
type EvalReport struct {
	TrainIsolated SplitScore `json:"train_isolated"`
	TrainPhrase   SplitScore `json:"train_phrase"`
	TestIsolated  SplitScore `json:"test_isolated"`
	TestPhrase    SplitScore `json:"test_phrase"`
	// Voices breaks the held-out split down by espeak-ng variant, the
	// default voice first.
	Voices     []VoiceScore  `json:"voices"`
	Utterances int           `json:"utterances"`
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// A voice is an espeak-ng variant ("" is the default northern male) at a
// pitch (-p) and speed (-s).
type evalVoice struct {
	variant      string
	pitch, speed int
	train        bool
}

// evalVoices is the grid. The held-out split uses pitches and speeds that
// never occur in training, and four variants (other formants, other pitch
// range, other glottal source) that never occur in training at all, so a
// good test score cannot come from memorising a voice.
func evalVoices(quick bool) []evalVoice {
	if quick {
		return []evalVoice{{"", 40, 135, false}, {"", 60, 160, false}}
	}
	var vs []evalVoice
	for _, p := range []int{30, 50, 70} {
		for _, s := range []int{120, 150, 170} {
			vs = append(vs, evalVoice{"", p, s, true})
		}
	}
	for _, v := range []string{"m1", "m3", "m6", "f1", "f3", "f5"} {
		for _, ps := range [][2]int{{30, 130}, {50, 150}, {70, 165}} {
			vs = append(vs, evalVoice{v, ps[0], ps[1], true})
		}
	}
	for _, p := range []int{40, 60} {
		for _, s := range []int{135, 160} {
			vs = append(vs, evalVoice{"", p, s, false})
		}
	}
	for _, v := range []string{"m2", "m4", "f2", "f4"} {
		for _, ps := range [][2]int{{40, 140}, {60, 155}} {
			vs = append(vs, evalVoice{v, ps[0], ps[1], false})
		}
	}
	return vs
}

const phrasesPerVoice = 80

type evalItem struct {
	text         string
	tones        []string
	variant      string
	pitch, speed int
	train        bool
	augment      float64 // SNR of an added noisy training copy, 0 for none
}

func (it evalItem) voiceName() string {
	return fmt.Sprintf("%sp%d s%d", it.variant, it.pitch, it.speed)
}

type evalOutcome struct {
	item evalItem
	res  analysed
	err  error
}

// Evaluate synthesises Vietnamese with espeak-ng's northern voice at several
// pitches and speeds, runs the analyser on it and reports accuracy and
// confusion matrices for isolated syllables and for syllables in 2–5
// syllable phrases. Progress and the final report go to w.
func Evaluate(opts EvalOptions, w io.Writer) (EvalReport, error) {
	started := time.Now()
	espeak := opts.Espeak
	if espeak == "" {
		espeak = "espeak-ng"
	}
	espeak, err := exec.LookPath(espeak)
	if err != nil {
		return EvalReport{}, fmt.Errorf("espeak-ng is needed for the evaluation: %w", err)
	}
	sox, _ := exec.LookPath("sox") // optional: without it our own resampler is used
	workers := opts.Workers
	if workers <= 0 {
		workers = 2
	}
	seed := opts.Seed
	if seed == 0 {
		seed = 1
	}
	items := evalCorpus(opts.Quick, seed)
	if opts.Train && opts.AugmentSNR > 0 {
		for _, it := range items {
			if it.train {
				it.augment = opts.AugmentSNR
				items = append(items, it)
			}
		}
	}
	dir, err := os.MkdirTemp("", "tone-eval-")
	if err != nil {
		return EvalReport{}, err
	}
	defer os.RemoveAll(dir)

	fmt.Fprintf(w, "synthesising and analysing %d utterances with %s...\n", len(items), filepath.Base(espeak))
	synth := func(ctx context.Context, i int, it evalItem) ([]byte, error) {
		var cached string
		if opts.CacheDir != "" {
			cached = filepath.Join(opts.CacheDir, fmt.Sprintf("%sp%d-s%d-%s.wav", it.variant, it.pitch, it.speed, strings.ReplaceAll(it.text, " ", "_")))
			if b, err := os.ReadFile(cached); err == nil {
				return b, nil
			}
		}
		b, err := synthesise(ctx, espeak, sox, dir, i, it)
		if err == nil && cached != "" {
			if err := os.WriteFile(cached, b, 0o644); err != nil {
				return nil, err
			}
		}
		return b, err
	}
	clean := synth
	synth = func(ctx context.Context, i int, it evalItem) ([]byte, error) {
		b, err := clean(ctx, i, it)
		if err != nil {
			return nil, err
		}
		snr := opts.NoiseSNR
		if it.augment > 0 {
			snr = it.augment
		}
		if snr > 0 {
			return addNoise(b, snr, uint64(i))
		}
		return b, nil
	}
	if opts.CacheDir != "" {
		if err := os.MkdirAll(opts.CacheDir, 0o755); err != nil {
			return EvalReport{}, err
		}
	}
	models := defaultModels
	outcomes, err := runItems(items, workers, synth, models)
	if err != nil {
		return EvalReport{}, err
	}
	if opts.Train {
		models, err = trainModels(outcomes)
		if err != nil {
			return EvalReport{}, err
		}
		if opts.ModelOut != "" {
			b, err := json.Marshal(models)
			if err != nil {
				return EvalReport{}, err
			}
			if err := os.WriteFile(opts.ModelOut, append(b, '\n'), 0o644); err != nil {
				return EvalReport{}, err
			}
			fmt.Fprintf(w, "wrote models to %s\n", opts.ModelOut)
		}
		rescore(outcomes, models)
	}
	rep := EvalReport{Utterances: len(items)}
	for _, o := range outcomes {
		if o.item.augment > 0 {
			continue
		}
		score := &rep.TestIsolated
		switch {
		case o.item.train && len(o.item.tones) == 1:
			score = &rep.TrainIsolated
		case o.item.train:
			score = &rep.TrainPhrase
		case len(o.item.tones) > 1:
			score = &rep.TestPhrase
		}
		score.add(o, w, opts.Verbose)
		if o.item.train {
			continue
		}
		name := o.item.variant
		if name == "" {
			name = "default"
		}
		k := slices.IndexFunc(rep.Voices, func(v VoiceScore) bool { return v.Variant == name })
		if k < 0 {
			rep.Voices = append(rep.Voices, VoiceScore{Variant: name})
			k = len(rep.Voices) - 1
		}
		if len(o.item.tones) == 1 {
			rep.Voices[k].Isolated.add(o, io.Discard, false)
		} else {
			rep.Voices[k].Phrase.add(o, io.Discard, false)
		}
	}
	scores := []*SplitScore{&rep.TrainIsolated, &rep.TrainPhrase, &rep.TestIsolated, &rep.TestPhrase}
	for k := range rep.Voices {
		scores = append(scores, &rep.Voices[k].Isolated, &rep.Voices[k].Phrase)
	}
	for _, s := range scores {
		if s.Syllables > 0 {
			s.Accuracy = float64(s.Correct) / float64(s.Syllables)
		}
	}
	rep.Elapsed = time.Since(started)
	rep.Print(w)
	return rep, nil
}

func (s *SplitScore) add(o evalOutcome, w io.Writer, verbose bool) {
	s.Syllables += len(o.item.tones)
	if o.err != nil {
		s.Rejected += len(o.item.tones)
		if verbose {
			fmt.Fprintf(w, "  rejected %s %q: %v\n", o.item.voiceName(), o.item.text, o.err)
		}
		return
	}
	for i, syl := range o.res.result.Syllables {
		e, h := toneIndex(syl.Expected), toneIndex(syl.Heard)
		s.Confusion[e][h]++
		if e == h {
			s.Correct++
		} else if verbose {
			fmt.Fprintf(w, "  %s %q syllable %d %q: expected %s heard %s (%.2f)\n",
				o.item.voiceName(), o.item.text, i+1, syl.Text, syl.Expected, syl.Heard, syl.Confidence)
		}
	}
}

// Print writes the report as a table readers can paste into a README.
func (r EvalReport) Print(w io.Writer) {
	fmt.Fprintf(w, "\n%d utterances in %s\n", r.Utterances, r.Elapsed.Round(time.Second))
	for _, part := range []struct {
		name string
		s    SplitScore
	}{
		{"train isolated", r.TrainIsolated}, {"train phrases", r.TrainPhrase},
		{"test isolated", r.TestIsolated}, {"test phrases", r.TestPhrase},
	} {
		if part.s.Syllables == 0 {
			continue
		}
		fmt.Fprintf(w, "%-15s %5.1f%%  (%d/%d syllables, %d in rejected utterances)\n",
			part.name, 100*part.s.Accuracy, part.s.Correct, part.s.Syllables, part.s.Rejected)
	}
	if len(r.Voices) > 1 {
		fmt.Fprintf(w, "\nheld-out split by voice    isolated   phrases\n")
		for _, v := range r.Voices {
			fmt.Fprintf(w, "  %-24s %6.1f%%   %6.1f%%\n", v.Variant, 100*v.Isolated.Accuracy, 100*v.Phrase.Accuracy)
		}
	}
	for _, part := range []struct {
		name string
		s    SplitScore
	}{{"test isolated", r.TestIsolated}, {"test phrases", r.TestPhrase}} {
		if part.s.Syllables == 0 {
			continue
		}
		fmt.Fprintf(w, "\nconfusion, %s (rows expected, columns heard)\n", part.name)
		printConfusion(part.s.Confusion, w)
	}
}

// ConfusionMatrix is indexed [expected][heard] in the order of Tones.
type ConfusionMatrix = [6][6]int

func printConfusion(c ConfusionMatrix, w io.Writer) {
	fmt.Fprintf(w, "%-7s", "")
	for _, t := range Tones {
		fmt.Fprintf(w, "%7s", t)
	}
	fmt.Fprintln(w)
	for i, t := range Tones {
		fmt.Fprintf(w, "%-7s", t)
		for j := range Tones {
			fmt.Fprintf(w, "%7d", c[i][j])
		}
		fmt.Fprintln(w)
	}
}

func evalCorpus(quick bool, seed uint64) []evalItem {
	var items []evalItem
	voices := evalVoices(quick)
	rng := rand.New(rand.NewPCG(seed, 0x70e))
	step := 1
	nPhrases := phrasesPerVoice
	if quick {
		step, nPhrases = 10, 8
	}
	for vi, v := range voices {
		for i := 0; i < len(openBases); i += step {
			for _, t := range Tones {
				items = append(items, evalItem{withTone(openBases[i], t), []string{t}, v.variant, v.pitch, v.speed, v.train, 0})
			}
		}
		for i := vi % step; i < len(checkedBases); i += step {
			for _, t := range []string{Sac, Nang} {
				items = append(items, evalItem{withTone(checkedBases[i], t), []string{t}, v.variant, v.pitch, v.speed, v.train, 0})
			}
		}
		for range nPhrases {
			n := 2 + rng.IntN(4)
			var words, tones []string
			for range n {
				var base, t string
				if rng.IntN(5) == 0 {
					base = checkedBases[rng.IntN(len(checkedBases))]
					t = []string{Sac, Nang}[rng.IntN(2)]
				} else {
					base = openBases[rng.IntN(len(openBases))]
					t = Tones[rng.IntN(6)]
				}
				words = append(words, withTone(base, t))
				tones = append(tones, t)
			}
			items = append(items, evalItem{strings.Join(words, " "), tones, v.variant, v.pitch, v.speed, v.train, 0})
		}
	}
	return items
}

type synthFunc func(ctx context.Context, i int, it evalItem) ([]byte, error)

func runItems(items []evalItem, workers int, synth synthFunc, models *modelSet) ([]evalOutcome, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := make([]evalOutcome, len(items))
	jobs := make(chan int)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				wav, err := synth(ctx, i, items[i])
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
						cancel()
					}
					mu.Unlock()
					continue
				}
				res, aerr := analyze(wav, items[i].text, models)
				out[i] = evalOutcome{item: items[i], res: res, err: aerr}
			}
		}()
	}
	for i := range items {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out, firstErr
}

func synthesise(ctx context.Context, espeak, sox, dir string, i int, it evalItem) ([]byte, error) {
	raw := filepath.Join(dir, "raw"+strconv.Itoa(i)+".wav")
	voice := "vi"
	if it.variant != "" {
		voice += "+" + it.variant
	}
	cmd := exec.CommandContext(ctx, espeak, "-v", voice, "-p", strconv.Itoa(it.pitch),
		"-s", strconv.Itoa(it.speed), "-w", raw, it.text)
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("espeak-ng %q: %v: %s", it.text, err, b)
	}
	defer os.Remove(raw)
	if sox == "" {
		return os.ReadFile(raw)
	}
	// Browsers hand us 16 kHz mono 16-bit; converting with sox tests the
	// same path real recordings take.
	conv := filepath.Join(dir, "conv"+strconv.Itoa(i)+".wav")
	cmd = exec.CommandContext(ctx, sox, raw, "-r", "16000", "-c", "1", "-b", "16", conv)
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("sox: %v: %s", err, b)
	}
	defer os.Remove(conv)
	return os.ReadFile(conv)
}

// rescore re-classifies every analysed syllable with new models, which is
// cheaper than analysing again: features do not depend on the model.
func rescore(outcomes []evalOutcome, models *modelSet) {
	for k := range outcomes {
		o := &outcomes[k]
		if o.err != nil {
			continue
		}
		for i := range o.res.result.Syllables {
			s := &o.res.result.Syllables[i]
			_, base := toneOf(s.Text)
			checked := isChecked(base)
			p := models.pick(o.res.isolated, checked).probs(o.res.features[i], checked)
			best := argmax(p)
			s.Heard, s.Confidence = Tones[best], round(p[best], 2)
		}
	}
}

var errNoTraining = errors.New("no training data: run the full evaluation, not --quick")

// addNoise mixes in white Gaussian noise at snr dB below the level of the
// speech (the RMS over 10 ms blocks within 30 dB of the loudest block).
func addNoise(wav []byte, snr float64, seed uint64) ([]byte, error) {
	x, rate, err := ReadWAV(wav)
	if err != nil {
		return nil, err
	}
	block := rate / 100
	var powers []float64
	loud := 0.0
	for i := 0; i+block <= len(x); i += block {
		var p float64
		for _, v := range x[i : i+block] {
			p += v * v
		}
		p /= float64(block)
		powers = append(powers, p)
		loud = max(loud, p)
	}
	var sum float64
	var n int
	for _, p := range powers {
		if p >= loud*1e-3 {
			sum += p
			n++
		}
	}
	if n == 0 {
		return wav, nil
	}
	sigma := math.Sqrt(sum / float64(n) / math.Pow(10, snr/10))
	rng := rand.New(rand.NewPCG(seed, 0x6e6f697365))
	for i := range x {
		x[i] += sigma * rng.NormFloat64()
	}
	return EncodeWAV(x, rate), nil
}
