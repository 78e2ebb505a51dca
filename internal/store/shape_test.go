package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"
)

// The store is split by aggregate so that no one type becomes the place
// every workflow lands in again (issue 16): at most 40 methods a type.
func TestNoStoreTypeOver40Methods(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	methods := map[string]int{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Recv == nil || len(fn.Recv.List) == 0 {
					continue
				}
				typ := fn.Recv.List[0].Type
				if st, ok := typ.(*ast.StarExpr); ok {
					typ = st.X
				}
				if id, ok := typ.(*ast.Ident); ok {
					methods[id.Name]++
				}
			}
		}
	}
	for _, typ := range []string{"Store", "Exams", "Attempts", "Practice", "Placement", "People", "Accounts", "Bank", "Measure", "conn"} {
		if methods[typ] == 0 {
			t.Errorf("store type %s has no methods: did it move?", typ)
		}
		if methods[typ] > 40 {
			t.Errorf("store type %s has %d methods, more than 40: split it by job", typ, methods[typ])
		}
	}
}
