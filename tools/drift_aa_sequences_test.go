package tools

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// The AA Sequences tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "AA Sequences",
	Models: []model{
		{Go: benchling.AaSequence{}, Schema: "AaSequence"},
		{Go: benchling.AaAnnotation{}, Schema: "AaAnnotation"},
		{Go: benchling.AaSequenceCreate{}, Schema: "AaSequenceCreate"},
		{Go: benchling.AaSequenceBulkCreate{}, Schema: "AaSequenceBulkCreate"}, // an alias of AaSequenceCreate
		{Go: benchling.AaSequenceUpdate{}, Schema: "AaSequenceUpdate"},
		{Go: benchling.AaSequenceUpsert{}, Schema: "AaSequenceUpsert"},
		{Go: benchling.AaSequenceBulkUpsertRequest{}, Schema: "AaSequenceBulkUpsertRequest"}, // an alias of AaSequenceUpsert
		{Go: benchling.AaSequencesArchive{}, Schema: "AaSequencesArchive"},
		{Go: benchling.AaSequencesArchivalChange{}, Schema: "AaSequencesArchivalChange"},
		{Go: benchling.AaSequenceBulkUpdate{}, Schema: "AaSequenceBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.AaSequencesBulkCreateResult{}, Schema: "AaSequencesBulkGet", Like: "the same {aaSequences} envelope"},
		{Go: benchling.AutoAnnotateAaSequences{}, Schema: "AutoAnnotateAaSequences"},
		{Go: benchling.BackTranslate{}, Schema: "BackTranslate"}, // CodonOptions is flattened
		{Go: benchling.AaSequencesFindMatchingRegion{}, Schema: "AaSequencesFindMatchingRegion"},
		{Go: benchling.AaSequencesMatchBases{}, Schema: "AaSequencesMatchBases", Allow: listOptionsInBody},
		{Go: benchling.AaSequencesSearchBases{}, Schema: "AaSequencesSearchBases", Allow: listOptionsInBody},
		{Go: benchling.AsyncTaskLink[benchling.AaSequencesBulkCreateResult]{}, Schema: "AsyncTaskLink"},
		// Task results are inline schemas under each task's response.
		{Go: benchling.AaSequencesBulkCreateResult{}, Schema: "BulkCreateAaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.AaSequencesBulkUpdateResult{}, Schema: "BulkUpdateAaSequencesAsyncTask", Path: []string{"response"},
			Allow: map[string]string{
				// The schema spells the key with a capital A; its example
				// and every other bulk task use "aaSequences", and
				// encoding/json decodes either into the field.
				"AaSequences":  "case-insensitive decoding covers the capitalised key",
				"+aaSequences": "the field keeps the casing of the example and the sibling tasks",
			}},
		{Go: benchling.AaSequencesFindMatchingRegionsResult{}, Schema: "FindMatchingRegionsAsyncTask", Path: []string{"response"}},
		// BackTranslate has no task schema; its result has the shape of
		// the DNA bulk-create task's.
		{Go: benchling.AaSequencesBackTranslateResult{}, Schema: "BulkCreateDnaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.AaSequencesFindMatchingRegionsResultAaSequenceMatch{}, Schema: "FindMatchingRegionsAsyncTask", Path: []string{"response", "aaSequenceMatches", "[]"}},
	},
	Exempt: map[string]string{
		"AaSequencesPaginatedList":     "the list envelope: List, MatchAminoAcids and SearchAminoAcids return its items (the unit tests decode it)",
		"AaSequencesUnarchive":         singleListBody,
		"AaSequencesBulkCreateRequest": singleListBody,
		"AaSequencesBulkUpdateRequest": singleListBody,
		"AaSequencesBulkUpsertRequest": singleListBody,
	},
	Queries: []queryOptions{
		{Op: "getAASequence", Go: benchling.AaSequenceGetOptions{}},
		{Op: "listAASequences", Go: benchling.AaSequenceListOptions{}},
		{Op: "bulkGetAASequences", Go: benchling.AaSequenceBulkGetOptions{}, Extra: []string{"aaSequenceIds"}},
		{Op: "bulkUpsertAASequences", Go: benchling.AaSequenceBulkUpsertOptions{}},
	},
})

// TestAaSequencesFixturesStrict checks the AA sequence response fixtures
// under ../testdata/aa_sequences against their operations' response
// schemas, strictly, also those no unit test serves whole.
func TestAaSequencesFixturesStrict(t *testing.T) {
	spec := loadSpec(t)
	task := "GET /tasks/6f1c6a3e-1d5f-4b7a-9d8e-2c3b4a5d6e7f"
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
		if err := spec.ValidateResponseStrict(r, c.status, h, readRoot(t, "testdata", "aa_sequences", c.fixture)); err != nil {
			t.Errorf("%s: %v", c.fixture, err)
		}
	}
}
