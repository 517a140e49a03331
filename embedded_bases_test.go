package benchling

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedBasesAreUnambiguous checks the rules of CONTRIBUTING §2.5
// for every struct of the package that embeds another of its structs (a
// shared base such as ListOptions, EntityBase or EntityListFilters): no
// two bases embedded in one type declare the same field, and no type
// declares a field its base has (encoding/json and go-querystring would
// drop it, or send one of the two, silently), and
// no base has a method that would take over the embedding type's encoding;
// and the embedding type's doc names the fields its bases hold (go doc
// does not list promoted fields).
func TestEmbeddedBasesAreUnambiguous(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	structs := map[string]*ast.StructType{}
	docs := map[string]string{}
	methods := map[string][]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						if st, ok := ts.Type.(*ast.StructType); ok {
							structs[ts.Name.Name] = st
							doc := ts.Doc
							if doc == nil {
								doc = d.Doc
							}
							docs[ts.Name.Name] = doc.Text()
						}
					}
				}
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) == 1 {
					typ := d.Recv.List[0].Type
					if star, ok := typ.(*ast.StarExpr); ok {
						typ = star.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						methods[id.Name] = append(methods[id.Name], d.Name.Name)
					}
				}
			}
		}
	}
	fieldsOf := func(st *ast.StructType) []string {
		var names []string
		for _, fl := range st.Fields.List {
			for _, n := range fl.Names {
				names = append(names, n.Name)
			}
		}
		return names
	}
	encoding := map[string]bool{"MarshalJSON": true, "UnmarshalJSON": true, "EncodeValues": true, "MarshalText": true, "UnmarshalText": true}
	bases := 0
	for name, st := range structs {
		owner := map[string]string{}
		for _, n := range fieldsOf(st) {
			owner[n] = name
		}
		for _, fl := range st.Fields.List {
			if len(fl.Names) != 0 {
				continue
			}
			id, ok := fl.Type.(*ast.Ident)
			if !ok {
				continue
			}
			base, ok := structs[id.Name]
			if !ok {
				continue
			}
			bases++
			if id.IsExported() && id.Name != "ListOptions" && !strings.Contains(strings.Join(strings.Fields(docs[name]), " "), "in the embedded "+id.Name) {
				t.Errorf("%s embeds %s, but its doc does not say which fields are in the embedded %s (CONTRIBUTING §2.5)", name, id.Name, id.Name)
			}
			for _, m := range methods[id.Name] {
				if encoding[m] {
					t.Errorf("%s embeds %s, whose %s method would take over its encoding", name, id.Name, m)
				}
			}
			for _, n := range fieldsOf(base) {
				if prev, ok := owner[n]; ok {
					t.Errorf("%s: field %s is declared by both %s and %s", name, n, prev, id.Name)
				}
				if _, ok := owner[n]; !ok {
					owner[n] = id.Name
				}
			}
		}
	}
	if bases < 10 {
		t.Fatalf("found %d embedded bases; the parse is broken", bases)
	}
}
