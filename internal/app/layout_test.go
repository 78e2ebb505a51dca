package app

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goFiles lists every Go file of the module, tests included, outside the
// item banks and .git.
func goFiles(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	var paths []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == filepath.Join(root, "question_banks") || path == filepath.Join(root, ".git")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// eachGoSource calls fn with every hand-written Go file of the module
// outside tests, line by line: the shape rules of issue 16 are checked on
// the code people read. Generated tables say so in their first line.
func eachGoSource(t *testing.T, fn func(path string, lines []string)) {
	t.Helper()
	for _, path := range goFiles(t) {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		lines, err := readLines(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) > 0 && strings.HasPrefix(lines[0], "// Code generated") {
			continue
		}
		fn(path, lines)
	}
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return lines, nil
}

// Small files by job: no hand-written Go file outside tests over 800 lines.
func TestNoGoFileOver800Lines(t *testing.T) {
	eachGoSource(t, func(path string, lines []string) {
		if len(lines) > 800 {
			t.Errorf("%s: %d lines, more than 800: split it by job", path, len(lines))
		}
	})
}

// Code outside tests goes through the aggregate stores; the raw handle
// (store.Store.DB) is for tests that set up or inspect rows.
func TestRawHandleOnlyInTests(t *testing.T) {
	eachGoSource(t, func(path string, lines []string) {
		for i, line := range lines {
			if strings.Contains(line, ".DB()") {
				t.Errorf("%s:%d: Store.DB() outside a test", path, i+1)
			}
		}
	})
}

// Every test binary ends through testexit, so none waits the race
// detector's second at exit: a folder with tests has a file that calls it.
func TestEveryTestBinaryEndsThroughTestexit(t *testing.T) {
	withTests := map[string]bool{} // folder → calls testexit
	for _, path := range goFiles(t) {
		if !strings.HasSuffix(path, "_test.go") {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Dir(path)
		calls := strings.Contains(string(b), "testexit.Main(m)") || strings.Contains(string(b), "testexit.Exit(")
		if filepath.Base(dir) == "testexit" {
			calls = strings.Contains(string(b), "Main(m)") // the package's own tests
		}
		withTests[dir] = withTests[dir] || calls
	}
	if len(withTests) < 20 {
		t.Fatalf("only %d folders with tests found", len(withTests))
	}
	for dir, ok := range withTests {
		if !ok {
			t.Errorf("%s: its tests end without testexit; add a TestMain that calls testexit.Main(m)", dir)
		}
	}
}
