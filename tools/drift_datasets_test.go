package tools

import "github.com/benchling-go/benchling"

// The Datasets tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Datasets",
	Models: []model{
		{Go: benchling.Dataset{}, Schema: "Dataset"},
		{Go: benchling.DatasetCreate{}, Schema: "DatasetCreate"},
		{Go: benchling.DatasetUpdate{}, Schema: "DatasetUpdate"},
		{Go: benchling.DatasetsArchive{}, Schema: "DatasetsArchive"},
		{Go: benchling.DatasetsArchivalChange{}, Schema: "DatasetsArchivalChange"},
		{Go: struct {
			DatasetIDs []string `json:"datasetIds"`
		}{}, Schema: "DatasetsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listDatasets", Go: benchling.DatasetListOptions{}},
	},
	Exempt: map[string]string{
		"DatasetsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
