package bank

import (
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// ctx is one file being read.
type ctx struct {
	file, dir, bank, bankDir string
}

// fileLoader reads one file. Files are read at once on several CPUs, each
// into its own fileLoader; load merges them in file order.
type fileLoader struct {
	report
	path string
	read func(string) ([]byte, error)
	c    ctx

	items      []*Item
	groups     []*Group
	vocabulary []*Vocab
	rubrics    []*Rubric
	blueprints []*Blueprint
	// media are the references to media files met, in order, resolved by
	// load when it merges the file: resolving one reads and hashes the file
	// once for the whole bank.
	mediaRefs []mediaRef
}

// mediaRef is a media field to resolve: *dst holds the reference as written
// and gets the media key. at is how many problems the file had found when
// it was met, so that its own problems keep their place among them.
type mediaRef struct {
	at    int
	src   Source
	field string
	dst   *string
	kind  mediaKind
}

// media notes the reference in field of n (held in *dst) for load to
// resolve.
func (l *fileLoader) noteMedia(n *yaml.Node, field string, dst *string, kind mediaKind) {
	if *dst == "" {
		return
	}
	l.mediaRefs = append(l.mediaRefs, mediaRef{at: len(l.ps), src: Source{l.c.file, keyLine(n, field)}, field: field, dst: dst, kind: kind})
}

func (l *fileLoader) readFile() {
	path := l.path
	data, err := l.read(path)
	if err != nil {
		l.errorf(Source{File: path}, "%s", plainErr(err))
		return
	}
	if line, col, b := invalidUTF8(data); line > 0 {
		l.errorf(Source{path, line}, "invalid UTF-8: byte 0x%02X at column %d (save the file as UTF-8)", b, col)
		return
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		n, msg := lineErr(err.Error())
		if at := syntaxLine(data); at > 0 {
			n = at
		}
		l.errorf(Source{path, n}, "YAML syntax: %s", msg)
		return
	}
	if line, msg := aliasProblem(&doc); msg != "" {
		l.errorf(Source{path, line}, "%s", msg)
		return
	}
	if len(doc.Content) == 0 {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errorf(Source{path, root.Line}, "want a mapping with items:, groups:, vocabulary:, rubrics: or blueprints:")
		return
	}
	c := l.c
	docType := reflect.TypeFor[fileDoc]()
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		f, ok := fieldByTag(docType, k.Value)
		if !ok {
			l.errorf(Source{path, k.Line}, "unknown top-level key %q (want items, groups, vocabulary, rubrics, blueprints or bank)", k.Value)
			continue
		}
		if k.Value == "bank" {
			if filepath.Base(path) != BankMarker {
				l.errorf(Source{path, k.Line}, "bank: belongs in %s", BankMarker)
			}
			var bi BankInfo
			l.decode(c, v, f.Type.Elem(), &bi)
			continue
		}
		if v.Kind != yaml.SequenceNode {
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				continue
			}
			l.errorf(Source{path, v.Line}, "%s: want a list", k.Value)
			continue
		}
		for _, n := range v.Content {
			src := Source{path, n.Line}
			switch k.Value {
			case "items":
				var it Item
				if l.decode(c, n, f.Type.Elem(), &it) {
					it.Source, it.Bank, it.lines = src, c.bank, linesOf(n)
					l.resolveItem(n, &it)
					l.items = append(l.items, &it)
				}
			case "groups":
				var g Group
				if l.decode(c, n, f.Type.Elem(), &g) {
					g.Source, g.Bank, g.lines = src, c.bank, linesOf(n)
					l.noteMedia(n, "audio", &g.Audio, kindAudio)
					l.noteMedia(n, "image", &g.Image, kindImage)
					l.groups = append(l.groups, &g)
				}
			case "vocabulary":
				var vo Vocab
				if l.decode(c, n, f.Type.Elem(), &vo) {
					vo.Source, vo.Bank, vo.lines = src, c.bank, linesOf(n)
					l.noteMedia(n, "audio", &vo.Audio, kindAudio)
					l.vocabulary = append(l.vocabulary, &vo)
				}
			case "rubrics":
				var r Rubric
				if l.decode(c, n, f.Type.Elem(), &r) {
					r.Source = src
					if cs := mapValue(n, "criteria"); cs != nil {
						for i := range r.Criteria {
							if i < len(cs.Content) {
								r.Criteria[i].Line = cs.Content[i].Line
							}
						}
					}
					l.rubrics = append(l.rubrics, &r)
				}
			case "blueprints":
				var bp Blueprint
				if l.decode(c, n, f.Type.Elem(), &bp) {
					bp.Source = src
					l.lineBlueprint(n, &bp)
					l.blueprints = append(l.blueprints, &bp)
				}
			}
		}
	}
}

