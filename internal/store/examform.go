package store

// An attempt's form, decoded. Every exam request (the page, each autosave,
// each play, take and upload) reads form items, and used to decode each
// item's and passage's JSON afresh, inside the write transaction for most
// of them: at 2,000 candidates that was most of the CPU of a page load and
// held the write lock the autosaves wait on. Item and group versions never
// change (a change is a new version, and triggers forbid updates), so the
// decoded content is kept, keyed by the content itself: a test database
// that bends immutability gets the right content all the same, and one
// cache serves every store in the process.

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

// decoded keeps decoded item and group versions by their JSON content. The
// values are shared and must never be changed by their users (as with the
// draw pool of examstart.go).
var decoded = struct {
	sync.RWMutex
	items  map[string]decodedItem
	groups map[string]decodedGroup
}{items: map[string]decodedItem{}, groups: map[string]decodedGroup{}}

func decodeItemCached(v *ItemVersion) (*bank.Item, map[string]string, error) {
	decoded.RLock()
	d, ok := decoded.items[v.Content]
	decoded.RUnlock()
	if ok {
		return d.item, d.media, nil
	}
	it, media, err := v.Item()
	if err != nil {
		return nil, nil, err
	}
	decoded.Lock()
	if len(decoded.items) >= decodedCacheMax {
		decoded.items = map[string]decodedItem{}
	}
	decoded.items[v.Content] = decodedItem{item: it, media: media}
	decoded.Unlock()
	return it, media, nil
}

func decodeGroupCached(v *GroupVersion) (*bank.Group, map[string]string, error) {
	decoded.RLock()
	d, ok := decoded.groups[v.Content]
	decoded.RUnlock()
	if ok {
		return d.group, d.media, nil
	}
	g, media, err := v.Group()
	if err != nil {
		return nil, nil, err
	}
	decoded.Lock()
	if len(decoded.groups) >= decodedCacheMax {
		decoded.groups = map[string]decodedGroup{}
	}
	decoded.groups[v.Content] = decodedGroup{group: g, media: media}
	decoded.Unlock()
	return g, media, nil
}

// formRow is a form item with its version's and passage's content.
type formRow struct {
	FormEntry
	GroupContent *string `db:"group_content"`
}

func formOf(ctx context.Context, q sqlx.QueryerContext, attemptID int64, where string, args ...any) ([]FormEntry, error) {
	var rows []formRow
	err := sqlx.SelectContext(ctx, q, &rows, `SELECT f.pos, f.section_idx, f.part_id, f.item_id, f.version_id, f.points,
		f.manual, f.layout, v.content, v.group_version_id, g.content AS group_content
		FROM exam_form_items f JOIN bank_item_versions v ON v.id = f.version_id
		LEFT JOIN bank_group_versions g ON g.id = v.group_version_id
		WHERE f.attempt_id = ?`+where+` ORDER BY f.pos`, append([]any{attemptID}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("form of attempt %d: %w", attemptID, err)
	}
	es := make([]FormEntry, len(rows))
	for i := range rows {
		r := &rows[i]
		e := &es[i]
		*e = r.FormEntry
		v := ItemVersion{ItemID: e.ItemID, Content: e.Content, GroupVersionID: e.GroupVer}
		it, media, err := decodeItemCached(&v)
		if err != nil {
			return nil, err
		}
		// Each entry gets its own Media map: callers may add to it.
		e.Item, e.Media = it, make(map[string]string, len(media))
		for k, h := range media {
			e.Media[k] = h
		}
		if err := json.Unmarshal([]byte(e.LayoutRaw), &e.Layout); err != nil {
			return nil, fmt.Errorf("layout of attempt %d pos %d: %w", attemptID, e.Pos, err)
		}
		if e.GroupVer != nil {
			if r.GroupContent == nil {
				return nil, fmt.Errorf("group version %d of item %s: not found", *e.GroupVer, e.ItemID)
			}
			g, gm, err := decodeGroupCached(&GroupVersion{ID: *e.GroupVer, Content: *r.GroupContent})
			if err != nil {
				return nil, err
			}
			e.Group = g
			for k, h := range gm {
				e.Media[k] = h
			}
		}
		// The content is decoded: do not keep 62 copies of it alive with
		// the view.
		e.Content = ""
	}
	return es, nil
}
