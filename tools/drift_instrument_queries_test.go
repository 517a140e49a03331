package tools

import "github.com/benchling-go/benchling"

// The Instrument Queries tag: its model (see drift_test.go for what is
// checked).
var _ = register(driftTable{
	Tag: "Instrument Queries",
	Models: []model{
		{Go: benchling.InstrumentQuery{}, Schema: "InstrumentQuery"},
	},
})
