package demo

import (
	"context"
	"fmt"
	"time"

	"hocviet/internal/readiness"
	"hocviet/internal/scoring"
	"hocviet/internal/store"
)

// SeedReadiness gives the demo what the board's pages need to mean
// something on first start: criteria for both programmes (tcllct in two
// versions, so the versioning shows), quotas for the next three intakes,
// released screening results spread across the levels for the 46 learners
// (some retook the exam, a few never sat it, one result is too old),
// intake years spread over the plan, one recorded list, and the follow-up
// of graduates of courses 1–4. It expects Seed to have run.
func SeedReadiness(ctx context.Context, st *store.Store) error {
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		return err
	}
	board, err := st.Accounts.UserByUsername(ctx, "houaphanh")
	if err != nil {
		return fmt.Errorf("demo board account: %w", err)
	}
	by := &board.ID
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		return err
	}
	prog := map[string]int64{}
	for _, p := range progs {
		prog[p.Code] = p.ID
	}
	people, err := st.People.ProvincePeople(ctx, prov.ID)
	if err != nil {
		return err
	}
	if len(people) == 0 {
		return fmt.Errorf("demo readiness: no candidates; run Seed first")
	}

	// Intake years and planned posts: most of the class for the coming
	// intake, the rest spread over the two after it.
	for i, p := range people {
		switch {
		case i%4 == 1:
			p.IntakeYear = 2028
		case i%7 == 3:
			p.IntakeYear = 2029
		}
		if p.PlanningStatus == "planned" {
			p.PlannedPosition = plannedFor[i%len(plannedFor)]
		}
		if _, err := st.People.UpdateProvincePerson(ctx, prov.ID, by, p); err != nil {
			return fmt.Errorf("demo profile %s: %w", p.Username, err)
		}
	}

	if err := seedResults(ctx, st, people, by); err != nil {
		return err
	}

	// Criteria: a first tcllct version asked only for the level; the board
	// then added per-skill minimums, age, planning, posts and recency.
	first, err := st.People.SaveCriteria(ctx, prov.ID, by, readiness.Criteria{ProgrammeID: prog["tcllct"], MinLevel: 3,
		MinSkill: map[string]float64{}, MaxAge: 50, Note: "Tiêu chí tạm thời trước khi có kết quả khảo sát."})
	if err != nil {
		return err
	}
	all, err := st.People.ReleasedAttempts(ctx, prov.ID)
	if err != nil {
		return err
	}
	var recs []store.DecisionToRecord
	today := time.Now().UTC()
	for _, p := range people {
		if p.ProgrammeID != prog["tcllct"] || p.IntakeYear != 2027 {
			continue
		}
		d := readiness.Evaluate(first, p.Profile(), all[p.ID], 2027, today)
		recs = append(recs, store.DecisionToRecord{CandidateID: p.ID, IntakeYear: 2027, Decision: d})
	}
	if _, err := st.People.RecordDecisions(ctx, prov.ID, by, recs); err != nil {
		return err
	}
	if _, err := st.People.SaveCriteria(ctx, prov.ID, by, readiness.Criteria{ProgrammeID: prog["tcllct"], MinLevel: 3,
		MinSkill: map[string]float64{"listening": 4, "reading": 4, "writing": 3.5, "speaking": 4},
		MinAge:   25, MaxAge: 50, PlanningRequired: true, ExamMaxMonths: 24,
		Positions: []string{"Trưởng phòng", "Phó trưởng phòng", "Chánh văn phòng", "Phó chánh văn phòng",
			"Phó giám đốc sở", "Bí thư huyện đoàn", "Phó trưởng ban"},
		Note: "Theo đề nghị của Trường Chính trị tỉnh Thanh Hoá: nghe và nói không dưới 4,0 để theo kịp bài giảng."}); err != nil {
		return err
	}
	if _, err := st.People.SaveCriteria(ctx, prov.ID, by, readiness.Criteria{ProgrammeID: prog["bithu-truongthon"], MinLevel: 2,
		MinSkill: map[string]float64{"listening": 3, "speaking": 3}, MinAge: 16, MaxAge: 60, ExamMaxMonths: 24,
		Note: "Bí thư chi bộ kiêm trưởng bản, 16 đến 60 tuổi."}); err != nil {
		return err
	}

	quotas := map[store.QuotaKey]*int{}
	for _, y := range []int{2027, 2028, 2029} {
		q1, q2 := 30, 20
		if y == 2027 {
			q1 = 40
		}
		quotas[store.QuotaKey{ProgrammeID: prog["tcllct"], Year: y}] = &q1
		quotas[store.QuotaKey{ProgrammeID: prog["bithu-truongthon"], Year: y}] = &q2
	}
	if err := st.People.SetQuotas(ctx, prov.ID, by, quotas); err != nil {
		return err
	}
	return seedGraduates(ctx, st, prov.ID, prog["tcllct"], by)
}

var plannedFor = []string{"Phó giám đốc sở", "Trưởng phòng", "Phó bí thư huyện ủy", "Trưởng ban", "Phó trưởng ban"}

