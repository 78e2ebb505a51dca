package store

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/jmoiron/sqlx"
	"golang.org/x/text/unicode/norm"

	"hocviet/internal/apperr"
	"hocviet/internal/bank"
	"hocviet/internal/viet"
)

// The web editor's side of the banks. A save from the browser is stored
// exactly as `bank import` stores an item read from a file (same JSON, same
// hash), so the two paths meet: a web edit downloaded as YAML and committed
// imports as "unchanged", and any other content in the files becomes a
// newer version on the next import.

// ItemSearch filters the item browser. Zero fields do not filter. Text
// matches ids and every text of the item; typed without marks it ignores
// them ("hoa" finds "hoá").
type ItemSearch struct {
	Skill, Type, Topic, Bank string
	Level                    int
	Text                     string
	Retired                  bool // include items that left the files
	Offset, Limit            int
}

// ItemSummary is one line of the item browser: the current version.
type ItemSummary struct {
	ItemID    string `db:"item_id"`
	Bank      string `db:"bank"`
	Retired   bool   `db:"retired"`
	Source    string `db:"source"`
	Version   int    `db:"version"`
	Skill     string `db:"skill"`
	Level     int    `db:"level"`
	Type      string `db:"type"`
	TopicJSON string `db:"topics"`
	Author    string `db:"author"`
	CreatedAt string `db:"created_at"`
	Content   string `db:"content"`
	// Snippet is the prompt, else the text, else the passage.
	Snippet string `db:"-"`
}

// Topics decodes the topic list.
func (s *ItemSummary) Topics() []string {
	var ts []string
	_ = json.Unmarshal([]byte(s.TopicJSON), &ts) // written from a []string
	return ts
}

// SearchItems lists current item versions matching q, by id, and how many
// match in all.
func (s *Bank) SearchItems(ctx context.Context, q ItemSearch) ([]ItemSummary, int, error) {
	sql := `SELECT i.item_id, i.bank, i.retired, i.source, v.version, v.skill, v.level, v.type, v.topics, v.author,
		v.created_at, v.content
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		WHERE 1 = 1`
	var args []any
	for _, f := range []struct {
		col, v string
	}{{"v.skill", q.Skill}, {"v.type", q.Type}, {"i.bank", q.Bank}} {
		if f.v != "" {
			sql += ` AND ` + f.col + ` = ?`
			args = append(args, f.v)
		}
	}
	if q.Level > 0 {
		sql += ` AND v.level = ?`
		args = append(args, q.Level)
	}
	if q.Topic != "" {
		sql += ` AND EXISTS (SELECT 1 FROM json_each(v.topics) t WHERE t.value = ?)`
		args = append(args, q.Topic)
	}
	if !q.Retired {
		sql += ` AND i.retired = 0`
	}
	sql += ` ORDER BY i.item_id`
	var rows []ItemSummary
	if err := s.db.SelectContext(ctx, &rows, sql, args...); err != nil {
		return nil, 0, fmt.Errorf("search items: %w", err)
	}
	match := textMatcher(q.Text)
	out := rows[:0]
	for _, r := range rows {
		var it bank.Item
		if err := json.Unmarshal([]byte(r.Content), &it); err != nil {
			return nil, 0, fmt.Errorf("item %s v%d: %w", r.ItemID, r.Version, err)
		}
		if match != nil && !match(searchText(&it)) {
			continue
		}
		r.Snippet = firstOf(it.Prompt, it.Text, it.Passage, it.Transcript)
		r.Content = ""
		out = append(out, r)
	}
	total := len(out)
	lo := min(max(q.Offset, 0), total)
	hi := total
	if q.Limit > 0 {
		hi = min(lo+q.Limit, total)
	}
	return out[lo:hi], total, nil
}

