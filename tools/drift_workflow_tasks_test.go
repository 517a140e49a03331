package tools

import "github.com/benchling-go/benchling"

// The Workflow Tasks tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The summaries and CreationOrigin
// the workflow tags share are here.
var _ = register(driftTable{
	Tag: "Workflow Tasks",
	Models: []model{
		{Go: benchling.WorkflowTask{}, Schema: "WorkflowTask"},
		{Go: benchling.WorkflowTaskSummary{}, Schema: "WorkflowTaskSummary"},
		{Go: benchling.WorkflowOutputSummary{}, Schema: "WorkflowOutputSummary"},
		{Go: benchling.WorkflowTaskGroupSummary{}, Schema: "WorkflowTaskGroupSummary"},
		{Go: benchling.WorkflowTaskSchemaSummary{}, Schema: "WorkflowTaskSchemaSummary"}, // an alias of SchemaSummary
		{Go: benchling.CreationOrigin{}, Schema: "CreationOrigin"},
		{Go: benchling.WorkflowTaskExecutionOrigin{}, Schema: "WorkflowTaskExecutionOrigin"},
		{Go: benchling.WorkflowTaskCreate{}, Schema: "WorkflowTaskCreate"},
		{Go: benchling.WorkflowTaskBulkCreate{}, Schema: "WorkflowTaskBulkCreate"}, // an alias of WorkflowTaskCreate
		{Go: benchling.WorkflowTaskUpdate{}, Schema: "WorkflowTaskUpdate"},
		{Go: benchling.WorkflowTaskBulkUpdate{}, Schema: "WorkflowTaskBulkUpdate", Allow: map[string]string{
			"workflowTaskId:omit": "the spec leaves the item's workflowTaskId optional, but an item is matched by it: always sent",
		}},
		{Go: benchling.WorkflowTasksArchive{}, Schema: "WorkflowTasksArchive"},
		{Go: benchling.WorkflowTasksArchivalChange{}, Schema: "WorkflowTasksArchivalChange"},
		{Go: struct {
			WorkflowTaskIDs []string `json:"workflowTaskIds"`
		}{}, Schema: "WorkflowTasksUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: benchling.AsyncTaskLink[benchling.WorkflowTasksBulkCreateResult]{}, Schema: "AsyncTaskLink"},
		// The spec declares no task schemas for the bulk operations; their
		// results are the {workflowTasks} envelope of the list.
		{Go: benchling.WorkflowTasksBulkCreateResult{}, Schema: "WorkflowTasksPaginatedList", Like: "the bulk-create task's response, a list of tasks",
			Allow: map[string]string{"nextToken": "a task's response is not paged"}},
		{Go: benchling.WorkflowTasksBulkUpdateResult{}, Schema: "WorkflowTasksPaginatedList", Like: "the bulk-update task's response, a list of tasks",
			Allow: map[string]string{"nextToken": "a task's response is not paged"}},
		{Go: benchling.WorkflowTasksBulkCopyResult{}, Schema: "WorkflowTasksPaginatedList", Like: "the bulk-copy task's response, a list of tasks",
			Allow: map[string]string{"nextToken": "a task's response is not paged"}},
	},
	Queries: []queryOptions{
		{Op: "listWorkflowTasks", Go: benchling.WorkflowTaskListOptions{}},
	},
	Exempt: map[string]string{
		"WorkflowTasksBulkCopyRequest":   singleListBody,
		"WorkflowTasksBulkCreateRequest": singleListBody,
		"WorkflowTasksBulkUpdateRequest": singleListBody,
	},
})
