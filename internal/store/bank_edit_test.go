package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
)

func editedItem() *bank.Item {
	return &bank.Item{ID: "r-web-1", Skill: bank.Reading, Level: 2, Type: bank.TypeTrueFalse, Topics: []string{"study"},
		Prompt: "Lớp học bắt đầu lúc bảy giờ.", Passage: "Lớp học bắt đầu lúc bảy giờ sáng.", Answer: "true",
		Instructions: bank.Text{Lo: "ອ່ານ", Vi: "Đọc", En: "Read"}}
}

func mustSaveItem(t *testing.T, st *Store, e ItemEdit) ItemSaveResult {
	t.Helper()
	res, err := st.Bank.SaveItem(context.Background(), e)
	if err != nil {
		t.Fatal(err)
	}
	if res.Problems.Errors() > 0 {
		t.Fatalf("save refused:\n%s", res.Problems.Error())
	}
	return res
}

func TestSaveItemMakesAVersionPerSave(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	importDir(t, st, writeBank(t))

	res := mustSaveItem(t, st, ItemEdit{Item: editedItem(), Bank: "core", Author: "giangvien"})
	if res.Version != 1 || res.Unchanged {
		t.Fatalf("first save: %+v", res)
	}
	it := editedItem()
	it.Level = 3
	res = mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: 1, Author: "giangvien2"})
	if res.Version != 2 {
		t.Fatalf("second save: %+v", res)
	}
	// The same content again writes nothing.
	if res = mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: 2, Author: "giangvien"}); !res.Unchanged || res.Version != 2 {
		t.Fatalf("unchanged save: %+v", res)
	}
	vs, err := st.Bank.ItemVersions(ctx, "r-web-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Author != "giangvien" || vs[1].Author != "giangvien2" || vs[0].Level != 2 || vs[1].Level != 3 ||
		vs[0].CreatedAt == "" || !vs[1].Current || vs[0].Current {
		t.Fatalf("versions: %+v", vs)
	}
	rec, err := st.Bank.ItemRecord(ctx, "r-web-1")
	if err != nil || rec.Bank != "core" || rec.CurrentVersion != 2 || rec.Source != "" {
		t.Fatalf("record: %+v %v", rec, err)
	}

	// A form opened on version 1 cannot overwrite version 2.
	it.Level = 4
	_, err = st.Bank.SaveItem(ctx, ItemEdit{Item: it, BaseVersion: 1, Author: "x"})
	if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Conflict || ae.Key != "bank.edit.stale" {
		t.Fatalf("stale save: %v", err)
	}
	// A new item cannot take an id in use, from the web or from a file.
	for _, id := range []string{"r-web-1", "l-2"} {
		n := editedItem()
		n.ID = id
		_, err = st.Bank.SaveItem(ctx, ItemEdit{Item: n, Bank: "core", Author: "x"})
		if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Conflict || ae.Field != "id" {
			t.Fatalf("new item with id %s: %v", id, err)
		}
	}
}

