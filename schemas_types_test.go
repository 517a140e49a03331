package benchling

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSchemaFieldDefinitionsDecode decodes one field definition of every
// field type into the struct of its kind, and a type no kind declares
// into *UnknownFieldDefinition with its common properties.
func TestSchemaFieldDefinitionsDecode(t *testing.T) {
	kinds := map[FieldType]string{}
	for _, ft := range []FieldType{FieldTypeText, FieldTypeLongText, FieldTypeBoolean, FieldTypeDate,
		FieldTypeDatetime, FieldTypeJSON, FieldTypeBlobLink, FieldTypeDnaSequenceLink, FieldTypeAaSequenceLink,
		FieldTypeCustomEntityLink, FieldTypeMixtureLink, FieldTypeMoleculeLink} {
		kinds[ft] = "*benchling.SimpleFieldDefinition"
	}
	for _, ft := range []FieldType{FieldTypeEntityLink, FieldTypeEntryLink, FieldTypeBatchLink, FieldTypeStorageLink,
		FieldTypePartLink, FieldTypeTranslationLink, FieldTypeAssayRequestLink, FieldTypeAssayResultLink, FieldTypeAssayRunLink} {
		kinds[ft] = "*benchling.SchemaLinkFieldDefinition"
	}
	kinds[FieldTypeInteger] = "*benchling.IntegerFieldDefinition"
	kinds[FieldTypeFloat] = "*benchling.FloatFieldDefinition"
	kinds[FieldTypeDropdown] = "*benchling.DropdownFieldDefinition"
	kinds[FieldTypeAaPartLink] = "*benchling.UnknownFieldDefinition" // in FieldType, in no kind
	kinds[FieldTypeBaseMoleculeLink] = "*benchling.UnknownFieldDefinition"
	kinds["spectrum"] = "*benchling.UnknownFieldDefinition" // a type this SDK does not know

	for ft, want := range kinds {
		raw := `[{"id":"tsf_1","name":"F","type":"` + string(ft) + `","isMulti":true,"isRequired":true,"archiveRecord":null}]`
		var defs SchemaFieldDefinitions
		if err := json.Unmarshal([]byte(raw), &defs); err != nil {
			t.Fatalf("%s: %v", ft, err)
		}
		if got := fmt.Sprintf("%T", defs[0]); got != want {
			t.Errorf("%s decodes into %s, want %s", ft, got, want)
		}
		if diff := cmp.Diff(&FieldDefinition{ID: "tsf_1", Name: "F", Type: ft, IsMulti: true, IsRequired: true}, defs[0].Definition()); diff != "" {
			t.Errorf("%s: Definition() (-want +got):\n%s", ft, diff)
		}
	}
}

// TestSchemaFieldDefinitionsRoundTrip decodes an entity schema with one
// field of each kind and encodes it back to the same JSON; an unknown
// kind's JSON, properties this SDK does not know included, comes back
// unchanged.
func TestSchemaFieldDefinitionsRoundTrip(t *testing.T) {
	in := `{"id":"ts_n4l12nf0","name":"Plasmid","type":"dna_sequence","prefix":"PLS","registryId":"src_ae40j3TZ",
	"containableType":"BATCH","modifiedAt":"2024-03-01T10:00:00.123456Z",
	"constraint":{"fieldDefinitionNames":["Copy Number"],"hasUniqueResidues":true},
	"nameTemplateParts":[{"type":"TEXT","text":"PLS-"},{"type":"FIELD","fieldId":"tsf_Qm3Lp0Z8"}],
	"archiveRecord":{"reason":"Retired"},
	"fieldDefinitions":[
	 {"id":"tsf_1","name":"Notes","type":"long_text","isMulti":false,"isRequired":false},
	 {"id":"tsf_2","name":"Copy Number","type":"integer","isRequired":true,"numericMin":1,"numericMax":500,
	  "unit":{"id":"unit_1","name":"copies","symbol":"c","unitTypeId":"qnty_1"}},
	 {"id":"tsf_3","name":"Yield","type":"float","decimalPrecision":2,"legalTextDropdownId":"sfso_1","numericMin":0},
	 {"id":"tsf_4","name":"Resistance","type":"dropdown","isMulti":true,"dropdownId":"sfso_2","archiveRecord":{"reason":"Made in error"}},
	 {"id":"tsf_5","name":"Backbone","type":"entity_link","schemaId":"ts_k2Hx9Vb1"},
	 {"id":"tsf_6","name":"Part","type":"aa_part_link","isMulti":true,"futureProperty":{"a":[1,2]}}]}`
	var s EntitySchema
	if err := json.Unmarshal([]byte(in), &s); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(&s)
	if err != nil {
		t.Fatal(err)
	}
	var want, got any
	_ = json.Unmarshal([]byte(in), &want)
	_ = json.Unmarshal(out, &got)
	// Response types omit zero values (isMulti: false) when encoding.
	dropFalse(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
	if f, ok := s.FieldDefinitions.Field("Resistance").(*DropdownFieldDefinition); !ok || *f.DropdownID != "sfso_2" || f.ArchiveRecord.Reason != "Made in error" {
		t.Errorf("Field(Resistance) = %#v", s.FieldDefinitions.Field("Resistance"))
	}
	if s.FieldDefinitions.Field("Nope") != nil {
		t.Error("Field of a missing name is not nil")
	}
	u, ok := s.FieldDefinitions.Field("Part").(*UnknownFieldDefinition)
	if !ok || !u.IsMulti || !strings.Contains(string(u.Raw), "futureProperty") {
		t.Errorf("unknown kind = %#v", s.FieldDefinitions.Field("Part"))
	}
	if (&s.Schema).Name != "Plasmid" || s.Schema.FieldDefinitions[1].(*IntegerFieldDefinition).Unit.Symbol != "c" {
		t.Errorf("the embedded Schema = %+v", s.Schema)
	}
}

// dropFalse deletes false and empty-list values from JSON objects.
func dropFalse(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == false {
				delete(x, k)
				continue
			}
			dropFalse(e)
		}
	case []any:
		for _, e := range x {
			dropFalse(e)
		}
	}
}

