package benchling

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"strings"
)

// AssayRunsService manages assay runs: one execution of an assay (a plate
// read, a sequencing run) under an assay run schema, whose results link
// to it and whose lab automation files (input generators, output
// processors) belong to it.
//
// Benchling API tag: Assay Runs.
type AssayRunsService service

// AssayRun is one assay run.
type AssayRun struct {
	// APIURL is the canonical URL of the run in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the run was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// CreatedAt is when the run was created, as Benchling writes it
	// ("2021-05-06T13:43:25.752597+00:00"; the spec gives it no date-time
	// format).
	CreatedAt string `json:"createdAt,omitempty"`
	// Creator is the user who created the run.
	Creator UserSummary `json:"creator,omitzero"`
	// EntryID is the notebook entry the run is in; nil when in none.
	EntryID *string `json:"entryId,omitempty"`
	// EquipmentID is the equipment the run is associated with (eqpt_...);
	// nil when none.
	EquipmentID *string `json:"equipmentId,omitempty"`
	// Fields are the run's field values.
	Fields Fields `json:"fields,omitempty"`
	// ID is the run's ID, a UUID.
	ID string `json:"id,omitempty"`
	// IsReviewed reports whether the run is in an accepted entry.
	IsReviewed bool `json:"isReviewed,omitempty"`
	// ProjectID is the project whose members may read the run; nil when
	// only its creator may.
	ProjectID *string `json:"projectId,omitempty"`
	// Schema is the run's assay run schema; nil when it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
	// V3ID is the run's identifier in Benchling's v3 API.
	V3ID string `json:"v3Id,omitempty"`
	// ValidationComment explains ValidationStatus; nil when there is none.
	ValidationComment *string `json:"validationComment,omitempty"`
	// ValidationStatus is the run's validation status.
	ValidationStatus AssayRunValidationStatus `json:"validationStatus,omitempty"`
}

// AssayRunValidationStatus is the validation status of an assay run.
type AssayRunValidationStatus string

// Validation statuses of a run.
const (
	AssayRunValidationStatusValid   AssayRunValidationStatus = "VALID"
	AssayRunValidationStatusInvalid AssayRunValidationStatus = "INVALID"
)

// AssayRunCreate is one run to create, in Create. SchemaID and Fields are
// required.
type AssayRunCreate struct {
	// Fields are the run's field values: a Fields or an
	// AssayFieldsCreate (see AssayCreateFields); Fields{} for none. A nil
	// Fields is an error before anything is sent.
	Fields AssayCreateFields `json:"fields"`
	// SchemaID is the run's assay run schema (assaysch_...).
	SchemaID string `json:"schemaId"`
	// ID is the UUID to give the run; Benchling makes one when it is nil.
	ID *string `json:"id,omitempty"`
	// ProjectID is the project whose members may read the run; nil leaves
	// it readable by its creator only.
	ProjectID *string `json:"projectId,omitempty"`
	// ValidationComment explains ValidationStatus.
	ValidationComment *string `json:"validationComment,omitempty"`
	// ValidationStatus is the run's validation status.
	ValidationStatus AssayRunValidationStatus `json:"validationStatus,omitempty"`
}

// UnmarshalJSON decodes a run to create, telling the two forms of Fields
// apart as AssayResultCreate does.
func (r *AssayRunCreate) UnmarshalJSON(b []byte) error {
	type plain AssayRunCreate
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
	*r = AssayRunCreate(v.plain)
	r.Fields = f
	return nil
}

// assayRunsBulkCreateRequest is the body of Create (the spec's
// AssayRunsBulkCreateRequest).
type assayRunsBulkCreateRequest struct {
	AssayRuns []*AssayRunCreate `json:"assayRuns"`
}

// AssayRunsBulkCreateResponse is the answer of Create: the IDs of the
// runs created, in the order of the request's items.
type AssayRunsBulkCreateResponse struct {
	// AssayRuns are the IDs (UUIDs) of the created runs.
	AssayRuns []string `json:"assayRuns,omitempty"`
	// Errors is what Benchling reports besides (null, or an object the
	// spec does not describe), as received.
	Errors json.RawMessage `json:"errors,omitempty"`
}

