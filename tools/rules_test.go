package tools

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/naming"
	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// Rules of CONTRIBUTING.md that reviews used to enforce, checked here on
// the root package's source (go/parser) against the spec. Methods are
// mapped to operations by their "Benchling API: METHOD /path" doc lines,
// as the query-parameter check does (loadSDKMethods).

// rootIndex is what the rules need to know of the root package beyond
// its methods: its types, the methods of each, the Client's fields.
type rootIndex struct {
	types   map[string]*ast.TypeSpec   // every type declaration by name
	methods map[string]map[string]bool // receiver type -> method names
	client  map[string]string          // Client field -> its type name
	funcs   []*ast.FuncDecl            // every function and method
	files   []*ast.File
}

// loadRootIndex indexes the non-test Go files of dir.
func loadRootIndex(t *testing.T, dir string) *rootIndex {
	t.Helper()
	_, files := parseRootPackage(t, dir)
	ix := &rootIndex{types: map[string]*ast.TypeSpec{}, methods: map[string]map[string]bool{}, client: map[string]string{}, files: files}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, s := range d.Specs {
					ts := s.(*ast.TypeSpec)
					ix.types[ts.Name.Name] = ts
				}
			case *ast.FuncDecl:
				ix.funcs = append(ix.funcs, d)
				if d.Recv != nil && len(d.Recv.List) > 0 {
					recv := typeName(d.Recv.List[0].Type)
					if ix.methods[recv] == nil {
						ix.methods[recv] = map[string]bool{}
					}
					ix.methods[recv][d.Name.Name] = true
				}
			}
		}
	}
	if ts := ix.types["Client"]; ts != nil {
		if st, ok := ts.Type.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					ix.client[n.Name] = typeName(f.Type)
				}
			}
		}
	}
	return ix
}

// structFields returns the named fields of a struct type by name (an
// alias or defined type followed to its struct), nil for a non-struct.
func (ix *rootIndex) structFields(name string) map[string]bool {
	for range 10 {
		ts := ix.types[name]
		if ts == nil {
			return nil
		}
		if st, ok := ts.Type.(*ast.StructType); ok {
			out := map[string]bool{}
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					out[n.Name] = true
				}
				if len(f.Names) == 0 {
					out[typeName(f.Type)] = true
				}
			}
			return out
		}
		name = typeName(ts.Type)
	}
	return nil
}

// --- Rule 1: deprecated operations ----------------------------------------

// deprecatedWithoutReplacement are the deprecated operations whose
// methods' Deprecated: paragraph names no SDK identifier, each with its
// reason. Keep it short: a replacement is the rule.
var deprecatedWithoutReplacement = map[string]string{
	"createBenchlingApp":     "apps are created from their manifest in the Developer Console; the API has no replacement",
	"patchBenchlingApp":      "an app's name and description come from its manifest; the API has no replacement",
	"archiveBenchlingApps":   "apps are archived in the Developer Console; the API has no replacement",
	"unarchiveBenchlingApps": "apps are unarchived in the Developer Console; the API has no replacement",
}

// deprecatedParagraph returns the paragraph of a doc comment's text that
// starts with "Deprecated:", joined into one line, or "".
func deprecatedParagraph(doc string) string {
	for _, p := range strings.Split(doc, "\n\n") {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "Deprecated:") {
			return strings.Join(strings.Fields(p), " ")
		}
	}
	return ""
}

// identRE finds Go identifiers a doc paragraph may name: Method,
// Service.Method, Type.Field.
var identRE = regexp.MustCompile(`\b[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)?\b`)

