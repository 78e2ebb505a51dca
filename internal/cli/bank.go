package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mattn/go-isatty"
	"go.yaml.in/yaml/v3"

	"hocviet/internal/bank"
)

// defaultBanks is where bank commands look when given no path.
const defaultBanks = "question_banks"

func runBank(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: hocviet bank lint|import|stats|export|synth|forms|grade ..."
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "lint":
		return runBankLint(args[1:], stdout, stderr)
	case "import":
		return runBankImport(args[1:], stdout, stderr)
	case "stats":
		return runBankStats(args[1:], stdout, stderr)
	case "export":
		return runBankExport(args[1:], stdout, stderr)
	case "synth":
		return runBankSynth(args[1:], stdout, stderr)
	case "forms":
		return runBankForms(args[1:], stdout, stderr)
	case "grade":
		return runBankGrade(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "hocviet bank: unknown subcommand %q\n%s\n", args[0], usage)
	return 2
}

func bankPaths(fs interface{ Args() []string }) []string {
	if ps := fs.Args(); len(ps) > 0 {
		return ps
	}
	return []string{defaultBanks}
}

func runBankLint(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank lint", stderr)
	if code := parse(fs, args); code >= 0 {
		return code
	}
	ps := bank.Lint(bankPaths(fs)...)
	errs := bank.Problems(ps).Errors()
	for _, p := range ps {
		fmt.Fprintln(stdout, p.String())
	}
	fmt.Fprintf(stderr, "%d errors, %d warnings\n", errs, len(ps)-errs)
	if errs > 0 {
		return 1
	}
	return 0
}

// loadBanks loads and prints the problems; ok is false on any error.
func loadBanks(paths []string, stderr io.Writer) (*bank.Bank, bool) {
	b, err := bank.Load(paths...)
	var ps bank.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintln(stderr, p.String())
		}
		fmt.Fprintf(stderr, "hocviet bank: %d errors (run hocviet bank lint)\n", len(ps))
		return nil, false
	}
	if err != nil {
		fail(stderr, err)
		return nil, false
	}
	return b, true
}

func runBankImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank import", stderr)
	db := fs.String("db", env("HOCVIET_DB", "hocviet.db"), "SQLite database file")
	author := fs.String("author", env("USER", ""), "author recorded on new versions")
	format := fs.String("format", "", "convert a Moodle file instead: gift or moodle-xml (writes YAML)")
	out := fs.String("out", "", "with --format: YAML file to write (default standard output)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *format != "" {
		return runMoodleImport(*format, fs.Args(), *out, stdout, stderr)
	}
	b, ok := loadBanks(bankPaths(fs), stderr)
	if !ok {
		return 1
	}
	ctx := context.Background()
	st, err := openCurrent(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer st.Close()
	bar := newProgress(stderr, "import")
	res, err := st.Bank.ImportBank(ctx, b, *author, bar.set)
	bar.done()
	if err != nil {
		return fail(stderr, fmt.Errorf("import: %w (nothing was imported)", err))
	}
	for _, c := range []struct {
		name string
		n    interface{ String() string }
	}{{"items", counts(res.Items)}, {"groups", counts(res.Groups)}, {"media", counts(res.Media)},
		{"rubrics+blueprints", counts(res.Documents)}, {"vocabulary", counts(res.Vocabulary)}} {
		fmt.Fprintf(stdout, "%-19s %s\n", c.name, c.n)
	}
	if !res.Changed() {
		fmt.Fprintln(stdout, "nothing changed")
	}
	return 0
}

type counts struct{ New, Changed, Unchanged, Retired int }

func (c counts) String() string {
	return fmt.Sprintf("%d new, %d changed, %d unchanged, %d retired", c.New, c.Changed, c.Unchanged, c.Retired)
}

// runMoodleImport converts a GIFT or Moodle XML file to bank YAML. The
// result goes to a file for review rather than straight to the database:
// Moodle lacks the Lao instructions, audio and topics an item needs.
func runMoodleImport(format string, args []string, out string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: hocviet bank import --format gift|moodle-xml [--out FILE.yaml] FILE")
		return 2
	}
	f, err := os.Open(args[0])
	if err != nil {
		return fail(stderr, err)
	}
	defer f.Close()
	var items []*bank.Item
	var skipped []bank.Unmapped
	// New ids must not clash with the banks' own (question_banks/ in the
	// working directory, when there is one).
	var taken func(string) bool
	if _, err := os.Stat(defaultBanks); err == nil {
		b, _ := bank.Read(defaultBanks)
		taken = func(id string) bool { _, ok := b.Item(id); return ok }
	}
	switch format {
	case "gift":
		items, skipped, err = bank.ImportGIFTFor(f, args[0], taken)
	case "moodle-xml":
		items, skipped, err = bank.ImportMoodleXMLFor(f, args[0], taken)
	default:
		fmt.Fprintf(stderr, "hocviet bank import: --format must be gift or moodle-xml, not %q\n", format)
		return 2
	}
	if err != nil {
		return fail(stderr, err)
	}
	data, err := yaml.Marshal(struct {
		Items []*bank.Item `yaml:"items"`
	}{items})
	if err != nil {
		return fail(stderr, err)
	}
	header := fmt.Sprintf("# Converted from %s by hocviet bank import --format %s.\n"+
		"# Add Lao and English instructions, topics and media, then run hocviet bank lint.\n", filepath.Base(args[0]), format)
	if err := writeOut(out, stdout, append([]byte(header), data...)); err != nil {
		return fail(stderr, err)
	}
	report(stderr, len(items), skipped)
	return 0
}