// decode checks n's keys against typ, decodes it into v and validates it.
// It reports false when v is unusable.
func (l *fileLoader) decode(c ctx, n *yaml.Node, typ reflect.Type, v any) bool {
	before := len(l.ps)
	l.checkKeys(c, n, typ)
	if err := n.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				line, msg := lineErr(e)
				l.errorf(Source{c.file, line}, "%s", msg)
			}
		} else {
			l.errorf(Source{c.file, n.Line}, "%v", err)
		}
		return false
	}
	if err := validate.Struct(v); err != nil {
		l.validationProblems(c, n, err)
	}
	return len(l.ps) == before || !hasError(l.ps[before:])
}

func hasError(ps []Problem) bool {
	for _, p := range ps {
		if p.Severity == SevError {
			return true
		}
	}
	return false
}

// checkKeys reports keys that no field takes: yaml.v3's Node.Decode has no
// KnownFields, and a misspelt "acept:" would otherwise vanish silently.
func (l *fileLoader) checkKeys(c ctx, n *yaml.Node, typ reflect.Type) {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	switch {
	case n.Kind == yaml.MappingNode && typ.Kind() == reflect.Struct:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			f, ok := fieldByTag(typ, k.Value)
			if !ok {
				l.errorf(Source{c.file, k.Line}, "unknown field %q", k.Value)
				continue
			}
			l.checkKeys(c, n.Content[i+1], f.Type)
		}
	case n.Kind == yaml.SequenceNode && typ.Kind() == reflect.Slice:
		for _, e := range n.Content {
			l.checkKeys(c, e, typ.Elem())
		}
	}
}

// yamlFields maps a struct type to its fields by YAML key. checkKeys looks
// up every key of every entry: splitting the tags each time was a third of
// decoding a bank.
var yamlFields sync.Map // reflect.Type → map[string]reflect.StructField

func fieldByTag(typ reflect.Type, name string) (reflect.StructField, bool) {
	m, ok := yamlFields.Load(typ)
	if !ok {
		fields := map[string]reflect.StructField{}
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if _, dup := fields[tag]; tag != "-" && !dup {
				fields[tag] = f // the first field with the key, as before
			}
		}
		m, _ = yamlFields.LoadOrStore(typ, fields)
	}
	f, ok := m.(map[string]reflect.StructField)[name]
	return f, ok
}

// child finds the node at a dotted path with [i] indexes ("options[1].text")
// and returns the deepest node reached, so a missing key points at its
// parent's line.
func child(n *yaml.Node, path string) *yaml.Node {
	if path == "" {
		return n
	}
	for _, seg := range strings.Split(path, ".") {
		name, idx := seg, -1
		if i := strings.IndexByte(seg, '['); i >= 0 && strings.HasSuffix(seg, "]") {
			name = seg[:i]
			idx, _ = strconv.Atoi(seg[i+1 : len(seg)-1])
		}
		next := mapValue(n, name)
		if next == nil {
			return n
		}
		n = next
		if idx >= 0 {
			if n.Kind != yaml.SequenceNode || idx >= len(n.Content) {
				return n
			}
			n = n.Content[idx]
		}
	}
	return n
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// keyLine is the line of key inside mapping n, or n's own line.
func keyLine(n *yaml.Node, key string) int {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i].Line
			}
		}
	}
	return n.Line
}

func (l *fileLoader) resolveItem(n *yaml.Node, it *Item) {
	l.noteMedia(n, "audio", &it.Audio, kindAudio)
	l.noteMedia(n, "image", &it.Image, kindImage)
	opts := mapValue(n, "options")
	for i := range it.Options {
		o := &it.Options[i]
		if o.ID == "" {
			o.ID = optionID(i)
		}
		if opts != nil && i < len(opts.Content) {
			o.Line = opts.Content[i].Line
		}
		if o.Image != "" && opts != nil && i < len(opts.Content) {
			l.noteMedia(opts.Content[i], "image", &o.Image, kindImage)
		}
	}
	if pairs := mapValue(n, "pairs"); pairs != nil {
		for i := range it.Pairs {
			if i < len(pairs.Content) {
				it.Pairs[i].Line = pairs.Content[i].Line
			}
		}
	}
	if gaps := mapValue(n, "gaps"); gaps != nil {
		for i := range it.Gaps {
			if i < len(gaps.Content) {
				it.Gaps[i].Line = gaps.Content[i].Line
			}
		}
	}
}

// optionID names options a, b, c... as printed exam papers do.
func optionID(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return "o" + strconv.Itoa(i+1)
}

func (l *fileLoader) lineBlueprint(n *yaml.Node, bp *Blueprint) {
	secs := mapValue(n, "sections")
	if secs == nil {
		return
	}
	for i := range bp.Sections {
		if i >= len(secs.Content) {
			break
		}
		sn := secs.Content[i]
		bp.Sections[i].Line = sn.Line
		parts := mapValue(sn, "parts")
		for j := range bp.Sections[i].Parts {
			if parts != nil && j < len(parts.Content) {
				bp.Sections[i].Parts[j].Line = parts.Content[j].Line
			}
		}
	}
}