// replacements resolves the identifiers a Deprecated: paragraph names, as
// a method of recv's service or of the root package: "List" (recv's),
// "Schemas.ListEntitySchemas" (a Client field's service),
// "SchemasService.ListEntitySchemas" (a type's). It returns the methods
// it resolved ("SchemasService.ListEntitySchemas"), and the dotted names
// whose first part is a type or Client field of the package but whose
// second is neither a method nor a field of it (a misspelt replacement).
func (ix *rootIndex) replacements(recv, para string) (methods, broken []string) {
	for _, id := range identRE.FindAllString(para, -1) {
		head, tail, dotted := strings.Cut(id, ".")
		if !dotted {
			if ix.methods[recv][head] {
				methods = append(methods, recv+"."+head)
			}
			continue
		}
		typ := ""
		if c := ix.client[head]; c != "" {
			typ = c
		} else if ix.types[head] != nil {
			typ = head
		} else {
			continue // a word at the end of a sentence: "... Console. The"
		}
		switch {
		case ix.methods[typ][tail]:
			methods = append(methods, typ+"."+tail)
		case ix.structFields(typ)[tail]:
			// a field (AutomationOutputProcessorListOptions.AssayRunID)
		default:
			broken = append(broken, id)
		}
	}
	return methods, broken
}

// deprecationFindings checks rule 1 (CONTRIBUTING.md §1.3): every method
// of an operation the spec marks deprecated has a Deprecated: paragraph
// naming a replacement that exists and is not deprecated itself, and no
// method of an operation that is not deprecated has one.
func deprecationFindings(spec *spectest.Spec, ix *rootIndex, methods []sdkMethod, exceptions map[string]string) (findings []string) {
	deprecated := map[string]bool{}
	byRoute := map[string]spectest.OperationInfo{}
	for _, op := range spec.Operations() {
		byRoute[op.Method+" "+op.Path] = op
		if o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method); o != nil && o.Deprecated {
			deprecated[op.ID] = true
		}
	}
	isDeprecated := map[string]bool{} // "Type.Method" -> it has a Deprecated: paragraph
	for _, m := range methods {
		if deprecatedParagraph(m.doc) != "" {
			isDeprecated[m.name] = true
		}
	}
	wrapped := map[string]bool{}
	usedException := map[string]bool{}
	seen := map[string]bool{}
	for _, m := range methods {
		op, ok := byRoute[m.method+" "+m.path]
		if !ok || seen[m.name+" "+op.ID] {
			continue // not an operation: the query-parameter check says so
		}
		seen[m.name+" "+op.ID] = true
		wrapped[op.ID] = true
		para := deprecatedParagraph(m.doc)
		if !deprecated[op.ID] {
			if para != "" {
				findings = append(findings, fmt.Sprintf("%s (%s) has a Deprecated: paragraph, but %s (%s %s) is not deprecated", m.name, m.pos, op.ID, op.Method, op.Path))
			}
			continue
		}
		if para == "" {
			findings = append(findings, fmt.Sprintf("%s (%s) wraps %s, which the spec deprecates, and its doc comment has no paragraph starting \"Deprecated:\"", m.name, m.pos, op.ID))
			continue
		}
		repl, broken := ix.replacements(m.recvType, para)
		for _, b := range broken {
			findings = append(findings, fmt.Sprintf("%s (%s): its Deprecated: paragraph names %s, which does not exist", m.name, m.pos, b))
		}
		var live []string
		for _, r := range repl {
			if r != m.name && !isDeprecated[r] {
				live = append(live, r)
			}
		}
		if _, ok := exceptions[op.ID]; ok {
			usedException[op.ID] = true
			if len(live) > 0 {
				findings = append(findings, fmt.Sprintf("%s (%s) names the replacement %s: remove %s from the exceptions", m.name, m.pos, live[0], op.ID))
			}
			continue
		}
		if len(live) == 0 {
			findings = append(findings, fmt.Sprintf("%s (%s): its Deprecated: paragraph %q names no replacement method of the SDK that exists and is not deprecated itself", m.name, m.pos, para))
		}
	}
	for id := range deprecated {
		if !wrapped[id] {
			findings = append(findings, fmt.Sprintf("%s is deprecated and no method wraps it", id))
		}
	}
	for id := range exceptions {
		if !usedException[id] {
			findings = append(findings, fmt.Sprintf("the exceptions list %s, which no deprecated method wraps: remove it", id))
		}
	}
	slices.Sort(findings)
	return findings
}

