package readlisten

import (
	"fmt"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/bankgen/explain"
	"hocviet/internal/viet"
)

// Syl is one syllable for a tone drill: "bà|bà nội|grandmother" gives the
// syllable, a phrase that uses it and an English gloss.
type Syl string

// Set is a minimal set for "which word did you hear": the word said first,
// then the set in display order, e.g. "mà: ma mà má mả mã mạ".
type Set string

// Kind of contrast a minimal set drills.
const (
	kTone = "tone" // same letters, different tones
	kNh   = "nh"   // -nh against -n
	kCh   = "ch"   // -ch against -t
	kRL   = "rl"   // r against l
)

// ListenLevel is the listening corpus of one level.
type ListenLevel struct {
	Level int
	// Tone drills: tone_pick. Narrow offers only the three tones of the
	// syllable's half (ngang/huyền/sắc or hỏi/ngã/nặng), the sets Lao
	// speakers are reported to merge.
	Tones  []Syl
	Narrow bool
	// Minimal sets by kind: choice "which word did you hear".
	Sets map[string][]Set
	// Word dictation drills (one or two words, typed with marks).
	Words []LDict
	// Which word was in the sentence: choice.
	InSentence []LSit
	Dict       []LDict
	Sits       []LSit
	Groups     []LGroup
}

// ReadLevel is the reading corpus of one level.
type ReadLevel struct {
	Level   int
	Groups  []RGroup
	Clozes  []Cloze
	Matches []Match
	// Short single-passage true/false items: Text + one statement.
	ShortTF []ShortTF
}

// ShortTF is a one-sentence true/false item with its own short passage.
type ShortTF struct {
	Tp   []string
	Text string
	TF
}

// The recordings are espeak-ng, whose nặng is low and falling but not short
// or glottalised; the descriptions say what the candidate will hear in them
// and what a Vietnamese speaker does (issue 13), rather than promise a short
// syllable the recording does not have.
var toneLao = map[viet.Tone]string{
	viet.Ngang: "ສຽງສະເໝີ ບໍ່ມີເຄື່ອງໝາຍ",
	viet.Huyen: "ສຽງຕ່ຳ ແລະ ລົງ",
	viet.Sac:   "ສຽງສູງ ແລະ ຂຶ້ນ",
	viet.Hoi:   "ສຽງລົງ ແລ້ວຂຶ້ນ",
	viet.Nga:   "ສຽງຂຶ້ນ ແລະ ຂາດຢູ່ກາງ",
	viet.Nang:  "ສຽງຕ່ຳ ລົງ ແລະ ໜັກ (ຄົນຫວຽດອອກສຽງນີ້ສັ້ນ ແລະ ຢຸດໃນຄໍ; ສຽງເຄື່ອງໃນບົດບັນທຶກນີ້ບໍ່ສັ້ນ)",
}

var toneVi = map[viet.Tone]string{
	viet.Ngang: "giọng ngang, không có dấu",
	viet.Huyen: "giọng thấp và đi xuống",
	viet.Sac:   "giọng cao và đi lên",
	viet.Hoi:   "giọng đi xuống rồi lên",
	viet.Nga:   "giọng đi lên, có chỗ ngắt ở giữa",
	viet.Nang:  "giọng thấp, đi xuống và nặng (người Việt đọc thanh này ngắn, tắc lại ở cuối; giọng máy của bản ghi này đọc không ngắn)",
}

var toneEn = map[viet.Tone]string{
	viet.Ngang: "level, with no mark",
	viet.Huyen: "low and falling",
	viet.Sac:   "high and rising",
	viet.Hoi:   "dipping: down, then up",
	viet.Nga:   "rising with a break in the middle",
	viet.Nang:  "low, falling and heavy (people say it short and cut off; the machine voice of this recording does not make it short)",
}

func toneOf(s string) (viet.Tone, error) {
	syl, err := viet.ParseSyllable(s)
	return syl.Tone, err
}

