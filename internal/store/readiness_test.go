package store

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/apperr"
	"hocviet/internal/readiness"
)

type rdFixture struct {
	st       *Store
	hp, vt   int64 // provinces: Houaphanh, Vientiane
	tcllct   int64
	bithu    int64
	board    int64 // a Houaphanh board user
	ids      []int64
	outsider int64 // a Vientiane candidate
}

func rdSetup(t *testing.T) rdFixture {
	t.Helper()
	ctx := context.Background()
	st := openTest(t)
	f := rdFixture{st: st}
	hp, _ := st.People.ProvinceByCode(ctx, "houaphanh")
	vt, _ := st.People.ProvinceByCode(ctx, "vientiane")
	f.hp, f.vt = hp.ID, vt.ID
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.tcllct, f.bithu = progs[0].ID, progs[1].ID
	b := &account.User{Username: "hp-board", PasswordHash: "x", Role: account.RoleBoard, ProvinceID: &f.hp}
	if err := st.Accounts.CreateUser(ctx, b); err != nil {
		t.Fatal(err)
	}
	f.board = b.ID
	r2, r3 := row(2, "k6-01"), row(3, "k6-02")
	r3.PlannedPosition = "Phó giám đốc sở"
	b2 := batch("reg.xlsx", &f.hp, r2, r3)
	b2.By = &f.board
	if err := st.Accounts.InsertCandidates(ctx, b2); err != nil {
		t.Fatal(err)
	}
	ps, err := st.People.ProvincePeople(ctx, f.hp)
	if err != nil || len(ps) != 2 {
		t.Fatalf("people: %d %v", len(ps), err)
	}
	for _, p := range ps {
		f.ids = append(f.ids, p.ID)
	}
	year := 2027
	out := account.Candidate{ProvinceID: f.vt, NameLo: "ວິໄລ", NameLatin: "Vilay", DateOfBirth: "1988-01-01", Gender: "female",
		PlanningStatus: "planned", ProgrammeID: &f.tcllct, IntakeYear: &year}
	if err := st.People.InsertCandidate(ctx, &out); err != nil {
		t.Fatal(err)
	}
	f.outsider = out.ID
	return f
}

func TestReadinessImportProvinceCandidates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	ps, _ := f.st.People.ProvincePeople(ctx, f.hp)
	if ps[0].PlannedPosition != "" || ps[1].PlannedPosition != "Phó giám đốc sở" {
		t.Fatalf("planned positions by line: %q %q", ps[0].PlannedPosition, ps[1].PlannedPosition)
	}
	if ps[0].Username != "k6-01" || ps[0].Cohort != "Lớp Lào khoá 6" || ps[0].ProgrammeID != f.tcllct {
		t.Fatalf("person: %+v", ps[0])
	}
	// A taken username fails the whole file, with its line.
	err := f.st.Accounts.InsertCandidates(ctx, batch("again.csv", &f.hp, row(2, "k6-09"), row(3, "k6-01")))
	var ie *account.ImportError
	if !errors.As(err, &ie) || ie.Error() != "again.csv:3: username: cannot be used: choose another or leave it empty to get a generated one" {
		t.Fatalf("got %v", err)
	}
	if ps, _ := f.st.People.ProvincePeople(ctx, f.hp); len(ps) != 2 {
		t.Fatalf("failed import left %d people", len(ps))
	}
	if ps, _ := f.st.People.ProvincePeople(ctx, f.vt); len(ps) != 1 {
		t.Fatalf("vientiane: %d people", len(ps))
	}
}

