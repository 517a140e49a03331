package benchling

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
)

// aaSeqDriftAllowed lists the known differences between the AA sequence
// models and the spec, as "Schema: property" (missing from the struct) or
// "Schema: +property" (in the struct but not the schema), with the reason.
var aaSeqDriftAllowed = map[string]string{
	// The schema spells the task response key with a capital A; its example
	// and every other bulk task use "aaSequences", and encoding/json decodes
	// either into the field tagged "aaSequences".
	"BulkUpdateAaSequencesAsyncTask.response: AaSequences":  "case-insensitive decoding covers the capitalised key",
	"BulkUpdateAaSequencesAsyncTask.response: +aaSequences": "the field keeps the casing of the example and the sibling tasks",
}

// aaSeqCheck fails on differences between the struct's JSON fields and the
// schema's properties that aaSeqDriftAllowed does not list.
func aaSeqCheck(t *testing.T, label string, missing, extra []string) {
	t.Helper()
	for _, m := range missing {
		if _, ok := aaSeqDriftAllowed[label+": "+m]; !ok {
			t.Errorf("%s: property %q of the spec has no struct field", label, m)
		}
	}
	for _, e := range extra {
		if _, ok := aaSeqDriftAllowed[label+": +"+e]; !ok {
			t.Errorf("%s: struct field %q is not in the spec", label, e)
		}
	}
}

// aaSeqTaskResponse returns the inline schema of the response property of
// a per-operation task schema (allOf [AsyncTask, {properties: {response}}]),
// not AsyncTask's free-form one.
func aaSeqTaskResponse(t *testing.T, spec *spectest.Spec, taskSchema string) *openapi3.SchemaRef {
	t.Helper()
	ref := spec.Doc.Components.Schemas[taskSchema]
	if ref == nil || ref.Value == nil {
		t.Fatalf("schema %s not found", taskSchema)
	}
	for _, m := range ref.Value.AllOf {
		// Skip AsyncTask's own free-form response.
		if r := m.Value.Properties["response"]; r != nil && r.Value != nil && len(r.Value.Properties) > 0 {
			return r
		}
	}
	t.Fatalf("schema %s has no response property", taskSchema)
	return nil
}

func TestAaSequencesDrift(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
	models := []struct {
		typ    any
		schema string
	}{
		{AaSequence{}, "AaSequence"},
		{AaAnnotation{}, "AaAnnotation"},
		{AaSequenceCreate{}, "AaSequenceCreate"},
		{AaSequenceCreate{}, "AaSequenceBulkCreate"},
		{AaSequenceUpdate{}, "AaSequenceUpdate"},
		{AaSequenceUpsert{}, "AaSequenceUpsert"},
		{AaSequenceUpsert{}, "AaSequenceBulkUpsertRequest"},
		{AaSequencesArchive{}, "AaSequencesArchive"},
		{AaSequencesUnarchive{}, "AaSequencesUnarchive"},
		{AaSequencesArchivalChange{}, "AaSequencesArchivalChange"},
		{AaSequencesBulkCreateRequest{}, "AaSequencesBulkCreateRequest"},
		{AaSequenceBulkUpdate{}, "AaSequenceBulkUpdate"},
		{AaSequencesBulkUpdateRequest{}, "AaSequencesBulkUpdateRequest"},
		{AaSequencesBulkUpsertRequest{}, "AaSequencesBulkUpsertRequest"},
		{AaSequencesBulkCreateResult{}, "AaSequencesBulkGet"}, // same {aaSequences} envelope
		{AutoAnnotateAaSequences{}, "AutoAnnotateAaSequences"},
		{BackTranslate{}, "BackTranslate"}, // CodonOptions is flattened
		{AaSequencesFindMatchingRegion{}, "AaSequencesFindMatchingRegion"},
		{AaSequencesMatchBases{}, "AaSequencesMatchBases"},   // ListOptions is flattened
		{AaSequencesSearchBases{}, "AaSequencesSearchBases"}, // ListOptions is flattened
		{ArchiveRecord{}, "ArchiveRecord"},
		{RegistrationOrigin{}, "RegistrationOrigin"},
		{SchemaSummary{}, "SchemaSummary"},
		{UserSummary{}, "UserSummary"},
		{AsyncTaskLink[AaSequencesBulkCreateResult]{}, "AsyncTaskLink"},
	}
	for _, m := range models {
		typ := reflect.TypeOf(m.typ)
		missing, extra, err := spec.CheckModel(typ, m.schema)
		if err != nil {
			t.Errorf("%s: %v", m.schema, err)
			continue
		}
		aaSeqCheck(t, m.schema, missing, extra)
	}

	// Task results are inline schemas under each task's response property.
	results := []struct {
		typ    any
		schema string
	}{
		{AaSequencesBulkCreateResult{}, "BulkCreateAaSequencesAsyncTask"},
		{AaSequencesBulkUpdateResult{}, "BulkUpdateAaSequencesAsyncTask"},
		{AaSequencesFindMatchingRegionsResult{}, "FindMatchingRegionsAsyncTask"},
		// BackTranslate has no task schema; its result has the shape of
		// the DNA bulk-create task's.
		{BackTranslateResult{}, "BulkCreateDnaSequencesAsyncTask"},
	}
	for _, r := range results {
		missing, extra := spectest.DiffFields(reflect.TypeOf(r.typ), aaSeqTaskResponse(t, spec, r.schema))
		aaSeqCheck(t, r.schema+".response", missing, extra)
	}
	items := aaSeqTaskResponse(t, spec, "FindMatchingRegionsAsyncTask").Value.Properties["aaSequenceMatches"].Value.Items
	missing, extra := spectest.DiffFields(reflect.TypeOf(AaSequenceMatchingRegions{}), items)
	aaSeqCheck(t, "FindMatchingRegionsAsyncTask.response.aaSequenceMatches[]", missing, extra)
}

// TestAaSequencesFixturesStrict checks every response fixture against its
// operation's response schema with no undeclared property allowed (setup
// uses the lenient check, which accepts invented fields).
func TestAaSequencesFixturesStrict(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available")
	}
	task := "GET /tasks/" + aaSeqTaskID
	cases := []struct {
		fixture, request string
		status           int
	}{
		{"get.json", "GET /aa-sequences/prtn_ObbdtGhC", 200},
		{"list_page1.json", "GET /aa-sequences", 200},
		{"list_page2.json", "POST /aa-sequences:search-amino-acids", 200},
		{"bulk_get.json", "GET /aa-sequences:bulk-get?aaSequenceIds=prtn_ObbdtGhC", 200},
		{"archival_change.json", "POST /aa-sequences:archive", 200},
		{"task_link.json", "POST /aa-sequences:bulk-create", 202},
		{"task_bulk_create.json", task, 200},
		{"task_bulk_update.json", task, 200},
		{"task_find_matching_regions.json", task, 200},
		{"task_back_translate.json", task, 200},
		{"task_empty.json", task, 200},
		{"task_failed.json", task, 200},
	}
	for _, c := range cases {
		method, target, _ := strings.Cut(c.request, " ")
		r := httptest.NewRequest(method, "http://example.com/api/v2"+target, nil)
		h := http.Header{"Content-Type": {"application/json"}}
		if err := spec.ValidateResponseStrict(r, c.status, h, fixture(t, "aa_sequences/"+c.fixture)); err != nil {
			t.Errorf("%s: %v", c.fixture, err)
		}
	}
}
