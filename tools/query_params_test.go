package tools

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// The query-parameter check: every query parameter the spec declares for an
// operation can be sent through every SDK method that wraps the operation,
// and no method sends one the operation lacks.
//
// A method wraps an operation when its doc comment has the line
// "Benchling API: METHOD /path" (CONTRIBUTING.md §4). What it can send is
// read from the root package's source (go/parser): the url tags of its
// query structs, which are
//   - the structs its parameters point to (or are) whose type is named
//     ...Options (CONTRIBUTING.md §1.2), and
//   - the query structs its body builds: struct type literals
//     (struct{ IDs []string `url:"aaSequenceIds,comma"`; ... }) and the
//     package's named ...Options/...Query types it names (assayRunListQuery,
//     dnaSeqBulkGetQuery),
// with embedded structs followed as go-querystring follows them
// (ListOptions gives pageSize and nextToken). Request bodies (MatchBasesRequest
// embeds ListOptions for its JSON paging) are not query structs. A method
// that pages over another of its service (All and Pages over List) sends
// what that one sends.
//
// The lists the spec pages by nextToken alone (no pageSize) embed
// ListOptions too, for the pager, and refuse a PageSize before anything is
// sent: a method that calls tokenOnlyPaging (or pages over one that does)
// cannot send pageSize, which is then not counted as sent.
//
// Operations the SDK has no method for are the coverage test's business
// (TestContract): this one checks only the methods there are.

// queryParamExceptions are the operations' query parameters a method may
// leave out (key "operationId?param") or send although the spec lacks them
// (key "operationId?+param"), each with its reason. Keep it empty: an
// entry needs a reason a user would accept.
var queryParamExceptions = map[string]string{}

// coreQueryParams are query parameters the core sends itself, whatever the
// method's options: none at present (pageSize and nextToken are fields of
// ListOptions, which paged options embed; the Returning pager adds
// nextToken to a caller's returning in place).
var coreQueryParams = map[string]string{}

// apiLine is a method's doc line naming its operation.
var apiLine = regexp.MustCompile(`(?m)^Benchling API: ([A-Z]+) (/\S*)$`)

// sdkMethod is one function of the root package that wraps an operation.
type sdkMethod struct {
	name   string            // "AaSequencesService.Get"
	pos    string            // file:line
	method string            // HTTP method
	path   string            // spec path template
	query  map[string]string // query parameter -> the struct that declares it
	calls  []string          // the receiver's methods it uses (s.List), by name
	// noPageSize: it calls tokenOnlyPaging, so pageSize is never sent.
	noPageSize bool
	recvType   string // "AaSequencesService"; "" for a function
	fn         string // "Get"
	doc        string // the doc comment's text
	// readOnly are the path templates of the routes its body marks
	// readOnly() (pathf("x/%s:match-bases", id).readOnly() gives
	// "x/%s:match-bases"); "?" for a route not built by pathf with a
	// literal format.
	readOnly []string
}

// rootStructs is the root package's struct types by name (aliases resolved
// to their target's struct), for following embedded fields.
type rootStructs map[string]*ast.StructType

// queryTags returns the url tag names of st, following embedded structs,
// each with where it is declared (owner).
func (rs rootStructs) queryTags(st *ast.StructType, owner string, out map[string]string, seen map[string]bool) {
	for _, f := range st.Fields.List {
		tag := ""
		if f.Tag != nil {
			if s, err := strconv.Unquote(f.Tag.Value); err == nil {
				tag = reflect.StructTag(s).Get("url")
			}
		}
		name, _, _ := strings.Cut(tag, ",")
		if len(f.Names) == 0 && tag == "" { // embedded, flattened by go-querystring
			if emb := typeName(f.Type); emb != "" && !seen[emb] && rs[emb] != nil {
				seen[emb] = true
				rs.queryTags(rs[emb], emb, out, seen)
			}
			continue
		}
		if name != "" && name != "-" {
			out[name] = owner
		}
	}
}

// typeName is the name of a root-package type expression: T, *T, T[...]
// (a generic instance), or "" for anything else.
func typeName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.StarExpr:
		return typeName(x.X)
	case *ast.IndexExpr:
		return typeName(x.X)
	case *ast.IndexListExpr:
		return typeName(x.X)
	}
	return ""
}

