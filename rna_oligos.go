package benchling

import (
	"context"
	"iter"
	"net/http"
)

// RnaOligosService manages RNA oligos. (The spec lists
// CustomNotations.List under this tag too.)
//
// Benchling API tag: RNA Oligos.
type RnaOligosService service

// RnaOligoCreate is the body of RnaOligos.Create and one item of
// BulkCreate; the spec's RnaOligoCreate has DnaOligoCreate's shape.
type RnaOligoCreate = DnaOligoCreate

// RnaOligoUpdate is the body of RnaOligos.Update; the spec's
// RnaOligoUpdate has DnaOligoUpdate's shape.
type RnaOligoUpdate = DnaOligoUpdate

// RnaOligoBulkUpdate is one item of RnaOligos.BulkUpdate; the spec's
// RnaOligoBulkUpdate has DnaOligoBulkUpdate's shape.
type RnaOligoBulkUpdate = DnaOligoBulkUpdate

// RnaOligoBulkUpsertOptions are the options of RnaOligos.BulkUpsert.
type RnaOligoBulkUpsertOptions struct {
	// Returning limits the fields of the oligos in the task's response,
	// e.g. {"rnaOligos.id", "rnaOligos.entityRegistryId"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// RnaOligosArchive is the body of RnaOligos.Archive.
type RnaOligosArchive struct {
	// RnaOligoIDs are the oligos to archive.
	RnaOligoIDs []string `json:"rnaOligoIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// rnaOligosUnarchive is the body of RnaOligos.Unarchive.
type rnaOligosUnarchive struct {
	RnaOligoIDs []string `json:"rnaOligoIds"`
}

// RnaOligosArchivalChange lists the IDs of the oligos, and of their
// batches, that were archived or unarchived.
type RnaOligosArchivalChange struct {
	// RnaOligoIDs are the archived or unarchived oligos.
	RnaOligoIDs []string `json:"rnaOligoIds"`
	// BatchIDs are the archived or unarchived batches.
	BatchIDs []string `json:"batchIds"`
}

// rnaOligosBulkCreateRequest is the body of RnaOligos.BulkCreate.
type rnaOligosBulkCreateRequest struct {
	RnaOligos []*RnaOligoCreate `json:"rnaOligos,omitzero"`
}

// rnaOligosBulkUpdateRequest is the body of RnaOligos.BulkUpdate.
type rnaOligosBulkUpdateRequest struct {
	RnaOligos []*RnaOligoBulkUpdate `json:"rnaOligos,omitzero"`
}

// rnaOligosBulkUpsertRequest is the body of RnaOligos.BulkUpsert.
type rnaOligosBulkUpsertRequest struct {
	RnaOligos []*OligoBulkUpsertRequest `json:"rnaOligos"`
}

// RnaOligosBulkCreateResult is the response of a succeeded
// RnaOligos.BulkCreate task.
type RnaOligosBulkCreateResult struct {
	// RnaOligos are the created oligos, in the order of the request.
	RnaOligos []*RnaOligo `json:"rnaOligos"`
}

// RnaOligosBulkUpdateResult is the response of a succeeded
// RnaOligos.BulkUpdate task.
type RnaOligosBulkUpdateResult struct {
	// RnaOligos are the updated oligos.
	RnaOligos []*RnaOligo `json:"rnaOligos"`
}

// RnaOligosBulkUpsertResult is the response of a succeeded
// RnaOligos.BulkUpsert task (the spec gives the task no schema; it is the
// bulk-create task's shape).
type RnaOligosBulkUpsertResult struct {
	// RnaOligos are the created or updated oligos.
	RnaOligos []*RnaOligo `json:"rnaOligos"`
}

// Get returns the RNA oligo with the given ID; opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /rna-oligos/{oligo_id}
func (s *RnaOligosService) Get(ctx context.Context, id string, opts *NucleotideGetOptions) (*RnaOligo, *Response, error) {
	return call[RnaOligo](ctx, s.c(), http.MethodGet, pathf("rna-oligos/%s", id), opts, nil)
}

// List returns one page of RNA oligos; resp.NextToken is the token of
// the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /rna-oligos
func (s *RnaOligosService) List(ctx context.Context, opts *NucleotideListOptions) ([]*RnaOligo, *Response, error) {
	return list[RnaOligo](ctx, s.c(), http.MethodGet, pathf("rna-oligos"), "rnaOligos", opts, nil)
}

// All iterates over every RNA oligo that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Benchling API: GET /rna-oligos
func (s *RnaOligosService) All(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*RnaOligo, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the RNA oligos that opts selects, for
// a job that must resume where it stopped: save Page.NextToken once a
// page is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All.
//
// Benchling API: GET /rna-oligos
func (s *RnaOligosService) Pages(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*Page[RnaOligo], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a RNA oligo, registering it when body names a registry.
// Invalid bases, a missing name or an unknown schema are a 400.
//
// Benchling API: POST /rna-oligos
func (s *RnaOligosService) Create(ctx context.Context, body *RnaOligoCreate) (*RnaOligo, *Response, error) {
	return call[RnaOligo](ctx, s.c(), http.MethodPost, pathf("rna-oligos"), nil, body)
}

// Update changes the RNA oligo with the given ID; nil fields of body are
// left unchanged.
//
// Benchling API: PATCH /rna-oligos/{oligo_id}
func (s *RnaOligosService) Update(ctx context.Context, id string, body *RnaOligoUpdate) (*RnaOligo, *Response, error) {
	return call[RnaOligo](ctx, s.c(), http.MethodPatch, pathf("rna-oligos/%s", id), nil, body)
}

// Upsert creates or updates the registered RNA oligo with the given
// registry ID. resp.StatusCode is 201 when it was created and 200 when it
// was updated. A registry ID held by another kind of entity is a 400.
//
// Benchling API: PATCH /rna-oligos/{entity_registry_id}:upsert
func (s *RnaOligosService) Upsert(ctx context.Context, registryID string, body *OligoUpsertRequest) (*RnaOligo, *Response, error) {
	return call[RnaOligo](ctx, s.c(), http.MethodPatch, pathf("rna-oligos/%s:upsert", registryID), nil, body)
}

// Archive archives RNA oligos, and their batches, for a reason. An
// unknown ID or a reason the tenant does not accept is a 400.
//
// Benchling API: POST /rna-oligos:archive
func (s *RnaOligosService) Archive(ctx context.Context, body *RnaOligosArchive) (*RnaOligosArchivalChange, *Response, error) {
	r := pathf("rna-oligos:archive")
	if body != nil {
		r = r.needIDs("rnaOligoIds", body.RnaOligoIDs)
	}
	return call[RnaOligosArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives RNA oligos and their batches. An unknown ID is a
// 400.
//
// Benchling API: POST /rna-oligos:unarchive
func (s *RnaOligosService) Unarchive(ctx context.Context, ids []string) (*RnaOligosArchivalChange, *Response, error) {
	return call[RnaOligosArchivalChange](ctx, s.c(), http.MethodPost, pathf("rna-oligos:unarchive").needIDs("rnaOligoIds", ids), nil, &rnaOligosUnarchive{RnaOligoIDs: ids})
}

// BulkCreate starts a task that creates up to 1000 RNA oligos; Wait on
// the returned link gives the created oligos. An invalid item fails the
// task, which then creates nothing.
//
// Benchling API: POST /rna-oligos:bulk-create
func (s *RnaOligosService) BulkCreate(ctx context.Context, items []*RnaOligoCreate) (*AsyncTaskLink[RnaOligosBulkCreateResult], *Response, error) {
	return startTask[RnaOligosBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("rna-oligos:bulk-create"), nil, &rnaOligosBulkCreateRequest{RnaOligos: items})
}

// BulkUpdate starts a task that updates RNA oligos (up to 1000); Wait on
// the returned link gives the updated oligos.
//
// Benchling API: POST /rna-oligos:bulk-update
func (s *RnaOligosService) BulkUpdate(ctx context.Context, items []*RnaOligoBulkUpdate) (*AsyncTaskLink[RnaOligosBulkUpdateResult], *Response, error) {
	return startTask[RnaOligosBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("rna-oligos:bulk-update"), nil, &rnaOligosBulkUpdateRequest{RnaOligos: items})
}

// BulkUpsert starts a task that creates or updates up to 1000 registered
// RNA oligos, all or nothing, in one registry; Wait on the returned link
// gives the oligos. opts may be nil.
//
// Benchling API: POST /rna-oligos:bulk-upsert
func (s *RnaOligosService) BulkUpsert(ctx context.Context, items []*OligoBulkUpsertRequest, opts *RnaOligoBulkUpsertOptions) (*AsyncTaskLink[RnaOligosBulkUpsertResult], *Response, error) {
	return startTask[RnaOligosBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("rna-oligos:bulk-upsert"), opts, &rnaOligosBulkUpsertRequest{RnaOligos: items})
}

// CreateMany creates any number of RNA oligos in chunks of at most
// MaxBulkOligos with BulkCreate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Benchling API: POST /rna-oligos:bulk-create
func (s *RnaOligosService) CreateMany(ctx context.Context, items []*RnaOligoCreate, opts *BulkOptions) ([]BulkResult[*RnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(s.BulkCreate,
		func(r *RnaOligosBulkCreateResult) []*RnaOligo { return r.RnaOligos }))
}

// UpdateMany updates any number of RNA oligos in chunks of at most
// MaxBulkOligos with BulkUpdate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Benchling API: POST /rna-oligos:bulk-update
func (s *RnaOligosService) UpdateMany(ctx context.Context, items []*RnaOligoBulkUpdate, opts *BulkOptions) ([]BulkResult[*RnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(s.BulkUpdate,
		func(r *RnaOligosBulkUpdateResult) []*RnaOligo { return r.RnaOligos }))
}

// UpsertMany creates or updates any number of registered RNA oligos in
// chunks of at most MaxBulkOligos with BulkUpsert, sending upsertOpts
// (which may be nil) with every chunk; see AaSequencesService.CreateMany
// for how chunks, errors and cancellation behave.
//
// Benchling API: POST /rna-oligos:bulk-upsert
func (s *RnaOligosService) UpsertMany(ctx context.Context, items []*OligoBulkUpsertRequest, upsertOpts *RnaOligoBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*RnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *RnaOligosBulkUpsertResult) []*RnaOligo { return r.RnaOligos }))
}
