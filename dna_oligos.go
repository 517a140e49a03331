package benchling

import (
	"context"
	"iter"
	"net/http"
)

// DnaOligosService manages DNA oligos. (The spec lists
// CustomNotations.List under this tag too.)
//
// Benchling API tag: DNA Oligos.
type DnaOligosService service

// DnaOligoCreate is the body of DnaOligos.Create and one item of
// BulkCreate (and, as RnaOligoCreate, of RnaOligos'). Only Name is
// required; give the bases as Bases, or in a custom notation
// (CustomNotation and CustomNotationID), or as Helm. To register the
// oligo on creation set RegistryID and EntityRegistryID or NamingStrategy
// (not both); FolderID may then be left nil.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type DnaOligoCreate struct {
	EntityCreateBase

	// Bases are the oligo's bases.
	Bases *string `json:"bases,omitempty"`
	// CustomNotation is the oligo in the custom notation CustomNotationID
	// names, instead of Bases.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation (sntx_...) CustomNotation is
	// written in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the oligo in HELM notation, with chemical modifications.
	Helm *string `json:"helm,omitempty"`
	// Annotations are annotations to create on the oligo.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
	// SchemaID is the oligo's schema (ts_...).
	SchemaID *string `json:"schemaId,omitempty"`
}

// DnaOligoUpdate is the body of DnaOligos.Update (and, as RnaOligoUpdate,
// of RnaOligos.Update). Nil fields are left unchanged; a list or map
// that is not nil replaces the oligo's.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type DnaOligoUpdate struct {
	EntityUpdateBase

	// Bases are the oligo's new bases.
	Bases *string `json:"bases,omitempty"`
	// CustomNotation is the oligo's new bases in the custom notation
	// CustomNotationID names.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation CustomNotation is written
	// in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the oligo's new HELM.
	Helm *string `json:"helm,omitempty"`
	// Annotations replace the oligo's annotations; an empty, non-nil
	// slice removes them all.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
}

// DnaOligoBulkUpdate is one item of DnaOligos.BulkUpdate (and, as
// RnaOligoBulkUpdate, of RnaOligos'): the ID of the oligo to change, and
// the changes. Nil fields are left unchanged.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type DnaOligoBulkUpdate struct {
	// ID is the oligo to update.
	ID string `json:"id"`
	EntityUpdateBase
	// Bases are the oligo's new bases.
	Bases *string `json:"bases,omitempty"`
	// CustomNotation is the oligo's new bases in the custom notation
	// CustomNotationID names.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation CustomNotation is written
	// in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the oligo's new HELM.
	Helm *string `json:"helm,omitempty"`
	// Annotations replace the oligo's annotations; an empty, non-nil
	// slice removes them all.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
}

// DnaOligoGetOptions are the options of DnaOligos.Get.
type DnaOligoGetOptions struct {
	// CustomNotationID is the custom notation (sntx_...) the oligo's
	// CustomNotation is written in; without it CustomNotation is nil.
	CustomNotationID string `url:"customNotationId,omitempty"`
}

