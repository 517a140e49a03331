package benchling

import (
	"context"
	"iter"
	"net/http"
)

// CustomEntitiesService manages custom entities, the registry entities
// whose kinds tenants define with entity schemas.
//
// Benchling API tag: Custom Entities.
type CustomEntitiesService service

// MaxBulkCustomEntities is the most custom entities one bulk create,
// update or upsert carries (the spec's maxItems, and Benchling's "Limit of
// 2500 custom entities per request"). CreateMany, UpdateMany and UpsertMany
// split larger inputs into chunks of this size.
const MaxBulkCustomEntities = 2500

// Get returns the custom entity with the given ID; opts may be nil. An
// unknown ID gives an error matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /custom-entities/{custom_entity_id}
func (s *CustomEntitiesService) Get(ctx context.Context, id string, opts *CustomEntityGetOptions) (*CustomEntity, *Response, error) {
	return call[CustomEntity](ctx, s.c(), http.MethodGet, pathf("custom-entities/%s", id), opts, nil)
}

// List returns one page of custom entities; the next page's token is in
// Response.NextToken. opts may be nil; without an ArchiveReason filter
// archived entities are left out. An unknown ID in opts.IDs is an error
// matching ErrBadRequest.
//
// Benchling API: GET /custom-entities
func (s *CustomEntitiesService) List(ctx context.Context, opts *CustomEntityListOptions) ([]*CustomEntity, *Response, error) {
	return list[CustomEntity](ctx, s.c(), http.MethodGet, pathf("custom-entities"), "customEntities", opts, nil)
}

