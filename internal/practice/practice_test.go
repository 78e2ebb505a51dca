package practice

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"hocviet/internal/viet"
)

var day0 = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC) // a Monday, 16:00 in Laos

// answers makes n answers of one skill and level, right ones first, an
// hour apart from start.
func answers(skill string, level, right, wrong int, start time.Time) []Answer {
	var out []Answer
	for i := range right + wrong {
		pts := 0.0
		if i < right {
			pts = 1
		}
		out = append(out, Answer{ItemID: fmt.Sprintf("%s-%d-%d", skill, level, i), Skill: skill, Level: level,
			Points: pts, Max: 1, Scored: true, At: start.Add(time.Duration(i) * time.Hour)})
	}
	return out
}

func cat(xs ...[]Answer) []Answer {
	var out []Answer
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

func TestEstimateLevel(t *testing.T) {
	tests := []struct {
		name string
		as   []Answer
		want int
	}{
		{"nothing", nil, 0},
		{"two right are not enough", answers("reading", 2, 2, 0, day0), 0},
		{"level 2 handled", answers("reading", 2, 3, 1, day0), 2},
		{"level 2 handled, level 3 failed", cat(answers("reading", 2, 4, 1, day0), answers("reading", 3, 1, 3, day0.Add(24*time.Hour))), 2},
		{"level 3 handled too", cat(answers("reading", 2, 4, 1, day0), answers("reading", 3, 3, 1, day0.Add(24*time.Hour))), 3},
		{"below the pass mark", answers("reading", 1, 1, 3, day0), 0},
		{"pending essays do not count", []Answer{{Skill: "writing", Level: 4, Max: 1}, {Skill: "writing", Level: 4, Max: 1}, {Skill: "writing", Level: 4, Max: 1}}, 0},
		{"partial credit counts by share", []Answer{
			{Skill: "writing", Level: 2, Points: 0.5, Max: 1, Scored: true},
			{Skill: "writing", Level: 2, Points: 0.75, Max: 1, Scored: true},
			{Skill: "writing", Level: 2, Points: 0.6, Max: 1, Scored: true}}, 2},
	}
	for _, tt := range tests {
		if got := EstimateLevel(tt.as); got != tt.want {
			t.Errorf("%s: level %d, want %d", tt.name, got, tt.want)
		}
	}
}

// Old results fall out of the window: a candidate who failed level 3 long
// ago and passes it now is at level 3.
func TestEstimateUsesRecentAnswers(t *testing.T) {
	old := answers("listening", 3, 0, 60, day0)
	now := answers("listening", 3, 50, 10, day0.Add(30*24*time.Hour))
	if got := EstimateLevel(cat(old, now)); got != 3 {
		t.Fatalf("level %d, want 3", got)
	}
	if got := EstimateLevel(cat(now, old)); got != 3 {
		t.Fatalf("order of input changed the level: %d", got)
	}
}

func TestStats(t *testing.T) {
	as := cat(answers("reading", 2, 5, 0, day0), answers("listening", 1, 2, 2, day0))
	as = append(as, Answer{Skill: "speaking", Level: 1, Max: 1, At: day0.Add(48 * time.Hour)})
	st := Stats(as)
	if len(st) != 4 || st[0].Skill != "listening" || st[3].Skill != "speaking" {
		t.Fatalf("skills out of order: %+v", st)
	}
	r := st[1]
	if r.Answered != 5 || r.Scored != 5 || r.Accuracy != 1 || r.Level != 2 || r.Practise != 3 {
		t.Errorf("reading: %+v (5 of 5 at level 2 should move up to 3)", r)
	}
	l := st[0]
	if l.Accuracy != 0.5 || l.Level != 0 || l.Practise != 1 {
		t.Errorf("listening: %+v", l)
	}
	s := st[3]
	if s.Answered != 1 || s.Scored != 0 || s.Level != 0 || !s.Last.Equal(day0.Add(48*time.Hour)) {
		t.Errorf("speaking: %+v", s)
	}
	if w := st[2]; w.Answered != 0 || w.Practise != 0 {
		t.Errorf("writing: %+v", w)
	}
}

func TestSuggest(t *testing.T) {
	all := func(extra ...[]Answer) []Answer {
		return cat(append([]([]Answer){
			answers("listening", 2, 4, 1, day0),
			answers("reading", 3, 4, 1, day0),
			answers("writing", 2, 4, 1, day0),
			answers("speaking", 2, 3, 0, day0),
		}, extra...)...)
	}
	tests := []struct {
		name string
		as   []Answer
		want Suggestion
	}{
		{"new candidate", nil, Suggestion{"listening", 1, ReasonStart}},
		// Listening is mastered at 2 (4 of 5) and practised at 3, reading
		// handled at 3: "my level" is 3 in both, so writing starts at 3.
		{"an untouched skill first, at the level shown elsewhere",
			cat(answers("listening", 2, 4, 1, day0), answers("reading", 3, 3, 0, day0)),
			Suggestion{"writing", 3, ReasonStart}},
		// listening, writing and speaking are at 2; writing has the lowest
		// accuracy once its level-3 failures count.
		{"the lowest level, then the lowest accuracy",
			all(answers("writing", 3, 0, 3, day0.Add(time.Hour))),
			Suggestion{"writing", 2, ReasonWeakest}},
		{"a mastered weakest skill moves up",
			cat(answers("listening", 2, 6, 0, day0), answers("reading", 3, 4, 1, day0), answers("writing", 3, 4, 1, day0), answers("speaking", 3, 4, 1, day0)),
			Suggestion{"listening", 3, ReasonMoveUp}},
	}
	for _, tt := range tests {
		if got := Suggest(Stats(tt.as), nil); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
	// Recordings waiting for a rating do not make speaking the weakest
	// skill for ever.
	as := cat(answers("listening", 2, 3, 1, day0), answers("reading", 2, 3, 1, day0), answers("writing", 2, 3, 1, day0))
	as = append(as, Answer{Skill: "speaking", Level: 2, Max: 1, At: day0})
	if got := Suggest(Stats(as), nil); got.Skill == "speaking" {
		t.Errorf("pending speaking suggested: %+v", got)
	}
}

func TestNearestLevel(t *testing.T) {
	for _, tt := range []struct {
		have []int
		want int
		got  int
	}{{[]int{1, 2, 4}, 3, 2}, {[]int{1, 2, 4}, 4, 4}, {[]int{5}, 1, 5}, {nil, 2, 0}, {[]int{2, 4}, 3, 2}} {
		if got := NearestLevel(tt.have, tt.want); got != tt.got {
			t.Errorf("NearestLevel(%v, %d) = %d, want %d", tt.have, tt.want, got, tt.got)
		}
	}
}

func pool(level, n int, prefix string) []Candidate {
	var out []Candidate
	for i := range n {
		out = append(out, Candidate{ID: fmt.Sprintf("%s%02d", prefix, i), Level: level})
	}
	return out
}

func ids(cs []Candidate) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		m[c.ID] = true
	}
	return m
}