// DnaOligoBulkUpsertOptions are the options of DnaOligos.BulkUpsert.
type DnaOligoBulkUpsertOptions struct {
	// Returning limits the fields of the oligos in the task's response,
	// e.g. {"dnaOligos.id", "dnaOligos.entityRegistryId"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// DnaOligosArchive is the body of DnaOligos.Archive.
type DnaOligosArchive struct {
	// DnaOligoIDs are the oligos to archive.
	DnaOligoIDs []string `json:"dnaOligoIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// dnaOligosUnarchive is the body of DnaOligos.Unarchive.
type dnaOligosUnarchive struct {
	DnaOligoIDs []string `json:"dnaOligoIds"`
}

// DnaOligosArchivalChange lists the IDs of the oligos, and of their
// batches, that were archived or unarchived.
type DnaOligosArchivalChange struct {
	// DnaOligoIDs are the archived or unarchived oligos.
	DnaOligoIDs []string `json:"dnaOligoIds"`
	// BatchIDs are the archived or unarchived batches.
	BatchIDs []string `json:"batchIds"`
}

// dnaOligosBulkCreateRequest is the body of DnaOligos.BulkCreate.
type dnaOligosBulkCreateRequest struct {
	DnaOligos []*DnaOligoCreate `json:"dnaOligos,omitzero"`
}

// dnaOligosBulkUpdateRequest is the body of DnaOligos.BulkUpdate.
type dnaOligosBulkUpdateRequest struct {
	DnaOligos []*DnaOligoBulkUpdate `json:"dnaOligos,omitzero"`
}

// dnaOligosBulkUpsertRequest is the body of DnaOligos.BulkUpsert.
type dnaOligosBulkUpsertRequest struct {
	DnaOligos []*OligoBulkUpsertRequest `json:"dnaOligos"`
}

// DnaOligosBulkCreateResult is the response of a succeeded
// DnaOligos.BulkCreate task.
type DnaOligosBulkCreateResult struct {
	// DnaOligos are the created oligos, in the order of the request.
	DnaOligos []*DnaOligo `json:"dnaOligos"`
}

// DnaOligosBulkUpdateResult is the response of a succeeded
// DnaOligos.BulkUpdate task.
type DnaOligosBulkUpdateResult struct {
	// DnaOligos are the updated oligos.
	DnaOligos []*DnaOligo `json:"dnaOligos"`
}

// DnaOligosBulkUpsertResult is the response of a succeeded
// DnaOligos.BulkUpsert task (the spec gives the task no schema; it is the
// bulk-create task's shape).
type DnaOligosBulkUpsertResult struct {
	// DnaOligos are the created or updated oligos.
	DnaOligos []*DnaOligo `json:"dnaOligos"`
}

// Get returns the DNA oligo with the given ID; opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /dna-oligos/{oligo_id}
func (s *DnaOligosService) Get(ctx context.Context, id string, opts *DnaOligoGetOptions) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodGet, pathf("dna-oligos/%s", id), opts, nil)
}

// List returns one page of DNA oligos; resp.NextToken is the token of
// the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /dna-oligos
func (s *DnaOligosService) List(ctx context.Context, opts *NucleotideListOptions) ([]*DnaOligo, *Response, error) {
	return list[DnaOligo](ctx, s.c(), http.MethodGet, pathf("dna-oligos"), "dnaOligos", opts, nil)
}

// All iterates over every DNA oligo that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Benchling API: GET /dna-oligos
func (s *DnaOligosService) All(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*DnaOligo, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the DNA oligos that opts selects, for
// a job that must resume where it stopped: save Page.NextToken once a
// page is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All.
//
// Benchling API: GET /dna-oligos
func (s *DnaOligosService) Pages(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*Page[DnaOligo], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a DNA oligo, registering it when body names a registry.
// Invalid bases, a missing name or an unknown schema are a 400.
//
// Benchling API: POST /dna-oligos
func (s *DnaOligosService) Create(ctx context.Context, body *DnaOligoCreate) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodPost, pathf("dna-oligos"), nil, body)
}

// Update changes the DNA oligo with the given ID; nil fields of body are
// left unchanged.
//
// Benchling API: PATCH /dna-oligos/{oligo_id}
func (s *DnaOligosService) Update(ctx context.Context, id string, body *DnaOligoUpdate) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodPatch, pathf("dna-oligos/%s", id), nil, body)
}

// Upsert creates or updates the registered DNA oligo with the given
// registry ID. resp.StatusCode is 201 when it was created and 200 when it
// was updated. A registry ID held by another kind of entity is a 400.
//
// Benchling API: PATCH /dna-oligos/{entity_registry_id}:upsert
func (s *DnaOligosService) Upsert(ctx context.Context, registryID string, body *OligoUpsertRequest) (*DnaOligo, *Response, error) {
	return call[DnaOligo](ctx, s.c(), http.MethodPatch, pathf("dna-oligos/%s:upsert", registryID), nil, body)
}

// Archive archives DNA oligos, and their batches, for a reason. An
// unknown ID or a reason the tenant does not accept is a 400.
//
// Benchling API: POST /dna-oligos:archive
func (s *DnaOligosService) Archive(ctx context.Context, body *DnaOligosArchive) (*DnaOligosArchivalChange, *Response, error) {
	r := pathf("dna-oligos:archive")
	if body != nil {
		r = r.needIDs("dnaOligoIds", body.DnaOligoIDs)
	}
	return call[DnaOligosArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives DNA oligos and their batches. An unknown ID is a
// 400.
//
// Benchling API: POST /dna-oligos:unarchive
func (s *DnaOligosService) Unarchive(ctx context.Context, ids []string) (*DnaOligosArchivalChange, *Response, error) {
	return call[DnaOligosArchivalChange](ctx, s.c(), http.MethodPost, pathf("dna-oligos:unarchive").needIDs("dnaOligoIds", ids), nil, &dnaOligosUnarchive{DnaOligoIDs: ids})
}

// BulkCreate starts a task that creates up to 1000 DNA oligos; Wait on
// the returned link gives the created oligos. An invalid item fails the
// task, which then creates nothing.
//
// Benchling API: POST /dna-oligos:bulk-create
func (s *DnaOligosService) BulkCreate(ctx context.Context, items []*DnaOligoCreate) (*AsyncTaskLink[DnaOligosBulkCreateResult], *Response, error) {
	return startTask[DnaOligosBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("dna-oligos:bulk-create"), nil, &dnaOligosBulkCreateRequest{DnaOligos: items})
}

// BulkUpdate starts a task that updates DNA oligos (up to 1000); Wait on
// the returned link gives the updated oligos.
//
// Benchling API: POST /dna-oligos:bulk-update
func (s *DnaOligosService) BulkUpdate(ctx context.Context, items []*DnaOligoBulkUpdate) (*AsyncTaskLink[DnaOligosBulkUpdateResult], *Response, error) {
	return startTask[DnaOligosBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("dna-oligos:bulk-update"), nil, &dnaOligosBulkUpdateRequest{DnaOligos: items})
}

// BulkUpsert starts a task that creates or updates up to 1000 registered
// DNA oligos, all or nothing, in one registry; Wait on the returned link
// gives the oligos. opts may be nil.
//
// Benchling API: POST /dna-oligos:bulk-upsert
func (s *DnaOligosService) BulkUpsert(ctx context.Context, items []*OligoBulkUpsertRequest, opts *DnaOligoBulkUpsertOptions) (*AsyncTaskLink[DnaOligosBulkUpsertResult], *Response, error) {
	return startTask[DnaOligosBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("dna-oligos:bulk-upsert"), opts, &dnaOligosBulkUpsertRequest{DnaOligos: items})
}

// CreateMany creates any number of DNA oligos in chunks of at most
// MaxBulkOligos with BulkCreate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Benchling API: POST /dna-oligos:bulk-create
func (s *DnaOligosService) CreateMany(ctx context.Context, items []*DnaOligoCreate, opts *BulkOptions) ([]BulkResult[*DnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(s.BulkCreate,
		func(r *DnaOligosBulkCreateResult) []*DnaOligo { return r.DnaOligos }))
}

// UpdateMany updates any number of DNA oligos in chunks of at most
// MaxBulkOligos with BulkUpdate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Benchling API: POST /dna-oligos:bulk-update
func (s *DnaOligosService) UpdateMany(ctx context.Context, items []*DnaOligoBulkUpdate, opts *BulkOptions) ([]BulkResult[*DnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(s.BulkUpdate,
		func(r *DnaOligosBulkUpdateResult) []*DnaOligo { return r.DnaOligos }))
}

// UpsertMany creates or updates any number of registered DNA oligos in
// chunks of at most MaxBulkOligos with BulkUpsert, sending upsertOpts
// (which may be nil) with every chunk; see AaSequencesService.CreateMany
// for how chunks, errors and cancellation behave.
//
// Benchling API: POST /dna-oligos:bulk-upsert
func (s *DnaOligosService) UpsertMany(ctx context.Context, items []*OligoBulkUpsertRequest, upsertOpts *DnaOligoBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*DnaOligo], error) {
	return bulk(ctx, items, opts, MaxBulkOligos, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *DnaOligosBulkUpsertResult) []*DnaOligo { return r.DnaOligos }))
}
