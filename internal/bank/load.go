package bank

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Bank is everything read from a set of bank folders.
type Bank struct {
	Items      []*Item
	Groups     []*Group
	Vocabulary []*Vocab
	Rubrics    []*Rubric
	Blueprints []*Blueprint
	// Media by key ("core/audio/l-ch-01.ogg"), only files that exist.
	Media map[string]*MediaFile
	// MissingMedia maps the keys of referenced files that do not exist to
	// the path where they belong.
	MissingMedia map[string]string
	Files        []string

	items     map[string]*Item
	groups    map[string]*Group
	rubrics   map[string]*Rubric
	durations map[string]float64 // audio seconds by media key, measured once
}

// Item finds an item by id.
func (b *Bank) Item(id string) (*Item, bool) { it, ok := b.items[id]; return it, ok }

// Group finds a group by id.
func (b *Bank) Group(id string) (*Group, bool) { g, ok := b.groups[id]; return g, ok }

// Rubric finds a rubric by id.
func (b *Bank) Rubric(id string) (*Rubric, bool) { r, ok := b.rubrics[id]; return r, ok }

// Blueprint finds a blueprint by id.
func (b *Bank) Blueprint(id string) (*Blueprint, bool) {
	for _, bp := range b.Blueprints {
		if bp.ID == id {
			return bp, true
		}
	}
	return nil, false
}

// GroupOf returns the item's group, or nil.
func (b *Bank) GroupOf(it *Item) *Group {
	if it.Group == "" {
		return nil
	}
	return b.groups[it.Group]
}

// BankInfo is the optional "bank:" block of a folder's bank.yaml, whose
// presence also marks the folder as one bank.
type BankInfo struct {
	Title       Text `yaml:"title"`
	Description Text `yaml:"description,omitempty"`
}

// fileDoc is the shape of every bank file: any file may hold any of these
// lists, so a listening file can keep a recording's group beside its items.
type fileDoc struct {
	Bank       *BankInfo   `yaml:"bank"`
	Groups     []Group     `yaml:"groups"`
	Items      []Item      `yaml:"items"`
	Vocabulary []Vocab     `yaml:"vocabulary"`
	Rubrics    []Rubric    `yaml:"rubrics"`
	Blueprints []Blueprint `yaml:"blueprints"`
}

// BankMarker is the file that makes a folder one bank.
const BankMarker = "bank.yaml"

// Load reads and checks the banks under paths (folders or single files) and
// fails with the Problems when any is an error. Warnings do not fail it.
func Load(paths ...string) (*Bank, error) {
	return loadChecked(nil, paths)
}

// LoadFS is Load reading from fsys (paths are fs.FS paths, such as "core"
// in the embedded question_banks): the demo and the load test import the
// banks shipped inside the binary without copying them to disk first.
// Media are read from fsys again when the bank is imported.
func LoadFS(fsys fs.FS, paths ...string) (*Bank, error) {
	return loadChecked(fsys, paths)
}

func loadChecked(fsys fs.FS, paths []string) (*Bank, error) {
	b, ps := load(fsys, paths)
	ps = append(ps, check(b)...)
	sortProblems(ps)
	var errs Problems
	for _, p := range ps {
		if p.Severity == SevError {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		return b, errs
	}
	return b, nil
}

// Lint reads the banks under paths and returns every problem found, sorted
// by file and line.
// Lint also applies the editorial rules that Load does not (see lintRules).
func Lint(paths ...string) []Problem {
	_, ps := LintLoad(paths...)
	return ps
}

// LintLoad is Lint that also returns the bank it read, so that "lint, then
// import" reads and checks the files once: a bank whose problems hold no
// error is what Load would have returned.
func LintLoad(paths ...string) (*Bank, []Problem) {
	b, ps := load(nil, paths)
	ps = append(ps, check(b)...)
	ps = append(ps, lintRules(b)...)
	ps = append(ps, readAloudRubrics(b)...)
	sortProblems(ps)
	return b, ps
}

// Read is Lint that also returns what could be read, problems or not: the
// audio synthesiser works on banks whose recordings do not exist yet.
func Read(paths ...string) (*Bank, []Problem) {
	b, ps := load(nil, paths)
	ps = append(ps, check(b)...)
	sortProblems(ps)
	return b, ps
}

type loader struct {
	report
	b        *Bank
	bankDirs map[string]string // folder → its bank folder
	// fsys is where the files are read from; nil means the OS file system
	// (paths as given on the command line).
	fsys fs.FS
}

func load(fsys fs.FS, paths []string) (*Bank, []Problem) {
	l := &loader{fsys: fsys,
		b: &Bank{Media: map[string]*MediaFile{}, MissingMedia: map[string]string{}, items: map[string]*Item{},
			groups: map[string]*Group{}, rubrics: map[string]*Rubric{}},
		bankDirs: map[string]string{},
	}
	seen := map[string]bool{}
	for _, root := range paths {
		files, err := l.yamlFiles(root)
		if err != nil {
			l.errorf(Source{File: root}, "%s", plainErr(err))
			continue
		}
		for _, f := range files {
			abs := l.abs(f)
			if seen[abs] {
				continue
			}
			seen[abs] = true
			l.b.Files = append(l.b.Files, f)
			l.readFile(f)
		}
	}
	return l.b, l.ps
}

func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// read, stat and abs go to the OS or to l.fsys.
func (l *loader) read(p string) ([]byte, error) {
	if l.fsys != nil {
		return fs.ReadFile(l.fsys, p)
	}
	return os.ReadFile(p)
}

func (l *loader) stat(p string) (fs.FileInfo, error) {
	if l.fsys != nil {
		return fs.Stat(l.fsys, p)
	}
	return os.Stat(p)
}

func (l *loader) abs(p string) string {
	if l.fsys != nil {
		return path.Clean(p)
	}
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

func (l *loader) yamlFiles(root string) ([]string, error) {
	fi, err := l.stat(root)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{root}, nil
	}
	var files []string
	walk := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			files = append(files, p)
		}
		return nil
	}
	if l.fsys != nil {
		err = fs.WalkDir(l.fsys, root, walk)
	} else {
		err = filepath.WalkDir(root, walk)
	}
	slices.Sort(files)
	return files, err
}

