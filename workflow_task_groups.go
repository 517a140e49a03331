package benchling

import (
	"context"
	"iter"
	"net/http"
)

// WorkflowTaskGroupsService manages workflow task groups: the groups of
// workflow tasks of one schema that a team works through together (the
// "workflows" of Benchling's interface).
//
// Benchling API tag: Workflow Task Groups.
type WorkflowTaskGroupsService service

// WorkflowTaskGroup is a group of workflow tasks of one workflow task
// schema, in a folder, with its watchers and responsible team.
type WorkflowTaskGroup struct {
	// ArchiveRecord says why the task group was archived; nil when it is
	// not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the task group was created. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, group.CreatedAt).
	CreatedAt string `json:"createdAt,omitempty"`
	// CreationOrigin says where the task group was created.
	CreationOrigin CreationOrigin `json:"creationOrigin,omitzero"`
	// Creator is the user who created the task group.
	Creator UserSummary `json:"creator,omitzero"`
	// DisplayID is the task group's user-friendly ID, for example "PUR1".
	DisplayID string `json:"displayId,omitempty"`
	// ExecutionType is how the group's tasks are executed, from their
	// schema.
	ExecutionType WorkflowTaskSchemaExecutionType `json:"executionType,omitempty"`
	// FlowchartConfigVersionID is the flowchart configuration the group
	// uses (wffccv_...); set only when ExecutionType is
	// WorkflowTaskSchemaExecutionTypeFlowchart.
	FlowchartConfigVersionID string `json:"flowchartConfigVersionId,omitempty"`
	// FlowchartTaskGroups are the task groups of the flowchart whose root
	// this group is; empty for a group that is not a flowchart's root.
	FlowchartTaskGroups []WorkflowNodeTaskGroupSummary `json:"flowchartTaskGroups,omitempty"`
	// Folder is the folder the task group is in.
	Folder Folder `json:"folder,omitzero"`
	// ID is the task group's ID (prs_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the task group was last modified. The spec types it as a plain
	// string (its example is RFC 3339) with no format, so it is kept as
	// text; Benchling sends RFC 3339 in practice: parse it with
	// time.Parse(time.RFC3339Nano, group.ModifiedAt).
	ModifiedAt string `json:"modifiedAt,omitempty"`
	// Name is the task group's name.
	Name string `json:"name,omitempty"`
	// NodeConfig is the flowchart node the task group is associated with;
	// nil for a group that is not part of a flowchart.
	NodeConfig *WorkflowFlowchartNodeConfig `json:"nodeConfig,omitempty"`
	// Outputs are the outputs of the task group's tasks.
	Outputs []WorkflowOutputSummary `json:"outputs,omitempty"`
	// ResponsibleTeam is the team responsible for the task group; nil when
	// there is none.
	ResponsibleTeam *TeamSummary `json:"responsibleTeam,omitempty"`
	// RootTaskGroup is the task group at the root of the group's
	// flowchart; nil for a group that is not part of a flowchart.
	RootTaskGroup *WorkflowTaskGroupSummary `json:"rootTaskGroup,omitempty"`
	// Watchers are the users watching the task group.
	Watchers []UserSummary `json:"watchers,omitempty"`
	// WebURL is the task group's page in Benchling.
	WebURL string `json:"webURL,omitempty"`
	// WorkflowOutputs are the outputs of the task group.
	WorkflowOutputs []WorkflowOutputSummary `json:"workflowOutputs,omitempty"`
	// WorkflowTaskSchema is the schema of the group's tasks.
	WorkflowTaskSchema WorkflowTaskSchemaSummary `json:"workflowTaskSchema,omitzero"`
	// WorkflowTasks are the group's input tasks.
	WorkflowTasks []WorkflowTaskSummary `json:"workflowTasks,omitempty"`
}

// lookupKey lets ByName match a task group by name.
func (g *WorkflowTaskGroup) lookupKey() (name, id string, skip bool) { return g.Name, g.ID, false }

