package tools

import "github.com/benchling-go/benchling"

// The Connect tag: its request models (see drift_test.go for what is
// checked). The three responses are inline schemas of the operations,
// which a drift row cannot name (ConvertToASMResult, ConvertToCSVResult,
// AllotropyVendor); the unit tests round-trip the spec's fixtures of
// them, and the contract checks hold the fake's answers to the spec.
var _ = register(driftTable{
	Tag: "Connect",
	Models: []model{
		{Go: benchling.ConvertToASM{}, Schema: "ConvertToASM"},
		{Go: benchling.ConvertToCSV{}, Schema: "ConvertToCSV"},
	},
})
