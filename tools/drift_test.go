package tools

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling/tools/internal/naming"
	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// The drift tests compare the SDK's exported Go types with the spec's
// schemas, by reflection, in both directions. Each service registers one
// table, in its own file drift_<tag>_test.go (drift_users_test.go is a
// small example):
//
//	var _ = register(driftTable{
//		Tag:     "Users",
//		Models:  []model{{Go: benchling.User{}, Schema: "User"}, ...},
//		Queries: []queryOptions{{Op: "listUsers", Go: benchling.UserListOptions{}}},
//		Exempt:  map[string]string{"UsersPaginatedList": "the list envelope; List returns its items"},
//	})
//
// For each model the checks are:
//   - every property of the schema (with its allOf parts) has a field and
//     every field is a property, json tags spelled as in the spec;
//   - each field's Go name follows CONTRIBUTING.md §1.1 (package naming);
//   - each field's Go type fits the property's type (string and enums:
//     string kinds; date-time: time.Time; integer: int kinds; number:
//     float64; boolean: bool; array: slice; object: struct or map;
//     nullable: a pointer or Nullable[T] may wrap the type);
//   - for a schema a request body uses (directly or nested), the rules of
//     CONTRIBUTING.md §2.1: required without omitempty/omitzero; optional
//     scalar a pointer with omitempty or Nullable with omitzero; optional
//     enum a value with omitempty; optional array or map a value with
//     omitzero, not omitempty; optional object a pointer with omitempty;
//     and for a schema requests reach only as a list's items (below a
//     body, or below an item of a single-list body, which is a body of its
//     own), the item rule: values, omitempty on optional strings, enums
//     and objects, no omit option on numbers and booleans (requestSchemas,
//     itemOmitProblem);
//   - a field of a named enum type (in a model or an options struct) has a
//     constant for every value of the property's enum, named <Type><Value>
//     by the rule ("enum <Type>" in TestDriftModels; the constants are read
//     from the root package's source with go/parser).
//
// Exceptions go into the model's Allow map, each with its reason, keyed:
// "prop" (a property with no field), "+name" (a field the schema lacks),
// "name:goname", "name:type", "name:omit", or "name:enum=<value>".
// Query options (Queries) are checked against the operation's query
// parameters the same way (names, set, enum constants).
//
// TestDriftComplete checks that every component schema reachable from an
// operation of a complete tag (completeTags) is claimed by a model (or is
// an allOf part of one), by an enum-typed field or a union-typed field, or
// is exempt with a reason (Exempt).

// model is one row of a drift table: a Go type and the schema it models.
type model struct {
	// Go is a value of the Go type, e.g. benchling.User{}.
	Go any
	// Schema is a component schema (components.schemas).
	Schema string
	// Path leads from Schema to an inline schema: property names, and "[]"
	// for the items of an array ("response", "dnaSequenceMatches", "[]").
	Path []string
	// Like, if set, says why the Go type is checked against a schema it is
	// not named after (a shared shape, a hidden envelope). Without it (and
	// without Path) the type must be named after Schema by the rule, or be
	// an alias of that name.
	Like string
	// Allow lists exceptions, each with its reason (see above).
	Allow map[string]string
}

// queryOptions is an options struct and the operation whose optional
// query parameters it carries.
type queryOptions struct {
	Op    string   // operationId
	Go    any      // a value of the options struct
	Extra []string // query parameters the method sets itself (required ones, taken as arguments)
	Allow map[string]string
}

// driftTable is one tag's drift entries.
type driftTable struct {
	Tag     string
	Models  []model
	Queries []queryOptions
	// Exempt lists component schemas reachable from the tag's operations
	// that no model claims, each with the reason.
	Exempt map[string]string
	// Elsewhere lists schemas the tag's operations reach that belong to
	// other tags (getTask returns every operation's task), with the
	// reason: the completeness check does not walk into them.
	Elsewhere map[string]string
}

var driftTables []driftTable

// singleListBody is the reason a single-list body schema is exempt: the
// method takes its list (CONTRIBUTING.md §1.4), the wrapper type is
// unexported (TestSingleListBodiesUnexported), and the contract check
// validates every body sent against the spec.
const singleListBody = "a single-list body: the method takes the slice and its wrapper is unexported (§1.4); the contract check validates the body sent"

// listOptionsInBody allows the paging fields of benchling.ListOptions,
// embedded in the bodies of the match and search operations, to be values:
// zero means the default, never a value worth sending.
var listOptionsInBody = map[string]string{
	"pageSize:omit":  "ListOptions.PageSize: 0 means the default page size",
	"nextToken:omit": "ListOptions.NextToken: empty means the first page",
}

// register adds a table; each drift_<tag>_test.go calls it once.
func register(t driftTable) bool {
	driftTables = append(driftTables, t)
	return true
}

// rootPkg is the root package's import path.
const rootPkg = "github.com/benchling-go/benchling"

// label names a model in messages: "Schema", "Schema.path.[]".
func (m model) label() string {
	return strings.Join(append([]string{m.Schema}, m.Path...), ".")
}

