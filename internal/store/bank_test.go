package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hocviet/internal/bank"
)

// bankFiles is a small bank with a listening group, a reading item, a
// rubric, a blueprint and two words, written fresh for each test so tests
// can edit it.
var bankFiles = map[string]string{
	"core/bank.yaml": "bank:\n  title: {vi: Thử}\n",
	"core/items.yaml": `groups:
  - id: g-1
    skill: listening
    audio: audio/g.ogg
    transcript: Tôi là học viên.
    instructions: {lo: ຟັງ, vi: Nghe, en: Listen}
items:
  - id: l-1
    skill: listening
    level: 1
    type: choice
    topics: [study]
    group: g-1
    prompt: Người nói là ai?
    options:
      - {text: Học viên, correct: true}
      - text: Giảng viên
  - id: l-2
    skill: listening
    level: 2
    type: dictation
    topics: [daily-life]
    audio: audio/d.ogg
    transcript: Tôi đi chợ.
    accept: [Tôi đi chợ.]
    instructions: {lo: ຟັງ, vi: Nghe, en: Listen}
  - id: w-1
    skill: writing
    level: 3
    type: essay
    topics: [study, office]
    prompt: Viết về công việc của bạn.
    max_words: 100
    rubric: w
    instructions: {lo: ຂຽນ, vi: Viết, en: Write}
`,
	"core/rubric.yaml": `rubrics:
  - id: w
    skill: writing
    title: {vi: Viết}
    criteria:
` + criteria("task_fulfilment", "organisation", "vocabulary", "grammar"),
	"core/words.yaml": `vocabulary:
  - {term: lớp, lao: ຫ້ອງຮຽນ, pos: noun, example: Tôi đến lớp., level: 1, topic: study, reviewed: false}
  - {term: chợ, lao: ຕະຫຼາດ, pos: noun, example: Tôi đi chợ., level: 1, topic: daily-life, reviewed: false}
`,
	"blueprints/b.yaml": `blueprints:
  - id: b
    title: {vi: Thi}
    sections:
      - skill: listening
        minutes: 10
        parts:
          - {id: p1, type: dictation, min_level: 1, max_level: 2, count: 1}
`,
}

func criteria(ids ...string) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString("      - id: " + id + "\n        name: {vi: X}\n        bands:\n" +
			"          - {score: 2, descriptor: {vi: Tốt, en: Good}}\n" +
			"          - {score: 1, descriptor: {vi: Yếu, en: Weak}}\n")
	}
	return b.String()
}

func writeBank(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ogg, err := os.ReadFile("../bank/testdata/_media/a.ogg")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range bankFiles {
		writeFile(t, filepath.Join(dir, name), []byte(text))
	}
	writeFile(t, filepath.Join(dir, "core/audio/g.ogg"), ogg)
	writeFile(t, filepath.Join(dir, "core/audio/d.ogg"), ogg)
	return dir
}

func writeFile(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func editFile(t *testing.T, p, old, new string) {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", p, old)
	}
	writeFile(t, p, []byte(strings.Replace(string(data), old, new, 1)))
}

