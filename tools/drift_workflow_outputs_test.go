package tools

import "github.com/benchling-go/benchling"

// The Workflow Outputs tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Workflow Outputs",
	Models: []model{
		{Go: benchling.WorkflowOutput{}, Schema: "WorkflowOutput"},
		{Go: benchling.WorkflowOutputCreate{}, Schema: "WorkflowOutputCreate"},
		{Go: benchling.WorkflowOutputBulkCreate{}, Schema: "WorkflowOutputBulkCreate"}, // an alias of WorkflowOutputCreate
		{Go: benchling.WorkflowOutputUpdate{}, Schema: "WorkflowOutputUpdate"},
		{Go: benchling.WorkflowOutputBulkUpdate{}, Schema: "WorkflowOutputBulkUpdate", Allow: map[string]string{
			"workflowOutputId:omit": "the spec leaves the item's workflowOutputId optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.WorkflowOutputsArchive{}, Schema: "WorkflowOutputsArchive"},
		{Go: benchling.WorkflowOutputsArchivalChange{}, Schema: "WorkflowOutputsArchivalChange"},
		{Go: struct {
			WorkflowOutputIDs []string `json:"workflowOutputIds"`
		}{}, Schema: "WorkflowOutputsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: benchling.AsyncTaskLink[benchling.WorkflowOutputsBulkCreateResult]{}, Schema: "AsyncTaskLink"},
		{Go: benchling.WorkflowOutputsBulkCreateResult{}, Schema: "WorkflowOutputsPaginatedList", Like: "the bulk-create task's response, a list of outputs",
			Allow: map[string]string{"nextToken": "a task's response is not paged"}},
		{Go: benchling.WorkflowOutputsBulkUpdateResult{}, Schema: "WorkflowOutputsPaginatedList", Like: "the bulk-update task's response, a list of outputs",
			Allow: map[string]string{"nextToken": "a task's response is not paged"}},
	},
	Queries: []queryOptions{
		{Op: "listWorkflowOutputs", Go: benchling.WorkflowOutputListOptions{}},
	},
	Exempt: map[string]string{
		"WorkflowOutputsBulkCreateRequest": singleListBody,
		"WorkflowOutputsBulkUpdateRequest": singleListBody,
	},
})