// resolve returns the model's schema.
func (m model) resolve(spec *spectest.Spec) *openapi3.SchemaRef {
	ref := spec.Doc.Components.Schemas[m.Schema]
	if len(m.Path) == 0 {
		return ref
	}
	return spectest.SchemaAt(ref, m.Path...)
}

// goField is a struct field as encoding/json sees it.
type goField struct {
	owner reflect.Type // the struct declaring it (an embedded one, maybe)
	field reflect.StructField
	json  string // its JSON name
	opts  []string
}

func (f goField) has(opt string) bool { return slices.Contains(f.opts, opt) }

// jsonFields returns typ's fields the way encoding/json collects them:
// exported, named by their json tag, "-" skipped, embedded structs without
// a json name flattened.
func jsonFields(typ reflect.Type) []goField {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	var out []goField
	var walk func(reflect.Type, map[reflect.Type]bool)
	walk = func(t reflect.Type, seen map[reflect.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, rest, _ := strings.Cut(tag, ",")
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name == "" && ft.Kind() == reflect.Struct {
					walk(ft, seen)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			var opts []string
			if rest != "" {
				opts = strings.Split(rest, ",")
			}
			out = append(out, goField{owner: t, field: f, json: name, opts: opts})
		}
	}
	walk(typ, map[reflect.Type]bool{})
	return out
}

// schemaInfo is a schema with its allOf parts merged.
type schemaInfo struct {
	types    []string // "string", "integer", ...
	format   string
	enum     []any
	nullable bool
	poly     bool // oneOf/anyOf
	items    *openapi3.SchemaRef
	props    bool   // declares properties
	addl     bool   // additionalProperties (a map)
	ref      string // the component schema ref names, if any
	enumRef  string // the component schema the enum comes from, if any
}

func infoOf(ref *openapi3.SchemaRef) schemaInfo {
	var in schemaInfo
	if ref == nil {
		return in
	}
	in.ref = strings.TrimPrefix(ref.Ref, "#/components/schemas/")
	seen := map[*openapi3.Schema]bool{}
	var rec func(*openapi3.SchemaRef)
	rec = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		s := r.Value
		seen[s] = true
		if s.Type != nil {
			for _, t := range *s.Type {
				if !slices.Contains(in.types, t) {
					in.types = append(in.types, t)
				}
			}
		}
		if s.Format != "" {
			in.format = s.Format
		}
		if len(s.Enum) > 0 {
			in.enum = s.Enum
			in.enumRef = strings.TrimPrefix(r.Ref, "#/components/schemas/")
		}
		in.nullable = in.nullable || s.Nullable
		in.poly = in.poly || len(s.OneOf) > 0 || len(s.AnyOf) > 0
		if s.Items != nil {
			in.items = s.Items
		}
		in.props = in.props || len(s.Properties) > 0
		in.addl = in.addl || s.AdditionalProperties.Schema != nil || (s.AdditionalProperties.Has != nil && *s.AdditionalProperties.Has)
		for _, sub := range s.AllOf {
			rec(sub)
		}
	}
	rec(ref)
	return in
}

func (in schemaInfo) is(t string) bool { return slices.Contains(in.types, t) }

// requiredProps returns the required properties of a schema and its allOf
// parts.
func requiredProps(ref *openapi3.SchemaRef) []string {
	var out []string
	seen := map[*openapi3.Schema]bool{}
	var rec func(*openapi3.SchemaRef)
	rec = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		seen[r.Value] = true
		out = append(out, r.Value.Required...)
		for _, sub := range r.Value.AllOf {
			rec(sub)
		}
	}
	rec(ref)
	return out
}

var (
	timeType        = reflect.TypeFor[time.Time]()
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	marshalerType   = reflect.TypeFor[json.Marshaler]()
)

// nullableElem returns T for benchling.Nullable[T].
func nullableElem(t reflect.Type) (reflect.Type, bool) {
	if t.Kind() != reflect.Struct || t.PkgPath() != rootPkg || !strings.HasPrefix(t.Name(), "Nullable[") {
		return nil, false
	}
	f, ok := t.FieldByName("value")
	if !ok {
		return nil, false
	}
	return f.Type, true
}

// customJSON reports whether t decodes itself (besides time.Time and
// Nullable): its shape is its own business.
func customJSON(t reflect.Type) bool {
	return t != timeType && (t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType) || t.Implements(marshalerType))
}