func TestReadinessUpdateProvincePersonIsScopedAndAudited(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	p, err := f.st.People.ProvincePerson(ctx, f.hp, f.ids[0])
	if err != nil {
		t.Fatal(err)
	}
	edit := *p
	edit.Position = "Phó trưởng phòng"
	edit.PlannedPosition = "Trưởng phòng"
	edit.NameLatin = "Somphone Keomany"
	changes, err := f.st.People.UpdateProvincePerson(ctx, f.hp, &f.board, edit)
	if err != nil || len(changes) != 3 {
		t.Fatalf("changes %+v err %v", changes, err)
	}
	got, _ := f.st.People.ProvincePerson(ctx, f.hp, f.ids[0])
	if got.Position != "Phó trưởng phòng" || got.PlannedPosition != "Trưởng phòng" {
		t.Fatalf("not saved: %+v", got)
	}
	u, _ := f.st.Accounts.UserByUsername(ctx, "k6-01")
	if u.DisplayName != "Somphone Keomany" {
		t.Fatalf("display name: %q", u.DisplayName)
	}
	log, err := f.st.People.ProvinceCandidateAudit(ctx, f.hp, f.ids[0])
	if err != nil || len(log) != 2 || log[0].Action != "update" || log[0].By != "hp-board" {
		t.Fatalf("audit: %+v %v", log, err)
	}
	var detail struct{ Before, After map[string]string }
	if err := json.Unmarshal([]byte(log[0].Detail), &detail); err != nil {
		t.Fatal(err)
	}
	if detail.Before["position"] != "Trưởng phòng" || detail.After["position"] != "Phó trưởng phòng" || detail.Before["planned_position"] != "" {
		t.Fatalf("before/after: %+v", detail)
	}
	// Saving the same record again changes and logs nothing.
	if changes, _ := f.st.People.UpdateProvincePerson(ctx, f.hp, &f.board, edit); len(changes) != 0 {
		t.Fatalf("no-op edit: %+v", changes)
	}
	// Another province's candidate is not found, for reading and writing.
	if _, err := f.st.People.ProvincePerson(ctx, f.hp, f.outsider); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("read outsider: %v", err)
	}
	out := edit
	out.ID = f.outsider
	if _, err := f.st.People.UpdateProvincePerson(ctx, f.hp, &f.board, out); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("write outsider: %v", err)
	}
	if _, err := f.st.People.ProvinceCandidateAudit(ctx, f.vt, f.ids[0]); err != nil {
		t.Fatal(err)
	} else if l, _ := f.st.People.ProvinceCandidateAudit(ctx, f.vt, f.ids[0]); len(l) != 0 {
		t.Fatalf("vientiane reads houaphanh audit")
	}
}

func TestReadinessCriteriaVersions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	c := readiness.Criteria{ProgrammeID: f.tcllct, MinLevel: 3, MinSkill: map[string]float64{"speaking": 4},
		MaxAge: 45, PlanningRequired: true, Positions: []string{"Trưởng phòng"}, ExamMaxMonths: 24}
	v1, err := f.st.People.SaveCriteria(ctx, f.hp, &f.board, c)
	if err != nil || v1.Version != 1 {
		t.Fatalf("v1: %+v %v", v1, err)
	}
	c.MinLevel = 4
	v2, err := f.st.People.SaveCriteria(ctx, f.hp, &f.board, c)
	if err != nil || v2.Version != 2 {
		t.Fatalf("v2: %+v %v", v2, err)
	}
	// Another province numbers its own versions.
	if vt, err := f.st.People.SaveCriteria(ctx, f.vt, nil, c); err != nil || vt.Version != 1 {
		t.Fatalf("vientiane v1: %+v %v", vt, err)
	}
	cur, err := f.st.People.CurrentCriteria(ctx, f.hp)
	if err != nil {
		t.Fatal(err)
	}
	got := cur[f.tcllct]
	if got.Version != 2 || got.MinLevel != 4 || got.MinSkill["speaking"] != 4 || !got.PlanningRequired ||
		!reflect.DeepEqual(got.Positions, []string{"Trưởng phòng"}) || got.CreatedBy != "hp-board" || got.CreatedAt.IsZero() {
		t.Fatalf("current: %+v", got)
	}
	if _, ok := cur[f.bithu]; ok {
		t.Fatal("criteria for a programme never set")
	}
	vs, _ := f.st.People.CriteriaVersions(ctx, f.hp, f.tcllct)
	if len(vs) != 2 || vs[0].Version != 2 || vs[1].MinLevel != 3 {
		t.Fatalf("versions: %+v", vs)
	}
	byID, _ := f.st.People.CriteriaByIDs(ctx, f.vt, []int64{v1.ID})
	if len(byID) != 0 {
		t.Fatal("vientiane loads houaphanh criteria by id")
	}
	if _, err := f.st.People.SaveCriteria(ctx, f.hp, nil, readiness.Criteria{ProgrammeID: f.tcllct, MinLevel: 9}); err == nil {
		t.Fatal("invalid criteria saved")
	}
}

func TestReadinessReleasedAttemptsOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	day := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	res := func(id int64, v float64, lvl int) ReleasedResult {
		return ReleasedResult{CandidateID: id, Average: v, Level: lvl,
			Skills: map[string]float64{"listening": v, "reading": v, "writing": v, "speaking": v}}
	}
	if err := f.st.People.InsertReleasedResults(ctx, "Đợt 1", day, nil, nil, []ReleasedResult{res(f.ids[0], 4, 3), res(f.outsider, 6, 4)}); err != nil {
		t.Fatal(err)
	}
	if err := f.st.People.InsertReleasedResults(ctx, "Đợt 2", day.AddDate(0, 3, 0), nil, nil, []ReleasedResult{res(f.ids[0], 5, 3), res(f.ids[1], 2, 2)}); err != nil {
		t.Fatal(err)
	}
	// The second candidate's result is withdrawn from release.
	if _, err := f.st.DB().Exec(`UPDATE exam_attempt_rows SET released_at = NULL WHERE candidate_id = ?`, f.ids[1]); err != nil {
		t.Fatal(err)
	}
	m, err := f.st.People.ReleasedAttempts(ctx, f.hp)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 1 || len(m[f.ids[0]]) != 2 {
		t.Fatalf("released attempts: %+v", m)
	}
	a := m[f.ids[0]]
	if !a[0].TakenAt.Before(a[1].TakenAt) || a[1].Skills["speaking"] != 5 || a[1].Level != 3 {
		t.Fatalf("attempts: %+v", a)
	}
	if got, _ := f.st.People.CandidateReleasedAttempts(ctx, f.hp, f.outsider); len(got) != 0 {
		t.Fatal("houaphanh reads a vientiane result")
	}
}

func TestReadinessRecordDecisions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	c, err := f.st.People.SaveCriteria(ctx, f.hp, &f.board, readiness.Criteria{ProgrammeID: f.tcllct, MinSkill: map[string]float64{"speaking": 4}})
	if err != nil {
		t.Fatal(err)
	}
	taken := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	d := readiness.Evaluate(c, readiness.Profile{}, []readiness.Attempt{{ID: 0, TakenAt: taken, Level: 3,
		Skills: map[string]float64{"listening": 5, "reading": 5, "writing": 5, "speaking": 3.5}}}, 2027, taken)
	d.Basis = nil
	d.Reasons = append(d.Reasons, readiness.Reason{Key: "readiness.reason.exam_old", Args: []readiness.Arg{
		{Name: "Date", Value: taken}, {Name: "Months", Value: 24}, {Name: "Position", Value: "Trưởng phòng"}}})
	if _, err := f.st.People.RecordDecisions(ctx, f.hp, &f.board, []DecisionToRecord{{CandidateID: f.ids[0], IntakeYear: 2027, Decision: d}}); err != nil {
		t.Fatal(err)
	}
	got, err := f.st.People.CandidateDecisions(ctx, f.hp, f.ids[0])
	if err != nil || len(got) != 1 {
		t.Fatalf("decisions: %+v %v", got, err)
	}
	r := got[0]
	if r.CriteriaVersion != 1 || r.Status != readiness.NotEligible || !r.Near || r.DecidedBy != "hp-board" || r.ProgrammeID != f.tcllct {
		t.Fatalf("recorded: %+v", r)
	}
	if !reflect.DeepEqual(r.Reasons, d.Reasons) {
		t.Fatalf("reasons round trip:\n got %#v\nwant %#v", r.Reasons, d.Reasons)
	}
	if at, v, ok, err := f.st.People.LastRecording(ctx, f.hp, f.tcllct, 2027); err != nil || !ok || v != 1 || at.IsZero() {
		t.Fatalf("last recording: %v %d %v %v", at, v, ok, err)
	}
	if _, _, ok, _ := f.st.People.LastRecording(ctx, f.vt, f.tcllct, 2027); ok {
		t.Fatal("vientiane sees houaphanh's recording")
	}
	// A candidate of another province cannot be recorded.
	if _, err := f.st.People.RecordDecisions(ctx, f.hp, &f.board, []DecisionToRecord{{CandidateID: f.outsider, IntakeYear: 2027, Decision: d}}); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("outsider decision: %v", err)
	}
}

func TestReadinessQuotas(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	n := func(v int) *int { return &v }
	k := QuotaKey{f.tcllct, 2027}
	if err := f.st.People.SetQuotas(ctx, f.hp, &f.board, map[QuotaKey]*int{k: n(45), {f.bithu, 2028}: n(30)}); err != nil {
		t.Fatal(err)
	}
	if err := f.st.People.SetQuotas(ctx, f.hp, &f.board, map[QuotaKey]*int{k: n(40), {f.bithu, 2028}: nil}); err != nil {
		t.Fatal(err)
	}
	q, _ := f.st.People.Quotas(ctx, f.hp)
	if !reflect.DeepEqual(q, map[QuotaKey]int{k: 40}) {
		t.Fatalf("quotas: %+v", q)
	}
	if q, _ := f.st.People.Quotas(ctx, f.vt); len(q) != 0 {
		t.Fatalf("vientiane quotas: %+v", q)
	}
	if err := f.st.People.SetQuotas(ctx, f.hp, nil, map[QuotaKey]*int{k: n(-1)}); apperr.Code(err) != apperr.Invalid {
		t.Fatalf("negative quota: %v", err)
	}
}

