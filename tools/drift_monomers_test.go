package tools

import "github.com/benchling-go/benchling"

// The Monomers tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Monomers",
	Models: []model{
		{Go: benchling.Monomer{}, Schema: "Monomer"},
		{Go: benchling.MonomerCreate{}, Schema: "MonomerCreate"},
		{Go: benchling.MonomerUpdate{}, Schema: "MonomerUpdate"},
		{Go: benchling.MonomersArchive{}, Schema: "MonomersArchive"},
		{Go: benchling.MonomersArchivalChange{}, Schema: "MonomersArchivalChange"},
	},
	Exempt: map[string]string{
		"MonomersUnarchive":     singleListBody,
		"MonomersPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
	Queries: []queryOptions{
		{Op: "listMonomers", Go: benchling.MonomerListOptions{}},
		{Op: "createMonomer", Go: benchling.MonomerCreateOptions{}},
		{Op: "updateMonomer", Go: benchling.MonomerUpdateOptions{}},
	},
})
