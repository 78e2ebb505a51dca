// Package reference holds the positions, units and districts the board
// works with, named in Lao, Vietnamese and English (issue 17 point 16).
//
// Stored profiles keep the text they were given; this package recognises a
// text by its code or any of its names (and the romanised spellings the
// demo and older files used) so that pages show it in the page language,
// the import takes a code or either name, and a stored value stays the
// Vietnamese name the eligibility criteria already compare against. Text
// that matches nothing is kept and shown as it is.
package reference

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Entry is one position, unit or district.
type Entry struct {
	Code, Lo, Vi, En string
	// Aliases are older spellings (romanisations) recognised on input.
	Aliases []string
}

// Name is the entry's name in a page language.
func (e Entry) Name(lang string) string {
	switch lang {
	case "lo":
		return e.Lo
	case "en":
		return e.En
	}
	return e.Vi
}

// Kind is one list.
type Kind string

const (
	Positions Kind = "position"
	Units     Kind = "unit"
	Districts Kind = "district"
)

// Districts of Houaphanh (ແຂວງຫົວພັນ), in Lao script and the Vietnamese
// names Vietnamese documents use.
var houaphanhDistricts = []Entry{
	{"hp-xamneua", "ຊຳເໜືອ", "Sầm Nưa", "Xamneua", []string{"Xam Neua", "Sam Neua"}},
	{"hp-xiengkhor", "ຊຽງຄໍ້", "Xiêng Khọ", "Xiengkhor", []string{"Xiengkho"}},
	{"hp-viengthong", "ວຽງທອງ", "Viêng Thong", "Viengthong", nil},
	{"hp-viengxay", "ວຽງໄຊ", "Viêng Xay", "Viengxay", []string{"Viengxai", "Vieng Xay"}},
	{"hp-huameuang", "ຫົວເມືອງ", "Hua Mương", "Huameuang", []string{"Houameuang"}},
	{"hp-xamtay", "ຊຳໃຕ້", "Sầm Tớ", "Xamtay", []string{"Samtay", "Sầm Tạy"}},
	{"hp-sopbao", "ສົບເບົາ", "Sốp Bâu", "Sopbao", nil},
	{"hp-et", "ແອດ", "Ét", "Et", nil},
	{"hp-kuan", "ກວັນ", "Cuôn", "Kuan", []string{"Kuane"}},
	{"hp-xon", "ຊ່ອນ", "Xon", "Xon", []string{"Sone"}},
}

// Common positions of the cadres the board plans for.
var positions = []Entry{
	{"truong-phong", "ຫົວໜ້າຂະແໜງ", "Trưởng phòng", "Head of section", nil},
	{"pho-truong-phong", "ຮອງຫົວໜ້າຂະແໜງ", "Phó trưởng phòng", "Deputy head of section", nil},
	{"chanh-van-phong", "ຫົວໜ້າຫ້ອງການ", "Chánh văn phòng", "Head of office", nil},
	{"pho-chanh-van-phong", "ຮອງຫົວໜ້າຫ້ອງການ", "Phó chánh văn phòng", "Deputy head of office", nil},
	{"pho-giam-doc-so", "ຮອງຫົວໜ້າພະແນກ", "Phó giám đốc sở", "Deputy director of a provincial department", nil},
	{"bi-thu-huyen-doan", "ເລຂາຊາວໜຸ່ມເມືອງ", "Bí thư huyện đoàn", "District Youth Union secretary", nil},
	{"truong-ban", "ຫົວໜ້າຄະນະ", "Trưởng ban", "Head of committee", nil},
	{"pho-truong-ban", "ຮອງຫົວໜ້າຄະນະ", "Phó trưởng ban", "Deputy head of committee", nil},
	{"chuyen-vien-chinh", "ພະນັກງານວິຊາການອາວຸໂສ", "Chuyên viên chính", "Senior official", nil},
	{"pho-bi-thu-huyen-uy", "ຮອງເລຂາພັກເມືອງ", "Phó bí thư huyện ủy", "Deputy district party secretary", nil},
	{"bi-thu-chi-bo", "ເລຂາໜ່ວຍພັກ", "Bí thư chi bộ", "Party cell secretary", nil},
	{"chu-tich-xa", "ຫົວໜ້າກຸ່ມບ້ານ", "Chủ tịch xã", "Head of village cluster", nil},
	{"truong-ban-lang", "ນາຍບ້ານ", "Trưởng bản", "Village chief", nil},
}

// Units of the demo province.
var units = []Entry{
	{"hp-agriculture", "ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ ແຂວງຫົວພັນ", "Sở Nông nghiệp và Lâm nghiệp tỉnh Hủa Phăn", "Houaphanh Department of Agriculture and Forestry", nil},
	{"hp-education", "ພະແນກສຶກສາທິການ ແລະ ກິລາ ແຂວງຫົວພັນ", "Sở Giáo dục và Thể thao tỉnh Hủa Phăn", "Houaphanh Department of Education and Sports", nil},
	{"hp-organisation", "ຄະນະຈັດຕັ້ງພັກແຂວງຫົວພັນ", "Ban Tổ chức Tỉnh ủy Hủa Phăn", "Houaphanh Provincial Party Organisation Committee", nil},
	{"hp-health", "ພະແນກສາທາລະນະສຸກ ແຂວງຫົວພັນ", "Sở Y tế tỉnh Hủa Phăn", "Houaphanh Department of Health", nil},
	{"hp-inspection", "ຄະນະກວດກາພັກແຂວງຫົວພັນ", "Ủy ban Kiểm tra Tỉnh ủy Hủa Phăn", "Houaphanh Provincial Party Inspection Committee", nil},
	{"hp-viengxay-party", "ຄະນະພັກເມືອງວຽງໄຊ", "Huyện ủy Viêng Xay", "Viengxay District Party Committee", nil},
	{"hp-xamtay-party", "ຄະນະພັກເມືອງຊຳໃຕ້", "Huyện ủy Sầm Tạy", "Xamtay District Party Committee", nil},
	{"hp-finance", "ພະແນກການເງິນ ແຂວງຫົວພັນ", "Sở Tài chính tỉnh Hủa Phăn", "Houaphanh Department of Finance", nil},
}

// List is every entry of a kind, in a stable order for forms.
func List(k Kind) []Entry {
	switch k {
	case Positions:
		return positions
	case Units:
		return units
	case Districts:
		return houaphanhDistricts
	}
	return nil
}

func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

var index = func() map[Kind]map[string]Entry {
	m := map[Kind]map[string]Entry{}
	for _, k := range []Kind{Positions, Units, Districts} {
		m[k] = map[string]Entry{}
		for _, e := range List(k) {
			for _, n := range append([]string{e.Code, e.Lo, e.Vi, e.En}, e.Aliases...) {
				m[k][fold(n)] = e
			}
		}
	}
	return m
}()

// Find recognises a text as an entry by its code or any of its names.
func Find(k Kind, text string) (Entry, bool) {
	e, ok := index[k][fold(text)]
	return e, ok
}

// Display is a stored text as a page in lang shows it: the entry's name
// when the text is known, else the text as it is.
func Display(k Kind, text, lang string) string {
	if e, ok := Find(k, text); ok {
		return e.Name(lang)
	}
	return text
}

// Canonical is what a form or an import stores for a typed text: the
// Vietnamese name of a known entry (the criteria compare Vietnamese
// names), else the text as it is.
func Canonical(k Kind, text string) string {
	if e, ok := Find(k, text); ok {
		return e.Vi
	}
	return text
}
