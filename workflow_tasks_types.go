package benchling

import (
	"strings"
)

// WorkflowTask is a workflow task: one unit of work of a task group, with
// the fields of its schema, a status from the schema's status lifecycle,
// an assignee and a scheduled date.
//
// Its fields ArchiveRecord, CreatedAt, CreationOrigin, DisplayID, Fields,
// ID, ModifiedAt, NextOutputs, NextTasks, SourceOutputs, SourceTasks, WebURL
// and WorkflowTaskGroup are in the embedded WorkflowItemBase.
type WorkflowTask struct {
	WorkflowItemBase

	// Assignee is the user the task is assigned to; nil when unassigned.
	Assignee *UserSummary `json:"assignee,omitempty"`
	// ClonedFrom is the task this one was copied from (Copy, BulkCopy); nil
	// for a task that is not a copy.
	ClonedFrom *WorkflowTaskSummary `json:"clonedFrom,omitempty"`
	// Creator is the user who created the task.
	Creator UserSummary `json:"creator,omitzero"`
	// ExecutionFlowchartID is the flowchart the task executes (wffc_...);
	// set only when ExecutionType is WorkflowTaskSchemaExecutionTypeFlowchart.
	ExecutionFlowchartID string `json:"executionFlowchartId,omitempty"`
	// ExecutionOrigin says where the task was executed; nil when it has
	// not been.
	ExecutionOrigin *WorkflowTaskExecutionOrigin `json:"executionOrigin,omitempty"`
	// ExecutionType is how the task is executed, from its schema.
	ExecutionType WorkflowTaskSchemaExecutionType `json:"executionType,omitempty"`
	// Outputs are the task's outputs (WorkflowOutputsService).
	Outputs []WorkflowOutputSummary `json:"outputs,omitempty"`
	// ResponsibleParties are the users and teams responsible for the task.
	ResponsibleParties []UserSummary `json:"responsibleParties,omitempty"`
	// RootTask is the task at the root of the task's flowchart; nil when
	// the task is not part of a flowchart.
	RootTask *WorkflowTaskSummary `json:"rootTask,omitempty"`
	// ScheduledOn is the date the task is scheduled for (YYYY-MM-DD); nil
	// when it is not scheduled.
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// Schema is the task's workflow task schema.
	Schema WorkflowTaskSchemaSummary `json:"schema,omitzero"`
	// Status is the task's status, one of its schema's status lifecycle
	// (WorkflowTaskSchema.StatusLifecycle).
	Status WorkflowTaskStatus `json:"status,omitzero"`
	// WorkflowOutputs are the outputs of the task's task group.
	WorkflowOutputs []WorkflowOutputSummary `json:"workflowOutputs,omitempty"`
}

// WorkflowTaskExecutionOrigin says where a workflow task was executed.
type WorkflowTaskExecutionOrigin struct {
	// EntryID is the entry the task was executed in, if any.
	EntryID *string `json:"entryId,omitempty"`
	// OriginModalUUID identifies the modal the task was executed in, if
	// any.
	OriginModalUUID *string `json:"originModalUuid,omitempty"`
	// Type is the kind of place the task was executed in.
	Type WorkflowTaskExecutionOriginType `json:"type,omitempty"`
}

// WorkflowTaskExecutionOriginType is the kind of place a workflow task was
// executed in.
type WorkflowTaskExecutionOriginType string

// Execution origin types the spec declares.
const (
	WorkflowTaskExecutionOriginTypeAPI   WorkflowTaskExecutionOriginType = "API"
	WorkflowTaskExecutionOriginTypeEntry WorkflowTaskExecutionOriginType = "ENTRY"
	WorkflowTaskExecutionOriginTypeModal WorkflowTaskExecutionOriginType = "MODAL"
)

// WorkflowTaskCreate is the body of Create: a new task of a task group;
// its schema is the group's.
type WorkflowTaskCreate struct {
	// AssigneeID is the user to assign the task to.
	AssigneeID *string `json:"assigneeId,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ScheduledOn is the date to schedule the task for (YYYY-MM-DD).
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// WorkflowTaskGroupID is the task group to create the task in
	// (prs_...).
	WorkflowTaskGroupID string `json:"workflowTaskGroupId"`
}

// WorkflowTaskBulkCreate is one item of BulkCreate and CreateMany: the
// spec's WorkflowTaskBulkCreate, which has WorkflowTaskCreate's shape.
type WorkflowTaskBulkCreate = WorkflowTaskCreate

// WorkflowTaskUpdate is the body of Update; nil fields are left
// unchanged.
type WorkflowTaskUpdate struct {
	// AssigneeID reassigns the task.
	AssigneeID *string `json:"assigneeId,omitempty"`
	// Fields are schema fields to set; fields not named are left as they
	// are.
	Fields Fields `json:"fields,omitzero"`
	// ScheduledOn reschedules the task (YYYY-MM-DD).
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// StatusID moves the task to another status (wfts_...). The status
	// must be one of the task schema's status lifecycle, reachable from
	// the task's current status by one of the lifecycle's transitions
	// (WorkflowTaskStatusLifecycle.Allows); Benchling rejects others with
	// a 400.
	StatusID *string `json:"statusId,omitempty"`
}

// WorkflowTaskBulkUpdate is one item of BulkUpdate and UpdateMany: the
// task to update and the changes, as in WorkflowTaskUpdate.
type WorkflowTaskBulkUpdate struct {
	// AssigneeID reassigns the task.
	AssigneeID *string `json:"assigneeId,omitempty"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ScheduledOn reschedules the task (YYYY-MM-DD).
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// StatusID moves the task to another status of its lifecycle.
	StatusID *string `json:"statusId,omitempty"`
	// WorkflowTaskID is the task to update (wftask_...).
	WorkflowTaskID string `json:"workflowTaskId"`
}

