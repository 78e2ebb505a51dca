// Package readlisten generates the listening (question_banks/nghe) and reading
// (question_banks/doc) banks from a hand-written corpus kept as Go data in
// this package: tone and mark drills for Lao speakers, dictation sentences,
// short situations, dialogues, talks and news for listening; notices,
// letters, articles and lecture extracts for reading, Bậc 1–5.
//
// The YAML files it writes are committed so instructors can review them in
// git; this package makes them reproducible. Edit the corpus here, not the
// YAML, or the next run will undo the edit.
//
// Item ids are numbered in corpus order within each list (nghe-b2-dict-007
// is the seventh Bậc 2 dictation). Results refer to ids, so add new entries
// at the end of a list and never reorder or delete published ones (replace
// the text of a withdrawn item instead of removing it).
package readlisten

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"hocviet/internal/bank"
	"hocviet/internal/bankgen/explain"
)

// Text is a message in Lao, Vietnamese and English.
type Text = bank.Text

// Q is a multiple-choice question. Options marked with a leading "*" are
// correct; more than one makes a "choose all" item.
type Q struct {
	P  string   // prompt
	O  []string // options
	F  string   // feedback (vi)
	FE string   // feedback (en)
	Tp []string // topics, when not the passage's
}

// TF is a true/false statement on a passage.
type TF struct {
	S  string // statement
	A  bool   // true or false
	F  string // feedback (vi)
	FE string // feedback (en)
}

// LSit is a short listening situation with one question.
type LSit struct {
	Tp []string
	T  string // transcript
	Q
}

// LDict is a dictation sentence; Alt lists other accepted spellings.
type LDict struct {
	Tp  []string
	T   string
	Alt []string
	F   string
	FE  string
}

// LGroup is a recording with several questions.
type LGroup struct {
	Title string
	Kind  string // dialogue, talk, news, notice, lecture
	Tp    []string
	T     string
	Qs    []Q
}

// RGroup is a reading passage with choice and true/false questions.
type RGroup struct {
	Title string
	Kind  string // text, notice, letter, news
	Tp    []string
	Text  string
	Qs    []Q
	TFs   []TF
}

// Cloze is a text with gaps written [*right|wrong|wrong] (pick one) or
// [=accepted|also accepted] (typed).
type Cloze struct {
	Tp   []string
	Text string
	F    string
	FE   string
}

// Match is a matching exercise; each pair is written "left | right".
type Match struct {
	Tp    []string
	P     string
	Pairs []string
	X     []string // distractors
}

