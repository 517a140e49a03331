package benchling

import (
	"context"
	"iter"
	"net/http"
)

// SchemasService reads the tenant's schemas: entity, batch, box, container,
// location, plate, entry, legacy request and request task, workflow task,
// assay run and assay result schemas. Each kind is a secondary resource
// with its List, All, Get and by-name lookup (ListEntitySchemas,
// AllEntitySchemas, GetEntitySchema, EntitySchemaByName, ...). The API only
// reads schemas; they are edited in Benchling's web app.
//
// Benchling API tag: Schemas.
type SchemasService service

// SchemaListOptions page and filter the schema lists that take a
// modification-time filter (all but boxes, locations and plates, which take
// only ListOptions).
type SchemaListOptions struct {
	ListOptions

	// ModifiedAt filters by modification time with an expression such as ">
	// 2022-03-01" or "> 2022-03-01 AND < 2022-04-01" (RFC 3339 times, UTC
	// by default).
	ModifiedAt string `url:"modifiedAt,omitempty"`
}

// ListEntitySchemas returns one page of the tenant's entity schemas (of
// custom entities, sequences, oligos, mixtures and molecules); the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /entity-schemas
func (s *SchemasService) ListEntitySchemas(ctx context.Context, opts *SchemaListOptions) ([]*EntitySchema, *Response, error) {
	return list[EntitySchema](ctx, s.c(), http.MethodGet, pathf("entity-schemas"), "entitySchemas", opts, nil)
}

// AllEntitySchemas iterates over every entity schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop; opts
// is not modified.
//
// Benchling API: GET /entity-schemas
func (s *SchemasService) AllEntitySchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*EntitySchema, error] {
	return all(ctx, opts, s.ListEntitySchemas)
}

// PagesEntitySchemas iterates over the pages of the entity schemas matching
// opts, for a job that must resume where it stopped: once a page's items
// are processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllEntitySchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /entity-schemas
func (s *SchemasService) PagesEntitySchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[EntitySchema], error] {
	return pages(ctx, opts, s.ListEntitySchemas)
}

// GetEntitySchema returns the entity schema with the given ID. An unknown
// ID gives an error matching ErrNotFound.
//
// Benchling API: GET /entity-schemas/{schema_id}
func (s *SchemasService) GetEntitySchema(ctx context.Context, id string) (*EntitySchema, *Response, error) {
	return call[EntitySchema](ctx, s.c(), http.MethodGet, pathf("entity-schemas/%s", id), nil, nil)
}

// EntitySchemaByName returns the unarchived entity schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every entity schema (100 per request) and matches them here. No
// such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /entity-schemas
func (s *SchemasService) EntitySchemaByName(ctx context.Context, name string) (*EntitySchema, error) {
	return byName("entity schema", name, s.AllEntitySchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListBatchSchemas returns one page of the tenant's batch schemas; the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /batch-schemas
func (s *SchemasService) ListBatchSchemas(ctx context.Context, opts *SchemaListOptions) ([]*BatchSchema, *Response, error) {
	return list[BatchSchema](ctx, s.c(), http.MethodGet, pathf("batch-schemas"), "batchSchemas", opts, nil)
}

// AllBatchSchemas iterates over every batch schema matching opts, fetching
// pages as the loop needs them. It is lazy: nothing is requested before the
// loop starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop; opts is not
// modified.
//
// Benchling API: GET /batch-schemas
func (s *SchemasService) AllBatchSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*BatchSchema, error] {
	return all(ctx, opts, s.ListBatchSchemas)
}

// PagesBatchSchemas iterates over the pages of the batch schemas matching
// opts, for a job that must resume where it stopped: once a page's items
// are processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllBatchSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /batch-schemas
func (s *SchemasService) PagesBatchSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[BatchSchema], error] {
	return pages(ctx, opts, s.ListBatchSchemas)
}

// GetBatchSchema returns the batch schema with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /batch-schemas/{schema_id}
func (s *SchemasService) GetBatchSchema(ctx context.Context, id string) (*BatchSchema, *Response, error) {
	return call[BatchSchema](ctx, s.c(), http.MethodGet, pathf("batch-schemas/%s", id), nil, nil)
}