// typeProblem says why Go type t does not fit schema ref, or "".
func typeProblem(t reflect.Type, ref *openapi3.SchemaRef) string {
	in := infoOf(ref)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if elem, ok := nullableElem(t); ok {
		return typeProblem(elem, ref)
	}
	if customJSON(t) {
		return ""
	}
	kind := t.Kind()
	switch {
	case in.poly && len(in.types) == 0:
		return "" // an interface, a struct with its own decoding, any
	case len(in.types) == 0:
		return "" // free-form
	case in.is("string") && in.format == "date-time":
		if t != timeType {
			return fmt.Sprintf("a date-time is time.Time, not %v", t)
		}
	case in.is("string"):
		if t == timeType {
			return "a string without format: date-time is a string, not time.Time (a spec-valid server may send any text)"
		}
		if kind != reflect.String {
			return fmt.Sprintf("a string property is a string kind, not %v", t)
		}
		if len(in.enum) > 0 && t.PkgPath() == "" {
			return fmt.Sprintf("an enum property is a named string type with constants, not %v", t)
		}
	case in.is("integer"):
		switch kind {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		default:
			return fmt.Sprintf("an integer property is an int kind, not %v", t)
		}
	case in.is("number"):
		if kind != reflect.Float64 {
			return fmt.Sprintf("a number property is float64, not %v", t)
		}
	case in.is("boolean"):
		if kind != reflect.Bool {
			return fmt.Sprintf("a boolean property is bool, not %v", t)
		}
	case in.is("array"):
		if kind != reflect.Slice && kind != reflect.Array {
			return fmt.Sprintf("an array property is a slice, not %v", t)
		}
		if in.items != nil {
			if p := typeProblem(t.Elem(), in.items); p != "" {
				return "items: " + p
			}
		}
	case in.is("object"):
		if kind != reflect.Struct && kind != reflect.Map && kind != reflect.Interface {
			return fmt.Sprintf("an object property is a struct or a map, not %v", t)
		}
	}
	return ""
}

// omitProblem checks a request field against CONTRIBUTING.md §2.1.
func omitProblem(f goField, ref *openapi3.SchemaRef, required bool) string {
	t := f.field.Type
	omitempty, omitzero := f.has("omitempty"), f.has("omitzero")
	if ref.Value.ReadOnly || readOnlyPart(ref) {
		// Only responses carry it (a type used both ways, such as Field):
		// never sent as its zero value.
		if !omitempty && !omitzero {
			return "a read-only property is never sent: omitempty or omitzero"
		}
		return ""
	}
	if required {
		if omitempty || omitzero {
			return "a required property has no omitempty or omitzero (it is always sent)"
		}
		return ""
	}
	if _, ok := nullableElem(t); ok {
		if !omitzero || omitempty {
			return "an optional Nullable field has omitzero (and not omitempty)"
		}
		return ""
	}
	in := infoOf(ref)
	switch t.Kind() {
	case reflect.Slice, reflect.Map:
		if !omitzero || omitempty {
			return "an optional array or map is a value with omitzero, not omitempty (nil: not sent; empty: sent)"
		}
	case reflect.Pointer:
		if len(in.enum) > 0 {
			return "an optional enum is a value with omitempty, not a pointer"
		}
		if !omitempty {
			return "an optional pointer field has omitempty"
		}
	case reflect.String:
		if len(in.enum) > 0 && t.PkgPath() != "" {
			if !omitempty {
				return "an optional enum is a value with omitempty"
			}
			return ""
		}
		return "an optional string is a pointer with omitempty (or Nullable with omitzero)"
	case reflect.Interface:
		if !omitempty {
			return "an optional interface field has omitempty"
		}
	case reflect.Struct:
		if t == timeType {
			return "an optional date-time is *time.Time with omitempty"
		}
		if customJSON(t) {
			if !omitzero && !omitempty {
				return "an optional field of a self-encoding type has omitzero or omitempty"
			}
			return ""
		}
		return "an optional object is a pointer with omitempty"
	default: // numbers, booleans
		return fmt.Sprintf("an optional %v is a pointer with omitempty (or Nullable with omitzero)", t)
	}
	return ""
}

// itemOmitProblem checks a field of a list item against CONTRIBUTING.md
// §2.1's item rule: an item is sent whole, so absent and zero mean the
// same. Fields are values; optional strings, enums and nested objects
// carry omitempty (an object, a pointer with omitempty or a value with
// omitzero); optional lists and maps omitzero or omitempty; numbers and
// booleans no omit option (a start of 0 is sent).
func itemOmitProblem(f goField, ref *openapi3.SchemaRef, required bool) string {
	t := f.field.Type
	omitempty, omitzero := f.has("omitempty"), f.has("omitzero")
	if ref.Value.ReadOnly || readOnlyPart(ref) || required {
		return omitProblem(f, ref, required)
	}
	if _, ok := nullableElem(t); ok {
		return omitProblem(f, ref, required)
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Map:
		if !omitzero && !omitempty {
			return "an optional list or map of a list item has omitzero or omitempty"
		}
	case reflect.Pointer:
		if t.Elem().Kind() != reflect.Struct || customJSON(t.Elem()) {
			return fmt.Sprintf("a field of a list item is a value, not %v (an item is sent whole: absent and zero mean the same)", t)
		}
		if !omitempty {
			return "an optional object of a list item has omitempty"
		}
	case reflect.String:
		if !omitempty {
			return "an optional string or enum of a list item has omitempty"
		}
	case reflect.Interface:
		if !omitempty {
			return "an optional interface field has omitempty"
		}
	case reflect.Struct:
		if t == timeType || customJSON(t) || omitzero {
			if !omitzero && !omitempty {
				return "an optional field of a self-encoding type has omitzero or omitempty"
			}
			return ""
		}
		return "an optional object of a list item is a pointer with omitempty or a value with omitzero"
	default: // numbers, booleans
		if omitempty || omitzero {
			return fmt.Sprintf("an optional %v of a list item has no omit option (its zero value is sent: a start of 0 is a start)", t)
		}
	}
	return ""
}

