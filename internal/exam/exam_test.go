package exam

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"hocviet/internal/bank"
)

func testBlueprint() *bank.Blueprint {
	return &bank.Blueprint{ID: "t", Sections: []bank.Section{
		{Skill: bank.Listening, Minutes: 10, MaxPlays: 2, Parts: []bank.Part{
			{ID: "l1", Type: bank.TypeChoice, MinLevel: 1, MaxLevel: 6, Count: 3, KeepGroups: true},
		}},
		{Skill: bank.Reading, Minutes: 10, ShuffleItems: true, Parts: []bank.Part{
			{ID: "r1", Type: bank.TypeChoice, MinLevel: 1, MaxLevel: 3, Count: 4},
			{ID: "r2", Type: bank.TypeChoice, MinLevel: 4, MaxLevel: 6, Count: 2, Points: 2},
		}},
		{Skill: bank.Writing, Minutes: 10, Parts: []bank.Part{
			{ID: "w1", Type: bank.TypeEssay, MinLevel: 1, MaxLevel: 6, Count: 1, Points: 10},
		}},
		{Skill: bank.Speaking, Minutes: 5, MaxTakes: 2, Parts: []bank.Part{
			{ID: "s1", Type: bank.TypeRespond, MinLevel: 1, MaxLevel: 6, Count: 1},
		}},
	}}
}

func testPool() []PoolItem {
	var pool []PoolItem
	id := int64(0)
	add := func(skill, typ string, level int, group string, n int) {
		for range n {
			id++
			pool = append(pool, PoolItem{VersionID: id, ItemID: fmt.Sprintf("%s-%s-%02d", skill[:1], typ, id),
				Skill: skill, Type: typ, Level: level, Group: group, Points: 1, Topics: []string{"t"}})
		}
	}
	add(bank.Listening, bank.TypeChoice, 2, "g1", 2)
	add(bank.Listening, bank.TypeChoice, 2, "g2", 3)
	add(bank.Listening, bank.TypeChoice, 3, "", 2)
	add(bank.Reading, bank.TypeChoice, 2, "", 8)
	add(bank.Reading, bank.TypeChoice, 5, "", 4)
	add(bank.Writing, bank.TypeEssay, 3, "", 3)
	add(bank.Speaking, bank.TypeRespond, 3, "", 3)
	return pool
}

func ids(f *Form) []string {
	var out []string
	for _, it := range f.Items() {
		out = append(out, it.ItemID)
	}
	return out
}

func TestDrawIsReproducible(t *testing.T) {
	bp, pool := testBlueprint(), testPool()
	a, err := Draw(bp, pool, nil, 42)
	if err != nil {
		t.Fatal(err)
	}
	// The pool in another order draws the same form.
	rev := make([]PoolItem, len(pool))
	for i := range pool {
		rev[i] = pool[len(pool)-1-i]
	}
	b, err := Draw(bp, rev, nil, 42)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(a), ids(b)) {
		t.Fatalf("same seed, different forms:\n%v\n%v", ids(a), ids(b))
	}
	differ := false
	for seed := uint64(1); seed < 20 && !differ; seed++ {
		c, err := Draw(bp, pool, nil, seed)
		if err != nil {
			t.Fatal(err)
		}
		differ = !reflect.DeepEqual(ids(a), ids(c))
	}
	if !differ {
		t.Fatal("twenty seeds drew the same form")
	}
}

func TestDrawShape(t *testing.T) {
	for seed := uint64(0); seed < 50; seed++ {
		f, err := Draw(testBlueprint(), testPool(), nil, seed)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, it := range f.Items() {
			if seen[it.ItemID] {
				t.Fatalf("seed %d: %s drawn twice", seed, it.ItemID)
			}
			seen[it.ItemID] = true
		}
		counts := []int{3, 6, 1, 1}
		for i, s := range f.Sections {
			if len(s.Items) != counts[i] {
				t.Fatalf("seed %d: %s has %d items, want %d", seed, s.Skill, len(s.Items), counts[i])
			}
		}
		l := f.Sections[0]
		if l.MaxPlays != 2 || f.Sections[1].MaxPlays != DefaultMaxPlays || f.Sections[3].MaxTakes != 2 {
			t.Fatalf("plays/takes not carried: %+v", f.Sections)
		}
		// keep_groups: three listening items are a whole passage of 3, or a
		// passage of 2 and a single, never a passage cut in two.
		groups := map[string]int{}
		for _, it := range l.Items {
			groups[it.Group]++
		}
		if groups["g1"] == 1 || (groups["g2"] != 0 && groups["g2"] != 3) {
			t.Fatalf("seed %d: passage split: %v", seed, groups)
		}
		// r1 takes level ≤ 3 only; r2 is worth 2 points an item.
		for _, it := range f.Sections[1].Items {
			if it.Part == "r2" && it.Points != 2 || it.Part == "r1" && it.Points != 1 {
				t.Fatalf("points: %+v", it)
			}
		}
		if !f.Sections[2].Items[0].Manual || f.Sections[2].Items[0].Points != 10 {
			t.Fatalf("essay: %+v", f.Sections[2].Items[0])
		}
	}
}

