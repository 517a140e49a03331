package benchling

import (
	"context"
	"iter"
	"net/http"
)

// LegacyRequestsService manages legacy requests: asks to another team to
// perform a service on samples, their tasks, the work done on their
// sample groups (ExecuteSampleGroups, fulfillments) and what they
// produced (GetResponse). Benchling calls them legacy, but they are not
// deprecated, and many tenants still run on them.
//
// Benchling API tag: Legacy Requests.
type LegacyRequestsService service

// MaxBulkRequestTasks is the most tasks one request of BulkCreateTasks or
// BulkUpdateTasks carries in CreateManyTasks and UpdateManyTasks: the
// spec's maxItems for bulk-create, which the SDK applies to bulk-update
// too (the spec states no limit there).
const MaxBulkRequestTasks = 100

// List returns one page of the legacy requests of the request schema
// schemaID; the next page's token is in Response.NextToken. opts may be
// nil. An empty schemaID is ErrInvalidID before anything is sent.
//
// Benchling API: GET /requests
func (s *LegacyRequestsService) List(ctx context.Context, schemaID string, opts *RequestListOptions) ([]*Request, *Response, error) {
	q := &struct {
		SchemaID string `url:"schemaId"`
		RequestListOptions
	}{schemaID, valueOf(opts)}
	return list[Request](ctx, s.c(), http.MethodGet, pathf("requests").needIDs("schemaId", []string{schemaID}), "requests", q, nil)
}

// All iterates over every legacy request of the schema schemaID matching
// opts, fetching pages as the loop needs them. It is lazy: nothing is
// requested before the loop starts, and breaking out of the loop stops
// fetching. An error (including the context's) is yielded once and ends
// the loop; opts is not modified.
//
// Benchling API: GET /requests
func (s *LegacyRequestsService) All(ctx context.Context, schemaID string, opts *RequestListOptions) iter.Seq2[*Request, error] {
	return all(ctx, opts, under(s.List, schemaID))
}

// Pages iterates over the pages of the legacy requests of the schema
// schemaID matching opts, for a job that must resume where it stopped:
// once a page's items are processed, save Page.NextToken; to resume, pass
// the saved token as opts.NextToken and the next page is the first one
// fetched. Pages are fetched as the loop needs them, with the guarantees
// of All (lazy, stopping on break, an error yielded once, opts not
// modified, a repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /requests
func (s *LegacyRequestsService) Pages(ctx context.Context, schemaID string, opts *RequestListOptions) iter.Seq2[*Page[Request], error] {
	return pages(ctx, opts, under(s.List, schemaID))
}

// Get returns the legacy request with the given ID. opts may be nil. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /requests/{request_id}
func (s *LegacyRequestsService) Get(ctx context.Context, id string, opts *RequestGetOptions) (*Request, *Response, error) {
	return call[Request](ctx, s.c(), http.MethodGet, pathf("requests/%s", id), opts, nil)
}

// Create creates a legacy request and returns it, in the status
// RequestStatusRequested. An unknown schema, project, assignee or sample,
// or fields the schema does not have, give an error matching
// ErrBadRequest.
//
// Benchling API: POST /requests
func (s *LegacyRequestsService) Create(ctx context.Context, body *RequestCreate) (*Request, *Response, error) {
	return call[Request](ctx, s.c(), http.MethodPost, pathf("requests"), nil, body)
}

// Update changes the fields of body that are set, the status included,
// and returns the request. A body Benchling rejects gives an error
// matching ErrBadRequest.
//
// Benchling API: PATCH /requests/{request_id}
func (s *LegacyRequestsService) Update(ctx context.Context, id string, body *RequestUpdate) (*Request, *Response, error) {
	return call[Request](ctx, s.c(), http.MethodPatch, pathf("requests/%s", id), nil, body)
}

// BulkGet returns the legacy requests with the given IDs, or, with no IDs,
// those with opts.DisplayIDs (Benchling takes exactly one of the two
// lists; both give ErrBadRequest). No IDs and no display IDs is an error
// matching ErrInvalidID, and nothing is sent.
//
// Benchling API: GET /requests:bulk-get
func (s *LegacyRequestsService) BulkGet(ctx context.Context, ids []string, opts *RequestBulkGetOptions) ([]*Request, *Response, error) {
	q := struct {
		IDs []string `url:"requestIds,comma,omitempty"`
		RequestBulkGetOptions
	}{ids, valueOf(opts)}
	r := pathf("requests:bulk-get")
	if len(q.DisplayIDs) == 0 {
		r = r.needIDs("requestIds or displayIds", ids)
	}
	return list[Request](ctx, s.c(), http.MethodGet, r, "requests", q, nil)
}

// GetResponse returns what the legacy request with the given ID produced:
// its assay results and its samples, each an entity or a batch (typed, or
// an *InaccessibleResource the caller may not read). An unknown request
// gives an error matching ErrNotFound.
//
// Benchling API: GET /requests/{request_id}/response
func (s *LegacyRequestsService) GetResponse(ctx context.Context, id string) (*RequestResponse, *Response, error) {
	return call[RequestResponse](ctx, s.c(), http.MethodGet, pathf("requests/%s/response", id), nil, nil)
}

// BulkCreateTasks creates tasks of the legacy request requestID (at most
// MaxBulkRequestTasks) and returns them. It is synchronous, and all or
// nothing: a 400 names the invalid items (Error.Items), and nothing is
// created.
//
// Benchling API: POST /requests/{request_id}/tasks:bulk-create
func (s *LegacyRequestsService) BulkCreateTasks(ctx context.Context, requestID string, items []*RequestTasksBulkCreate) ([]*RequestTask, *Response, error) {
	r := pathf("requests/%s/tasks:bulk-create", requestID)
	return list[RequestTask](ctx, s.c(), http.MethodPost, r, "tasks", nil, &requestTasksBulkCreateRequest{Tasks: nonNil(items)})
}