// Instructions shared by many items. The Lao was written by a non-native
// writer and needs native review (see question_banks/nghe/README.md).
var (
	inTone = Text{Lo: "ຟັງພະຍາງດຽວ ແລ້ວເລືອກວັນນະຍຸດທີ່ໄດ້ຍິນ.",
		Vi: "Nghe một âm tiết rồi chọn thanh điệu bạn nghe được.",
		En: "Listen to one syllable and choose the tone you hear."}
	inWord = Text{Lo: "ຟັງ ແລ້ວເລືອກຄຳທີ່ໄດ້ຍິນ.",
		Vi: "Nghe rồi chọn từ bạn nghe được.",
		En: "Listen and choose the word you hear."}
	inWordInSentence = Text{Lo: "ຟັງປະໂຫຍກ ແລ້ວເລືອກຄຳທີ່ມີຢູ່ໃນປະໂຫຍກນັ້ນ.",
		Vi: "Nghe câu rồi chọn từ có trong câu.",
		En: "Listen to the sentence and choose the word it contains."}
	inDict = Text{Lo: "ຟັງ ແລ້ວຂຽນປະໂຫຍກທີ່ໄດ້ຍິນເປັນພາສາຫວຽດ. ພິມແບບ Telex ຫຼື VNI ກໍໄດ້.",
		Vi: "Nghe rồi viết lại câu bạn nghe được. Có thể gõ kiểu Telex hoặc VNI.",
		En: "Listen and write the sentence you hear. You may type with Telex or VNI."}
	inDictWord = Text{Lo: "ຟັງ ແລ້ວຂຽນຄຳທີ່ໄດ້ຍິນເປັນພາສາຫວຽດ ໃຫ້ມີເຄື່ອງໝາຍຄົບ. ພິມແບບ Telex ຫຼື VNI ກໍໄດ້.",
		Vi: "Nghe rồi viết lại từ bạn nghe được, có đủ dấu. Có thể gõ kiểu Telex hoặc VNI.",
		En: "Listen and write the word you hear, with all its marks. You may type with Telex or VNI."}
	inListen = Text{Lo: "ຟັງ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe rồi chọn câu trả lời đúng.",
		En: "Listen and choose the correct answer."}
	inListenMulti = Text{Lo: "ຟັງ ແລ້ວເລືອກທຸກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe rồi chọn tất cả các câu trả lời đúng.",
		En: "Listen and choose all the correct answers."}
	inDialogue = Text{Lo: "ຟັງບົດສົນທະນາ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe đoạn hội thoại rồi chọn câu trả lời đúng.",
		En: "Listen to the conversation and choose the correct answer."}
	inTalk = Text{Lo: "ຟັງບົດເວົ້າ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe bài nói rồi chọn câu trả lời đúng.",
		En: "Listen to the talk and choose the correct answer."}
	inNotice = Text{Lo: "ຟັງແຈ້ງການ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe thông báo rồi chọn câu trả lời đúng.",
		En: "Listen to the announcement and choose the correct answer."}
	inNews = Text{Lo: "ຟັງຂ່າວ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe bản tin rồi chọn câu trả lời đúng.",
		En: "Listen to the news and choose the correct answer."}
	inLecture = Text{Lo: "ຟັງບົດບັນຍາຍ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Nghe đoạn bài giảng rồi chọn câu trả lời đúng.",
		En: "Listen to the lecture and choose the correct answer."}

	inRead = Text{Lo: "ອ່ານບົດ ແລ້ວເລືອກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Đọc bài rồi chọn câu trả lời đúng.",
		En: "Read the text and choose the correct answer."}
	inReadMulti = Text{Lo: "ອ່ານບົດ ແລ້ວເລືອກທຸກຄຳຕອບທີ່ຖືກຕ້ອງ.",
		Vi: "Đọc bài rồi chọn tất cả các câu trả lời đúng.",
		En: "Read the text and choose all the correct answers."}
	inTF = Text{Lo: "ອ່ານບົດ ແລ້ວບອກວ່າແຕ່ລະປະໂຫຍກ ຖືກ ຫຼື ຜິດ.",
		Vi: "Đọc bài rồi cho biết mỗi câu đúng hay sai.",
		En: "Read the text and say whether each sentence is true or false."}
	inCloze = Text{Lo: "ເລືອກຄຳທີ່ເໝາະສົມໃສ່ບ່ອນຫວ່າງ.",
		Vi: "Chọn từ thích hợp điền vào chỗ trống.",
		En: "Choose the right word for each gap."}
	inClozeTyped = Text{Lo: "ຂຽນຄຳທີ່ເໝາະສົມໃສ່ບ່ອນຫວ່າງ.",
		Vi: "Viết từ thích hợp vào chỗ trống.",
		En: "Type the right word in the gap."}
	inClozeMixed = Text{Lo: "ເລືອກ ຫຼື ຂຽນຄຳທີ່ເໝາະສົມໃສ່ແຕ່ລະບ່ອນຫວ່າງ.",
		Vi: "Chọn hoặc viết từ thích hợp vào mỗi chỗ trống.",
		En: "Choose or type the right word for each gap."}
	inMatch = Text{Lo: "ຈັບຄູ່ແຕ່ລະແຖວເບື້ອງຊ້າຍກັບແຖວເບື້ອງຂວາທີ່ເໝາະສົມ.",
		Vi: "Nối mỗi dòng bên trái với dòng thích hợp bên phải.",
		En: "Match each line on the left with the right one on the right."}
)

// anchorNames names the YAML anchor of each shared instruction.
var anchorNames = map[Text]string{
	inTone: "tone", inWord: "word", inWordInSentence: "word_in_sentence", inDict: "dict", inDictWord: "dict_word",
	inListen: "listen", inListenMulti: "listen_multi", inDialogue: "dialogue", inTalk: "talk", inNotice: "notice",
	inNews: "news", inLecture: "lecture", inRead: "read", inReadMulti: "read_multi", inTF: "tf", inCloze: "cloze",
	inClozeTyped: "cloze_typed", inClozeMixed: "cloze_mixed", inMatch: "match",
}

// File is one YAML file of a bank.
type File struct {
	Path    string // relative to question_banks
	Comment string
	Groups  []*bank.Group
	Items   []*bank.Item
}

// Gen collects the files of both banks.
type Gen struct {
	Files []*File
	byKey map[string]*File
	ids   map[string]bool
	errs  []string
}

func newGen() *Gen { return &Gen{byKey: map[string]*File{}, ids: map[string]bool{}} }

func (g *Gen) file(path, comment string) *File {
	if f, ok := g.byKey[path]; ok {
		return f
	}
	f := &File{Path: path, Comment: comment}
	g.byKey[path] = f
	g.Files = append(g.Files, f)
	return f
}

func (g *Gen) errorf(format string, args ...any) {
	g.errs = append(g.errs, fmt.Sprintf(format, args...))
}