// BatchSchemaByName returns the unarchived batch schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every batch schema (100 per request) and matches them here. No
// such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /batch-schemas
func (s *SchemasService) BatchSchemaByName(ctx context.Context, name string) (*BatchSchema, error) {
	return byName("batch schema", name, s.AllBatchSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListBoxSchemas returns one page of the tenant's box schemas; the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /box-schemas
func (s *SchemasService) ListBoxSchemas(ctx context.Context, opts *ListOptions) ([]*BoxSchema, *Response, error) {
	return list[BoxSchema](ctx, s.c(), http.MethodGet, pathf("box-schemas"), "boxSchemas", opts, nil)
}

// AllBoxSchemas iterates over every box schema matching opts, fetching
// pages as the loop needs them. It is lazy: nothing is requested before the
// loop starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop; opts is not
// modified.
//
// Benchling API: GET /box-schemas
func (s *SchemasService) AllBoxSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*BoxSchema, error] {
	return all(ctx, opts, s.ListBoxSchemas)
}

// PagesBoxSchemas iterates over the pages of the box schemas matching opts,
// for a job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllBoxSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /box-schemas
func (s *SchemasService) PagesBoxSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*Page[BoxSchema], error] {
	return pages(ctx, opts, s.ListBoxSchemas)
}

// GetBoxSchema returns the box schema with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /box-schemas/{schema_id}
func (s *SchemasService) GetBoxSchema(ctx context.Context, id string) (*BoxSchema, *Response, error) {
	return call[BoxSchema](ctx, s.c(), http.MethodGet, pathf("box-schemas/%s", id), nil, nil)
}

// BoxSchemaByName returns the unarchived box schema named name (exactly,
// case-sensitively). The API has no name filter for schemas, so it reads
// every box schema (100 per request) and matches them here. No such schema
// is an error matching ErrNotFound; several are an *AmbiguousError
// (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /box-schemas
func (s *SchemasService) BoxSchemaByName(ctx context.Context, name string) (*BoxSchema, error) {
	return byName("box schema", name, s.AllBoxSchemas(ctx, &ListOptions{PageSize: lookupPageSize}))
}

// ListContainerSchemas returns one page of the tenant's container schemas;
// the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /container-schemas
func (s *SchemasService) ListContainerSchemas(ctx context.Context, opts *SchemaListOptions) ([]*ContainerSchema, *Response, error) {
	return list[ContainerSchema](ctx, s.c(), http.MethodGet, pathf("container-schemas"), "containerSchemas", opts, nil)
}

// AllContainerSchemas iterates over every container schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop; opts
// is not modified.
//
// Benchling API: GET /container-schemas
func (s *SchemasService) AllContainerSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*ContainerSchema, error] {
	return all(ctx, opts, s.ListContainerSchemas)
}

// PagesContainerSchemas iterates over the pages of the container schemas
// matching opts, for a job that must resume where it stopped: once a page's
// items are processed, save Page.NextToken; to resume, pass the saved token
// as opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of
// AllContainerSchemas (lazy, stopping on break, an error yielded once, opts
// not modified, a repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /container-schemas
func (s *SchemasService) PagesContainerSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[ContainerSchema], error] {
	return pages(ctx, opts, s.ListContainerSchemas)
}

// GetContainerSchema returns the container schema with the given ID. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /container-schemas/{schema_id}
func (s *SchemasService) GetContainerSchema(ctx context.Context, id string) (*ContainerSchema, *Response, error) {
	return call[ContainerSchema](ctx, s.c(), http.MethodGet, pathf("container-schemas/%s", id), nil, nil)
}