// WorkflowTaskGroupCreate is the body of Create.
type WorkflowTaskGroupCreate struct {
	// FolderID is the folder to create the task group in (lib_...).
	FolderID string `json:"folderId"`
	// Name is the task group's name; without one, Benchling names it by
	// its display ID.
	Name *string `json:"name,omitempty"`
	// SchemaID is the workflow task schema of the group's tasks
	// (prstsch_...).
	SchemaID string `json:"schemaId"`
	// WatcherIDs are the users to watch the task group.
	WatcherIDs []string `json:"watcherIds,omitzero"`
}

// WorkflowTaskGroupUpdate is the body of Update; nil fields are left
// unchanged.
type WorkflowTaskGroupUpdate struct {
	// FolderID moves the task group to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the task group.
	Name *string `json:"name,omitempty"`
	// WatcherIDs replace the task group's watchers; an empty, non-nil list
	// removes them all.
	WatcherIDs []string `json:"watcherIds,omitzero"`
}

// WorkflowTaskGroupsArchive is the body of Archive.
type WorkflowTaskGroupsArchive struct {
	// Reason is why: EntityArchiveReasonMadeInError,
	// EntityArchiveReasonRetired or EntityArchiveReasonOther (tenants may
	// configure others).
	Reason EntityArchiveReason `json:"reason"`
	// WorkflowTaskGroupIDs are the task groups to archive.
	WorkflowTaskGroupIDs []string `json:"workflowTaskGroupIds"`
}

// workflowTaskGroupsUnarchive is the body of Unarchive (the spec's
// WorkflowTaskGroupsUnarchive), which takes its list.
type workflowTaskGroupsUnarchive struct {
	WorkflowTaskGroupIDs []string `json:"workflowTaskGroupIds"`
}

// WorkflowTaskGroupsArchivalChange lists the task groups Archive or
// Unarchive changed.
type WorkflowTaskGroupsArchivalChange struct {
	// WorkflowTaskGroupIDs are the task groups archived or unarchived.
	WorkflowTaskGroupIDs []string `json:"workflowTaskGroupIds,omitempty"`
}

// WorkflowTaskGroupListOptions filter and page List and All. All filters
// are optional; list filters take at most 100 values.
//
// Its fields IDs, SchemaID, WatcherIDs, ResponsibleTeamIDs, Name,
// NameIncludes, CreatorIDs, ModifiedAt, DisplayIDs and ArchiveReason are in
// the embedded WorkflowListFilters.
type WorkflowTaskGroupListOptions struct {
	ListOptions
	WorkflowListFilters

	// FolderID restricts the list to task groups in this folder.
	FolderID string `url:"folderId,omitempty"`
	// ProjectID restricts the list to task groups in this project.
	ProjectID string `url:"projectId,omitempty"`
	// MentionedIn restricts the list to task groups mentioned in these
	// entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// ExecutionTypes restricts the list to task groups executed in these
	// ways (the spec accepts DIRECT and ENTRY).
	ExecutionTypes []WorkflowTaskSchemaExecutionType `url:"executionTypes,comma,omitempty"`
	// StatusIDsAnyOf restricts the list to task groups with at least one
	// task in one of these statuses (at most 100).
	StatusIDsAnyOf []string `url:"statusIds.anyOf,comma,omitempty"`
	// StatusIDsNoneOf restricts the list to task groups with no task in
	// any of these statuses.
	StatusIDsNoneOf []string `url:"statusIds.noneOf,comma,omitempty"`
	// StatusIDsOnly restricts the list to task groups all of whose tasks
	// are in these statuses.
	StatusIDsOnly []string `url:"statusIds.only,comma,omitempty"`
}

// List returns one page of workflow task groups; the next page's token is
// in Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived task groups are left out.
//
// Benchling API: GET /workflow-task-groups
func (s *WorkflowTaskGroupsService) List(ctx context.Context, opts *WorkflowTaskGroupListOptions) ([]*WorkflowTaskGroup, *Response, error) {
	return list[WorkflowTaskGroup](ctx, s.c(), http.MethodGet, pathf("workflow-task-groups"), "workflowTaskGroups", opts, nil)
}

