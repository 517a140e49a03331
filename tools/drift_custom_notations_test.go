package tools

import "github.com/benchling-go/benchling"

// The Custom Notations tag (its one operation is listed under DNA Oligos
// and RNA Oligos too): its models and query options (see drift_test.go
// for what is checked).
var _ = register(driftTable{
	Tag: "Custom Notations",
	Models: []model{
		{Go: benchling.CustomNotation{}, Schema: "CustomNotation"},
		{Go: benchling.CustomNotationAlias{}, Schema: "CustomNotationAlias"},
		{Go: struct {
			CustomNotations []*benchling.CustomNotation `json:"customNotations"`
			NextToken       string                      `json:"nextToken"`
		}{}, Schema: "CustomNotationsPaginatedList", Like: "mirrors the unexported list envelope of List"},
	},
	Queries: []queryOptions{
		{Op: "listCustomNotations", Go: benchling.ListOptions{}},
	},
})
