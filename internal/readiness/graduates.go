package readiness

import (
	"sort"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Course results as the Vietnamese school grades a finished course.
var Results = []string{"xuat_sac", "gioi", "kha", "trung_binh", "unknown"}

// Uses are how a graduate was used after return, the categories of the
// evaluation of graduates the two provinces agreed on.
var Uses = []string{"promoted", "same_post", "rotated", "planned", "left", "unknown"}

// Graduate is one cadre who finished a course, and what became of them.
type Graduate struct {
	ID             int64
	CandidateID    *int64 // set when the graduate was registered here as a candidate
	NameLo         string
	NameLatin      string
	ProgrammeID    int64
	Course         string // the class, e.g. "Lớp Lào khoá 3"
	GraduationYear int
	Result         string
	PositionBefore string
	PositionAfter  string
	Use            string
	Notes          string
	UpdatedAt      string
}

// Normalize trims and composes the text fields.
func (g *Graduate) Normalize() {
	for _, s := range []*string{&g.NameLo, &g.NameLatin, &g.Course, &g.PositionBefore, &g.PositionAfter} {
		*s = strings.Join(strings.Fields(norm.NFC.String(*s)), " ")
	}
	g.Notes = strings.TrimSpace(norm.NFC.String(g.Notes))
}

// Validate checks a follow-up record.
func (g Graduate) Validate(today time.Time, programmes map[int64]bool) error {
	var fe FieldErrors
	switch {
	case g.NameLo == "":
		fe.add("name_lo", "required")
	case !hasLao(g.NameLo):
		fe.add("name_lo", "lao_script")
	}
	switch {
	case g.NameLatin == "":
		fe.add("name_latin", "required")
	case hasLao(g.NameLatin):
		fe.add("name_latin", "latin_script")
	}
	if !programmes[g.ProgrammeID] {
		fe.add("programme", "choose")
	}
	if g.Course == "" {
		fe.add("course", "required")
	}
	if g.GraduationYear < 2000 || g.GraduationYear > today.Year() {
		fe.add("graduation_year", "graduation_year", "Max", today.Year())
	}
	if !contains(Results, g.Result) {
		fe.add("result", "choose")
	}
	if !contains(Uses, g.Use) {
		fe.add("use", "choose")
	}
	for field, v := range map[string]string{"name_lo": g.NameLo, "name_latin": g.NameLatin, "course": g.Course,
		"position_before": g.PositionBefore, "position_after": g.PositionAfter} {
		if len([]rune(v)) > 200 && !fe.Has(field) {
			fe.add(field, "too_long")
		}
	}
	if len([]rune(g.Notes)) > 2000 {
		fe.add("notes", "too_long")
	}
	if len(fe) > 0 {
		return fe
	}
	return nil
}

// GraduateSummary is the follow-up report: how graduates are used, overall,
// by course result and by course.
type GraduateSummary struct {
	Total int
	ByUse map[string]int
	// ByResult[result][use] counts: do better results lead to more use?
	ByResult map[string]map[string]int
	Courses  []CourseSummary
	// Known counts graduates whose use is known; shares are taken of it,
	// since an unknown outcome says nothing either way.
	Known    int
	Promoted int
	// Used counts promoted, planned and rotated graduates: put to use in
	// a new or larger role.
	Used int
}

// CourseSummary is one class of graduates.
type CourseSummary struct {
	Course   string
	Year     int
	Total    int
	Promoted int
	Used     int
}

// SummarizeGraduates builds the follow-up report.
func SummarizeGraduates(gs []Graduate) GraduateSummary {
	s := GraduateSummary{ByUse: map[string]int{}, ByResult: map[string]map[string]int{}}
	courses := map[string]*CourseSummary{}
	for _, g := range gs {
		s.Total++
		s.ByUse[g.Use]++
		if s.ByResult[g.Result] == nil {
			s.ByResult[g.Result] = map[string]int{}
		}
		s.ByResult[g.Result][g.Use]++
		cs := courses[g.Course]
		if cs == nil {
			cs = &CourseSummary{Course: g.Course, Year: g.GraduationYear}
			courses[g.Course] = cs
		}
		cs.Total++
		cs.Year = max(cs.Year, g.GraduationYear)
		used := g.Use == "promoted" || g.Use == "planned" || g.Use == "rotated"
		if g.Use != "unknown" {
			s.Known++
		}
		if g.Use == "promoted" {
			s.Promoted++
			cs.Promoted++
		}
		if used {
			s.Used++
			cs.Used++
		}
	}
	for _, c := range courses {
		s.Courses = append(s.Courses, *c)
	}
	sort.Slice(s.Courses, func(i, j int) bool {
		if s.Courses[i].Year != s.Courses[j].Year {
			return s.Courses[i].Year < s.Courses[j].Year
		}
		return s.Courses[i].Course < s.Courses[j].Course
	})
	return s
}

// Percent is n of total as a whole percentage, 0 when total is 0.
func Percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
