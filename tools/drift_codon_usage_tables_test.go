package tools

import "github.com/benchling-go/benchling"

// The Codon Usage Tables tag: its models and query options (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Codon Usage Tables",
	Models: []model{
		{Go: benchling.CodonUsageTable{}, Schema: "CodonUsageTable"},
		{Go: struct {
			CodonUsageTables []*benchling.CodonUsageTable `json:"codonUsageTables"`
			NextToken        string                       `json:"nextToken"`
		}{}, Schema: "CodonUsageTablesPaginatedList", Like: "mirrors the unexported list envelope of List"},
	},
	Queries: []queryOptions{
		{Op: "listCodonUsageTables", Go: benchling.CatalogListOptions{}},
	},
})
