package benchling

// Shapes the workflow tags share (Workflow Tasks, Workflow Outputs,
// Workflow Task Groups, Workflow Flowcharts): the summaries by which tasks,
// outputs and task groups name each other, and where an item came from.

// WorkflowTaskSummary names a workflow task.
type WorkflowTaskSummary struct {
	// DisplayID is the task's user-friendly ID, for example "PUR1-T1".
	DisplayID string `json:"displayId,omitempty"`
	// ID is the task's ID (wftask_...).
	ID string `json:"id,omitempty"`
}

// WorkflowOutputSummary names a workflow output.
type WorkflowOutputSummary struct {
	// DisplayID is the output's user-friendly ID.
	DisplayID string `json:"displayId,omitempty"`
	// ID is the output's ID (wfout_...).
	ID string `json:"id,omitempty"`
}

// WorkflowTaskGroupSummary names a workflow task group.
type WorkflowTaskGroupSummary struct {
	// DisplayID is the task group's user-friendly ID, for example "PUR1".
	DisplayID string `json:"displayId,omitempty"`
	// ID is the task group's ID (prs_...).
	ID string `json:"id,omitempty"`
	// Name is the task group's name.
	Name string `json:"name,omitempty"`
}

// WorkflowNodeTaskGroupSummary names a task group of a flowchart and the
// flowchart node it belongs to.
type WorkflowNodeTaskGroupSummary struct {
	// DisplayID is the task group's user-friendly ID.
	DisplayID string `json:"displayId,omitempty"`
	// ID is the task group's ID (prs_...).
	ID string `json:"id,omitempty"`
	// Name is the task group's name.
	Name string `json:"name,omitempty"`
	// NodeConfigID is the flowchart node the task group is associated with
	// (wffcnc_...).
	NodeConfigID string `json:"nodeConfigId,omitempty"`
}

// WorkflowTaskSchemaSummary names a workflow task schema (prstsch_...); it
// has SchemaSummary's shape.
type WorkflowTaskSchemaSummary = SchemaSummary

// CreationOrigin says where an item was created: by an app, in an entry,
// in a modal. Every member is null for items created directly.
type CreationOrigin struct {
	// Application is the app or Benchling feature the item was created by.
	Application *string `json:"application,omitempty"`
	// OriginID is the ID of the item it was created in (an entry, say).
	OriginID *string `json:"originId,omitempty"`
	// OriginModalUUID identifies the modal it was created in.
	OriginModalUUID *string `json:"originModalUuid,omitempty"`
	// OriginType is the kind of item OriginID names.
	OriginType *string `json:"originType,omitempty"`
}