func TestSaveItemRefusesWhatLintRefuses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	importDir(t, st, writeBank(t))
	before := tableCounts(t, st)
	for _, tt := range []struct {
		name  string
		edit  func(*bank.Item)
		bank  string
		field string
	}{
		{"answer", func(it *bank.Item) { it.Answer = "yes" }, "core", "answer"},
		{"bad id", func(it *bank.Item) { it.ID = "R 1" }, "core", "id"},
		{"bank name", func(*bank.Item) {}, "Core Bank", "bank"},
		{"no group", func(it *bank.Item) { it.Group = "g-nope" }, "core", "group"},
		{"group of another skill", func(it *bank.Item) { it.Group = "g-1" }, "core", "group"},
		{"missing image", func(it *bank.Item) { it.Image = "core/images/none.png" }, "core", "image"},
		{"audio as image", func(it *bank.Item) { it.Image = "core/audio/d.ogg" }, "core", "image"},
		{"media of another bank", func(it *bank.Item) { it.Image = "other/images/p.png" }, "core", "image"},
		{"rubric", func(it *bank.Item) {
			it.Skill, it.Type, it.MaxWords, it.Rubric = bank.Writing, bank.TypeEssay, 100, "nope"
		}, "core", "rubric"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			it := editedItem()
			tt.edit(it)
			res, err := st.Bank.SaveItem(ctx, ItemEdit{Item: it, Bank: tt.bank, Author: "x"})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(res.Problems, func(p bank.Problem) bool {
				return p.Field == tt.field && p.Severity == bank.SevError
			}) {
				t.Fatalf("want an error on %s, got %v", tt.field, res.Problems)
			}
		})
	}
	if after := tableCounts(t, st); !equalMaps(before, after) {
		t.Fatalf("a refused save wrote something: %v → %v", before, after)
	}
	// The essay rubric of the bank is found.
	it := editedItem()
	it.Skill, it.Type, it.MaxWords, it.Rubric, it.Answer = bank.Writing, bank.TypeEssay, 100, "w", ""
	mustSaveItem(t, st, ItemEdit{Item: it, Bank: "core", Author: "x"})
}

// An edit of a version an exam used makes a new version; the used one
// stays as the attempt saw it.
func TestSaveItemLeavesAUsedVersionAlone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	importDir(t, st, writeBank(t))
	v1, err := st.Bank.ItemVersion(ctx, "l-2", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Bank.MarkItemUsed(ctx, v1.ID, 7); err != nil {
		t.Fatal(err)
	}
	it, _, err := v1.Item()
	if err != nil {
		t.Fatal(err)
	}
	it.Accept = append(it.Accept, "Tôi đi chợ rồi.")
	res := mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: 1, Author: "giangvien"})
	if res.Version != 2 {
		t.Fatalf("save: %+v", res)
	}
	old, err := st.Bank.ItemVersionByID(ctx, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !old.Used || old.Current || old.Content != v1.Content || old.ContentHash != v1.ContentHash || old.Author != v1.Author {
		t.Fatalf("used version changed: %+v", old)
	}
	cur, err := st.Bank.ItemVersion(ctx, "l-2", 0)
	if err != nil {
		t.Fatal(err)
	}
	got, media, err := cur.Item()
	if err != nil || len(got.Accept) != 2 || media["core/audio/d.ogg"] == "" {
		t.Fatalf("new version: %+v %v %v", got, media, err)
	}
	if _, err := st.db.Exec(`UPDATE bank_item_versions SET content = '{}' WHERE id = ?`, cur.ID); err == nil {
		t.Error("a version's content could be updated")
	}
}

// A web edit downloaded as YAML and committed imports as unchanged; a
// changed file then makes a newer version, and the file wins.
func TestWebEditsAndFileImportsMeet(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	v1, _ := st.Bank.ItemVersion(ctx, "l-1", 0)
	it, _, _ := v1.Item()
	it.Prompt = "Ai đang nói?"
	mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: 1, Author: "giangvien"})

	// An import of files that lack the edit makes the file's content current again.
	if res := importDir(t, st, dir); res.Items.Changed != 1 {
		t.Fatalf("import over a web edit: %+v", res.Items)
	}
	if cur, _ := st.Bank.ItemVersion(ctx, "l-1", 0); cur.Version != 3 || !strings.Contains(cur.Content, "Người nói là ai?") {
		t.Fatalf("after import: v%d %s", cur.Version, cur.Content)
	}

	// Edit again, commit the download: the import finds nothing new.
	cur, _ := st.Bank.ItemVersion(ctx, "l-1", 0)
	it, _, _ = cur.Item()
	it.Prompt = "Ai đang nói?"
	mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: 3, Author: "giangvien"})
	saved, _ := st.Bank.ItemVersion(ctx, "l-1", 0)
	it, _, _ = saved.Item()
	y, err := bank.ItemYAML(it, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "core/items.yaml"))
	end := strings.Index(string(data), "  - id: l-2\n")
	// l-1 moves out of items.yaml into a file of its own.
	groups := string(data[:strings.Index(string(data), "items:\n")])
	writeFile(t, filepath.Join(dir, "core/items.yaml"), []byte(groups+"items:\n"+string(data[end:])))
	writeFile(t, filepath.Join(dir, "core/l-1.yaml"), y)
	if res := importDir(t, st, dir); res.Items.Changed != 0 || res.Items.New != 0 || res.Items.Unchanged != 3 {
		t.Fatalf("import of the downloaded edit: %+v\n%s", res.Items, y)
	}
	if v, _ := st.Bank.ItemVersion(ctx, "l-1", 0); v.Version != 4 {
		t.Fatalf("current v%d, want 4", v.Version)
	}
}

