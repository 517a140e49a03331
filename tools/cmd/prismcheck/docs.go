package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// apiDocPrefix starts the doc comment line of an SDK method that names the
// operation it calls (CONTRIBUTING.md).
const apiDocPrefix = "Benchling API: "

// parseDocs reads the SDK's non-test sources in dir and maps
// "<Receiver>.<Method>" (AaSequencesService.Get) to the "METHOD /path" of
// its "Benchling API:" doc line. A method with several such lines maps to
// the first.
func parseDocs(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") {
			continue
		}
		src, err := os.ReadFile(fn)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, fn, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for k, v := range docLines(f) {
			out[k] = v
		}
	}
	return out, nil
}

// docLines returns the "Benchling API:" lines of f's pointer-receiver
// methods, by "<Receiver>.<Method>".
func docLines(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Doc == nil || len(fd.Recv.List) == 0 {
			continue
		}
		st, ok := fd.Recv.List[0].Type.(*ast.StarExpr)
		if !ok {
			continue
		}
		id, ok := st.X.(*ast.Ident)
		if !ok {
			continue
		}
		for l := range strings.SplitSeq(fd.Doc.Text(), "\n") {
			if s, ok := strings.CutPrefix(l, apiDocPrefix); ok {
				out[id.Name+"."+fd.Name.Name] = strings.TrimSpace(s)
				break
			}
		}
	}
	return out
}
