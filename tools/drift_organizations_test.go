package tools

import "github.com/benchling-go/benchling"

// The Organizations tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The membership types serve the
// Teams tag too.
var _ = register(driftTable{
	Tag: "Organizations",
	Models: []model{
		{Go: benchling.Organization{}, Schema: "Organization"},
		{Go: benchling.OrganizationSummary{}, Schema: "OrganizationSummary"},
		{Go: benchling.Membership{}, Schema: "Membership"},
		{Go: benchling.MembershipCreate{}, Schema: "MembershipCreate"},
		{Go: benchling.MembershipUpdate{}, Schema: "MembershipUpdate"},
	},
	Queries: []queryOptions{
		{Op: "listOrganizations", Go: benchling.OrganizationListOptions{}},
		{Op: "listOrganizationMemberships", Go: benchling.MembershipListOptions{}},
	},
	Exempt: map[string]string{
		"OrganizationsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
		"MembershipsPaginatedList":   "the list envelope: ListMemberships returns its items (the unit tests round-trip it)",
	},
})