// readOnlyPart reports whether an allOf part of ref marks it readOnly.
func readOnlyPart(ref *openapi3.SchemaRef) bool {
	for _, p := range ref.Value.AllOf {
		if p.Value != nil && p.Value.ReadOnly {
			return true
		}
	}
	return false
}

// reach says how request bodies reach a schema: as (part of) a body, or
// only inside the items of a list.
type reach struct {
	body bool // a body, an object a body holds, or an item of a single-list body
	item bool // inside the items of a list held by a body
}

// request reports whether any request body reaches the schema.
func (r reach) request() bool { return r.body || r.item }

// itemRule reports whether CONTRIBUTING.md §2.1's list-item rule applies:
// every request that reaches the schema reaches it through a list.
func (r reach) itemRule() bool { return r.item && !r.body }

// requestSchemas returns every schema that a request body uses, directly
// or nested, and how (see reach). The items of a single-list body
// ({"aaSequences": [...]}, taken as a slice by §1.4) count as bodies: each
// is a create, update or upsert of its own. Below them, and below any
// other body, a list's items are reached "through a list".
func requestSchemas(spec *spectest.Spec) map[*openapi3.Schema]reach {
	out := map[*openapi3.Schema]reach{}
	type key struct {
		s    *openapi3.Schema
		item bool
	}
	seen := map[key]bool{}
	var walk func(ref *openapi3.SchemaRef, item bool)
	walk = func(ref *openapi3.SchemaRef, item bool) {
		if ref == nil || ref.Value == nil || seen[key{ref.Value, item}] {
			return
		}
		seen[key{ref.Value, item}] = true
		r := out[ref.Value]
		if item {
			r.item = true
		} else {
			r.body = true
		}
		out[ref.Value] = r
		s := ref.Value
		for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
			for _, sub := range group {
				walk(sub, item)
			}
		}
		walk(s.Items, true)
		walk(s.AdditionalProperties.Schema, item)
		walk(s.Not, item)
		for _, name := range slices.Sorted(mapKeys(s.Properties)) {
			walk(s.Properties[name], item)
		}
	}
	for _, op := range spec.Operations() {
		o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		if o.RequestBody == nil || o.RequestBody.Value == nil {
			continue
		}
		for _, mt := range o.RequestBody.Value.Content {
			if list := singleList(mt.Schema); list != nil {
				for _, v := range []*openapi3.Schema{mt.Schema.Value, list.Value} {
					r := out[v]
					r.body = true
					out[v] = r
				}
				walk(list.Value.Items, false)
				continue
			}
			walk(mt.Schema, false)
		}
	}
	return out
}

// singleList returns the one property of a body schema whose only
// property is a list (CONTRIBUTING.md §1.4), or nil.
func singleList(ref *openapi3.SchemaRef) *openapi3.SchemaRef {
	if ref == nil || ref.Value == nil {
		return nil
	}
	props := flatProps(ref)
	if len(props) != 1 {
		return nil
	}
	for _, p := range props {
		if p.Value != nil && p.Value.Type.Is("array") && p.Value.Items != nil {
			return p
		}
	}
	return nil
}

// flatProps returns the properties of a schema and its allOf parts.
func flatProps(ref *openapi3.SchemaRef) map[string]*openapi3.SchemaRef {
	out := map[string]*openapi3.SchemaRef{}
	seen := map[*openapi3.Schema]bool{}
	var rec func(*openapi3.SchemaRef)
	rec = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		seen[r.Value] = true
		for _, sub := range r.Value.AllOf {
			rec(sub)
		}
		maps.Copy(out, r.Value.Properties)
	}
	rec(ref)
	return out
}