// AssayRunsBulkCreateErrorResponse is the body of a 400 answer to Create:
// the errors of the request's runs. Create's error is then an *Error
// whose Items hold these errors by the index of the run in the input, and
// whose Body decodes into this type.
type AssayRunsBulkCreateErrorResponse struct {
	// AssayRuns is null in the error answers the spec describes.
	AssayRuns []json.RawMessage `json:"assayRuns,omitempty"`
	// Errors are the errors of each run, in the order of the request's
	// runs (an assumption: the spec does not say).
	Errors []AssayCreateError `json:"errors,omitempty"`
}

// AssayRunUpdate is the body of Update. Only what is set is changed.
type AssayRunUpdate struct {
	// EquipmentID associates the run with equipment (eqpt_...);
	// Null[string]() removes the association. Benchling answers 400 when
	// the tenant does not have the equipment feature.
	EquipmentID Nullable[string] `json:"equipmentId,omitzero"`
	// Fields are field values to set; a Field with NullValue clears one.
	Fields Fields `json:"fields,omitzero"`
}

// AssayRunsArchive is the body of Archive.
type AssayRunsArchive struct {
	// AssayRunIDs are the runs to archive.
	AssayRunIDs []string `json:"assayRunIds"`
	// Reason is why they are archived; tenants may configure others than
	// the spec's.
	Reason DataArchiveReason `json:"reason"`
}

// assayRunsUnarchive is the body of Unarchive (the spec's
// AssayRunsUnarchive).
type assayRunsUnarchive struct {
	AssayRunIDs []string `json:"assayRunIds"`
}

// AssayRunsArchivalChange lists the runs Archive or Unarchive changed.
type AssayRunsArchivalChange struct {
	// AssayRunIDs are the runs archived or unarchived.
	AssayRunIDs []string `json:"assayRunIds,omitempty"`
}

// AssayRunListOptions filter and page List, All and Pages. The schema is
// List's argument, as the API requires it.
type AssayRunListOptions struct {
	ListOptions

	// MinCreatedTime keeps runs created after a Unix time (seconds).
	MinCreatedTime int `url:"minCreatedTime,omitempty"`
	// MaxCreatedTime keeps runs created before a Unix time (seconds).
	MaxCreatedTime int `url:"maxCreatedTime,omitempty"`
	// IDs restricts runs to these IDs; an unknown ID is a 400 naming it.
	IDs []string `url:"ids,comma,omitempty"`
}

// AutomationInputGeneratorListOptions page ListAutomationInputGenerators
// and filter it. The API pages this list by NextToken alone: a PageSize
// is an error before anything is sent.
type AutomationInputGeneratorListOptions struct {
	ListOptions

	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
}

// List returns one page of the runs of an assay run schema (required);
// the next page's token is in Response.NextToken. opts may be nil. An
// empty schemaID is ErrInvalidID before anything is sent.
//
// Benchling API: GET /assay-runs
func (s *AssayRunsService) List(ctx context.Context, schemaID string, opts *AssayRunListOptions) ([]*AssayRun, *Response, error) {
	if strings.TrimSpace(schemaID) == "" {
		return nil, nil, fmt.Errorf("%w: AssayRuns.List needs the ID of an assay run schema", ErrInvalidID)
	}
	q := &assayRunListQuery{SchemaID: schemaID}
	if opts != nil {
		q.AssayRunListOptions = *opts
	}
	return list[AssayRun](ctx, s.c(), http.MethodGet, pathf("assay-runs"), "assayRuns", q, nil)
}

// assayRunListQuery is List's query: the required schema and the options.
//
// Its fields MinCreatedTime, MaxCreatedTime and IDs are in the embedded
// AssayRunListOptions.
type assayRunListQuery struct {
	SchemaID string `url:"schemaId"`
	AssayRunListOptions
}

// All iterates over every run of an assay run schema matching opts,
// fetching pages as the loop needs them. It is lazy: nothing is requested
// before the loop starts, and breaking out of the loop stops fetching. An
// error (including the context's) is yielded once and ends the loop. No
// goroutines are started, opts is not modified, and ranging again starts
// over.
//
// Benchling API: GET /assay-runs
func (s *AssayRunsService) All(ctx context.Context, schemaID string, opts *AssayRunListOptions) iter.Seq2[*AssayRun, error] {
	return all(ctx, opts, under(s.List, schemaID))
}