var allListenLevels []ListenLevel
var allReadLevels []ReadLevel

var levelNames = map[int]string{1: "Bậc 1", 2: "Bậc 2", 3: "Bậc 3", 4: "Bậc 4", 5: "Bậc 5"}

func buildListening(g *Gen) {
	for _, L := range allListenLevels {
		lv := L.Level
		pre := fmt.Sprintf("nghe-b%d", lv)
		fn := func(name string) string { return fmt.Sprintf("nghe/bac%d-%s.yaml", lv, name) }
		if len(L.Tones) > 0 {
			// Naming the tone of one syllable is a Bậc 1–2 skill whatever the
			// word: the drills written for higher levels (Sino-Vietnamese
			// hỏi/ngã) are Bậc 2 items. They keep their ids and recordings.
			tlv := min(lv, 2)
			f := g.file(fmt.Sprintf("nghe/bac%d-thanh-dieu.yaml", tlv), fmt.Sprintf("Listening, %s: tone drills (tone_pick). Hear one syllable, pick its tone.", levelNames[tlv]))
			for i, s := range L.Tones {
				g.tonePick(f, fmt.Sprintf("%s-tone-%03d", pre, i+1), tlv, s, L.Narrow)
			}
		}
		if len(L.Sets) > 0 {
			f := g.file(fn("cap-tu"), fmt.Sprintf("Listening, %s: minimal sets (choice). Hear one word, pick it among words\nthat differ only in tone, in -nh/-n, -ch/-t or r/l: the contrasts Lao speakers find hard.", levelNames[lv]))
			for _, kind := range []string{kTone, kNh, kCh, kRL} {
				for i, s := range L.Sets[kind] {
					g.minimalSet(f, fmt.Sprintf("%s-min-%s-%03d", pre, kind, i+1), lv, kind, s)
				}
			}
		}
		if len(L.Words) > 0 || len(L.Dict) > 0 {
			f := g.file(fn("chinh-ta"), fmt.Sprintf("Listening, %s: dictation. Hear a word or a sentence, type it.", levelNames[lv]))
			for i, d := range L.Words {
				g.dictation(f, fmt.Sprintf("%s-word-%03d", pre, i+1), lv, d, inDictWord)
			}
			for i, d := range L.Dict {
				g.dictation(f, fmt.Sprintf("%s-dict-%03d", pre, i+1), lv, d, inDict)
			}
		}
		if len(L.InSentence) > 0 {
			f := g.file(fn("cap-tu"), fmt.Sprintf("Listening, %s: which word was in the sentence (choice).", levelNames[lv]))
			for i, s := range L.InSentence {
				id := g.id(fmt.Sprintf("%s-insent-%03d", pre, i+1))
				f.add(&bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeChoice, Topics: topics(s.Tp, "pronunciation"),
					Prompt: "Bạn nghe thấy từ nào trong câu?", Instructions: inWordInSentence, Feedback: fb(s.F, s.FE),
					Audio: "audio/" + id + ".ogg", Transcript: nfc(s.T), Options: g.options(id, s.O, false)})
			}
		}
		if len(L.Sits) > 0 {
			f := g.file(fn("tinh-huong"), fmt.Sprintf("Listening, %s: short situations (choice), one question each.", levelNames[lv]))
			for i, s := range L.Sits {
				id := g.id(fmt.Sprintf("%s-sit-%03d", pre, i+1))
				in := inListen
				if multi(s.O) {
					in = inListenMulti
				}
				f.add(&bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeChoice, Topics: topics(s.Tp),
					Prompt: nfc(s.P), Instructions: in, Feedback: fb(s.F, s.FE),
					Audio: "audio/" + id + ".ogg", Transcript: nfc(s.T), Options: g.options(id, s.O, false)})
			}
		}
		if len(L.Groups) > 0 {
			f := g.file(fn("hoi-thoai-bai-noi"), fmt.Sprintf("Listening, %s: dialogues, announcements, talks, news and lectures,\nseveral questions on each recording (choice).", levelNames[lv]))
			for gi, gr := range L.Groups {
				gid := g.id(fmt.Sprintf("%s-g%02d", pre, gi+1))
				in := map[string]Text{"dialogue": inDialogue, "talk": inTalk, "notice": inNotice, "news": inNews, "lecture": inLecture}[gr.Kind]
				if in.Empty() {
					g.errorf("%s: unknown kind %q", gid, gr.Kind)
				}
				f.Groups = append(f.Groups, &bank.Group{ID: gid, Skill: bank.Listening, Level: lv, Topics: topics(gr.Tp),
					Title: nfc(gr.Title), Instructions: in, Audio: "audio/" + gid + ".ogg", Transcript: nfc(gr.T)})
				for qi, q := range gr.Qs {
					id := g.id(fmt.Sprintf("%s-q%d", gid, qi+1))
					it := &bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeChoice, Topics: topics(q.Tp, gr.Tp...),
						Group: gid, Prompt: nfc(q.P), Feedback: fb(q.F, q.FE), Options: g.options(id, q.O, false)}
					if multi(q.O) {
						it.Instructions = map[string]Text{"dialogue": inListenMulti, "talk": inListenMulti, "notice": inListenMulti, "news": inListenMulti, "lecture": inListenMulti}[gr.Kind]
					}
					f.add(it)
				}
			}
		}
	}
}

