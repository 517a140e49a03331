// Package specfixtures makes the spec fixtures of the root module's tests
// (../testdata/spec): for every operation of the spec, its documented
// response body per 2xx status and its request body, and for every
// polymorphic (oneOf/anyOf) component schema one body per branch. A
// fixture is the spec's own example where there is one that matches its
// schema, else a body synthesized from the schema: property examples
// first, then the schema's example, else a typed placeholder that honours
// the format, the enum (its first value), bounds, nested references and
// nullable (a value, not null), with every property present and arrays of
// one item. Placeholders are never zero values (true, 1, "name"), so that
// a round trip through a Go type that drops a property shows it.
//
// Run it with go run ./cmd/specfixtures in the tools module; the tools
// tests check that the committed fixtures are current and that each
// matches its schema.
package specfixtures

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// Fixture is one generated file.
type Fixture struct {
	// Name is the file's path relative to testdata/spec:
	// "<operationId>.<status>.json", "<operationId>.request.json" or
	// "schemas/<Schema>.<Branch>.json".
	Name string
	// Data is the file's content: indented JSON and a final newline.
	Data []byte
	// Schema is what the fixture must match.
	Schema *openapi3.SchemaRef
	// Request is set for request bodies (read-only properties may not
	// appear).
	Request bool
	// Source is "example" (the spec's example) or "synthesized".
	Source string
}

// Generate returns every fixture of the spec, sorted by name, and notes on
// the branches of polymorphic schemas it left out because no value of
// theirs is valid (the spec's own inconsistencies).
func Generate(spec *spectest.Spec) ([]Fixture, []string, error) {
	var skipped []string
	var out []Fixture
	for _, info := range spec.Operations() {
		op := spec.Doc.Paths.Value(info.Path).GetOperation(info.Method)
		if op.RequestBody != nil && op.RequestBody.Value != nil {
			if mt := op.RequestBody.Value.Content.Get("application/json"); mt != nil && mt.Schema != nil {
				f, err := fixture(spec, info.ID+".request.json", mt, true)
				if err != nil {
					return nil, nil, fmt.Errorf("%s request: %w", info.ID, err)
				}
				out = append(out, f)
			}
		}
		if op.Responses == nil {
			continue
		}
		for status, resp := range op.Responses.Map() {
			if len(status) != 3 || status[0] != '2' || resp.Value == nil {
				continue
			}
			mt := resp.Value.Content.Get("application/json")
			if mt == nil || mt.Schema == nil {
				continue
			}
			f, err := fixture(spec, info.ID+"."+status+".json", mt, false)
			if err != nil {
				return nil, nil, fmt.Errorf("%s %s: %w", info.ID, status, err)
			}
			out = append(out, f)
		}
	}
	for _, name := range slices.Sorted(mapKeys(spec.Doc.Components.Schemas)) {
		ref := spec.Doc.Components.Schemas[name]
		branches := ref.Value.OneOf
		if len(branches) == 0 {
			branches = ref.Value.AnyOf
		}
		for i, b := range branches {
			g := newGen(false)
			v, ok := g.value(b, "", nil)
			if !ok {
				continue
			}
			if d := ref.Value.Discriminator; d != nil && d.PropertyName != "" {
				if obj, isObj := v.(map[string]any); isObj {
					if key := discriminatorKey(d, b); key != "" {
						obj[d.PropertyName] = key
					}
				}
			}
			branch := refName(b)
			if branch == "" {
				branch = fmt.Sprintf("branch%d", i)
			}
			fname := "schemas/" + name + "." + branch + ".json"
			if err := Check(ref, v, false); err != nil {
				skipped = append(skipped, fmt.Sprintf("%s: %v", fname, err))
				continue
			}
			data, err := encode(v)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, Fixture{Name: fname, Data: data, Schema: ref, Source: "synthesized"})
		}
	}
	slices.SortFunc(out, func(a, b Fixture) int { return strings.Compare(a.Name, b.Name) })
	for i := 1; i < len(out); i++ {
		if out[i].Name == out[i-1].Name {
			return nil, nil, fmt.Errorf("two fixtures named %s", out[i].Name)
		}
	}
	return out, skipped, nil
}