// Pages iterates over the pages of the runs of an assay run schema
// matching opts, for a job that must resume where it stopped: once a
// page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken and the next page is the first one
// fetched. Pages are fetched as the loop needs them, with the guarantees
// of All (lazy, stopping on break, an error yielded once, opts not
// modified, a repeated token ending the loop with ErrRepeatedToken).
//
// Benchling API: GET /assay-runs
func (s *AssayRunsService) Pages(ctx context.Context, schemaID string, opts *AssayRunListOptions) iter.Seq2[*Page[AssayRun], error] {
	return pages(ctx, opts, under(s.List, schemaID))
}

// Get returns the run with the given ID. An unknown ID gives an error
// matching ErrBadRequest (the spec's answer; ErrNotFound from a server
// that answers 404).
//
// Benchling API: GET /assay-runs/{assay_run_id}
func (s *AssayRunsService) Get(ctx context.Context, id string) (*AssayRun, *Response, error) {
	return call[AssayRun](ctx, s.c(), http.MethodGet, pathf("assay-runs/%s", id), nil, nil)
}

// Create creates runs in one synchronous request and returns their IDs,
// in the order of items. A run that does not fit its schema makes the
// request fail with an error matching ErrBadRequest, and nothing is
// created; the *Error then has an item per invalid run, by its index in
// items, and its Body decodes into AssayRunsBulkCreateErrorResponse. A nil
// item, or one without Fields, is an error before anything is sent.
//
// Benchling API: POST /assay-runs
func (s *AssayRunsService) Create(ctx context.Context, items []*AssayRunCreate) (*AssayRunsBulkCreateResponse, *Response, error) {
	if err := checkAssayItems(s.c(), items, 0, "assay run", func(r *AssayRunCreate) AssayCreateFields { return r.Fields }); err != nil {
		return nil, nil, err
	}
	r, resp, err := call[AssayRunsBulkCreateResponse](ctx, s.c(), http.MethodPost, pathf("assay-runs"), nil, &assayRunsBulkCreateRequest{AssayRuns: items})
	if err != nil {
		return nil, resp, withAssayCreateItems(err, 0, len(items))
	}
	return r, resp, nil
}

// Update changes the fields of body that are set and returns the run.
//
// Benchling API: PATCH /assay-runs/{assay_run_id}
func (s *AssayRunsService) Update(ctx context.Context, id string, body *AssayRunUpdate) (*AssayRun, *Response, error) {
	return call[AssayRun](ctx, s.c(), http.MethodPatch, pathf("assay-runs/%s", id), nil, body)
}

