package tools

import "github.com/benchling-go/benchling"

// codonShared is why the inline objects of the codon settings are not
// named <Parent><Property>: BackTranslate and OptimizeCodons declare the
// same ones, and one type (in CodonOptions) serves both (CONTRIBUTING.md
// §1.2, as for shared inline enums).
const codonShared = "BackTranslate and OptimizeCodons declare the same inline object; one shared type, in CodonOptions"

// The DNA Sequences tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "DNA Sequences",
	Models: []model{
		{Go: benchling.DnaSequence{}, Schema: "DnaSequence"},
		{Go: benchling.DnaAnnotation{}, Schema: "DnaAnnotation"},
		{Go: benchling.SequenceFeatureCustomField{}, Schema: "SequenceFeatureCustomField"},
		{Go: benchling.DnaSequencePart{}, Schema: "DnaSequencePart"},
		{Go: benchling.DnaSequenceTranscription{}, Schema: "DnaSequenceTranscription"},
		{Go: benchling.Primer{}, Schema: "Primer"},
		{Go: benchling.Translation{}, Schema: "Translation", Allow: map[string]string{
			"start:omit": "a translation is given by start and end or by regions: absent (regions) differs from 0 (the first base), so Start is a pointer",
			"end:omit":   "a translation is given by start and end or by regions: absent (regions) differs from 0 (the sequence's end), so End is a pointer",
		}},
		{Go: benchling.DnaSequenceCreate{}, Schema: "DnaSequenceCreate"},
		{Go: benchling.DnaSequenceBulkCreate{}, Schema: "DnaSequenceBulkCreate"},
		{Go: benchling.DnaSequenceUpdate{}, Schema: "DnaSequenceUpdate"},
		{Go: benchling.DnaSequenceUpsertRequest{}, Schema: "DnaSequenceUpsertRequest"},
		{Go: benchling.DnaSequenceBulkUpdate{}, Schema: "DnaSequenceBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.DnaSequenceBulkUpsertRequest{}, Schema: "DnaSequenceBulkUpsertRequest"},
		{Go: benchling.DnaSequencesArchive{}, Schema: "DnaSequencesArchive"},
		{Go: benchling.DnaSequencesArchivalChange{}, Schema: "DnaSequencesArchivalChange"},
		{Go: benchling.AutoAnnotateDnaSequences{}, Schema: "AutoAnnotateDnaSequences"},
		{Go: benchling.DnaSequencesFindMatchingRegion{}, Schema: "DnaSequencesFindMatchingRegion"},
		{Go: benchling.MatchBasesRequest{}, Schema: "MatchBasesRequest", Allow: listOptionsInBody},
		{Go: benchling.SearchBasesRequest{}, Schema: "SearchBasesRequest", Allow: listOptionsInBody},
		{Go: benchling.OptimizeCodons{}, Schema: "OptimizeCodons"},
		{Go: benchling.ReducedPattern{}, Schema: "ReducedPattern"},
		// The list envelopes of List, MatchBases, SearchBases and BulkGet
		// decode with the key "dnaSequences" (the SDK's envelopes are unexported).
		{Go: struct {
			DnaSequences []*benchling.DnaSequence `json:"dnaSequences"`
			NextToken    string                   `json:"nextToken"`
		}{}, Schema: "DnaSequencesPaginatedList", Like: "mirrors the unexported list envelope"},
		{Go: struct {
			DnaSequences []*benchling.DnaSequence `json:"dnaSequences"`
		}{}, Schema: "DnaSequencesBulkGet", Like: "mirrors the unexported bulk-get envelope"},
		// Inline schemas (task responses, nested objects), by their path.
		{Go: benchling.DnaSequencesBulkCreateResult{}, Schema: "BulkCreateDnaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.DnaSequencesBulkUpdateResult{}, Schema: "BulkUpdateDnaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.DnaSequencesFindMatchingRegionsResult{}, Schema: "FindMatchingRegionsDnaAsyncTask", Path: []string{"response"}},
		{Go: benchling.DnaSequencesFindMatchingRegionsResultDnaSequenceMatch{}, Schema: "FindMatchingRegionsDnaAsyncTask", Path: []string{"response", "dnaSequenceMatches", "[]"}},
		{Go: benchling.TranslationRegion{}, Schema: "Translation", Path: []string{"regions", "[]"}},
		{Go: benchling.GCContentRange{}, Schema: "OptimizeCodons", Path: []string{"gcContentRange"}, Like: codonShared},
		{Go: benchling.HairpinParameters{}, Schema: "OptimizeCodons", Path: []string{"hairpinParameters"}, Like: codonShared},
		{Go: benchling.GCContentRange{}, Schema: "BackTranslate", Path: []string{"gcContentRange"}, Like: codonShared},
		{Go: benchling.HairpinParameters{}, Schema: "BackTranslate", Path: []string{"hairpinParameters"}, Like: codonShared},
	},
	Exempt: map[string]string{
		"DnaSequencesUnarchive":         singleListBody,
		"DnaSequencesBulkCreateRequest": singleListBody,
		"DnaSequencesBulkUpdateRequest": singleListBody,
		"DnaSequencesBulkUpsertRequest": singleListBody,
		"AutofillSequences":             singleListBody,
	},
	Queries: []queryOptions{
		{Op: "getDNASequence", Go: benchling.DnaSequenceGetOptions{}},
		{Op: "listDNASequences", Go: benchling.DnaSequenceListOptions{}},
		{Op: "bulkGetDNASequences", Go: benchling.DnaSequenceBulkGetOptions{}, Extra: []string{"dnaSequenceIds"}},
		{Op: "bulkUpsertDnaSequences", Go: benchling.DnaSequenceBulkUpsertOptions{}},
	},
})
