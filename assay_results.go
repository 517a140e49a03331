package benchling

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"time"
)

// AssayResultsService manages assay results: the rows of structured data
// (a measurement, a call, a QC outcome) that instruments and analyses
// record against an assay result schema, usually linked to the samples,
// containers and run they came from.
//
// Results are written in three ways: Create for a few at a time
// (synchronous, the IDs come back at once), CreateMany over BulkCreate for
// any number (asynchronous tasks of at most MaxAssayResultsPerRequest),
// and InTransaction for a set of results that must be saved all together
// or not at all, however many requests they take.
//
// Benchling API tag: Assay Results.
type AssayResultsService service

// MaxAssayResultsPerRequest is the most results one write request takes:
// Benchling's documented limit of 4000 results per request
// (bulkCreateAssayResults in the spec). CreateMany and
// ResultTransaction.Append split larger inputs into chunks of this size.
const MaxAssayResultsPerRequest = 4000

// MaxAssayResultsBulkGet is the most IDs BulkGet takes in one request
// (the spec's bulkGetAssayResults: "Up to 200 IDs can be specified at
// once").
const MaxAssayResultsBulkGet = 200

// AssayResult is one assay result.
type AssayResult struct {
	// ArchiveRecord says why the result was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the result was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the result.
	Creator UserSummary `json:"creator,omitzero"`
	// EntryID is the notebook entry the result is attached to; nil when
	// it is in none.
	EntryID *string `json:"entryId,omitempty"`
	// FieldValidation is the validation status of each field that has
	// one, by field name.
	FieldValidation map[string]UserValidation `json:"fieldValidation,omitempty"`
	// Fields are the result's field values. Their keys are the fields'
	// system names ("od_600"), not their display names ("OD 600").
	Fields Fields `json:"fields,omitempty"`
	// ID is the result's ID, a UUID.
	ID string `json:"id,omitempty"`
	// IsReviewed reports whether the result is attached to an accepted
	// entry.
	IsReviewed bool `json:"isReviewed,omitempty"`
	// ModifiedAt is when the result was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// ProjectID is the project whose members may read the result; nil
	// when only its creator may.
	ProjectID *string `json:"projectId,omitempty"`
	// Schema is the result's assay result schema.
	Schema SchemaSummary `json:"schema,omitzero"`
	// V3ID is the result's identifier in Benchling's v3 API.
	V3ID string `json:"v3Id,omitempty"`
	// ValidationComment explains ValidationStatus.
	ValidationComment string `json:"validationComment,omitempty"`
	// ValidationStatus is the result's validation status as a whole:
	// VALID, INVALID or PARTIALLY_VALID (some fields valid, some not).
	// The spec types it as a plain string; the values are those of
	// UserValidationValidationStatus.
	ValidationStatus string `json:"validationStatus,omitempty"`
}

// AssayResultCreate is one result to create, in Create, BulkCreate,
// CreateMany and ResultTransaction.Append. SchemaID and Fields are
// required.
type AssayResultCreate struct {
	// Fields are the result's field values, keyed by the fields' system
	// names: a Fields ({"od_600": {Value: NumberValue(0.42)}}) or an
	// AssayFieldsCreate ({"od_600": NumberValue(0.42)}). It is required;
	// a nil Fields is an error before anything is sent.
	Fields AssayCreateFields `json:"fields"`
	// SchemaID is the result's assay result schema (assaysch_...).
	SchemaID string `json:"schemaId"`
	// FieldValidation sets the validation status of fields, by field
	// name; only VALID and INVALID can be set.
	FieldValidation map[string]UserValidation `json:"fieldValidation,omitzero"`
	// ID is the UUID to give the result; Benchling makes one when it is
	// nil.
	ID *string `json:"id,omitempty"`
	// ProjectID is the project whose members may read the result; nil
	// leaves it readable by its creator only.
	ProjectID *string `json:"projectId,omitempty"`
}

