package longlisten

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"hocviet/internal/bank"
)

// File is one YAML file of the bank, relative to the bank folder.
type File struct {
	Path    string
	Comment string
	Groups  []*bank.Group
	Items   []*bank.Item
}

var kindText = map[string]bank.Text{
	"main": {
		Lo: "ຄຳຖາມນີ້ຖາມເຖິງໃຈຄວາມຫຼັກຂອງທັງບົດ.",
		Vi: "Câu hỏi về ý chính của cả bài.",
		En: "This asks for the main idea of the whole recording."},
	"detail": {
		Lo: "ຄຳຖາມນີ້ຖາມເຖິງລາຍລະອຽດໜຶ່ງໃນບົດ.",
		Vi: "Câu hỏi về một chi tiết trong bài.",
		En: "This asks for a detail."},
	"inference": {
		Lo: "ຄຳຕອບບໍ່ໄດ້ເວົ້າອອກມາໂດຍກົງ: ຕ້ອງຄິດອອກຈາກສິ່ງທີ່ຜູ້ເວົ້າເວົ້າ.",
		Vi: "Câu trả lời không được nói thẳng: phải suy ra từ điều người nói nói.",
		En: "The answer is not said outright: infer it from what is said."},
	"stance": {
		Lo: "ຄຳຖາມນີ້ຖາມເຖິງທັດສະນະ ແລະ ທ່າທີຂອງຜູ້ເວົ້າ.",
		Vi: "Câu hỏi về quan điểm, thái độ của người nói.",
		En: "This asks for the speaker's view or attitude."},
}

var (
	lectureIn = bank.Text{
		Lo: "ຟັງບົດບັນຍາຍ (ຟັງໄດ້ເທື່ອດຽວ), ຈົດບັນທຶກ ແລ້ວຕອບຄຳຖາມ.",
		Vi: "Nghe bài giảng (chỉ được nghe một lần), ghi chép rồi trả lời câu hỏi.",
		En: "Listen to the lecture (played once), take notes, then answer the questions."}
	dialogueIn = bank.Text{
		Lo: "ຟັງການສົນທະນາ ຫຼື ກອງປະຊຸມ (ຟັງໄດ້ເທື່ອດຽວ) ແລ້ວຕອບຄຳຖາມ.",
		Vi: "Nghe cuộc trao đổi hoặc cuộc họp (chỉ được nghe một lần) rồi trả lời câu hỏi.",
		En: "Listen to the conversation or meeting (played once), then answer the questions."}
	notesIn = bank.Text{
		Lo: "ຕື່ມບົດບັນທຶກໃຫ້ຄົບ: ພິມຄຳທີ່ໄດ້ຍິນໃສ່ແຕ່ລະບ່ອນຫວ່າງ.",
		Vi: "Hoàn thành bản ghi chép: gõ vào mỗi chỗ trống từ ngữ bạn nghe được.",
		En: "Complete the notes: type in each gap the words you heard."}
	tfIn = bank.Text{
		Lo: "ຟັງ ແລ້ວເລືອກວ່າຂໍ້ຄວາມຖືກ ຫຼື ຜິດ ຕາມສິ່ງທີ່ໄດ້ຍິນ.",
		Vi: "Nghe rồi cho biết câu sau đúng hay sai so với điều bạn nghe được.",
		En: "Listen, then say whether the statement is true or false to what you heard."}
	summaryIn = bank.Text{
		Lo: "ຟັງບົດ (ຟັງໄດ້ເທື່ອດຽວ) ແລ້ວຂຽນບົດສະຫຼຸບເປັນພາສາຫວຽດ.",
		Vi: "Nghe bài (chỉ được nghe một lần) rồi viết bản tóm tắt bằng tiếng Việt.",
		En: "Listen to the recording (played once), then write a summary in Vietnamese."}
)

