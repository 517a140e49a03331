package tools

import "github.com/benchling-go/benchling"

// The Boxes tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Boxes",
	Models: []model{
		{Go: benchling.Box{}, Schema: "Box"},
		{Go: benchling.BoxCreate{}, Schema: "BoxCreate"},
		{Go: benchling.BoxUpdate{}, Schema: "BoxUpdate"},
		{Go: benchling.BoxesArchive{}, Schema: "BoxesArchive"},
		{Go: benchling.BoxesArchivalChange{}, Schema: "BoxesArchivalChange"},
		{Go: benchling.ContainerWithCoordinates{}, Schema: "ContainerWithCoordinates"},
		{Go: struct {
			BoxIDs []string `json:"boxIds"`
		}{}, Schema: "BoxesUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listBoxes", Go: benchling.BoxListOptions{}},
		{Op: "listBoxContents", Go: benchling.ContainerWithCoordinatesListOptions{}},
		{Op: "bulkGetBoxes", Go: benchling.BoxBulkGetOptions{}, Extra: []string{"boxIds"}},
	},
	Exempt: map[string]string{
		"BoxesPaginatedList":       "the list envelope: List returns its items (the unit tests round-trip it)",
		"BoxContentsPaginatedList": "the list envelope: ListContents returns its items (the unit tests round-trip it)",
		"BoxesBulkGet":             "the envelope of BulkGet: it returns the items",
	},
})
