package benchling

// Shapes the workflow tags share (Workflow Tasks, Workflow Outputs,
// Workflow Task Groups, Workflow Flowcharts): the summaries by which tasks,
// outputs and task groups name each other, where an item came from, and
// the filters their lists share.

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

// WorkflowListFilters are the filters that the lists of workflow task
// groups, workflow tasks and workflow outputs take alike: IDs and display
// IDs, task schema, watchers and responsible team (of the task group),
// name, creator, modification time and archive state.
// WorkflowTaskGroupListOptions, WorkflowTaskListOptions and
// WorkflowOutputListOptions embed it beside ListOptions (the lists of
// tasks and outputs also beside WorkflowItemListFilters) and the filters
// of their list alone, so that code that searches any of them builds the
// filters once:
//
//	f := benchling.WorkflowListFilters{SchemaID: "prstsch_1", ResponsibleTeamIDs: []string{"team_1"}}
//	tasks, _, err := client.WorkflowTasks.List(ctx, &benchling.WorkflowTaskListOptions{WorkflowListFilters: f})
//
// A field can also be set by assignment, as the list's own:
// opts.SchemaID = "prstsch_1". All filters are optional; list filters take
// at most 100 values.
type WorkflowListFilters struct {
	// IDs restricts the list to these task groups, tasks or outputs.
	IDs []string `url:"ids,comma,omitempty"`
	// SchemaID restricts the list to the items of this workflow task
	// schema (prstsch_...; the task groups list takes several,
	// comma-separated; for outputs, the schema of their task, as the spec
	// says, though the output schema's ID is what their fields belong
	// to, and the fake tenant takes either); required with the
	// SchemaFields of WorkflowItemListFilters.
	SchemaID string `url:"schemaId,omitempty"`
	// WatcherIDs restricts the list to the items whose task group these
	// users watch; "null" stands for task groups nobody watches.
	WatcherIDs []string `url:"watcherIds,comma,omitempty"`
	// ResponsibleTeamIDs restricts the list to the items whose task group
	// one of these teams is responsible for; "null" stands for none.
	ResponsibleTeamIDs []string `url:"responsibleTeamIds,comma,omitempty"`
	// Name restricts the list to the items with exactly this name (a
	// task's or output's name is its display ID).
	Name string `url:"name,omitempty"`
	// NameIncludes restricts the list to the items whose name contains
	// this.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// CreatorIDs restricts the list to the items created by these users.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// ModifiedAt filters by modification time, e.g. "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// DisplayIDs restricts the list to the items with these display IDs.
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
}

// WorkflowItemListFilters are the filters that the lists of workflow
// tasks and workflow outputs (the items of task groups that have schema
// fields) take alike besides WorkflowListFilters: task group, schema field
// values and the items the fields link to. WorkflowTaskListOptions and
// WorkflowOutputListOptions embed both:
//
//	opts := &benchling.WorkflowOutputListOptions{
//		WorkflowItemListFilters: benchling.WorkflowItemListFilters{LinkedItemIDsAnyOf: []string{"bfi_1"}},
//	}
//
// or, by assignment, opts.LinkedItemIDsAnyOf = []string{"bfi_1"}. All
// filters are optional; list filters take at most 100 values.
type WorkflowItemListFilters struct {
	// WorkflowTaskGroupIDs restricts the list to the tasks or outputs of
	// these task groups.
	WorkflowTaskGroupIDs []string `url:"workflowTaskGroupIds,comma,omitempty"`
	// LinkedItemIDsAnyOf restricts the list to the items whose schema
	// fields link to at least one of these entities or storables (at most
	// 100).
	LinkedItemIDsAnyOf []string `url:"linkedItemIds.anyOf,comma,omitempty"`
	// LinkedItemIDsAllOf restricts the list to the items whose schema
	// fields link to all of these items.
	LinkedItemIDsAllOf []string `url:"linkedItemIds.allOf,comma,omitempty"`
	// LinkedItemIDsNoneOf restricts the list to the items whose schema
	// fields link to none of these items.
	LinkedItemIDsNoneOf []string `url:"linkedItemIds.noneOf,comma,omitempty"`
	// SchemaFields filter by schema field values; they need the SchemaID
	// of WorkflowListFilters.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
}

// WorkflowItemBase is what workflow tasks and workflow outputs have alike
// (the responses WorkflowTask and WorkflowOutput embed it): identity,
// display ID, fields, times, creation origin, archive record, task group
// and their place in a flowchart. Its fields read as the item's own
// (task.DisplayID, out.Fields); code that handles both kinds takes the
// *WorkflowItemBase.
type WorkflowItemBase struct {
	// ArchiveRecord says why the item was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the item was created. The spec types it as a
	// plain string (its example is RFC 3339) with no format, so it is
	// kept as text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, item.CreatedAt).
	CreatedAt string `json:"createdAt,omitempty"`
	// CreationOrigin says where the item was created.
	CreationOrigin CreationOrigin `json:"creationOrigin,omitzero"`
	// DisplayID is the item's user-friendly ID.
	DisplayID string `json:"displayId,omitempty"`
	// Fields are the item's fields: a task's, of its task schema; an
	// output's, of its task schema's output schema.
	Fields Fields `json:"fields,omitempty"`
	// ID is the item's ID (wftask_... or wfout_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the item was last modified, as text like
	// CreatedAt: time.Parse(time.RFC3339Nano, item.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// NextOutputs are the outputs of the flowchart this item generates.
	NextOutputs []WorkflowOutputSummary `json:"nextOutputs,omitempty"`
	// NextTasks are the downstream tasks of the flowchart this item
	// generates.
	NextTasks []WorkflowTaskSummary `json:"nextTasks,omitempty"`
	// SourceOutputs are the outputs of the flowchart the item was
	// generated from.
	SourceOutputs []WorkflowOutputSummary `json:"sourceOutputs,omitempty"`
	// SourceTasks are the tasks of the flowchart the item was generated
	// from.
	SourceTasks []WorkflowTaskSummary `json:"sourceTasks,omitempty"`
	// WebURL is the item's page in Benchling.
	WebURL string `json:"webURL,omitempty"`
	// WorkflowTaskGroup is the task group the item belongs to.
	WorkflowTaskGroup WorkflowTaskGroupSummary `json:"workflowTaskGroup,omitzero"`
}
