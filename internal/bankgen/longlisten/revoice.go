package longlisten

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"hocviet/internal/bank"
)

// Revoice records again the listening audio of another bank (the short
// items of question_banks/nghe) the way this package records its own: the
// rate of the item's level (Bậc 1 slow … Bậc 5 natural) instead of one speed
// for all, and in a dialogue one voice per speaker label ("Cô Hằng:",
// "Khăm Phòn:"), female voices for Cô, Chị, Bà…, male for Anh, Ông, Thầy….
// An item with one speaker gets a voice picked from its id, so the bank is
// not one voice either. It writes audio/voices.tsv beside the recordings:
// per file, level, rate and the voices used.
func Revoice(bankDir string, log func(string)) error {
	b, _ := bank.Read(bankDir)
	type job struct {
		key, transcript string
		level           int
	}
	seen := map[string]bool{}
	var jobs []job
	add := func(key, tr string, lv int) {
		if key == "" || tr == "" || seen[key] {
			return
		}
		seen[key] = true
		jobs = append(jobs, job{key, tr, lv})
	}
	for _, g := range b.Groups {
		if g.Skill == bank.Listening {
			add(g.Audio, g.Transcript, g.Level)
		}
	}
	for _, it := range b.Items {
		if it.Skill == bank.Listening {
			lv := it.Level
			if g := b.GroupOf(it); g != nil && it.Audio == "" {
				continue
			}
			add(it.Audio, it.Transcript, lv)
		}
	}
	slices.SortFunc(jobs, func(a, b job) int { return strings.Compare(a.key, b.key) })
	tmp, err := os.MkdirTemp("", "revoice-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	lines := []string{"# file\tBậc\trate (espeak words a minute)\tvoices (written by genlonglisten -revoice)"}
	for i, j := range jobs {
		rel := j.key[strings.Index(j.key, "/")+1:] // BANK/audio/x.ogg → audio/x.ogg
		r := VoicedRec(rel, j.transcript, j.level)
		out := filepath.Join(bankDir, rel)
		if _, err := synthOne(&r, tmp, out); err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		var vs []string
		for _, s := range r.Speakers {
			vs = append(vs, s.Voice)
		}
		lines = append(lines, fmt.Sprintf("%s\t%d\t%d\t%s", rel, j.level, r.Rate(r.Speakers[0]), strings.Join(vs, ",")))
		if (i+1)%50 == 0 {
			log(fmt.Sprintf("%d/%d", i+1, len(jobs)))
		}
	}
	return os.WriteFile(filepath.Join(bankDir, "audio", "voices.tsv"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

var labelRe = regexp.MustCompile(`^\s*([\p{L} ]{1,20}):\s*(.*)$`)

var (
	maleVoices   = []Speaker{{Voice: "vi+m3", Pitch: 42}, {Voice: "vi+m1", Pitch: 38}, {Voice: "vi+m5", Pitch: 50}, {Voice: "vi+m7", Pitch: 46}}
	femaleVoices = []Speaker{{Voice: "vi+f2", Pitch: 60}, {Voice: "vi+f4", Pitch: 64}, {Voice: "vi+f1", Pitch: 55}, {Voice: "vi+f5", Pitch: 58}}
	femaleTitles = []string{"cô", "chị", "bà", "mẹ", "em gái", "phóng viên nữ", "nữ"}
)

// VoicedRec turns a transcript into a recording with voices: a dialogue's
// labels become speakers, each with a voice of its own.
func VoicedRec(id, transcript string, level int) Rec {
	if level < 1 || level > 5 {
		level = 3 // a group without a level: the middle rate
	}
	r := Rec{Kind: Dialogue, Level: level}
	var text []string
	idx := map[string]int{}
	male, female := 0, 0
	for _, raw := range strings.Split(transcript, "\n") {
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		m := labelRe.FindStringSubmatch(l)
		if m == nil {
			text = append(text, l)
			continue
		}
		label := strings.TrimSpace(m[1])
		if _, ok := idx[label]; !ok {
			var s Speaker
			low := strings.ToLower(label)
			isF := slices.ContainsFunc(femaleTitles, func(t string) bool { return strings.HasPrefix(low, t+" ") || low == t })
			if isF {
				s = femaleVoices[female%len(femaleVoices)]
				female++
			} else {
				s = maleVoices[male%len(maleVoices)]
				male++
			}
			s.Label = label
			idx[label] = len(r.Speakers)
			r.Speakers = append(r.Speakers, s)
		}
		text = append(text, label+": "+m[2])
	}
	if len(r.Speakers) < 2 {
		// One speaker (or none labelled): a lecture read by a voice picked
		// from the id, labels dropped as bank synth drops them.
		h := fnv.New32a()
		h.Write([]byte(id))
		all := append(append([]Speaker{}, maleVoices...), femaleVoices...)
		s := all[h.Sum32()%uint32(len(all))]
		s.Label = "x"
		r.Kind, r.Speakers = Lecture, []Speaker{s}
		for i, t := range text {
			if m := labelRe.FindStringSubmatch(t); m != nil {
				text[i] = m[2]
			}
		}
	}
	r.Text = strings.Join(text, "\n")
	return r
}