// ContainerSchemaByName returns the unarchived container schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every container schema (100 per request) and matches them here.
// No such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /container-schemas
func (s *SchemasService) ContainerSchemaByName(ctx context.Context, name string) (*ContainerSchema, error) {
	return byName("container schema", name, s.AllContainerSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListLocationSchemas returns one page of the tenant's location schemas;
// the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /location-schemas
func (s *SchemasService) ListLocationSchemas(ctx context.Context, opts *ListOptions) ([]*LocationSchema, *Response, error) {
	return list[LocationSchema](ctx, s.c(), http.MethodGet, pathf("location-schemas"), "locationSchemas", opts, nil)
}

// AllLocationSchemas iterates over every location schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop; opts
// is not modified.
//
// Benchling API: GET /location-schemas
func (s *SchemasService) AllLocationSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*LocationSchema, error] {
	return all(ctx, opts, s.ListLocationSchemas)
}

// PagesLocationSchemas iterates over the pages of the location schemas
// matching opts, for a job that must resume where it stopped: once a page's
// items are processed, save Page.NextToken; to resume, pass the saved token
// as opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllLocationSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /location-schemas
func (s *SchemasService) PagesLocationSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*Page[LocationSchema], error] {
	return pages(ctx, opts, s.ListLocationSchemas)
}

// GetLocationSchema returns the location schema with the given ID. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /location-schemas/{schema_id}
func (s *SchemasService) GetLocationSchema(ctx context.Context, id string) (*LocationSchema, *Response, error) {
	return call[LocationSchema](ctx, s.c(), http.MethodGet, pathf("location-schemas/%s", id), nil, nil)
}

// LocationSchemaByName returns the unarchived location schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every location schema (100 per request) and matches them here.
// No such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /location-schemas
func (s *SchemasService) LocationSchemaByName(ctx context.Context, name string) (*LocationSchema, error) {
	return byName("location schema", name, s.AllLocationSchemas(ctx, &ListOptions{PageSize: lookupPageSize}))
}

// ListPlateSchemas returns one page of the tenant's plate schemas; the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /plate-schemas
func (s *SchemasService) ListPlateSchemas(ctx context.Context, opts *ListOptions) ([]*PlateSchema, *Response, error) {
	return list[PlateSchema](ctx, s.c(), http.MethodGet, pathf("plate-schemas"), "plateSchemas", opts, nil)
}

// AllPlateSchemas iterates over every plate schema matching opts, fetching
// pages as the loop needs them. It is lazy: nothing is requested before the
// loop starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop; opts is not
// modified.
//
// Benchling API: GET /plate-schemas
func (s *SchemasService) AllPlateSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*PlateSchema, error] {
	return all(ctx, opts, s.ListPlateSchemas)
}

// PagesPlateSchemas iterates over the pages of the plate schemas matching
// opts, for a job that must resume where it stopped: once a page's items
// are processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllPlateSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /plate-schemas
func (s *SchemasService) PagesPlateSchemas(ctx context.Context, opts *ListOptions) iter.Seq2[*Page[PlateSchema], error] {
	return pages(ctx, opts, s.ListPlateSchemas)
}

// GetPlateSchema returns the plate schema with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /plate-schemas/{schema_id}
func (s *SchemasService) GetPlateSchema(ctx context.Context, id string) (*PlateSchema, *Response, error) {
	return call[PlateSchema](ctx, s.c(), http.MethodGet, pathf("plate-schemas/%s", id), nil, nil)
}

// PlateSchemaByName returns the unarchived plate schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every plate schema (100 per request) and matches them here. No
// such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /plate-schemas
func (s *SchemasService) PlateSchemaByName(ctx context.Context, name string) (*PlateSchema, error) {
	return byName("plate schema", name, s.AllPlateSchemas(ctx, &ListOptions{PageSize: lookupPageSize}))
}

// ListEntrySchemas returns one page of the tenant's entry schemas; the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /entry-schemas
func (s *SchemasService) ListEntrySchemas(ctx context.Context, opts *SchemaListOptions) ([]*EntrySchemaDetailed, *Response, error) {
	return list[EntrySchemaDetailed](ctx, s.c(), http.MethodGet, pathf("entry-schemas"), "entrySchemas", opts, nil)
}

// AllEntrySchemas iterates over every entry schema matching opts, fetching
// pages as the loop needs them. It is lazy: nothing is requested before the
// loop starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop; opts is not
// modified.
//
// Benchling API: GET /entry-schemas
func (s *SchemasService) AllEntrySchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*EntrySchemaDetailed, error] {
	return all(ctx, opts, s.ListEntrySchemas)
}