// TestDeprecatedOperationsNameTheirReplacement: rule 1 (CONTRIBUTING.md
// §1.3, coverage.md point 1).
func TestDeprecatedOperationsNameTheirReplacement(t *testing.T) {
	spec := loadSpec(t)
	methods := loadSDKMethods(t, rootPath())
	for _, f := range deprecationFindings(spec, loadRootIndex(t, rootPath()), methods, deprecatedWithoutReplacement) {
		t.Error(f)
	}
}

// --- Rule 2: paged lists ---------------------------------------------------

// pagedWithoutTriple are paged operations whose methods need not be the
// List/All/Pages triple, each with its reason. Keep it empty.
var pagedWithoutTriple = map[string]string{}

// pagedOperations returns the IDs of the operations that page: the 200
// response has nextToken, or the operation takes it (query parameter or
// request body property).
func pagedOperations(spec *spectest.Spec) map[string]bool {
	out := map[string]bool{}
	for _, op := range spec.Operations() {
		o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		paged := slices.Contains(specQueryParams(spec, op), "nextToken")
		if r := o.Responses.Value("200"); r != nil && r.Value != nil {
			if mt := r.Value.Content.Get("application/json"); mt != nil && slices.Contains(spectest.SchemaProperties(mt.Schema), "nextToken") {
				paged = true
			}
		}
		if s := requestSchema(o); s != nil && slices.Contains(spectest.SchemaProperties(s), "nextToken") {
			paged = true
		}
		if paged {
			out[op.ID] = true
		}
	}
	return out
}

// requestSchema is an operation's JSON request body schema, or nil.
func requestSchema(o *openapi3.Operation) *openapi3.SchemaRef {
	if o.RequestBody == nil || o.RequestBody.Value == nil {
		return nil
	}
	if mt := o.RequestBody.Value.Content.Get("application/json"); mt != nil {
		return mt.Schema
	}
	return nil
}

// hasTriple reports whether names (the methods of one service wrapping
// one operation) hold List/All/Pages or X/AllX/PagesX (ListX/AllX/PagesX).
func hasTriple(names map[string]bool) bool {
	for n := range names {
		base := n
		if strings.HasPrefix(n, "List") {
			base = strings.TrimPrefix(n, "List")
		}
		if names["All"+base] && names["Pages"+base] {
			return true
		}
	}
	return false
}

// pagingFindings checks rule 2 (CONTRIBUTING.md §1.3): the methods that
// wrap a paged operation include, on one service, the triple.
func pagingFindings(spec *spectest.Spec, methods []sdkMethod, exceptions map[string]string) (findings []string) {
	paged := pagedOperations(spec)
	byRoute := map[string]spectest.OperationInfo{}
	for _, op := range spec.Operations() {
		byRoute[op.Method+" "+op.Path] = op
	}
	names := map[string]map[string]map[string]bool{} // op -> service -> methods
	for _, m := range methods {
		op, ok := byRoute[m.method+" "+m.path]
		if !ok || !paged[op.ID] {
			continue
		}
		if names[op.ID] == nil {
			names[op.ID] = map[string]map[string]bool{}
		}
		if names[op.ID][m.recvType] == nil {
			names[op.ID][m.recvType] = map[string]bool{}
		}
		names[op.ID][m.recvType][m.fn] = true
	}
	used := map[string]bool{}
	for id := range paged {
		if _, ok := exceptions[id]; ok {
			used[id] = true
			continue
		}
		if len(names[id]) == 0 {
			continue // unwrapped: the coverage test's business
		}
		for svc, ns := range names[id] {
			if !hasTriple(ns) {
				findings = append(findings, fmt.Sprintf("%s pages (nextToken), but %s's methods for it are %v: want List/All/Pages or X/AllX/PagesX", id, svc, slices.Sorted(mapKeys(ns))))
			}
		}
	}
	for id := range exceptions {
		if !used[id] || !paged[id] {
			findings = append(findings, fmt.Sprintf("the exceptions list %s, which is not a paged operation: remove it", id))
		}
	}
	slices.Sort(findings)
	return findings
}

