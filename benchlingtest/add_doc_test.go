package benchlingtest

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"maps"
	"regexp"
	"slices"
	"testing"
)

// TestAddDocListsEveryCollection: the doc comment of Server.Add names,
// quoted, exactly the tenant's collections (the keys Add accepts), so
// that the list cannot go stale when a resource is added.
func TestAddDocListsEveryCollection(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "seed.go", nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	doc := ""
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "Add" && fd.Recv != nil && fd.Doc != nil {
			doc = fd.Doc.Text()
		}
	}
	if doc == "" {
		t.Fatal("seed.go has no documented Server.Add")
	}
	named := map[string]bool{}
	for _, m := range regexp.MustCompile(`"([a-z][a-z-]*)"`).FindAllStringSubmatch(doc, -1) {
		named[m[1]] = true
	}
	srv := NewServer(t)
	colls := slices.Sorted(maps.Keys(srv.st.colls))
	if len(colls) < 50 {
		t.Fatalf("only %d collections: %v", len(colls), colls)
	}
	for _, c := range colls {
		if !named[c] {
			t.Errorf("Server.Add accepts %q, which its doc comment does not list", c)
		}
	}
	for n := range named {
		if srv.st.colls[n] == nil {
			t.Errorf("Server.Add's doc comment lists %q, which is not a collection of the tenant", n)
		}
	}
}