// PagesEntrySchemas iterates over the pages of the entry schemas matching
// opts, for a job that must resume where it stopped: once a page's items
// are processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllEntrySchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /entry-schemas
func (s *SchemasService) PagesEntrySchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[EntrySchemaDetailed], error] {
	return pages(ctx, opts, s.ListEntrySchemas)
}

// GetEntrySchema returns the entry schema with the given ID. An unknown ID
// gives an error matching ErrNotFound.
//
// Benchling API: GET /entry-schemas/{schema_id}
func (s *SchemasService) GetEntrySchema(ctx context.Context, id string) (*EntrySchemaDetailed, *Response, error) {
	return call[EntrySchemaDetailed](ctx, s.c(), http.MethodGet, pathf("entry-schemas/%s", id), nil, nil)
}

// EntrySchemaByName returns the unarchived entry schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every entry schema (100 per request) and matches them here. No
// such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /entry-schemas
func (s *SchemasService) EntrySchemaByName(ctx context.Context, name string) (*EntrySchemaDetailed, error) {
	return byName("entry schema", name, s.AllEntrySchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListRequestSchemas returns one page of the tenant's legacy request
// schemas; the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /request-schemas
func (s *SchemasService) ListRequestSchemas(ctx context.Context, opts *SchemaListOptions) ([]*RequestSchema, *Response, error) {
	return list[RequestSchema](ctx, s.c(), http.MethodGet, pathf("request-schemas"), "requestSchemas", opts, nil)
}

// AllRequestSchemas iterates over every request schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop; opts
// is not modified.
//
// Benchling API: GET /request-schemas
func (s *SchemasService) AllRequestSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*RequestSchema, error] {
	return all(ctx, opts, s.ListRequestSchemas)
}

// PagesRequestSchemas iterates over the pages of the request schemas
// matching opts, for a job that must resume where it stopped: once a page's
// items are processed, save Page.NextToken; to resume, pass the saved token
// as opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllRequestSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /request-schemas
func (s *SchemasService) PagesRequestSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[RequestSchema], error] {
	return pages(ctx, opts, s.ListRequestSchemas)
}

// GetRequestSchema returns the request schema with the given ID. An unknown
// ID gives an error matching ErrNotFound.
//
// Benchling API: GET /request-schemas/{schema_id}
func (s *SchemasService) GetRequestSchema(ctx context.Context, id string) (*RequestSchema, *Response, error) {
	return call[RequestSchema](ctx, s.c(), http.MethodGet, pathf("request-schemas/%s", id), nil, nil)
}

// RequestSchemaByName returns the unarchived request schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every request schema (100 per request) and matches them here. No
// such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /request-schemas
func (s *SchemasService) RequestSchemaByName(ctx context.Context, name string) (*RequestSchema, error) {
	return byName("request schema", name, s.AllRequestSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListRequestTaskSchemas returns one page of the tenant's legacy request
// task schemas; the next page's token is in Response.NextToken. opts may be
// nil.
//
// Benchling API: GET /request-task-schemas
func (s *SchemasService) ListRequestTaskSchemas(ctx context.Context, opts *SchemaListOptions) ([]*RequestTaskSchema, *Response, error) {
	return list[RequestTaskSchema](ctx, s.c(), http.MethodGet, pathf("request-task-schemas"), "requestTaskSchemas", opts, nil)
}

// AllRequestTaskSchemas iterates over every request task schema matching
// opts, fetching pages as the loop needs them. It is lazy: nothing is
// requested before the loop starts, and breaking out of the loop stops
// fetching. An error (including the context's) is yielded once and ends the
// loop; opts is not modified.
//
// Benchling API: GET /request-task-schemas
func (s *SchemasService) AllRequestTaskSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*RequestTaskSchema, error] {
	return all(ctx, opts, s.ListRequestTaskSchemas)
}

// PagesRequestTaskSchemas iterates over the pages of the request task
// schemas matching opts, for a job that must resume where it stopped: once
// a page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken and the next page is the first one fetched.
// Pages are fetched as the loop needs them, with the guarantees of
// AllRequestTaskSchemas (lazy, stopping on break, an error yielded once,
// opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /request-task-schemas
func (s *SchemasService) PagesRequestTaskSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[RequestTaskSchema], error] {
	return pages(ctx, opts, s.ListRequestTaskSchemas)
}

