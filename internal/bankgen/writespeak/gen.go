package writespeak

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"hocviet/internal/bank"
	"hocviet/internal/bankgen/explain"
	"hocviet/internal/viet"
)

// Text is a lo/vi/en string set.
type Text struct{ Lo, Vi, En string }

// Item is one generated bank item; only the fields its type uses are set.
type Item struct {
	ID, Skill, Type string
	Level           int
	Topics          []string
	Prompt, Text    string
	Gaps            [][]string // gap_fill: accepted answers per gap
	Words, Accept   []string
	CreditTone      float64 // add_marks: >0 sets credit {tone, diacritic: 0}
	MinWords        int
	MaxWords        int
	PrepareSeconds  int
	MaxSeconds      int
	Rubric          string
	Context         string // in_vietnam, from a "+vn" corpus entry
	Instr           string // key into instructions
	Feedback        *Text
	Explain         *Text // drafted explanation of an objective item, written with reviewed: false
	Src             string
}

// Rubric ids of the core bank; lint and the store resolve rubric ids
// across all loaded banks, so the new banks refer to them.
const (
	WritingRubric  = "writing-general"
	SpeakingRubric = "speaking-general"
	// ReadAloudRubric rates reading a given text: pronunciation, tones,
	// fluency, accuracy (question_banks/core/rubrics/read-aloud.yaml).
	ReadAloudRubric = "speaking-read-aloud"
)

// Instructions by kind. The Lao is a draft for native review.
var Instructions = map[string]Text{
	"gap": {"ຂຽນຄຳທີ່ຂາດໄປໃສ່ບ່ອນຫວ່າງ ເປັນພາສາຫວຽດທີ່ມີເຄື່ອງໝາຍຄົບ.",
		"Viết từ còn thiếu vào chỗ trống, có đủ dấu.",
		"Type the missing word in each gap, with all its marks."},
	"order": {"ລຽງຄຳໃຫ້ເປັນປະໂຫຍກທີ່ຖືກຕ້ອງ.",
		"Sắp xếp các từ thành câu đúng.",
		"Put the words in order to make a correct sentence."},
	"marks": {"ຂຽນປະໂຫຍກຄືນໃໝ່ ໃສ່ເຄື່ອງໝາຍວັນນະຍຸດ ແລະ ເຄື່ອງໝາຍສະຫຼະໃຫ້ຄົບ.",
		"Viết lại câu, thêm đủ dấu thanh và dấu chữ.",
		"Rewrite the sentence with all its tone marks and letter marks."},
	"essay": {"ຂຽນເປັນພາສາຫວຽດຕາມຫົວຂໍ້ລຸ່ມນີ້. ໃຫ້ຂຽນຕາມຈຳນວນຄຳທີ່ກຳນົດ.",
		"Viết bằng tiếng Việt theo đề bài dưới đây, đúng số từ quy định.",
		"Write in Vietnamese on the task below, within the word limits."},
	"read": {"ອ່ານຂໍ້ຄວາມລຸ່ມນີ້ອອກສຽງໃຫ້ຊັດເຈນ. ກົດປຸ່ມບັນທຶກກ່ອນອ່ານ.",
		"Đọc to, rõ đoạn văn dưới đây. Bấm nút ghi âm trước khi đọc.",
		"Read the text below aloud and clearly. Press record before you start."},
	"respond": {"ຟັງ ຫຼື ອ່ານຄຳຖາມ, ກະກຽມ, ແລ້ວຕອບເປັນພາສາຫວຽດ.",
		"Nghe hoặc đọc câu hỏi, chuẩn bị, rồi trả lời bằng tiếng Việt.",
		"Hear or read the question, prepare, then answer in Vietnamese."},
	"tones": {"ອ່ານຄຳລຸ່ມນີ້ອອກສຽງຊ້າໆ ແລະ ຊັດເຈນ. ໃຫ້ແຍກວັນນະຍຸດທັງຫົກຂອງພາສາຫວຽດ.",
		"Đọc to, chậm và rõ từng từ dưới đây. Chú ý phân biệt sáu thanh điệu.",
		"Read each word aloud, slowly and clearly. Keep the six tones apart."},
	"nhch": {"ອ່ານອອກສຽງໃຫ້ຊັດເຈນ. ສັງເກດສຽງທ້າຍ -nh ແລະ -ch ທີ່ບໍ່ມີໃນພາສາລາວ.",
		"Đọc to, rõ. Chú ý âm cuối -nh và -ch, không đọc thành -n và -t.",
		"Read aloud clearly. Mind the finals -nh and -ch: do not say them as -n and -t."},
	"rl": {"ອ່ານອອກສຽງໃຫ້ຊັດເຈນ. ໃຫ້ແຍກສຽງ r ແລະ ສຽງ l ໃຫ້ແຕກຕ່າງກັນ.",
		"Đọc to, rõ. Phân biệt âm đầu r và âm đầu l.",
		"Read aloud clearly. Keep the initials r and l apart."},
}

