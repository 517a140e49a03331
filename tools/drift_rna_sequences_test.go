package tools

import "github.com/benchling-go/benchling"

// The RNA Sequences tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Annotations, parts, primers and
// translations are the DNA family's types (drift_dna_sequences_test.go
// checks them against their own schemas; RnaAnnotation and
// RnaSequencePart are aliases, checked here against the RNA schemas).
var _ = register(driftTable{
	Tag: "RNA Sequences",
	Models: []model{
		{Go: benchling.RnaSequence{}, Schema: "RnaSequence"},
		{Go: benchling.RnaAnnotation{}, Schema: "RnaAnnotation"},
		{Go: benchling.RnaSequencePart{}, Schema: "RnaSequencePart"},
		{Go: benchling.RnaSequenceCreate{}, Schema: "RnaSequenceCreate"},
		{Go: benchling.RnaSequenceBulkCreate{}, Schema: "RnaSequenceBulkCreate"},
		{Go: benchling.RnaSequenceUpdate{}, Schema: "RnaSequenceUpdate"},
		{Go: benchling.RnaSequenceBulkUpdate{}, Schema: "RnaSequenceBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.RnaSequencesArchive{}, Schema: "RnaSequencesArchive"},
		{Go: benchling.RnaSequencesArchivalChange{}, Schema: "RnaSequencesArchivalChange"},
		{Go: benchling.AutoAnnotateRnaSequences{}, Schema: "AutoAnnotateRnaSequences"},
		// Bodies that are one list are the methods' slice arguments; the
		// SDK's wrappers are unexported, mirrored here.
		{Go: struct {
			RnaSequenceIDs []string `json:"rnaSequenceIds"`
		}{}, Schema: "RnaSequencesUnarchive", Like: "mirrors the unexported body of Unarchive"},
		{Go: struct {
			RnaSequenceIDs []string `json:"rnaSequenceIds"`
		}{}, Schema: "AutofillRnaSequences", Like: "mirrors the unexported body of AutofillParts and AutofillTranslations"},
		{Go: struct {
			RnaSequences []*benchling.RnaSequenceBulkCreate `json:"rnaSequences,omitzero"`
		}{}, Schema: "RnaSequencesBulkCreateRequest", Like: "mirrors the unexported body of BulkCreate"},
		{Go: struct {
			RnaSequences []*benchling.RnaSequenceBulkUpdate `json:"rnaSequences,omitzero"`
		}{}, Schema: "RnaSequencesBulkUpdateRequest", Like: "mirrors the unexported body of BulkUpdate"},
		// The list envelopes decode with the key "rnaSequences".
		{Go: struct {
			RnaSequences []*benchling.RnaSequence `json:"rnaSequences"`
			NextToken    string                   `json:"nextToken"`
		}{}, Schema: "RnaSequencesPaginatedList", Like: "mirrors the unexported list envelope of List, MatchBases and SearchBases"},
		{Go: struct {
			RnaSequences []*benchling.RnaSequence `json:"rnaSequences"`
		}{}, Schema: "RnaSequencesBulkGet", Like: "mirrors the unexported bulk-get envelope"},
		{Go: benchling.RnaSequencesBulkCreateResult{}, Schema: "BulkCreateRnaSequencesAsyncTask", Path: []string{"response"}},
		{Go: benchling.RnaSequencesBulkUpdateResult{}, Schema: "BulkUpdateRnaSequencesAsyncTask", Path: []string{"response"}},
	},
	Queries: []queryOptions{
		{Op: "listRNASequences", Go: benchling.NucleotideListOptions{}},
		{Op: "getRNASequence", Go: benchling.NucleotideGetOptions{}},
		{Op: "bulkGetRNASequences", Go: benchling.RnaSequenceBulkGetOptions{}, Extra: []string{"rnaSequenceIds"}},
	},
})