func (g *Gen) id(id string) string {
	if g.ids[id] {
		g.errorf("duplicate id %s", id)
	}
	g.ids[id] = true
	return id
}

func (f *File) add(it *bank.Item) { f.Items = append(f.Items, it) }

// shuffle permutes xs by a seed taken from key, so the order is fixed
// between runs but the correct option is not always first.
func shuffle[T any](key string, xs []T) {
	h := fnv.New64a()
	h.Write([]byte(key))
	s := h.Sum64() | 1
	for i := len(xs) - 1; i > 0; i-- {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		j := int(s % uint64(i+1))
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// options turns "*right", "wrong"... into bank options, shuffled unless keep.
func (g *Gen) options(id string, os []string, keep bool) []bank.Option {
	out := make([]bank.Option, 0, len(os))
	correct := 0
	for _, o := range os {
		c := strings.HasPrefix(o, "*")
		if c {
			correct++
		}
		out = append(out, bank.Option{Text: nfc(strings.TrimPrefix(o, "*")), Correct: c})
	}
	if correct == 0 {
		g.errorf("%s: no option marked correct", id)
	}
	if len(out) < 2 {
		g.errorf("%s: fewer than two options", id)
	}
	if !keep {
		shuffle(id, out)
	}
	return out
}

func nfc(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

func nfcAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = nfc(s)
	}
	return out
}

func fb(vi, en string) Text {
	if vi == "" && en == "" {
		return Text{}
	}
	return Text{Vi: nfc(vi), En: en}
}

var gapRe = regexp.MustCompile(`\[([^\]]+)\]`)

// cloze parses "[*a|b|c]" and "[=a|b]" gaps into text with {n} and gaps.
func (g *Gen) cloze(id, s string) (string, []bank.Gap, bool) {
	var gaps []bank.Gap
	typed, picked := false, false
	text := gapRe.ReplaceAllStringFunc(nfc(s), func(m string) string {
		body := m[1 : len(m)-1]
		var gp bank.Gap
		if strings.HasPrefix(body, "=") {
			typed = true
			gp.Accept = nfcAll(strings.Split(body[1:], "|"))
		} else {
			picked = true
			for _, o := range strings.Split(body, "|") {
				if strings.HasPrefix(o, "*") {
					if gp.Answer != "" {
						g.errorf("%s: gap %q has two answers", id, body)
					}
					gp.Answer = nfc(o[1:])
				}
				gp.Options = append(gp.Options, nfc(strings.TrimPrefix(o, "*")))
			}
			if gp.Answer == "" {
				g.errorf("%s: gap %q has no answer", id, body)
			}
			shuffle(fmt.Sprintf("%s/%d", id, len(gaps)), gp.Options)
		}
		gaps = append(gaps, gp)
		return fmt.Sprintf("{%d}", len(gaps))
	})
	if len(gaps) == 0 {
		g.errorf("%s: cloze without gaps", id)
	}
	return text, gaps, typed && !picked
}

func pairs(id string, ps []string) []bank.Pair {
	out := make([]bank.Pair, 0, len(ps))
	for _, p := range ps {
		l, r, ok := strings.Cut(p, " | ")
		if !ok {
			panic(id + ": pair without \" | \": " + p)
		}
		out = append(out, bank.Pair{Left: nfc(l), Right: nfc(r)})
	}
	return out
}

// Build assembles every file of both banks.
func Build() (*Gen, error) {
	g := newGen()
	slices.SortFunc(allListenLevels, func(a, b ListenLevel) int { return a.Level - b.Level })
	slices.SortFunc(allReadLevels, func(a, b ReadLevel) int { return a.Level - b.Level })
	buildListening(g)
	buildReading(g)
	groups := map[string]*bank.Group{}
	for _, f := range g.Files {
		for _, gr := range f.Groups {
			groups[gr.ID] = gr
		}
	}
	for _, f := range g.Files {
		for _, it := range f.Items {
			explain.Fill(it, groups[it.Group])
		}
	}
	if len(g.errs) > 0 {
		return g, fmt.Errorf("corpus errors:\n  %s", strings.Join(g.errs, "\n  "))
	}
	return g, nil
}

// Write writes the YAML files under root (the question_banks folder),
// removes YAML files of these banks that are no longer generated, and
// deletes recordings whose transcript changed or that nothing refers to,
// so that `hocviet bank synth` makes them again.
func (g *Gen) Write(root string) error {
	want := map[string]bool{}
	for _, f := range g.Files {
		p := filepath.Join(root, f.Path)
		want[p] = true
		data, err := f.yaml()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, data) {
			continue
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	for _, b := range []string{"nghe", "doc"} {
		files, _ := filepath.Glob(filepath.Join(root, b, "*.yaml"))
		for _, p := range files {
			if filepath.Base(p) != bank.BankMarker && !want[p] {
				if err := os.Remove(p); err != nil {
					return err
				}
			}
		}
	}
	return g.syncAudio(root)
}

// syncAudio keeps question_banks/nghe/audio/transcripts.txt: one line per
// recording with a hash of the text it speaks. A recording whose text
// changed, or that no item uses any more, is deleted.
func (g *Gen) syncAudio(root string) error {
	dir := filepath.Join(root, "nghe")
	texts := map[string]string{} // audio path relative to dir → transcript
	for _, f := range g.Files {
		if !strings.HasPrefix(f.Path, "nghe/") {
			continue
		}
		for _, gr := range f.Groups {
			texts[gr.Audio] = gr.Transcript
		}
		for _, it := range f.Items {
			if it.Audio != "" {
				texts[it.Audio] = it.Transcript
			}
		}
	}
	manifest := filepath.Join(dir, "audio", "transcripts.txt")
	old := map[string]string{}
	if data, err := os.ReadFile(manifest); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, h, ok := strings.Cut(line, " "); ok {
				old[k] = h
			}
		}
	}
	var lines []string
	for k, t := range texts {
		sum := sha1.Sum([]byte(t))
		h := hex.EncodeToString(sum[:8])
		if o, ok := old[k]; ok && o != h {
			os.Remove(filepath.Join(dir, k))
		}
		lines = append(lines, k+" "+h)
	}
	slices.Sort(lines)
	existing, _ := filepath.Glob(filepath.Join(dir, "audio", "*.ogg"))
	for _, p := range existing {
		rel := "audio/" + filepath.Base(p)
		if _, ok := texts[rel]; !ok {
			os.Remove(p)
		}
	}
	if err := os.MkdirAll(filepath.Dir(manifest), 0o755); err != nil {
		return err
	}
	return os.WriteFile(manifest, []byte("# audio file, hash of its transcript (written by internal/bankgen/cmd/genreadlisten)\n"+strings.Join(lines, "\n")+"\n"), 0o644)
}