func TestUploadMediaSniffsAndLimits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	ogg, _ := os.ReadFile("../bank/testdata/_media/a.ogg")
	png, _ := os.ReadFile("../bank/testdata/_media/p.png")

	m, err := st.Bank.UploadMedia(ctx, "core", false, ogg)
	if err != nil {
		t.Fatal(err)
	}
	if m.MIME != "audio/ogg" || !strings.HasPrefix(m.Key, "core/audio/web-") || !strings.HasSuffix(m.Key, ".ogg") || m.Size != int64(len(ogg)) {
		t.Fatalf("upload: %+v", m)
	}
	again, err := st.Bank.UploadMedia(ctx, "core", false, ogg)
	if err != nil || again.Key != m.Key {
		t.Fatalf("same bytes again: %+v %v", again, err)
	}
	got, err := st.Bank.MediaByHash(ctx, m.SHA256)
	if err != nil || string(got.Data) != string(ogg) || got.MIME != "audio/ogg" {
		t.Fatalf("stored: %v", err)
	}
	refs, err := st.Bank.MediaRefs(ctx, []string{m.Key, "core/audio/none.ogg"})
	if err != nil || len(refs) != 1 || refs[m.Key].SHA256 != m.SHA256 {
		t.Fatalf("refs: %v %v", refs, err)
	}
	if img, err := st.Bank.UploadMedia(ctx, "core", true, png); err != nil || img.MIME != "image/png" || !strings.HasPrefix(img.Key, "core/images/web-") {
		t.Fatalf("image: %+v %v", img, err)
	}

	for _, tt := range []struct {
		name  string
		data  []byte
		image bool
		key   string
	}{
		{"an image as audio", png, false, "bank.media.wrong_type"},
		{"audio as an image", ogg, true, "bank.media.wrong_type"},
		{"a web page named .png", []byte("<!doctype html><script>alert(1)</script>"), true, "bank.media.wrong_type"},
		{"empty", nil, false, "bank.media.wrong_type"},
		{"audio over 5 MB", append(slices.Clone(ogg), make([]byte, bank.MaxAudioBytes)...), false, "bank.media.too_large"},
		{"an image over 1 MB", append(slices.Clone(png), make([]byte, bank.MaxImageBytes)...), true, "bank.media.too_large"},
	} {
		_, err := st.Bank.UploadMedia(ctx, "core", tt.image, tt.data)
		if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Invalid || ae.Key != tt.key {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	var n int
	if err := st.db.Get(&n, `SELECT count(*) FROM bank_media`); err != nil || n != 2 {
		t.Fatalf("bank_media holds %d rows, want 2", n)
	}
}

func TestSearchItems(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	importDir(t, st, writeBank(t))
	mustSaveItem(t, st, ItemEdit{Item: editedItem(), Bank: "web", Author: "x"})
	ids := func(q ItemSearch) []string {
		t.Helper()
		rows, total, err := st.Bank.SearchItems(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.ItemID)
		}
		if q.Limit == 0 && total != len(out) {
			t.Errorf("%+v: total %d, listed %d", q, total, len(out))
		}
		return out
	}
	for _, tt := range []struct {
		q    ItemSearch
		want []string
	}{
		{ItemSearch{}, []string{"l-1", "l-2", "r-web-1", "w-1"}},
		{ItemSearch{Skill: "listening"}, []string{"l-1", "l-2"}},
		{ItemSearch{Level: 2}, []string{"l-2", "r-web-1"}},
		{ItemSearch{Type: "essay"}, []string{"w-1"}},
		{ItemSearch{Topic: "office"}, []string{"w-1"}},
		{ItemSearch{Bank: "web"}, []string{"r-web-1"}},
		{ItemSearch{Text: "cho"}, []string{"l-2"}},      // "chợ" without marks
		{ItemSearch{Text: "chợ"}, []string{"l-2"}},      // with them
		{ItemSearch{Text: "chó"}, nil},                  // other marks: another word
		{ItemSearch{Text: "HỌC viên"}, []string{"l-1"}}, // any case; options count
		{ItemSearch{Text: "w-1"}, []string{"w-1"}},
		{ItemSearch{Skill: "reading", Text: "bảy giờ"}, []string{"r-web-1"}},
		{ItemSearch{Offset: 1, Limit: 2}, []string{"l-2", "r-web-1"}},
	} {
		if got := ids(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.q, got, tt.want)
		}
	}
	rows, _, _ := st.Bank.SearchItems(ctx, ItemSearch{Text: "w-1"})
	if len(rows) != 1 || rows[0].Snippet != "Viết về công việc của bạn." || !slices.Equal(rows[0].Topics(), []string{"study", "office"}) {
		t.Fatalf("summary: %+v", rows)
	}
}

