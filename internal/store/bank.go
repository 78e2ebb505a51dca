package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
)

// BankImportResult counts what an import did. Unchanged rows were compared
// and left alone.
type BankImportResult struct {
	Items      Counts `json:"items"`
	Groups     Counts `json:"groups"`
	Media      Counts `json:"media"`
	Documents  Counts `json:"documents"` // rubrics and blueprints
	Vocabulary Counts `json:"vocabulary"`
}

// Counts is one kind's tally. Changed means a new version was added;
// Retired, that the entry left the files (its versions stay).
type Counts struct {
	New       int `json:"new"`
	Changed   int `json:"changed"`
	Unchanged int `json:"unchanged"`
	Retired   int `json:"retired"`
}

// Changed reports whether the import wrote anything.
func (r BankImportResult) Changed() bool {
	for _, c := range []Counts{r.Items, r.Groups, r.Media, r.Documents, r.Vocabulary} {
		if c.New+c.Changed+c.Retired > 0 {
			return true
		}
	}
	return false
}

// itemDoc is what a version stores: the item as authored plus the hashes of
// what it shows, so a new recording or a reworded passage is a new version
// even when the YAML of the item itself did not change.
type itemDoc struct {
	*bank.Item
	GroupHash string            `json:"group_hash,omitempty"`
	Media     map[string]string `json:"media,omitempty"`
}

type groupDoc struct {
	*bank.Group
	Media map[string]string `json:"media,omitempty"`
}

func contentHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

type mediaBlob struct {
	m    *bank.MediaFile
	data []byte
}