// fixture makes the fixture of one media type: its example if it is
// valid, else a synthesized body.
func fixture(spec *spectest.Spec, name string, mt *openapi3.MediaType, request bool) (Fixture, error) {
	f := Fixture{Name: name, Schema: mt.Schema, Request: request}
	for _, ex := range examples(spec, mt) {
		if Check(mt.Schema, ex, request) == nil {
			data, err := encode(ex)
			if err != nil {
				return f, err
			}
			f.Data, f.Source = data, "example"
			return f, nil
		}
	}
	v, ok := newGen(request).value(mt.Schema, "", nil)
	if !ok {
		return f, fmt.Errorf("cannot synthesize a body for %s", refOr(mt.Schema, name))
	}
	data, err := encode(v)
	if err != nil {
		return f, err
	}
	f.Data, f.Source = data, "synthesized"
	return f, nil
}

// examples returns a media type's examples: example, then examples by
// name.
func examples(spec *spectest.Spec, mt *openapi3.MediaType) []any {
	var out []any
	if mt.Example != nil {
		out = append(out, mt.Example)
	}
	for _, name := range slices.Sorted(mapKeys(mt.Examples)) {
		if ex := mt.Examples[name]; ex != nil && ex.Value != nil && ex.Value.Value != nil {
			out = append(out, ex.Value.Value)
		}
	}
	return out
}

// Check validates a decoded JSON value against a schema, strictly: no
// undeclared property, and for a request body no read-only property.
func Check(schema *openapi3.SchemaRef, v any, request bool) error {
	return spectest.CheckJSON(schema, roundTripJSON(v), request)
}

// roundTripJSON turns a value (from YAML or synthesized) into what
// encoding/json would decode from its JSON.
func roundTripJSON(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}

// encode writes v as indented JSON with a final newline.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gen synthesizes values.
type gen struct {
	request bool
	stack   []*openapi3.Schema // schemas being built, for cycles and depth
	full    bool               // build the next object in full, even if minimal
}

func newGen(request bool) *gen { return &gen{request: request} }

// Past maxDepth (or in a cycle) only required properties are built, and
// arrays are empty; past hardDepth nothing is.
const (
	maxDepth  = 16
	hardDepth = 40
)

// minimal reports whether the value being built should be minimal.
func (g *gen) minimal() bool {
	if len(g.stack) > maxDepth {
		return true
	}
	for i, s := range g.stack {
		if slices.Contains(g.stack[i+1:], s) {
			return true
		}
	}
	return false
}

// value synthesizes a value for ref; name is the property it is for (""
// at the top), example the property's own example. It returns false when
// there is none to give.
func (g *gen) value(ref *openapi3.SchemaRef, name string, example any) (any, bool) {
	if ref == nil || ref.Value == nil {
		return "string", true
	}
	s := ref.Value
	if len(g.stack) > hardDepth {
		return nil, false
	}
	g.stack = append(g.stack, s)
	defer func() { g.stack = g.stack[:len(g.stack)-1] }()

	// An example of this schema (or the property's own) that fits it.
	if example == nil {
		example = s.Example
	}
	if example != nil && !isStructured(s) && Check(ref, example, g.request) == nil {
		return example, true
	}

	if len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
		return g.union(ref, name)
	}
	if len(s.AllOf) == 1 && len(s.Properties) == 0 && s.AdditionalProperties.Schema == nil {
		// A wrapper ({allOf: [X], nullable: true, description}): X's value,
		// or null if that does not fit.
		v, ok := g.value(s.AllOf[0], name, nil)
		if ok && s.Nullable && s.VisitJSON(roundTripJSON(v), g.visitOpt()) != nil {
			return nil, true
		}
		return v, ok
	}
	typ := schemaType(ref)
	switch {
	case typ == "object" || (typ == "" && hasProperties(ref)):
		full := g.full
		g.full = false
		return g.object(s, g.minimal() && !full), true
	case typ == "array":
		n := max(1, int(s.MinItems))
		if g.minimal() {
			n = int(s.MinItems)
		}
		items := make([]any, 0, n)
		for range n {
			v, ok := g.value(s.Items, name, nil)
			if !ok {
				return nil, false
			}
			items = append(items, v)
		}
		return items, true
	case typ == "":
		for _, part := range s.AllOf {
			if v, ok := g.value(part, name, nil); ok {
				return v, true
			}
		}
		return map[string]any{}, true // free-form
	}
	if e := enumValue(ref); e != nil {
		return e, true
	}
	return scalar(ref, typ, name), true
}

