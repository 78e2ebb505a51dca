// Package explain drafts the explanation (feedback) of an objective item
// from its own content, in Lao, Vietnamese and English: the tone and its
// mark for tone drills, the spelling points of a dictation or a sentence
// to restore, the grammar or collocation point of a gap, the sentence of
// the passage that supports the key of a reading or listening question.
//
// The generators of the nghe, doc and viet banks call it for every Bậc 1–3
// objective item that has no explanation in Lao and Vietnamese yet; a
// hand-written Vietnamese or English explanation is kept. The drafts are
// flagged `reviewed: false` until a teacher has read them.
package explain

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"hocviet/internal/bank"
	"hocviet/internal/viet"
)

// Text is one explanation in the three languages.
type Text = bank.Text

// Needed reports whether an item must carry a Lao and Vietnamese
// explanation: an auto-scored item at Bậc 1–3.
func Needed(it *bank.Item) bool {
	switch it.Type {
	case bank.TypeEssay, bank.TypeReadAloud, bank.TypeRespond:
		return false
	}
	return it.Level <= 3
}

// Fill gives it a drafted explanation where the Lao or the Vietnamese is
// missing, keeping what was written by hand, and marks it not reviewed.
// g is the item's group, or nil.
func Fill(it *bank.Item, g *bank.Group) {
	if !Needed(it) || (strings.TrimSpace(it.Feedback.Lo) != "" && strings.TrimSpace(it.Feedback.Vi) != "") {
		return
	}
	d := ForItem(it, g)
	if d.Empty() {
		return
	}
	if it.Feedback.Vi == "" {
		it.Feedback.Vi = d.Vi
	}
	if it.Feedback.En == "" {
		it.Feedback.En = d.En
	}
	if it.Feedback.Lo == "" {
		it.Feedback.Lo = d.Lo
	}
	f := false
	it.Reviewed = &f
}

// ForItem drafts the explanation of one item.
func ForItem(it *bank.Item, g *bank.Group) Text {
	source, listening := it.Passage, it.Skill == bank.Listening
	if it.Transcript != "" {
		source = it.Transcript
	}
	if g != nil {
		if g.Passage != "" {
			source = g.Passage
		}
		if g.Transcript != "" {
			source = g.Transcript
		}
	}
	switch it.Type {
	case bank.TypeTonePick:
		return Tone(it.Transcript)
	case bank.TypeDictation:
		return Dictation(first(it.Accept, it.Transcript), it.Accept)
	case bank.TypeAddMarks:
		return Marks(first(it.Accept, ""))
	case bank.TypeOrderWords:
		return Order(it.Accept)
	case bank.TypeGapFill, bank.TypeCloze:
		return Gaps(it.Text, it.Gaps)
	case bank.TypeMatch:
		return Match(it.Pairs)
	case bank.TypeTrueFalse:
		return TrueFalse(it.Prompt, it.Answer == "true", source)
	case bank.TypeChoice:
		return Choice(it.Prompt, it.Options, source, listening)
	}
	return Text{}
}

func first(xs []string, def string) string {
	if len(xs) > 0 {
		return xs[0]
	}
	return def
}

// Tone names the tone of one syllable and its mark.
func Tone(syl string) Text {
	s, err := viet.ParseSyllable(syl)
	if err != nil {
		return Text{}
	}
	t := s.Tone
	return Text{
		Lo: fmt.Sprintf("«%s» ມີວັນນະຍຸດ %s (%s): %s.", syl, t.Vietnamese(), markLo[t], toneLo[t]),
		Vi: fmt.Sprintf("“%s” mang thanh %s (%s): %s.", syl, t.Vietnamese(), markVi[t], toneVi[t]),
		En: fmt.Sprintf("“%s” has the %s tone (%s): %s.", syl, t.Vietnamese(), markEn[t], toneEn[t]),
	}
}

var markVi = map[viet.Tone]string{viet.Ngang: "không có dấu", viet.Huyen: "dấu huyền `", viet.Sac: "dấu sắc ´",
	viet.Hoi: "dấu hỏi", viet.Nga: "dấu ngã ~", viet.Nang: "dấu nặng, một chấm dưới chữ"}
var markLo = map[viet.Tone]string{viet.Ngang: "ບໍ່ມີເຄື່ອງໝາຍ", viet.Huyen: "ເຄື່ອງໝາຍ huyền `", viet.Sac: "ເຄື່ອງໝາຍ sắc ´",
	viet.Hoi: "ເຄື່ອງໝາຍ hỏi", viet.Nga: "ເຄື່ອງໝາຍ ngã ~", viet.Nang: "ເຄື່ອງໝາຍ nặng ເປັນຈ້ຳຢູ່ລຸ່ມຕົວອັກສອນ"}
