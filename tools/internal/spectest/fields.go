package spectest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// UndeclaredFields returns, as sorted JSON pointers (for example
// "/aaSequences/0/colour"), every object property in value that schema does
// not declare. value is a decoded JSON value (as produced by
// encoding/json.Unmarshal into an any).
//
// Unlike JSON Schema, a missing additionalProperties is treated as false:
// a property is declared only if it appears in properties of the schema or
// of a schema it combines with allOf, or of a oneOf/anyOf branch that
// matches the value (chosen through the discriminator mapping where there is
// one, otherwise every branch the value validates against, otherwise every
// branch). Properties are allowed freely where the schema has
// additionalProperties: true, and validated against the additionalProperties
// schema where it has one. A schema that declares no properties and combines
// no other schemas (for example a bare "type: object" or {}) is free-form.
func UndeclaredFields(schema *openapi3.SchemaRef, value any) []string {
	var w fieldWalker
	w.walk(schema, value, "")
	slices.Sort(w.problems)
	return slices.Compact(w.problems)
}

type fieldWalker struct {
	problems []string
}

// walk appends undeclared properties of value under pointer to w.problems.
func (w *fieldWalker) walk(ref *openapi3.SchemaRef, value any, pointer string) {
	if ref == nil || ref.Value == nil {
		return
	}
	switch v := value.(type) {
	case map[string]any:
		w.walkObject(ref, v, pointer)
	case []any:
		var items []*openapi3.SchemaRef
		for _, s := range flatten(ref, value) {
			if s.Items != nil {
				items = append(items, s.Items)
			}
		}
		if len(items) == 0 {
			return
		}
		for i, elem := range v {
			w.walkAny(items, elem, pointer+"/"+strconv.Itoa(i))
		}
	}
}

// walkAny walks value against each candidate schema and keeps the result of
// the best one: the value is fine if any candidate declares everything.
func (w *fieldWalker) walkAny(cands []*openapi3.SchemaRef, value any, pointer string) {
	var best []string
	for i, c := range cands {
		var sub fieldWalker
		sub.walk(c, value, pointer)
		if i == 0 || len(sub.problems) < len(best) {
			best = sub.problems
		}
		if len(best) == 0 {
			return
		}
	}
	w.problems = append(w.problems, best...)
}

func (w *fieldWalker) walkObject(ref *openapi3.SchemaRef, obj map[string]any, pointer string) {
	schemas := flatten(ref, obj)
	declares, anyAllowed := false, false
	var additional []*openapi3.SchemaRef
	for _, s := range schemas {
		if len(s.Properties) > 0 {
			declares = true
		}
		if ap := s.AdditionalProperties; ap.Schema != nil {
			additional = append(additional, ap.Schema)
		} else if ap.Has != nil && *ap.Has {
			anyAllowed = true
		}
	}
	freeForm := anyAllowed || (!declares && len(additional) == 0)
	for _, key := range sortedKeys(obj) {
		child := pointer + "/" + escapePointer(key)
		var cands []*openapi3.SchemaRef
		for _, s := range schemas {
			if p := s.Properties[key]; p != nil {
				cands = append(cands, p)
			}
		}
		switch {
		case len(cands) == 1:
			w.walk(cands[0], obj[key], child)
		case len(cands) > 1:
			// Several applicable schemas (allOf parts, matching branches)
			// declare the property. The value is fine if one of them
			// declares everything it has, or if they do together, as
			// allOf parts do (BadRequestErrorBulk is allOf
			// [BadRequestError, {error: {errors}}]).
			var alone, together fieldWalker
			alone.walkAny(cands, obj[key], child)
			together.walk(&openapi3.SchemaRef{Value: &openapi3.Schema{AllOf: cands}}, obj[key], child)
			if len(together.problems) <= len(alone.problems) {
				alone = together
			}
			w.problems = append(w.problems, alone.problems...)
		case freeForm:
		case len(additional) > 0:
			w.walkAny(additional, obj[key], child)
		default:
			w.problems = append(w.problems, child)
		}
	}
}

// flatten returns the schema of ref and, recursively, the schemas it
// combines with allOf and the oneOf/anyOf branches that apply to value.
func flatten(ref *openapi3.SchemaRef, value any) []*openapi3.Schema {
	var out []*openapi3.Schema
	seen := make(map[*openapi3.Schema]bool)
	var rec func(*openapi3.SchemaRef)
	rec = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		s := r.Value
		seen[s] = true
		out = append(out, s)
		for _, sub := range s.AllOf {
			rec(sub)
		}
		for _, branches := range []openapi3.SchemaRefs{s.OneOf, s.AnyOf} {
			for _, b := range chooseBranches(s, branches, value) {
				rec(b)
			}
		}
	}
	rec(ref)
	return out
}

// chooseBranches picks the oneOf/anyOf branches of s that apply to value.
func chooseBranches(s *openapi3.Schema, branches openapi3.SchemaRefs, value any) openapi3.SchemaRefs {
	if len(branches) == 0 {
		return nil
	}
	if d := s.Discriminator; d != nil && d.PropertyName != "" {
		if obj, ok := value.(map[string]any); ok {
			if tag, ok := obj[d.PropertyName].(string); ok {
				target := "#/components/schemas/" + tag
				if m, ok := d.Mapping[tag]; ok {
					target = m.Ref
				}
				for _, b := range branches {
					if b.Ref == target || strings.HasSuffix(b.Ref, target) {
						return openapi3.SchemaRefs{b}
					}
				}
			}
		}
	}
	var matching openapi3.SchemaRefs
	for _, b := range branches {
		if b.Value != nil && b.Value.VisitJSON(value) == nil {
			matching = append(matching, b)
		}
	}
	if len(matching) > 0 {
		return matching
	}
	return branches
}

// escapePointer escapes a JSON pointer reference token (RFC 6901).
func escapePointer(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// CheckJSON validates a decoded JSON value (as encoding/json decodes into
// an any) against a schema, strictly: every problem of the schema, and
// every property it does not declare ([UndeclaredFields]). For a request
// body (request), read-only properties are problems too. Messages are
// compact: a JSON pointer and the reason, without schema dumps.
func CheckJSON(schema *openapi3.SchemaRef, v any, request bool) error {
	if schema == nil || schema.Value == nil {
		return fmt.Errorf("no schema")
	}
	opt := openapi3.VisitAsResponse()
	if request {
		opt = openapi3.VisitAsRequest()
	}
	var problems []string
	if err := schema.Value.VisitJSON(v, opt, openapi3.MultiErrors()); err != nil {
		problems = append(problems, schemaProblems(err)...)
	}
	for _, p := range UndeclaredFields(schema, v) {
		problems = append(problems, fmt.Sprintf("property %q is not declared by the schema", p))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

// schemaProblems formats (multi) schema errors compactly.
func schemaProblems(err error) []string {
	var out []string
	switch e := err.(type) {
	case openapi3.MultiError:
		for _, sub := range e {
			out = append(out, schemaProblems(sub)...)
		}
	case *openapi3.SchemaError:
		out = append(out, compactSchemaError(e))
	default:
		out = append(out, err.Error())
	}
	return out
}