// All iterates over every custom entity matching opts, fetching pages as
// the loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop; opts is not modified.
//
// Benchling API: GET /custom-entities
func (s *CustomEntitiesService) All(ctx context.Context, opts *CustomEntityListOptions) iter.Seq2[*CustomEntity, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the custom entities matching opts, for
// a job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /custom-entities
func (s *CustomEntitiesService) Pages(ctx context.Context, opts *CustomEntityListOptions) iter.Seq2[*Page[CustomEntity], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a custom entity, registering it when body names a
// registry. A missing name or schema, an unknown schema or folder, or a
// registry ID already taken is an error matching ErrBadRequest.
//
// Benchling API: POST /custom-entities
func (s *CustomEntitiesService) Create(ctx context.Context, body *CustomEntityCreate) (*CustomEntity, *Response, error) {
	return call[CustomEntity](ctx, s.c(), http.MethodPost, pathf("custom-entities"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// entity. An unknown ID gives an error matching ErrNotFound or
// ErrBadRequest.
//
// Benchling API: PATCH /custom-entities/{custom_entity_id}
func (s *CustomEntitiesService) Update(ctx context.Context, id string, body *CustomEntityUpdate) (*CustomEntity, *Response, error) {
	return call[CustomEntity](ctx, s.c(), http.MethodPatch, pathf("custom-entities/%s", id), nil, body)
}

// Upsert creates or updates the registered custom entity with the registry
// ID registryID. Response.StatusCode is 201 when the entity was created and
// 200 when it was updated. A registry ID held by another kind of entity is
// an error matching ErrBadRequest.
//
// Benchling API: PATCH /custom-entities/{entity_registry_id}:upsert
func (s *CustomEntitiesService) Upsert(ctx context.Context, registryID string, body *CustomEntityUpsertRequest) (*CustomEntity, *Response, error) {
	return call[CustomEntity](ctx, s.c(), http.MethodPatch, pathf("custom-entities/%s:upsert", registryID), nil, body)
}

// Archive archives the custom entities body.CustomEntityIDs, with their
// batches, for body.Reason. No ID, or an invalid one, is ErrInvalidID
// before anything is sent; an unknown ID or a reason the tenant does not
// accept is an error matching ErrBadRequest.
//
// Benchling API: POST /custom-entities:archive
func (s *CustomEntitiesService) Archive(ctx context.Context, body *CustomEntitiesArchive) (*CustomEntitiesArchivalChange, *Response, error) {
	r := pathf("custom-entities:archive")
	if body != nil {
		r = r.needIDs("customEntityIds", body.CustomEntityIDs)
	}
	return call[CustomEntitiesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the custom entities with the given IDs, with the
// batches archived along with them. No ID, or an invalid one, is
// ErrInvalidID before anything is sent.
//
// Benchling API: POST /custom-entities:unarchive
func (s *CustomEntitiesService) Unarchive(ctx context.Context, ids []string) (*CustomEntitiesArchivalChange, *Response, error) {
	return call[CustomEntitiesArchivalChange](ctx, s.c(), http.MethodPost, pathf("custom-entities:unarchive").needIDs("customEntityIds", ids),
		nil, &customEntitiesUnarchive{CustomEntityIDs: ids})
}

// BulkGet returns the custom entities with the given IDs; opts may be nil.
// No ID is ErrInvalidID before anything is sent; an unknown ID is an error
// matching ErrBadRequest.
//
// Benchling API: GET /custom-entities:bulk-get
func (s *CustomEntitiesService) BulkGet(ctx context.Context, ids []string, opts *CustomEntityBulkGetOptions) ([]*CustomEntity, *Response, error) {
	q := struct {
		IDs []string `url:"customEntityIds,comma"`
		CustomEntityBulkGetOptions
	}{IDs: ids, CustomEntityBulkGetOptions: valueOf(opts)}
	r := pathf("custom-entities:bulk-get").needIDs("customEntityIds", ids)
	return list[CustomEntity](ctx, s.c(), http.MethodGet, r, "customEntities", q, nil)
}

// BulkCreate starts an asynchronous task that creates up to
// MaxBulkCustomEntities custom entities; link.Wait returns them, in the
// order of items, when the task ends. An invalid item fails the task,
// which then creates nothing.
//
// Benchling API: POST /custom-entities:bulk-create
func (s *CustomEntitiesService) BulkCreate(ctx context.Context, items []*CustomEntityBulkCreate) (*AsyncTaskLink[CustomEntitiesBulkCreateResult], *Response, error) {
	return startTask[CustomEntitiesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("custom-entities:bulk-create"), nil,
		&customEntitiesBulkCreateRequest{CustomEntities: items})
}

// BulkUpdate starts an asynchronous task that updates up to
// MaxBulkCustomEntities custom entities; link.Wait returns them when the
// task ends.
//
// Benchling API: POST /custom-entities:bulk-update
func (s *CustomEntitiesService) BulkUpdate(ctx context.Context, items []*CustomEntityBulkUpdate) (*AsyncTaskLink[CustomEntitiesBulkUpdateResult], *Response, error) {
	return startTask[CustomEntitiesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("custom-entities:bulk-update"), nil,
		&customEntitiesBulkUpdateRequest{CustomEntities: items})
}

// BulkUpsert starts an asynchronous task that creates or updates up to
// MaxBulkCustomEntities registered custom entities, all in one registry,
// found by their registry IDs; if any item fails, nothing is changed.
// link.Wait returns the entities when the task ends.
//
// Benchling API: POST /custom-entities:bulk-upsert
func (s *CustomEntitiesService) BulkUpsert(ctx context.Context, items []*CustomEntityBulkUpsertRequest) (*AsyncTaskLink[CustomEntitiesBulkUpsertResult], *Response, error) {
	return startTask[CustomEntitiesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("custom-entities:bulk-upsert"), nil,
		&customEntitiesBulkUpsertRequest{CustomEntities: items})
}

// CreateMany creates any number of custom entities in chunks of at most
// MaxBulkCustomEntities (or opts.ChunkSize) with BulkCreate, and returns
// one result per item in the order of items; see
// AaSequencesService.CreateMany for how chunks, errors and cancellation
// behave. opts may be nil.
//
// Benchling API: POST /custom-entities:bulk-create
func (s *CustomEntitiesService) CreateMany(ctx context.Context, items []*CustomEntityBulkCreate, opts *BulkOptions) ([]BulkResult[*CustomEntity], error) {
	return bulk(ctx, items, opts, MaxBulkCustomEntities, submitAndWait(s.BulkCreate,
		func(r *CustomEntitiesBulkCreateResult) []*CustomEntity { return r.CustomEntities }))
}

// UpdateMany updates any number of custom entities in chunks of at most
// MaxBulkCustomEntities with BulkUpdate, as CreateMany does; each result is
// the updated entity or the item's error.
//
// Benchling API: POST /custom-entities:bulk-update
func (s *CustomEntitiesService) UpdateMany(ctx context.Context, items []*CustomEntityBulkUpdate, opts *BulkOptions) ([]BulkResult[*CustomEntity], error) {
	return bulk(ctx, items, opts, MaxBulkCustomEntities, submitAndWait(s.BulkUpdate,
		func(r *CustomEntitiesBulkUpdateResult) []*CustomEntity { return r.CustomEntities }))
}

// UpsertMany creates or updates any number of registered custom entities
// in chunks of at most MaxBulkCustomEntities with BulkUpsert, as CreateMany
// does. Benchling applies a chunk all or nothing; an invalid item gets its
// own *BulkItemError and the chunk's others are resubmitted without it.
//
// Benchling API: POST /custom-entities:bulk-upsert
func (s *CustomEntitiesService) UpsertMany(ctx context.Context, items []*CustomEntityBulkUpsertRequest, opts *BulkOptions) ([]BulkResult[*CustomEntity], error) {
	return bulk(ctx, items, opts, MaxBulkCustomEntities, submitAndWait(s.BulkUpsert,
		func(r *CustomEntitiesBulkUpsertResult) []*CustomEntity { return r.CustomEntities }))
}