func report(stderr io.Writer, mapped int, skipped []bank.Unmapped) {
	fmt.Fprintf(stderr, "%d questions mapped\n", mapped)
	for _, u := range skipped {
		if u.Partial {
			fmt.Fprintln(stderr, "partly mapped:", u.String())
		} else {
			fmt.Fprintln(stderr, "not mapped:", u.String())
		}
	}
}

func writeOut(path string, stdout io.Writer, data []byte) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func runBankExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank export", stderr)
	format := fs.String("format", "gift", "gift or moodle-xml")
	out := fs.String("out", "", "file to write (default standard output)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *format != "gift" && *format != "moodle-xml" {
		fmt.Fprintf(stderr, "hocviet bank export: --format must be gift or moodle-xml, not %q\n", *format)
		return 2
	}
	b, ok := loadBanks(bankPaths(fs), stderr)
	if !ok {
		return 1
	}
	var buf strings.Builder
	var skipped []bank.Unmapped
	var err error
	if *format == "gift" {
		skipped, err = bank.ExportGIFT(&buf, b.Items)
	} else {
		skipped, err = bank.ExportMoodleXML(&buf, b.Items)
	}
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeOut(*out, stdout, []byte(buf.String())); err != nil {
		return fail(stderr, err)
	}
	report(stderr, len(b.Items)-bank.Skipped(skipped), skipped)
	return 0
}

type statsJSON struct {
	Items      []bank.Stat `json:"items"`
	Vocabulary int         `json:"vocabulary"`
	// LaoReviewed of LaoTotal Lao texts (glosses and explanations) are
	// reviewed; Lao breaks the count down (issue 17 point 23).
	LaoReviewed int              `json:"lao_reviewed"`
	LaoTotal    int              `json:"lao_total"`
	Lao         bank.LaoCoverage `json:"lao"`
}

func runBankStats(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank stats", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	db := fs.String("db", "", "count what the database holds instead of the files")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	var s statsJSON
	if *db != "" {
		ctx := context.Background()
		st, err := openCurrent(ctx, *db)
		if err != nil {
			return fail(stderr, err)
		}
		defer st.Close()
		if s.Items, s.Vocabulary, err = st.Bank.BankStats(ctx); err != nil {
			return fail(stderr, err)
		}
		if s.Lao, err = st.Bank.LaoCoverage(ctx); err != nil {
			return fail(stderr, err)
		}
	} else {
		b, _ := bank.Read(bankPaths(fs)...)
		s.Items, s.Vocabulary, s.Lao = b.Stats(), len(b.Vocabulary), b.LaoCoverage()
	}
	s.LaoReviewed, s.LaoTotal = s.Lao.Reviewed(), s.Lao.Total()
	if s.Items == nil {
		s.Items = []bank.Stat{}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(s); err != nil {
			return fail(stderr, err)
		}
		return 0
	}
	total := 0
	fmt.Fprintf(stdout, "%-10s %-5s %-12s %5s\n", "skill", "level", "type", "count")
	for _, x := range s.Items {
		fmt.Fprintf(stdout, "%-10s %-5d %-12s %5d\n", x.Skill, x.Level, x.Type, x.Count)
		total += x.Count
	}
	fmt.Fprintf(stdout, "%d items, %d vocabulary entries\n", total, s.Vocabulary)
	fmt.Fprintf(stdout, "Lao reviewed: %d of %d glosses, %d of %d explanations\n",
		s.Lao.GlossesReviewed, s.Lao.Glosses, s.Lao.ExplanationsReviewed, s.Lao.Explanations)
	return 0
}

// progress draws a bar on a terminal and stays silent otherwise, so logs
// and pipes get no carriage returns.
type progress struct {
	w     io.Writer
	label string
	on    bool
	last  int
}

func newProgress(w io.Writer, label string) *progress {
	f, ok := w.(*os.File)
	on := ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
	return &progress{w: w, label: label, on: on, last: -1}
}

func (p *progress) set(done, total int) {
	if !p.on || total == 0 {
		return
	}
	const width = 30
	fill := done * width / total
	if fill == p.last && done != total {
		return
	}
	p.last = fill
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", p.label, strings.Repeat("#", fill), strings.Repeat(" ", width-fill), done, total)
}

func (p *progress) done() {
	if p.on && p.last >= 0 {
		fmt.Fprintln(p.w)
	}
}

// synthJob is one recording to make: where it goes and what it says.
type synthJob struct {
	key, path, text string
}