// Archive archives runs that are not in a notebook entry, for a reason,
// and returns the IDs archived. No run ID, or an invalid one, is
// ErrInvalidID before anything is sent.
//
// Benchling API: POST /assay-runs:archive
func (s *AssayRunsService) Archive(ctx context.Context, body *AssayRunsArchive) (*AssayRunsArchivalChange, *Response, error) {
	r := pathf("assay-runs:archive")
	if body != nil {
		r = r.needIDs("assayRunIds", body.AssayRunIDs)
	}
	return call[AssayRunsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the runs with the given IDs and returns the IDs
// unarchived. No ID, or an invalid one, is ErrInvalidID before anything
// is sent.
//
// Benchling API: POST /assay-runs:unarchive
func (s *AssayRunsService) Unarchive(ctx context.Context, ids []string) (*AssayRunsArchivalChange, *Response, error) {
	r := pathf("assay-runs:unarchive").needIDs("assayRunIds", ids)
	return call[AssayRunsArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &assayRunsUnarchive{AssayRunIDs: ids})
}

// BulkGet returns the runs with the given IDs. No ID, or an invalid one,
// is ErrInvalidID before anything is sent.
//
// Benchling API: GET /assay-runs:bulk-get
func (s *AssayRunsService) BulkGet(ctx context.Context, ids []string) ([]*AssayRun, *Response, error) {
	q := struct {
		IDs []string `url:"assayRunIds,comma"`
	}{ids}
	return list[AssayRun](ctx, s.c(), http.MethodGet, pathf("assay-runs:bulk-get").needIDs("assayRunIds", ids), "assayRuns", q, nil)
}

// ListAutomationInputGenerators returns one page of the input generators
// of a run (one per input file configuration of its schema); the next
// page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-input-generators
func (s *AssayRunsService) ListAutomationInputGenerators(ctx context.Context, runID string, opts *AutomationInputGeneratorListOptions) ([]*AutomationInputGenerator, *Response, error) {
	if opts != nil {
		if err := tokenOnlyPaging(&opts.ListOptions, "AssayRuns.ListAutomationInputGenerators"); err != nil {
			return nil, nil, err
		}
	}
	return list[AutomationInputGenerator](ctx, s.c(), http.MethodGet, pathf("assay-runs/%s/automation-input-generators", runID),
		"automationInputGenerators", opts, nil)
}

// AllAutomationInputGenerators iterates over every input generator of a
// run, fetching pages as the loop needs them, with the guarantees of All.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-input-generators
func (s *AssayRunsService) AllAutomationInputGenerators(ctx context.Context, runID string, opts *AutomationInputGeneratorListOptions) iter.Seq2[*AutomationInputGenerator, error] {
	return all(ctx, opts, under(s.ListAutomationInputGenerators, runID))
}

// PagesAutomationInputGenerators iterates over the pages of the input
// generators of a run, for a job that must resume where it stopped (see
// Pages).
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-input-generators
func (s *AssayRunsService) PagesAutomationInputGenerators(ctx context.Context, runID string, opts *AutomationInputGeneratorListOptions) iter.Seq2[*Page[AutomationInputGenerator], error] {
	return pages(ctx, opts, under(s.ListAutomationInputGenerators, runID))
}

// ListAutomationOutputProcessors returns one page of the output
// processors of a run; for each output file configuration of the run's
// schema, Benchling first creates an empty processor if the run has none.
// The API pages this list by NextToken alone: a PageSize in opts is an
// error before anything is sent. opts may be nil.
//
// Deprecated: use LabAutomation.ListOutputProcessors with
// AutomationOutputProcessorListOptions.AssayRunID, which lists the
// processors that have a file.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-output-processors
func (s *AssayRunsService) ListAutomationOutputProcessors(ctx context.Context, runID string, opts *ListOptions) ([]*AutomationOutputProcessor, *Response, error) {
	if err := tokenOnlyPaging(opts, "AssayRuns.ListAutomationOutputProcessors"); err != nil {
		return nil, nil, err
	}
	return list[AutomationOutputProcessor](ctx, s.c(), http.MethodGet, pathf("assay-runs/%s/automation-output-processors", runID),
		"automationOutputProcessors", opts, nil)
}

// AllAutomationOutputProcessors iterates over every output processor of a
// run, with the guarantees of All.
//
// Deprecated: use LabAutomation.AllOutputProcessors with
// AutomationOutputProcessorListOptions.AssayRunID.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-output-processors
func (s *AssayRunsService) AllAutomationOutputProcessors(ctx context.Context, runID string, opts *ListOptions) iter.Seq2[*AutomationOutputProcessor, error] {
	return all(ctx, opts, under(s.ListAutomationOutputProcessors, runID))
}

// PagesAutomationOutputProcessors iterates over the pages of the output
// processors of a run, for a job that must resume where it stopped (see
// Pages).
//
// Deprecated: use LabAutomation.PagesOutputProcessors with
// AutomationOutputProcessorListOptions.AssayRunID.
//
// Benchling API: GET /assay-runs/{assay_run_id}/automation-output-processors
func (s *AssayRunsService) PagesAutomationOutputProcessors(ctx context.Context, runID string, opts *ListOptions) iter.Seq2[*Page[AutomationOutputProcessor], error] {
	return pages(ctx, opts, under(s.ListAutomationOutputProcessors, runID))
}

// tokenOnlyPaging returns an error when o, the paging of a list that the
// API pages by nextToken alone (no pageSize parameter), sets PageSize.
func tokenOnlyPaging(o *ListOptions, method string) error {
	if o != nil && o.PageSize != 0 {
		return fmt.Errorf("benchling: %s takes no page size: the API pages it by NextToken alone (ListOptions.PageSize is %d)", method, o.PageSize)
	}
	return nil
}