func TestReadinessGraduates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	g := readiness.Graduate{NameLo: "ບຸນມີ", NameLatin: "Bounmy", ProgrammeID: f.tcllct, Course: "Lớp Lào khoá 2",
		GraduationYear: 2023, Result: "gioi", PositionAfter: "Phó giám đốc sở", Use: "promoted"}
	id, err := f.st.People.SaveGraduate(ctx, f.hp, &f.board, g)
	if err != nil {
		t.Fatal(err)
	}
	g.ID, g.Use = id, "same_post"
	if _, err := f.st.People.SaveGraduate(ctx, f.hp, &f.board, g); err != nil {
		t.Fatal(err)
	}
	got, err := f.st.People.GraduateByID(ctx, f.hp, id)
	if err != nil || got.Use != "same_post" || got.PositionAfter != "Phó giám đốc sở" {
		t.Fatalf("graduate: %+v %v", got, err)
	}
	if _, err := f.st.People.GraduateByID(ctx, f.vt, id); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("vientiane reads it: %v", err)
	}
	if _, err := f.st.People.SaveGraduate(ctx, f.vt, nil, g); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("vientiane updates it: %v", err)
	}
	g.ID, g.CandidateID = 0, &f.outsider
	if _, err := f.st.People.SaveGraduate(ctx, f.hp, nil, g); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("linked to another province's candidate: %v", err)
	}
	if gs, _ := f.st.People.Graduates(ctx, f.hp); len(gs) != 1 {
		t.Fatalf("graduates: %d", len(gs))
	}
}