// All iterates over every workflow task group matching opts, fetching
// pages as the loop needs them. It is lazy: nothing is requested before
// the loop starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop; opts is not
// modified.
//
// Benchling API: GET /workflow-task-groups
func (s *WorkflowTaskGroupsService) All(ctx context.Context, opts *WorkflowTaskGroupListOptions) iter.Seq2[*WorkflowTaskGroup, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the workflow task groups matching opts,
// for a job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /workflow-task-groups
func (s *WorkflowTaskGroupsService) Pages(ctx context.Context, opts *WorkflowTaskGroupListOptions) iter.Seq2[*Page[WorkflowTaskGroup], error] {
	return pages(ctx, opts, s.List)
}

// ByName returns the task group named name (exactly, case-sensitively),
// found with List's name filter; opts may narrow the search (SchemaID,
// FolderID; its Name is replaced) and may be nil. No such task group is an
// error matching ErrNotFound; several are an *AmbiguousError
// (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /workflow-task-groups
func (s *WorkflowTaskGroupsService) ByName(ctx context.Context, name string, opts *WorkflowTaskGroupListOptions) (*WorkflowTaskGroup, error) {
	o := valueOf(opts)
	o.Name = name
	return byName("workflow task group", name, s.All(ctx, &o))
}

// Get returns the workflow task group with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /workflow-task-groups/{workflow_task_group_id}
func (s *WorkflowTaskGroupsService) Get(ctx context.Context, id string) (*WorkflowTaskGroup, *Response, error) {
	return call[WorkflowTaskGroup](ctx, s.c(), http.MethodGet, pathf("workflow-task-groups/%s", id), nil, nil)
}

// Create creates a workflow task group, with no tasks, and returns it. An
// unknown schema, folder or watcher gives an error matching ErrBadRequest.
//
// Benchling API: POST /workflow-task-groups
func (s *WorkflowTaskGroupsService) Create(ctx context.Context, body *WorkflowTaskGroupCreate) (*WorkflowTaskGroup, *Response, error) {
	return call[WorkflowTaskGroup](ctx, s.c(), http.MethodPost, pathf("workflow-task-groups"), nil, body)
}

// Update changes the name, folder or watchers of the workflow task group
// with the given ID and returns it. An unknown task group gives an error
// matching ErrNotFound.
//
// Benchling API: PATCH /workflow-task-groups/{workflow_task_group_id}
func (s *WorkflowTaskGroupsService) Update(ctx context.Context, id string, body *WorkflowTaskGroupUpdate) (*WorkflowTaskGroup, *Response, error) {
	return call[WorkflowTaskGroup](ctx, s.c(), http.MethodPatch, pathf("workflow-task-groups/%s", id), nil, body)
}

// Archive archives the workflow task groups body.WorkflowTaskGroupIDs for
// body.Reason. No task group ID, or an invalid one, is ErrInvalidID before
// anything is sent; an unknown task group or reason gives ErrBadRequest.
//
// Benchling API: POST /workflow-task-groups:archive
func (s *WorkflowTaskGroupsService) Archive(ctx context.Context, body *WorkflowTaskGroupsArchive) (*WorkflowTaskGroupsArchivalChange, *Response, error) {
	r := pathf("workflow-task-groups:archive")
	if body != nil {
		r = r.needIDs("workflowTaskGroupIds", body.WorkflowTaskGroupIDs)
	}
	return call[WorkflowTaskGroupsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the workflow task groups with the given IDs. No ID,
// or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /workflow-task-groups:unarchive
func (s *WorkflowTaskGroupsService) Unarchive(ctx context.Context, ids []string) (*WorkflowTaskGroupsArchivalChange, *Response, error) {
	r := pathf("workflow-task-groups:unarchive").needIDs("workflowTaskGroupIds", ids)
	return call[WorkflowTaskGroupsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &workflowTaskGroupsUnarchive{WorkflowTaskGroupIDs: ids})
}
