package readiness

import (
	"reflect"
	"testing"
)

func fieldsOf(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	fe, ok := err.(FieldErrors)
	if !ok {
		t.Fatalf("error of type %T: %v", err, err)
	}
	var out []string
	for _, e := range fe {
		out = append(out, e.Field)
	}
	return out
}

var programmes = map[int64]bool{1: true, 2: true}

func TestPersonValidate(t *testing.T) {
	ok := Person{NameLo: "ສົມພອນ ພົມມະວົງ", NameLatin: "Somphone Phommavong", DateOfBirth: "1985-03-02", Gender: "male",
		Position: "Trưởng phòng", Unit: "Sở Y tế", PlanningStatus: "planned", ProgrammeID: 1, IntakeYear: 2027}
	tests := []struct {
		name   string
		edit   func(p *Person)
		fields []string
	}{
		{"valid", func(p *Person) {}, nil},
		{"names swapped", func(p *Person) { p.NameLo, p.NameLatin = p.NameLatin, p.NameLo }, []string{"name_lo", "name_latin"}},
		{"empty", func(p *Person) { *p = Person{} }, []string{"name_lo", "name_latin", "date_of_birth", "gender", "position", "unit", "planning_status"}},
		{"child", func(p *Person) { p.DateOfBirth = "2015-01-01" }, []string{"date_of_birth"}},
		{"bad date", func(p *Person) { p.DateOfBirth = "02/03/1985" }, []string{"date_of_birth"}},
		{"unknown programme", func(p *Person) { p.ProgrammeID = 9 }, []string{"programme"}},
		{"bad year", func(p *Person) { p.IntakeYear = 27 }, []string{"intake_year"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.edit(&p)
			if got := fieldsOf(t, p.Validate(today, programmes)); !reflect.DeepEqual(got, tt.fields) {
				t.Errorf("got %v, want %v", got, tt.fields)
			}
		})
	}
}

func TestPersonNormalizeAndDiff(t *testing.T) {
	before := Person{NameLatin: "Somphone", Position: "Trưởng phòng", ProgrammeID: 1, IntakeYear: 2027}
	after := before
	// NFD input, doubled spaces: the same text once normalised.
	after.Position = "Tru\u031bo\u031b\u0309ng  pho\u0300ng "
	after.Normalize()
	if got := Diff(before, after); len(got) != 0 {
		t.Fatalf("normalised position differs: %+v", got)
	}
	after.PlannedPosition = "Phó giám đốc sở"
	after.IntakeYear = 2028
	want := []Change{{"planned_position", "", "Phó giám đốc sở"}, {"intake_year", "2027", "2028"}}
	if got := Diff(before, after); !reflect.DeepEqual(got, want) {
		t.Fatalf("diff: got %+v, want %+v", got, want)
	}
}

func TestGraduates(t *testing.T) {
	g := Graduate{NameLo: "ວິໄລ", NameLatin: "Vilay", ProgrammeID: 1, Course: "Lớp Lào khoá 3", GraduationYear: 2024,
		Result: "gioi", Use: "promoted"}
	if err := g.Validate(today, programmes); err != nil {
		t.Fatalf("valid graduate: %v", err)
	}
	bad := g
	bad.GraduationYear, bad.Result, bad.Use, bad.Course = 2030, "A+", "", ""
	if got, want := fieldsOf(t, bad.Validate(today, programmes)), []string{"course", "graduation_year", "result", "use"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}

	gs := []Graduate{
		{Course: "Lớp Lào khoá 4", GraduationYear: 2025, Result: "gioi", Use: "promoted"},
		{Course: "Lớp Lào khoá 3", GraduationYear: 2024, Result: "kha", Use: "same_post"},
		{Course: "Lớp Lào khoá 3", GraduationYear: 2024, Result: "gioi", Use: "planned"},
		{Course: "Lớp Lào khoá 4", GraduationYear: 2025, Result: "trung_binh", Use: "unknown"},
	}
	s := SummarizeGraduates(gs)
	if s.Total != 4 || s.Known != 3 || s.Promoted != 1 || s.Used != 2 {
		t.Fatalf("summary: %+v", s)
	}
	if s.ByResult["gioi"]["promoted"] != 1 || s.ByUse["unknown"] != 1 {
		t.Fatalf("by result/use: %+v %+v", s.ByResult, s.ByUse)
	}
	if len(s.Courses) != 2 || s.Courses[0].Course != "Lớp Lào khoá 3" || s.Courses[1].Promoted != 1 {
		t.Fatalf("courses: %+v", s.Courses)
	}
	if Percent(1, 3) != 33 || Percent(2, 3) != 67 || Percent(1, 0) != 0 {
		t.Fatal("percent rounding")
	}
}