// GetRequestTaskSchema returns the request task schema with the given ID.
// An unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /request-task-schemas/{schema_id}
func (s *SchemasService) GetRequestTaskSchema(ctx context.Context, id string) (*RequestTaskSchema, *Response, error) {
	return call[RequestTaskSchema](ctx, s.c(), http.MethodGet, pathf("request-task-schemas/%s", id), nil, nil)
}

// RequestTaskSchemaByName returns the unarchived request task schema named
// name (exactly, case-sensitively). The API has no name filter for schemas,
// so it reads every request task schema (100 per request) and matches them
// here. No such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /request-task-schemas
func (s *SchemasService) RequestTaskSchemaByName(ctx context.Context, name string) (*RequestTaskSchema, error) {
	return byName("request task schema", name, s.AllRequestTaskSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListWorkflowTaskSchemas returns one page of the tenant's workflow task
// schemas; the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /workflow-task-schemas
func (s *SchemasService) ListWorkflowTaskSchemas(ctx context.Context, opts *SchemaListOptions) ([]*WorkflowTaskSchema, *Response, error) {
	return list[WorkflowTaskSchema](ctx, s.c(), http.MethodGet, pathf("workflow-task-schemas"), "workflowTaskSchemas", opts, nil)
}

// AllWorkflowTaskSchemas iterates over every workflow task schema matching
// opts, fetching pages as the loop needs them. It is lazy: nothing is
// requested before the loop starts, and breaking out of the loop stops
// fetching. An error (including the context's) is yielded once and ends the
// loop; opts is not modified.
//
// Benchling API: GET /workflow-task-schemas
func (s *SchemasService) AllWorkflowTaskSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*WorkflowTaskSchema, error] {
	return all(ctx, opts, s.ListWorkflowTaskSchemas)
}

// PagesWorkflowTaskSchemas iterates over the pages of the workflow task
// schemas matching opts, for a job that must resume where it stopped: once
// a page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken and the next page is the first one fetched.
// Pages are fetched as the loop needs them, with the guarantees of
// AllWorkflowTaskSchemas (lazy, stopping on break, an error yielded once,
// opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /workflow-task-schemas
func (s *SchemasService) PagesWorkflowTaskSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[WorkflowTaskSchema], error] {
	return pages(ctx, opts, s.ListWorkflowTaskSchemas)
}

// GetWorkflowTaskSchema returns the workflow task schema with the given ID.
// An unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /workflow-task-schemas/{schema_id}
func (s *SchemasService) GetWorkflowTaskSchema(ctx context.Context, id string) (*WorkflowTaskSchema, *Response, error) {
	return call[WorkflowTaskSchema](ctx, s.c(), http.MethodGet, pathf("workflow-task-schemas/%s", id), nil, nil)
}

// WorkflowTaskSchemaByName returns the unarchived workflow task schema
// named name (exactly, case-sensitively). The API has no name filter for
// schemas, so it reads every workflow task schema (100 per request) and
// matches them here. No such schema is an error matching ErrNotFound;
// several are an *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /workflow-task-schemas
func (s *SchemasService) WorkflowTaskSchemaByName(ctx context.Context, name string) (*WorkflowTaskSchema, error) {
	return byName("workflow task schema", name, s.AllWorkflowTaskSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListAssayRunSchemas returns one page of the tenant's assay run schemas;
// the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /assay-run-schemas
func (s *SchemasService) ListAssayRunSchemas(ctx context.Context, opts *SchemaListOptions) ([]*AssayRunSchema, *Response, error) {
	return list[AssayRunSchema](ctx, s.c(), http.MethodGet, pathf("assay-run-schemas"), "assayRunSchemas", opts, nil)
}

// AllAssayRunSchemas iterates over every assay run schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop; opts
// is not modified.
//
// Benchling API: GET /assay-run-schemas
func (s *SchemasService) AllAssayRunSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*AssayRunSchema, error] {
	return all(ctx, opts, s.ListAssayRunSchemas)
}

// PagesAssayRunSchemas iterates over the pages of the assay run schemas
// matching opts, for a job that must resume where it stopped: once a page's
// items are processed, save Page.NextToken; to resume, pass the saved token
// as opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of AllAssayRunSchemas
// (lazy, stopping on break, an error yielded once, opts not modified, a
// repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /assay-run-schemas
func (s *SchemasService) PagesAssayRunSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[AssayRunSchema], error] {
	return pages(ctx, opts, s.ListAssayRunSchemas)
}

