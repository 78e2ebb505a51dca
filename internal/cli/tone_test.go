package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"hocviet/internal/tone"
)

// glideWAV is a vowel-like harmonic tone whose pitch moves linearly
// through the given points, between short silences, at 16 kHz.
func glideWAV(dur float64, f0 ...float64) []byte {
	const rate = 16000
	out := make([]float64, rate/10)
	n := int(dur * rate)
	phase := 0.0
	for i := range n {
		pos := float64(i) / float64(n-1) * float64(len(f0)-1)
		k := min(int(pos), len(f0)-2)
		f := f0[k] + (f0[k+1]-f0[k])*(pos-float64(k))
		phase += 2 * math.Pi * f / rate
		var v float64
		for h := 1; h <= 10; h++ {
			v += math.Sin(float64(h)*phase) / float64(h)
		}
		env := math.Min(1, math.Min(float64(i), float64(n-1-i))/(0.02*rate))
		out = append(out, 0.15*env*v)
	}
	out = append(out, make([]float64, rate/10)...)
	return tone.EncodeWAV(out, rate)
}

func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunToneAnalyze(t *testing.T) {
	t.Parallel()
	rising := writeFile(t, "rising.wav", glideWAV(0.4, 120, 170))
	silence := writeFile(t, "silence.wav", tone.EncodeWAV(make([]float64, 16000), 16000))
	text := writeFile(t, "notes.wav", []byte("not audio at all"))
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a substring; "" means stdout must be empty
		stderr string // a substring; "" means stderr must be empty
	}{
		{name: "no subcommand", args: nil, code: 2, stderr: "usage"},
		{name: "help", args: []string{"help"}, stdout: "tone analyze"},
		{name: "unknown", args: []string{"sing"}, code: 2, stderr: `unknown subcommand "sing"`},
		{name: "no text", args: []string{"analyze", rising}, code: 2, stderr: "need --text"},
		{name: "no file", args: []string{"analyze", "--text", "bá"}, code: 2, stderr: "need --text"},
		{name: "two files", args: []string{"analyze", "--text", "bá", rising, rising}, code: 2, stderr: "exactly one"},
		{name: "missing file", args: []string{"analyze", "--text", "bá", "/nonexistent.wav"}, code: 1, stderr: "no such file"},
		{name: "not audio", args: []string{"analyze", "--text", "bá", text}, code: 1, stderr: "not a WAV file"},
		{name: "silence", args: []string{"analyze", "--text", "bá", silence}, code: 1, stderr: "no speech found"},
		{name: "count mismatch", args: []string{"analyze", "--text", "Tôi là người Việt Nam", rising}, code: 1, stderr: "heard 1 syllable, expected 5"},
		{name: "rising glide", args: []string{"analyze", "--text", "bá", rising}, stdout: `"heard":"sac"`},
		{name: "flags after the file", args: []string{"analyze", rising, "--text", "bá"}, stdout: `"text":"bá","expected":"sac"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runTone(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, stderr.String())
			}
			check := func(what, got, want string) {
				if want == "" && got != "" {
					t.Errorf("%s = %q, want empty", what, got)
				}
				if !strings.Contains(got, want) {
					t.Errorf("%s = %q, want it to contain %q", what, got, want)
				}
			}
			check("stdout", stdout.String(), tt.stdout)
			check("stderr", stderr.String(), tt.stderr)
		})
	}
}

func TestRunToneAnalyzeJSON(t *testing.T) {
	t.Parallel()
	p := writeFile(t, "dip.wav", glideWAV(0.45, 130, 100, 125))
	var stdout, stderr bytes.Buffer
	if code := runTone([]string{"analyze", "--text", "bả", p}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got struct {
		Syllables []struct {
			Text       string    `json:"text"`
			Expected   string    `json:"expected"`
			Heard      string    `json:"heard"`
			Confidence float64   `json:"confidence"`
			Pitch      []float64 `json:"pitch"`
		} `json:"syllables"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	if len(got.Syllables) != 1 {
		t.Fatalf("%d syllables", len(got.Syllables))
	}
	s := got.Syllables[0]
	if s.Text != "bả" || s.Expected != "hoi" || s.Heard != "hoi" || s.Confidence <= 0 || s.Confidence > 1 || len(s.Pitch) < 20 {
		t.Errorf("got %+v", s)
	}
}

func TestRunToneEval(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	if code := runTone([]string{"eval", "extra"}, &stdout, &stderr); code != 2 {
		t.Errorf("eval with an argument: exit %d", code)
	}
	if code := runTone([]string{"eval", "--quick", "--train", "m.json"}, &stdout, &stderr); code != 2 {
		t.Errorf("eval --quick --train: exit %d", code)
	}
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("espeak-ng is not on PATH; CI must install it (apt-get install -y espeak-ng sox)")
		}
		t.Skip("espeak-ng is not on PATH")
	}
	out := filepath.Join(t.TempDir(), "report.json")
	stdout.Reset()
	stderr.Reset()
	if code := runTone([]string{"eval", "--quick", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"test isolated", "test phrases", "confusion, test isolated", "ngang  huyen"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, stdout.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep tone.EvalReport
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.TestIsolated.Syllables == 0 || rep.TestIsolated.Accuracy < 0.9 {
		t.Errorf("isolated: %+v", rep.TestIsolated)
	}
}
