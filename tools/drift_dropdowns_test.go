package tools

import "github.com/benchling-go/benchling"

// The Dropdowns tag: its models and exemptions (see drift_test.go for
// what is checked).
var _ = register(driftTable{
	Tag: "Dropdowns",
	Models: []model{
		{Go: benchling.Dropdown{}, Schema: "Dropdown"},
		{Go: benchling.DropdownSummary{}, Schema: "DropdownSummary"},
		{Go: benchling.DropdownOption{}, Schema: "DropdownOption"},
		{Go: benchling.DropdownCreate{}, Schema: "DropdownCreate"},
		{Go: benchling.DropdownOptionCreate{}, Schema: "DropdownOptionCreate"},
		{Go: benchling.DropdownOptionUpdate{}, Schema: "DropdownOptionUpdate"},
		{Go: benchling.DropdownOptionsArchive{}, Schema: "DropdownOptionsArchive"},
		{Go: benchling.DropdownOptionsArchivalChange{}, Schema: "DropdownOptionsArchivalChange"},
		{Go: struct {
			Options []benchling.DropdownOptionUpdate `json:"options"`
		}{}, Schema: "DropdownUpdate", Like: "mirrors the unexported body Update sends (it takes the options list, CONTRIBUTING §1.4)"},
		{Go: struct {
			DropdownOptionIDs []string `json:"dropdownOptionIds,omitzero"`
		}{}, Schema: "DropdownOptionsUnarchive", Like: "mirrors the unexported body UnarchiveOptions sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Exempt: map[string]string{
		"DropdownSummariesPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