// GetAssayRunSchema returns the assay run schema with the given ID. An
// unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /assay-run-schemas/{schema_id}
func (s *SchemasService) GetAssayRunSchema(ctx context.Context, id string) (*AssayRunSchema, *Response, error) {
	return call[AssayRunSchema](ctx, s.c(), http.MethodGet, pathf("assay-run-schemas/%s", id), nil, nil)
}

// AssayRunSchemaByName returns the unarchived assay run schema named name
// (exactly, case-sensitively). The API has no name filter for schemas, so
// it reads every assay run schema (100 per request) and matches them here.
// No such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /assay-run-schemas
func (s *SchemasService) AssayRunSchemaByName(ctx context.Context, name string) (*AssayRunSchema, error) {
	return byName("assay run schema", name, s.AllAssayRunSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}

// ListAssayResultSchemas returns one page of the tenant's assay result
// schemas; the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /assay-result-schemas
func (s *SchemasService) ListAssayResultSchemas(ctx context.Context, opts *SchemaListOptions) ([]*AssayResultSchema, *Response, error) {
	return list[AssayResultSchema](ctx, s.c(), http.MethodGet, pathf("assay-result-schemas"), "assayResultSchemas", opts, nil)
}

// AllAssayResultSchemas iterates over every assay result schema matching
// opts, fetching pages as the loop needs them. It is lazy: nothing is
// requested before the loop starts, and breaking out of the loop stops
// fetching. An error (including the context's) is yielded once and ends the
// loop; opts is not modified.
//
// Benchling API: GET /assay-result-schemas
func (s *SchemasService) AllAssayResultSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*AssayResultSchema, error] {
	return all(ctx, opts, s.ListAssayResultSchemas)
}

// PagesAssayResultSchemas iterates over the pages of the assay result
// schemas matching opts, for a job that must resume where it stopped: once
// a page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken and the next page is the first one fetched.
// Pages are fetched as the loop needs them, with the guarantees of
// AllAssayResultSchemas (lazy, stopping on break, an error yielded once,
// opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /assay-result-schemas
func (s *SchemasService) PagesAssayResultSchemas(ctx context.Context, opts *SchemaListOptions) iter.Seq2[*Page[AssayResultSchema], error] {
	return pages(ctx, opts, s.ListAssayResultSchemas)
}

// GetAssayResultSchema returns the assay result schema with the given ID.
// An unknown ID gives an error matching ErrNotFound.
//
// Benchling API: GET /assay-result-schemas/{schema_id}
func (s *SchemasService) GetAssayResultSchema(ctx context.Context, id string) (*AssayResultSchema, *Response, error) {
	return call[AssayResultSchema](ctx, s.c(), http.MethodGet, pathf("assay-result-schemas/%s", id), nil, nil)
}

// AssayResultSchemaByName returns the unarchived assay result schema named
// name (exactly, case-sensitively). The API has no name filter for schemas,
// so it reads every assay result schema (100 per request) and matches them
// here. No such schema is an error matching ErrNotFound; several are an
// *AmbiguousError (ErrAmbiguous) listing their IDs.
//
// Benchling API: GET /assay-result-schemas
func (s *SchemasService) AssayResultSchemaByName(ctx context.Context, name string) (*AssayResultSchema, error) {
	return byName("assay result schema", name, s.AllAssayResultSchemas(ctx, &SchemaListOptions{ListOptions: ListOptions{PageSize: lookupPageSize}}))
}