var speakerLabel = regexp.MustCompile(`(?m)^\s*[\p{L} ]{1,20}:\s*`)

// runBankSynth writes missing listening audio from transcripts, and missing
// vocabulary audio from the terms, with espeak-ng's Vietnamese voice. Machine speech is a stand-in until a
// teacher records the items; it keeps every listening item usable.
func runBankSynth(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bank synth", stderr)
	voice := fs.String("voice", "vi", "espeak-ng voice")
	speed := fs.Int("speed", 140, "words per minute")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	espeak, err := exec.LookPath("espeak-ng")
	if err != nil {
		fmt.Fprintln(stderr, "hocviet bank synth: espeak-ng is not installed (Debian: apt-get install espeak-ng); no audio written")
		return 1
	}
	enc, err := findEncoder()
	if err != nil {
		fmt.Fprintln(stderr, "hocviet bank synth:", err)
		return 1
	}
	b, _ := bank.Read(bankPaths(fs)...)
	var jobs []synthJob
	seen := map[string]bool{}
	add := func(key, transcript string) {
		p, missing := b.MissingMedia[key]
		if !missing || seen[key] || strings.TrimSpace(transcript) == "" {
			return
		}
		seen[key] = true
		jobs = append(jobs, synthJob{key, p, speakerLabel.ReplaceAllString(transcript, "")})
	}
	for _, g := range b.Groups {
		if g.Skill == bank.Listening {
			add(g.Audio, g.Transcript)
		}
	}
	for _, it := range b.Items {
		if it.Skill == bank.Listening {
			add(it.Audio, it.Transcript)
		}
	}
	for _, v := range b.Vocabulary {
		add(v.Audio, v.Term)
	}
	if len(jobs) == 0 {
		fmt.Fprintln(stdout, "no audio missing")
		return 0
	}
	bar := newProgress(stderr, "synth")
	tmp, err := os.MkdirTemp("", "hocviet-synth-")
	if err != nil {
		return fail(stderr, err)
	}
	defer os.RemoveAll(tmp)
	var total int64
	for i, j := range jobs {
		n, err := synthOne(espeak, enc, *voice, *speed, tmp, j)
		if err != nil {
			bar.done()
			return fail(stderr, fmt.Errorf("%s: %w", j.key, err))
		}
		total += n
		bar.set(i+1, len(jobs))
	}
	bar.done()
	fmt.Fprintf(stdout, "wrote %d recordings, %d kB in all\n", len(jobs), total/1024)
	return 0
}

// encoder turns espeak-ng's WAV into the target file; ext is what it makes.
type encoder struct {
	name string
	args func(in, out string) []string
	exts []string
}

// findEncoder prefers ffmpeg with Opus, which is smallest for speech; Debian's
// sox has no Opus or MP3 writer but does write Ogg Vorbis.
func findEncoder() (encoder, error) {
	if p, err := exec.LookPath("ffmpeg"); err == nil {
		return encoder{p, func(in, out string) []string {
			return []string{"-loglevel", "error", "-y", "-i", in, "-ac", "1", "-ar", "16000", "-c:a", "libopus", "-b:a", "20k", out}
		}, []string{".ogg", ".opus"}}, nil
	}
	if p, err := exec.LookPath("sox"); err == nil {
		return encoder{p, func(in, out string) []string {
			// Vorbis quality -1 at 16 kHz mono is about 20 kbit/s, plenty
			// for espeak's voice; the gain keeps resampling from clipping.
			return []string{in, "-c", "1", "-t", "ogg", "-C", "-1", out, "gain", "-n", "-1", "rate", "16000"}
		}, []string{".ogg"}}, nil
	}
	return encoder{}, errors.New("neither ffmpeg nor sox is installed (Debian: apt-get install sox libsox-fmt-all); no audio written")
}

func synthOne(espeak string, enc encoder, voice string, speed int, tmp string, j synthJob) (int64, error) {
	ext := strings.ToLower(filepath.Ext(j.path))
	ok := false
	for _, e := range enc.exts {
		ok = ok || e == ext
	}
	if !ok {
		return 0, fmt.Errorf("cannot write %s files with %s (name the file .ogg)", ext, filepath.Base(enc.name))
	}
	txt := filepath.Join(tmp, "in.txt")
	wav := filepath.Join(tmp, "out.wav")
	if err := os.WriteFile(txt, []byte(j.text), 0o600); err != nil {
		return 0, err
	}
	if out, err := exec.Command(espeak, "-v", voice, "-s", fmt.Sprint(speed), "-f", txt, "-w", wav).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("espeak-ng: %v: %s", err, out)
	}
	if err := os.MkdirAll(filepath.Dir(j.path), 0o755); err != nil {
		return 0, err
	}
	if out, err := exec.Command(enc.name, enc.args(wav, j.path)...).CombinedOutput(); err != nil {
		os.Remove(j.path)
		return 0, fmt.Errorf("%s: %v: %s", filepath.Base(enc.name), err, out)
	}
	fi, err := os.Stat(j.path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
