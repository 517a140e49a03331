package benchling

import (
	"context"
	"net/http"
)

// MaxBulkWorkflowTasks is the most workflow tasks one bulk request carries
// in CreateMany and UpdateMany, and the most BulkCopy copies. The spec
// sets maxItems 100 for the task IDs of a bulk copy and for bulk writes of
// workflow outputs, and states no limit for bulk creates and updates of
// tasks; the SDK uses the family's 100 for them too.
const MaxBulkWorkflowTasks = 100

// workflowTasksBulkCreateRequest is the body of BulkCreate (the spec's
// WorkflowTasksBulkCreateRequest), which takes its one list.
type workflowTasksBulkCreateRequest struct {
	WorkflowTasks []*WorkflowTaskBulkCreate `json:"workflowTasks,omitzero"`
}

// workflowTasksBulkUpdateRequest is the body of BulkUpdate (the spec's
// WorkflowTasksBulkUpdateRequest), which takes its one list.
type workflowTasksBulkUpdateRequest struct {
	WorkflowTasks []*WorkflowTaskBulkUpdate `json:"workflowTasks,omitzero"`
}

// workflowTasksBulkCopyRequest is the body of BulkCopy (the spec's
// WorkflowTasksBulkCopyRequest), which takes its one list.
type workflowTasksBulkCopyRequest struct {
	WorkflowTaskIDs []string `json:"workflowTaskIds,omitzero"`
}

// WorkflowTasksBulkCreateResult is the response of a succeeded BulkCreate
// task. The spec declares no task schema for it; Benchling's tasks answer
// with the created tasks under "workflowTasks", as the other bulk
// creates do.
type WorkflowTasksBulkCreateResult struct {
	// WorkflowTasks are the created tasks, in the order of the request's
	// items.
	WorkflowTasks []*WorkflowTask `json:"workflowTasks"`
}

// WorkflowTasksBulkUpdateResult is the response of a succeeded BulkUpdate
// task (no task schema in the spec either): the updated tasks.
type WorkflowTasksBulkUpdateResult struct {
	// WorkflowTasks are the updated tasks, in the order of the request's
	// items.
	WorkflowTasks []*WorkflowTask `json:"workflowTasks"`
}

// WorkflowTasksBulkCopyResult is the response of a succeeded BulkCopy task
// (no task schema in the spec either): the copies.
type WorkflowTasksBulkCopyResult struct {
	// WorkflowTasks are the new tasks, one per copied task, in the order
	// of the request's IDs; each one's ClonedFrom names its original.
	WorkflowTasks []*WorkflowTask `json:"workflowTasks"`
}

// BulkCopy starts an asynchronous task that copies the workflow tasks with
// the given IDs (at most MaxBulkWorkflowTasks), each into the task group
// of its original with its fields and assignee; link.Wait returns the
// copies. No
// ID, or an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /workflow-tasks:bulk-copy
func (s *WorkflowTasksService) BulkCopy(ctx context.Context, ids []string) (*AsyncTaskLink[WorkflowTasksBulkCopyResult], *Response, error) {
	r := pathf("workflow-tasks:bulk-copy").needIDs("workflowTaskIds", ids)
	return startTask[WorkflowTasksBulkCopyResult](ctx, s.c(), http.MethodPost, r, nil, &workflowTasksBulkCopyRequest{WorkflowTaskIDs: ids})
}

// BulkCreate starts an asynchronous task that creates workflow tasks;
// link.Wait returns them when the task ends. If any item is invalid the
// task fails and creates nothing; CreateMany splits any number of items
// into requests and isolates the invalid ones.
//
// Benchling API: POST /workflow-tasks:bulk-create
func (s *WorkflowTasksService) BulkCreate(ctx context.Context, items []*WorkflowTaskBulkCreate) (*AsyncTaskLink[WorkflowTasksBulkCreateResult], *Response, error) {
	return startTask[WorkflowTasksBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("workflow-tasks:bulk-create"), nil,
		&workflowTasksBulkCreateRequest{WorkflowTasks: items})
}

// BulkUpdate starts an asynchronous task that updates workflow tasks, each
// item naming its task by WorkflowTaskID; link.Wait returns the updated
// tasks. A status change an item asks for follows the lifecycle's rules,
// as in Update.
//
// Benchling API: POST /workflow-tasks:bulk-update
func (s *WorkflowTasksService) BulkUpdate(ctx context.Context, items []*WorkflowTaskBulkUpdate) (*AsyncTaskLink[WorkflowTasksBulkUpdateResult], *Response, error) {
	return startTask[WorkflowTasksBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("workflow-tasks:bulk-update"), nil,
		&workflowTasksBulkUpdateRequest{WorkflowTasks: items})
}

// CreateMany creates any number of workflow tasks in chunks of at most
// MaxBulkWorkflowTasks (or opts.ChunkSize) with BulkCreate, and returns
// one result per item, in the order of items; see
// AaSequencesService.CreateMany for how chunks, invalid items, unknown
// outcomes and cancellation behave. opts may be nil.
//
// Benchling API: POST /workflow-tasks:bulk-create
func (s *WorkflowTasksService) CreateMany(ctx context.Context, items []*WorkflowTaskBulkCreate, opts *BulkOptions) ([]BulkResult[*WorkflowTask], error) {
	return bulk(ctx, items, opts, MaxBulkWorkflowTasks, submitAndWait(s.BulkCreate,
		func(r *WorkflowTasksBulkCreateResult) []*WorkflowTask { return r.WorkflowTasks }))
}

// UpdateMany updates any number of workflow tasks in chunks with
// BulkUpdate, as CreateMany does; each result is the updated task or the
// item's error.
//
// Benchling API: POST /workflow-tasks:bulk-update
func (s *WorkflowTasksService) UpdateMany(ctx context.Context, items []*WorkflowTaskBulkUpdate, opts *BulkOptions) ([]BulkResult[*WorkflowTask], error) {
	return bulk(ctx, items, opts, MaxBulkWorkflowTasks, submitAndWait(s.BulkUpdate,
		func(r *WorkflowTasksBulkUpdateResult) []*WorkflowTask { return r.WorkflowTasks }))
}