var markEn = map[viet.Tone]string{viet.Ngang: "no mark", viet.Huyen: "grave mark `", viet.Sac: "acute mark ´",
	viet.Hoi: "hook mark (hỏi)", viet.Nga: "tilde ~", viet.Nang: "dot below"}
var toneVi = map[viet.Tone]string{viet.Ngang: "giọng ngang, đều", viet.Huyen: "giọng thấp và đi xuống",
	viet.Sac: "giọng cao và đi lên", viet.Hoi: "giọng đi xuống rồi lên", viet.Nga: "giọng đi lên, có chỗ ngắt ở giữa",
	viet.Nang: "giọng thấp, ngắn và nặng"}
var toneLo = map[viet.Tone]string{viet.Ngang: "ສຽງສະເໝີ", viet.Huyen: "ສຽງຕ່ຳ ແລະ ລົງ", viet.Sac: "ສຽງສູງ ແລະ ຂຶ້ນ",
	viet.Hoi: "ສຽງລົງ ແລ້ວຂຶ້ນ", viet.Nga: "ສຽງຂຶ້ນ ແລະ ຂາດຢູ່ກາງ", viet.Nang: "ສຽງຕ່ຳ ສັ້ນ ແລະ ໜັກ"}
var toneEn = map[viet.Tone]string{viet.Ngang: "level", viet.Huyen: "low and falling", viet.Sac: "high and rising",
	viet.Hoi: "dipping: down, then up", viet.Nga: "rising with a break in the middle", viet.Nang: "low, short and heavy"}

var wordRe = regexp.MustCompile(`[\p{L}\p{M}]+`)

// note is one spelling point about one syllable.
type note struct{ lo, vi, en string }