// union builds a value of the first branch (deprecated ones last) of a
// oneOf/anyOf that makes a valid value of the whole (the discriminator set, the holder's own
// properties added). When no branch does (the spec's oneOf of UserSummary
// and TeamSummary matches any summary twice), a nullable union is null.
func (g *gen) union(ref *openapi3.SchemaRef, name string) (any, bool) {
	s := ref.Value
	branches := s.OneOf
	if len(branches) == 0 {
		branches = s.AnyOf
	}
	// Deprecated branches last.
	branches = slices.Clone(branches)
	slices.SortStableFunc(branches, func(a, b *openapi3.SchemaRef) int {
		return boolInt(a.Value != nil && a.Value.Deprecated) - boolInt(b.Value != nil && b.Value.Deprecated)
	})
	var first any
	found := false
	for _, b := range append(slices.Clone(branches), branches...) {
		// The second round builds each branch in full: a minimal value
		// (deep down, with no required property) may match several.
		if found {
			g.full = true
		}
		v, ok := g.value(b, name, nil)
		g.full = false
		if !ok {
			continue
		}
		if obj, isObj := v.(map[string]any); isObj {
			if d := s.Discriminator; d != nil && d.PropertyName != "" {
				if key := discriminatorKey(d, b); key != "" {
					obj[d.PropertyName] = key
				}
			}
			for k, bv := range g.object(s, g.minimal()) {
				if _, set := obj[k]; !set {
					obj[k] = bv
				}
			}
		}
		if !found {
			first, found = v, true
		}
		if s.VisitJSON(roundTripJSON(v), g.visitOpt()) == nil {
			return v, true
		}
	}
	if s.Nullable {
		return nil, true
	}
	return first, found
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *gen) visitOpt() openapi3.SchemaValidationOption {
	if g.request {
		return openapi3.VisitAsRequest()
	}
	return openapi3.VisitAsResponse()
}

// isStructured reports whether a schema is best built from its parts (an
// object with properties, an array) rather than taken from its example,
// which often shows only some properties.
func isStructured(s *openapi3.Schema) bool {
	return len(s.Properties) > 0 || len(s.AllOf) > 0 || len(s.OneOf) > 0 || len(s.AnyOf) > 0 || s.Items != nil
}

// object builds an object with every property of s and its allOf parts
// (read-only ones left out of requests, write-only ones out of
// responses; only required ones when minimal), and one entry for a map.
func (g *gen) object(s *openapi3.Schema, minimal bool) map[string]any {
	obj := map[string]any{}
	for _, part := range s.AllOf {
		if part.Value == nil {
			continue
		}
		g.stack = append(g.stack, part.Value)
		for k, v := range g.object(part.Value, minimal) {
			obj[k] = v
		}
		g.stack = g.stack[:len(g.stack)-1]
	}
	for _, name := range slices.Sorted(mapKeys(s.Properties)) {
		p := s.Properties[name]
		if p == nil || p.Value == nil {
			continue
		}
		if (g.request && readOnly(p)) || (!g.request && p.Value.WriteOnly) {
			continue
		}
		if minimal && !slices.Contains(s.Required, name) {
			continue
		}
		if v, ok := g.value(p, name, p.Value.Example); ok {
			obj[name] = v
		}
	}
	if ap := s.AdditionalProperties.Schema; ap != nil && len(s.Properties) == 0 && !minimal {
		key := "Example"
		if v, ok := g.value(ap, key, nil); ok {
			obj[key] = v
		}
	}
	return obj
}

// readOnly reports whether a property (or an allOf part of it) is
// read-only.
func readOnly(ref *openapi3.SchemaRef) bool {
	if ref.Value.ReadOnly {
		return true
	}
	for _, p := range ref.Value.AllOf {
		if p.Value != nil && p.Value.ReadOnly {
			return true
		}
	}
	return false
}

// schemaType returns the schema's type, looking through allOf.
func schemaType(ref *openapi3.SchemaRef) string {
	if ref == nil || ref.Value == nil {
		return ""
	}
	if t := ref.Value.Type; t != nil {
		for _, name := range []string{"object", "array", "string", "integer", "number", "boolean"} {
			if t.Is(name) || slices.Contains(t.Slice(), name) {
				return name
			}
		}
	}
	for _, part := range ref.Value.AllOf {
		if t := schemaType(part); t != "" {
			return t
		}
	}
	return ""
}

func hasProperties(ref *openapi3.SchemaRef) bool {
	if len(ref.Value.Properties) > 0 || ref.Value.AdditionalProperties.Schema != nil {
		return true
	}
	for _, part := range ref.Value.AllOf {
		if part.Value != nil && hasProperties(part) {
			return true
		}
	}
	return false
}