// yaml renders a file: groups, then items, instructions shared by anchors.
func (f *File) yaml() ([]byte, error) {
	doc := struct {
		Groups []*bank.Group `yaml:"groups,omitempty"`
		Items  []*bank.Item  `yaml:"items,omitempty"`
	}{f.Groups, f.Items}
	var n yaml.Node
	if err := n.Encode(doc); err != nil {
		return nil, err
	}
	anchored := map[string]*yaml.Node{}
	tidy(&n, "", anchored)
	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(f.Comment), "\n") {
		buf.WriteString("# " + line + "\n")
	}
	buf.WriteString("# Generated by `go run ./internal/bankgen/cmd/genreadlisten` from internal/bankgen/readlisten:\n# edit the corpus there, not this file.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	enc.Close()
	// A blank line between entries makes long files easier to review.
	out := regexp.MustCompile(`(?m)^(  - id: )`).ReplaceAll(buf.Bytes(), []byte("\n$1"))
	return out, nil
}

// tidy sets flow style on short lists, drops empty mappings and replaces
// repeated instructions with aliases.
func tidy(n *yaml.Node, key string, anchored map[string]*yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		var content []*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.MappingNode && len(v.Content) == 0 {
				continue
			}
			if k.Value == "instructions" && v.Kind == yaml.MappingNode {
				t := textOf(v)
				if name, ok := anchorNames[t]; ok {
					if a, seen := anchored[name]; seen {
						v = &yaml.Node{Kind: yaml.AliasNode, Alias: a, Value: name}
					} else {
						v.Anchor = name
						anchored[name] = v
					}
				}
			} else {
				tidy(v, k.Value, anchored)
			}
			switch k.Value {
			case "topics", "tones", "distractors":
				v.Style = yaml.FlowStyle
			case "options", "pairs":
				if v.Kind == yaml.SequenceNode {
					for _, e := range v.Content {
						e.Style = yaml.FlowStyle
					}
					if k.Value == "options" && len(v.Content) > 0 && v.Content[0].Kind == yaml.ScalarNode {
						v.Style = yaml.FlowStyle
					}
				}
			case "gaps":
				for _, e := range v.Content {
					e.Style = yaml.FlowStyle
				}
			}
			content = append(content, k, v)
		}
		n.Content = content
	case yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			tidy(c, key, anchored)
		}
	}
}

func textOf(m *yaml.Node) Text {
	var t Text
	for i := 0; i+1 < len(m.Content); i += 2 {
		switch m.Content[i].Value {
		case "lo":
			t.Lo = m.Content[i+1].Value
		case "vi":
			t.Vi = m.Content[i+1].Value
		case "en":
			t.En = m.Content[i+1].Value
		}
	}
	return t
}