// isQueryType reports whether a named type is a query struct by its name
// (CONTRIBUTING.md §1.2: options are <Item><Method>Options).
func isQueryType(name string) bool {
	return strings.HasSuffix(name, "Options") || strings.HasSuffix(name, "Query")
}

// parseRootPackage parses the non-test Go files of the directory dir (the
// root package's: rootPath()), with their comments.
func parseRootPackage(t *testing.T, dir string) (*token.FileSet, []*ast.File) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parsing the root package: %v", err)
		}
		parsed = append(parsed, f)
	}
	return fset, parsed
}

// loadSDKMethods parses the non-test Go files of the directory dir (the
// root package's: rootPath()) and returns every function whose doc
// comment names an operation, with the query parameters it can send.
func loadSDKMethods(t *testing.T, dir string) []sdkMethod {
	t.Helper()
	fset, parsed := parseRootPackage(t, dir)
	structs := rootStructs{}
	aliases := map[string]string{}
	for _, f := range parsed {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				switch x := ts.Type.(type) {
				case *ast.StructType:
					structs[ts.Name.Name] = x
				default:
					if n := typeName(x); n != "" {
						aliases[ts.Name.Name] = n // type A = B, or type A B
					}
				}
			}
		}
	}
	for a, target := range aliases {
		for structs[target] == nil && aliases[target] != "" && aliases[target] != target {
			target = aliases[target]
		}
		if st := structs[target]; st != nil && structs[a] == nil {
			structs[a] = st
		}
	}

	var out []sdkMethod
	for _, f := range parsed {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || fd.Body == nil {
				continue
			}
			m := apiLine.FindAllStringSubmatch(fd.Doc.Text(), -1)
			if len(m) == 0 {
				continue
			}
			name := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				name = typeName(fd.Recv.List[0].Type) + "." + name
			}
			query := map[string]string{}
			recv, recvType := "", ""
			if fd.Recv != nil && len(fd.Recv.List) > 0 && len(fd.Recv.List[0].Names) > 0 {
				recv, recvType = fd.Recv.List[0].Names[0].Name, typeName(fd.Recv.List[0].Type)
			}
			var calls, readOnly []string
			noPageSize := false
			add := func(typ string) {
				if st := structs[typ]; st != nil {
					structs.queryTags(st, typ, query, map[string]bool{typ: true})
				}
			}
			for _, p := range fd.Type.Params.List {
				if n := typeName(p.Type); isQueryType(n) {
					add(n)
				}
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.StructType:
					structs.queryTags(x, name+"'s query literal", query, map[string]bool{})
				case *ast.Ident:
					if isQueryType(x.Name) && structs[x.Name] != nil {
						add(x.Name)
					}
				case *ast.CallExpr:
					if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "tokenOnlyPaging" {
						noPageSize = true
					}
					if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "readOnly" {
						readOnly = append(readOnly, pathfFormat(sel.X))
					}
				case *ast.SelectorExpr:
					if id, ok := x.X.(*ast.Ident); ok && recv != "" && id.Name == recv {
						calls = append(calls, recvType+"."+x.Sel.Name)
					}
				}
				return true
			})
			for _, l := range m {
				out = append(out, sdkMethod{
					name:   name,
					pos:    fmt.Sprintf("%s:%d", filepath.Base(fset.Position(fd.Pos()).Filename), fset.Position(fd.Pos()).Line),
					method: l[1],
					path:   l[2],
					query:  query,
					calls:  calls,

					noPageSize: noPageSize,
					recvType:   recvType,
					fn:         fd.Name.Name,
					doc:        fd.Doc.Text(),
					readOnly:   readOnly,
				})
			}
		}
	}
	// A method that pages over another (All over List: all(ctx, opts,
	// under(s.List, schemaID))) sends what that one sends, when both wrap
	// the same operation.
	byName := map[string][]int{}
	for i, m := range out {
		byName[m.name] = append(byName[m.name], i)
	}
	for changed := true; changed; {
		changed = false
		for i := range out {
			for _, c := range out[i].calls {
				for _, j := range byName[c] {
					if out[j].method != out[i].method || out[j].path != out[i].path {
						continue
					}
					if out[j].noPageSize && !out[i].noPageSize {
						out[i].noPageSize, changed = true, true
					}
					for p, owner := range out[j].query {
						if _, ok := out[i].query[p]; !ok {
							out[i].query[p] = owner
							changed = true
						}
					}
				}
			}
		}
	}
	for _, m := range out {
		if m.noPageSize {
			delete(m.query, "pageSize")
		}
	}
	return out
}

