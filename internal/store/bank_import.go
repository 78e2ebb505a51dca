package store

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jmoiron/sqlx"

	"hocviet/internal/bank"
)

// importItems writes the items' new versions: the current version of every
// item is read in one query, and new items and versions are written in
// multi-row inserts (itemBatch rows a statement), so importing 10,000 items
// is a few hundred statements rather than 40,000. Only an item that
// changed or came back from retirement gets its own UPDATE.
func importItems(ctx context.Context, tx *sqlx.Tx, b *bank.Bank, enc []encodedItem, groupVersion map[string]int64,
	author, t string, c *Counts, tick func()) error {
	var rows []struct {
		ItemID string `db:"item_id"`
		current
	}
	if err := tx.SelectContext(ctx, &rows, `SELECT i.item_id, v.version, v.content_hash, v.id, i.retired, i.source
		FROM bank_items i JOIN bank_item_versions v ON v.item_id = i.item_id AND v.version = i.current_version`); err != nil {
		return fmt.Errorf("items: %w", err)
	}
	cur := make(map[string]current, len(rows))
	for _, r := range rows {
		cur[r.ItemID] = r.current
	}
	var newItems, versions [][]any
	type update struct {
		sql  string
		args []any
	}
	var updates []update
	for i, it := range b.Items {
		h := enc[i].hash
		var gv *int64
		if id, ok := groupVersion[it.Group]; ok {
			gv = &id
		}
		src := it.Source.String()
		old, exists := cur[it.ID]
		tick()
		if exists && old.Hash == h {
			c.Unchanged++
			if old.Retired || old.Source != src {
				updates = append(updates, update{`UPDATE bank_items SET retired = 0, source = ? WHERE item_id = ?`, []any{src, it.ID}})
			}
			continue
		}
		v := old.Version + 1
		if !exists {
			newItems = append(newItems, []any{it.ID, it.Bank, src, t})
			c.New++
		} else {
			updates = append(updates, update{`UPDATE bank_items SET current_version = ?, retired = 0, bank = ?, source = ?, updated_at = ? WHERE item_id = ?`,
				[]any{v, it.Bank, src, t, it.ID}})
			c.Changed++
		}
		by := author
		if it.Author != "" {
			by = it.Author
		}
		versions = append(versions, []any{it.ID, v, it.Skill, it.Level, it.Type, enc[i].topics, gv, enc[i].doc, h, by, t})
	}
	if err := insertRows(ctx, tx, `INSERT INTO bank_items (item_id, bank, current_version, source, updated_at) VALUES `, "(?, ?, 1, ?, ?)", newItems); err != nil {
		return fmt.Errorf("new items: %w", err)
	}
	if err := insertRows(ctx, tx, `INSERT INTO bank_item_versions
		(item_id, version, skill, level, type, topics, group_version_id, content, content_hash, author, created_at) VALUES `,
		"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions); err != nil {
		return fmt.Errorf("item versions: %w", err)
	}
	for _, u := range updates {
		if _, err := tx.ExecContext(ctx, u.sql, u.args...); err != nil {
			return fmt.Errorf("item %v: %w", u.args[len(u.args)-1], err)
		}
	}
	return nil
}

// encoded is a document as a version stores it.
type encoded struct{ doc, hash string }

// encodedItem is an item's version document, with its topics as JSON.
type encodedItem struct {
	encoded
	topics string
}

// encodeItems encodes every item's version document on every CPU: each
// depends on its item, the hashes of its group and media alone.
func encodeItems(b *bank.Bank, groupHash map[string]string) ([]encodedItem, error) {
	out := make([]encodedItem, len(b.Items))
	errs := make([]error, len(b.Items))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(b.Items)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(b.Items) {
					return
				}
				it := b.Items[i]
				doc, err := json.Marshal(itemDoc{Item: it, GroupHash: groupHash[it.Group], Media: mediaHashes(b, it.MediaKeys())})
				if err != nil {
					errs[i] = fmt.Errorf("%s: item %s: %w", it.Source, it.ID, err)
					continue
				}
				topics, err := json.Marshal(it.Topics)
				if err != nil {
					errs[i] = err
					continue
				}
				out[i] = encodedItem{encoded{string(doc), contentHash(doc)}, string(topics)}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first item's, as when they were encoded in turn
		}
	}
	return out, nil
}

// itemBatch is how many rows one multi-row INSERT carries: 11 columns ×
// 200 rows stays far below SQLite's limit of 32,766 parameters.
const itemBatch = 200

// insertRows runs head followed by one tuple per row, itemBatch rows a
// statement, the full-size statement prepared once.
func insertRows(ctx context.Context, tx *sqlx.Tx, head, tuple string, rows [][]any) error {
	var full *sqlx.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for len(rows) > 0 {
		n := min(itemBatch, len(rows))
		args := make([]any, 0, n*len(rows[0]))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := head + strings.TrimSuffix(strings.Repeat(tuple+", ", n), ", ")
		var err error
		if n == itemBatch {
			if full == nil {
				if full, err = tx.PreparexContext(ctx, q); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, q, args...)
		}
		if err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}
