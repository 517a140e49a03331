package benchling

import (
	"context"
	"iter"
	"net/http"
)

// MixturesService manages mixtures: registry entities made of ingredients
// in given amounts (recipes, and the preps made from them).
//
// Benchling API tag: Mixtures.
type MixturesService service

// MaxBulkMixtures is the most mixtures one bulk create or update carries
// (the spec's maxItems of a bulk create, and its "Limit of 1000 mixtures
// per request"; it states none for bulk updates, which the SDK chunks the
// same way). CreateMany and UpdateMany split larger inputs into chunks of
// this size.
const MaxBulkMixtures = 1000

// Get returns the mixture with the given ID. An unknown ID gives an error
// matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /mixtures/{mixture_id}
func (s *MixturesService) Get(ctx context.Context, id string) (*Mixture, *Response, error) {
	return call[Mixture](ctx, s.c(), http.MethodGet, pathf("mixtures/%s", id), nil, nil)
}

// List returns one page of mixtures; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived mixtures are left out.
//
// Benchling API: GET /mixtures
func (s *MixturesService) List(ctx context.Context, opts *MixtureListOptions) ([]*Mixture, *Response, error) {
	return list[Mixture](ctx, s.c(), http.MethodGet, pathf("mixtures"), "mixtures", opts, nil)
}

// All iterates over every mixture matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /mixtures
func (s *MixturesService) All(ctx context.Context, opts *MixtureListOptions) iter.Seq2[*Mixture, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the mixtures matching opts, for a job
// that must resume where it stopped: once a page's items are processed,
// save Page.NextToken; to resume, pass the saved token as opts.NextToken
// and the next page is the first one fetched. Pages are fetched as the
// loop needs them, with the guarantees of All.
//
// Benchling API: GET /mixtures
func (s *MixturesService) Pages(ctx context.Context, opts *MixtureListOptions) iter.Seq2[*Page[Mixture], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a mixture, registering it when body names a registry. An
// ingredient whose component entity does not exist, a missing name, schema
// or units, or an amount that is not a positive decimal is an error
// matching ErrBadRequest.
//
// Benchling API: POST /mixtures
func (s *MixturesService) Create(ctx context.Context, body *MixtureCreate) (*Mixture, *Response, error) {
	return call[Mixture](ctx, s.c(), http.MethodPost, pathf("mixtures"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// mixture; body.Ingredients, when set, replaces the ingredients.
//
// Benchling API: PATCH /mixtures/{mixture_id}
func (s *MixturesService) Update(ctx context.Context, id string, body *MixtureUpdate) (*Mixture, *Response, error) {
	return call[Mixture](ctx, s.c(), http.MethodPatch, pathf("mixtures/%s", id), nil, body)
}

// Archive archives the mixtures body.MixtureIDs for body.Reason. No ID, or
// an invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /mixtures:archive
func (s *MixturesService) Archive(ctx context.Context, body *MixturesArchive) (*MixturesArchivalChange, *Response, error) {
	r := pathf("mixtures:archive")
	if body != nil {
		r = r.needIDs("mixtureIds", body.MixtureIDs)
	}
	return call[MixturesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the mixtures with the given IDs. No ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /mixtures:unarchive
func (s *MixturesService) Unarchive(ctx context.Context, ids []string) (*MixturesArchivalChange, *Response, error) {
	return call[MixturesArchivalChange](ctx, s.c(), http.MethodPost, pathf("mixtures:unarchive").needIDs("mixtureIds", ids),
		nil, &mixturesUnarchive{MixtureIDs: ids})
}

// BulkCreate starts an asynchronous task that creates up to
// MaxBulkMixtures mixtures; link.Wait returns them when the task ends.
//
// Benchling API: POST /mixtures:bulk-create
func (s *MixturesService) BulkCreate(ctx context.Context, items []*MixtureCreate) (*AsyncTaskLink[MixturesBulkCreateResult], *Response, error) {
	return startTask[MixturesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("mixtures:bulk-create"), nil,
		&mixturesBulkCreateRequest{Mixtures: items})
}

// BulkUpdate starts an asynchronous task that updates mixtures; link.Wait
// returns them when the task ends.
//
// Benchling API: POST /mixtures:bulk-update
func (s *MixturesService) BulkUpdate(ctx context.Context, items []*MixtureBulkUpdate) (*AsyncTaskLink[MixturesBulkUpdateResult], *Response, error) {
	return startTask[MixturesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("mixtures:bulk-update"), nil,
		&mixturesBulkUpdateRequest{Mixtures: items})
}

// CreateMany creates any number of mixtures in chunks of at most
// MaxBulkMixtures (or opts.ChunkSize) with BulkCreate, and returns one
// result per item in the order of items; see AaSequencesService.CreateMany
// for how chunks, errors and cancellation behave. opts may be nil.
//
// Benchling API: POST /mixtures:bulk-create
func (s *MixturesService) CreateMany(ctx context.Context, items []*MixtureCreate, opts *BulkOptions) ([]BulkResult[*Mixture], error) {
	return bulk(ctx, items, opts, MaxBulkMixtures, submitAndWait(s.BulkCreate,
		func(r *MixturesBulkCreateResult) []*Mixture { return r.Mixtures }))
}

// UpdateMany updates any number of mixtures in chunks of at most
// MaxBulkMixtures with BulkUpdate, as CreateMany does.
//
// Benchling API: POST /mixtures:bulk-update
func (s *MixturesService) UpdateMany(ctx context.Context, items []*MixtureBulkUpdate, opts *BulkOptions) ([]BulkResult[*Mixture], error) {
	return bulk(ctx, items, opts, MaxBulkMixtures, submitAndWait(s.BulkUpdate,
		func(r *MixturesBulkUpdateResult) []*Mixture { return r.Mixtures }))
}