// walkSchemas calls fn for ref and every schema nested in it (properties,
// items, allOf/oneOf/anyOf, additionalProperties) while fn returns true.
func walkSchemas(ref *openapi3.SchemaRef, fn func(*openapi3.SchemaRef) bool) {
	if ref == nil || ref.Value == nil || !fn(ref) {
		return
	}
	s := ref.Value
	for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, sub := range group {
			walkSchemas(sub, fn)
		}
	}
	walkSchemas(s.Items, fn)
	walkSchemas(s.AdditionalProperties.Schema, fn)
	walkSchemas(s.Not, fn)
	for _, name := range slices.Sorted(mapKeys(s.Properties)) {
		walkSchemas(s.Properties[name], fn)
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// enumUse is a field of a named string type whose property is an enum.
type enumUse struct {
	goType reflect.Type
	values []string
	where  string
	allow  map[string]string
}

// driftState is what the model checks found, shared by the tests.
type driftState struct {
	claimed map[string]bool // component schemas checked by a model or an enum-typed field
	enums   []enumUse
}

// problem is one drift finding. Its key names it for Allow: "prop",
// "+name", "name:goname", "name:type", "name:omit", "name:jsontag",
// ":typename", "value:enum".
type problem struct{ key, msg string }

// checkModel runs every check on one model and returns the problems.
func checkModel(spec *spectest.Spec, m model, request map[*openapi3.Schema]reach, src *rootSource, st *driftState) []problem {
	ref := m.resolve(spec)
	if ref == nil || ref.Value == nil {
		return []problem{{":schema", fmt.Sprintf("no schema at %s", m.label())}}
	}
	typ := reflect.TypeOf(m.Go)
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if typ.Kind() == reflect.Map {
		// A map type models an object of additionalProperties only; its
		// values have a model of their own.
		in := infoOf(ref)
		if !in.addl || in.props || typ.Key().Kind() != reflect.String {
			return []problem{{":kind", fmt.Sprintf("%v is a map, but %s is not a map of additionalProperties", typ, m.label())}}
		}
		if p := typeProblem(typ.Elem(), ref.Value.AdditionalProperties.Schema); p != "" {
			return []problem{{":type", fmt.Sprintf("%v's values: %s", typ, p)}}
		}
		if len(m.Path) == 0 {
			st.claimed[m.Schema] = true
		}
		return nil
	}
	if typ.Kind() != reflect.Struct {
		return []problem{{":kind", fmt.Sprintf("%v is not a struct", typ)}}
	}
	var problems []problem
	add := func(key, format string, args ...any) {
		if _, ok := m.Allow[key]; !ok {
			problems = append(problems, problem{key, fmt.Sprintf(format, args...)})
		}
	}

	if name, _, _ := strings.Cut(typ.Name(), "["); len(m.Path) == 0 && m.Like == "" && name != "" {
		want := naming.GoName(m.Schema)
		if name != want && src.aliases[want] != name {
			add(":typename", "type %s models schema %s, so it is named %s by the rule (or %s is an alias of it; or set Like with the reason)", name, m.Schema, want, want)
		}
	}

	missing, extra := spectest.DiffFields(typ, ref)
	for _, p := range missing {
		add(p, "property %q has no field", p)
	}
	for _, p := range extra {
		add("+"+p, "field %q is not a property of the schema", p)
	}

	how := request[ref.Value]
	required := requiredProps(ref)
	for _, f := range jsonFields(typ) {
		prop := spectest.SchemaAt(ref, f.json)
		if prop == nil || prop.Value == nil {
			continue // reported above
		}
		if f.field.Tag.Get("json") == "" {
			add(f.json+":jsontag", "field %s has no json tag (want `json:%q`)", f.field.Name, f.json)
		}
		if want := naming.GoName(f.json); f.field.Name != want {
			add(f.json+":goname", "field %s (json %q) is named %s by the rule", f.field.Name, f.json, want)
		}
		if p := typeProblem(f.field.Type, prop); p != "" {
			add(f.json+":type", "field %s (json %q): %s", f.field.Name, f.json, p)
		}
		if how.request() {
			omit := omitProblem
			if how.itemRule() {
				omit = itemOmitProblem
			}
			if p := omit(f, prop, slices.Contains(required, f.json)); p != "" {
				add(f.json+":omit", "field %s %v (json %q, request): %s", f.field.Name, f.field.Type, strings.Join(append([]string{f.json}, f.opts...), ","), p)
			}
		}
		noteEnum(st, f.field.Type, prop, m.label()+"."+f.json, m.Allow, f.json)
		claimHolder(st, f.field.Type, prop)
	}
	if len(m.Path) == 0 {
		st.claimed[m.Schema] = true
	}
	return problems
}

// claimHolder claims a oneOf/anyOf schema (or an array of one) that a
// field of an interface or self-decoding type models: the holder is that
// type; its branches need models of their own.
func claimHolder(st *driftState, t reflect.Type, prop *openapi3.SchemaRef) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	claim := func(t reflect.Type, ref *openapi3.SchemaRef) {
		if ref == nil || ref.Value == nil || (t.Kind() != reflect.Interface && !customJSON(t)) {
			return
		}
		for _, r := range append(openapi3.SchemaRefs{ref}, ref.Value.AllOf...) {
			name, ok := strings.CutPrefix(r.Ref, "#/components/schemas/")
			if ok && r.Value != nil && (len(r.Value.OneOf) > 0 || len(r.Value.AnyOf) > 0) {
				st.claimed[name] = true
			}
		}
	}
	claim(t, prop)
	if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		elem := t.Elem()
		if customJSON(t) {
			elem = t // the slice decodes its items itself
		}
		claim(elem, infoOf(prop).items)
	}
}

// noteEnum records an enum-typed field for TestDriftEnums, and claims its
// component enum schema. Pointers, slices and Nullable are looked through.
func noteEnum(st *driftState, t reflect.Type, prop *openapi3.SchemaRef, where string, allow map[string]string, key string) {
	for {
		if elem, ok := nullableElem(t); ok {
			t = elem
			continue
		}
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
			continue
		}
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			items := infoOf(prop).items
			if items == nil {
				return
			}
			t, prop = t.Elem(), items
			continue
		}
		break
	}
	in := infoOf(prop)
	if len(in.enum) == 0 || t.Kind() != reflect.String || t.PkgPath() != rootPkg {
		return
	}
	var values []string
	for _, v := range in.enum {
		if s, ok := v.(string); ok {
			values = append(values, s)
		}
	}
	sub := map[string]string{}
	for k, v := range allow {
		if rest, ok := strings.CutPrefix(k, key+":enum="); ok {
			sub[rest] = v
		}
	}
	st.enums = append(st.enums, enumUse{goType: t, values: values, where: where, allow: sub})
	if in.enumRef != "" {
		st.claimed[in.enumRef] = true
	}
}

