package tools

import "github.com/benchling-go/benchling"

// The Plates tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Plates",
	Models: []model{
		{Go: benchling.Plate{}, Schema: "Plate"},
		{Go: benchling.Well{}, Schema: "Well"},
		{Go: benchling.PlateCreate{}, Schema: "PlateCreate"},
		{Go: benchling.PlateCreateWell{}, Schema: "PlateCreate", Path: []string{"wells", "{}"}},
		{Go: benchling.PlateUpdate{}, Schema: "PlateUpdate"},
		{Go: benchling.PlatesArchive{}, Schema: "PlatesArchive"},
		{Go: benchling.PlatesArchivalChange{}, Schema: "PlatesArchivalChange"},
		{Go: struct {
			PlateIDs []string `json:"plateIds"`
		}{}, Schema: "PlatesUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "getPlate", Go: benchling.PlateGetOptions{}},
		{Op: "createPlate", Go: benchling.PlateCreateOptions{}},
		{Op: "updatePlate", Go: benchling.PlateUpdateOptions{}},
		{Op: "listPlates", Go: benchling.PlateListOptions{}},
		{Op: "bulkGetPlates", Go: benchling.PlateBulkGetOptions{}, Extra: []string{"plateIds"}},
	},
	Exempt: map[string]string{
		"PlatesPaginatedList":        "the list envelope: List returns its items (the unit tests round-trip it)",
		"PlatesBulkGet":              "the envelope of BulkGet: it returns the items",
		"WellOrInaccessibleResource": "the values of Plate.Wells (benchling.PlateWells, a map that decodes each by its resourceType into *Well or *InaccessibleResource, which have their rows)",
	},
})
