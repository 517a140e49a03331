package tools

import "github.com/benchling-go/benchling"

// The Data Frames tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Data Frames",
	Models: []model{
		{Go: benchling.DataFrame{}, Schema: "DataFrame"},
		{Go: benchling.DataFrameColumnMetadata{}, Schema: "DataFrameColumnMetadata"},
		{Go: benchling.DataFrameColumnTypeMetadata{}, Schema: "DataFrameColumnTypeMetadata"},
		{Go: benchling.DataFrameCreate{}, Schema: "DataFrameCreate"},
		{Go: benchling.DataFrameUpdate{}, Schema: "DataFrameUpdate"},
		// Inline objects, by their path.
		{Go: benchling.DataFrameManifestManifest{}, Schema: "DataFrameManifest", Path: []string{"manifest", "[]"}},
		{Go: benchling.DataFrameCreateManifestManifest{}, Schema: "DataFrameCreateManifest", Path: []string{"manifest", "[]"}},
		{Go: benchling.DataFrameColumnTypeMetadataTarget{}, Schema: "DataFrameColumnTypeMetadata", Path: []string{"target"}},
	},
	Queries: []queryOptions{
		{Op: "getDataFrame", Go: benchling.DataFrameGetOptions{}},
	},
})
