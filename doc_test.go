package benchling

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDocComments checks that every exported identifier of every package in
// the module has a doc comment that starts with its name (optionally after
// "A", "An" or "The").
func TestDocComments(t *testing.T) {
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	check := func(pos token.Pos, name string, doc *ast.CommentGroup) {
		if !ast.IsExported(name) {
			return
		}
		text := ""
		if doc != nil {
			text = doc.Text()
		}
		for _, article := range []string{"A ", "An ", "The "} {
			text = strings.TrimPrefix(text, article)
		}
		if !strings.HasPrefix(text, name+" ") && !strings.HasPrefix(text, name+",") && !strings.HasPrefix(text, name+"\n") {
			t.Errorf("%s: %s has no doc comment starting with its name", fset.Position(pos), name)
		}
	}
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name == "main" {
			continue
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && !exportedReceiver(d.Recv) {
					continue
				}
				check(d.Pos(), d.Name.Name, d.Doc)
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						doc := s.Doc
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						check(s.Pos(), s.Name.Name, doc)
					case *ast.ValueSpec:
						for _, n := range s.Names {
							// A documented const or var group covers its members.
							if d.Lparen.IsValid() && d.Doc != nil {
								continue
							}
							doc := s.Doc
							if doc == nil && !d.Lparen.IsValid() {
								doc = d.Doc
							}
							if doc == nil && s.Comment != nil {
								continue // a trailing comment on a grouped member
							}
							check(n.Pos(), n.Name, doc)
						}
					}
				}
			}
		}
	}
}

func exportedReceiver(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	typ := recv.List[0].Type
	for {
		switch x := typ.(type) {
		case *ast.StarExpr:
			typ = x.X
		case *ast.IndexExpr:
			typ = x.X
		case *ast.IndexListExpr:
			typ = x.X
		case *ast.Ident:
			return ast.IsExported(x.Name)
		default:
			return true
		}
	}
}

// TestEveryServiceHasAnExample checks that every service of Client has at
// least one runnable Example function (Example<Service>_<Method>) in this
// package's tests.
func TestEveryServiceHasAnExample(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	examples := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Example") {
				svc, _, _ := strings.Cut(strings.TrimPrefix(fd.Name.Name, "Example"), "_")
				examples[svc] = true
			}
		}
	}
	typ := reflect.TypeFor[Client]()
	n := 0
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type.Kind() != reflect.Pointer || !strings.HasSuffix(f.Type.Elem().Name(), "Service") {
			continue
		}
		n++
		if !examples[f.Type.Elem().Name()] {
			t.Errorf("%s (client.%s) has no Example%s_... function", f.Type.Elem().Name(), f.Name, f.Type.Elem().Name())
		}
	}
	if n < 50 {
		t.Errorf("found %d services on Client; the test no longer finds them", n)
	}
}