// TestPagedListsHaveTheTriple: rule 2 (CONTRIBUTING.md §1.3,
// coverage.md point 1: every list has List, All and the resumable form).
func TestPagedListsHaveTheTriple(t *testing.T) {
	spec := loadSpec(t)
	if n := len(pagedOperations(spec)); n < 50 {
		t.Fatalf("only %d paged operations found in the spec: is nextToken looked for right?", n)
	}
	for _, f := range pagingFindings(spec, loadSDKMethods(t, rootPath()), pagedWithoutTriple) {
		t.Error(f)
	}
}

// --- Rule 3: read-only POSTs -----------------------------------------------

// readOnlyPosts are the spec's POST operations that only read: they
// return what matches a query and create, change or start nothing that a
// repeat would duplicate. Exactly these are marked readOnly() in the root
// package (CONTRIBUTING.md §4), so they are retried like GETs.
var readOnlyPosts = map[string]string{
	"matchBasesDnaSequences":          "lists the DNA sequences whose bases match the body's; a query in a body",
	"searchDnaSequences":              "lists the DNA sequences that contain the body's bases; a query in a body",
	"matchBasesRnaSequences":          "lists the RNA sequences whose bases match the body's; a query in a body",
	"searchRnaSequences":              "lists the RNA sequences that contain the body's bases; a query in a body",
	"matchAminoAcidsAaSequences":      "lists the AA sequences whose amino acids match the body's; a query in a body",
	"searchAaSequences":               "lists the AA sequences that contain the body's amino acids; a query in a body",
	"findMatchingRegionsDnaSequences": "a task that only computes matches among existing sequences; a repeat runs another search and changes nothing",
	"findMatchingRegionsAaSequences":  "a task that only computes matches among existing sequences; a repeat runs another search and changes nothing",
	"validateBarcodes":                "reports whether barcodes are valid and free; registers nothing",
}

// notReadOnlyPosts are POSTs whose name reads like a query (queryLike)
// but which write, each with the reason. Empty at present: every POST
// named like a query is one.
var notReadOnlyPosts = map[string]string{}

// queryLike is the spec's naming of a POST that only reads: its action
// (after ":") or operationId says match, search, validate, find, query,
// preview, lookup or check.
var queryLike = regexp.MustCompile(`(?i)match|search|validat|find|query|preview|lookup|:check$|:list|:get`)

