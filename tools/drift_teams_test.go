package tools

import "github.com/benchling-go/benchling"

// The Teams tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Membership, its bodies and its
// list envelope are in the Organizations table.
var _ = register(driftTable{
	Tag: "Teams",
	Models: []model{
		{Go: benchling.Team{}, Schema: "Team"},
		{Go: benchling.TeamCreate{}, Schema: "TeamCreate"},
		{Go: benchling.TeamUpdate{}, Schema: "TeamUpdate"},
	},
	Queries: []queryOptions{
		{Op: "listTeams", Go: benchling.TeamListOptions{}},
		{Op: "listTeamMemberships", Go: benchling.MembershipListOptions{}},
	},
	Exempt: map[string]string{
		"TeamsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