// bankDir is the nearest folder at or above dir holding bank.yaml, or dir.
func (l *loader) bankDir(dir string) string {
	if d, ok := l.bankDirs[dir]; ok {
		return d
	}
	d := dir
	if l.fsys != nil {
		// fs.FS paths are relative to its root: walk up to ".".
		for cur := path.Clean(dir); ; cur = path.Dir(cur) {
			if _, err := fs.Stat(l.fsys, path.Join(cur, BankMarker)); err == nil {
				d = cur
				break
			}
			if cur == "." {
				break
			}
		}
		l.bankDirs[dir] = d
		return d
	}
	abs, err := filepath.Abs(dir)
	if err == nil {
		for cur, rel := abs, dir; ; {
			if _, err := os.Stat(filepath.Join(cur, BankMarker)); err == nil {
				d = rel
				break
			}
			parent := filepath.Dir(cur)
			if parent == cur {
				break
			}
			cur, rel = parent, filepath.Join(rel, "..")
		}
	}
	d = filepath.Clean(d)
	l.bankDirs[dir] = d
	return d
}

func (l *loader) bankName(dir string) string {
	if l.fsys != nil {
		return path.Base(dir)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Base(dir)
	}
	return filepath.Base(abs)
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// lineErr splits yaml.v3's "yaml: line 4: message" into its parts.
func lineErr(s string) (int, string) {
	if m := yamlLine.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, m[2]
	}
	return 0, strings.TrimPrefix(s, "yaml: ")
}

// ctx is one file being read.
type ctx struct {
	file, dir, bank, bankDir string
}

func (l *loader) readFile(path string) {
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
	dir := filepath.Dir(path)
	bd := l.bankDir(dir)
	c := ctx{file: path, dir: dir, bank: l.bankName(bd), bankDir: bd}
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
					l.resolveItem(c, n, &it)
					l.b.Items = append(l.b.Items, &it)
				}
			case "groups":
				var g Group
				if l.decode(c, n, f.Type.Elem(), &g) {
					g.Source, g.Bank, g.lines = src, c.bank, linesOf(n)
					g.Audio = l.media(c, n, "audio", g.Audio, kindAudio)
					g.Image = l.media(c, n, "image", g.Image, kindImage)
					l.b.Groups = append(l.b.Groups, &g)
				}
			case "vocabulary":
				var vo Vocab
				if l.decode(c, n, f.Type.Elem(), &vo) {
					vo.Source, vo.Bank, vo.lines = src, c.bank, linesOf(n)
					vo.Audio = l.media(c, n, "audio", vo.Audio, kindAudio)
					l.b.Vocabulary = append(l.b.Vocabulary, &vo)
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
					l.b.Rubrics = append(l.b.Rubrics, &r)
				}
			case "blueprints":
				var bp Blueprint
				if l.decode(c, n, f.Type.Elem(), &bp) {
					bp.Source = src
					l.lineBlueprint(n, &bp)
					l.b.Blueprints = append(l.b.Blueprints, &bp)
				}
			}
		}
	}
}

// decode checks n's keys against typ, decodes it into v and validates it.
// It reports false when v is unusable.
func (l *loader) decode(c ctx, n *yaml.Node, typ reflect.Type, v any) bool {
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
func (l *loader) checkKeys(c ctx, n *yaml.Node, typ reflect.Type) {
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

func fieldByTag(typ reflect.Type, name string) (reflect.StructField, bool) {
	for i := range typ.NumField() {
		f := typ.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == name && tag != "-" {
			return f, true
		}
	}
	return reflect.StructField{}, false
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

func (l *loader) resolveItem(c ctx, n *yaml.Node, it *Item) {
	it.Audio = l.media(c, n, "audio", it.Audio, kindAudio)
	it.Image = l.media(c, n, "image", it.Image, kindImage)
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
			o.Image = l.media(c, opts.Content[i], "image", o.Image, kindImage)
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

func (l *loader) lineBlueprint(n *yaml.Node, bp *Blueprint) {
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