func multi(os []string) bool {
	n := 0
	for _, o := range os {
		if strings.HasPrefix(o, "*") {
			n++
		}
	}
	return n > 1
}

func topics(own []string, fallback ...string) []string {
	if len(own) > 0 {
		return own
	}
	if len(fallback) > 0 {
		return fallback
	}
	return []string{"daily-life"}
}

func (g *Gen) tonePick(f *File, id string, lv int, s Syl, narrow bool) {
	g.id(id)
	parts := strings.Split(string(s), "|")
	if len(parts) != 3 {
		g.errorf("%s: tone drill %q is not syllable|phrase|gloss", id, s)
		return
	}
	syl, phrase, gloss := nfc(parts[0]), nfc(parts[1]), parts[2]
	t, err := toneOf(syl)
	if err != nil {
		g.errorf("%s: %v", id, err)
		return
	}
	var tones []string
	if narrow {
		if t <= viet.Sac {
			tones = []string{"ngang", "huyen", "sac"}
		} else {
			tones = []string{"hoi", "nga", "nang"}
		}
	}
	f.add(&bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeTonePick, Topics: []string{"pronunciation"},
		Prompt: "Bạn nghe thấy thanh nào?", Instructions: inTone,
		Feedback: Text{
			Lo: fmt.Sprintf("«%s» ມີວັນນະຍຸດ %s: %s.", syl, t.Vietnamese(), toneLao[t]),
			Vi: fmt.Sprintf("“%s” (như trong “%s”) mang thanh %s: %s.", syl, phrase, t.Vietnamese(), toneVi[t]),
			En: fmt.Sprintf("“%s” (%s) has the %s tone: %s.", syl, gloss, t.Vietnamese(), toneEn[t]),
		},
		Audio: "audio/" + id + ".ogg", Transcript: syl, Answer: t.String(), Tones: tones})
}