// readOnlyFindings checks rule 3: the POSTs the spec names like a query
// are listed (readOnlyPosts or notReadOnlyPosts); every readOnlyPosts
// entry is a spec POST; the readOnly() marks of the root package are
// exactly readOnlyPosts' operations. marks maps each marked operation to
// where it is marked.
func readOnlyFindings(spec *spectest.Spec, methods []sdkMethod, ro, notRO map[string]string) (findings []string, marks map[string]string) {
	byRoute := map[string]spectest.OperationInfo{}
	posts := map[string]spectest.OperationInfo{}
	for _, op := range spec.Operations() {
		byRoute[op.Method+" "+op.Path] = op
		if op.Method == "POST" {
			posts[op.ID] = op
		}
	}
	for _, op := range posts {
		action := op.Path
		if i := strings.LastIndexByte(action, '/'); i >= 0 {
			action = action[i:]
		}
		if !queryLike.MatchString(action) && !queryLike.MatchString(op.ID) {
			continue
		}
		_, a := ro[op.ID]
		_, b := notRO[op.ID]
		if !a && !b {
			findings = append(findings, fmt.Sprintf("%s (POST %s) is named like a query: list it in readOnlyPosts (and mark it readOnly()) or in notReadOnlyPosts, with the reason", op.ID, op.Path))
		}
	}
	for id := range ro {
		if _, ok := posts[id]; !ok {
			findings = append(findings, fmt.Sprintf("readOnlyPosts lists %s, which is not a POST operation of the spec", id))
		}
		if _, ok := notRO[id]; ok {
			findings = append(findings, fmt.Sprintf("%s is in both readOnlyPosts and notReadOnlyPosts", id))
		}
	}
	marks = map[string]string{}
	seen := map[string]bool{}
	for _, m := range methods {
		if seen[m.name] || len(m.readOnly) == 0 {
			continue
		}
		seen[m.name] = true
		for _, format := range m.readOnly {
			// The mark's operation: the one among the method's doc lines
			// whose path the pathf format builds.
			re := "^/" + strings.ReplaceAll(regexp.QuoteMeta(format), "%s", `\{[^/}]+\}`) + "$"
			var ops []spectest.OperationInfo
			for _, o := range methods {
				if o.name != m.name {
					continue
				}
				if ok, _ := regexp.MatchString(re, o.path); ok {
					if op, ok := byRoute[o.method+" "+o.path]; ok {
						ops = append(ops, op)
					}
				}
			}
			if len(ops) != 1 {
				findings = append(findings, fmt.Sprintf("%s (%s) marks the route %q readOnly(), which matches %d of its \"Benchling API:\" lines, want 1", m.name, m.pos, format, len(ops)))
				continue
			}
			op := ops[0]
			marks[op.ID] = m.name + " (" + m.pos + ")"
			if _, ok := ro[op.ID]; !ok {
				findings = append(findings, fmt.Sprintf("%s (%s) marks %s (%s %s) readOnly(), which readOnlyPosts does not list: a write marked so is re-sent after it may have run", m.name, m.pos, op.ID, op.Method, op.Path))
			}
		}
	}
	for id := range ro {
		if _, ok := marks[id]; !ok {
			findings = append(findings, fmt.Sprintf("%s only reads (readOnlyPosts), but no method marks its route readOnly()", id))
		}
	}
	slices.Sort(findings)
	return findings, marks
}

// readOnlyCalls counts the calls of the method readOnly in the package's
// function bodies (the method's own declaration aside).
func readOnlyCalls(ix *rootIndex) int {
	n := 0
	for _, fd := range ix.funcs {
		if fd.Body == nil {
			continue
		}
		ast.Inspect(fd.Body, func(x ast.Node) bool {
			if c, ok := x.(*ast.CallExpr); ok {
				if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "readOnly" && len(c.Args) == 0 {
					n++
				}
			}
			return true
		})
	}
	return n
}

// TestReadOnlyMarksAreTheReadOnlyPosts: rule 3. The readOnly() marks of
// the root package are exactly readOnlyPosts, every POST the spec names
// like a query is classified, every mark sits in a method with its
// operation's doc line, and the root test TestReadOnlyPostsAreRetried
// sends every marked route.
func TestReadOnlyMarksAreTheReadOnlyPosts(t *testing.T) {
	spec := loadSpec(t)
	methods := loadSDKMethods(t, rootPath())
	findings, marks := readOnlyFindings(spec, methods, readOnlyPosts, notReadOnlyPosts)
	for _, f := range findings {
		t.Error(f)
	}
	attributed := 0
	seen := map[string]bool{}
	for _, m := range methods {
		if !seen[m.name] {
			seen[m.name] = true
			attributed += len(m.readOnly)
		}
	}
	if n := readOnlyCalls(loadRootIndex(t, rootPath())); n != attributed {
		t.Errorf("the root package calls readOnly() %d times, %d of them in methods with a \"Benchling API:\" line: mark routes only in the method of their operation", n, attributed)
	}

	// The root test must exercise every marked route.
	src := string(readRoot(t, "hardening_retry_test.go"))
	start := strings.Index(src, "func TestReadOnlyPostsAreRetried(")
	if start < 0 {
		t.Fatal("hardening_retry_test.go has no TestReadOnlyPostsAreRetried")
	}
	body := src[start:]
	if end := strings.Index(body[1:], "\nfunc "); end >= 0 {
		body = body[:end+1]
	}
	lits := regexp.MustCompile(`"(/[^"]*)"`).FindAllStringSubmatch(body, -1)
	for id, where := range marks {
		_, path, _ := spec.Operation(id)
		re := regexp.MustCompile("^" + regexp.MustCompile(`\\\{[^}]*\\\}`).ReplaceAllString(regexp.QuoteMeta(path), `[^/]+`) + "$")
		found := false
		for _, l := range lits {
			if re.MatchString(l[1]) {
				found = true
			}
		}
		if !found {
			t.Errorf("TestReadOnlyPostsAreRetried (root) does not send %s (POST %s), marked readOnly() by %s", id, path, where)
		}
	}
}