func TestDrawAvoidsSeenItems(t *testing.T) {
	bp, pool := testBlueprint(), testPool()
	first, err := Draw(bp, pool, nil, 7)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, id := range ids(first) {
		seen[id] = true
	}
	second, err := Draw(bp, pool, seen, 7)
	if err != nil {
		t.Fatal(err)
	}
	// Reading has 8+4 items for 4+2 places and writing 3 for 1: a second draw
	// can avoid every reading and writing item of the first.
	for _, s := range second.Sections[1:3] {
		for _, it := range s.Items {
			if seen[it.ItemID] {
				t.Errorf("%s drawn again although unseen items were left", it.ItemID)
			}
		}
	}
	// Listening has 7 items for 3 places: repeats only where it must.
	again := 0
	for _, it := range second.Sections[0].Items {
		if seen[it.ItemID] {
			again++
		}
	}
	if again > 1 {
		t.Errorf("listening repeated %d items", again)
	}
}

func TestDrawTooFewItems(t *testing.T) {
	bp := testBlueprint()
	bp.Sections[2].Parts[0].Count = 5
	_, err := Draw(bp, testPool(), nil, 1)
	var se *ShortError
	if !errors.As(err, &se) || se.Part != "w1" || se.Want != 5 || se.Have != 3 || se.Skill != bank.Writing {
		t.Fatalf("got %v", err)
	}
	bp = testBlueprint()
	bp.Sections = bp.Sections[:3]
	if _, err := Draw(bp, testPool(), nil, 1); err == nil {
		t.Fatal("a blueprint without speaking was accepted")
	}
}

func TestDrawUnshuffledKeepsAuthoredOrder(t *testing.T) {
	bp := testBlueprint()
	f, err := Draw(bp, testPool(), nil, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Writing and listening are not shuffled: passages and items in id order.
	l := f.Sections[0].Items
	for i := 1; i < len(l); i++ {
		if l[i].Group == l[i-1].Group && l[i].ItemID < l[i-1].ItemID {
			t.Fatalf("passage out of order: %v", l)
		}
	}
}

var t0 = time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)

func TestSectionDeadlineAndGrace(t *testing.T) {
	s := Section{Minutes: 30}
	if s.AcceptsAt(t0, DefaultGrace) {
		t.Fatal("a section not begun accepts saves")
	}
	s.Start(t0)
	end := t0.Add(30 * time.Minute)
	for _, tt := range []struct {
		at           time.Time
		open, accept bool
	}{
		{t0, true, true},
		{end.Add(-time.Millisecond), true, true},
		{end, false, true},
		{end.Add(DefaultGrace), false, true},
		{end.Add(DefaultGrace + time.Millisecond), false, false},
	} {
		if got := s.OpenAt(tt.at); got != tt.open {
			t.Errorf("OpenAt(%v) = %v", tt.at.Sub(t0), got)
		}
		if got := s.AcceptsAt(tt.at, DefaultGrace); got != tt.accept {
			t.Errorf("AcceptsAt(%v) = %v", tt.at.Sub(t0), got)
		}
	}
	// Finished early: the grace runs from the finish, not the deadline.
	s.Closed = t0.Add(5 * time.Minute)
	if s.AcceptsAt(t0.Add(6*time.Minute), DefaultGrace) || !s.AcceptsAt(t0.Add(5*time.Minute+9*time.Second), DefaultGrace) {
		t.Fatal("grace after an early finish")
	}
}