func TestReport(t *testing.T) {
	a1 := attempt(1, "2026-03-01", 5, 6, 4, 4.5, 5, 3)
	a2 := attempt(2, "2026-09-01", 6, 4.5, 4.5, 3.5, 4.5, 3)
	p := &Practice{PerSkill: map[string]SkillPractice{"listening": {Items: 50}, "reading": {Items: 40}, "writing": {Items: 30}, "speaking": {Items: 4}},
		Errors: []ErrorCount{{Kind: "tone", Expected: "nga", Given: "hoi", Count: 12}, {Kind: "mark", Expected: "ư", Given: "u", Count: 5}, {Kind: "tone", Expected: "sac", Given: "ngang", Count: 2}}}
	r := BuildReport([]Attempt{a2, a1}, p, &tcllct)
	if r.Latest.ID != 2 || r.Previous.ID != 1 {
		t.Fatalf("latest/previous: %d %d", r.Latest.ID, r.Previous.ID)
	}
	if r.Best["reading"] != 6 || r.Best["listening"] != 6 || r.BestAverage != 5 || r.BestLevel != 3 {
		t.Fatalf("best: %+v %v %d", r.Best, r.BestAverage, r.BestLevel)
	}
	want := []string{
		"advice.reach_min(Skill=readiness.skill.speaking,Score=3.5,Min=4)",
		"advice.dropped(Skill=readiness.skill.reading,From=6,To=4.5)",
		"advice.tone(Expected=readiness.tone.nga,Given=readiness.tone.hoi,Count=12)",
		"advice.mark(Expected=ư,Given=u,Count=5)",
		"advice.practise_more(Skill=readiness.skill.speaking,Items=4)",
	}
	if got := keys(r.Advice); !reflect.DeepEqual(got, want) {
		t.Fatalf("advice:\n got %q\nwant %q", got, want)
	}
	if got := keys(BuildReport(nil, nil, nil).Advice); !reflect.DeepEqual(got, []string{"advice.take_exam()"}) {
		t.Fatalf("no attempts: %q", got)
	}
	even := BuildReport([]Attempt{attempt(1, "2026-03-01", 6, 6, 6, 6, 6, 4)}, nil, nil)
	if got := keys(even.Advice); !reflect.DeepEqual(got, []string{"advice.keep_going()"}) {
		t.Fatalf("even scores: %q", got)
	}
}

func TestClass(t *testing.T) {
	a := attempt(1, "2026-03-01", 5, 6, 4, 1.5, 4, 3)
	b := attempt(2, "2026-03-01", 7, 2, 4.5, 2, 4, 3)
	st := Class([]*Attempt{&a, nil, &b})
	if st.Members != 3 || st.Tested != 2 || st.Levels[3] != 2 {
		t.Fatalf("members/tested/levels: %+v", st)
	}
	if got := st.Bands["speaking"]; got[1] != 1 || got[2] != 1 {
		t.Fatalf("speaking bands: %v", got)
	}
	if st.Means[0].Skill != "speaking" || st.Means[0].Mean != 1.75 || st.Means[3].Skill != "listening" {
		t.Fatalf("weakest first: %+v", st.Means)
	}
	items := []ItemStat{{Ref: "a", Answered: 10, Score: 9, Max: 10}, {Ref: "b", Answered: 10, Score: 2, Max: 10},
		{Ref: "c", Answered: 2, Score: 0, Max: 2}, {Ref: "d", Answered: 5, Score: 1, Max: 5}}
	got := WeakestItems(items, 2)
	if len(got) != 2 || got[0].Ref != "b" || got[1].Ref != "d" {
		t.Fatalf("weakest items: %+v", got)
	}
}

func TestSortByName(t *testing.T) {
	lo := []string{"ວິໄລ", "ບຸນມີ", "ແສງເດືອນ", "ສົມພອນ", "ຄຳພັນ", "ກາ"}
	SortByName(lo, "lo", func(s string) string { return s }, false)
	// Lao order: ກ ຄ ສ ບ ວ — preposed vowels (ແ) do not count first.
	if want := []string{"ກາ", "ຄຳພັນ", "ສົມພອນ", "ແສງເດືອນ", "ບຸນມີ", "ວິໄລ"}; !reflect.DeepEqual(lo, want) {
		t.Fatalf("lao: got %q, want %q", lo, want)
	}
	vi := []string{"Đức", "Dung", "Ánh", "anh", "Ba", "Ân", "Ăn"}
	SortByName(vi, "latin", func(s string) string { return s }, false)
	if want := []string{"anh", "Ánh", "Ăn", "Ân", "Ba", "Dung", "Đức"}; !reflect.DeepEqual(vi, want) {
		t.Fatalf("vietnamese: got %q, want %q", vi, want)
	}
	SortByName(vi, "latin", func(s string) string { return s }, true)
	if vi[0] != "Đức" {
		t.Fatalf("descending: %q", vi)
	}
}
