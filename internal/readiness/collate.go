package readiness

import (
	"bytes"
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// SortByName orders items by a name in Lao collation (consonant first, so
// ແສງ sorts under ສ, not under its preposed vowel) or in Vietnamese
// collation (Ă after A, Đ after D, tones after the bare letter). A new
// collator per call: collators keep buffers and are not safe to share.
func SortByName[T any](items []T, script string, name func(T) string, desc bool) {
	tag := language.Vietnamese
	if script == "lo" {
		tag = language.Lao
	}
	c := collate.New(tag, collate.IgnoreCase)
	keys := make([][]byte, len(items))
	var buf collate.Buffer
	for i, it := range items {
		keys[i] = append([]byte(nil), c.KeyFromString(&buf, name(it))...)
		buf.Reset()
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		cmp := bytes.Compare(keys[idx[a]], keys[idx[b]])
		if desc {
			return cmp > 0
		}
		return cmp < 0
	})
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}
