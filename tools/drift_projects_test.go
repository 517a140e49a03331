package tools

import "github.com/benchling-go/benchling"

// The Projects tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Project.owner is anyOf Organization
// and UserSummary, which have the same properties; benchling.UserSummary
// holds either, and the Organizations and shared tables check both.
var _ = register(driftTable{
	Tag: "Projects",
	Models: []model{
		{Go: benchling.Project{}, Schema: "Project"},
		{Go: benchling.ProjectsArchive{}, Schema: "ProjectsArchive"},
		{Go: benchling.ProjectsArchivalChange{}, Schema: "ProjectsArchivalChange"},
		{Go: struct {
			ProjectIDs []string `json:"projectIds"`
		}{}, Schema: "ProjectsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listProjects", Go: benchling.ProjectListOptions{}},
	},
	Exempt: map[string]string{
		"ProjectsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