func TestSelectAvoidsRecentItems(t *testing.T) {
	p := pool(2, 30, "r")
	seen := map[string]time.Time{}
	for i := range 20 {
		seen[p[i].ID] = day0.Add(time.Duration(i) * time.Hour)
	}
	for seed := range uint64(20) {
		got := Select(p, 2, seen, 10, rand.New(rand.NewPCG(seed, 1)))
		if len(got) != 10 {
			t.Fatalf("seed %d: %d items", seed, len(got))
		}
		for _, c := range got {
			if _, ok := seen[c.ID]; ok {
				t.Fatalf("seed %d: picked %s, seen before, while 10 unseen items remain", seed, c.ID)
			}
		}
	}
	// Only 4 unseen left: they come, then the 6 seen longest ago.
	for i := 20; i < 26; i++ {
		seen[p[i].ID] = day0.Add(time.Duration(i) * time.Hour)
	}
	got := ids(Select(p[10:], 2, seen, 10, rand.New(rand.NewPCG(1, 1))))
	for _, id := range []string{"r26", "r27", "r28", "r29", "r10", "r11", "r12", "r13", "r14", "r15"} {
		if !got[id] {
			t.Errorf("%s left out: %v", id, got)
		}
	}
}

func TestSelectOrderOfPreference(t *testing.T) {
	p := cat2(pool(3, 2, "a"), pool(2, 2, "b"), pool(4, 2, "c"), pool(1, 5, "far"))
	seen := map[string]time.Time{"a00": day0, "b00": day0.Add(time.Hour), "c00": day0.Add(-time.Hour)}
	got := Select(p, 3, seen, 6, rand.New(rand.NewPCG(7, 7)))
	// Never seen: a01 (level 3), then b01 and c01 (one level off); then
	// a00 (seen, at the level); then c00 before b00 (seen longer ago).
	want := []string{"a01", "", "", "a00", "c00", "b00"}
	if len(got) != 6 {
		t.Fatalf("got %d items: %v", len(got), got)
	}
	for i, w := range want {
		if w != "" && got[i].ID != w {
			t.Fatalf("position %d: %s, want %s (all: %v)", i, got[i].ID, w, got)
		}
	}
	if s := ids(got[1:3]); !s["b01"] || !s["c01"] {
		t.Fatalf("positions 1–2: %v, want b01 and c01", got[1:3])
	}
	for _, c := range got {
		if c.Level == 1 {
			t.Fatalf("picked %s, two levels off", c.ID)
		}
	}
}