// WorkflowTasksArchive is the body of Archive.
type WorkflowTasksArchive struct {
	// Reason is why: EntityArchiveReasonMadeInError,
	// EntityArchiveReasonRetired or EntityArchiveReasonOther (tenants may
	// configure others).
	Reason EntityArchiveReason `json:"reason"`
	// WorkflowTaskIDs are the tasks to archive.
	WorkflowTaskIDs []string `json:"workflowTaskIds"`
}

// workflowTasksUnarchive is the body of Unarchive (the spec's
// WorkflowTasksUnarchive), which takes its list.
type workflowTasksUnarchive struct {
	WorkflowTaskIDs []string `json:"workflowTaskIds"`
}

// WorkflowTasksArchivalChange lists the tasks Archive or Unarchive
// changed.
type WorkflowTasksArchivalChange struct {
	// WorkflowTaskIDs are the tasks archived or unarchived.
	WorkflowTaskIDs []string `json:"workflowTaskIds,omitempty"`
}

// WorkflowTaskListOptions filter and page List and All. All filters are
// optional; list filters take at most 100 values.
//
// Its fields IDs, SchemaID, WatcherIDs, ResponsibleTeamIDs, Name,
// NameIncludes, CreatorIDs, ModifiedAt, DisplayIDs and ArchiveReason are in
// the embedded WorkflowListFilters; WorkflowTaskGroupIDs,
// LinkedItemIDsAnyOf, LinkedItemIDsAllOf, LinkedItemIDsNoneOf and
// SchemaFields are in the embedded WorkflowItemListFilters.
type WorkflowTaskListOptions struct {
	ListOptions
	WorkflowListFilters
	WorkflowItemListFilters

	// StatusIDs restricts the list to tasks in these statuses (wfts_...).
	StatusIDs []string `url:"statusIds,comma,omitempty"`
	// AssigneeIDs restricts the list to tasks assigned to these users;
	// the value "null" stands for unassigned tasks.
	AssigneeIDs []string `url:"assigneeIds,comma,omitempty"`
	// ExecutionOriginIDs restricts the list to tasks executed in these
	// entries.
	ExecutionOriginIDs []string `url:"executionOriginIds,comma,omitempty"`
	// ExecutionTypes restricts the list to tasks executed in these ways
	// (the spec accepts DIRECT and ENTRY).
	ExecutionTypes []WorkflowTaskSchemaExecutionType `url:"executionTypes,comma,omitempty"`
	// ScheduledOn restricts the list to tasks scheduled on this date
	// (YYYY-MM-DD); "null" lists unscheduled tasks.
	ScheduledOn string `url:"scheduledOn,omitempty"`
	// ScheduledOnLt restricts the list to tasks scheduled before this date.
	ScheduledOnLt string `url:"scheduledOn.lt,omitempty"`
	// ScheduledOnLte restricts the list to tasks scheduled on or before
	// this date.
	ScheduledOnLte string `url:"scheduledOn.lte,omitempty"`
	// ScheduledOnGte restricts the list to tasks scheduled on or after
	// this date.
	ScheduledOnGte string `url:"scheduledOn.gte,omitempty"`
	// ScheduledOnGt restricts the list to tasks scheduled after this date.
	ScheduledOnGt string `url:"scheduledOn.gt,omitempty"`
}

// Status returns the status of the lifecycle whose display name is name
// (case-insensitively), and whether there is one: the way to find the
// StatusID of WorkflowTaskUpdate for a status known by its label.
func (l *WorkflowTaskStatusLifecycle) Status(name string) (WorkflowTaskStatus, bool) {
	for _, s := range l.Statuses {
		if strings.EqualFold(s.DisplayName, name) {
			return s, true
		}
	}
	return WorkflowTaskStatus{}, false
}

// Allows reports whether the lifecycle lets a task move from the status
// fromID to the status toID: one of its transitions goes there, or the two
// are the same status (an update that keeps the status).
func (l *WorkflowTaskStatusLifecycle) Allows(fromID, toID string) bool {
	if fromID == toID {
		return true
	}
	for _, t := range l.Transitions {
		if t.From.ID == fromID && t.To.ID == toID {
			return true
		}
	}
	return false
}

// Next returns the statuses a task in the status fromID can move to, in
// the order of the lifecycle's transitions.
func (l *WorkflowTaskStatusLifecycle) Next(fromID string) []WorkflowTaskStatus {
	var out []WorkflowTaskStatus
	for _, t := range l.Transitions {
		if t.From.ID == fromID {
			out = append(out, t.To)
		}
	}
	return out
}