func importDir(t *testing.T, st *Store, dir string) BankImportResult {
	t.Helper()
	b, err := bank.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := st.Bank.ImportBank(context.Background(), b, "tester", nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// tableCounts snapshots every bank table, to show an import changed nothing.
func tableCounts(t *testing.T, st *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tbl := range []string{"bank_media", "bank_media_paths", "bank_groups", "bank_group_versions", "bank_items",
		"bank_item_versions", "bank_documents", "bank_vocabulary"} {
		var n int
		if err := st.db.Get(&n, `SELECT count(*) FROM `+tbl); err != nil {
			t.Fatal(err)
		}
		out[tbl] = n
	}
	var maxUpdated string
	if err := st.db.Get(&maxUpdated, `SELECT coalesce(max(updated_at), '') FROM bank_items`); err != nil {
		t.Fatal(err)
	}
	out["updated:"+maxUpdated] = 1
	return out
}

func TestBankImportIsIdempotent(t *testing.T) {
	t.Parallel()
	st := openTest(t)
	dir := writeBank(t)
	res := importDir(t, st, dir)
	want := BankImportResult{Items: Counts{New: 3}, Groups: Counts{New: 1}, Media: Counts{New: 2},
		Documents: Counts{New: 2}, Vocabulary: Counts{New: 2}}
	if res != want {
		t.Errorf("first import %+v, want %+v", res, want)
	}
	before := tableCounts(t, st)
	res = importDir(t, st, dir)
	if res.Changed() {
		t.Errorf("second import changed something: %+v", res)
	}
	if res.Items.Unchanged != 3 || res.Vocabulary.Unchanged != 2 {
		t.Errorf("second import %+v", res)
	}
	if after := tableCounts(t, st); !equalMaps(before, after) {
		t.Errorf("tables changed: %v → %v", before, after)
	}
}

func equalMaps(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestBankChangesMakeVersions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	items := filepath.Join(dir, "core/items.yaml")

	editFile(t, items, "Viết về công việc của bạn.", "Viết về gia đình của bạn.")
	res := importDir(t, st, dir)
	if res.Items != (Counts{Changed: 1, Unchanged: 2}) {
		t.Errorf("prompt edit: %+v", res.Items)
	}
	vs, err := st.Bank.ItemVersions(ctx, "w-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Current || !vs[1].Current || !strings.Contains(vs[0].Content, "công việc") {
		t.Errorf("versions of w-1: %+v", vs)
	}

	// New bytes for the group's recording: the group and the item on it get
	// new versions, the dictation with its own audio does not.
	editFile(t, items, "audio: audio/g.ogg", "audio: audio/g2.ogg")
	ogg, _ := os.ReadFile("../bank/testdata/_media/a.ogg")
	writeFile(t, filepath.Join(dir, "core/audio/g2.ogg"), append(ogg, 0))
	res = importDir(t, st, dir)
	if res.Groups.Changed != 1 || res.Items != (Counts{Changed: 1, Unchanged: 2}) || res.Media.New != 1 {
		t.Errorf("new recording: %+v", res)
	}
	v, err := st.Bank.ItemVersion(ctx, "l-1", 0)
	if err != nil {
		t.Fatal(err)
	}
	if v.Version != 2 || v.GroupVersionID == nil {
		t.Fatalf("l-1 current = v%d group %v", v.Version, v.GroupVersionID)
	}
	gv, err := st.Bank.GroupVersionByID(ctx, *v.GroupVersionID)
	if err != nil {
		t.Fatal(err)
	}
	g, media, err := gv.Group()
	if err != nil {
		t.Fatal(err)
	}
	if g.Audio != "core/audio/g2.ogg" || media[g.Audio] == "" {
		t.Errorf("group %+v media %v", g, media)
	}
	m, err := st.Bank.MediaByHash(ctx, media[g.Audio])
	if err != nil || m.MIME != "audio/ogg" || len(m.Data) != len(ogg)+1 {
		t.Errorf("media by hash: %v %+v", err, m)
	}
	if m2, err := st.Bank.MediaByPath(ctx, "core/audio/d.ogg"); err != nil || len(m2.Data) != len(ogg) {
		t.Errorf("media by path: %v", err)
	}
}

func TestBankUsedVersionIsFrozen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	v1, err := st.Bank.ItemVersion(ctx, "l-2", 0)
	if err != nil {
		t.Fatal(err)
	}
	if v1.Used {
		t.Fatal("fresh version marked used")
	}
	if err := st.Bank.MarkItemUsed(ctx, v1.ID, 42); err != nil {
		t.Fatal(err)
	}
	if err := st.Bank.MarkItemUsed(ctx, v1.ID, 42); err != nil {
		t.Fatalf("marking twice: %v", err)
	}
	editFile(t, filepath.Join(dir, "core/items.yaml"), "accept: [Tôi đi chợ.]", "accept: [Tôi đi chợ., Tôi đi chợ rồi.]")
	importDir(t, st, dir)

	old, err := st.Bank.ItemVersionByID(ctx, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !old.Used || old.Current || old.Content != v1.Content || old.ContentHash != v1.ContentHash {
		t.Errorf("used version changed: %+v", old)
	}
	it, _, err := old.Item()
	if err != nil || !slices.Equal(it.Accept, []string{"Tôi đi chợ."}) {
		t.Errorf("used version's key: %v %v", err, it)
	}
	cur, _ := st.Bank.ItemVersion(ctx, "l-2", 0)
	if cur.Version != 2 || cur.Used {
		t.Errorf("current = v%d used %v", cur.Version, cur.Used)
	}
	if _, err := st.db.Exec(`UPDATE bank_item_versions SET content = '{}' WHERE id = ?`, v1.ID); err == nil {
		t.Error("a version's content could be updated")
	}
	if _, err := st.db.Exec(`DELETE FROM bank_item_versions WHERE id = ?`, v1.ID); err == nil {
		t.Error("a used version could be deleted")
	}
}

func TestBankImportIsAllOrNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	b, err := bank.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The last item breaks a CHECK constraint after the others are in.
	bad := *b.Items[len(b.Items)-1]
	bad.Level = 9
	b.Items[len(b.Items)-1] = &bad
	if _, err := st.Bank.ImportBank(ctx, b, "", nil); err == nil {
		t.Fatal("import of a broken item succeeded")
	}
	for tbl, n := range tableCounts(t, st) {
		if n != 0 && !strings.HasPrefix(tbl, "updated:") {
			t.Errorf("%s has %d rows after a failed import", tbl, n)
		}
	}
	// A recording edited between Load and import is refused before writing.
	b, _ = bank.Load(dir)
	writeFile(t, filepath.Join(dir, "core/audio/d.ogg"), []byte("changed"))
	if _, err := st.Bank.ImportBank(ctx, b, "", nil); err == nil || !strings.Contains(err.Error(), "changed while importing") {
		t.Errorf("import after media edit: %v", err)
	}
}

func TestBankRetireAndReturn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	items := filepath.Join(dir, "core/items.yaml")
	data, _ := os.ReadFile(items)
	i := strings.Index(string(data), "  - id: w-1")
	writeFile(t, items, data[:i])
	editFile(t, filepath.Join(dir, "core/words.yaml"), "  - {term: chợ", "  - {term: chợ, lao: ຕະຫຼາດໃຫຍ່, pos: noun, example: Tôi đi chợ., level: 1, topic: daily-life, reviewed: true}\n#")
	res := importDir(t, st, dir)
	if res.Items != (Counts{Unchanged: 2, Retired: 1}) || res.Vocabulary != (Counts{Changed: 1, Unchanged: 1}) {
		t.Errorf("after removing w-1: %+v", res)
	}
	vs, err := st.Bank.CurrentItems(ctx, ItemFilter{Skill: bank.Writing})
	if err != nil || len(vs) != 0 {
		t.Errorf("retired item still offered: %v %v", err, vs)
	}
	writeFile(t, items, data)
	res = importDir(t, st, dir)
	if res.Items != (Counts{Unchanged: 3}) {
		t.Errorf("after restoring w-1: %+v", res.Items)
	}
	if vs, _ := st.Bank.ItemVersions(ctx, "w-1"); len(vs) != 1 {
		t.Errorf("restoring made a new version: %d", len(vs))
	}
}

