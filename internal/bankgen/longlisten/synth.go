package longlisten

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Manifest is audio/recordings.tsv: per recording, the hash of what it says
// and how, its length in seconds, its syllables and its rate. Tests read it
// to check lengths and rates without decoding audio.
const Manifest = "audio/recordings.tsv"

// Measure is one line of the manifest.
type Measure struct {
	Hash      string
	Seconds   float64
	Syllables int
}

// Rate is syllables per second of audio, pauses included.
func (m Measure) Rate() float64 { return float64(m.Syllables) / m.Seconds }

// ReadManifest reads the manifest of bankDir.
func ReadManifest(bankDir string) (map[string]Measure, error) {
	f, err := os.Open(filepath.Join(bankDir, Manifest))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Measure{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 4 || strings.HasPrefix(c[0], "#") {
			continue
		}
		sec, err1 := strconv.ParseFloat(c[2], 64)
		syl, err2 := strconv.Atoi(c[3])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: bad line %q", Manifest, sc.Text())
		}
		out[c[0]] = Measure{c[1], sec, syl}
	}
	return out, sc.Err()
}

// turnPause is the silence when the floor changes hands (seconds).
const turnPause = "0.5"

// Synth records every recording whose file is missing or whose hash changed:
// each line with its speaker's voice, pitch and rate (espeak-ng), a short
// pause between lines (longer between speakers), joined by sox and encoded
// as 16 kHz mono Opus at 12 kbit/s (ffmpeg). It rewrites the manifest.
func Synth(bankDir string, log func(string)) error {
	for _, tool := range []string{"espeak-ng", "sox", "ffmpeg", "soxi"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not installed (Debian: apt-get install espeak-ng sox ffmpeg)", tool)
		}
	}
	old, _ := ReadManifest(bankDir)
	tmp, err := os.MkdirTemp("", "genlonglisten-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(filepath.Join(bankDir, "audio"), 0o755); err != nil {
		return err
	}
	lines := []string{"# id\thash of text, voices and rates\tseconds\tsyllables\tsyllables per second (written by genlonglisten)"}
	keep := map[string]bool{}
	for i := range all {
		r := &all[i]
		out := filepath.Join(bankDir, r.Audio())
		keep[filepath.Base(out)] = true
		m, ok := old[r.ID()]
		if _, err := os.Stat(out); err != nil || !ok || m.Hash != r.Hash() {
			sec, err := synthOne(r, tmp, out)
			if err != nil {
				return fmt.Errorf("%s: %w", r.ID(), err)
			}
			m = Measure{r.Hash(), sec, r.Syllables()}
			log(fmt.Sprintf("%s: %.0f s, %.2f syllables/s", r.ID(), m.Seconds, m.Rate()))
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%.2f\t%d\t%.2f", r.ID(), m.Hash, m.Seconds, m.Syllables, m.Rate()))
	}
	// Recordings no text refers to any more go.
	files, _ := filepath.Glob(filepath.Join(bankDir, "audio", "*.ogg"))
	for _, p := range files {
		if !keep[filepath.Base(p)] {
			os.Remove(p)
		}
	}
	return os.WriteFile(filepath.Join(bankDir, Manifest), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

func synthOne(r *Rec, tmp, out string) (float64, error) {
	ls, err := r.Lines()
	if err != nil {
		return 0, err
	}
	var parts []string
	prev := ""
	for i, l := range ls {
		if i > 0 {
			// A breath between sentences of one speaker, a little more
			// when the floor changes hands.
			pause := "0.35"
			if l.Speaker.Label != prev {
				pause = turnPause
			}
			sil := filepath.Join(tmp, fmt.Sprintf("s%03d.wav", i))
			if b, err := exec.Command("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", sil, "trim", "0", pause).CombinedOutput(); err != nil {
				return 0, fmt.Errorf("sox: %v: %s", err, b)
			}
			parts = append(parts, sil)
		}
		prev = l.Speaker.Label
		w := filepath.Join(tmp, fmt.Sprintf("l%03d.wav", i))
		args := []string{"-v", l.Speaker.Voice, "-s", strconv.Itoa(r.Rate(l.Speaker)), "-w", w}
		if l.Speaker.Pitch > 0 {
			args = append(args, "-p", strconv.Itoa(l.Speaker.Pitch))
		}
		args = append(args, l.Text)
		if b, err := exec.Command("espeak-ng", args...).CombinedOutput(); err != nil {
			return 0, fmt.Errorf("espeak-ng: %v: %s", err, b)
		}
		parts = append(parts, w)
	}
	all := filepath.Join(tmp, "all.wav")
	args := append(append([]string{}, parts...), "-r", "16000", "-c", "1", all)
	if b, err := exec.Command("sox", args...).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("sox: %v: %s", err, b)
	}
	if b, err := exec.Command("ffmpeg", "-loglevel", "error", "-y", "-i", all, "-ac", "1", "-ar", "16000",
		"-c:a", "libopus", "-b:a", "12k", "-application", "voip", "-map_metadata", "-1", "-fflags", "+bitexact", out).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("ffmpeg: %v: %s", err, b)
	}
	b, err := exec.Command("soxi", "-D", all).Output()
	if err != nil {
		return 0, fmt.Errorf("soxi: %v", err)
	}
	for _, p := range parts {
		os.Remove(p)
	}
	return strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
}
