package benchling

import (
	"context"
	"iter"
	"net/http"
)

// WorkflowTasksService manages workflow tasks: the units of work of task
// groups, which lab teams assign, schedule, move through the statuses of
// their schema's lifecycle, and copy.
//
// Benchling API tag: Workflow Tasks.
type WorkflowTasksService service

// List returns one page of workflow tasks; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived tasks are left out.
//
// Benchling API: GET /workflow-tasks
func (s *WorkflowTasksService) List(ctx context.Context, opts *WorkflowTaskListOptions) ([]*WorkflowTask, *Response, error) {
	return list[WorkflowTask](ctx, s.c(), http.MethodGet, pathf("workflow-tasks"), "workflowTasks", opts, nil)
}

// All iterates over every workflow task matching opts, fetching pages as
// the loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /workflow-tasks
func (s *WorkflowTasksService) All(ctx context.Context, opts *WorkflowTaskListOptions) iter.Seq2[*WorkflowTask, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the workflow tasks matching opts, for a
// job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /workflow-tasks
func (s *WorkflowTasksService) Pages(ctx context.Context, opts *WorkflowTaskListOptions) iter.Seq2[*Page[WorkflowTask], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the workflow task with the given ID. An unknown ID gives an
// error matching ErrNotFound.
//
// Benchling API: GET /workflow-tasks/{workflow_task_id}
func (s *WorkflowTasksService) Get(ctx context.Context, id string) (*WorkflowTask, *Response, error) {
	return call[WorkflowTask](ctx, s.c(), http.MethodGet, pathf("workflow-tasks/%s", id), nil, nil)
}

// Create creates a workflow task in a task group and returns it, in the
// initial status of its schema's lifecycle. An unknown task group or
// assignee, or fields the schema does not have, give an error matching
// ErrBadRequest.
//
// Benchling API: POST /workflow-tasks
func (s *WorkflowTasksService) Create(ctx context.Context, body *WorkflowTaskCreate) (*WorkflowTask, *Response, error) {
	return call[WorkflowTask](ctx, s.c(), http.MethodPost, pathf("workflow-tasks"), nil, body)
}

// Update changes the fields of body that are set (the assignee, the
// scheduled date, schema fields, the status) and returns the task. A
// status the task's lifecycle does not have, or cannot reach from the
// task's status, gives an error matching ErrBadRequest; an unknown task
// ErrNotFound.
//
// Benchling API: PATCH /workflow-tasks/{workflow_task_id}
func (s *WorkflowTasksService) Update(ctx context.Context, id string, body *WorkflowTaskUpdate) (*WorkflowTask, *Response, error) {
	return call[WorkflowTask](ctx, s.c(), http.MethodPatch, pathf("workflow-tasks/%s", id), nil, body)
}

// Copy creates a workflow task with the fields and assignee of the task
// with the given ID, in its task group, and returns the copy, whose
// ClonedFrom names the original. An unknown task gives an error matching
// ErrNotFound.
//
// Benchling API: POST /workflow-tasks/{workflow_task_id}:copy
func (s *WorkflowTasksService) Copy(ctx context.Context, id string) (*WorkflowTask, *Response, error) {
	return call[WorkflowTask](ctx, s.c(), http.MethodPost, pathf("workflow-tasks/%s:copy", id), nil, nil)
}

// Archive archives the workflow tasks body.WorkflowTaskIDs for
// body.Reason. No task ID, or an invalid one, is ErrInvalidID before
// anything is sent; an unknown task or reason gives ErrBadRequest.
//
// Benchling API: POST /workflow-tasks:archive
func (s *WorkflowTasksService) Archive(ctx context.Context, body *WorkflowTasksArchive) (*WorkflowTasksArchivalChange, *Response, error) {
	r := pathf("workflow-tasks:archive")
	if body != nil {
		r = r.needIDs("workflowTaskIds", body.WorkflowTaskIDs)
	}
	return call[WorkflowTasksArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the workflow tasks with the given IDs. No ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /workflow-tasks:unarchive
func (s *WorkflowTasksService) Unarchive(ctx context.Context, ids []string) (*WorkflowTasksArchivalChange, *Response, error) {
	r := pathf("workflow-tasks:unarchive").needIDs("workflowTaskIds", ids)
	return call[WorkflowTasksArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &workflowTasksUnarchive{WorkflowTaskIDs: ids})
}