// --- Rule 4: request-body types --------------------------------------------

// unusedBodyTypes are exported types modelling a request body that no
// method takes, each with its reason.
var unusedBodyTypes = map[string]string{}

// bodySuffix names the request models of CONTRIBUTING.md §1.2 by their
// spec names' endings.
var bodySuffix = regexp.MustCompile(`(Create|Update|Upsert|Request|Patch|Archive|Unarchive|Register|Unregister|Transfer|Checkin|Checkout|Reserve)s?$`)

// schemaRefName is a component schema's name from its reference, or "".
func schemaRefName(r *openapi3.SchemaRef) string {
	if r == nil {
		return ""
	}
	return strings.TrimPrefix(r.Ref, "#/components/schemas/")
}

// requestBodySchemas returns the component schemas a request body is made
// of, by the rules of CONTRIBUTING.md §1.4: the body's schema, or, for a
// body whose only property is a list, the list's items (its wrapper is
// unexported). The value says which operation and how.
func requestBodySchemas(spec *spectest.Spec) map[string]string {
	out := map[string]string{}
	add := func(name, why string) {
		if name != "" && !strings.HasPrefix(name, "#") {
			if _, ok := out[name]; !ok {
				out[name] = why
			}
		}
	}
	for _, op := range spec.Operations() {
		o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		s := requestSchema(o)
		if s == nil || s.Value == nil {
			continue
		}
		props := spectest.SchemaProperties(s)
		if len(props) == 1 {
			if p := s.Value.Properties[props[0]]; p != nil && p.Value != nil && p.Value.Type.Is("array") {
				add(schemaRefName(p.Value.Items), "the items of "+op.ID+"'s body")
				// Its wrapper should be unexported; if exported, it is
				// checked like any body type.
				add(schemaRefName(s), "the list-only body of "+op.ID)
				continue
			}
		}
		add(schemaRefName(s), "the body of "+op.ID)
	}
	return out
}

// reachableTypes returns the root package's type names that an exported
// function or method takes as a parameter, directly or as the element,
// type argument or (transitively) field type of one; an alias or defined
// type counts with what it names, and a union (an interface with an
// unexported marker method) with its branches.
func (ix *rootIndex) reachableTypes() map[string]bool {
	seen := map[string]bool{}
	var visitExpr func(e ast.Expr)
	var visitType func(name string)
	visitType = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		ts := ix.types[name]
		if ts == nil {
			return
		}
		visitExpr(ts.Type)
		// A union (an interface with an unexported marker method) takes
		// every type that has the marker.
		if it, ok := ts.Type.(*ast.InterfaceType); ok {
			for _, m := range it.Methods.List {
				for _, n := range m.Names {
					if n.IsExported() {
						continue
					}
					for recv, ms := range ix.methods {
						if ms[n.Name] {
							visitType(recv)
						}
					}
				}
			}
		}
	}
	visitExpr = func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Ident:
				visitType(x.Name)
			case *ast.FuncType:
				return x.Results == nil // a callback's params only
			}
			return true
		})
	}
	for _, fd := range ix.funcs {
		if !fd.Name.IsExported() {
			continue
		}
		if fd.Recv != nil && len(fd.Recv.List) > 0 && !ast.IsExported(typeName(fd.Recv.List[0].Type)) {
			continue
		}
		for _, p := range fd.Type.Params.List {
			visitExpr(p.Type)
		}
	}
	return seen
}