// pathfFormat is the format of a pathf call with a literal format
// (pathf("x/%s", id) gives "x/%s"), "?" for any other expression.
func pathfFormat(e ast.Expr) string {
	c, ok := e.(*ast.CallExpr)
	if !ok || len(c.Args) == 0 {
		return "?"
	}
	if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "pathf" {
		return "?"
	}
	lit, ok := c.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "?"
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return "?"
	}
	return s
}

// specQueryParams returns the query parameters of an operation, the path
// item's and the operation's own, by name.
func specQueryParams(spec *spectest.Spec, op spectest.OperationInfo) []string {
	item := spec.Doc.Paths.Value(op.Path)
	var names []string
	for _, ps := range []openapi3.Parameters{item.Parameters, item.GetOperation(op.Method).Parameters} {
		for _, p := range ps {
			if p.Value != nil && p.Value.In == openapi3.ParameterInQuery && !slices.Contains(names, p.Value.Name) {
				names = append(names, p.Value.Name)
			}
		}
	}
	slices.Sort(names)
	return names
}

// queryGap is one finding of the check.
type queryGap struct {
	key, msg string // key as in queryParamExceptions
}

// queryParamGaps compares every SDK method's query parameters with its
// operation's. It returns the findings, and the operations the SDK wraps.
func queryParamGaps(spec *spectest.Spec, methods []sdkMethod) (gaps []queryGap, wrapped map[string]bool, problems []string) {
	byRoute := map[string]spectest.OperationInfo{}
	for _, op := range spec.Operations() {
		byRoute[op.Method+" "+op.Path] = op
	}
	wrapped = map[string]bool{}
	for _, m := range methods {
		op, ok := byRoute[m.method+" "+m.path]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s (%s): its doc names %s %s, which is not an operation of the spec", m.name, m.pos, m.method, m.path))
			continue
		}
		wrapped[op.ID] = true
		want := specQueryParams(spec, op)
		for _, p := range want {
			if _, ok := m.query[p]; ok {
				continue
			}
			if _, ok := coreQueryParams[p]; ok {
				continue
			}
			gaps = append(gaps, queryGap{op.ID + "?" + p, fmt.Sprintf("%s (%s) cannot send query parameter %q of %s (%s %s): no url tag in its options", m.name, m.pos, p, op.ID, op.Method, op.Path)})
		}
		for _, p := range slices.Sorted(mapKeys(m.query)) {
			if !slices.Contains(want, p) {
				gaps = append(gaps, queryGap{op.ID + "?+" + p, fmt.Sprintf("%s (%s) sends query parameter %q (declared in %s), which %s (%s %s) does not declare", m.name, m.pos, p, m.query[p], op.ID, op.Method, op.Path)})
			}
		}
	}
	return gaps, wrapped, problems
}

// TestEveryQueryParameterReachable checks, for every SDK method that wraps
// an operation, that each query parameter the spec declares for the
// operation (path item and operation, in: query) has a url tag in the
// method's options (embedded structs included) or in the query the method
// builds, and that no url tag names a parameter the operation lacks.
// Exceptions are in queryParamExceptions with their reasons.
func TestEveryQueryParameterReachable(t *testing.T) {
	spec := loadSpec(t)
	methods := loadSDKMethods(t, rootPath())
	gaps, wrapped, problems := queryParamGaps(spec, methods)
	for _, p := range problems {
		t.Error(p)
	}
	used := map[string]bool{}
	for _, g := range gaps {
		if _, ok := queryParamExceptions[g.key]; ok {
			used[g.key] = true
			continue
		}
		t.Errorf("%s [%s]", g.msg, g.key)
	}
	for key := range queryParamExceptions {
		if !used[key] {
			t.Errorf("queryParamExceptions lists %s, which is not a finding any more: remove it", key)
		}
	}
	if len(wrapped) < 300 {
		t.Errorf("only %d operations are wrapped by a method with a \"Benchling API:\" doc line: is the source parsed?", len(wrapped))
	}
	t.Logf("%d methods wrap %d of the spec's %d operations", len(methods), len(wrapped), len(spec.Operations()))
}

