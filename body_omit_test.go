package benchling

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// requestBodies are the create, update and upsert bodies of the services
// (and the list-holding wrappers of their bulk forms), with their spec
// schemas. top marks a body whose scalar fields are checked too; for the
// item types nested in bodies (annotations, parts, ...), which are also
// response types, only lists and maps are.
var requestBodies = []struct {
	v      any
	schema string
	top    bool
}{
	{UserCreate{}, "UserCreate", true},
	{UserUpdate{}, "UserUpdate", true},
	{UserBulkUpdate{}, "UserBulkUpdate", true},
	{UserBulkCreateRequest{}, "UserBulkCreateRequest", true},
	{UserBulkUpdateRequest{}, "UserBulkUpdateRequest", true},
	{AaSequenceCreate{}, "AaSequenceCreate", true},
	{AaSequenceCreate{}, "AaSequenceBulkCreate", true},
	{AaSequenceUpdate{}, "AaSequenceUpdate", true},
	{AaSequenceBulkUpdate{}, "AaSequenceBulkUpdate", true},
	{AaSequenceUpsert{}, "AaSequenceUpsert", true},
	{AaSequenceUpsert{}, "AaSequenceBulkUpsertRequest", true},
	{AaSequencesBulkCreateRequest{}, "AaSequencesBulkCreateRequest", true},
	{AaSequencesBulkUpdateRequest{}, "AaSequencesBulkUpdateRequest", true},
	{AaSequencesBulkUpsertRequest{}, "AaSequencesBulkUpsertRequest", true},
	{AaAnnotation{}, "AaAnnotation", false},
	{DnaSequenceCreate{}, "DnaSequenceCreate", true},
	{DnaSequenceCreate{}, "DnaSequenceBulkCreate", true},
	{DnaSequenceUpdate{}, "DnaSequenceUpdate", true},
	{DnaSequenceBulkUpdate{}, "DnaSequenceBulkUpdate", true},
	{DnaSequenceUpsertRequest{}, "DnaSequenceUpsertRequest", true},
	{DnaSequenceBulkUpsertRequest{}, "DnaSequenceBulkUpsertRequest", true},
	{DnaSequencesBulkCreateRequest{}, "DnaSequencesBulkCreateRequest", true},
	{DnaSequencesBulkUpdateRequest{}, "DnaSequencesBulkUpdateRequest", true},
	{DnaSequencesBulkUpsertRequest{}, "DnaSequencesBulkUpsertRequest", true},
	{DnaAnnotation{}, "DnaAnnotation", false},
	{SequenceFeatureBase{}, "SequenceFeatureBase", false},
	{DnaSequencePart{}, "DnaSequencePart", false},
	{Primer{}, "Primer", false},
	{Translation{}, "Translation", false},
	{EntryCreate{}, "EntryCreate", true},
	{InitialTable{}, "InitialTable", true},
	{EntryUpdate{}, "EntryUpdate", true},
	{EntryTemplateUpdate{}, "EntryTemplateUpdate", true},
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
// body (CONTRIBUTING.md §2.1): an optional list or map is sent when it is
// empty (which clears it) and not when it is nil; a required one is
// always sent; an optional scalar is a pointer, sent when set (to any
// value, the zero value included) and not when nil, or an enum value not
// sent when empty; a required scalar is always sent; a Nullable is sent
// (as null) only when set.
func TestRequestBodiesOmitByTheRule(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
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

// The reproducer: a DNA upsert with empty lists clears the
// sequence's aliases, authors, parts and translations (the lists are
// sent), and one with nil lists leaves them alone (they are not).
func TestDnaUpsertSendsEmptyLists(t *testing.T) {
	env := setup(t)
	var bodies []map[string]json.RawMessage
	env.mux.HandleFunc("PATCH /dna-sequences/{id}", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			t.Errorf("body: %v", err)
		}
		bodies = append(bodies, m)
		serveJSON(t, http.MethodPatch, http.StatusOK, fixture(t, "dna_sequences/get.json"))(w, r)
	})
	base := DnaSequenceUpsertRequest{RegistryID: "src_1", Name: "pUC19", SchemaID: "ts_1", Bases: "ACGT"}
	clear := base
	clear.Aliases, clear.AuthorIDs, clear.Parts, clear.Translations = []string{}, []string{}, []DnaSequencePart{}, []Translation{}
	clear.Fields, clear.CustomFields = Fields{}, CustomFields{}
	for _, req := range []DnaSequenceUpsertRequest{clear, base} {
		if _, _, err := env.client.DnaSequences.Upsert(testCtx(t), "DNA001", &req); err != nil {
			t.Fatal(err)
		}
	}
	lists := []string{"aliases", "authorIds", "parts", "translations", "fields", "customFields"}
	for _, k := range lists {
		if raw, ok := bodies[0][k]; !ok || (string(raw) != "[]" && string(raw) != "{}") {
			t.Errorf("empty %s: sent %s (%v), want it sent empty", k, raw, ok)
		}
		if _, ok := bodies[1][k]; ok {
			t.Errorf("nil %s is sent", k)
		}
	}
}
