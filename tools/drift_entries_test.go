package tools

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/benchling-go/benchling"
)

// The Entries tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Entries",
	Models: []model{
		{Go: benchling.Entry{}, Schema: "Entry"},
		{Go: benchling.EntryDay{}, Schema: "EntryDay"},
		{Go: benchling.EntrySchema{}, Schema: "EntrySchema"},
		{Go: benchling.ReviewChange{}, Schema: "ReviewChange"},
		{Go: benchling.ReviewSnapshot{}, Schema: "ReviewSnapshot"},
		{Go: benchling.EntryReviewProcess{}, Schema: "EntryReviewProcess"},
		{Go: benchling.EntryCreate{}, Schema: "EntryCreate"},
		{Go: benchling.InitialTable{}, Schema: "InitialTable"},
		{Go: benchling.EntryUpdate{}, Schema: "EntryUpdate"},
		{Go: benchling.EntriesArchive{}, Schema: "EntriesArchive"},
		{Go: benchling.EntriesArchivalChange{}, Schema: "EntriesArchivalChange"},
		{Go: benchling.EntryExternalFile{}, Schema: "EntryExternalFile"},
		{Go: struct {
			Entry benchling.Entry `json:"entry"`
		}{}, Schema: "EntryById", Like: "mirrors the unexported envelope Get decodes"},
		{Go: struct {
			ExternalFile benchling.EntryExternalFile `json:"externalFile"`
		}{}, Schema: "EntryExternalFileById", Like: "mirrors the unexported envelope GetExternalFile decodes"},
		{Go: benchling.EntryTemplate{}, Schema: "EntryTemplate"},
		{Go: benchling.EntryTemplateDay{}, Schema: "EntryTemplateDay"},
		{Go: benchling.EntryTemplateUpdate{}, Schema: "EntryTemplateUpdate"},
		{Go: benchling.EntryLink{}, Schema: "EntryLink"},
		{Go: benchling.EntryTable{}, Schema: "EntryTable"},
		{Go: benchling.EntryTableRow{}, Schema: "EntryTableRow"},
		{Go: benchling.EntryTableCell{}, Schema: "EntryTableCell"},
		{Go: benchling.StructuredTableAPIIdentifiers{}, Schema: "StructuredTableApiIdentifiers"},
		{Go: benchling.StructuredTableColumnInfo{}, Schema: "StructuredTableColumnInfo"},
		{Go: benchling.SimpleNotePart{}, Schema: "SimpleNotePart"},
		{Go: benchling.CheckboxNotePart{}, Schema: "CheckboxNotePart"},
		{Go: benchling.TableNotePart{}, Schema: "TableNotePart"},
		{Go: benchling.TextBoxNotePart{}, Schema: "TextBoxNotePart"},
		{Go: benchling.ExternalFileNotePart{}, Schema: "ExternalFileNotePart"},
		{Go: benchling.AssayRunNotePart{}, Schema: "AssayRunNotePart"},
		{Go: benchling.ChartNotePart{}, Schema: "ChartNotePart"},
		{Go: benchling.AppCanvasNotePart{}, Schema: "AppCanvasNotePart"},
		{Go: benchling.ResultsTableNotePart{}, Schema: "ResultsTableNotePart"},
		{Go: benchling.RegistrationTableNotePart{}, Schema: "RegistrationTableNotePart"},
		{Go: benchling.LookupTableNotePart{}, Schema: "LookupTableNotePart"},
		{Go: benchling.PlateCreationTableNotePart{}, Schema: "PlateCreationTableNotePart"},
		{Go: benchling.BoxCreationTableNotePart{}, Schema: "BoxCreationTableNotePart"},
		{Go: benchling.MixturePrepTableNotePart{}, Schema: "MixturePrepTableNotePart"},
		{Go: benchling.InventoryContainerTableNotePart{}, Schema: "InventoryContainerTableNotePart"},
		{Go: benchling.InventoryPlateTableNotePart{}, Schema: "InventoryPlateTableNotePart"},
		// Inline objects, by their path.
		{Go: benchling.EntryReviewRecord{}, Schema: "Entry", Path: []string{"reviewRecord"}},
		{Go: benchling.EntryReviewProcessStage{}, Schema: "EntryReviewProcess", Path: []string{"stages", "[]"}},
		{Go: benchling.EntryReviewProcessStageReviewer{}, Schema: "EntryReviewProcess", Path: []string{"stages", "[]", "reviewers", "[]"}},
		{Go: benchling.ChartNotePartChart{}, Schema: "ChartNotePart", Path: []string{"chart"}},
	},
	Exempt: map[string]string{
		"EntriesPaginatedList":        "the list envelope: List returns its items (the unit tests decode it)",
		"EntryTemplatesPaginatedList": "the list envelope: ListTemplates returns its items (the unit tests decode it)",
		"Entries":                     "the bulk-get envelope: BulkGet returns its items (the unit tests decode it)",
		"EntriesUnarchive":            singleListBody,
	},
	Queries: []queryOptions{
		{Op: "listEntries", Go: benchling.EntryListOptions{}},
		{Op: "bulkGetEntries", Go: benchling.EntryBulkGetOptions{}, Extra: []string{"entryIds"}},
		{Op: "listEntryTemplates", Go: benchling.EntryTemplateListOptions{}},
	},
})

// TestEntriesNoteKindsMatchSpec checks that every kind of EntryNotePart's
// discriminator mapping decodes into the struct named after the schema the
// spec maps it to, and reports its kind.
func TestEntriesNoteKindsMatchSpec(t *testing.T) {
	spec := loadSpec(t)
	d := spec.Doc.Components.Schemas["EntryNotePart"].Value.Discriminator
	if d == nil || d.PropertyName != "type" || len(d.Mapping) == 0 {
		t.Fatalf("EntryNotePart has no type discriminator")
	}
	for kind, ref := range d.Mapping {
		var parts benchling.EntryNoteParts
		if err := json.Unmarshal([]byte(`[{"type":"`+kind+`"}]`), &parts); err != nil || len(parts) != 1 {
			t.Errorf("kind %q: %v", kind, err)
			continue
		}
		typ := reflect.TypeOf(parts[0]).Elem()
		if want := "#/components/schemas/" + typ.Name(); ref.Ref != want {
			t.Errorf("kind %q decodes into %v, the spec maps it to %s", kind, typ, ref.Ref)
		}
		if got := parts[0].NoteType(); got != benchling.EntryNoteType(kind) {
			t.Errorf("%v.NoteType() = %q, want %q", typ, got, kind)
		}
	}
}