// spelling lists the points of a sentence a Lao speaker most often gets
// wrong when writing it: the -nh and -ch finals Lao lacks, r against l,
// hỏi against ngã, the nặng dot and the letters with marks (ư ơ ă â ê ô đ).
func spelling(sentence string, max int) []note {
	seen := map[string]bool{}
	var finals, rs, hoinga, nang, letters []note
	for _, w := range wordRe.FindAllString(sentence, -1) {
		lw := strings.ToLower(w)
		if seen[lw] {
			continue
		}
		seen[lw] = true
		s, err := viet.ParseSyllable(lw)
		if err != nil {
			continue
		}
		switch s.Coda {
		case "nh", "ch":
			finals = append(finals, note{
				fmt.Sprintf("«%s» ລົງທ້າຍດ້ວຍ -%s (ພາສາລາວບໍ່ມີສຽງທ້າຍນີ້)", lw, s.Coda),
				fmt.Sprintf("“%s” có âm cuối -%s", lw, s.Coda),
				fmt.Sprintf("“%s” ends in -%s", lw, s.Coda)})
		}
		if s.Onset == "r" {
			rs = append(rs, note{fmt.Sprintf("«%s» ຂຶ້ນຕົ້ນດ້ວຍ r ບໍ່ແມ່ນ l", lw), fmt.Sprintf("“%s” viết với r, không phải l", lw), fmt.Sprintf("“%s” is written with r, not l", lw)})
		}
		switch s.Tone {
		case viet.Hoi, viet.Nga:
			hoinga = append(hoinga, note{fmt.Sprintf("«%s» ມີ%s", lw, markLo[s.Tone]), fmt.Sprintf("“%s” mang %s", lw, markVi[s.Tone]), fmt.Sprintf("“%s” takes the %s", lw, markEn[s.Tone])})
		case viet.Nang:
			nang = append(nang, note{fmt.Sprintf("«%s» ມີ%s", lw, markLo[s.Tone]), fmt.Sprintf("“%s” mang %s", lw, markVi[s.Tone]), fmt.Sprintf("“%s” takes the %s", lw, markEn[s.Tone])})
		}
		if l := markedLetter(lw); l != "" {
			letters = append(letters, note{fmt.Sprintf("«%s» ຂຽນດ້ວຍຕົວ %s", lw, l), fmt.Sprintf("“%s” viết với chữ %s", lw, l), fmt.Sprintf("“%s” is spelt with %s", lw, l)})
		}
	}
	var out []note
	// One of each kind first, then the rest in the same order.
	kinds := [][]note{finals, hoinga, rs, nang, letters}
	for round := 0; len(out) < max; round++ {
		added := false
		for _, k := range kinds {
			if round < len(k) && len(out) < max {
				out = append(out, k[round])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

// stripTone removes the five tone marks from decomposed text, keeping the
// letter marks (circumflex, breve, horn).
var stripTone = strings.NewReplacer("\u0300", "", "\u0301", "", "\u0303", "", "\u0309", "", "\u0323", "")

// markedLetter is the first letter of w that carries a letter mark.
func markedLetter(w string) string {
	for _, r := range norm.NFC.String(stripTone.Replace(norm.NFD.String(w))) {
		if strings.ContainsRune("ăâêôơưđ", unicode.ToLower(r)) {
			return string(r)
		}
	}
	return ""
}

func joinNotes(ns []note) (lo, vi, en string) {
	var l, v, e []string
	for _, n := range ns {
		l, v, e = append(l, n.lo), append(v, n.vi), append(e, n.en)
	}
	return strings.Join(l, "; "), strings.Join(v, "; "), strings.Join(e, "; ")
}

// Dictation gives the sentence and its spelling points.
func Dictation(sentence string, accept []string) Text {
	t := Text{
		Lo: "ຂຽນທີ່ຖືກຕ້ອງແມ່ນ: " + quote("«", sentence, "»"),
		Vi: "Viết đúng là: " + quote("“", sentence, "”"),
		En: "The right spelling is: " + quote("“", sentence, "”"),
	}
	if ns := spelling(sentence, 3); len(ns) > 0 {
		lo, vi, en := joinNotes(ns)
		t.Lo += " ລະວັງ: " + lo + "."
		t.Vi += " Chú ý: " + vi + "."
		t.En += " Note: " + en + "."
	}
	if len(accept) > 1 {
		t.Lo += " ຂຽນ " + quote("«", accept[1], "»")[:len(quote("«", accept[1], "»"))-1] + " ກໍຖືກ."
		t.Vi += " Viết " + quote("“", accept[1], "”")[:len(quote("“", accept[1], "”"))-1] + " cũng đúng."
		t.En += " Also right: " + quote("“", accept[1], "”")
	}
	return t
}

// Marks gives the sentence with its marks and the points to watch.
func Marks(sentence string) Text {
	t := Text{
		Lo: "ປະໂຫຍກທີ່ມີເຄື່ອງໝາຍຄົບ: " + quote("«", sentence, "»"),
		Vi: "Câu có đủ dấu: " + quote("“", sentence, "”"),
		En: "The sentence with all its marks: " + quote("“", sentence, "”"),
	}
	if ns := spelling(sentence, 4); len(ns) > 0 {
		lo, vi, en := joinNotes(ns)
		t.Lo += " ລະວັງ: " + lo + "."
		t.Vi += " Chú ý: " + vi + "."
		t.En += " Note: " + en + "."
	}
	return t
}

// Order gives the accepted orders and the rule of Vietnamese word order
// that Lao shares: subject, verb, object; the word that describes comes
// after the word it describes; a time phrase may open or close the sentence.
func Order(accept []string) Text {
	if len(accept) == 0 {
		return Text{}
	}
	t := Text{
		Lo: "ລຳດັບຄຳທີ່ຖືກຕ້ອງ: " + quote("«", accept[0], "»"),
		Vi: "Câu đúng: " + quote("“", accept[0], "”"),
		En: "The right order: " + quote("“", accept[0], "”"),
	}
	if len(accept) > 1 {
		var q []string
		for _, a := range accept[1:] {
			q = append(q, strings.TrimSuffix(strings.TrimSpace(a), "."))
		}
		t.Lo += " ລຽງແບບນີ້ກໍຖືກ: «" + strings.Join(q, "», «") + "»."
		t.Vi += " Cũng đúng: “" + strings.Join(q, "”, “") + "”."
		t.En += " Also right: “" + strings.Join(q, "”, “") + "”."
	}
	t.Lo += " ຄືພາສາລາວ: ປະທານ – ກິລິຍາ – ກຳມະ, ແລະ ຄຳຂະຫຍາຍຢູ່ຫຼັງຄຳທີ່ມັນຂະຫຍາຍ; ຄຳບອກເວລາຢູ່ຕົ້ນ ຫຼື ທ້າຍປະໂຫຍກ."
	t.Vi += " Giống tiếng Lào: chủ ngữ – động từ – bổ ngữ, từ bổ nghĩa đứng sau từ được bổ nghĩa; cụm từ chỉ thời gian đứng đầu hoặc cuối câu."
	t.En += " As in Lao: subject – verb – object, and a describing word follows what it describes; a time phrase opens or closes the sentence."
	return t
}

// grammar holds the point behind the function words gaps most often test.
var grammar = map[string]note{
	"đã":        {"«đã» ຢູ່ໜ້າກິລິຍາ ບອກວ່າເຫດການເກີດຂຶ້ນແລ້ວ (ຄື «ໄດ້…ແລ້ວ»)", "“đã” đứng trước động từ, chỉ việc đã xảy ra", "“đã” before a verb marks what has happened"},
	"đang":      {"«đang» ຢູ່ໜ້າກິລິຍາ ບອກວ່າກຳລັງເຮັດຢູ່ (ຄື «ກຳລັງ»)", "“đang” đứng trước động từ, chỉ việc đang diễn ra", "“đang” before a verb marks what is going on"},
	"sẽ":        {"«sẽ» ຢູ່ໜ້າກິລິຍາ ບອກອະນາຄົດ (ຄື «ຈະ»)", "“sẽ” đứng trước động từ, chỉ việc sắp tới", "“sẽ” before a verb marks the future"},
	"của":       {"«của» ບອກຄວາມເປັນເຈົ້າຂອງ (ຄື «ຂອງ»)", "“của” chỉ quan hệ sở hữu", "“của” marks possession (of)"},
	"cho":       {"«cho» ບອກຜູ້ຮັບ (ຄື «ໃຫ້»)", "“cho” chỉ người nhận", "“cho” marks the receiver (for, to)"},
	"với":       {"«với» ໝາຍເຖິງ «ກັບ»", "“với” nghĩa là cùng, kèm theo", "“với” means with"},
	"để":        {"«để» ບອກຈຸດປະສົງ (ຄື «ເພື່ອ»)", "“để” chỉ mục đích", "“để” marks a purpose (in order to)"},
	"ở":         {"«ở» ບອກສະຖານທີ່ (ຄື «ຢູ່»)", "“ở” chỉ nơi chốn", "“ở” marks a place (at, in)"},
	"bằng":      {"«bằng» ບອກວິທີ ຫຼື ພາຫະນະ (ຄື «ດ້ວຍ», «ໂດຍ»)", "“bằng” chỉ phương tiện, cách thức", "“bằng” marks the means (by, with)"},
	"rất":       {"«rất» ຢູ່ໜ້າຄຳຄຸນນາມ (ຄວາມໝາຍຄື «ຫຼາຍ» ແຕ່ວາງໄວ້ກ່ອນ)", "“rất” đứng trước tính từ", "“rất” (very) comes before an adjective"},
	"không":     {"«không» ຢູ່ໜ້າກິລິຍາ ເພື່ອປະຕິເສດ (ຄື «ບໍ່»)", "“không” đứng trước động từ để phủ định", "“không” before a verb negates it"},
	"chưa":      {"«chưa» ໝາຍເຖິງ «ຍັງບໍ່»", "“chưa” nghĩa là không, tính đến lúc này", "“chưa” means not yet"},
	"là":        {"«là» ເຊື່ອມປະທານກັບຄຳນາມ (ຄື «ແມ່ນ»)", "“là” nối chủ ngữ với danh từ", "“là” links the subject to a noun (is)"},
	"và":        {"«và» ໝາຍເຖິງ «ແລະ»", "“và” nối hai từ hoặc hai vế cùng loại", "“và” joins two like words or clauses (and)"},
	"nhưng":     {"«nhưng» ໝາຍເຖິງ «ແຕ່», ບອກສິ່ງທີ່ກົງກັນຂ້າມ", "“nhưng” nối hai ý trái nhau", "“nhưng” joins two contrasting ideas (but)"},
	"vì":        {"«vì» ບອກສາເຫດ (ຄື «ເພາະວ່າ»)", "“vì” chỉ nguyên nhân", "“vì” gives the cause (because)"},
	"nên":       {"«nên» ບອກຜົນ (ຄື «ຈຶ່ງ»)", "“nên” chỉ kết quả", "“nên” gives the result (so)"},
	"nếu":       {"«nếu» ໝາຍເຖິງ «ຖ້າ»", "“nếu” chỉ điều kiện", "“nếu” sets a condition (if)"},
	"thì":       {"«thì» ເລີ່ມສ່ວນທີ່ເປັນຜົນ (ຄື «ກໍ»)", "“thì” mở đầu vế chỉ kết quả", "“thì” opens the result clause (then)"},
	"khi":       {"«khi» ໝາຍເຖິງ «ເມື່ອ»", "“khi” chỉ thời điểm", "“khi” marks a time (when)"},
	"từ":        {"«từ» ບອກຈຸດເລີ່ມຕົ້ນ (ຄື «ຈາກ»)", "“từ” chỉ điểm bắt đầu", "“từ” marks the starting point (from)"},
	"đến":       {"«đến» ບອກຈຸດໝາຍ (ຄື «ຮອດ», «ເຖິງ»)", "“đến” chỉ điểm đến", "“đến” marks the end point (to, until)"},
	"tới":       {"«tới» ຄືກັບ «đến»: ບອກຈຸດໝາຍ (ຄື «ຮອດ», «ເຖິງ»)", "“tới” cùng nghĩa với “đến”, chỉ điểm đến", "“tới”, like “đến”, marks the end point"},
	"về":        {"«về» ບອກການກັບຄືນ (ຄື «ກັບ») ຫຼື ເລື່ອງທີ່ເວົ້າເຖິງ (ຄື «ກ່ຽວກັບ»)", "“về” chỉ hướng trở lại hoặc nội dung được nói tới", "“về” marks going back, or the subject spoken of (about)"},
	"trong":     {"«trong» ໝາຍເຖິງ «ໃນ»", "“trong” chỉ vị trí hoặc khoảng thời gian bên trong", "“trong” means in, within"},
	"những":     {"«những» ຢູ່ໜ້າຄຳນາມ ບອກວ່າມີຫຼາຍ (ຄື «ບັນດາ»)", "“những” đứng trước danh từ, chỉ số nhiều", "“những” before a noun makes it plural"},
	"các":       {"«các» ຢູ່ໜ້າຄຳນາມ ບອກວ່າທັງໝົດ (ຄື «ບັນດາ», «ທຸກ»)", "“các” đứng trước danh từ, chỉ tất cả", "“các” before a noun means all the"},
	"mỗi":       {"«mỗi» ໝາຍເຖິງ «ແຕ່ລະ»", "“mỗi” chỉ từng cái một", "“mỗi” means each"},
	"cũng":      {"«cũng» ໝາຍເຖິງ «ກໍ…ຄືກັນ»", "“cũng” chỉ sự giống nhau", "“cũng” means also"},
	"đều":       {"«đều» ບອກວ່າທຸກຄົນ ຫຼື ທຸກສິ່ງຄືກັນ (ຄື «ລ້ວນແຕ່»)", "“đều” chỉ tất cả đều như nhau", "“đều” means all alike"},
	"bị":        {"«bị» ໃຊ້ກັບສິ່ງທີ່ບໍ່ດີທີ່ເກີດກັບປະທານ (ຄື «ຖືກ»)", "“bị” dùng cho việc không mong muốn xảy đến với chủ ngữ", "“bị” marks something unwelcome happening to the subject"},
	"được":      {"«được» ໃຊ້ກັບສິ່ງທີ່ດີທີ່ປະທານໄດ້ຮັບ ຫຼື ບອກຜົນ ແລະ ໄລຍະເວລາ (ຄື «ໄດ້»)", "“được” chỉ điều tốt mà chủ ngữ nhận, hoặc kết quả, khoảng thời gian đạt được", "“được” marks something welcome received, or a result or length of time reached"},
	"có":        {"«có» ໝາຍເຖິງ «ມີ»", "“có” chỉ sự sở hữu hoặc tồn tại", "“có” means to have, there is"},
	"nhau":      {"«nhau» ໝາຍເຖິງ «ກັນ»", "“nhau” chỉ quan hệ qua lại", "“nhau” means each other"},
	"hãy":       {"«hãy» ຢູ່ໜ້າກິລິຍາ ເພື່ອຊວນ ຫຼື ບອກໃຫ້ເຮັດ (ຄື «ຈົ່ງ»)", "“hãy” đứng trước động từ để khuyên, đề nghị", "“hãy” before a verb urges or asks"},
	"phải":      {"«phải» ໝາຍເຖິງ «ຕ້ອງ»", "“phải” chỉ sự bắt buộc", "“phải” means must"},
	"cần":       {"«cần» ໝາຍເຖິງ «ຕ້ອງການ», «ຈຳເປັນ»", "“cần” chỉ sự cần thiết", "“cần” means to need"},
	"thường":    {"«thường» ໝາຍເຖິງ «ມັກຈະ», «ປົກກະຕິ»", "“thường” chỉ việc hay xảy ra", "“thường” means usually"},
	"cái":       {"«cái» ເປັນລັກສະນະນາມຂອງສິ່ງຂອງ (ຄື «ອັນ»)", "“cái” là loại từ chỉ đồ vật", "“cái” is the classifier for things"},
	"con":       {"«con» ເປັນລັກສະນະນາມຂອງສັດ (ຄື «ໂຕ»)", "“con” là loại từ chỉ động vật", "“con” is the classifier for animals"},
	"quyển":     {"«quyển» ເປັນລັກສະນະນາມຂອງປຶ້ມ (ຄື «ຫົວ»)", "“quyển” là loại từ chỉ sách, vở", "“quyển” is the classifier for books"},
	"chiếc":     {"«chiếc» ເປັນລັກສະນະນາມຂອງສິ່ງຂອງ ແລະ ພາຫະນະ (ຄື «ຄັນ», «ອັນ»)", "“chiếc” là loại từ chỉ đồ vật, xe cộ", "“chiếc” is the classifier for objects and vehicles"},
	"người":     {"«người» ເປັນລັກສະນະນາມຂອງຄົນ (ຄື «ຄົນ»)", "“người” dùng để đếm người", "“người” counts people"},
	"mấy":       {"«mấy» ຖາມຈຳນວນນ້ອຍ (ຄື «ຈັກ»)", "“mấy” hỏi số lượng nhỏ", "“mấy” asks how many (a few)"},
	"bao nhiêu": {"«bao nhiêu» ຖາມຈຳນວນ (ຄື «ເທົ່າໃດ»)", "“bao nhiêu” hỏi số lượng", "“bao nhiêu” asks how many, how much"},
	"đâu":       {"«đâu» ຖາມສະຖານທີ່ (ຄື «ໃສ»)", "“đâu” hỏi nơi chốn", "“đâu” asks where"},
	"gì":        {"«gì» ຖາມສິ່ງຂອງ (ຄື «ຫຍັງ»)", "“gì” hỏi sự vật", "“gì” asks what"},
	"ai":        {"«ai» ຖາມຄົນ (ຄື «ໃຜ»)", "“ai” hỏi người", "“ai” asks who"},
	"lắm":       {"«lắm» ຢູ່ຫຼັງຄຳຄຸນນາມ (ຄື «ຫຼາຍ»)", "“lắm” đứng sau tính từ", "“lắm” (very) comes after an adjective"},
	"quá":       {"«quá» ບອກວ່າຫຼາຍເກີນ (ຄື «ໂພດ»)", "“quá” chỉ mức độ cao, hơn bình thường", "“quá” means too, so"},
	"hơn":       {"«hơn» ໃຊ້ປຽບທຽບ (ຄື «ກວ່າ»)", "“hơn” dùng để so sánh", "“hơn” compares (more than)"},
	"nhất":      {"«nhất» ໃຊ້ປຽບທຽບສູງສຸດ (ຄື «ທີ່ສຸດ»)", "“nhất” chỉ mức cao nhất khi so sánh", "“nhất” marks the superlative (most)"},
	"tại":       {"«tại» ບອກສະຖານທີ່ ໃນພາສາທາງການ (ຄື «ທີ່», «ຢູ່»)", "“tại” chỉ nơi chốn, dùng trong văn phong trang trọng", "“tại” marks a place in formal style (at)"},
	"theo":      {"«theo» ໝາຍເຖິງ «ຕາມ»", "“theo” chỉ căn cứ hoặc sự đi cùng", "“theo” means according to, following"},
	"trước":     {"«trước» ໝາຍເຖິງ «ກ່ອນ»", "“trước” chỉ thời điểm sớm hơn", "“trước” means before"},
	"còn":       {"«còn» ໃຊ້ປຽບທຽບສອງສິ່ງ (ຄື «ສ່ວນ»)", "“còn” nối hai vế để đối chiếu hai sự việc", "“còn” sets two things side by side (while, as for)"},
	"ra":        {"«ra» ບອກທິດທາງອອກໄປ (ຄື «ອອກ»)", "“ra” chỉ hướng đi ra ngoài", "“ra” marks movement out"},
	"vào":       {"«vào» ບອກທິດທາງເຂົ້າ ຫຼື ເວລາ (ຄື «ເຂົ້າ», «ໃນ»)", "“vào” chỉ hướng đi vào hoặc thời điểm", "“vào” marks movement in, or a point in time"},
	"sau":       {"«sau» ໝາຍເຖິງ «ຫຼັງ», «ຫຼັງຈາກ»", "“sau” chỉ thời điểm muộn hơn", "“sau” means after"},
}

// Gaps explains each gap: the word it takes, the grammar point for a
// function word or the phrase it makes for a content word, the other
// accepted answers, and why the offered options are wrong.
func Gaps(text string, gaps []bank.Gap) Text {
	if len(gaps) == 0 {
		return Text{}
	}
	full := text
	var lo, vi, en []string
	for i, g := range gaps {
		ans := g.Answer
		if ans == "" && len(g.Accept) > 0 {
			ans = g.Accept[0]
		}
		full = strings.Replace(full, fmt.Sprintf("{%d}", i+1), ans, 1)
		l, v, e := gapPoint(text, i, ans)
		if len(g.Accept) > 1 {
			l += fmt.Sprintf("; ຂຽນ «%s» ກໍຖືກ", strings.Join(g.Accept[1:], "», «"))
			v += fmt.Sprintf("; viết “%s” cũng đúng", strings.Join(g.Accept[1:], "”, “"))
			e += fmt.Sprintf("; also right: “%s”", strings.Join(g.Accept[1:], "”, “"))
		}
		var wrong []string
		for _, o := range g.Options {
			if o != g.Answer {
				wrong = append(wrong, o)
			}
		}
		if len(wrong) > 0 {
			l += fmt.Sprintf("; «%s» ບໍ່ເໝາະກັບຄວາມໝາຍ ຫຼື ໄວຍາກອນຂອງບ່ອນນີ້", strings.Join(wrong, "», «"))
			v += fmt.Sprintf("; “%s” không hợp nghĩa hoặc ngữ pháp ở chỗ này", strings.Join(wrong, "”, “"))
			e += fmt.Sprintf("; “%s” does not fit the meaning or grammar here", strings.Join(wrong, "”, “"))
		}
		prefix := ""
		if len(gaps) > 1 {
			prefix = fmt.Sprintf("(%d) ", i+1)
		}
		lo, vi, en = append(lo, prefix+l), append(vi, prefix+v), append(en, prefix+e)
	}
	for i := len(gaps); i > 0; i-- { // a text with gaps of other items' numbering
		full = strings.ReplaceAll(full, fmt.Sprintf("{%d}", i), "…")
	}
	return Text{
		Lo: "ປະໂຫຍກເຕັມ: " + quote("«", full, "»") + " " + strings.Join(lo, ". ") + ".",
		Vi: "Câu đầy đủ: " + quote("“", full, "”") + " " + capFirst(strings.Join(vi, ". ")) + ".",
		En: "The full text: " + quote("“", full, "”") + " " + capFirst(strings.Join(en, ". ")) + ".",
	}
}

// gapPoint is the grammar point of a function word, or the phrase the
// answer makes with its neighbours.
func gapPoint(text string, i int, ans string) (lo, vi, en string) {
	phrase := neighbours(text, i, ans)
	if n, ok := grammar[strings.ToLower(ans)]; ok {
		return n.lo + fmt.Sprintf(", ໃນທີ່ນີ້: «%s»", phrase),
			n.vi + fmt.Sprintf(", ở đây: “%s”", phrase),
			n.en + fmt.Sprintf(", here: “%s”", phrase)
	}
	return fmt.Sprintf("ບ່ອນຫວ່າງຕ້ອງໃສ່ «%s», ເຊິ່ງໃຊ້ຄູ່ກັບຄຳອ້ອມຂ້າງໃນ «%s»", ans, phrase),
		fmt.Sprintf("chỗ trống cần “%s”, từ đi với các từ bên cạnh thành cụm “%s”", ans, phrase),
		fmt.Sprintf("the gap takes “%s”, which goes with its neighbours in “%s”", ans, phrase)
}

// neighbours is the answer with up to two words on each side, from the
// text with the other gaps shown as "…".
func neighbours(text string, i int, ans string) string {
	mark := fmt.Sprintf("{%d}", i+1)
	before, after, ok := strings.Cut(text, mark)
	if !ok {
		return ans
	}
	other := regexp.MustCompile(`\{\d+\}`)
	fs := strings.Fields(other.ReplaceAllString(before, "…") + "\x01" + ans + "\x02" + other.ReplaceAllString(after, "…"))
	start, end := 0, len(fs)-1
	for j, f := range fs {
		if strings.Contains(f, "\x01") {
			start = j
		}
		if strings.Contains(f, "\x02") {
			end = j
		}
	}
	w := strings.Join(fs[max(0, start-2):min(len(fs), end+3)], " ")
	w = strings.NewReplacer("\x01", "", "\x02", "").Replace(w)
	return strings.TrimRight(w, ".,;:!?")
}

// quote puts s in Vietnamese quotes, ending the sentence after them.
func quote(open, s, close string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimSuffix(s, ".")
	}
	return open + s + close + "."
}

func capFirst(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s
		}
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// Match lists the pairs.
func Match(pairs []bank.Pair) Text {
	var ps []string
	for _, p := range pairs {
		ps = append(ps, fmt.Sprintf("“%s” – “%s”", p.Left, p.Right))
	}
	j := strings.Join(ps, "; ")
	return Text{
		Lo: "ຄູ່ທີ່ຖືກ: " + strings.NewReplacer("“", "«", "”", "»").Replace(j) + ".",
		Vi: "Các cặp đúng: " + j + ".",
		En: "The right pairs: " + j + ".",
	}
}

var sentRe = regexp.MustCompile(`[^.!?\n]+[.!?]?`)

// support is the sentence of source that shares most words with the key
// (twice) and the question.
func support(source, key, question string) string {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range wordRe.FindAllString(s, -1) {
			m[viet.Key(w)] = true
		}
		return m
	}
	kw, qw := words(key), words(question)
	best, score := "", 0.0
	for _, s := range sentRe.FindAllString(source, -1) {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		sc, keyHit := 0.0, false
		body := s
		if l, rest, ok := strings.Cut(s, ": "); ok && len(strings.Fields(l)) <= 4 {
			body = rest // a speaker's name says nothing about the key
		}
		for w := range words(body) {
			if stop[w] {
				continue
			}
			if kw[w] {
				sc += 2
				keyHit = true
			}
			if qw[w] {
				sc++
			}
		}
		// A sentence that shares no content word with the key does not
		// support it, however many words of the question it repeats.
		if keyHit && sc > score {
			best, score = s, sc
		}
	}
	return best
}

// stop are function words too common to show that a sentence is about
// the key (keys as normalised by viet.Key).
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("các của và là có những được không trong với cho một người đã này đó ở thì mà rất cũng đều khi để từ đến về bị sẽ đang ai gì nào") {
		m[viet.Key(w)] = true
	}
	return m
}()

// Choice gives the key, the sentence of the passage or recording that
// supports it, and why the other options fail.
func Choice(prompt string, opts []bank.Option, source string, listening bool) Text {
	var keys []string
	for _, o := range opts {
		if o.Correct {
			keys = append(keys, o.Text)
		}
	}
	if len(keys) == 0 {
		return Text{}
	}
	k := strings.Join(keys, "”, “")
	if strings.Contains(prompt, "KHÔNG") {
		// The key is what the text does not say: quote where the others are.
		var others []string
		for _, o := range opts {
			if !o.Correct {
				others = append(others, o.Text)
			}
		}
		t := Text{
			Lo: fmt.Sprintf("ຄຳຕອບທີ່ຖືກ: «%s»: ບົດບໍ່ໄດ້ກ່າວເຖິງສິ່ງນີ້. ຄຳຕອບອື່ນແມ່ນມີຢູ່ໃນບົດ.", strings.Join(keys, "», «")),
			Vi: fmt.Sprintf("Đáp án đúng: “%s”: bài không nhắc đến điều này. Các phương án còn lại đều có trong bài.", k),
			En: fmt.Sprintf("The right answer: “%s”: the text does not mention it. The other options are all in the text.", k),
		}
		if s := support(source, strings.Join(others, " "), ""); s != "" {
			t.Lo += " ເຊັ່ນ: " + quote("«", s, "»")
			t.Vi += " Chẳng hạn: " + quote("“", s, "”")
			t.En += " For instance: " + quote("“", s, "”")
		}
		return t
	}
	t := Text{
		Lo: fmt.Sprintf("ຄຳຕອບທີ່ຖືກ: «%s».", strings.Join(keys, "», «")),
		Vi: fmt.Sprintf("Đáp án đúng: “%s”.", k),
		En: fmt.Sprintf("The right answer: “%s”.", k),
	}
	if s := support(source, strings.Join(keys, " "), prompt); s != "" {
		if listening {
			t.Lo += " ໃນບົດຟັງມີປະໂຫຍກວ່າ: " + quote("«", s, "»")
			t.Vi += " Trong bài nghe có câu: " + quote("“", s, "”")
			t.En += " The recording says: " + quote("“", s, "”")
		} else {
			t.Lo += " ບົດອ່ານຂຽນວ່າ: " + quote("«", s, "»")
			t.Vi += " Bài đọc viết: " + quote("“", s, "”")
			t.En += " The text says: " + quote("“", s, "”")
		}
		t.Lo += " ຄຳຕອບອື່ນບໍ່ມີໃນບົດ ຫຼື ບໍ່ກົງກັບຂໍ້ຄວາມນີ້."
		t.Vi += " Các phương án còn lại không có trong bài hoặc không khớp với câu này."
		t.En += " The other options are not in the text or do not match this sentence."
	}
	return t
}

// TrueFalse says whether the statement holds and quotes the sentence that
// decides it.
func TrueFalse(statement string, answer bool, source string) Text {
	t := Text{Lo: "ປະໂຫຍກນີ້ຜິດ.", Vi: "Câu này sai.", En: "The statement is false."}
	if answer {
		t = Text{Lo: "ປະໂຫຍກນີ້ຖືກ.", Vi: "Câu này đúng.", En: "The statement is true."}
	}
	if s := support(source, statement, ""); s != "" {
		t.Lo += " ບົດອ່ານຂຽນວ່າ: " + quote("«", s, "»")
		t.Vi += " Bài đọc viết: " + quote("“", s, "”")
		t.En += " The text says: " + quote("“", s, "”")
		if !answer {
			t.Lo += " ຂໍ້ຄວາມນີ້ບໍ່ກົງກັບປະໂຫຍກທີ່ໃຫ້."
			t.Vi += " Nội dung này không khớp với câu đã cho."
			t.En += " This does not match the statement."
		}
	}
	return t
}
