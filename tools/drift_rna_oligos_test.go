package tools

import "github.com/benchling-go/benchling"

// The RNA Oligos tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The create and update bodies are
// aliases of the DNA oligos' (checked here against the RNA schemas); the
// upsert bodies are shared, and checked in drift_dna_oligos_test.go.
var _ = register(driftTable{
	Tag: "RNA Oligos",
	Models: []model{
		{Go: benchling.RnaOligo{}, Schema: "RnaOligo"},
		{Go: benchling.RnaAnnotation{}, Schema: "RnaAnnotation"},
		{Go: benchling.RnaOligoCreate{}, Schema: "RnaOligoCreate"},
		{Go: benchling.RnaOligoUpdate{}, Schema: "RnaOligoUpdate"},
		{Go: benchling.RnaOligoBulkUpdate{}, Schema: "RnaOligoBulkUpdate", Allow: map[string]string{
			"id:omit": "the spec leaves the item's id optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.RnaOligosArchive{}, Schema: "RnaOligosArchive"},
		{Go: benchling.RnaOligosArchivalChange{}, Schema: "RnaOligosArchivalChange"},
		{Go: struct {
			RnaOligoIDs []string `json:"rnaOligoIds"`
		}{}, Schema: "RnaOligosUnarchive", Like: "mirrors the unexported body of Unarchive"},
		{Go: struct {
			RnaOligos []*benchling.RnaOligoCreate `json:"rnaOligos,omitzero"`
		}{}, Schema: "RnaOligosBulkCreateRequest", Like: "mirrors the unexported body of BulkCreate"},
		{Go: struct {
			RnaOligos []*benchling.RnaOligoBulkUpdate `json:"rnaOligos,omitzero"`
		}{}, Schema: "RnaOligosBulkUpdateRequest", Like: "mirrors the unexported body of BulkUpdate"},
		{Go: struct {
			RnaOligos []*benchling.OligoBulkUpsertRequest `json:"rnaOligos"`
		}{}, Schema: "RnaOligosBulkUpsertRequest", Like: "mirrors the unexported body of BulkUpsert"},
		{Go: struct {
			RnaOligos []*benchling.RnaOligo `json:"rnaOligos"`
			NextToken string                `json:"nextToken"`
		}{}, Schema: "RnaOligosPaginatedList", Like: "mirrors the unexported list envelope of List"},
		{Go: benchling.RnaOligosBulkCreateResult{}, Schema: "BulkCreateRnaOligosAsyncTask", Path: []string{"response"}},
		{Go: benchling.RnaOligosBulkUpdateResult{}, Schema: "BulkUpdateRnaOligosAsyncTask", Path: []string{"response"}},
		// The bulk-upsert task has no schema of its own; its response has
		// the bulk-create task's shape.
		{Go: benchling.RnaOligosBulkUpsertResult{}, Schema: "BulkCreateRnaOligosAsyncTask", Path: []string{"response"},
			Like: "the bulk-upsert task's response, which the spec leaves undescribed"},
	},
	Queries: []queryOptions{
		{Op: "listRNAOligos", Go: benchling.NucleotideListOptions{}},
		{Op: "getRNAOligo", Go: benchling.NucleotideGetOptions{}},
		{Op: "bulkUpsertRNAOligos", Go: benchling.RnaOligoBulkUpsertOptions{}},
	},
})
