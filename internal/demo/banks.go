package demo

import (
	"context"
	"fmt"
	"io/fs"

	"hocviet/internal/bank"
	"hocviet/internal/store"
)

// ImportBanks loads the banks carried in fsys (the embedded question_banks/)
// into the database, read straight from fsys; media bytes end up in the
// database.
func ImportBanks(ctx context.Context, st *store.Store, fsys fs.FS) (store.BankImportResult, error) {
	b, err := bank.LoadFS(fsys, ".")
	if err != nil {
		return store.BankImportResult{}, fmt.Errorf("demo banks: %w", err)
	}
	return st.Bank.ImportBank(ctx, b, "demo", nil)
}
