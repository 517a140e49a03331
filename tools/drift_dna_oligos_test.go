package tools

import "github.com/benchling-go/benchling"

// The DNA Oligos tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Oligo is checked against
// DnaOligo, RnaOligo (drift_rna_oligos_test.go) and the deprecated tag's
// Oligo (drift_oligos_test.go); the upsert bodies are shared with RNA
// oligos.
var _ = register(driftTable{
	Tag: "DNA Oligos",
	Models: []model{
		{Go: benchling.DnaOligo{}, Schema: "DnaOligo"},
		{Go: benchling.DnaOligoCreate{}, Schema: "DnaOligoCreate"},
		{Go: benchling.DnaOligoUpdate{}, Schema: "DnaOligoUpdate"},
		{Go: benchling.DnaOligoBulkUpdate{}, Schema: "DnaOligoBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.OligoUpsertRequest{}, Schema: "OligoUpsertRequest"},
		{Go: benchling.OligoBulkUpsertRequest{}, Schema: "OligoBulkUpsertRequest"},
		{Go: benchling.DnaOligosArchive{}, Schema: "DnaOligosArchive"},
		{Go: benchling.DnaOligosArchivalChange{}, Schema: "DnaOligosArchivalChange"},
		{Go: struct {
			DnaOligoIDs []string `json:"dnaOligoIds"`
		}{}, Schema: "DnaOligosUnarchive", Like: "mirrors the unexported body of Unarchive"},
		{Go: struct {
			DnaOligos []*benchling.DnaOligoCreate `json:"dnaOligos,omitzero"`
		}{}, Schema: "DnaOligosBulkCreateRequest", Like: "mirrors the unexported body of BulkCreate"},
		{Go: struct {
			DnaOligos []*benchling.DnaOligoBulkUpdate `json:"dnaOligos,omitzero"`
		}{}, Schema: "DnaOligosBulkUpdateRequest", Like: "mirrors the unexported body of BulkUpdate"},
		{Go: struct {
			DnaOligos []*benchling.OligoBulkUpsertRequest `json:"dnaOligos"`
		}{}, Schema: "DnaOligosBulkUpsertRequest", Like: "mirrors the unexported body of BulkUpsert"},
		{Go: struct {
			DnaOligos []*benchling.DnaOligo `json:"dnaOligos"`
			NextToken string                `json:"nextToken"`
		}{}, Schema: "DnaOligosPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: benchling.DnaOligosBulkCreateResult{}, Schema: "BulkCreateDnaOligosAsyncTask", Path: []string{"response"}},
		{Go: benchling.DnaOligosBulkUpdateResult{}, Schema: "BulkUpdateDnaOligosAsyncTask", Path: []string{"response"}},
		// The bulk-upsert task has no schema of its own; its response has
		// the bulk-create task's shape.
		{Go: benchling.DnaOligosBulkUpsertResult{}, Schema: "BulkCreateDnaOligosAsyncTask", Path: []string{"response"},
			Like: "the bulk-upsert task's response, which the spec leaves undescribed"},
	},
	Exempt: map[string]string{
		"ArchiveRecordSet": "an upsert's archiveRecord, which may only be null: Nullable[ArchiveRecord] sends it",
	},
	Queries: []queryOptions{
		{Op: "listDNAOligos", Go: benchling.NucleotideListOptions{}},
		{Op: "getDNAOligo", Go: benchling.DnaOligoGetOptions{}},
		{Op: "bulkUpsertDNAOligos", Go: benchling.DnaOligoBulkUpsertOptions{}},
	},
})
