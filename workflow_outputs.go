package benchling

import (
	"context"
	"iter"
	"net/http"
)

// WorkflowOutputsService manages workflow outputs: what workflow tasks
// produce, recorded in the fields of the task schema's output schema.
//
// Benchling API tag: Workflow Outputs.
type WorkflowOutputsService service

// MaxBulkWorkflowOutputs is the most workflow outputs one bulk request
// carries in CreateMany and UpdateMany: the spec's maxItems for
// bulk-create and bulk-update.
const MaxBulkWorkflowOutputs = 100

// WorkflowOutput is an output of a workflow task.
//
// Its fields ArchiveRecord, CreatedAt, CreationOrigin, DisplayID, Fields,
// ID, ModifiedAt, NextOutputs, NextTasks, SourceOutputs, SourceTasks, WebURL
// and WorkflowTaskGroup are in the embedded WorkflowItemBase.
type WorkflowOutput struct {
	WorkflowItemBase

	// WorkflowTask is the task the output belongs to.
	WorkflowTask WorkflowTaskSummary `json:"workflowTask,omitzero"`
}

// WorkflowOutputCreate is the body of Create: an output of a task.
type WorkflowOutputCreate struct {
	// Fields are the output's fields.
	Fields Fields `json:"fields,omitzero"`
	// WorkflowTaskID is the task the output belongs to (wftask_...).
	WorkflowTaskID string `json:"workflowTaskId"`
}

// WorkflowOutputBulkCreate is one item of BulkCreate and CreateMany: the
// spec's WorkflowOutputBulkCreate, which has WorkflowOutputCreate's shape.
type WorkflowOutputBulkCreate = WorkflowOutputCreate

// WorkflowOutputUpdate is the body of Update: fields to set; fields not
// named are left as they are.
type WorkflowOutputUpdate struct {
	// Fields are the fields to set.
	Fields Fields `json:"fields,omitzero"`
}

// WorkflowOutputBulkUpdate is one item of BulkUpdate and UpdateMany: the
// output to update and the fields to set.
type WorkflowOutputBulkUpdate struct {
	// Fields are the fields to set.
	Fields Fields `json:"fields,omitzero"`
	// WorkflowOutputID is the output to update (wfout_...).
	WorkflowOutputID string `json:"workflowOutputId"`
}

// WorkflowOutputsArchive is the body of Archive.
type WorkflowOutputsArchive struct {
	// Reason is why: EntityArchiveReasonMadeInError,
	// EntityArchiveReasonRetired or EntityArchiveReasonOther (tenants may
	// configure others).
	Reason EntityArchiveReason `json:"reason"`
	// WorkflowOutputIDs are the outputs to archive.
	WorkflowOutputIDs []string `json:"workflowOutputIds"`
}

// workflowOutputsUnarchive is the body of Unarchive (the spec's
// WorkflowOutputsUnarchive), which takes its list.
type workflowOutputsUnarchive struct {
	WorkflowOutputIDs []string `json:"workflowOutputIds"`
}

// WorkflowOutputsArchivalChange lists the outputs Archive or Unarchive
// changed.
type WorkflowOutputsArchivalChange struct {
	// WorkflowOutputIDs are the outputs archived or unarchived.
	WorkflowOutputIDs []string `json:"workflowOutputIds,omitempty"`
}

// workflowOutputsBulkCreateRequest is the body of BulkCreate (the spec's
// WorkflowOutputsBulkCreateRequest), which takes its one list.
type workflowOutputsBulkCreateRequest struct {
	WorkflowOutputs []*WorkflowOutputBulkCreate `json:"workflowOutputs,omitzero"`
}

// workflowOutputsBulkUpdateRequest is the body of BulkUpdate (the spec's
// WorkflowOutputsBulkUpdateRequest), which takes its one list.
type workflowOutputsBulkUpdateRequest struct {
	WorkflowOutputs []*WorkflowOutputBulkUpdate `json:"workflowOutputs,omitzero"`
}