// BulkUpdateTasks updates tasks of the legacy request requestID, each
// item naming its task by ID, and returns them. It is synchronous. An
// unknown request gives an error matching ErrNotFound.
//
// Benchling API: POST /requests/{request_id}/tasks:bulk-update
func (s *LegacyRequestsService) BulkUpdateTasks(ctx context.Context, requestID string, items []*RequestTaskBase) ([]*RequestTask, *Response, error) {
	r := pathf("requests/%s/tasks:bulk-update", requestID)
	return list[RequestTask](ctx, s.c(), http.MethodPost, r, "tasks", nil, &requestTasksBulkUpdateRequest{Tasks: nonNil(items)})
}

// CreateManyTasks creates any number of tasks of the legacy request
// requestID in chunks of at most MaxBulkRequestTasks (or opts.ChunkSize)
// with BulkCreateTasks, and returns one result per item, in the order of
// items. Items a 400 names get their own *BulkItemError and the chunk's
// others are sent again without them; a chunk whose outcome is unknown is
// never sent again. See AaSequencesService.CreateMany for the details.
// opts may be nil. An invalid requestID is ErrInvalidID before anything is
// sent, even with no items.
//
// Benchling API: POST /requests/{request_id}/tasks:bulk-create
func (s *LegacyRequestsService) CreateManyTasks(ctx context.Context, requestID string, items []*RequestTasksBulkCreate, opts *BulkOptions) ([]BulkResult[*RequestTask], error) {
	if err := pathf("requests/%s", requestID).err; err != nil {
		return nil, err
	}
	return bulk(ctx, items, opts, MaxBulkRequestTasks, submitSync(s.BulkCreateTasks, requestID))
}

// UpdateManyTasks updates any number of tasks of the legacy request
// requestID in chunks with BulkUpdateTasks, as CreateManyTasks does; each
// result is the updated task or the item's error.
//
// Benchling API: POST /requests/{request_id}/tasks:bulk-update
func (s *LegacyRequestsService) UpdateManyTasks(ctx context.Context, requestID string, items []*RequestTaskBase, opts *BulkOptions) ([]BulkResult[*RequestTask], error) {
	if err := pathf("requests/%s", requestID).err; err != nil {
		return nil, err
	}
	return bulk(ctx, items, opts, MaxBulkRequestTasks, submitSync(s.BulkUpdateTasks, requestID))
}

// ExecuteSampleGroups records the outcome of the work on sample groups of
// the legacy request requestID: each group's new status. Benchling
// answers with nothing else; the request's status follows its groups'.
// No sample groups is an error matching ErrInvalidID, and nothing is sent;
// an unknown request gives ErrNotFound, an unknown group ErrBadRequest.
//
// Benchling API: POST /requests/{request_id}:execute-sample-groups
func (s *LegacyRequestsService) ExecuteSampleGroups(ctx context.Context, requestID string, items []*SampleGroupStatusUpdate) (*Response, error) {
	r := pathf("requests/%s:execute-sample-groups", requestID)
	if len(items) == 0 {
		r = r.needIDs("sampleGroups", nil)
	}
	return callNoContent(ctx, s.c(), http.MethodPost, r, nil, &sampleGroupsStatusUpdate{SampleGroups: items})
}

// ListFulfillments returns one page of the fulfillments recorded in the
// entry entryID; the next page's token is in Response.NextToken. opts may
// be nil. An empty entryID is ErrInvalidID before anything is sent.
//
// Benchling API: GET /request-fulfillments
func (s *LegacyRequestsService) ListFulfillments(ctx context.Context, entryID string, opts *RequestFulfillmentListOptions) ([]*RequestFulfillment, *Response, error) {
	q := &struct {
		EntryID string `url:"entryId"`
		RequestFulfillmentListOptions
	}{entryID, valueOf(opts)}
	r := pathf("request-fulfillments").needIDs("entryId", []string{entryID})
	return list[RequestFulfillment](ctx, s.c(), http.MethodGet, r, "requestFulfillments", q, nil)
}

// AllFulfillments iterates over every fulfillment of the entry entryID
// matching opts, fetching pages as the loop needs them, with the
// guarantees of All.
//
// Benchling API: GET /request-fulfillments
func (s *LegacyRequestsService) AllFulfillments(ctx context.Context, entryID string, opts *RequestFulfillmentListOptions) iter.Seq2[*RequestFulfillment, error] {
	return all(ctx, opts, under(s.ListFulfillments, entryID))
}

// PagesFulfillments iterates over the pages of the fulfillments of the
// entry entryID matching opts, for a job that must resume where it
// stopped: once a page's items are processed, save Page.NextToken; to
// resume, pass the saved token as opts.NextToken and the next page is the
// first one fetched. Pages are fetched as the loop needs them, with the
// guarantees of AllFulfillments (lazy, stopping on break, an error yielded
// once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /request-fulfillments
func (s *LegacyRequestsService) PagesFulfillments(ctx context.Context, entryID string, opts *RequestFulfillmentListOptions) iter.Seq2[*Page[RequestFulfillment], error] {
	return pages(ctx, opts, under(s.ListFulfillments, entryID))
}

// GetFulfillment returns the request fulfillment with the given ID. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /request-fulfillments/{request_fulfillment_id}
func (s *LegacyRequestsService) GetFulfillment(ctx context.Context, id string) (*RequestFulfillment, *Response, error) {
	return call[RequestFulfillment](ctx, s.c(), http.MethodGet, pathf("request-fulfillments/%s", id), nil, nil)
}