func TestSchemaFieldDefinitionsErrors(t *testing.T) {
	for _, raw := range []string{
		`[{"type":"integer","numericMin":"one"}]`, // a known kind that does not fit its struct
		`[{"type":"dropdown","dropdownId":7}]`,
		`{"type":"text"}`, // not a list
		`[7]`,
	} {
		var defs SchemaFieldDefinitions
		if err := json.Unmarshal([]byte(raw), &defs); err == nil {
			t.Errorf("%s decoded without an error: %#v", raw, defs)
		}
	}
	// An unknown kind whose common properties do not fit still decodes,
	// keeping its JSON.
	var defs SchemaFieldDefinitions
	if err := json.Unmarshal([]byte(`[{"type":"spectrum","isMulti":"sometimes"},{"name":"no type"}]`), &defs); err != nil {
		t.Fatal(err)
	}
	if u := defs[0].(*UnknownFieldDefinition); u.Type != "spectrum" || u.IsMulti || len(u.Raw) == 0 {
		t.Errorf("unknown kind = %#v", u)
	}
	if u := defs[1].(*UnknownFieldDefinition); u.Name != "no type" || u.Type != "" {
		t.Errorf("no type = %#v", u)
	}
	var null SchemaFieldDefinitions
	if err := json.Unmarshal([]byte(`null`), &null); err != nil || null != nil {
		t.Errorf("null = %#v, %v", null, err)
	}
	if _, err := json.Marshal(SchemaFieldDefinitions{nil}); err == nil {
		t.Error("a nil definition encoded without an error")
	}
	if _, err := json.Marshal(SchemaFieldDefinitions{&UnknownFieldDefinition{Raw: json.RawMessage(`{"broken`)}}); err == nil {
		t.Error("invalid Raw encoded without an error")
	}
	b, err := json.Marshal(SchemaFieldDefinitions{&UnknownFieldDefinition{FieldDefinition: FieldDefinition{Name: "Built", Type: "spectrum"}}})
	if err != nil || string(b) != `[{"name":"Built","type":"spectrum"}]` {
		t.Errorf("an UnknownFieldDefinition without Raw encodes as %s, %v", b, err)
	}
}

// TestSchemaKindsEmbedSchema checks that every schema type embeds Schema,
// so generic code can read any kind through it.
func TestSchemaKindsEmbedSchema(t *testing.T) {
	for _, v := range []any{EntitySchema{}, BatchSchema{}, BoxSchema{}, ContainerSchema{}, LocationSchema{},
		PlateSchema{}, EntrySchemaDetailed{}, RequestSchema{}, RequestTaskSchema{}, WorkflowTaskSchema{},
		WorkflowOutputSchema{}, AssayRunSchema{}, AssayResultSchema{}} {
		f, ok := reflect.TypeOf(v).FieldByName("Schema")
		if !ok || !f.Anonymous || f.Type != reflect.TypeFor[Schema]() {
			t.Errorf("%T does not embed Schema", v)
		}
	}
}
