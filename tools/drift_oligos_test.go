package tools

import "github.com/benchling-go/benchling"

// The Oligos tag (deprecated but for bulk-get): its models, query
// options and exemptions (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Oligos",
	Models: []model{
		{Go: benchling.Oligo{}, Schema: "Oligo", Allow: map[string]string{
			"+annotations":        "of the DnaOligo and RnaOligo branches, which the discriminator resolves every Oligo to",
			"+helm":               "of the DnaOligo and RnaOligo branches",
			"+customNotation":     "of the DnaOligo and RnaOligo branches",
			"+customNotationName": "of the DnaOligo and RnaOligo branches",
		}},
		{Go: benchling.OligoCreate{}, Schema: "OligoCreate"},
		{Go: benchling.OligoUpdate{}, Schema: "OligoUpdate"},
		{Go: benchling.OligosArchive{}, Schema: "OligosArchive"},
		{Go: benchling.OligosArchivalChange{}, Schema: "OligosArchivalChange"},
		{Go: struct {
			OligoIDs []string `json:"oligoIds"`
		}{}, Schema: "OligosUnarchive", Like: "mirrors the unexported body of Unarchive"},
		{Go: struct {
			Oligos []*benchling.OligoCreate `json:"oligos,omitzero"`
		}{}, Schema: "OligosBulkCreateRequest", Like: "mirrors the unexported body of BulkCreate"},
		{Go: struct {
			Oligos    []*benchling.Oligo `json:"oligos"`
			NextToken string             `json:"nextToken"`
		}{}, Schema: "OligosPaginatedList", Like: "mirrors the unexported list envelope of List"},
		// The bulk-get's items are anyOf DnaOligo | RnaOligo, one shape:
		// one struct decodes both.
		{Go: struct {
			Oligos []*benchling.Oligo `json:"oligos"`
		}{}, Schema: "OligosBulkGet", Like: "mirrors the unexported bulk-get envelope"},
		// The deprecated bulk-create task has no schema of its own: it
		// creates DNA oligos, under the request's key.
		{Go: benchling.OligosBulkCreateResult{}, Schema: "OligosBulkGet", Like: "the bulk-create task's response, which the spec leaves undescribed: a list of oligos under oligos"},
	},
	Queries: []queryOptions{
		{Op: "listOligos", Go: benchling.OligoListOptions{}},
		{Op: "getOligo", Go: benchling.OligoGetOptions{}},
		{Op: "bulkGetOligos", Go: benchling.OligoBulkGetOptions{}, Extra: []string{"oligoIds"}},
	},
})