func TestReadinessCandidatePractice(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	db := f.st.DB()
	var userID int64
	if err := db.Get(&userID, `SELECT user_id FROM candidates WHERE id = ?`, f.ids[0]); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO bank_items (item_id, bank, current_version, updated_at) VALUES ('w-1', 'core', 1, '2026-01-01T00:00:00Z')`)
	exec(`INSERT INTO bank_item_versions (id, item_id, version, skill, level, type, content, content_hash, created_at)
		VALUES (1, 'w-1', 1, 'writing', 2, 'dictation', '{}', 'h', '2026-01-01T00:00:00Z')`)
	exec(`INSERT INTO practice_sets (id, user_id, skill, level, created_at) VALUES (1, ?, 'writing', 2, '2026-11-01T08:00:00Z')`, userID)
	detail := `[{"given":"hoc bai","expected":"học bài","verdict":"tone","points":0.5,"syllables":[
		{"expected":"học","given":"hoc","error":"tone","expected_tone":"nang","given_tone":"ngang"},
		{"expected":"bài","given":"bài","error":"","expected_tone":"huyen","given_tone":"huyen"}]},
		{"given":"suong","expected":"sương","verdict":"diacritic","points":0.25,"syllables":[
		{"expected":"sương","given":"suong","error":"diacritic","expected_tone":"ngang","given_tone":"ngang",
		 "marks":[{"expected":"ư","given":"u"},{"expected":"ơ","given":"o"}]}]}]`
	for i, a := range []struct {
		skill, verdict, detail, at string
	}{
		{"writing", "tone", detail, "2026-11-01T08:01:00Z"},
		{"writing", "tone", detail, "2026-11-01T08:02:00Z"},
		{"writing", "correct", "[]", "2026-11-03T08:03:00Z"},
		{"reading", "wrong", `[{"given":"an","expected":"anh","verdict":"wrong","points":0,"syllables":[
			{"expected":"anh","given":"an","error":"wrong","expected_tone":"ngang","given_tone":"ngang","parts":[{"part":"coda","expected":"nh","given":"n"}]}]}]`, "2026-11-04T08:04:00Z"},
	} {
		exec(`INSERT INTO practice_set_items (set_id, position, version_id, item_id) VALUES (1, ?, 1, 'w-1')`, i+1)
		exec(`INSERT INTO practice_answers (user_id, set_id, position, version_id, item_id, skill, level, type, max_points, verdict, scored, detail, answered_at)
			VALUES (?, 1, ?, 1, 'w-1', ?, 2, 'dictation', 1, ?, 1, ?, ?)`, userID, i+1, a.skill, a.verdict, a.detail, a.at)
	}
	p, err := f.st.People.CandidatePractice(ctx, f.hp, f.ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if p.Items != 4 || p.Correct != 1 || p.ActiveDays != 3 || p.PerSkill["writing"].Items != 3 || p.LastAt.Day() != 4 {
		t.Fatalf("activity: %+v", p)
	}
	want := []readiness.ErrorCount{{Kind: "tone", Expected: "nang", Given: "ngang", Count: 2},
		{Kind: "mark", Expected: "ơ", Given: "o", Count: 2}, {Kind: "mark", Expected: "ư", Given: "u", Count: 2},
		{Kind: "sound", Part: "coda", Expected: "nh", Given: "n", Count: 1}}
	if !reflect.DeepEqual(p.Errors, want) {
		t.Fatalf("errors:\n got %+v\nwant %+v", p.Errors, want)
	}
	if p, err := f.st.People.CandidatePractice(ctx, f.vt, f.ids[0]); err != nil || p.Items != 0 {
		t.Fatalf("vientiane reads houaphanh practice: %+v %v", p, err)
	}
}

func TestReadinessClassStatistics(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := rdSetup(t)
	db := f.st.DB()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var cohort int64
	if err := db.Get(&cohort, `SELECT cohort_id FROM candidates WHERE id = ?`, f.ids[0]); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	res := func(id int64, v float64) ReleasedResult {
		return ReleasedResult{CandidateID: id, Average: v, Level: 3,
			Skills: map[string]float64{"listening": v, "reading": v, "writing": v, "speaking": v}}
	}
	if err := f.st.People.InsertReleasedResults(ctx, "Đợt 1", day, &cohort, nil, []ReleasedResult{res(f.ids[0], 4), res(f.ids[1], 5)}); err != nil {
		t.Fatal(err)
	}
	exec(`INSERT INTO bank_items (item_id, bank, current_version, updated_at) VALUES ('r-1', 'core', 1, 'x'), ('s-1', 'core', 1, 'x')`)
	exec(`INSERT INTO bank_item_versions (id, item_id, version, skill, level, type, content, content_hash, created_at) VALUES
		(1, 'r-1', 1, 'reading', 2, 'choice', '{"prompt":"Thư viện mở cửa lúc mấy giờ?"}', 'h', 'x'),
		(2, 's-1', 1, 'speaking', 3, 'respond', '{}', 'h', 'x')`)
	var attempts []int64
	if err := db.Select(&attempts, `SELECT id FROM exam_attempts ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	for i, a := range attempts {
		exec(`INSERT INTO exam_form_items (attempt_id, pos, section_idx, part_id, item_id, version_id, points) VALUES (?, 1, 1, 'p', 'r-1', 1, 1), (?, 2, 3, 'p', 's-1', 2, 10)`, a, a)
		exec(`INSERT INTO exam_item_scores (attempt_id, pos, points, max, verdict, graded_version_id, scored_at) VALUES (?, 1, ?, 1, 'x', 1, 0)`, a, float64(i))
		exec(`INSERT INTO exam_scripts (attempt_id, pos, skill, rubric_id, status, final) VALUES (?, 2, 'speaking', 'r', 'final', ?)`, a, 3.0+float64(i))
	}
	// An unreleased attempt of the class does not count.
	exec(`UPDATE exam_attempt_rows SET released_at = NULL WHERE id = ?`, attempts[1])
	stats, err := f.st.People.CohortItemStats(ctx, cohort)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]readiness.ItemStat{}
	for _, s := range stats {
		got[s.Ref] = s
	}
	if r := got["r-1"]; r.Answered != 1 || r.Score != 0 || r.Max != 1 || r.Skill != "reading" || r.Prompt != "Thư viện mở cửa lúc mấy giờ?" {
		t.Fatalf("reading item: %+v", r)
	}
	if s := got["s-1"]; s.Answered != 1 || s.Score != 3 || s.Max != 10 {
		t.Fatalf("rated item: %+v", s)
	}
	ms, err := f.st.People.CohortMembers(ctx, cohort)
	if err != nil || len(ms) != 2 || len(ms[0].Attempts) != 1 || len(ms[1].Attempts) != 0 {
		t.Fatalf("members: %+v %v", ms, err)
	}
	h, err := f.st.People.CohortByID(ctx, cohort)
	if err != nil || h.Size != 2 || h.Name != "Lớp Lào khoá 6" {
		t.Fatalf("cohort: %+v %v", h, err)
	}
	if _, err := f.st.People.CohortByID(ctx, 999); apperr.Code(err) != apperr.NotFound {
		t.Fatalf("missing cohort: %v", err)
	}
}