// rootSource is what the root package's source declares, read with
// go/parser: string constants by type, and type aliases.
type rootSource struct {
	consts  map[string]map[string]string // type -> constant name -> value
	aliases map[string]string            // alias -> target
	types   map[string]bool              // every type declared (aliases too)
}

var (
	srcOnce sync.Once
	srcVal  *rootSource
	srcErr  error
)

// loadRootSource parses the root package's non-test files.
func loadRootSource(t *testing.T) *rootSource {
	t.Helper()
	srcOnce.Do(func() {
		srcVal = &rootSource{consts: map[string]map[string]string{}, aliases: map[string]string{}, types: map[string]bool{}}
		files, err := filepath.Glob(rootPath("*.go"))
		if err != nil {
			srcErr = err
			return
		}
		fset := token.NewFileSet()
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				srcErr = err
				return
			}
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok {
					continue
				}
				for _, spec := range gd.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						srcVal.types[s.Name.Name] = true
						if s.Assign.IsValid() {
							if id, ok := s.Type.(*ast.Ident); ok {
								srcVal.aliases[s.Name.Name] = id.Name
							}
						}
					case *ast.ValueSpec:
						id, ok := s.Type.(*ast.Ident)
						if gd.Tok != token.CONST || !ok {
							continue
						}
						for i, n := range s.Names {
							if i >= len(s.Values) {
								continue
							}
							lit, ok := s.Values[i].(*ast.BasicLit)
							if !ok || lit.Kind != token.STRING {
								continue
							}
							v, err := strconv.Unquote(lit.Value)
							if err != nil {
								continue
							}
							if srcVal.consts[id.Name] == nil {
								srcVal.consts[id.Name] = map[string]string{}
							}
							srcVal.consts[id.Name][n.Name] = v
						}
					}
				}
			}
		}
	})
	if srcErr != nil {
		t.Fatalf("parsing the root package: %v", srcErr)
	}
	return srcVal
}

var (
	driftOnce  sync.Once
	driftFound map[string][]problem // "<tag>/<model>" -> problems
	driftSt    *driftState
)

// runDrift checks every model, query options struct and enum of every
// table, once per process.
func runDrift(t *testing.T) (map[string][]problem, *driftState) {
	t.Helper()
	spec := loadSpec(t)
	src := loadRootSource(t)
	driftOnce.Do(func() {
		driftFound = map[string][]problem{}
		driftSt = &driftState{claimed: map[string]bool{}}
		request := requestSchemas(spec)
		for _, tbl := range driftTables {
			for _, m := range tbl.Models {
				key := tbl.Tag + "/" + m.label() + "/" + reflect.TypeOf(m.Go).String()
				driftFound[key] = append(checkModel(spec, m, request, src, driftSt), inlineNameProblems(m, tbl)...)
			}
			for _, q := range tbl.Queries {
				key := tbl.Tag + "/query " + q.Op
				driftFound[key] = checkQuery(spec, q, driftSt)
			}
		}
		for typ, ps := range checkEnums(src, driftSt) {
			driftFound["enum "+typ] = ps
		}
	})
	return driftFound, driftSt
}

// inlineNameProblems checks the Go name of a model of an inline schema
// (one with a Path and no Like) by CONTRIBUTING.md §1.2: <Parent><Property>,
// where Parent is the Go type of the model one step up (the table's row
// for that path, else the component schema's name by the rule) and
// Property the last property by the rule; the items of a list (and the
// values of a map) may take the singular (Translation.regions[] ->
// TranslationRegion, PlateCreate.wells{} -> PlateCreateWell). A task's
// result (Path "response") is <Service><Method>Result.
func inlineNameProblems(m model, tbl driftTable) []problem {
	if len(m.Path) == 0 || m.Like != "" {
		return nil
	}
	if _, ok := m.Allow[":typename"]; ok {
		return nil
	}
	name, _, _ := strings.Cut(reflect.TypeOf(m.Go).Name(), "[")
	if name == "" {
		return nil
	}
	path := m.Path
	items := path[len(path)-1] == "[]" || path[len(path)-1] == "{}" // list items, map values
	if items {
		path = path[:len(path)-1]
	}
	if len(path) == 0 {
		return nil
	}
	prop, parentPath := path[len(path)-1], path[:len(path)-1]
	if len(parentPath) == 0 && prop == "response" && !items {
		if !strings.HasSuffix(name, "Result") {
			return []problem{{":typename", fmt.Sprintf("type %s models the result of task %s, so it is named <Service><Method>Result", name, m.Schema)}}
		}
		return nil
	}
	parent := naming.GoName(m.Schema)
	want := strings.Join(append([]string{m.Schema}, parentPath...), ".")
	for _, o := range tbl.Models {
		if o.label() == want {
			parent, _, _ = strings.Cut(reflect.TypeOf(o.Go).Name(), "[")
		}
	}
	goProp := naming.GoName(prop)
	ok := name == parent+goProp
	if items {
		ok = ok || name == parent+strings.TrimSuffix(goProp, "s") || name == parent+strings.TrimSuffix(goProp, "es")
	}
	if !ok {
		return []problem{{":typename", fmt.Sprintf("type %s models the inline schema %s, so it is named %s%s by the rule (CONTRIBUTING.md §1.2; or set Like with the reason)", name, m.label(), parent, goProp)}}
	}
	return nil
}

