package spectest

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// CheckModel compares the JSON field names of the Go struct type typ with
// the properties of the schema components.schemas[schemaName] and returns
// two sorted lists: properties the schema declares that the struct lacks
// (missing), and JSON names the struct has that the schema does not declare
// (extra).
//
// Struct fields are collected like encoding/json does: exported fields only,
// named by their json tag (or field name), fields tagged "-" skipped, and
// embedded structs without a json name flattened into the parent. Pointer
// types are dereferenced. Schema properties are the union of the schema's
// own properties and those of the schemas it combines with allOf
// (recursively). oneOf/anyOf branches are not included.
func (s *Spec) CheckModel(typ reflect.Type, schemaName string) (missing, extra []string, err error) {
	ref := s.Doc.Components.Schemas[schemaName]
	if ref == nil || ref.Value == nil {
		return nil, nil, fmt.Errorf("spectest: schema %q not found in components.schemas", schemaName)
	}
	return checkModel(typ, ref)
}

// CheckModelAt is CheckModel for a schema with no component name of its
// own (a task's response, a nested object, an array's items): it is found
// by following path from components.schemas[schemaName] (see SchemaAt).
func (s *Spec) CheckModelAt(typ reflect.Type, schemaName string, path ...string) (missing, extra []string, err error) {
	ref := SchemaAt(s.Doc.Components.Schemas[schemaName], path...)
	if ref == nil || ref.Value == nil {
		return nil, nil, fmt.Errorf("spectest: no schema at %s %v", schemaName, path)
	}
	return checkModel(typ, ref)
}

func checkModel(typ reflect.Type, ref *openapi3.SchemaRef) (missing, extra []string, err error) {
	for typ != nil && typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if typ == nil || typ.Kind() != reflect.Struct {
		return nil, nil, fmt.Errorf("spectest: CheckModel needs a struct type, got %v", typ)
	}
	missing, extra = DiffFields(typ, ref)
	return missing, extra, nil
}

// SchemaAt follows path from ref: each step is a property name, looked up
// in the schema and its allOf parts (the last part first, since
// per-operation schemas narrow their base's properties), "[]" for the
// items of an array, "{}" for the values of a map (additionalProperties),
// or "oneOf:N" (or "anyOf:N": the same, as Load turns
// some oneOfs into anyOfs, relax.go) for the N-th branch of a union,
// counted from 0, for an inline branch no component names. It returns nil
// when a step finds nothing.
func SchemaAt(ref *openapi3.SchemaRef, path ...string) *openapi3.SchemaRef {
	for _, step := range path {
		if ref == nil || ref.Value == nil {
			return nil
		}
		if step == "[]" {
			ref = ref.Value.Items
			continue
		}
		if step == "{}" {
			ref = ref.Value.AdditionalProperties.Schema
			continue
		}
		if kind, n, ok := strings.Cut(step, ":"); ok && (kind == "oneOf" || kind == "anyOf") {
			branches := ref.Value.OneOf
			if len(branches) == 0 {
				branches = ref.Value.AnyOf
			}
			i, err := strconv.Atoi(n)
			if err != nil || i < 0 || i >= len(branches) {
				return nil
			}
			ref = branches[i]
			continue
		}
		ref = property(ref, step)
	}
	return ref
}

func property(ref *openapi3.SchemaRef, name string) *openapi3.SchemaRef {
	if ref == nil || ref.Value == nil {
		return nil
	}
	for _, sub := range slices.Backward(ref.Value.AllOf) {
		if p := property(sub, name); p != nil {
			return p
		}
	}
	return ref.Value.Properties[name]
}

// DiffFields compares the JSON field names of struct type typ with the
// properties of ref: properties the struct lacks, and fields the schema
// does not declare.
func DiffFields(typ reflect.Type, ref *openapi3.SchemaRef) (missing, extra []string) {
	props := SchemaProperties(ref)
	fields := JSONFieldNames(typ)
	for _, p := range props {
		if !slices.Contains(fields, p) {
			missing = append(missing, p)
		}
	}
	for _, f := range fields {
		if !slices.Contains(props, f) {
			extra = append(extra, f)
		}
	}
	return missing, extra
}

// SchemaProperties returns the sorted names of the properties declared by
// the schema and, recursively, by the schemas it combines with allOf.
func SchemaProperties(ref *openapi3.SchemaRef) []string {
	set := make(map[string]bool)
	seen := make(map[*openapi3.Schema]bool)
	var rec func(*openapi3.SchemaRef)
	rec = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		seen[r.Value] = true
		for name := range r.Value.Properties {
			set[name] = true
		}
		for _, sub := range r.Value.AllOf {
			rec(sub)
		}
	}
	rec(ref)
	return sortedKeys(set)
}

// JSONFieldNames returns the sorted JSON names encoding/json would use for
// the fields of struct type typ (see [Spec.CheckModel]).
func JSONFieldNames(typ reflect.Type) []string {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	set := make(map[string]bool)
	collectFields(typ, set, map[reflect.Type]bool{})
	return sortedKeys(set)
}

func collectFields(typ reflect.Type, set map[string]bool, visiting map[reflect.Type]bool) {
	if visiting[typ] {
		return
	}
	visiting[typ] = true
	defer delete(visiting, typ)
	for i := range typ.NumField() {
		f := typ.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous {
			t := f.Type
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			if !f.IsExported() && t.Kind() != reflect.Struct {
				continue
			}
			if name == "" && t.Kind() == reflect.Struct {
				collectFields(t, set, visiting)
				continue
			}
		} else if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		set[name] = true
	}
}
