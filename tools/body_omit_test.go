package tools

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/getkin/kin-openapi/openapi3"
)

// requestBodies are the create, update and upsert bodies of the services
// and the items of their bulk forms (the single-list wrappers are
// unexported: the methods take the slice), with their spec schemas. top marks a body whose scalar fields are checked too; for the
// item types nested in bodies (annotations, parts, ...), which are also
// response types, only lists and maps are.
var requestBodies = []struct {
	v      any
	schema string
	top    bool
}{
	{benchling.UserCreate{}, "UserCreate", true},
	{benchling.UserUpdate{}, "UserUpdate", true},
	{benchling.UserBulkUpdate{}, "UserBulkUpdate", true},
	{benchling.AaSequenceCreate{}, "AaSequenceCreate", true},
	{benchling.AaSequenceBulkCreate{}, "AaSequenceBulkCreate", true},
	{benchling.AaSequenceUpdate{}, "AaSequenceUpdate", true},
	{benchling.AaSequenceBulkUpdate{}, "AaSequenceBulkUpdate", true},
	{benchling.AaSequenceUpsert{}, "AaSequenceUpsert", true},
	{benchling.AaSequenceBulkUpsertRequest{}, "AaSequenceBulkUpsertRequest", true},
	{benchling.AaAnnotation{}, "AaAnnotation", false},
	{benchling.DnaSequenceCreate{}, "DnaSequenceCreate", true},
	{benchling.DnaSequenceCreate{}, "DnaSequenceBulkCreate", true},
	{benchling.DnaSequenceUpdate{}, "DnaSequenceUpdate", true},
	{benchling.DnaSequenceBulkUpdate{}, "DnaSequenceBulkUpdate", true},
	{benchling.DnaSequenceUpsertRequest{}, "DnaSequenceUpsertRequest", true},
	{benchling.DnaSequenceBulkUpsertRequest{}, "DnaSequenceBulkUpsertRequest", true},
	{benchling.DnaAnnotation{}, "DnaAnnotation", false},
	{benchling.DnaSequencePart{}, "DnaSequencePart", false},
	{benchling.Primer{}, "Primer", false},
	{benchling.Translation{}, "Translation", false},
	{benchling.EntryCreate{}, "EntryCreate", true},
	{benchling.InitialTable{}, "InitialTable", false},
	{benchling.EntryUpdate{}, "EntryUpdate", true},
	{benchling.EntryTemplateUpdate{}, "EntryTemplateUpdate", true},
}

// bodyOmitExceptions are fields that break the rule on purpose, as
// "Schema.property", with the reason.
var bodyOmitExceptions = map[string]string{
	"AaSequenceBulkUpdate.id":  "the spec leaves it out of required, but an item without its ID cannot be applied: always sent",
	"DnaSequenceBulkUpdate.id": "the spec leaves it out of required, but an item without its ID cannot be applied: always sent",
}

// flatSchema returns the properties and required names of a schema,
// through allOf.
func flatSchema(ref *openapi3.SchemaRef) (map[string]*openapi3.SchemaRef, map[string]bool) {
	props, req := map[string]*openapi3.SchemaRef{}, map[string]bool{}
	if ref == nil || ref.Value == nil {
		return props, req
	}
	for _, part := range ref.Value.AllOf {
		p, r := flatSchema(part)
		for k, v := range p {
			props[k] = v
		}
		for k := range r {
			req[k] = true
		}
	}
	for k, v := range ref.Value.Properties {
		props[k] = v
	}
	for _, k := range ref.Value.Required {
		req[k] = true
	}
	return props, req
}

// marshalKeys marshals v (a struct value) and returns its top-level keys.
func marshalKeys(t *testing.T, v reflect.Value) map[string]json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v.Interface())
	if err != nil {
		t.Fatalf("marshal %s: %v", v.Type(), err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s marshals to %s: %v", v.Type(), b, err)
	}
	return m
}

// TestRequestBodiesOmitByTheRule marshals every create, update and upsert
// body of the SDK (moved here from the root module, as it reads the spec;
// CONTRIBUTING.md §2.1): an optional list or map is sent when it is
// empty (which clears it) and not when it is nil; a required one is
// always sent; an optional scalar is a pointer, sent when set (to any
// value, the zero value included) and not when nil, or an enum value not
// sent when empty; a required scalar is always sent; a Nullable is sent
// (as null) only when set.
func TestRequestBodiesOmitByTheRule(t *testing.T) {
	spec := loadSpec(t)
	for _, body := range requestBodies {
		typ := reflect.TypeOf(body.v)
		ref := spec.Doc.Components.Schemas[body.schema]
		if ref == nil {
			t.Fatalf("schema %s not found", body.schema)
		}
		props, required := flatSchema(ref)
		for _, f := range reflect.VisibleFields(typ) {
			tag, ok := f.Tag.Lookup("json")
			if !ok || f.Anonymous || !f.IsExported() || tag == "-" {
				continue
			}
			name := strings.Split(tag, ",")[0]
			label := body.schema + "." + name
			if _, ok := props[name]; !ok {
				continue // the drift tests report fields the schema lacks
			}
			if _, ok := bodyOmitExceptions[label]; ok {
				continue
			}
			req := required[name]
			v := reflect.New(typ).Elem()
			field := v.FieldByIndex(f.Index)
			sent := func() (json.RawMessage, bool) {
				raw, ok := marshalKeys(t, v)[name]
				return raw, ok
			}
			isNullable := strings.HasPrefix(f.Type.Name(), "Nullable[")
			switch k := f.Type.Kind(); {
			case isNullable:
				if _, ok := sent(); ok {
					t.Errorf("%s: an unset Nullable is sent", label)
				}
				if err := json.Unmarshal([]byte("null"), field.Addr().Interface()); err != nil {
					t.Fatal(err)
				}
				if raw, ok := sent(); !ok || string(raw) != "null" {
					t.Errorf("%s: a null Nullable is sent as %s (sent: %v)", label, raw, ok)
				}
			case k == reflect.Slice || k == reflect.Map:
				if _, ok := sent(); ok != req {
					t.Errorf("%s: a nil %s is sent: %v; want %v (required: %v)", label, f.Type, ok, req, req)
				}
				if k == reflect.Slice {
					field.Set(reflect.MakeSlice(f.Type, 0, 0))
				} else {
					field.Set(reflect.MakeMap(f.Type))
				}
				if raw, ok := sent(); !ok || (string(raw) != "[]" && string(raw) != "{}") {
					t.Errorf("%s: an empty %s is sent as %s (sent: %v); want it sent, as it clears the value", label, f.Type, raw, ok)
				}
			case !body.top:
			case k == reflect.Pointer && f.Type.Elem().Kind() != reflect.Struct:
				if _, ok := sent(); ok {
					t.Errorf("%s: a nil %s is sent", label, f.Type)
				}
				field.Set(reflect.New(f.Type.Elem()))
				if _, ok := sent(); !ok {
					t.Errorf("%s: a pointer to the zero value is not sent", label)
				}
			case k == reflect.String || k == reflect.Bool || k == reflect.Int || k == reflect.Float64:
				_, ok := sent()
				enum := k == reflect.String && f.Type.PkgPath() != ""
				switch {
				case req && !ok:
					t.Errorf("%s: required, but the zero value is not sent", label)
				case !req && !enum:
					t.Errorf("%s: optional %s as a value; want a pointer with omitempty", label, f.Type)
				case !req && ok:
					t.Errorf("%s: an empty optional enum is sent", label)
				}
			}
		}
	}
}