func TestAdvance(t *testing.T) {
	secs := []Section{{Minutes: 10}, {Minutes: 10}, {Minutes: 10}}
	if st := Advance(secs, t0, true, DefaultGrace); st.Current != 0 || !st.Open || st.Done {
		t.Fatalf("fresh: %+v", st)
	}
	secs[0].Start(t0)
	if st := Advance(secs, t0.Add(time.Minute), true, DefaultGrace); st.Current != 0 || st.Open || len(st.Close) != 0 {
		t.Fatalf("in section 0: %+v", st)
	}
	// Past the deadline: section 0 closes; the candidate opens section 1,
	// an instructor's screen does not.
	if st := Advance(secs, t0.Add(11*time.Minute), true, DefaultGrace); st.Current != 1 || !st.Open || !reflect.DeepEqual(st.Close, []int{0}) {
		t.Fatalf("after deadline, candidate: %+v", st)
	}
	if st := Advance(secs, t0.Add(11*time.Minute), false, DefaultGrace); st.Current != 1 || st.Open {
		t.Fatalf("after deadline, instructor: %+v", st)
	}
	secs[0].Closed = secs[0].Deadline
	secs[1].Start(t0.Add(11 * time.Minute))
	secs[1].Closed = t0.Add(12 * time.Minute) // finished early
	secs[2].Start(t0.Add(12 * time.Minute))
	// The last section timed out: saves in flight may still come for the
	// grace period, so the attempt is not submitted yet.
	if st := Advance(secs, t0.Add(22*time.Minute+5*time.Second), true, DefaultGrace); st.Done || st.Current != 3 || !reflect.DeepEqual(st.Close, []int{2}) {
		t.Fatalf("in the grace: %+v", st)
	}
	if st := Advance(secs, t0.Add(22*time.Minute+DefaultGrace), true, DefaultGrace); !st.Done || st.Current != 3 {
		t.Fatalf("all over: %+v", st)
	}
	// Finished early by the candidate: done at once.
	secs[2].Closed = t0.Add(13 * time.Minute)
	if st := Advance(secs, t0.Add(13*time.Minute), true, DefaultGrace); !st.Done {
		t.Fatalf("finished early: %+v", st)
	}
}

func f64(v float64) *float64 { return &v }

func TestSkillRawAndResult(t *testing.T) {
	items := []Scored{
		{Skill: bank.Listening, Max: 1, Points: 1}, {Skill: bank.Listening, Max: 1, Points: 0},
		{Skill: bank.Reading, Max: 2, Points: 1.5}, {Skill: bank.Reading, Max: 2, Points: 1.5},
		// writing: 10 gap points, 7 earned; an essay worth 10 rated 6.0 → 13/20 = 6.5
		{Skill: bank.Writing, Max: 10, Points: 7}, {Skill: bank.Writing, Max: 10, Manual: true, Final: f64(6)},
		{Skill: bank.Speaking, Max: 1, Manual: true, Final: f64(7.25)},
	}
	raw, pending := SkillRaw(items)
	if pending {
		t.Fatal("pending")
	}
	want := map[string]float64{bank.Listening: 5, bank.Reading: 7.5, bank.Writing: 6.5, bank.Speaking: 7.25}
	if !reflect.DeepEqual(raw, want) {
		t.Fatalf("raw %v, want %v", raw, want)
	}
	r, _, err := Result(items)
	if err != nil {
		t.Fatal(err)
	}
	// 7.25 rounds to 7.5 (the x.25 edge); (5+7.5+6.5+7.5)/4 = 6.625 → 6.5 → Bậc 4.
	if r.Skills[bank.Speaking] != 7.5 || r.Average != 6.5 || r.Level != 4 {
		t.Fatalf("result %+v", r)
	}
	items[6].Final = nil
	if _, _, err := Result(items); err == nil {
		t.Fatal("a result with a script unrated")
	}
	// A zero skill gives no level, however good the rest.
	zero := []Scored{{Skill: bank.Listening, Max: 1, Points: 1}, {Skill: bank.Reading, Max: 1, Points: 1},
		{Skill: bank.Writing, Max: 1, Points: 1}, {Skill: bank.Speaking, Max: 1, Manual: true, Final: f64(0)}}
	if r, _, _ := Result(zero); r.Level != 0 || r.NoLevel != "zero_skill" {
		t.Fatalf("zero rule: %+v", r)
	}
}

func TestRatingScore(t *testing.T) {
	rb := &bank.Rubric{ID: "w", Skill: bank.Writing, Criteria: []bank.Criterion{
		{ID: "task_fulfilment", Weight: 2}, {ID: "organisation"}, {ID: "vocabulary"}, {ID: "grammar"},
	}}
	got, err := RatingScore(rb, map[string]float64{"task_fulfilment": 6, "organisation": 5, "vocabulary": 5.5, "grammar": 4.5})
	if err != nil || got != (12+5+5.5+4.5)/5 {
		t.Fatalf("got %v %v", got, err)
	}
	for _, bad := range []map[string]float64{
		{"task_fulfilment": 6, "organisation": 5, "vocabulary": 5.5},
		{"task_fulfilment": 6.3, "organisation": 5, "vocabulary": 5.5, "grammar": 4.5},
		{"task_fulfilment": 10.5, "organisation": 5, "vocabulary": 5.5, "grammar": 4.5},
		{"task_fulfilment": 6, "organisation": 5, "vocabulary": 5.5, "grammar": 4.5, "fluency": 3},
	} {
		if _, err := RatingScore(rb, bad); err == nil {
			t.Errorf("accepted %v", bad)
		}
	}
}