// seedResults writes two screening sittings. Abilities are spread so every
// level from Bậc 1 to Bậc 5 appears; speaking trails the other skills, as
// the school reports for Lao learners, and writing (tone marks) next.
func seedResults(ctx context.Context, st *store.Store, people []readiness.Person, by *int64) error {
	first := time.Date(2026, 3, 16, 1, 30, 0, 0, time.UTC)
	second := time.Date(2026, 10, 12, 1, 30, 0, 0, time.UTC)
	old := time.Date(2024, 5, 20, 1, 30, 0, 0, time.UTC)
	var r1, r2, r0 []store.ReleasedResult
	for i, p := range people {
		switch {
		case i%11 == 6:
			continue // registered late: never sat the exam
		case i == 9:
			// Sat an early pilot only; the result is now too old to count.
			r0 = append(r0, demoResult(p.ID, i, 4.5))
			continue
		}
		// Ability from about 1.5 to 8, in a pseudo-random but fixed order.
		ability := 1.5 + float64((i*37)%27)/4
		r1 = append(r1, demoResult(p.ID, i, ability))
		if i%2 == 0 {
			// Retakers improved by half a point to a point and a half.
			r2 = append(r2, demoResult(p.ID, i+1, ability+0.5+float64(i%3)/2))
		}
	}
	for _, s := range []struct {
		title string
		at    time.Time
		rs    []store.ReleasedResult
	}{
		{"Khảo sát thử tiếng Việt", old, r0},
		{"Kiểm tra tiếng Việt đầu vào, đợt 1", first, r1},
		{"Kiểm tra tiếng Việt đầu vào, đợt 2", second, r2},
	} {
		if err := st.People.InsertReleasedResults(ctx, s.title, s.at, nil, by, s.rs); err != nil {
			return fmt.Errorf("demo results %s: %w", s.title, err)
		}
	}
	return nil
}

func demoResult(candidateID int64, seed int, ability float64) store.ReleasedResult {
	// Offsets per skill, varied by seed: listening and reading ahead,
	// writing a little behind, speaking furthest behind.
	off := map[string]float64{
		"listening": 0.5 - float64(seed%3)*0.25,
		"reading":   0.75 - float64(seed%4)*0.25,
		"writing":   -0.25 - float64(seed%2)*0.5,
		"speaking":  -0.5 - float64(seed%5)*0.25,
	}
	raw := map[string]float64{}
	for _, s := range scoring.Skills {
		raw[s] = min(10, max(0.5, ability+off[s]))
	}
	r, err := scoring.Combine(raw)
	if err != nil {
		panic(err) // every skill is set above
	}
	return store.ReleasedResult{CandidateID: candidateID, Skills: r.Skills, Average: r.Average, Level: r.Level, NoLevel: r.NoLevel}
}

// seedGraduates records 36 graduates of courses 1–4, with the result the
// school gave and the post each held after return.
func seedGraduates(ctx context.Context, st *store.Store, provinceID, programmeID int64, by *int64) error {
	courses := []struct {
		name string
		year int
	}{{"Lớp Lào khoá 1", 2019}, {"Lớp Lào khoá 2", 2021}, {"Lớp Lào khoá 3", 2023}, {"Lớp Lào khoá 4", 2025}}
	results := []string{"gioi", "kha", "kha", "trung_binh", "xuat_sac", "kha", "gioi", "trung_binh", "kha"}
	before := []string{"Phó trưởng phòng", "Trưởng phòng", "Chuyên viên chính", "Phó chánh văn phòng", "Phó trưởng ban"}
	after := map[string][]string{
		"promoted":  {"Trưởng phòng", "Phó giám đốc sở", "Phó bí thư huyện ủy", "Chánh văn phòng"},
		"same_post": {""},
		"rotated":   {"Phó trưởng ban Tổ chức huyện ủy", "Trưởng phòng Nội vụ huyện"},
		"planned":   {""},
		"left":      {"Nghỉ hưu"},
		"unknown":   {""},
	}
	for i := 0; i < 36; i++ {
		c := courses[i%len(courses)]
		g := given[(i*5+3)%len(given)]
		f := family[(i*3+1)%len(family)]
		result := results[i%len(results)]
		use := "same_post"
		switch {
		case c.year == 2025 && i%3 == 0:
			use = "unknown" // the last course returned only months ago
		case result == "xuat_sac" || result == "gioi" && i%2 == 0:
			use = "promoted"
		case result == "gioi" || i%6 == 1:
			use = "planned"
		case i%7 == 2:
			use = "rotated"
		case c.year == 2019 && i%5 == 0:
			use = "left"
		}
		pb := before[i%len(before)]
		pa := after[use][i%len(after[use])]
		if use == "same_post" || use == "planned" {
			pa = pb
		}
		gr := readiness.Graduate{NameLo: g.lo + " " + f.lo, NameLatin: g.latin + " " + f.latin, ProgrammeID: programmeID,
			Course: c.name, GraduationYear: c.year, Result: result, PositionBefore: pb, PositionAfter: pa, Use: use}
		if _, err := st.People.SaveGraduate(ctx, provinceID, by, gr); err != nil {
			return fmt.Errorf("demo graduate: %w", err)
		}
	}
	return nil
}
