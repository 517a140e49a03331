package tools

import "github.com/benchling-go/benchling"

// The Locations tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Locations",
	Models: []model{
		{Go: benchling.Location{}, Schema: "Location"},
		{Go: benchling.LocationCreate{}, Schema: "LocationCreate"},
		{Go: benchling.LocationUpdate{}, Schema: "LocationUpdate"},
		{Go: benchling.LocationsArchive{}, Schema: "LocationsArchive"},
		{Go: benchling.LocationsArchivalChange{}, Schema: "LocationsArchivalChange"},
		{Go: struct {
			LocationIDs []string `json:"locationIds"`
		}{}, Schema: "LocationsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listLocations", Go: benchling.LocationListOptions{}},
		{Op: "bulkGetLocations", Go: benchling.LocationBulkGetOptions{}, Extra: []string{"locationIds"}},
	},
	Exempt: map[string]string{
		"LocationsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
		"LocationsBulkGet":       "the envelope of BulkGet: it returns the items",
	},
})
