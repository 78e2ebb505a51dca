package demo

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// ImportBanks loads the banks carried in fsys (the embedded question_banks/)
// into the database. bank.Load reads real files, so the tree is copied to a
// temporary folder first; media bytes end up in the database.
func ImportBanks(ctx context.Context, st *store.Store, fsys fs.FS) (store.BankImportResult, error) {
	dir, err := os.MkdirTemp("", "hocviet-banks-")
	if err != nil {
		return store.BankImportResult{}, err
	}
	defer os.RemoveAll(dir)
	root := filepath.Join(dir, "question_banks")
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(root, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if strings.HasSuffix(p, ".go") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return store.BankImportResult{}, fmt.Errorf("copy banks: %w", err)
	}
	b, err := bank.Load(root)
	if err != nil {
		return store.BankImportResult{}, fmt.Errorf("demo banks: %w", err)
	}
	return st.ImportBank(ctx, b, "demo", nil)
}