// TestQueryParamGapsFinds runs the check on a small package written for
// it, against the spec, so that each kind of finding is seen to be found:
// a parameter with no tag, a tag the operation lacks, a list that pages
// over another method, a token-only list's pageSize, and a request body
// that embeds ListOptions.
func TestQueryParamGapsFinds(t *testing.T) {
	spec := loadSpec(t)
	dir := t.TempDir()
	src := `package benchling

type ListOptions struct {
	PageSize  int    ` + "`url:\"pageSize,omitempty\"`" + `
	NextToken string ` + "`url:\"nextToken,omitempty\"`" + `
}

// AssayRunListOptions page List.
type AssayRunListOptions struct {
	ListOptions
	Bogus string ` + "`url:\"bogus,omitempty\"`" + `
}

type assayRunListQuery struct {
	SchemaID string ` + "`url:\"schemaId\"`" + `
	AssayRunListOptions
}

// Body is a match body, which embeds ListOptions for its JSON paging.
type Body struct {
	ListOptions
	Bases string ` + "`json:\"bases\"`" + `
}

// Get has no options.
//
// Benchling API: GET /aa-sequences/{aa_sequence_id}
func (s *AaSequencesService) Get(ctx context.Context, id string) {}

// List builds its query.
//
// Benchling API: GET /assay-runs
func (s *AssayRunsService) List(ctx context.Context, schemaID string, opts *AssayRunListOptions) {
	_ = &assayRunListQuery{SchemaID: schemaID}
}

// All pages over List.
//
// Benchling API: GET /assay-runs
func (s *AssayRunsService) All(ctx context.Context, schemaID string, opts *AssayRunListOptions) {
	all(ctx, opts, under(s.List, schemaID))
}

// ListOutputProcessors refuses a page size.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-output-processors
func (s *AssayRunsService) ListOutputProcessors(ctx context.Context, id string, opts *ListOptions) {
	tokenOnlyPaging(opts, "x")
}

// PagesOutputProcessors pages over it.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-output-processors
func (s *AssayRunsService) PagesOutputProcessors(ctx context.Context, id string, opts *ListOptions) {
	pages(ctx, opts, under(s.ListOutputProcessors, id))
}

// ListInputGenerators does not refuse one.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-input-generators
func (s *AssayRunsService) ListInputGenerators(ctx context.Context, id string, opts *ListOptions) {}

// MatchBases sends its paging in the body.
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) MatchBases(ctx context.Context, body *Body) {}

// Nowhere names no operation of the spec.
//
// Benchling API: GET /nowhere
func (s *DnaSequencesService) Nowhere(ctx context.Context) {}
`
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	gaps, wrapped, problems := queryParamGaps(spec, loadSDKMethods(t, dir))
	var got []string
	for _, g := range gaps {
		got = append(got, g.key)
	}
	slices.Sort(got)
	want := []string{
		"getAASequence?returning",
		// List, and All through it (so schemaId, which only List's
		// query has, is no finding of All's).
		"listAssayRuns?+bogus", "listAssayRuns?+bogus",
		"listAssayRuns?ids", "listAssayRuns?ids",
		"listAssayRuns?maxCreatedTime", "listAssayRuns?maxCreatedTime",
		"listAssayRuns?minCreatedTime", "listAssayRuns?minCreatedTime",
		"listAutomationInputGenerators?+pageSize",
		"listAutomationInputGenerators?modifiedAt",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n  %v\nwant\n  %v", got, want)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "GET /nowhere") {
		t.Errorf("problems = %q, want one for GET /nowhere", problems)
	}
	for _, op := range []string{"getAASequence", "listAssayRuns", "listAutomationOutputProcessorsDeprecated", "listAutomationInputGenerators", "matchBasesDnaSequences"} {
		if !wrapped[op] {
			t.Errorf("%s is not counted as wrapped", op)
		}
	}
}