// DrillFeedback names the confusion each drill targets.
var DrillFeedback = map[string]Text{
	"tones": {"ຄົນລາວມັກອອກສຽງ ngang, huyền, sắc ຄ້າຍກັນ ແລະ hỏi, ngã, nặng ຄ້າຍກັນ. ໃຫ້ແຍກທັງຫົກວັນນະຍຸດ.",
		"Người Lào hay đọc ngang, huyền, sắc gần giống nhau, và hỏi, ngã, nặng gần giống nhau. Hãy giữ đủ sáu thanh: ngang đều, huyền thấp xuống, sắc lên cao, hỏi xuống rồi lên, ngã lên có ngắt, nặng thấp và ngắn.",
		"Lao speakers tend to merge ngang, huyền and sắc, and hỏi, ngã and nặng. Keep all six: ngang level, huyền low falling, sắc rising, hỏi dipping, ngã rising with a break, nặng low and short."},
	"nhch": {"ພາສາລາວບໍ່ມີສຽງທ້າຍ -nh ແລະ -ch. ຢ່າອ່ານ “anh” ເປັນ “an” ຫຼື “sách” ເປັນ “sát”.",
		"Tiếng Lào không có âm cuối -nh, -ch. Đừng đọc “anh” thành “an”, “sách” thành “sát”, “thành” thành “than”.",
		"Lao has no -nh or -ch final. Do not say “anh” as “an”, “sách” as “sát” or “thành” as “than”."},
	"rl": {"ສຽງ r ແລະ l ຕ່າງກັນ: “rau” ບໍ່ແມ່ນ “lau”. ຢ່າອ່ານ r ເປັນ l ຫຼື h.",
		"Âm r khác âm l: “rau” khác “lau”, “ra” khác “la”. Đừng đọc r thành l hoặc h.",
		"r and l are different sounds: “rau” is not “lau”, “ra” is not “la”. Do not say r as l or h."},
}

var (
	gapRe   = regexp.MustCompile(`\[([^\]]+)\]`)
	rangeRe = regexp.MustCompile(`^(\d+)-(\d+)$`)
)

// shortHash keeps an item's id stable while other lines are added or
// moved; editing the text itself makes a new item, which is what the bank
// rules ask of a changed question.
func shortHash(parts ...string) string {
	h := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:])[:6]
}

