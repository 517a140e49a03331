package benchling

import (
	"reflect"
	"testing"

	"github.com/benchling-go/benchling/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// entriesAllowedDrift lists properties that may differ between a model and
// its schema, by "Type.property", each with its reason.
var entriesAllowedDrift = map[string]string{
	// None: every Entries model has exactly its schema's properties.
}

// TestEntriesDrift checks every Entries model struct, note parts included,
// against its schema in the spec.
func TestEntriesDrift(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
	models := []struct {
		v      any
		schema string
	}{
		// Entries.
		{Entry{}, "Entry"},
		{EntryDay{}, "EntryDay"},
		{EntrySchema{}, "EntrySchema"},
		{ReviewChange{}, "ReviewChange"},
		{ReviewSnapshot{}, "ReviewSnapshot"},
		{EntryReviewProcess{}, "EntryReviewProcess"},
		{EntryCreate{}, "EntryCreate"},
		{InitialTable{}, "InitialTable"},
		{EntryUpdate{}, "EntryUpdate"},
		{EntriesArchive{}, "EntriesArchive"},
		{EntriesUnarchive{}, "EntriesUnarchive"},
		{EntriesArchivalChange{}, "EntriesArchivalChange"},
		{EntryExternalFile{}, "EntryExternalFile"},
		{entryEnvelope{}, "EntryById"},
		{externalFileEnvelope{}, "EntryExternalFileById"},
		// Templates.
		{EntryTemplate{}, "EntryTemplate"},
		{EntryTemplateDay{}, "EntryTemplateDay"},
		{EntryTemplateUpdate{}, "EntryTemplateUpdate"},
		// Notes.
		{EntryLink{}, "EntryLink"},
		{EntryTable{}, "EntryTable"},
		{EntryTableRow{}, "EntryTableRow"},
		{EntryTableCell{}, "EntryTableCell"},
		{StructuredTableApiIdentifiers{}, "StructuredTableApiIdentifiers"},
		{StructuredTableColumnInfo{}, "StructuredTableColumnInfo"},
		{SimpleNotePart{}, "SimpleNotePart"},
		{CheckboxNotePart{}, "CheckboxNotePart"},
		{TableNotePart{}, "TableNotePart"},
		{TextBoxNotePart{}, "TextBoxNotePart"},
		{ExternalFileNotePart{}, "ExternalFileNotePart"},
		{AssayRunNotePart{}, "AssayRunNotePart"},
		{ChartNotePart{}, "ChartNotePart"},
		{AppCanvasNotePart{}, "AppCanvasNotePart"},
		{ResultsTableNotePart{}, "ResultsTableNotePart"},
		{RegistrationTableNotePart{}, "RegistrationTableNotePart"},
		{LookupTableNotePart{}, "LookupTableNotePart"},
		{PlateCreationTableNotePart{}, "PlateCreationTableNotePart"},
		{BoxCreationTableNotePart{}, "BoxCreationTableNotePart"},
		{MixturePrepTableNotePart{}, "MixturePrepTableNotePart"},
		{InventoryContainerTableNotePart{}, "InventoryContainerTableNotePart"},
		{InventoryPlateTableNotePart{}, "InventoryPlateTableNotePart"},
	}
	for _, m := range models {
		typ := reflect.TypeOf(m.v)
		t.Run(typ.Name(), func(t *testing.T) {
			missing, extra, err := spec.CheckModel(typ, m.schema)
			if err != nil {
				t.Fatal(err)
			}
			entriesReportDrift(t, typ.Name(), m.schema, missing, extra)
		})
	}

	// Inline objects have no schema name: find them by their path.
	schemas := spec.Doc.Components.Schemas
	inline := []struct {
		v    any
		path string
		ref  *openapi3.SchemaRef
	}{
		{EntryReviewRecord{}, "Entry.reviewRecord",
			entriesProp(t, schemas["Entry"], "reviewRecord")},
		{EntryReviewProcessStage{}, "EntryReviewProcess.stages[]",
			entriesItems(t, entriesProp(t, schemas["EntryReviewProcess"], "stages"))},
		{EntryReviewProcessStageReviewer{}, "EntryReviewProcess.stages[].reviewers[]",
			entriesItems(t, entriesProp(t, entriesItems(t, entriesProp(t, schemas["EntryReviewProcess"], "stages")), "reviewers"))},
		{ChartNotePartChart{}, "ChartNotePart.chart",
			entriesProp(t, schemas["ChartNotePart"], "chart")},
	}
	for _, m := range inline {
		typ := reflect.TypeOf(m.v)
		t.Run(typ.Name(), func(t *testing.T) {
			missing, extra := spectest.DiffFields(typ, m.ref)
			entriesReportDrift(t, typ.Name(), m.path, missing, extra)
		})
	}
}

func entriesReportDrift(t *testing.T, typ, schema string, missing, extra []string) {
	t.Helper()
	for _, p := range missing {
		if _, ok := entriesAllowedDrift[typ+"."+p]; !ok {
			t.Errorf("%s lacks property %q of %s", typ, p, schema)
		}
	}
	for _, p := range extra {
		if _, ok := entriesAllowedDrift[typ+"."+p]; !ok {
			t.Errorf("%s has %q, which %s does not declare", typ, p, schema)
		}
	}
}

// entriesProp returns the schema of property name of ref, looking through
// allOf as the spec composes schemas.
func entriesProp(t *testing.T, ref *openapi3.SchemaRef, name string) *openapi3.SchemaRef {
	t.Helper()
	if ref == nil || ref.Value == nil {
		t.Fatalf("no schema to look up %q in", name)
	}
	if p := ref.Value.Properties[name]; p != nil {
		return p
	}
	for _, sub := range ref.Value.AllOf {
		if sub.Value != nil && sub.Value.Properties[name] != nil {
			return sub.Value.Properties[name]
		}
	}
	t.Fatalf("property %q not found", name)
	return nil
}

// entriesItems returns the item schema of an array schema.
func entriesItems(t *testing.T, ref *openapi3.SchemaRef) *openapi3.SchemaRef {
	t.Helper()
	if ref == nil || ref.Value == nil || ref.Value.Items == nil {
		t.Fatal("not an array schema")
	}
	return ref.Value.Items
}