func (g *Gen) minimalSet(f *File, id string, lv int, kind string, s Set) {
	g.id(id)
	say, list, ok := strings.Cut(string(s), ":")
	if !ok {
		g.errorf("%s: minimal set %q is not \"word: set\"", id, s)
		return
	}
	say = nfc(say)
	words := strings.Fields(nfc(list))
	var opts []string
	found := false
	for _, w := range words {
		if w == say {
			found = true
			opts = append(opts, "*"+w)
		} else {
			opts = append(opts, w)
		}
	}
	if !found {
		g.errorf("%s: %q is not in its set %q", id, say, list)
	}
	var quoted []string
	for _, w := range words {
		quoted = append(quoted, "“"+w+"”")
	}
	oth := strings.Join(quoted, ", ")
	var feed Text
	switch kind {
	case kTone:
		t, _ := toneOf(say)
		feed = Text{
			Lo: fmt.Sprintf("ຄຳທີ່ໄດ້ຍິນແມ່ນ «%s» (ວັນນະຍຸດ %s). ຄຳອື່ນຕ່າງກັນແຕ່ວັນນະຍຸດເທົ່ານັ້ນ.", say, t.Vietnamese()),
			Vi: fmt.Sprintf("Bạn nghe “%s”, thanh %s. Các từ %s chỉ khác nhau về thanh điệu.", say, t.Vietnamese(), oth),
			En: fmt.Sprintf("You heard “%s”, with the %s tone. The words %s differ only in tone.", say, t.Vietnamese(), oth),
		}
	case kNh, kCh:
		fin := map[string]string{kNh: "-nh", kCh: "-ch"}[kind]
		alt := map[string]string{kNh: "-n", kCh: "-t"}[kind]
		heard := alt
		if strings.HasSuffix(viet.StripMarks(say), fin[1:]) {
			heard = fin
		}
		feed = Text{
			Lo: fmt.Sprintf("ຄຳທີ່ໄດ້ຍິນແມ່ນ «%s», ລົງທ້າຍດ້ວຍ %s. ພາສາລາວບໍ່ມີສຽງທ້າຍ -nh ແລະ -ch: ຟັງໃຫ້ດີ.", say, heard),
			Vi: fmt.Sprintf("Bạn nghe “%s”, tận cùng bằng %s. Chú ý phân biệt %s và %s: tiếng Lào không có âm cuối %s.", say, heard, fin, alt, fin),
			En: fmt.Sprintf("You heard “%s”, ending in %s. Tell %s from %s: Lao has no %s final.", say, heard, fin, alt, fin),
		}
	case kRL:
		first := "l"
		if strings.HasPrefix(say, "r") {
			first = "r"
		}
		feed = Text{
			Lo: fmt.Sprintf("ຄຳທີ່ໄດ້ຍິນແມ່ນ «%s», ຂຶ້ນຕົ້ນດ້ວຍ %s. ໃນພາສາຫວຽດ r ແລະ l ແມ່ນສອງສຽງຕ່າງກັນ.", say, first),
			Vi: fmt.Sprintf("Bạn nghe “%s”, bắt đầu bằng %s. Trong tiếng Việt, r và l là hai âm khác nhau.", say, first),
			En: fmt.Sprintf("You heard “%s”, starting with %s. In Vietnamese r and l are different sounds.", say, first),
		}
	}
	f.add(&bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeChoice, Topics: []string{"pronunciation"},
		Prompt: "Bạn nghe thấy từ nào?", Instructions: inWord, Feedback: feed,
		Audio: "audio/" + id + ".ogg", Transcript: say, Options: g.options(id, opts, true)})
}

func (g *Gen) dictation(f *File, id string, lv int, d LDict, in Text) {
	g.id(id)
	accept := explain.Variants(append([]string{nfc(d.T)}, nfcAll(d.Alt)...))
	it := &bank.Item{ID: id, Skill: bank.Listening, Level: lv, Type: bank.TypeDictation, Topics: topics(d.Tp),
		Prompt: "Nghe và viết lại câu bạn nghe được.", Instructions: in, Feedback: fb(d.F, d.FE),
		Audio: "audio/" + id + ".ogg", Transcript: nfc(d.T), Accept: accept}
	if in == inDictWord {
		it.Prompt = "Nghe và viết lại từ bạn nghe được."
		it.Topics = topics(d.Tp, "pronunciation")
	}
	f.add(it)
}