// BuildWriting makes the writing items.
func BuildWriting(es []Entry) ([]*Item, error) {
	var out []*Item
	for _, e := range es {
		it := &Item{Skill: "writing", Level: e.Level, Topics: e.Topics, Src: fmt.Sprintf("%s:%d", e.File, e.Line), Context: context(e)}
		errf := func(f string, a ...any) error { return fmt.Errorf("%s: %s", it.Src, fmt.Sprintf(f, a...)) }
		var short string
		switch e.Kind {
		case "G":
			it.Type, it.Instr, short = "gap_fill", "gap", "gap"
			n := 0
			it.Text = gapRe.ReplaceAllStringFunc(e.Text, func(m string) string {
				n++
				var acc []string
				for _, a := range strings.Split(m[1:len(m)-1], "|") {
					acc = append(acc, strings.TrimSpace(a))
				}
				it.Gaps = append(it.Gaps, acc)
				return "{" + strconv.Itoa(n) + "}"
			})
			if n == 0 {
				return nil, errf("gap_fill line has no [gap]")
			}
		case "O":
			it.Type, it.Instr, short = "order_words", "order", "order"
			main, alts, _ := strings.Cut(e.Text, "|")
			tiles := strings.Split(main, " / ")
			if len(tiles) < 3 {
				return nil, errf("order_words needs at least 3 tiles separated by \" / \"")
			}
			keepCap := strings.HasPrefix(tiles[0], "*")
			tiles[0] = strings.TrimPrefix(tiles[0], "*")
			for i := range tiles {
				tiles[i] = strings.TrimSpace(tiles[i])
			}
			it.Accept = []string{strings.Join(tiles, " ")}
			for _, a := range strings.Split(alts, "|") {
				a = strings.TrimSpace(a)
				if a != "" && !slices.ContainsFunc(it.Accept, func(x string) bool { return viet.Key(x) == viet.Key(a) }) {
					it.Accept = append(it.Accept, a)
				}
			}
			shown := make([]string, len(tiles))
			for i, t := range tiles {
				t = strings.TrimRight(t, ".,!?;:")
				if i == 0 && !keepCap {
					r, size := utf8.DecodeRuneInString(t)
					t = string(unicode.ToLower(r)) + t[size:]
				}
				shown[i] = t
			}
			it.Words = shuffleTiles(shown, it.Accept, e.Text)
		case "M":
			it.Type, it.Instr, short = "add_marks", "marks", "marks"
			// Restoring marks is a spelling drill of Bậc 1–2 (lint refuses it
			// higher): the Bậc 3 sentences are Bậc 2 items.
			if e.Level > 2 {
				it.Level = 2
			}
			it.Text = viet.StripMarks(e.Text)
			// Other accepted spellings of the same letters (hằng/hàng);
			// a variant with other letters (Viêng/Viên) is not this text.
			for _, v := range explain.Variants([]string{e.Text}) {
				if viet.Key(viet.StripMarks(v)) == viet.Key(it.Text) {
					it.Accept = append(it.Accept, v)
				}
			}
			if e.Level >= 4 {
				it.CreditTone = 0.25
			}
		case "E":
			it.Type, it.Instr, short = "essay", "essay", "essay"
			rng, prompt, ok := strings.Cut(e.Text, "|")
			m := rangeRe.FindStringSubmatch(strings.TrimSpace(rng))
			if !ok || m == nil {
				return nil, errf("essay line wants \"MIN-MAX | prompt\"")
			}
			it.MinWords, _ = strconv.Atoi(m[1])
			it.MaxWords, _ = strconv.Atoi(m[2])
			it.Prompt = strings.ReplaceAll(strings.TrimSpace(prompt), `\n`, "\n")
			it.Rubric = WritingRubric
		default:
			return nil, errf("kind %s is not a writing entry", e.Kind)
		}
		it.ID = fmt.Sprintf("viet-b%d-%s-%s", it.Level, short, shortHash(e.Kind, idText(e)))
		if it.Level <= 3 {
			var d explain.Text
			switch it.Type {
			case "gap_fill":
				var gaps []bank.Gap
				for _, acc := range it.Gaps {
					gaps = append(gaps, bank.Gap{Accept: acc})
				}
				d = explain.Gaps(it.Text, gaps)
			case "order_words":
				d = explain.Order(it.Accept)
			case "add_marks":
				d = explain.Marks(it.Accept[0])
			}
			if !d.Empty() {
				it.Explain = &Text{Lo: d.Lo, Vi: d.Vi, En: d.En}
			}
		}
		out = append(out, it)
	}
	return out, checkIDs(out)
}

