package store

// An attempt's form, decoded. Every exam request (the page, each autosave,
// each play, take and upload) reads form items, and used to decode each
// item's and passage's JSON afresh, inside the write transaction for most
// of them: at 2,000 candidates that was most of the CPU of a page load and
// held the write lock the autosaves wait on. Item and group versions never
// change (a change is a new version, and triggers forbid updates), so the
// decoded content is kept, keyed by the version's content hash. It was
// keyed by the content itself, which meant reading every item's JSON out
// of SQLite on every request only to find it in the map (~140 KB of
// garbage per exam page) and keeping a second copy of every content alive
// as the key; now the content is read only for versions not yet decoded.

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
)

// decodedCacheMax bounds the cache: the full shipped bank is ~2,100 items
// and a few hundred passages; a bank many times that size still fits, and
// past it the cache starts again rather than grow without bound.
const decodedCacheMax = 8192

type decodedItem struct {
	item  *bank.Item
	media map[string]string
}

type decodedGroup struct {
	group *bank.Group
	media map[string]string
}

// decodedCache keeps decoded item and group versions by their content
// hash (the SHA-256 of the exact content, written with it): versions with
// the same hash have the same content, so one cache serves every store in
// the process, and tests' databases alike. The values are shared and must
// never be changed by their users (as with the draw pool of examstart.go).
type decodedCache struct {
	mu     sync.RWMutex
	items  map[string]decodedItem
	groups map[string]decodedGroup
}

var decoded decodedCache

func (d *decodedCache) item(hash string) (decodedItem, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	x, ok := d.items[hash]
	return x, ok
}

func (d *decodedCache) group(hash string) (decodedGroup, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	x, ok := d.groups[hash]
	return x, ok
}

func (d *decodedCache) putItem(hash string, x decodedItem) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.items == nil || len(d.items) >= decodedCacheMax {
		d.items = map[string]decodedItem{}
	}
	d.items[hash] = x
}

func (d *decodedCache) putGroup(hash string, x decodedGroup) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.groups == nil || len(d.groups) >= decodedCacheMax {
		d.groups = map[string]decodedGroup{}
	}
	d.groups[hash] = x
}

// decodeMissing decodes the versions of es that the cache lacks, reading
// only their contents.
func (d *decodedCache) decodeMissing(ctx context.Context, q sqlx.QueryerContext, es []formRow) error {
	var items, groups []int64
	for i := range es {
		if _, ok := d.item(es[i].Hash); !ok {
			items = append(items, es[i].VersionID)
		}
		if g := es[i].GroupVer; g != nil && es[i].GroupHash != nil {
			if _, ok := d.group(*es[i].GroupHash); !ok {
				groups = append(groups, *g)
			}
		}
	}
	if len(items) > 0 {
		var vs []ItemVersion
		if err := selectIn(ctx, q, &vs, `SELECT id, item_id, version, content, content_hash FROM bank_item_versions WHERE id IN (?)`, items); err != nil {
			return fmt.Errorf("item versions: %w", err)
		}
		for i := range vs {
			it, media, err := vs[i].Item()
			if err != nil {
				return err
			}
			d.putItem(vs[i].ContentHash, decodedItem{item: it, media: media})
		}
	}
	if len(groups) > 0 {
		var vs []GroupVersion
		if err := selectIn(ctx, q, &vs, `SELECT id, group_id, version, content, content_hash FROM bank_group_versions WHERE id IN (?)`, groups); err != nil {
			return fmt.Errorf("group versions: %w", err)
		}
		for i := range vs {
			g, media, err := vs[i].Group()
			if err != nil {
				return err
			}
			d.putGroup(vs[i].ContentHash, decodedGroup{group: g, media: media})
		}
	}
	return nil
}

func selectIn(ctx context.Context, q sqlx.QueryerContext, dest any, query string, ids []int64) error {
	query, args, err := sqlx.In(query, ids)
	if err != nil {
		return err
	}
	return sqlx.SelectContext(ctx, q, dest, query, args...)
}

// formRow is a form item with its version's and passage's content hashes.
type formRow struct {
	FormEntry
	Hash      string  `db:"content_hash"`
	GroupHash *string `db:"group_hash"`
}

// formOf reads an attempt's form items (those where adds to the WHERE), in
// order, with their versions decoded.
func formOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64, where string, args ...any) ([]FormEntry, error) {
	var rows []formRow
	err := sqlx.SelectContext(ctx, q, &rows, `SELECT f.pos, f.section_idx, f.part_id, f.item_id, f.version_id, f.points,
		f.manual, f.layout, v.content_hash, v.group_version_id, g.content_hash AS group_hash
		FROM exam_form_items f JOIN bank_item_versions v ON v.id = f.version_id
		LEFT JOIN bank_group_versions g ON g.id = v.group_version_id
		WHERE f.attempt_id = ?`+where+` ORDER BY f.pos`, append([]any{attemptID}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("form of attempt %d: %w", attemptID, err)
	}
	if err := decoded.decodeMissing(ctx, q, rows); err != nil {
		return nil, fmt.Errorf("form of attempt %d: %w", attemptID, err)
	}
	es := make([]FormEntry, len(rows))
	for i := range rows {
		r := &rows[i]
		e := &es[i]
		*e = r.FormEntry
		it, ok := decoded.item(r.Hash)
		if !ok {
			// Only a cache started again between the two steps (past
			// decodedCacheMax, with other forms read meanwhile) lands here.
			if err := decoded.decodeMissing(ctx, q, rows[i:i+1]); err != nil {
				return nil, fmt.Errorf("form of attempt %d: %w", attemptID, err)
			}
			if it, ok = decoded.item(r.Hash); !ok {
				return nil, fmt.Errorf("item version %d of item %s: not found", e.VersionID, e.ItemID)
			}
		}
		// Each entry gets its own Media map: callers may add to it.
		e.Item, e.Media = it.item, make(map[string]string, len(it.media))
		for k, h := range it.media {
			e.Media[k] = h
		}
		if err := json.Unmarshal([]byte(e.LayoutRaw), &e.Layout); err != nil {
			return nil, fmt.Errorf("layout of attempt %d pos %d: %w", attemptID, e.Pos, err)
		}
		if e.GroupVer != nil {
			if r.GroupHash == nil {
				return nil, fmt.Errorf("group version %d of item %s: not found", *e.GroupVer, e.ItemID)
			}
			g, ok := decoded.group(*r.GroupHash)
			if !ok {
				if err := decoded.decodeMissing(ctx, q, rows[i:i+1]); err != nil {
					return nil, fmt.Errorf("form of attempt %d: %w", attemptID, err)
				}
				if g, ok = decoded.group(*r.GroupHash); !ok {
					return nil, fmt.Errorf("group version %d of item %s: not found", *e.GroupVer, e.ItemID)
				}
			}
			e.Group = g.group
			for k, h := range g.media {
				e.Media[k] = h
			}
		}
	}
	return es, nil
}