func buildReading(g *Gen) {
	for _, L := range allReadLevels {
		lv := L.Level
		pre := fmt.Sprintf("doc-b%d", lv)
		fn := func(name string) string { return fmt.Sprintf("doc/bac%d-%s.yaml", lv, name) }
		if len(L.Groups) > 0 || len(L.ShortTF) > 0 {
			f := g.file(fn("doc-hieu"), fmt.Sprintf("Reading, %s: passages with multiple-choice and true/false questions.", levelNames[lv]))
			for gi, gr := range L.Groups {
				gid := g.id(fmt.Sprintf("%s-g%02d", pre, gi+1))
				in := inRead
				if len(gr.Qs) == 0 {
					in = inTF
				}
				f.Groups = append(f.Groups, &bank.Group{ID: gid, Skill: bank.Reading, Level: lv, Topics: topics(gr.Tp),
					Title: nfc(gr.Title), Instructions: in, Passage: nfc(gr.Text)})
				n := 0
				for _, q := range gr.Qs {
					n++
					id := g.id(fmt.Sprintf("%s-q%d", gid, n))
					it := &bank.Item{ID: id, Skill: bank.Reading, Level: lv, Type: bank.TypeChoice, Topics: topics(q.Tp, gr.Tp...),
						Group: gid, Prompt: nfc(q.P), Feedback: fb(q.F, q.FE), Options: g.options(id, q.O, false)}
					if multi(q.O) {
						it.Instructions = inReadMulti
					}
					f.add(it)
				}
				for _, t := range gr.TFs {
					n++
					id := g.id(fmt.Sprintf("%s-q%d", gid, n))
					it := &bank.Item{ID: id, Skill: bank.Reading, Level: lv, Type: bank.TypeTrueFalse, Topics: topics(nil, gr.Tp...),
						Group: gid, Prompt: nfc(t.S), Feedback: fb(t.F, t.FE), Answer: fmt.Sprint(t.A)}
					if in != inTF {
						it.Instructions = inTF
					}
					f.add(it)
				}
			}
			for i, s := range L.ShortTF {
				id := g.id(fmt.Sprintf("%s-tf-%03d", pre, i+1))
				f.add(&bank.Item{ID: id, Skill: bank.Reading, Level: lv, Type: bank.TypeTrueFalse, Topics: topics(s.Tp),
					Prompt: nfc(s.S), Instructions: inTF, Feedback: fb(s.F, s.FE), Passage: nfc(s.Text), Answer: fmt.Sprint(s.A)})
			}
		}
		if len(L.Clozes) > 0 {
			f := g.file(fn("dien-tu"), fmt.Sprintf("Reading, %s: cloze. Choose (or type) the word for each gap.", levelNames[lv]))
			for i, c := range L.Clozes {
				id := g.id(fmt.Sprintf("%s-cloze-%03d", pre, i+1))
				text, gaps, typed := g.cloze(id, c.Text)
				in := inCloze
				mixed := false
				for _, gp := range gaps {
					mixed = mixed || len(gp.Accept) > 0
				}
				switch {
				case typed:
					in = inClozeTyped
				case mixed:
					in = inClozeMixed
				}
				f.add(&bank.Item{ID: id, Skill: bank.Reading, Level: lv, Type: bank.TypeCloze, Topics: topics(c.Tp),
					Instructions: in, Feedback: fb(c.F, c.FE), Text: text, Gaps: gaps})
			}
		}
		if len(L.Matches) > 0 {
			f := g.file(fn("noi"), fmt.Sprintf("Reading, %s: matching.", levelNames[lv]))
			for i, m := range L.Matches {
				id := g.id(fmt.Sprintf("%s-match-%03d", pre, i+1))
				f.add(&bank.Item{ID: id, Skill: bank.Reading, Level: lv, Type: bank.TypeMatch, Topics: topics(m.Tp),
					Prompt: nfc(m.P), Instructions: inMatch, Pairs: pairs(id, m.Pairs), Extra: nfcAll(m.X)})
			}
		}
	}
}