// TestDriftModels checks every model of every drift table, every query
// options struct, and every enum type's constants. There is no list of
// tolerated findings: fix the code, or allow a real exception in the
// model's Allow map with its reason.
func TestDriftModels(t *testing.T) {
	found, _ := runDrift(t)
	for _, key := range slices.Sorted(mapKeys(found)) {
		t.Run(key, func(t *testing.T) {
			for _, p := range found[key] {
				t.Errorf("%s [%s]", p.msg, p.key)
			}
		})
	}
}

// checkQuery compares an options struct with its operation's query
// parameters: the same set, Go names by the rule, enum constants.
func checkQuery(spec *spectest.Spec, q queryOptions, st *driftState) []problem {
	method, path, ok := spec.Operation(q.Op)
	if !ok {
		return []problem{{":op", fmt.Sprintf("no operation %s in the spec", q.Op)}}
	}
	params := map[string]*openapi3.Parameter{}
	for _, p := range spec.Doc.Paths.Value(path).GetOperation(method).Parameters {
		if p.Value.In == "query" {
			params[p.Value.Name] = p.Value
		}
	}
	var problems []problem
	add := func(key, format string, args ...any) {
		if _, ok := q.Allow[key]; !ok {
			problems = append(problems, problem{key, fmt.Sprintf(format, args...)})
		}
	}
	typ := reflect.TypeOf(q.Go)
	fields := queryFields(typ)
	var got []string
	for _, f := range fields {
		got = append(got, f.name)
		if want := naming.GoName(f.name); f.field.Name != want {
			add(f.name+":goname", "field %s (query %q) is named %s by the rule", f.field.Name, f.name, want)
		}
		if p := params[f.name]; p != nil && p.Schema != nil {
			noteEnum(st, f.field.Type, p.Schema, q.Op+"?"+f.name, q.Allow, f.name)
		}
	}
	got = append(got, q.Extra...)
	want := slices.Sorted(mapKeys(params))
	slices.Sort(got)
	for _, w := range want {
		if !slices.Contains(got, w) {
			add(w, "%s %s: query parameter %q has no field", method, path, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			add("+"+g, "%s %s: field %q is not a query parameter", method, path, g)
		}
	}
	return problems
}

type queryField struct {
	field reflect.StructField
	name  string
}

// queryFields returns the go-querystring fields of a struct, flattening
// embedded structs as go-querystring does.
func queryFields(typ reflect.Type) []queryField {
	var out []queryField
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Anonymous && f.Tag.Get("url") == "" {
			out = append(out, queryFields(f.Type)...)
			continue
		}
		if name, _, _ := strings.Cut(f.Tag.Get("url"), ","); name != "" && name != "-" {
			out = append(out, queryField{f, name})
		}
	}
	return out
}

// checkEnums checks that every enum-typed field's Go type has a constant
// for each value of the property's enum, named <Type><Value> by the rule
// (a value the rule cannot name gets the prefix N or Value). It returns
// the problems by Go type.
func checkEnums(src *rootSource, st *driftState) map[string][]problem {
	out := map[string][]problem{}
	done := map[string]bool{}
	for _, u := range st.enums {
		typ := u.goType.Name()
		consts := src.consts[typ]
		for _, v := range u.values {
			if done[typ+"="+v] {
				continue
			}
			done[typ+"="+v] = true
			if _, ok := u.allow[v]; ok {
				continue
			}
			var names []string
			for name, cv := range consts {
				if cv == v {
					names = append(names, name)
				}
			}
			slices.Sort(names)
			alt := []string{naming.EnumConstant(typ, v)}
			if !naming.Valid(naming.GoName(v)) {
				alt = []string{typ + "N" + naming.GoName(v), typ + "Value" + naming.GoName(v)}
			}
			switch {
			case len(names) == 0:
				out[typ] = append(out[typ], problem{v + ":enum", fmt.Sprintf("%s (at %s): no constant for enum value %q (want %s)", typ, u.where, v, alt[0])})
			case !slices.ContainsFunc(names, func(n string) bool { return slices.Contains(alt, n) }):
				out[typ] = append(out[typ], problem{v + ":enum", fmt.Sprintf("%s: the constant for %q is %v; by the rule it is %s", typ, v, names, alt[0])})
			}
		}
	}
	return out
}

