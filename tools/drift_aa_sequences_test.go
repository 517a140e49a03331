package tools

import "github.com/benchling-go/benchling"

// The AA Sequences tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "AA Sequences",
	Models: []model{
		{Go: benchling.AaSequence{}, Schema: "AaSequence"},
		{Go: benchling.AaAnnotation{}, Schema: "AaAnnotation"},
		{Go: benchling.AaSequenceCreate{}, Schema: "AaSequenceCreate"},
		{Go: benchling.AaSequenceCreate{}, Schema: "AaSequenceBulkCreate", Like: "the bulk item has the single create's shape"},
		{Go: benchling.AaSequenceUpdate{}, Schema: "AaSequenceUpdate"},
		{Go: benchling.AaSequenceUpsert{}, Schema: "AaSequenceUpsert"},
		{Go: benchling.AaSequenceUpsert{}, Schema: "AaSequenceBulkUpsertRequest", Like: "the bulk item has the single upsert's shape"},
		{Go: benchling.AaSequencesArchive{}, Schema: "AaSequencesArchive"},
		{Go: benchling.AaSequencesUnarchive{}, Schema: "AaSequencesUnarchive"},
		{Go: benchling.AaSequencesArchivalChange{}, Schema: "AaSequencesArchivalChange"},
		{Go: benchling.AaSequencesBulkCreateRequest{}, Schema: "AaSequencesBulkCreateRequest"},
		{Go: benchling.AaSequenceBulkUpdate{}, Schema: "AaSequenceBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.AaSequencesBulkUpdateRequest{}, Schema: "AaSequencesBulkUpdateRequest"},
		{Go: benchling.AaSequencesBulkUpsertRequest{}, Schema: "AaSequencesBulkUpsertRequest"},
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
		{Go: benchling.BackTranslateResult{}, Schema: "BulkCreateDnaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.AaSequenceMatchingRegions{}, Schema: "FindMatchingRegionsAsyncTask", Path: []string{"response", "aaSequenceMatches", "[]"}},
	},
	Exempt: map[string]string{
		"AaSequencesPaginatedList": "the list envelope: List, MatchAminoAcids and SearchAminoAcids return its items (the unit tests decode it)",
	},
	Queries: []queryOptions{
		{Op: "listAASequences", Go: benchling.AaSequenceListOptions{}},
		{Op: "bulkGetAASequences", Go: benchling.AaSequenceBulkGetOptions{}, Extra: []string{"aaSequenceIds"}},
		{Op: "bulkUpsertAASequences", Go: benchling.AaSequenceBulkUpsertOptions{}},
	},
})
