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
		{Go: benchling.DataFrameManifestItem{}, Schema: "DataFrameManifest", Path: []string{"manifest", "[]"}},
		{Go: benchling.DataFrameCreateManifestItem{}, Schema: "DataFrameCreateManifest", Path: []string{"manifest", "[]"},
			Allow: map[string]string{"fileName:omit": "a list item (DataFrameCreate.manifest[]), sent whole: CONTRIBUTING §2.1's item rule"}},
		{Go: benchling.DataFrameColumnTypeMetadataTarget{}, Schema: "DataFrameColumnTypeMetadata", Path: []string{"target"}},
	},
	Queries: []queryOptions{
		{Op: "getDataFrame", Go: benchling.DataFrameGetOptions{}},
	},
})
