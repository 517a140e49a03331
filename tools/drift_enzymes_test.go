package tools

import "github.com/benchling-go/benchling"

// The Enzymes tag: its models and query options (see drift_test.go for
// what is checked).
var _ = register(driftTable{
	Tag: "Enzymes",
	Models: []model{
		{Go: benchling.Enzyme{}, Schema: "Enzyme"},
		{Go: struct {
			Enzymes   []*benchling.Enzyme `json:"enzymes"`
			NextToken string              `json:"nextToken"`
		}{}, Schema: "EnzymesPaginatedList", Like: "mirrors the unexported list envelope of List"},
	},
	Queries: []queryOptions{
		{Op: "listEnzymes", Go: benchling.CatalogListOptions{}},
	},
})
