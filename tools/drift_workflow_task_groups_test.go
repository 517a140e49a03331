package tools

import "github.com/benchling-go/benchling"

// The Workflow Task Groups tag: its models, query options and exemptions
// (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Workflow Task Groups",
	Models: []model{
		{Go: benchling.WorkflowTaskGroup{}, Schema: "WorkflowTaskGroup"},
		{Go: benchling.WorkflowNodeTaskGroupSummary{}, Schema: "WorkflowNodeTaskGroupSummary"},
		{Go: benchling.WorkflowTaskGroupCreate{}, Schema: "WorkflowTaskGroupCreate"},
		{Go: benchling.WorkflowTaskGroupUpdate{}, Schema: "WorkflowTaskGroupUpdate"},
		{Go: benchling.WorkflowTaskGroupsArchive{}, Schema: "WorkflowTaskGroupsArchive"},
		{Go: benchling.WorkflowTaskGroupsArchivalChange{}, Schema: "WorkflowTaskGroupsArchivalChange"},
		{Go: struct {
			WorkflowTaskGroupIDs []string `json:"workflowTaskGroupIds"`
		}{}, Schema: "WorkflowTaskGroupsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
	},
	Queries: []queryOptions{
		{Op: "listWorkflowTaskGroups", Go: benchling.WorkflowTaskGroupListOptions{}},
	},
	Exempt: map[string]string{
		"WorkflowTaskGroupsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})