func firstOf(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// textMatcher returns whether a text holds every word of query, or nil for
// an empty query. A query without marks matches regardless of marks. Texts
// are taken as stored, NFC (lint requires it).
func textMatcher(query string) func(string) bool {
	q := strings.ToLower(norm.NFC.String(query))
	words := strings.Fields(q)
	if len(words) == 0 {
		return nil
	}
	bare := viet.StripMarks(q) == q
	// Folding rune by rune through a table is what keeps a search over
	// a couple of thousand items quick.
	folded := map[rune]string{}
	var b strings.Builder
	fold := func(text string) string {
		b.Reset()
		for _, r := range text {
			if r < 0x80 {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteRune(r)
				continue
			}
			f, ok := folded[r]
			if !ok {
				f = strings.ToLower(string(r))
				if bare {
					f = viet.StripMarks(f)
				}
				folded[r] = f
			}
			b.WriteString(f)
		}
		return b.String()
	}
	return func(text string) bool {
		text = fold(text)
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	}
}

// searchText is everything of an item a person may look for it by.
func searchText(it *bank.Item) string {
	parts := []string{it.ID, it.Prompt, it.Text, it.Passage, it.Transcript, it.Group, it.Rubric,
		it.Instructions.Vi, it.Instructions.En, it.Instructions.Lo, it.Feedback.Vi, it.Feedback.En, it.Feedback.Lo, it.Answer}
	for _, o := range it.Options {
		parts = append(parts, o.Text)
	}
	for _, g := range it.Gaps {
		parts = append(parts, g.Answer)
		parts = append(parts, g.Options...)
		parts = append(parts, g.Accept...)
	}
	for _, p := range it.Pairs {
		parts = append(parts, p.Left, p.Right)
	}
	parts = append(parts, it.Accept...)
	parts = append(parts, it.Words...)
	parts = append(parts, it.Extra...)
	return strings.Join(parts, "\n")
}

// ItemRecord is an item apart from its versions.
type ItemRecord struct {
	ItemID         string `db:"item_id"`
	Bank           string `db:"bank"`
	CurrentVersion int    `db:"current_version"`
	Retired        bool   `db:"retired"`
	// Source is "FILE:LINE" of the file the last import read it from; ""
	// for an item made in the browser and never imported.
	Source    string `db:"source"`
	UpdatedAt string `db:"updated_at"`
}

// ItemRecord finds an item by id.
func (s *Bank) ItemRecord(ctx context.Context, id string) (*ItemRecord, error) {
	var r ItemRecord
	err := s.db.GetContext(ctx, &r, `SELECT item_id, bank, current_version, retired, source, updated_at
		FROM bank_items WHERE item_id = ?`, id)
	if noRows(err) {
		return nil, notFound("item")
	}
	if err != nil {
		return nil, fmt.Errorf("item %s: %w", id, err)
	}
	return &r, nil
}

// ItemEdit is one save from the web editor.
type ItemEdit struct {
	// Item as the form left it. Fields the form does not show must carry
	// the previous version's values: what is stored is exactly this.
	Item *bank.Item
	// Bank of a new item; an existing item keeps its own.
	Bank string
	// BaseVersion is the version the form was opened on, 0 for a new item.
	// A save on top of a version that is no longer current is refused, so
	// two instructors never silently undo each other.
	BaseVersion int
	Author      string
}

// ItemSaveResult is what SaveItem did.
type ItemSaveResult struct {
	Version int
	// Unchanged: the content equals the current version's; nothing was
	// written.
	Unchanged bool
	// Problems are lint's findings on the item (CheckItem, plus media and
	// bank rules). With any error among them nothing was written.
	Problems bank.Problems
}

var bankNameRe = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

// SaveItem stores an item from the web editor as a new version with its
// author and time, after lint's checks. No version is ever updated: the
// new one becomes current and the old ones stay as they were.
func (s *Bank) SaveItem(ctx context.Context, e ItemEdit) (ItemSaveResult, error) {
	var res ItemSaveResult
	it := e.Item
	bank.DefaultOptionIDs(it)
	err := s.tx(ctx, func(tx *sqlx.Tx) error {
		res = ItemSaveResult{}
		var cur current
		err := tx.GetContext(ctx, &cur, `SELECT v.version, v.content_hash, v.id, i.retired, i.source
			FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
			WHERE i.item_id = ?`, it.ID)
		exists := err == nil
		if err != nil && !noRows(err) {
			return fmt.Errorf("item %s: %w", it.ID, err)
		}
		switch {
		case e.BaseVersion == 0 && exists:
			return &apperr.Error{Code: apperr.Conflict, Field: "id", Key: "bank.edit.id_taken",
				Message: fmt.Sprintf("id %q is taken", it.ID), Args: map[string]any{"ID": it.ID}}
		case e.BaseVersion > 0 && !exists:
			return notFound("item")
		case e.BaseVersion > 0 && cur.Version != e.BaseVersion:
			return &apperr.Error{Code: apperr.Conflict, Key: "bank.edit.stale",
				Message: fmt.Sprintf("item %s is at version %d, not %d", it.ID, cur.Version, e.BaseVersion),
				Args:    map[string]any{"Version": cur.Version}}
		}
		bankName := e.Bank
		if exists {
			if err := tx.GetContext(ctx, &bankName, `SELECT bank FROM bank_items WHERE item_id = ?`, it.ID); err != nil {
				return fmt.Errorf("item %s: %w", it.ID, err)
			}
		} else if !bankNameRe.MatchString(bankName) {
			res.Problems = append(res.Problems, bank.Problem{Severity: bank.SevError, Field: "bank",
				Message: fmt.Sprintf("%q is not a bank name (lowercase letters, digits, '-', '_' and '.')", bankName)})
			return nil
		}
		it.Bank = bankName

		ctxItem, err := itemContext(ctx, tx, it)
		if err != nil {
			return err
		}
		res.Problems = append(res.Problems, bank.CheckItem(it, ctxItem.group, ctxItem.rubrics)...)
		media, ps, err := itemMedia(ctx, tx, it)
		if err != nil {
			return err
		}
		res.Problems = append(res.Problems, ps...)
		if res.Problems.Errors() > 0 {
			return nil
		}

		doc, err := json.Marshal(itemDoc{Item: it, GroupHash: ctxItem.groupHash, Media: media})
		if err != nil {
			return err
		}
		h := contentHash(doc)
		if exists && h == cur.Hash {
			res.Version, res.Unchanged = cur.Version, true
			return nil
		}
		t := now()
		if !exists {
			if _, err := tx.ExecContext(ctx, `INSERT INTO bank_items (item_id, bank, current_version, source, updated_at)
				VALUES (?, ?, 1, '', ?)`, it.ID, bankName, t); err != nil {
				return fmt.Errorf("item %s: %w", it.ID, err)
			}
		}
		topics, err := json.Marshal(it.Topics)
		if err != nil {
			return err
		}
		v := cur.Version + 1
		if _, err := tx.ExecContext(ctx, `INSERT INTO bank_item_versions
			(item_id, version, skill, level, type, topics, group_version_id, content, content_hash, author, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			it.ID, v, it.Skill, it.Level, it.Type, string(topics), ctxItem.groupVersion, string(doc), h, e.Author, t); err != nil {
			return fmt.Errorf("item %s v%d: %w", it.ID, v, err)
		}
		// Saving a retired item brings it back: someone wants it offered.
		if _, err := tx.ExecContext(ctx, `UPDATE bank_items SET current_version = ?, retired = 0, updated_at = ? WHERE item_id = ?`,
			v, t, it.ID); err != nil {
			return fmt.Errorf("item %s: %w", it.ID, err)
		}
		res.Version = v
		return nil
	})
	return res, err
}

type itemCtx struct {
	group        *bank.Group
	groupHash    string
	groupVersion *int64
	rubrics      map[string]*bank.Rubric
}

// itemContext loads what an item refers to: its group's current version
// (whose hash goes into the item's, as import does) and its rubric.
func itemContext(ctx context.Context, tx *sqlx.Tx, it *bank.Item) (itemCtx, error) {
	var c itemCtx
	if it.Group != "" {
		var gv GroupVersion
		err := tx.GetContext(ctx, &gv, `SELECT v.id, v.group_id, v.version, v.skill, v.content, v.content_hash, v.created_at
			FROM bank_groups g JOIN bank_group_versions v ON v.group_id = g.group_id AND v.version = g.current_version
			WHERE g.group_id = ?`, it.Group)
		switch {
		case noRows(err):
		case err != nil:
			return c, fmt.Errorf("group %s: %w", it.Group, err)
		default:
			g, _, err := gv.Group()
			if err != nil {
				return c, err
			}
			c.group, c.groupHash, c.groupVersion = g, gv.ContentHash, &gv.ID
		}
	}
	if it.Rubric != "" {
		var content string
		err := tx.GetContext(ctx, &content, `SELECT content FROM bank_documents WHERE kind = 'rubric' AND doc_id = ?
			ORDER BY version DESC LIMIT 1`, it.Rubric)
		switch {
		case noRows(err):
		case err != nil:
			return c, fmt.Errorf("rubric %s: %w", it.Rubric, err)
		default:
			var rb bank.Rubric
			if err := json.Unmarshal([]byte(content), &rb); err != nil {
				return c, fmt.Errorf("rubric %s: %w", it.Rubric, err)
			}
			c.rubrics = map[string]*bank.Rubric{rb.ID: &rb}
		}
	}
	return c, nil
}

// itemMedia resolves the item's media keys to the bytes they name now, and
// applies lint's media rules: the file exists, lies in the item's bank and
// is the right kind for its field.
func itemMedia(ctx context.Context, tx *sqlx.Tx, it *bank.Item) (map[string]string, []bank.Problem, error) {
	type ref struct {
		field, key string
		image      bool
	}
	refs := []ref{{"audio", it.Audio, false}, {"image", it.Image, true}}
	for i, o := range it.Options {
		refs = append(refs, ref{fmt.Sprintf("options[%d]", i), o.Image, true})
	}
	var ps []bank.Problem
	media := map[string]string{}
	for _, r := range refs {
		if r.key == "" {
			continue
		}
		bad := func(format string, args ...any) {
			ps = append(ps, bank.Problem{Severity: bank.SevError, Field: r.field, Message: fmt.Sprintf(format, args...)})
		}
		if !strings.HasPrefix(r.key, it.Bank+"/") {
			bad("%s %q is outside the bank %s", r.field, r.key, it.Bank)
			continue
		}
		var m struct {
			SHA  string `db:"sha256"`
			MIME string `db:"mime"`
		}
		err := tx.GetContext(ctx, &m, `SELECT m.sha256, m.mime FROM bank_media_paths p JOIN bank_media m ON m.sha256 = p.sha256
			WHERE p.path = ?`, r.key)
		if noRows(err) {
			bad("%s %q: no such file", r.field, r.key)
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("media %s: %w", r.key, err)
		}
		if strings.HasPrefix(m.MIME, "image/") != r.image {
			bad("%s %q is %s", r.field, r.key, m.MIME)
			continue
		}
		media[r.key] = m.SHA
	}
	if len(media) == 0 {
		media = nil
	}
	return media, ps, nil
}

// UploadedMedia is a stored upload and the key items refer to it by.
type UploadedMedia struct {
	Key    string
	SHA256 string
	MIME   string
	Size   int64
}

// UploadMedia stores an audio recording or an image for the items of a
// bank, under the rules lint applies to files: the type is sniffed from
// the bytes and must be one browsers play or show, and the size is
// limited (bank.MaxAudioBytes, bank.MaxImageBytes). The bytes are kept by
// their SHA-256, once however often they are sent; the key is
// "BANK/audio/web-HASH.ogg" (or images/), the path a downloaded item
// expects the file at.
func (s *Bank) UploadMedia(ctx context.Context, bankName string, image bool, data []byte) (*UploadedMedia, error) {
	field := "audio"
	if image {
		field = "image"
	}
	if !bankNameRe.MatchString(bankName) {
		return nil, &apperr.Error{Code: apperr.Invalid, Field: "bank", Key: "bank.edit.bad_bank", Message: "bad bank name"}
	}
	mt, err := bank.CheckMedia(data, image)
	if err != nil {
		me, _ := err.(*bank.MediaError)
		ae := &apperr.Error{Code: apperr.Invalid, Field: field, Key: "bank.media.wrong_type", Message: err.Error(),
			Args: map[string]any{"Type": mt}}
		if me != nil && me.TooLarge {
			ae.Key = "bank.media.too_large"
			ae.Args = map[string]any{"Limit": fmt.Sprintf("%d MB", me.Limit>>20)}
		}
		return nil, ae
	}
	sha := contentHash(data)
	dir := "audio"
	if image {
		dir = "images"
	}
	m := &UploadedMedia{Key: bankName + "/" + dir + "/web-" + sha[:12] + bank.MediaExt(mt), SHA256: sha, MIME: mt, Size: int64(len(data))}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		t := now()
		if _, err := tx.ExecContext(ctx, `INSERT INTO bank_media (sha256, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (sha256) DO NOTHING`, sha, mt, m.Size, data, t); err != nil {
			return fmt.Errorf("media: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO bank_media_paths (path, sha256, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, updated_at = excluded.updated_at
			WHERE sha256 <> excluded.sha256`, m.Key, sha, t); err != nil {
			return fmt.Errorf("media path %s: %w", m.Key, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// MediaRef is what a media key names now.
type MediaRef struct {
	SHA256 string `db:"sha256"`
	MIME   string `db:"mime"`
}

// MediaRefs looks up media keys; keys that name nothing are left out.
func (s *Bank) MediaRefs(ctx context.Context, keys []string) (map[string]MediaRef, error) {
	out := map[string]MediaRef{}
	for _, k := range keys {
		if k == "" {
			continue
		}
		var m MediaRef
		err := s.db.GetContext(ctx, &m, `SELECT m.sha256, m.mime FROM bank_media_paths p JOIN bank_media m ON m.sha256 = p.sha256
			WHERE p.path = ?`, k)
		if noRows(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("media %s: %w", k, err)
		}
		out[k] = m
	}
	return out, nil
}

// BankChoices is what the editor offers in its lists.
type BankChoices struct {
	Banks   []string
	Topics  []string
	Groups  []GroupChoice
	Rubrics []RubricChoice
}

// GroupChoice is a group an item may join.
type GroupChoice struct {
	ID    string
	Skill string
	Bank  string
	Title string
}

// RubricChoice is a rubric an item may name.
type RubricChoice struct {
	ID    string
	Skill string
	Title bank.Text
}

// BankChoices lists the banks, the topics in use, the current groups and
// the rubrics.
func (s *Bank) BankChoices(ctx context.Context) (*BankChoices, error) {
	var c BankChoices
	if err := s.db.SelectContext(ctx, &c.Banks, `SELECT DISTINCT bank FROM bank_items ORDER BY bank`); err != nil {
		return nil, fmt.Errorf("banks: %w", err)
	}
	if err := s.db.SelectContext(ctx, &c.Topics, `SELECT DISTINCT t.value FROM bank_items i
		JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version, json_each(v.topics) t
		WHERE i.retired = 0 ORDER BY t.value`); err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	var groups []GroupVersion
	if err := s.db.SelectContext(ctx, &groups, `SELECT v.id, v.group_id, v.version, v.skill, v.content, v.content_hash, v.created_at
		FROM bank_groups g JOIN bank_group_versions v ON v.group_id = g.group_id AND v.version = g.current_version
		WHERE g.retired = 0 ORDER BY g.group_id`); err != nil {
		return nil, fmt.Errorf("groups: %w", err)
	}
	var banks []struct {
		ID   string `db:"group_id"`
		Bank string `db:"bank"`
	}
	if err := s.db.SelectContext(ctx, &banks, `SELECT group_id, bank FROM bank_groups`); err != nil {
		return nil, fmt.Errorf("groups: %w", err)
	}
	bankOf := map[string]string{}
	for _, b := range banks {
		bankOf[b.ID] = b.Bank
	}
	for _, gv := range groups {
		g, _, err := gv.Group()
		if err != nil {
			return nil, err
		}
		c.Groups = append(c.Groups, GroupChoice{ID: g.ID, Skill: g.Skill, Bank: bankOf[g.ID], Title: g.Title})
	}
	var docs []struct {
		ID      string `db:"doc_id"`
		Content string `db:"content"`
	}
	if err := s.db.SelectContext(ctx, &docs, `SELECT d.doc_id, d.content FROM bank_documents d
		WHERE d.kind = 'rubric' AND d.version = (SELECT max(version) FROM bank_documents e WHERE e.kind = 'rubric' AND e.doc_id = d.doc_id)
		ORDER BY d.doc_id`); err != nil {
		return nil, fmt.Errorf("rubrics: %w", err)
	}
	for _, d := range docs {
		var rb bank.Rubric
		if err := json.Unmarshal([]byte(d.Content), &rb); err != nil {
			return nil, fmt.Errorf("rubric %s: %w", d.ID, err)
		}
		c.Rubrics = append(c.Rubrics, RubricChoice{ID: rb.ID, Skill: rb.Skill, Title: rb.Title})
	}
	slices.Sort(c.Topics)
	return &c, nil
}
