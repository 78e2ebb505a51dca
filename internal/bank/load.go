package bank

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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

// load reads the files in parallel (parsing YAML is most of a lint's time)
// and merges what each gave in file order, so the problems, the lists and
// the media found are the same as when the files are read one by one.
func load(fsys fs.FS, paths []string) (*Bank, []Problem) {
	l := &loader{fsys: fsys,
		b: &Bank{Media: map[string]*MediaFile{}, MissingMedia: map[string]string{}, items: map[string]*Item{},
			groups: map[string]*Group{}, rubrics: map[string]*Rubric{}},
		bankDirs: map[string]string{},
	}
	// jobs are the files in reading order; a folder that cannot be listed
	// is a job with its problem and no file, so it keeps its place.
	var jobs []*fileLoader
	seen := map[string]bool{}
	for _, root := range paths {
		files, err := l.yamlFiles(root)
		if err != nil {
			j := &fileLoader{}
			j.errorf(Source{File: root}, "%s", plainErr(err))
			jobs = append(jobs, j)
			continue
		}
		for _, f := range files {
			abs := l.abs(f)
			if seen[abs] {
				continue
			}
			seen[abs] = true
			l.b.Files = append(l.b.Files, f)
			dir := filepath.Dir(f)
			bd := l.bankDir(dir)
			jobs = append(jobs, &fileLoader{path: f, read: l.read, c: ctx{file: f, dir: dir, bank: l.bankName(bd), bankDir: bd}})
		}
	}
	readAll(jobs)
	for _, j := range jobs {
		l.merge(j)
	}
	return l.b, l.ps
}

// readAll reads the jobs' files on every CPU: each file is read on its
// own, into its own fileLoader, so no order between them matters.
func readAll(jobs []*fileLoader) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				if j := jobs[i]; j.path != "" {
					j.readFile()
				}
			}
		}()
	}
	wg.Wait()
}

// merge adds one file's findings to the bank. Media are resolved here, one
// file after another, where the file met them among its problems: a media
// file is read and hashed once, by its first reference in file order.
func (l *loader) merge(j *fileLoader) {
	at := 0
	for _, m := range j.mediaRefs {
		l.ps = append(l.ps, j.ps[at:m.at]...)
		at = m.at
		*m.dst = l.media(j.c, m.src, m.field, *m.dst, m.kind)
	}
	l.ps = append(l.ps, j.ps[at:]...)
	l.b.Items = append(l.b.Items, j.items...)
	l.b.Groups = append(l.b.Groups, j.groups...)
	l.b.Vocabulary = append(l.b.Vocabulary, j.vocabulary...)
	l.b.Rubrics = append(l.b.Rubrics, j.rubrics...)
	l.b.Blueprints = append(l.b.Blueprints, j.blueprints...)
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