// ImportBank copies a loaded bank into the database in one transaction:
// either every item, group, medium, rubric, blueprint and word is in, or
// nothing is. Content equal to the current version changes nothing; changed
// content adds a version; nothing already written is updated or deleted.
// Items and groups of the imported banks that are no longer in the files are
// retired. progress, if not nil, is called after each entry.
func (s *Bank) ImportBank(ctx context.Context, b *bank.Bank, author string, progress func(done, total int)) (BankImportResult, error) {
	var res BankImportResult
	// Media is read before the write lock is taken, and checked against the
	// hash Load computed, so a file edited since then is not half-imported.
	keys := make([]string, 0, len(b.Media))
	for k := range b.Media {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	blobs := make([]mediaBlob, 0, len(keys))
	for _, k := range keys {
		m := b.Media[k]
		data, err := m.Data()
		if err != nil {
			return res, fmt.Errorf("media %s: %w", k, err)
		}
		if contentHash(data) != m.SHA256 {
			return res, fmt.Errorf("media %s changed while importing; run the import again", k)
		}
		blobs = append(blobs, mediaBlob{m, data})
	}
	// The documents are encoded before the write lock too: they depend on
	// the bank alone, and encoding 10,000 items is work for every CPU.
	groups := make([]encoded, len(b.Groups))
	groupHash := map[string]string{}
	for i, g := range b.Groups {
		doc, err := json.Marshal(groupDoc{g, mediaHashes(b, g.MediaKeys())})
		if err != nil {
			return res, err
		}
		groups[i] = encoded{doc: string(doc), hash: contentHash(doc)}
		groupHash[g.ID] = groups[i].hash
	}
	items, err := encodeItems(b, groupHash)
	if err != nil {
		return res, err
	}
	total := len(blobs) + len(b.Groups) + len(b.Items) + len(b.Rubrics) + len(b.Blueprints) + len(b.Vocabulary)
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	err = s.tx(ctx, func(tx *sqlx.Tx) error {
		res = BankImportResult{}
		t := now()
		for _, mb := range blobs {
			if err := importMedia(ctx, tx, mb, t, &res.Media); err != nil {
				return err
			}
			tick()
		}
		groupVersion := map[string]int64{}
		for i, g := range b.Groups {
			id, err := importGroup(ctx, tx, g, groups[i].doc, groups[i].hash, t, &res.Groups)
			if err != nil {
				return fmt.Errorf("%s: group %s: %w", g.Source, g.ID, err)
			}
			groupVersion[g.ID] = id
			tick()
		}
		if err := importItems(ctx, tx, b, items, groupVersion, author, t, &res.Items, tick); err != nil {
			return err
		}
		if err := retire(ctx, tx, b, t, &res); err != nil {
			return err
		}
		for _, r := range b.Rubrics {
			if err := importDocument(ctx, tx, "rubric", r.ID, r, t, &res.Documents); err != nil {
				return fmt.Errorf("%s: rubric %s: %w", r.Source, r.ID, err)
			}
			tick()
		}
		for _, bp := range b.Blueprints {
			if err := importDocument(ctx, tx, "blueprint", bp.ID, bp, t, &res.Documents); err != nil {
				return fmt.Errorf("%s: blueprint %s: %w", bp.Source, bp.ID, err)
			}
			tick()
		}
		return importVocabulary(ctx, tx, b, &res.Vocabulary, tick)
	})
	return res, err
}

func mediaHashes(b *bank.Bank, keys []string) map[string]string {
	if len(keys) == 0 {
		return nil
	}
	m := map[string]string{}
	for _, k := range keys {
		if f, ok := b.Media[k]; ok {
			m[k] = f.SHA256
		}
	}
	return m
}

func importMedia(ctx context.Context, tx *sqlx.Tx, mb mediaBlob, t string, c *Counts) error {
	r, err := tx.ExecContext(ctx, `INSERT INTO bank_media (sha256, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING`, mb.m.SHA256, mb.m.MIME, mb.m.Size, mb.data, t)
	if err != nil {
		return fmt.Errorf("media %s: %w", mb.m.Key, err)
	}
	added, _ := r.RowsAffected()
	var cur string
	err = tx.GetContext(ctx, &cur, `SELECT sha256 FROM bank_media_paths WHERE path = ?`, mb.m.Key)
	switch {
	case noRows(err):
		_, err = tx.ExecContext(ctx, `INSERT INTO bank_media_paths (path, sha256, updated_at) VALUES (?, ?, ?)`, mb.m.Key, mb.m.SHA256, t)
		c.New++
	case err != nil:
	case cur != mb.m.SHA256:
		_, err = tx.ExecContext(ctx, `UPDATE bank_media_paths SET sha256 = ?, updated_at = ? WHERE path = ?`, mb.m.SHA256, t, mb.m.Key)
		c.Changed++
	default:
		c.Unchanged++
		if added > 0 {
			// Same path, same bytes, yet the blob was missing: cannot
			// happen through import, so count it as a change to notice.
			c.Unchanged--
			c.Changed++
		}
	}
	if err != nil {
		return fmt.Errorf("media path %s: %w", mb.m.Key, err)
	}
	return nil
}

type current struct {
	Version int    `db:"version"`
	Hash    string `db:"content_hash"`
	ID      int64  `db:"id"`
	Retired bool   `db:"retired"`
	Source  string `db:"source"`
}

func importGroup(ctx context.Context, tx *sqlx.Tx, g *bank.Group, doc, h, t string, c *Counts) (int64, error) {
	var cur current
	err := tx.GetContext(ctx, &cur, `SELECT v.version, v.content_hash, v.id, g.retired
		FROM bank_groups g JOIN bank_group_versions v ON v.group_id = g.group_id AND v.version = g.current_version
		WHERE g.group_id = ?`, g.ID)
	if err != nil && !noRows(err) {
		return 0, err
	}
	exists := err == nil
	if exists && cur.Hash == h {
		c.Unchanged++
		if cur.Retired {
			_, err = tx.ExecContext(ctx, `UPDATE bank_groups SET retired = 0, updated_at = ? WHERE group_id = ?`, t, g.ID)
		}
		return cur.ID, err
	}
	if !exists {
		if _, err := tx.ExecContext(ctx, `INSERT INTO bank_groups (group_id, bank, current_version, updated_at) VALUES (?, ?, 1, ?)`,
			g.ID, g.Bank, t); err != nil {
			return 0, err
		}
		c.New++
	} else {
		c.Changed++
	}
	v := cur.Version + 1
	r, err := tx.ExecContext(ctx, `INSERT INTO bank_group_versions (group_id, version, skill, content, content_hash, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, g.ID, v, g.Skill, doc, h, t)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE bank_groups SET current_version = ?, retired = 0, bank = ?, updated_at = ? WHERE group_id = ?`,
		v, g.Bank, t, g.ID); err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// retire marks items and groups of the imported banks that the files no
// longer hold. Banks not in this import are left as they are.
func retire(ctx context.Context, tx *sqlx.Tx, b *bank.Bank, t string, res *BankImportResult) error {
	banks := map[string]bool{}
	items, groups := map[string]bool{}, map[string]bool{}
	for _, it := range b.Items {
		banks[it.Bank], items[it.ID] = true, true
	}
	for _, g := range b.Groups {
		banks[g.Bank], groups[g.ID] = true, true
	}
	for _, k := range []struct {
		table, col string
		keep       map[string]bool
		c          *Counts
	}{{"bank_items", "item_id", items, &res.Items}, {"bank_groups", "group_id", groups, &res.Groups}} {
		var rows []struct {
			ID   string `db:"id"`
			Bank string `db:"bank"`
		}
		if err := tx.SelectContext(ctx, &rows, `SELECT `+k.col+` AS id, bank FROM `+k.table+` WHERE retired = 0`); err != nil {
			return fmt.Errorf("retire: %w", err)
		}
		for _, r := range rows {
			if banks[r.Bank] && !k.keep[r.ID] {
				if _, err := tx.ExecContext(ctx, `UPDATE `+k.table+` SET retired = 1, updated_at = ? WHERE `+k.col+` = ?`, t, r.ID); err != nil {
					return fmt.Errorf("retire %s: %w", r.ID, err)
				}
				k.c.Retired++
			}
		}
	}
	return nil
}

func importDocument(ctx context.Context, tx *sqlx.Tx, kind, id string, v any, t string, c *Counts) error {
	doc, err := json.Marshal(v)
	if err != nil {
		return err
	}
	h := contentHash(doc)
	var cur current
	err = tx.GetContext(ctx, &cur, `SELECT version, content_hash, id FROM bank_documents
		WHERE kind = ? AND doc_id = ? ORDER BY version DESC LIMIT 1`, kind, id)
	switch {
	case err == nil && cur.Hash == h:
		c.Unchanged++
		return nil
	case err == nil:
		c.Changed++
	case noRows(err):
		c.New++
	default:
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO bank_documents (kind, doc_id, version, content, content_hash, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, kind, id, cur.Version+1, string(doc), h, t)
	return err
}

type vocabRow struct {
	ID          int64   `db:"id"`
	Bank        string  `db:"bank"`
	Term        string  `db:"term"`
	POS         string  `db:"pos"`
	Lao         string  `db:"lao"`
	En          string  `db:"en"`
	Example     string  `db:"example"`
	Level       int     `db:"level"`
	Topic       string  `db:"topic"`
	AudioSHA256 *string `db:"audio_sha256"`
	Reviewed    bool    `db:"reviewed"`
}

// importVocabulary makes each imported bank's word list what the files say.
// Words are not versioned: no attempt is graded against them.
func importVocabulary(ctx context.Context, tx *sqlx.Tx, b *bank.Bank, c *Counts, tick func()) error {
	banks := map[string]bool{}
	for _, v := range b.Vocabulary {
		banks[v.Bank] = true
	}
	have := map[string]vocabRow{}
	var rows []vocabRow
	if err := tx.SelectContext(ctx, &rows, `SELECT id, bank, term, pos, lao, en, example, level, topic, audio_sha256, reviewed FROM bank_vocabulary`); err != nil {
		return fmt.Errorf("vocabulary: %w", err)
	}
	for _, r := range rows {
		have[r.Bank+"\x00"+r.Term+"\x00"+r.POS] = r
	}
	seen := map[string]bool{}
	for _, v := range b.Vocabulary {
		row := vocabRow{Bank: v.Bank, Term: v.Term, POS: v.POS, Lao: v.Lao, En: v.English, Example: v.Example,
			Level: v.Level, Topic: v.Topic, Reviewed: v.Reviewed}
		if m, ok := b.Media[v.Audio]; ok {
			row.AudioSHA256 = &m.SHA256
		}
		k := v.Bank + "\x00" + v.Term + "\x00" + v.POS
		if seen[k] {
			tick()
			continue // lint warns of the duplicate; the first one wins
		}
		seen[k] = true
		old, ok := have[k]
		row.ID = old.ID
		if ok && old.Reviewed && !row.Reviewed {
			// A gloss reviewed in the browser whose file still holds the
			// text from before the review keeps the review (issue 17.23).
			kept, err := glossReviewStands(ctx, tx, old.ID, old.Lao, row.Lao)
			if err != nil {
				return err
			}
			if kept {
				row.Lao, row.Reviewed = old.Lao, true
			}
		}
		var err error
		switch {
		case !ok:
			_, err = tx.NamedExecContext(ctx, `INSERT INTO bank_vocabulary (bank, term, pos, lao, en, example, level, topic, audio_sha256, reviewed)
				VALUES (:bank, :term, :pos, :lao, :en, :example, :level, :topic, :audio_sha256, :reviewed)`, row)
			c.New++
		case sameVocab(old, row):
			c.Unchanged++
		default:
			_, err = tx.NamedExecContext(ctx, `UPDATE bank_vocabulary SET lao = :lao, en = :en, example = :example, level = :level,
				topic = :topic, audio_sha256 = :audio_sha256, reviewed = :reviewed WHERE id = :id`, row)
			c.Changed++
		}
		if err != nil {
			return fmt.Errorf("%s: vocabulary %s: %w", v.Source, v.Term, err)
		}
		tick()
	}
	for k, r := range have {
		if banks[r.Bank] && !seen[k] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM bank_vocabulary WHERE id = ?`, r.ID); err != nil {
				return fmt.Errorf("vocabulary %s: %w", r.Term, err)
			}
			c.Retired++
		}
	}
	return nil
}

func sameVocab(a, b vocabRow) bool {
	a.ID, b.ID = 0, 0
	as, bs := "", ""
	if a.AudioSHA256 != nil {
		as = *a.AudioSHA256
	}
	if b.AudioSHA256 != nil {
		bs = *b.AudioSHA256
	}
	a.AudioSHA256, b.AudioSHA256 = nil, nil
	return a == b && as == bs
}

// ItemVersion is one stored version of an item.
type ItemVersion struct {
	ID             int64  `db:"id"`
	ItemID         string `db:"item_id"`
	Version        int    `db:"version"`
	Skill          string `db:"skill"`
	Level          int    `db:"level"`
	Type           string `db:"type"`
	TopicsJSON     string `db:"topics"`
	GroupVersionID *int64 `db:"group_version_id"`
	Content        string `db:"content"`
	ContentHash    string `db:"content_hash"`
	Author         string `db:"author"`
	CreatedAt      string `db:"created_at"`
	Used           bool   `db:"used"`
	Current        bool   `db:"current"`
	Retired        bool   `db:"retired"`
}

// Item decodes the version's content. Media keys in it resolve through
// Media, which names the exact bytes this version showed.
func (v *ItemVersion) Item() (*bank.Item, map[string]string, error) {
	var d struct {
		bank.Item
		Media map[string]string `json:"media"`
	}
	if err := json.Unmarshal([]byte(v.Content), &d); err != nil {
		return nil, nil, fmt.Errorf("item %s v%d: %w", v.ItemID, v.Version, err)
	}
	return &d.Item, d.Media, nil
}

// Topics decodes the topic list.
func (v *ItemVersion) Topics() []string {
	var ts []string
	_ = json.Unmarshal([]byte(v.TopicsJSON), &ts) // written by ImportBank from a []string
	return ts
}

const itemVersionSelect = `
	SELECT v.id, v.item_id, v.version, v.skill, v.level, v.type, v.topics, v.group_version_id, v.content,
	       v.content_hash, v.author, v.created_at,
	       EXISTS (SELECT 1 FROM bank_item_usage u WHERE u.version_id = v.id) AS used,
	       (i.current_version = v.version) AS current, i.retired
	FROM bank_item_versions v JOIN bank_items i ON i.item_id = v.item_id`

// ItemVersionByID finds a version by its row id (what attempts keep).
func (s *Bank) ItemVersionByID(ctx context.Context, id int64) (*ItemVersion, error) {
	var v ItemVersion
	err := s.db.GetContext(ctx, &v, itemVersionSelect+` WHERE v.id = ?`, id)
	if noRows(err) {
		return nil, notFound("item version")
	}
	if err != nil {
		return nil, fmt.Errorf("item version %d: %w", id, err)
	}
	return &v, nil
}

// ItemVersion finds one version of an item; version 0 means the current one.
func (s *Bank) ItemVersion(ctx context.Context, itemID string, version int) (*ItemVersion, error) {
	var v ItemVersion
	var err error
	if version == 0 {
		err = s.db.GetContext(ctx, &v, itemVersionSelect+` WHERE v.item_id = ? AND v.version = i.current_version`, itemID)
	} else {
		err = s.db.GetContext(ctx, &v, itemVersionSelect+` WHERE v.item_id = ? AND v.version = ?`, itemID, version)
	}
	if noRows(err) {
		return nil, notFound("item")
	}
	if err != nil {
		return nil, fmt.Errorf("item %s v%d: %w", itemID, version, err)
	}
	return &v, nil
}

// ItemVersions lists every version of an item, oldest first.
func (s *Bank) ItemVersions(ctx context.Context, itemID string) ([]ItemVersion, error) {
	var vs []ItemVersion
	if err := s.db.SelectContext(ctx, &vs, itemVersionSelect+` WHERE v.item_id = ? ORDER BY v.version`, itemID); err != nil {
		return nil, fmt.Errorf("versions of %s: %w", itemID, err)
	}
	return vs, nil
}

// ItemFilter selects current, unretired items. Zero fields do not filter;
// Topics matches an item having any of them.
type ItemFilter struct {
	Skill, Type        string
	MinLevel, MaxLevel int
	Topics             []string
}

// CurrentItems lists the current version of every unretired item matching
// f, for exam assembly and practice.
func (s *Bank) CurrentItems(ctx context.Context, f ItemFilter) ([]ItemVersion, error) {
	q := itemVersionSelect + ` WHERE v.version = i.current_version AND i.retired = 0`
	var args []any
	if f.Skill != "" {
		q += ` AND v.skill = ?`
		args = append(args, f.Skill)
	}
	if f.Type != "" {
		q += ` AND v.type = ?`
		args = append(args, f.Type)
	}
	if f.MinLevel > 0 {
		q += ` AND v.level >= ?`
		args = append(args, f.MinLevel)
	}
	if f.MaxLevel > 0 {
		q += ` AND v.level <= ?`
		args = append(args, f.MaxLevel)
	}
	if len(f.Topics) > 0 {
		q += ` AND EXISTS (SELECT 1 FROM json_each(v.topics) t WHERE t.value IN (?` + strings.Repeat(`, ?`, len(f.Topics)-1) + `))`
		for _, t := range f.Topics {
			args = append(args, t)
		}
	}
	q += ` ORDER BY v.item_id`
	var vs []ItemVersion
	if err := s.db.SelectContext(ctx, &vs, q, args...); err != nil {
		return nil, fmt.Errorf("items: %w", err)
	}
	return vs, nil
}

// GroupVersion is one stored version of a group.
type GroupVersion struct {
	ID          int64  `db:"id"`
	GroupID     string `db:"group_id"`
	Version     int    `db:"version"`
	Skill       string `db:"skill"`
	Content     string `db:"content"`
	ContentHash string `db:"content_hash"`
	CreatedAt   string `db:"created_at"`
}

// Group decodes the version's content.
func (v *GroupVersion) Group() (*bank.Group, map[string]string, error) {
	var d struct {
		bank.Group
		Media map[string]string `json:"media"`
	}
	if err := json.Unmarshal([]byte(v.Content), &d); err != nil {
		return nil, nil, fmt.Errorf("group %s v%d: %w", v.GroupID, v.Version, err)
	}
	return &d.Group, d.Media, nil
}

// GroupVersionByID finds the group version an item version points at.
func (s *Bank) GroupVersionByID(ctx context.Context, id int64) (*GroupVersion, error) {
	var v GroupVersion
	err := s.db.GetContext(ctx, &v, `SELECT id, group_id, version, skill, content, content_hash, created_at
		FROM bank_group_versions WHERE id = ?`, id)
	if noRows(err) {
		return nil, notFound("group version")
	}
	if err != nil {
		return nil, fmt.Errorf("group version %d: %w", id, err)
	}
	return &v, nil
}

// MarkItemUsed records that an attempt was given an item version, which
// freezes that version for good. Exam code that already holds a
// transaction calls MarkItemUsedTx instead.
func (s *Bank) MarkItemUsed(ctx context.Context, versionID, attemptID int64) error {
	return s.tx(ctx, func(tx *sqlx.Tx) error { return MarkItemUsedTx(ctx, tx, versionID, attemptID) })
}

// MarkItemUsedTx is MarkItemUsed inside the caller's transaction. Marking
// twice is harmless.
func MarkItemUsedTx(ctx context.Context, tx *sqlx.Tx, versionID, attemptID int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO bank_item_usage (version_id, attempt_id, used_at) VALUES (?, ?, ?)
		ON CONFLICT (version_id, attempt_id) DO NOTHING`, versionID, attemptID, now())
	if err != nil {
		return fmt.Errorf("mark item version %d used: %w", versionID, err)
	}
	return nil
}

// Media is one stored medium.
type Media struct {
	SHA256 string `db:"sha256"`
	MIME   string `db:"mime"`
	Size   int64  `db:"size"`
	Data   []byte `db:"data"`
}

// MediaByHash returns the bytes with that SHA-256. The hash is what item
// versions record, so URLs built on it never go stale and can be cached
// for good.
func (s *Bank) MediaByHash(ctx context.Context, sha string) (*Media, error) {
	return mediaByHash(ctx, s.db, sha)
}

// mediaByHash is MediaByHash for other aggregates (an exam's audio and
// images) on their own handle or transaction.
func mediaByHash(ctx context.Context, q sqlx.QueryerContext, sha string) (*Media, error) {
	var m Media
	err := sqlx.GetContext(ctx, q, &m, `SELECT sha256, mime, size, data FROM bank_media WHERE sha256 = ?`, sha)
	if noRows(err) {
		return nil, notFound("media")
	}
	if err != nil {
		return nil, fmt.Errorf("media %s: %w", sha, err)
	}
	return &m, nil
}

// MediaByPath returns what a media key ("core/audio/x.ogg") holds now.
func (s *Bank) MediaByPath(ctx context.Context, key string) (*Media, error) {
	var m Media
	err := s.db.GetContext(ctx, &m, `SELECT m.sha256, m.mime, m.size, m.data
		FROM bank_media_paths p JOIN bank_media m ON m.sha256 = p.sha256 WHERE p.path = ?`, key)
	if noRows(err) {
		return nil, notFound("media")
	}
	if err != nil {
		return nil, fmt.Errorf("media %s: %w", key, err)
	}
	return &m, nil
}

// BankDocument returns the current rubric or blueprint (kind "rubric" or
// "blueprint") as stored JSON, with its version.
func (s *Bank) BankDocument(ctx context.Context, kind, id string) (content string, version int, err error) {
	return bankDocument(ctx, s.db, kind, id)
}

func bankDocument(ctx context.Context, q sqlx.QueryerContext, kind, id string) (content string, version int, err error) {
	var row struct {
		Content string `db:"content"`
		Version int    `db:"version"`
	}
	err = sqlx.GetContext(ctx, q, &row, `SELECT content, version FROM bank_documents WHERE kind = ? AND doc_id = ?
		ORDER BY version DESC LIMIT 1`, kind, id)
	if noRows(err) {
		return "", 0, notFound(kind)
	}
	if err != nil {
		return "", 0, fmt.Errorf("%s %s: %w", kind, id, err)
	}
	return row.Content, row.Version, nil
}

// Rubric decodes the current version of a rubric.
func (s *Bank) Rubric(ctx context.Context, id string) (*bank.Rubric, int, error) {
	return rubricByID(ctx, s.db, id)
}

// rubricByID is Rubric for other aggregates (grading a script).
func rubricByID(ctx context.Context, q sqlx.QueryerContext, id string) (*bank.Rubric, int, error) {
	c, v, err := bankDocument(ctx, q, "rubric", id)
	if err != nil {
		return nil, 0, err
	}
	var r bank.Rubric
	if err := json.Unmarshal([]byte(c), &r); err != nil {
		return nil, 0, fmt.Errorf("rubric %s: %w", id, err)
	}
	return &r, v, nil
}

// Blueprint decodes the current version of a blueprint.
func (s *Bank) Blueprint(ctx context.Context, id string) (*bank.Blueprint, int, error) {
	c, v, err := s.BankDocument(ctx, "blueprint", id)
	if err != nil {
		return nil, 0, err
	}
	var b bank.Blueprint
	if err := json.Unmarshal([]byte(c), &b); err != nil {
		return nil, 0, fmt.Errorf("blueprint %s: %w", id, err)
	}
	return &b, v, nil
}

// BankStats counts current, unretired items by skill, level and type, and
// the vocabulary entries.
func (s *Bank) BankStats(ctx context.Context) ([]bank.Stat, int, error) {
	var st []bank.Stat
	rows, err := s.db.QueryxContext(ctx, `SELECT v.skill, v.level, v.type, count(*)
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version
		WHERE i.retired = 0 GROUP BY v.skill, v.level, v.type`)
	if err != nil {
		return nil, 0, fmt.Errorf("bank stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var x bank.Stat
		if err := rows.Scan(&x.Skill, &x.Level, &x.Type, &x.Count); err != nil {
			return nil, 0, fmt.Errorf("bank stats: %w", err)
		}
		st = append(st, x)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("bank stats: %w", err)
	}
	bank.SortStats(st)
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM bank_vocabulary`); err != nil {
		return nil, 0, fmt.Errorf("bank stats: %w", err)
	}
	return st, n, nil
}