// Build turns the corpus into the bank's files, checking it on the way.
func Build() ([]*File, error) {
	var errs []string
	files := map[string]*File{}
	var order []string
	file := func(path, comment string) *File {
		if f, ok := files[path]; ok {
			return f
		}
		f := &File{Path: path, Comment: comment}
		files[path] = f
		order = append(order, path)
		return f
	}
	seen := map[string]bool{}
	for i := range all {
		r := &all[i]
		id := r.ID()
		if seen[id] {
			errs = append(errs, "duplicate recording "+id)
		}
		seen[id] = true
		if _, err := r.Lines(); err != nil {
			errs = append(errs, err.Error())
		}
		if r.Kind == Dialogue && (len(r.Speakers) < 2 || len(r.Speakers) > 4) {
			errs = append(errs, fmt.Sprintf("%s: a dialogue has 2–4 speakers, not %d", id, len(r.Speakers)))
		}
		voices := map[string]bool{}
		for _, s := range r.Speakers {
			v := fmt.Sprintf("%s/%d", s.Voice, s.Pitch)
			if voices[v] {
				errs = append(errs, fmt.Sprintf("%s: two speakers share voice %s", id, v))
			}
			voices[v] = true
		}
		// The format travels as a topic too (lecture, meeting), so a
		// blueprint part can ask for long talks or long dialogues.
		topics := append([]string{"lecture"}, r.Topics...)
		if r.Kind == Dialogue {
			topics[0] = "meeting"
		}
		kind, title := "bai-giang", "bài giảng và bài nói"
		in := lectureIn
		if r.Kind == Dialogue {
			kind, title, in = "hoi-thoai", "hội thoại và cuộc họp", dialogueIn
		}
		f := file(fmt.Sprintf("bac%d-%s.yaml", r.Level, kind),
			fmt.Sprintf("Long listening, Bậc %d: %s, played once.", r.Level, title))
		f.Groups = append(f.Groups, &bank.Group{
			ID: id, Skill: bank.Listening, Level: r.Level, Topics: topics, Title: nfc(r.Title),
			Instructions: in, Audio: r.Audio(), Transcript: nfc(r.Text),
		})
		for j, q := range r.Qs {
			qid := fmt.Sprintf("%s-q%d", id, j+1)
			kt, ok := kindText[q.Kind]
			if !ok {
				errs = append(errs, fmt.Sprintf("%s: unknown question kind %q", qid, q.Kind))
			}
			if q.Ev != "" && !strings.Contains(nfc(r.Text), nfc(q.Ev)) {
				errs = append(errs, fmt.Sprintf("%s: evidence %q is not in the transcript", qid, q.Ev))
			}
			var opts []bank.Option
			right := 0
			for _, o := range q.O {
				c := strings.HasPrefix(o, "*")
				if c {
					right++
				}
				opts = append(opts, bank.Option{Text: nfc(strings.TrimPrefix(o, "*")), Correct: c})
			}
			if right != 1 || len(opts) < 3 {
				errs = append(errs, fmt.Sprintf("%s: needs 3+ options and one key", qid))
			}
			shuffle(qid, opts)
			f.Items = append(f.Items, &bank.Item{
				ID: qid, Skill: bank.Listening, Level: r.Level, Type: bank.TypeChoice, Topics: topics,
				Group: id, Prompt: nfc(q.P), Options: opts, Feedback: explain(kt, q.Ev),
			})
		}
		for j, tf := range r.TF {
			tid := fmt.Sprintf("%s-tf%d", id, j+1)
			if !strings.Contains(nfc(r.Text), nfc(tf.Ev)) {
				errs = append(errs, fmt.Sprintf("%s: evidence %q is not in the transcript", tid, tf.Ev))
			}
			ans, lo, vi, en := "false", "ຂໍ້ນີ້ຜິດ.", "Câu này sai.", "This is false."
			if tf.A {
				ans, lo, vi, en = "true", "ຂໍ້ນີ້ຖືກ.", "Câu này đúng.", "This is true."
			}
			f.Items = append(f.Items, &bank.Item{
				ID: tid, Skill: bank.Listening, Level: r.Level, Type: bank.TypeTrueFalse, Topics: topics,
				Group: id, Prompt: nfc(tf.S), Answer: ans, Instructions: tfIn,
				Feedback: explain(bank.Text{Lo: lo, Vi: vi, En: en}, tf.Ev),
			})
		}
		if r.Notes.Text != "" {
			nid := id + "-notes"
			n := strings.Count(r.Notes.Text, "{")
			if n != len(r.Notes.A) {
				errs = append(errs, fmt.Sprintf("%s: %d gaps, %d answers", nid, n, len(r.Notes.A)))
			}
			var gaps []bank.Gap
			var keys []string
			for k, a := range r.Notes.A {
				var acc []string
				for _, s := range a {
					acc = append(acc, nfc(s))
				}
				gaps = append(gaps, bank.Gap{Accept: acc})
				keys = append(keys, fmt.Sprintf("%d. %s", k+1, acc[0]))
			}
			f.Items = append(f.Items, &bank.Item{
				ID: nid, Skill: bank.Listening, Level: r.Level, Type: bank.TypeGapFill, Topics: topics,
				Group: id, Instructions: notesIn, Text: nfc(r.Notes.Text), Gaps: gaps,
				Feedback: bank.Text{
					Lo: "ບົດບັນທຶກຕາມລຳດັບຂອງບົດ. ຄຳຕອບ: " + strings.Join(keys, "; ") + ".",
					Vi: "Bản ghi chép đi theo thứ tự các ý của bài. Đáp án: " + strings.Join(keys, "; ") + ".",
					En: "The notes follow the order of the recording. Answers: " + strings.Join(keys, "; ") + ".",
				},
			})
		}
		if r.Summary != "" {
			// The summary is a listening task (the candidate writes what
			// was heard), rated on the writing rubric.
			f.Items = append(f.Items, &bank.Item{
				ID: id + "-sum", Skill: bank.Listening, Level: r.Level, Type: bank.TypeEssay, Topics: topics,
				Group: id, Prompt: nfc(r.Summary), Instructions: summaryIn,
				MinWords: 80 + 20*(r.Level-3), MaxWords: 150 + 30*(r.Level-3), Rubric: "writing-general",
			})
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("corpus errors:\n  %s", strings.Join(errs, "\n  "))
	}
	// The explanations are drafted here, the Lao by a non-native writer:
	// reviewed: false until a teacher and a Lao speaker have read them.
	for _, f := range files {
		for _, it := range f.Items {
			if !it.Feedback.Empty() {
				no := false
				it.Reviewed = &no
			}
		}
	}
	var out []*File
	for _, p := range order {
		out = append(out, files[p])
	}
	return out, nil
}

func explain(k bank.Text, ev string) bank.Text {
	if ev == "" {
		return k
	}
	ev = nfc(ev)
	return bank.Text{
		Lo: k.Lo + " ໃນບົດເວົ້າວ່າ: “" + ev + "”",
		Vi: k.Vi + " Trong bài: “" + ev + "”",
		En: k.En + " The recording says: “" + ev + "”",
	}
}

// YAML renders one file.
func (f *File) YAML() ([]byte, error) {
	doc := struct {
		Groups []*bank.Group `yaml:"groups,omitempty"`
		Items  []*bank.Item  `yaml:"items,omitempty"`
	}{f.Groups, f.Items}
	var n yaml.Node
	if err := n.Encode(doc); err != nil {
		return nil, err
	}
	flow(&n)
	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(f.Comment), "\n") {
		buf.WriteString("# " + line + "\n")
	}
	buf.WriteString("# Generated by `go run ./internal/bankgen/cmd/genlonglisten` from internal/bankgen/longlisten:\n# edit the corpus there, not this file.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	enc.Close()
	return regexp.MustCompile(`(?m)^(  - id: )`).ReplaceAll(buf.Bytes(), []byte("\n$1")), nil
}

// flow keeps short lists on one line and drops empty mappings.
func flow(n *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		var content []*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.MappingNode && len(v.Content) == 0 {
				continue
			}
			flow(v)
			switch k.Value {
			case "topics", "accept":
				v.Style = yaml.FlowStyle
			case "options", "gaps":
				for _, e := range v.Content {
					e.Style = yaml.FlowStyle
				}
			}
			content = append(content, k, v)
		}
		n.Content = content
	case yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			flow(c)
		}
	}
}

// Write writes the files under bankDir (question_banks/nghe-dai) and removes
// generated YAML files that are no longer made.
func Write(bankDir string, files []*File) error {
	want := map[string]bool{}
	for _, f := range files {
		p := filepath.Join(bankDir, f.Path)
		want[p] = true
		data, err := f.YAML()
		if err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, data) {
			continue
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	old, _ := filepath.Glob(filepath.Join(bankDir, "*.yaml"))
	for _, p := range old {
		if filepath.Base(p) != bank.BankMarker && !want[p] {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return nil
}
