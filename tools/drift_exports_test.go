package tools

import "github.com/benchling-go/benchling"

// The Exports tag: its models (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Exports",
	Models: []model{
		{Go: benchling.ExportItemRequest{}, Schema: "ExportItemRequest"},
		{Go: benchling.ExportsCreateResult{}, Schema: "ExportsAsyncTask", Path: []string{"response"}},
	},
})