// singleListProblems returns, for every operation whose request body is a
// component schema whose only property is a list (CONTRIBUTING.md §1.4:
// the method takes the slice), a problem if the root package exports a
// type named after it, or a drift table models it with an exported type.
func singleListProblems(spec *spectest.Spec, src *rootSource, tables []driftTable) []string {
	var out []string
	seen := map[string]bool{}
	for _, op := range spec.Operations() {
		o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		if o.RequestBody == nil || o.RequestBody.Value == nil {
			continue
		}
		for _, mt := range o.RequestBody.Value.Content {
			name, ok := strings.CutPrefix(mt.Schema.Ref, "#/components/schemas/")
			if !ok || seen[name] || singleList(mt.Schema) == nil {
				continue
			}
			seen[name] = true
			if goName := naming.GoName(name); src.types[goName] {
				out = append(out, fmt.Sprintf("%s (the body of %s) has one list, which the method takes: its wrapper type is unexported, not %s", name, op.ID, goName))
			}
			for _, tbl := range tables {
				for _, m := range tbl.Models {
					if t := reflect.TypeOf(m.Go); m.Schema == name && len(m.Path) == 0 && t.Name() != "" && t.PkgPath() == rootPkg {
						out = append(out, fmt.Sprintf("%s: %s models %s, a single-list body, with an exported type: unexport it and exempt the schema", tbl.Tag, t, name))
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestSingleListBodiesUnexported checks that no exported type is the
// wrapper of a single-list body (CONTRIBUTING.md §1.4): the method takes
// the slice, so an exported wrapper would be a body type nobody uses.
func TestSingleListBodiesUnexported(t *testing.T) {
	for _, p := range singleListProblems(loadSpec(t), loadRootSource(t), driftTables) {
		t.Error(p)
	}
}

// TestDriftComplete checks that every component schema an operation of a
// complete tag sends or receives (request bodies and responses, nested
// schemas included) is claimed by a drift-table model (or an enum-typed
// field), or exempt in a table with a reason. So a tag cannot be marked
// complete with schemas nobody modelled.
func TestDriftComplete(t *testing.T) {
	spec := loadSpec(t)
	_, st := runDrift(t)
	claimed := claimAllOfParts(spec, st.claimed)
	exempt := map[string]string{}
	elsewhere := map[string]map[string]string{}
	tables := map[string]bool{}
	for _, tbl := range driftTables {
		tables[tbl.Tag] = true
		elsewhere[tbl.Tag] = tbl.Elsewhere
		for name, why := range tbl.Elsewhere {
			if why == "" || spec.Doc.Components.Schemas[name] == nil {
				t.Errorf("%s: Elsewhere %s has no reason or is not in the spec", tbl.Tag, name)
			}
		}
		for name, why := range tbl.Exempt {
			if why == "" {
				t.Errorf("%s: exemption of %s has no reason", tbl.Tag, name)
			}
			if spec.Doc.Components.Schemas[name] == nil {
				t.Errorf("%s: exempt schema %s is not in the spec", tbl.Tag, name)
			}
			if claimed[name] {
				t.Errorf("%s: schema %s is exempt but a model checks it; drop the exemption", tbl.Tag, name)
			}
			exempt[name] = why
		}
	}
	for _, tag := range completeTags {
		if !tables[tag] {
			t.Errorf("tag %q is complete but has no drift table (drift_<tag>_test.go)", tag)
		}
		var missing []string
		for _, name := range tagSchemas(spec, tag, elsewhere[tag]) {
			if !claimed[name] && exempt[name] == "" {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			t.Errorf("tag %q is complete, but no drift-table model claims these schemas its operations use (add a model, or an Exempt entry with the reason):\n  %s", tag, strings.Join(missing, "\n  "))
		}
	}
}

// claimAllOfParts returns claimed plus, transitively, every component
// schema that is an allOf part of a claimed one: its properties are
// checked as the composite's.
func claimAllOfParts(spec *spectest.Spec, claimed map[string]bool) map[string]bool {
	out := map[string]bool{}
	var add func(name string)
	add = func(name string) {
		if out[name] {
			return
		}
		out[name] = true
		ref := spec.Doc.Components.Schemas[name]
		if ref == nil || ref.Value == nil {
			return
		}
		for _, part := range ref.Value.AllOf {
			if n, ok := strings.CutPrefix(part.Ref, "#/components/schemas/"); ok {
				add(n)
			}
		}
	}
	for name := range claimed {
		add(name)
	}
	return out
}

// tagSchemas returns the component schemas reachable from the request
// bodies and responses of a tag's operations, sorted.
func tagSchemas(spec *spectest.Spec, tag string, elsewhere map[string]string) []string {
	names := map[string]bool{}
	seen := map[*openapi3.Schema]bool{}
	visit := func(r *openapi3.SchemaRef) bool {
		if name, ok := strings.CutPrefix(r.Ref, "#/components/schemas/"); ok {
			if elsewhere[name] != "" {
				return false
			}
			names[name] = true
		}
		if seen[r.Value] {
			return false
		}
		seen[r.Value] = true
		return true
	}
	for _, op := range spec.Operations() {
		if !slices.Contains(op.Tags, tag) {
			continue
		}
		o := spec.Doc.Paths.Value(op.Path).GetOperation(op.Method)
		if o.RequestBody != nil && o.RequestBody.Value != nil {
			for _, mt := range o.RequestBody.Value.Content {
				walkSchemas(mt.Schema, visit)
			}
		}
		if o.Responses != nil {
			for _, r := range o.Responses.Map() {
				if r.Value == nil {
					continue
				}
				for _, mt := range r.Value.Content {
					walkSchemas(mt.Schema, visit)
				}
			}
		}
	}
	return slices.Sorted(mapKeys(names))
}