// idText is the part of an entry that names the question: accepted
// alternatives (a second word order, another gap answer) can be added
// without changing the item's id.
func idText(e Entry) string {
	switch e.Kind {
	case "O":
		main, _, _ := strings.Cut(e.Text, "|")
		return strings.TrimSpace(main)
	case "G":
		return gapRe.ReplaceAllStringFunc(e.Text, func(m string) string {
			first, _, _ := strings.Cut(m[1:len(m)-1], "|")
			return "[" + strings.TrimSpace(first) + "]"
		})
	}
	return e.Text
}

// shuffleTiles gives the tiles in an order that is not an accepted answer,
// the same on every run.
func shuffleTiles(tiles, accept []string, seed string) []string {
	h := sha1.Sum([]byte(seed))
	var s1, s2 uint64
	for i := 0; i < 8; i++ {
		s1 = s1<<8 | uint64(h[i])
		s2 = s2<<8 | uint64(h[8+i])
	}
	r := rand.New(rand.NewPCG(s1, s2))
	keys := map[string]bool{}
	for _, a := range accept {
		keys[viet.Key(a)] = true
	}
	out := slices.Clone(tiles)
	for try := 0; try < 50; try++ {
		r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		if !keys[viet.Key(strings.Join(out, " "))] {
			return out
		}
	}
	return out
}

// Respond timing by level: preparation and the longest recording.
var respondTiming = map[int][2]int{1: {15, 45}, 2: {30, 90}, 3: {45, 120}, 4: {60, 150}, 5: {90, 180}, 6: {90, 240}}

// BuildSpeaking makes the speaking items.
func BuildSpeaking(es []Entry) ([]*Item, error) {
	var out []*Item
	for _, e := range es {
		it := &Item{Skill: "speaking", Level: e.Level, Topics: e.Topics, Src: fmt.Sprintf("%s:%d", e.File, e.Line), Rubric: SpeakingRubric, Context: context(e)}
		var short string
		switch e.Kind {
		case "R":
			it.Type, it.Instr, short = "read_aloud", "read", "read"
			it.Rubric = ReadAloudRubric
			it.Text = e.Text
			it.MaxSeconds = readSeconds(e.Text, e.Level)
		case "D":
			kind, text, ok := strings.Cut(e.Text, ":")
			if _, known := DrillFeedback[kind]; !ok || !known {
				return nil, fmt.Errorf("%s: drill wants \"D tones|nhch|rl: text\"", it.Src)
			}
			fb := DrillFeedback[kind]
			it.Type, it.Instr, short = "read_aloud", kind, "drill-"+kind
			it.Rubric = ReadAloudRubric
			it.Text = strings.TrimSpace(text)
			it.MaxSeconds = readSeconds(it.Text, 1) // drills are read slowly at any level
			it.Feedback = &fb
		case "P":
			it.Type, it.Instr, short = "respond", "respond", "respond"
			it.Prompt = strings.ReplaceAll(e.Text, `\n`, "\n")
			t := respondTiming[e.Level]
			it.PrepareSeconds, it.MaxSeconds = t[0], t[1]
		default:
			return nil, fmt.Errorf("%s: kind %s is not a speaking entry", it.Src, e.Kind)
		}
		it.ID = fmt.Sprintf("noi-b%d-%s-%s", e.Level, short, shortHash(e.Kind, e.Text))
		out = append(out, it)
	}
	return out, checkIDs(out)
}

// readSeconds allows a learner at the level time to read the text: about
// a syllable a second at Bậc 1, faster above, with a margin for a restart.
func readSeconds(text string, level int) int {
	syl := len(strings.Fields(strings.NewReplacer("–", " ", "-", " ", ",", " ").Replace(text)))
	per := map[int]float64{1: 1.1, 2: 0.9, 3: 0.75, 4: 0.65, 5: 0.6, 6: 0.55}[level]
	s := int(float64(syl)*per) + 15
	s = (s + 4) / 5 * 5
	return min(max(s, 20), 240)
}

