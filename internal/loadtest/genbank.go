package loadtest

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	questionbanks "hocviet/question_banks"
)

// GenerateBank writes a bank of at least n items into dir/gen: copies of the
// core bank's items and passages under new ids (every type, with the core
// bank's audio, images and rubrics), in files of a few hundred items as
// authors keep them. Each copy differs from the original the way items of a
// real bank differ (vary): its own prompt and, for choice items, its own
// option order, so the lint's duplicate rule (same prompt and key) holds as
// it would on a real bank. It returns the number of items written.
func GenerateBank(dir string, n int) (int, error) {
	root := filepath.Join(dir, "gen")
	if err := copyTree(questionbanks.FS, "core", root); err != nil {
		return 0, err
	}
	var docs []struct {
		name  string
		node  yaml.Node
		items int
	}
	entries, err := fs.ReadDir(questionbanks.FS, "core")
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".yaml") || name == "bank.yaml" {
			continue
		}
		b, err := fs.ReadFile(questionbanks.FS, path.Join("core", name))
		if err != nil {
			return 0, err
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(b, &doc); err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		items := len(seq(&doc, "items"))
		if items == 0 {
			continue // vocabulary: not items
		}
		// The originals stay as they are; copies go beside them.
		docs = append(docs, struct {
			name  string
			node  yaml.Node
			items int
		}{name, doc, items})
	}
	total := 0
	for _, d := range docs {
		total += d.items
	}
	for copyN := 1; total < n; copyN++ {
		for _, d := range docs {
			if total >= n {
				break
			}
			suffix := fmt.Sprintf("-g%03d", copyN)
			c := deepCopy(&d.node)
			for _, list := range []string{"groups", "items"} {
				for k, it := range seq(c, list) {
					rename(it, "id", suffix)
					if list == "items" {
						rename(it, "group", suffix)
						vary(it, copyN, k)
					}
				}
			}
			out, err := yaml.Marshal(c)
			if err != nil {
				return 0, err
			}
			file := filepath.Join(root, fmt.Sprintf("g%03d-%s", copyN, d.name))
			if err := os.WriteFile(file, out, 0o644); err != nil {
				return 0, err
			}
			total += d.items
		}
	}
	return total, nil
}

// seq returns the entries of the top-level list key of a YAML document.
func seq(doc *yaml.Node, key string) []*yaml.Node {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.SequenceNode {
			return m.Content[i+1].Content
		}
	}
	return nil
}

// contexts are the situations a copied item is set in: what its prompt
// adds to the original's, so copies are different questions.
var contexts = []string{
	"Tình huống ở thư viện", "Tình huống ở ký túc xá", "Tình huống ở lớp học", "Tình huống ở chợ",
	"Tình huống ở bệnh viện", "Tình huống ở cơ quan", "Tình huống ở nhà ga", "Tình huống ở Hủa Phăn",
}

// vary makes the k-th item of copy n its own question: its prompt (the
// original's, or none) gets a situation and a number, and a choice item's
// options are rotated, so the key moves as it does between real items.
func vary(it *yaml.Node, n, k int) {
	ctx := fmt.Sprintf("%s, bài %d.%d", contexts[(n+k)%len(contexts)], n, k+1)
	if v := value(it, "prompt"); v != nil {
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			*v = *deepCopy(v.Alias)
			v.Anchor = ""
		}
		if v.Kind == yaml.ScalarNode {
			v.Value = ctx + ". " + v.Value
			v.Style = 0
		}
	} else {
		it.Content = append(it.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "prompt"}, &yaml.Node{Kind: yaml.ScalarNode, Value: ctx + "."})
	}
	if opts := value(it, "options"); opts != nil && opts.Kind == yaml.SequenceNode && len(opts.Content) > 1 {
		r := (n + k) % len(opts.Content)
		rot := make([]*yaml.Node, 0, len(opts.Content))
		opts.Content = append(append(rot, opts.Content[r:]...), opts.Content[:r]...)
	}
}

// value is the value node of key in mapping m, or nil.
func value(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func rename(m *yaml.Node, key, suffix string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.ScalarNode && m.Content[i+1].Value != "" {
			m.Content[i+1].Value += suffix
		}
	}
}

func deepCopy(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	c := *n
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, ch := range n.Content {
		c.Content[i] = deepCopy(ch)
	}
	if n.Alias != nil {
		c.Alias = deepCopy(n.Alias)
	}
	return &c
}