// bodyTypeFindings checks rule 4 (CONTRIBUTING.md §1.4: "No exported body
// type goes unused"): every exported Go type named after a request-body
// schema (requestBodySchemas), or ending like a request model and named
// after a schema a body reaches, is a parameter of some method or function
// (or the element or a field of one); and the wrapper of a list-only body
// is not exported.
func bodyTypeFindings(spec *spectest.Spec, ix *rootIndex, exceptions map[string]string) (findings []string) {
	bodies := requestBodySchemas(spec)
	reach := ix.reachableTypes()
	used := map[string]bool{}
	checked := 0
	check := func(goName, why string) {
		checked++
		if _, ok := exceptions[goName]; ok {
			used[goName] = true
			return
		}
		// An alias (AaSequenceBulkCreate = AaSequenceCreate) is used when
		// what it names is.
		name := goName
		for ts := ix.types[name]; ts != nil && ts.Assign.IsValid() && typeName(ts.Type) != ""; ts = ix.types[name] {
			name = typeName(ts.Type)
		}
		if !reach[name] {
			findings = append(findings, fmt.Sprintf("%s (%s) is exported, but no exported function or method takes it (nor a slice, field or element of it)", goName, why))
		}
	}
	for schema, why := range bodies {
		g := naming.GoName(schema)
		if ts := ix.types[g]; ts != nil && ast.IsExported(g) {
			check(g, why)
		}
	}
	// Request models by name: Go types named after any component schema
	// a request body reaches, ending like a request model.
	reached := map[string]bool{}
	var walk func(r *openapi3.SchemaRef)
	walk = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil {
			return
		}
		if n := schemaRefName(r); n != "" {
			if reached[n] {
				return
			}
			reached[n] = true
		}
		v := r.Value
		for _, p := range v.Properties {
			walk(p)
		}
		for _, l := range []openapi3.SchemaRefs{v.AllOf, v.AnyOf, v.OneOf} {
			for _, s := range l {
				walk(s)
			}
		}
		walk(v.Items)
		if v.AdditionalProperties.Schema != nil {
			walk(v.AdditionalProperties.Schema)
		}
	}
	for _, op := range spec.Operations() {
		walk(requestSchema(spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)))
	}
	for schema := range reached {
		g := naming.GoName(schema)
		if _, done := bodies[schema]; done || !bodySuffix.MatchString(schema) {
			continue
		}
		if ix.types[g] != nil && ast.IsExported(g) {
			check(g, "part of a request body")
		}
	}
	if checked < 150 {
		findings = append(findings, fmt.Sprintf("only %d exported request-body types checked: are the names right?", checked))
	}
	for g := range exceptions {
		if !used[g] {
			findings = append(findings, fmt.Sprintf("unusedBodyTypes lists %s, which is no finding: remove it", g))
		}
	}
	slices.Sort(findings)
	return findings
}

// TestNoUnusedRequestBodyTypes: rule 4.
func TestNoUnusedRequestBodyTypes(t *testing.T) {
	spec := loadSpec(t)
	ix := loadRootIndex(t, rootPath())
	if n := len(requestBodySchemas(spec)); n < 150 {
		t.Fatalf("only %d request-body schemas found: are the bodies read right?", n)
	}
	for _, f := range bodyTypeFindings(spec, ix, unusedBodyTypes) {
		t.Error(f)
	}
}
