package app

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Small files by job (issue 16): no hand-written Go file outside tests
// over 800 lines. Generated tables say so in their first line and are not
// read by people.
func TestNoGoFileOver800Lines(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == filepath.Join(root, "question_banks") || path == filepath.Join(root, ".git")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		n := 0
		for sc.Scan() {
			if n == 0 && strings.HasPrefix(sc.Text(), "// Code generated") {
				return nil
			}
			n++
		}
		if err := sc.Err(); err != nil {
			return err
		}
		if n > 800 {
			t.Errorf("%s: %d lines, more than 800: split it by job", path, n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