func TestBankQueries(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	for _, c := range []struct {
		f    ItemFilter
		want []string
	}{
		{ItemFilter{}, []string{"l-1", "l-2", "w-1"}},
		{ItemFilter{Skill: bank.Listening}, []string{"l-1", "l-2"}},
		{ItemFilter{Skill: bank.Listening, Type: bank.TypeDictation}, []string{"l-2"}},
		{ItemFilter{MinLevel: 2, MaxLevel: 3}, []string{"l-2", "w-1"}},
		{ItemFilter{Topics: []string{"office", "daily-life"}}, []string{"l-2", "w-1"}},
	} {
		vs, err := st.Bank.CurrentItems(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, v := range vs {
			got = append(got, v.ItemID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("CurrentItems(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
	v, _ := st.Bank.ItemVersion(ctx, "w-1", 1)
	if !slices.Equal(v.Topics(), []string{"study", "office"}) || v.Author != "tester" {
		t.Errorf("w-1 topics %v author %q", v.Topics(), v.Author)
	}
	if _, err := st.Bank.ItemVersion(ctx, "nope", 0); err == nil {
		t.Error("unknown item found")
	}
	r, ver, err := st.Bank.Rubric(ctx, "w")
	if err != nil || ver != 1 || len(r.Criteria) != 4 {
		t.Errorf("rubric: %v v%d %+v", err, ver, r)
	}
	bp, _, err := st.Bank.Blueprint(ctx, "b")
	if err != nil || len(bp.Sections) != 1 || bp.Sections[0].Parts[0].Count != 1 {
		t.Errorf("blueprint: %v %+v", err, bp)
	}
	stats, words, err := st.Bank.BankStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := bank.Load(dir)
	if !slices.Equal(stats, b.Stats()) || words != 2 {
		t.Errorf("stats %v %d, want %v 2", stats, words, b.Stats())
	}
}