func TestBankChoices(t *testing.T) {
	t.Parallel()
	st := openTest(t)
	importDir(t, st, writeBank(t))
	c, err := st.Bank.BankChoices(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Banks, []string{"core"}) || !slices.Equal(c.Topics, []string{"daily-life", "office", "study"}) ||
		len(c.Groups) != 1 || c.Groups[0].ID != "g-1" || c.Groups[0].Skill != "listening" || c.Groups[0].Bank != "core" ||
		len(c.Rubrics) != 1 || c.Rubrics[0].ID != "w" || c.Rubrics[0].Skill != "writing" {
		t.Fatalf("choices: %+v", c)
	}
}

// An item made in the browser has no file: importing its bank retires it
// (its versions stay), while a bank no import covers is left alone.
func TestImportRetiresWebItemsOfItsBank(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := openTest(t)
	dir := writeBank(t)
	importDir(t, st, dir)
	inCore := editedItem()
	mustSaveItem(t, st, ItemEdit{Item: inCore, Bank: "core", Author: "x"})
	own := editedItem()
	own.ID = "r-web-2"
	mustSaveItem(t, st, ItemEdit{Item: own, Bank: "web", Author: "x"})
	if res := importDir(t, st, dir); res.Items.Retired != 1 {
		t.Fatalf("import: %+v", res.Items)
	}
	if rec, _ := st.Bank.ItemRecord(ctx, "r-web-1"); !rec.Retired {
		t.Error("a web item of the imported bank is still offered")
	}
	if rec, _ := st.Bank.ItemRecord(ctx, "r-web-2"); rec.Retired {
		t.Error("a web item of another bank was retired")
	}
	// Saving it again brings it back.
	v, _ := st.Bank.ItemVersion(ctx, "r-web-1", 0)
	it, _, _ := v.Item()
	it.Level = 4
	mustSaveItem(t, st, ItemEdit{Item: it, BaseVersion: v.Version, Author: "x"})
	if rec, _ := st.Bank.ItemRecord(ctx, "r-web-1"); rec.Retired {
		t.Error("a saved item stays retired")
	}
}