// WorkflowOutputsBulkCreateResult is the response of a succeeded
// BulkCreate task. The spec declares no task schema for it; the task
// answers with the created outputs under "workflowOutputs".
type WorkflowOutputsBulkCreateResult struct {
	// WorkflowOutputs are the created outputs, in the order of the
	// request's items.
	WorkflowOutputs []*WorkflowOutput `json:"workflowOutputs"`
}

// WorkflowOutputsBulkUpdateResult is the response of a succeeded
// BulkUpdate task (no task schema in the spec either): the updated
// outputs.
type WorkflowOutputsBulkUpdateResult struct {
	// WorkflowOutputs are the updated outputs, in the order of the
	// request's items.
	WorkflowOutputs []*WorkflowOutput `json:"workflowOutputs"`
}

// WorkflowOutputListOptions filter and page List and All. All filters are
// optional; list filters take at most 100 values.
//
// Its fields IDs, SchemaID, WatcherIDs, ResponsibleTeamIDs, Name,
// NameIncludes, CreatorIDs, ModifiedAt, DisplayIDs and ArchiveReason are in
// the embedded WorkflowListFilters; WorkflowTaskGroupIDs,
// LinkedItemIDsAnyOf, LinkedItemIDsAllOf, LinkedItemIDsNoneOf and
// SchemaFields are in the embedded WorkflowItemListFilters.
type WorkflowOutputListOptions struct {
	ListOptions
	WorkflowListFilters
	WorkflowItemListFilters

	// WorkflowTaskIDs restricts the list to the outputs of these tasks.
	WorkflowTaskIDs []string `url:"workflowTaskIds,comma,omitempty"`
	// CreationOriginIDs restricts the list to outputs created in these
	// items (entries, say).
	CreationOriginIDs []string `url:"creationOriginIds,comma,omitempty"`
}

// List returns one page of workflow outputs; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived outputs are left out.
//
// Benchling API: GET /workflow-outputs
func (s *WorkflowOutputsService) List(ctx context.Context, opts *WorkflowOutputListOptions) ([]*WorkflowOutput, *Response, error) {
	return list[WorkflowOutput](ctx, s.c(), http.MethodGet, pathf("workflow-outputs"), "workflowOutputs", opts, nil)
}