func checkIDs(items []*Item) error {
	seen := map[string]string{}
	for _, it := range items {
		if s, dup := seen[it.ID]; dup {
			return fmt.Errorf("%s: same id %s as %s (a repeated line?)", it.Src, it.ID, s)
		}
		seen[it.ID] = it.Src
	}
	return nil
}

// q quotes s as a YAML double-quoted scalar (JSON strings are valid YAML).
func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimRight(b.String(), "\n")
}

func qList(ss []string) string {
	qs := make([]string, len(ss))
	for i, s := range ss {
		qs[i] = q(s)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

func textYAML(t Text) string {
	return fmt.Sprintf("{lo: %s, vi: %s, en: %s}", q(t.Lo), q(t.Vi), q(t.En))
}

// ItemsYAML renders a file of items; repeated instructions become anchors.
func ItemsYAML(header string, items []*Item) []byte {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("# Generated by internal/bankgen/writespeak (go run ./internal/bankgen/cmd/genwritespeak): edit the corpus there, not this file.\nitems:\n")
	anchored := map[string]bool{}
	for i, it := range items {
		if i > 0 {
			b.WriteString("\n")
		}
		w := func(k, v string) { fmt.Fprintf(&b, "    %s: %s\n", k, v) }
		fmt.Fprintf(&b, "  - id: %s\n", it.ID)
		w("skill", it.Skill)
		w("level", strconv.Itoa(it.Level))
		w("type", it.Type)
		w("topics", "["+strings.Join(it.Topics, ", ")+"]")
		if it.Prompt != "" {
			if strings.Contains(it.Prompt, "\n") {
				b.WriteString("    prompt: |-\n")
				for _, l := range strings.Split(it.Prompt, "\n") {
					b.WriteString("      " + l + "\n")
				}
			} else {
				w("prompt", q(it.Prompt))
			}
		}
		if it.Text != "" {
			w("text", q(it.Text))
		}
		if len(it.Gaps) > 0 {
			b.WriteString("    gaps:\n")
			for _, g := range it.Gaps {
				fmt.Fprintf(&b, "      - accept: %s\n", qList(g))
			}
		}
		if len(it.Words) > 0 {
			w("words", qList(it.Words))
		}
		if len(it.Accept) > 0 {
			b.WriteString("    accept:\n")
			for _, a := range it.Accept {
				b.WriteString("      - " + q(a) + "\n")
			}
		}
		if it.CreditTone > 0 {
			w("credit", fmt.Sprintf("{tone: %g, diacritic: 0}", it.CreditTone))
		}
		if it.MaxWords > 0 {
			w("min_words", strconv.Itoa(it.MinWords))
			w("max_words", strconv.Itoa(it.MaxWords))
		}
		if it.PrepareSeconds > 0 {
			w("prepare_seconds", strconv.Itoa(it.PrepareSeconds))
		}
		if it.MaxSeconds > 0 {
			w("max_seconds", strconv.Itoa(it.MaxSeconds))
		}
		if it.Rubric != "" {
			w("rubric", it.Rubric)
		}
		if it.Context != "" {
			w("context", it.Context)
		}
		anchor := strings.ReplaceAll(it.Instr, "-", "_")
		if anchored[anchor] {
			w("instructions", "*"+anchor)
		} else {
			anchored[anchor] = true
			w("instructions", "&"+anchor+" "+textYAML(Instructions[it.Instr]))
		}
		if it.Explain != nil {
			w("feedback", textYAML(*it.Explain))
			w("reviewed", "false")
		}
		if it.Feedback != nil {
			fa := "fb_" + anchor
			if anchored[fa] {
				w("feedback", "*"+fa)
			} else {
				anchored[fa] = true
				w("feedback", "&"+fa+" "+textYAML(*it.Feedback))
			}
		}
	}
	return []byte(b.String())
}

// writeFile writes data to path when it differs, creating folders.
func writeFile(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// context is the item's context field for a corpus entry.
func context(e Entry) string {
	if e.InVietnam {
		return "in_vietnam"
	}
	return ""
}