// enumValue returns the first non-null enum value of ref or its allOf
// parts.
func enumValue(ref *openapi3.SchemaRef) any {
	for _, e := range ref.Value.Enum {
		if e != nil {
			return e
		}
	}
	for _, part := range ref.Value.AllOf {
		if part.Value != nil {
			if e := enumValue(part); e != nil {
				return e
			}
		}
	}
	return nil
}

// scalar returns a placeholder of a scalar type.
func scalar(ref *openapi3.SchemaRef, typ, name string) any {
	s := ref.Value
	format := s.Format
	for _, part := range s.AllOf {
		if part.Value != nil && part.Value.Format != "" {
			format = part.Value.Format
		}
	}
	switch typ {
	case "boolean":
		return true
	case "integer":
		n := 1.0
		if s.Min != nil && *s.Min > n {
			n = *s.Min
		}
		if s.Max != nil && *s.Max < n {
			n = *s.Max
		}
		return int64(n)
	case "number":
		n := 1.5
		if s.Min != nil && *s.Min > n {
			n = *s.Min
		}
		if s.Max != nil && *s.Max < n {
			n = *s.Max
		}
		return n
	}
	var v string
	switch format {
	case "date-time", "datetime", "isoformat":
		v = "2024-05-06T07:08:09.123Z"
	case "date":
		v = "2024-05-06"
	case "uuid":
		v = "8f0e3c4a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
	case "uri":
		v = "https://example.benchling.com/" + name
	case "byte", "bytes":
		v = "ZXhhbXBsZQ=="
	case "email":
		v = "user@example.com"
	default:
		v = name
		if v == "" {
			v = "string"
		}
		if strings.HasSuffix(name, "At") {
			v = "2024-05-06T07:08:09.123Z" // a time the spec types as a plain string
		}
		if p, ok := strings.CutPrefix(s.Pattern, "^"); ok {
			if lit, _, _ := strings.Cut(p, `\`); lit != "" && !strings.ContainsAny(lit, "[](){}*+?.|$") {
				v = lit + v
			}
		}
	}
	for uint64(len(v)) < s.MinLength {
		v += "x"
	}
	if s.MaxLength != nil && uint64(len(v)) > *s.MaxLength {
		v = v[:*s.MaxLength]
	}
	return v
}

// discriminatorKey returns the mapping key of a branch, or "".
func discriminatorKey(d *openapi3.Discriminator, branch *openapi3.SchemaRef) string {
	for _, key := range slices.Sorted(mapKeys(d.Mapping)) {
		if d.Mapping[key].Ref == branch.Ref {
			return key
		}
	}
	if name := refName(branch); name != "" && len(d.Mapping) == 0 {
		return name
	}
	return ""
}

func refName(ref *openapi3.SchemaRef) string {
	return strings.TrimPrefix(ref.Ref, "#/components/schemas/")
}

func refOr(ref *openapi3.SchemaRef, alt string) string {
	if n := refName(ref); n != "" {
		return n
	}
	return alt
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

// Write replaces the fixtures in dir with fs: it removes every other
// .json file there (and under schemas/).
func Write(dir string, fs []Fixture) error {
	for _, sub := range []string{dir, filepath.Join(dir, "schemas")} {
		old, err := filepath.Glob(filepath.Join(sub, "*.json"))
		if err != nil {
			return err
		}
		for _, name := range old {
			if err := os.Remove(name); err != nil {
				return err
			}
		}
	}
	for _, f := range fs {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Stale compares the fixtures in dir with fs and describes every
// difference: a file missing, different or not generated.
func Stale(dir string, fs []Fixture) ([]string, error) {
	var diffs []string
	want := map[string]bool{}
	for _, f := range fs {
		want[f.Name] = true
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Name)))
		switch {
		case errors.Is(err, os.ErrNotExist):
			diffs = append(diffs, f.Name+" is missing")
		case err != nil:
			return nil, err
		case !bytes.Equal(got, f.Data):
			diffs = append(diffs, f.Name+" differs")
		}
	}
	for _, sub := range []string{"", "schemas/"} {
		files, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(sub), "*.json"))
		if err != nil {
			return nil, err
		}
		for _, name := range files {
			if rel := sub + filepath.Base(name); !want[rel] {
				diffs = append(diffs, rel+" is not generated (any more)")
			}
		}
	}
	slices.Sort(diffs)
	return diffs, nil
}