func cat2(xs ...[]Candidate) []Candidate {
	var out []Candidate
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

func TestSelectKeepsGroupsTogether(t *testing.T) {
	p := pool(2, 6, "x")
	for _, id := range []string{"g1", "g2", "g3"} {
		p = append(p, Candidate{ID: id, Group: "G", Level: 2})
	}
	for seed := range uint64(10) {
		got := Select(p, 2, nil, 5, rand.New(rand.NewPCG(seed, 3)))
		at := -1
		for i, c := range got {
			if c.Group == "G" {
				if at >= 0 && i != at+1 {
					t.Fatalf("seed %d: group split: %v", seed, got)
				}
				at = i
			}
		}
		n := 0
		for _, c := range got {
			if c.Group == "G" {
				n++
			}
		}
		if n != 0 && n != 3 {
			t.Fatalf("seed %d: %d of 3 group items", seed, n)
		}
		if len(got) < 5 || len(got) > 7 {
			t.Fatalf("seed %d: %d items", seed, len(got))
		}
	}
}

func diffs(pairs ...[2]string) []viet.SyllableDiff {
	var out []viet.SyllableDiff
	for _, p := range pairs {
		out = append(out, viet.Compare(p[0], p[1]).Syllables...)
	}
	return out
}

func TestErrorProfile(t *testing.T) {
	var p Profile
	p.Add(diffs(
		[2]string{"bài học", "bài hoc"},       // nặng → ngang
		[2]string{"học tập", "hoc tâp"},       // nặng → ngang twice
		[2]string{"mùa xuân", "múa xuân"},     // huyền → sắc (one Lao group)
		[2]string{"sương", "suơng"},           // ư → u
		[2]string{"thành phố", "thàn phố"},    // coda nh → n
		[2]string{"rất tốt", "lất tốt"},       // onset r → l
		[2]string{"khoẻ mạnh", "Khỏe  mạnh."}, // right
	))
	if p.Syllables != 13 {
		t.Errorf("syllables %d, want 13", p.Syllables)
	}
	if p.ToneErrors != 4 || p.Tones[viet.Nang][viet.Ngang] != 3 || p.Tones[viet.Huyen][viet.Sac] != 1 {
		t.Errorf("tone errors %d, matrix %v", p.ToneErrors, p.Tones)
	}
	if len(p.Confusions) != 2 || p.Confusions[0].Expected != "nang" || p.Confusions[0].Given != "ngang" || p.Confusions[0].Count != 3 ||
		p.Confusions[0].LaoMerge || !p.Confusions[1].LaoMerge {
		t.Errorf("confusions %+v", p.Confusions)
	}
	if p.MarkErrors != 1 || len(p.Marks) != 1 || p.Marks[0].Expected != "ư" || p.Marks[0].Given != "u" {
		t.Errorf("marks %d %+v", p.MarkErrors, p.Marks)
	}
	want := map[string]bool{"coda nh n": true, "onset r l": true}
	for _, s := range p.Sounds {
		if !want[s.Part+" "+s.Expected+" "+s.Given] {
			t.Errorf("unexpected sound confusion %+v", s)
		}
		delete(want, s.Part+" "+s.Expected+" "+s.Given)
	}
	if len(want) > 0 {
		t.Errorf("sound confusions missing: %v (got %+v)", want, p.Sounds)
	}
	if r := p.ToneErrorRate(); math.Abs(r-4.0/13) > 1e-9 {
		t.Errorf("tone error rate %v", r)
	}
	if m := p.MergeShare(); m != 0.25 {
		t.Errorf("merge share %v, want 0.25", m)
	}
}

func TestWeeklyAndTopics(t *testing.T) {
	now := day0.Add(9 * 24 * time.Hour) // Wednesday of the next week
	as := []Answer{
		{Skill: "reading", Points: 1, Max: 1, Scored: true, At: day0, Topics: []string{"study"}},
		{Skill: "reading", Points: 0, Max: 1, Scored: true, At: day0.Add(time.Hour), Topics: []string{"study", "office"}},
		{Skill: "reading", Points: 1, Max: 2, Scored: true, At: now, Topics: []string{"office"}},
		{Skill: "listening", Points: 1, Max: 1, Scored: true, At: now},
		{Skill: "reading", Points: 1, Max: 1, Scored: true, At: day0.AddDate(0, 0, -60)}, // too old
		// Sunday 23:30 in Laos is still the first week, though Monday in UTC+8.
		{Skill: "reading", Max: 1, At: time.Date(2025, 3, 9, 16, 30, 0, 0, time.UTC), Topics: []string{"study"}},
	}
	ws := Weekly(as, "reading", now, 3)
	if len(ws) != 3 || !ws[2].Start.Equal(time.Date(2025, 3, 10, 0, 0, 0, 0, Zone())) {
		t.Fatalf("weeks: %+v", ws)
	}
	if ws[0].Answered != 0 || ws[1].Answered != 3 || ws[1].Scored != 2 || ws[1].Accuracy != 0.5 || ws[2].Accuracy != 0.5 {
		t.Fatalf("weeks: %+v", ws)
	}
	if all := Weekly(as, "", now, 3); all[2].Answered != 2 || all[2].Accuracy != 0.75 {
		t.Fatalf("all skills: %+v", all[2])
	}
	ts := ByTopic(as)
	if len(ts) != 2 || ts[0].Topic != "study" || ts[0].Answered != 3 || ts[0].Accuracy != 0.5 || ts[1].Topic != "office" || ts[1].Accuracy != 0.25 {
		t.Fatalf("topics: %+v", ts)
	}
}

func TestWordCount(t *testing.T) {
	for s, want := range map[string]int{"": 0, "Tôi là người Lào.": 4, "  xã-hội,  A4 ": 3, "khoẻ\nmạnh": 2} {
		if got := WordCount(s); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
