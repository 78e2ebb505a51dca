package writespeak

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/viet"
)

// Options of a run.
type Options struct {
	Root    string // question_banks
	Audio   bool   // synthesise missing vocabulary audio
	Workers int
}

// Report says what a run wrote.
type Report struct {
	Writing, Speaking, Vocab int
	AudioWritten             int
	Notes                    []string
}

var bankYAML = map[string]string{
	"viet": `# Writing items, Bậc 1–5: gap fill, word order, restoring marks, essays.
bank:
  title:
    lo: ຄັງຄຳຖາມການຂຽນ
    vi: Ngân hàng câu hỏi viết
    en: Writing bank
  description:
    vi: Câu hỏi viết từ Bậc 1 đến Bậc 5 cho cán bộ Lào học tại Trường Chính trị tỉnh Thanh Hoá.
    en: Writing items, Bậc 1–5, for Lao cadres studying at Thanh Hoá Provincial Political School.
`,
	"noi": `# Speaking items, Bậc 1–5: reading aloud (with tone, -nh/-ch and r/l drills) and answering.
bank:
  title:
    lo: ຄັງຄຳຖາມການເວົ້າ
    vi: Ngân hàng câu hỏi nói
    en: Speaking bank
  description:
    vi: Câu hỏi nói từ Bậc 1 đến Bậc 5, có bài luyện thanh điệu, âm cuối -nh, -ch và âm r, l cho người Lào.
    en: Speaking items, Bậc 1–5, with drills for Lao speakers on tones, the -nh/-ch finals and r/l.
`,
	"tuvung": `# Vocabulary of political theory, administration and daily life with draft Lao glosses.
bank:
  title:
    lo: ຄຳສັບ
    vi: Từ vựng
    en: Vocabulary
  description:
    vi: Từ vựng lý luận chính trị, hành chính và đời sống, có nghĩa tiếng Lào (bản nháp, chờ người Lào duyệt).
    en: Political-theory, administrative and everyday vocabulary with Lao glosses (drafts awaiting review by a Lao speaker).
`,
}

var typeFile = map[string]string{"gap_fill": "gap-fill", "order_words": "order-words", "add_marks": "add-marks", "essay": "essay", "respond": "respond"}

// Generate writes the three banks under o.Root from the embedded corpus.
func Generate(o Options) (*Report, error) {
	c, err := LoadCorpus()
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	w, err := BuildWriting(c.Writing)
	if err != nil {
		return nil, err
	}
	s, err := BuildSpeaking(c.Speaking)
	if err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	if core, _ := bank.Read(filepath.Join(o.Root, "core")); core != nil {
		for _, v := range core.Vocabulary {
			skip[viet.Key(v.Term)+"\x00"+v.POS+"\x00"+strings.ToLower(v.English)] = true
		}
	}
	vs, notes, err := BuildVocab(c.Vocab, skip)
	if err != nil {
		return nil, err
	}
	rep.Notes = notes
	rep.Writing, rep.Speaking, rep.Vocab = len(w), len(s), len(vs)

	files := map[string][]byte{}
	for name, y := range bankYAML {
		files[filepath.Join(name, "bank.yaml")] = []byte(y)
	}
	group := func(items []*Item, folder string, name func(*Item) string, header func(*Item) string) {
		by := map[string][]*Item{}
		var order []string
		for _, it := range items {
			n := name(it)
			if by[n] == nil {
				order = append(order, n)
			}
			by[n] = append(by[n], it)
		}
		for _, n := range order {
			files[filepath.Join(folder, n+".yaml")] = ItemsYAML(header(by[n][0]), by[n])
		}
	}
	group(w, "viet", func(it *Item) string { return fmt.Sprintf("bac%d-%s", it.Level, typeFile[it.Type]) },
		func(it *Item) string { return fmt.Sprintf("Writing, Bậc %d, %s.", it.Level, it.Type) })
	group(s, "noi", func(it *Item) string {
		switch {
		case it.Type == "respond":
			return fmt.Sprintf("bac%d-respond", it.Level)
		case it.Instr == "read":
			return fmt.Sprintf("bac%d-read-aloud", it.Level)
		}
		return fmt.Sprintf("bac%d-drills", it.Level)
	}, func(it *Item) string {
		if it.Type == "read_aloud" && it.Instr != "read" {
			return fmt.Sprintf("Speaking, Bậc %d: read-aloud drills for Lao speakers (six tones, -nh/-ch finals, r/l).", it.Level)
		}
		return fmt.Sprintf("Speaking, Bậc %d, %s.", it.Level, it.Type)
	})
	byTopic := map[string][]*Term{}
	for _, t := range vs {
		byTopic[t.Topic] = append(byTopic[t.Topic], t)
	}
	for topic, ts := range byTopic {
		files[filepath.Join("tuvung", topic+".yaml")] = VocabYAML(fmt.Sprintf(
			"Vocabulary on %s. Every Lao gloss is a draft by a non-native writer: reviewed: false\nuntil a Lao speaker checks it. Audio: espeak-ng, a placeholder for a teacher's recording.", topic), ts)
	}

	// Remove generated files that the corpus no longer makes.
	for _, folder := range []string{"viet", "noi", "tuvung"} {
		old, _ := filepath.Glob(filepath.Join(o.Root, folder, "*.yaml"))
		for _, p := range old {
			rel, _ := filepath.Rel(o.Root, p)
			if _, keep := files[rel]; !keep {
				if err := os.Remove(p); err != nil {
					return nil, err
				}
			}
		}
	}
	for rel, data := range files {
		if err := writeFile(filepath.Join(o.Root, rel), data); err != nil {
			return nil, err
		}
	}
	want := map[string]bool{}
	for _, t := range vs {
		want[filepath.Base(t.Audio)] = true
	}
	oldAudio, _ := filepath.Glob(filepath.Join(o.Root, "tuvung", "audio", "*.ogg"))
	for _, p := range oldAudio {
		if !want[filepath.Base(p)] {
			os.Remove(p)
		}
	}
	if o.Audio {
		n, err := Synth(filepath.Join(o.Root, "tuvung"), vs, o.Workers)
		rep.AudioWritten = n
		if err != nil {
			return rep, err
		}
	}
	slices.Sort(rep.Notes)
	return rep, nil
}

// Summary is a one-line account of a run.
func (r *Report) Summary() string {
	return strings.TrimSpace(fmt.Sprintf("%d writing items, %d speaking items, %d vocabulary terms, %d recordings written",
		r.Writing, r.Speaking, r.Vocab, r.AudioWritten))
}
