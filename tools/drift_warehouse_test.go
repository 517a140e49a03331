package tools

import "github.com/benchling-go/benchling"

// The Warehouse tag (createWarehouseCredentials): its models (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Warehouse",
	Models: []model{
		{Go: benchling.WarehouseCredentialsCreate{}, Schema: "WarehouseCredentialsCreate"},
		{Go: benchling.WarehouseCredentials{}, Schema: "WarehouseCredentials"},
	},
})