// All iterates over every workflow output matching opts, fetching pages as
// the loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /workflow-outputs
func (s *WorkflowOutputsService) All(ctx context.Context, opts *WorkflowOutputListOptions) iter.Seq2[*WorkflowOutput, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the workflow outputs matching opts, for
// a job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /workflow-outputs
func (s *WorkflowOutputsService) Pages(ctx context.Context, opts *WorkflowOutputListOptions) iter.Seq2[*Page[WorkflowOutput], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the workflow output with the given ID. An unknown ID gives
// an error matching ErrNotFound.
//
// Benchling API: GET /workflow-outputs/{workflow_output_id}
func (s *WorkflowOutputsService) Get(ctx context.Context, id string) (*WorkflowOutput, *Response, error) {
	return call[WorkflowOutput](ctx, s.c(), http.MethodGet, pathf("workflow-outputs/%s", id), nil, nil)
}

// Create creates an output of a workflow task and returns it. An unknown
// task, or fields the output schema does not have, give an error matching
// ErrBadRequest.
//
// Benchling API: POST /workflow-outputs
func (s *WorkflowOutputsService) Create(ctx context.Context, body *WorkflowOutputCreate) (*WorkflowOutput, *Response, error) {
	return call[WorkflowOutput](ctx, s.c(), http.MethodPost, pathf("workflow-outputs"), nil, body)
}

// Update sets fields of the workflow output with the given ID and returns
// it. An unknown output gives an error matching ErrNotFound.
//
// Benchling API: PATCH /workflow-outputs/{workflow_output_id}
func (s *WorkflowOutputsService) Update(ctx context.Context, id string, body *WorkflowOutputUpdate) (*WorkflowOutput, *Response, error) {
	return call[WorkflowOutput](ctx, s.c(), http.MethodPatch, pathf("workflow-outputs/%s", id), nil, body)
}

// Archive archives the workflow outputs body.WorkflowOutputIDs for
// body.Reason. No output ID, or an invalid one, is ErrInvalidID before
// anything is sent; an unknown output or reason gives ErrBadRequest.
//
// Benchling API: POST /workflow-outputs:archive
func (s *WorkflowOutputsService) Archive(ctx context.Context, body *WorkflowOutputsArchive) (*WorkflowOutputsArchivalChange, *Response, error) {
	r := pathf("workflow-outputs:archive")
	if body != nil {
		r = r.needIDs("workflowOutputIds", body.WorkflowOutputIDs)
	}
	return call[WorkflowOutputsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the workflow outputs with the given IDs. No ID, or
// an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /workflow-outputs:unarchive
func (s *WorkflowOutputsService) Unarchive(ctx context.Context, ids []string) (*WorkflowOutputsArchivalChange, *Response, error) {
	r := pathf("workflow-outputs:unarchive").needIDs("workflowOutputIds", ids)
	return call[WorkflowOutputsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &workflowOutputsUnarchive{WorkflowOutputIDs: ids})
}

// BulkCreate starts an asynchronous task that creates up to
// MaxBulkWorkflowOutputs workflow outputs; link.Wait returns them when the
// task ends. If any item is invalid the task fails and creates nothing.
//
// Benchling API: POST /workflow-outputs:bulk-create
func (s *WorkflowOutputsService) BulkCreate(ctx context.Context, items []*WorkflowOutputBulkCreate) (*AsyncTaskLink[WorkflowOutputsBulkCreateResult], *Response, error) {
	return startTask[WorkflowOutputsBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("workflow-outputs:bulk-create"), nil,
		&workflowOutputsBulkCreateRequest{WorkflowOutputs: items})
}

// BulkUpdate starts an asynchronous task that updates up to
// MaxBulkWorkflowOutputs workflow outputs, each item naming its output by
// WorkflowOutputID; link.Wait returns the updated outputs.
//
// Benchling API: POST /workflow-outputs:bulk-update
func (s *WorkflowOutputsService) BulkUpdate(ctx context.Context, items []*WorkflowOutputBulkUpdate) (*AsyncTaskLink[WorkflowOutputsBulkUpdateResult], *Response, error) {
	return startTask[WorkflowOutputsBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("workflow-outputs:bulk-update"), nil,
		&workflowOutputsBulkUpdateRequest{WorkflowOutputs: items})
}

// CreateMany creates any number of workflow outputs in chunks of at most
// MaxBulkWorkflowOutputs (or opts.ChunkSize) with BulkCreate, and returns
// one result per item, in the order of items; see
// AaSequencesService.CreateMany for how chunks, invalid items, unknown
// outcomes and cancellation behave. opts may be nil.
//
// Benchling API: POST /workflow-outputs:bulk-create
func (s *WorkflowOutputsService) CreateMany(ctx context.Context, items []*WorkflowOutputBulkCreate, opts *BulkOptions) ([]BulkResult[*WorkflowOutput], error) {
	return bulk(ctx, items, opts, MaxBulkWorkflowOutputs, submitAndWait(s.BulkCreate,
		func(r *WorkflowOutputsBulkCreateResult) []*WorkflowOutput { return r.WorkflowOutputs }))
}

// UpdateMany updates any number of workflow outputs in chunks with
// BulkUpdate, as CreateMany does; each result is the updated output or the
// item's error.
//
// Benchling API: POST /workflow-outputs:bulk-update
func (s *WorkflowOutputsService) UpdateMany(ctx context.Context, items []*WorkflowOutputBulkUpdate, opts *BulkOptions) ([]BulkResult[*WorkflowOutput], error) {
	return bulk(ctx, items, opts, MaxBulkWorkflowOutputs, submitAndWait(s.BulkUpdate,
		func(r *WorkflowOutputsBulkUpdateResult) []*WorkflowOutput { return r.WorkflowOutputs }))
}