// UnmarshalJSON decodes a result to create, telling the two forms of
// Fields apart: an object whose every value is an object with a "value"
// member is a Fields, anything else an AssayFieldsCreate.
func (r *AssayResultCreate) UnmarshalJSON(b []byte) error {
	type plain AssayResultCreate
	var v struct {
		plain
		Fields json.RawMessage `json:"fields"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	f, err := decodeAssayCreateFields(v.Fields)
	if err != nil {
		return err
	}
	*r = AssayResultCreate(v.plain)
	r.Fields = f
	return nil
}

// AssayCreateFields are the field values of an assay result or run being
// created, in one of the two forms the API takes (the spec's anyOf of
// Fields and AssayFieldsCreate): a Fields, whose values are Field
// objects ({"od_600": {"value": 0.42}}), or an AssayFieldsCreate, whose
// values are the bare values ({"od_600": 0.42}). Only Fields and
// AssayFieldsCreate implement it.
type AssayCreateFields interface {
	assayCreateFields()
}

func (Fields) assayCreateFields() {}

// AssayFieldsCreate are field values in their bare form, by the fields'
// system names: {"od_600": NumberValue(0.42), "sample": StringValue(id)}.
// Benchling also takes this form (the spec's AssayFieldsCreate, any
// object) where it takes Fields in an assay result or run create.
type AssayFieldsCreate map[string]FieldValue

func (AssayFieldsCreate) assayCreateFields() {}

// decodeAssayCreateFields decodes the fields of a result or run to
// create: null is nil, an object of {"value": ...} objects a Fields,
// any other object an AssayFieldsCreate.
func decodeAssayCreateFields(b json.RawMessage) (AssayCreateFields, error) {
	if len(b) == 0 || string(b) == "null" {
		return nil, nil
	}
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return nil, err
	}
	wrapped := true
	for _, raw := range raws {
		var probe map[string]json.RawMessage
		if json.Unmarshal(raw, &probe) != nil {
			wrapped = false
			break
		}
		if _, ok := probe["value"]; !ok {
			wrapped = false
			break
		}
	}
	if wrapped {
		var f Fields
		err := json.Unmarshal(b, &f)
		return f, err
	}
	var f AssayFieldsCreate
	err := json.Unmarshal(b, &f)
	return f, err
}

// UserValidation is the validation status of a field of a result, with a
// comment.
type UserValidation struct {
	// ValidationComment explains the status.
	ValidationComment *string `json:"validationComment,omitempty"`
	// ValidationStatus is the status: VALID or INVALID when setting it;
	// PARTIALLY_VALID is only read.
	ValidationStatus UserValidationValidationStatus `json:"validationStatus,omitempty"`
}

// UserValidationValidationStatus is a validation status of a result or of
// one of its fields.
type UserValidationValidationStatus string

// Validation statuses.
const (
	UserValidationValidationStatusValid   UserValidationValidationStatus = "VALID"
	UserValidationValidationStatusInvalid UserValidationValidationStatus = "INVALID"
	// UserValidationValidationStatusPartiallyValid is only read: a result
	// with some valid and some invalid fields.
	UserValidationValidationStatusPartiallyValid UserValidationValidationStatus = "PARTIALLY_VALID"
)

// AssayResultsCreateResponse is the answer of Create and
// ResultTransaction's appends, and the response of a succeeded BulkCreate
// task: the IDs of the results created, in the order of the request's
// items.
type AssayResultsCreateResponse struct {
	// AssayResults are the IDs (UUIDs) of the created results.
	AssayResults []string `json:"assayResults,omitempty"`
	// Errors is what Benchling reports besides (null, or an object the
	// spec does not describe), as received.
	Errors json.RawMessage `json:"errors,omitempty"`
}

// AssayResultsCreateErrorResponse is the body of a 400 answer to an append
// to a result transaction (CreateInTransaction, ResultTransaction.Append):
// the errors of the request's results. Such an error is an *Error whose
// Items hold these errors by the index of the result in the input, and
// whose Body decodes into this type.
type AssayResultsCreateErrorResponse struct {
	// AssayResults is null in the error answers the spec describes.
	AssayResults []json.RawMessage `json:"assayResults,omitempty"`
	// Errors are the errors of each result, in the order of the request's
	// results (an assumption: the spec does not say).
	Errors []AssayCreateError `json:"errors,omitempty"`
}

// AssayCreateError is what Benchling reports wrong with one assay result
// or run of a create request (the items of AssayResultsCreateErrorResponse
// and AssayRunsBulkCreateErrorResponse, which the spec declares alike).
type AssayCreateError struct {
	// Fields are the errors of single fields, by field name, as received
	// (the spec does not describe their shape).
	Fields map[string]json.RawMessage `json:"fields,omitempty"`
	// Global are the errors of the item as a whole.
	Global []string `json:"global,omitempty"`
}

// AssayResultsArchive is the body of Archive.
type AssayResultsArchive struct {
	// AssayResultIDs are the results to archive.
	AssayResultIDs []string `json:"assayResultIds"`
	// Reason is why they are archived; tenants may configure others than
	// the spec's.
	Reason DataArchiveReason `json:"reason,omitempty"`
}

// assayResultIDsRequest is the body of Unarchive (the spec's
// AssayResultIdsRequest).
type assayResultIDsRequest struct {
	AssayResultIDs []string `json:"assayResultIds"`
}

// AssayResultIDsResponse lists the results Archive or Unarchive changed.
type AssayResultIDsResponse struct {
	// AssayResultIDs are the results archived or unarchived.
	AssayResultIDs []string `json:"assayResultIds,omitempty"`
}

// AssayResultListOptions filter and page List, All and Pages. All are
// optional; Benchling needs SchemaID or AutomationOutputProcessorID, and
// takes at most one of AssayRunIDs and AutomationOutputProcessorID.
type AssayResultListOptions struct {
	ListOptions

	// SchemaID restricts results to an assay result schema.
	SchemaID string `url:"schemaId,omitempty"`
	// CreatedAtLt keeps results created before a date or RFC 3339
	// date-time (UTC by default), such as "2017-04-30".
	CreatedAtLt string `url:"createdAt.lt,omitempty"`
	// CreatedAtGt keeps results created after a date or date-time.
	CreatedAtGt string `url:"createdAt.gt,omitempty"`
	// CreatedAtLte keeps results created on or before a date or date-time.
	CreatedAtLte string `url:"createdAt.lte,omitempty"`
	// CreatedAtGte keeps results created on or after a date or date-time.
	CreatedAtGte string `url:"createdAt.gte,omitempty"`
	// MinCreatedTime keeps results created after a Unix time (seconds).
	//
	// Deprecated: use CreatedAtGt.
	MinCreatedTime int `url:"minCreatedTime,omitempty"`
	// MaxCreatedTime keeps results created before a Unix time (seconds).
	//
	// Deprecated: use CreatedAtLt.
	MaxCreatedTime int `url:"maxCreatedTime,omitempty"`
	// Sort orders the results: SortCreatedAtAsc (the default),
	// SortCreatedAtDesc, SortModifiedAtAsc or SortModifiedAtDesc.
	Sort Sort `url:"sort,omitempty"`
	// EntityIDs keeps results linked to any of these entities (at most
	// 20).
	EntityIDs []string `url:"entityIds,comma,omitempty"`
	// StorageIDs keeps results linked to any of these containers, boxes,
	// plates or locations (at most 20).
	StorageIDs []string `url:"storageIds,comma,omitempty"`
	// AssayRunIDs keeps results of any of these runs.
	AssayRunIDs []string `url:"assayRunIds,comma,omitempty"`
	// AutomationOutputProcessorID keeps results an output processor
	// created.
	AutomationOutputProcessorID string `url:"automationOutputProcessorId,omitempty"`
	// IDs restricts results to these IDs; an unknown ID is a 400 naming
	// it.
	IDs []string `url:"ids,comma,omitempty"`
	// ModifiedAtLt keeps results modified before a date or date-time.
	ModifiedAtLt string `url:"modifiedAt.lt,omitempty"`
	// ModifiedAtGt keeps results modified after a date or date-time.
	ModifiedAtGt string `url:"modifiedAt.gt,omitempty"`
	// ModifiedAtLte keeps results modified on or before a date or
	// date-time.
	ModifiedAtLte string `url:"modifiedAt.lte,omitempty"`
	// ModifiedAtGte keeps results modified on or after a date or
	// date-time.
	ModifiedAtGte string `url:"modifiedAt.gte,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
}

// List returns one page of assay results; the next page's token is in
// Response.NextToken. opts may be nil, but Benchling needs a SchemaID or
// an AutomationOutputProcessorID (a 400 otherwise).
//
// Benchling API: GET /assay-results
func (s *AssayResultsService) List(ctx context.Context, opts *AssayResultListOptions) ([]*AssayResult, *Response, error) {
	return list[AssayResult](ctx, s.c(), http.MethodGet, pathf("assay-results"), "assayResults", opts, nil)
}

// All iterates over every assay result matching opts, fetching pages as
// the loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error
// (including the context's) is yielded once and ends the loop. No
// goroutines are started, opts is not modified, and ranging again starts
// over.
//
// Benchling API: GET /assay-results
func (s *AssayResultsService) All(ctx context.Context, opts *AssayResultListOptions) iter.Seq2[*AssayResult, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the assay results matching opts, for a
// job that must resume where it stopped: once a page's items are
// processed, save Page.NextToken; to resume, pass the saved token as
// opts.NextToken and the next page is the first one fetched. Pages are
// fetched as the loop needs them, with the guarantees of All (lazy,
// stopping on break, an error yielded once, opts not modified, a repeated
// token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /assay-results
func (s *AssayResultsService) Pages(ctx context.Context, opts *AssayResultListOptions) iter.Seq2[*Page[AssayResult], error] {
	return pages(ctx, opts, s.List)
}

// Get returns the assay result with the given ID. An unknown ID gives an
// error matching ErrNotFound (Benchling may answer ErrBadRequest for an
// ID that is not a UUID).
//
// Benchling API: GET /assay-results/{assay_result_id}
func (s *AssayResultsService) Get(ctx context.Context, id string) (*AssayResult, *Response, error) {
	return call[AssayResult](ctx, s.c(), http.MethodGet, pathf("assay-results/%s", id), nil, nil)
}

// Create creates results in one synchronous request and returns their
// IDs, in the order of items; Benchling takes at most
// MaxAssayResultsPerRequest (use CreateMany for more). A result that does
// not fit its schema (a missing required field, a value of the wrong
// type, an unknown schema) makes the request fail with an error matching
// ErrBadRequest, and nothing is created. To add results to a table of a
// notebook entry, use BulkCreate with a TableID.
//
// A nil item, or an item without Fields, is an error before anything is
// sent.
//
// Benchling API: POST /assay-results
func (s *AssayResultsService) Create(ctx context.Context, items []*AssayResultCreate) (*AssayResultsCreateResponse, *Response, error) {
	if err := checkAssayResults(s.c(), items, 0); err != nil {
		return nil, nil, err
	}
	return call[AssayResultsCreateResponse](ctx, s.c(), http.MethodPost, pathf("assay-results"), nil, &assayResultsBulkCreateRequest{AssayResults: items})
}

// Archive archives results for a reason and returns the IDs archived.
// Results in a legacy result or run table of a notebook entry cannot be
// archived (a 400). No result ID, or an invalid one, is ErrInvalidID
// before anything is sent.
//
// Benchling API: POST /assay-results:archive
func (s *AssayResultsService) Archive(ctx context.Context, body *AssayResultsArchive) (*AssayResultIDsResponse, *Response, error) {
	r := pathf("assay-results:archive")
	if body != nil {
		r = r.needIDs("assayResultIds", body.AssayResultIDs)
	}
	return call[AssayResultIDsResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the results with the given IDs and returns the IDs
// unarchived. No ID, or an invalid one, is ErrInvalidID before anything
// is sent.
//
// Benchling API: POST /assay-results:unarchive
func (s *AssayResultsService) Unarchive(ctx context.Context, ids []string) (*AssayResultIDsResponse, *Response, error) {
	r := pathf("assay-results:unarchive").needIDs("assayResultIds", ids)
	return call[AssayResultIDsResponse](ctx, s.c(), http.MethodPost, r, nil, &assayResultIDsRequest{AssayResultIDs: ids})
}