func TestAdjudication(t *testing.T) {
	for _, tt := range []struct {
		name  string
		r     [3]*float64
		state string
		final float64
	}{
		{"one rating", [3]*float64{f64(5), nil, nil}, ScriptRating, 0},
		{"close", [3]*float64{f64(5), f64(6.5), nil}, ScriptFinal, 5.75},
		{"apart", [3]*float64{f64(4), f64(6), nil}, ScriptAdjudication, 0},
		{"third near first", [3]*float64{f64(4), f64(6), f64(4.5)}, ScriptFinal, 4.25},
		{"third between", [3]*float64{f64(4), f64(6), f64(5)}, ScriptFinal, 5},
	} {
		st, f := DecideScript(tt.r, 1.5)
		if st != tt.state || f != tt.final {
			t.Errorf("%s: got %s %v, want %s %v", tt.name, st, f, tt.state, tt.final)
		}
	}
	// A session with a wider gap lets 4 and 6 stand.
	if st, f := DecideScript([3]*float64{f64(4), f64(6), nil}, 2); st != ScriptFinal || f != 5 {
		t.Errorf("gap 2: %s %v", st, f)
	}
}

func wav(rate, channels, bits int, samples int) []byte {
	data := samples * channels * bits / 8
	b := make([]byte, 44+data)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+data))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], uint16(channels))
	binary.LittleEndian.PutUint32(b[24:], uint32(rate))
	binary.LittleEndian.PutUint32(b[28:], uint32(rate*channels*bits/8))
	binary.LittleEndian.PutUint16(b[32:], uint16(channels*bits/8))
	binary.LittleEndian.PutUint16(b[34:], uint16(bits))
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(data))
	return b
}

func TestCheckWAV(t *testing.T) {
	d, err := CheckWAV(wav(16000, 1, 16, 32000), 10)
	if err != nil || d != 2*time.Second {
		t.Fatalf("good wav: %v %v", d, err)
	}
	for name, b := range map[string][]byte{
		"44.1 kHz": wav(44100, 1, 16, 1000),
		"stereo":   wav(16000, 2, 16, 1000),
		"8-bit":    wav(16000, 1, 8, 1000),
		"ogg":      []byte("OggS\x00\x02 not a wav at all"),
		"too long": wav(16000, 1, 16, 16000*13),
		"empty":    wav(16000, 1, 16, 0),
	} {
		if _, err := CheckWAV(b, 10); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
}

func TestViewKeepsLayoutAndHidesKey(t *testing.T) {
	it := &bank.Item{ID: "c1", Skill: bank.Reading, Type: bank.TypeChoice, Level: 2, Prompt: "?",
		Transcript: "secret transcript", Feedback: bank.Text{En: "because"},
		Options: []bank.Option{{ID: "a", Text: "một"}, {ID: "b", Text: "hai", Correct: true}, {ID: "c", Text: "ba"}, {ID: "d", Text: "bốn"}}}
	var orders = map[string]bool{}
	for seed := uint64(0); seed < 30; seed++ {
		l := LayoutOf(it, nil, seed, true)
		v := View(it, nil, l)
		got := ""
		for _, o := range v.Options {
			got += o.ID
		}
		if got != fmt.Sprint(l.Options[0], l.Options[1], l.Options[2], l.Options[3]) && got != l.Options[0]+l.Options[1]+l.Options[2]+l.Options[3] {
			t.Fatalf("view %s does not follow layout %v", got, l.Options)
		}
		orders[got] = true
		if v.Transcript != "" || v.Feedback != nil {
			t.Fatal("view reveals transcript or feedback")
		}
	}
	if len(orders) < 3 {
		t.Fatalf("options hardly shuffled: %v", orders)
	}
	if l := LayoutOf(it, nil, 5, false); l.Options[0] != "a" || l.Options[3] != "d" {
		t.Fatalf("unshuffled layout: %v", l.Options)
	}
}

func TestGradeItemScalesToPartPoints(t *testing.T) {
	it := &bank.Item{ID: "g", Skill: bank.Writing, Type: bank.TypeGapFill, Level: 2, Text: "{1} {2}",
		Gaps: []bank.Gap{{Accept: []string{"học"}}, {Accept: []string{"sinh"}}}}
	sc := GradeItem(it, bank.Response{Gaps: []string{"học", "xinh"}}, 4)
	if sc.Max != 4 || sc.Points != 2 {
		t.Fatalf("scaled: %+v", sc)
	}
	if sc := GradeItem(it, bank.Response{Gaps: []string{"học", "sinh"}}, 0); sc.Max != 2 || sc.Points != 2 {
		t.Fatalf("unscaled: %+v", sc)
	}
}

func TestCodes(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		c := NewCode()
		if len(c) != 9 || c[4] != '-' || seen[c] {
			t.Fatalf("code %q", c)
		}
		seen[c] = true
	}
}

// The exam's own test bank must stay clean: every test that imports it
// relies on it.
func TestTestBankLintsClean(t *testing.T) {
	for _, p := range bank.Lint("testdata/bank") {
		t.Errorf("%s", p)
	}
}
