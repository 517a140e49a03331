package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"time"
)

// LabAutomationService runs Benchling's lab automation: the file
// transforms that connect an assay run to instruments. An input generator
// makes an instrument's input file for a run (GenerateInput); an output
// processor reads an instrument's output file (a blob or a file, see
// Blobs) into results and other Benchling objects (ProcessOutput). Both
// run their file through transforms (Benchling App steps), which an app
// reports on with UpdateTransform.
//
// A run's input generators are listed by AssayRuns.ListAutomationInputGenerators.
//
// Benchling API tag: Lab Automation.
type LabAutomationService service

// AutomationFileStatus is the state of a lab automation file or transform.
// The spec declares the same four values for AutomationFile and
// LabAutomationTransform; this one type serves both.
type AutomationFileStatus string

// Lab automation states.
const (
	AutomationFileStatusNotStarted AutomationFileStatus = "NOT_STARTED"
	AutomationFileStatusRunning    AutomationFileStatus = "RUNNING"
	AutomationFileStatusSucceeded  AutomationFileStatus = "SUCCEEDED"
	AutomationFileStatusFailed     AutomationFileStatus = "FAILED"
)

// AutomationInputGenerator makes the input file of an instrument for an
// assay run, from one input file configuration of the run's schema.
type AutomationInputGenerator struct {
	// APIURL is the canonical URL of the generator in the API.
	APIURL string `json:"apiURL,omitempty"`
	// AssayRunID is the run the generator belongs to.
	AssayRunID string `json:"assayRunId,omitempty"`
	// AutomationFileConfig names the input file configuration of the
	// run's schema the generator makes.
	AutomationFileConfig AssayRunSchemaAutomationFileConfig `json:"automationFileConfig,omitzero"`
	// CreatedAt is when the generator was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// File is the generated file; nil before one is generated.
	File *Blob `json:"file,omitempty"`
	// ID is the generator's ID (aif_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the generator was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Status is the state of the generation.
	Status AutomationFileStatus `json:"status,omitempty"`
	// Transforms are the generator's transform steps; an item may be nil.
	Transforms []*LabAutomationTransform `json:"transforms,omitempty"`
}

// AutomationOutputProcessor reads an instrument's output file for an
// assay run, by one output file configuration of the run's schema, into
// results and other Benchling objects.
type AutomationOutputProcessor struct {
	// APIURL is the canonical URL of the processor in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the processor was archived; nil when it is
	// not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// AssayRunID is the run the processor belongs to.
	AssayRunID string `json:"assayRunId,omitempty"`
	// AutomationFileConfig names the output file configuration of the
	// run's schema the processor reads.
	AutomationFileConfig AssayRunSchemaAutomationFileConfig `json:"automationFileConfig,omitzero"`
	// CompleteWithErrors says what a row-level error does: false, that
	// nothing of the file is committed; true, that the failing rows and
	// their errors go to ErrorFile and the other rows are committed.
	CompleteWithErrors bool `json:"completeWithErrors,omitempty"`
	// CreatedAt is when the processor was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ErrorFile holds the rows that failed, with their errors; nil when
	// none did (or CompleteWithErrors is false).
	ErrorFile *Blob `json:"errorFile,omitempty"`
	// File is the output file to process; nil before one is attached.
	File *Blob `json:"file,omitempty"`
	// ID is the processor's ID (aop_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the processor was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// ProgressStats counts the rows processed so far.
	ProgressStats AutomationProgressStats `json:"progressStats,omitzero"`
	// Status is the state of the processing.
	Status AutomationFileStatus `json:"status,omitempty"`
	// Transforms are the processor's transform steps; an item may be nil.
	Transforms []*LabAutomationTransform `json:"transforms,omitempty"`
}

// AutomationProgressStats counts the rows of an output file processed.
type AutomationProgressStats struct {
	// RowsFailed is the number of rows that failed.
	RowsFailed int `json:"rowsFailed,omitempty"`
	// RowsSucceeded is the number of rows committed.
	RowsSucceeded int `json:"rowsSucceeded,omitempty"`
	// RowsUnprocessed is the number of rows not processed yet.
	RowsUnprocessed int `json:"rowsUnprocessed,omitempty"`
}

// LabAutomationTransform is one transform step of an input generator or
// output processor: a Benchling App's custom transform of the file.
type LabAutomationTransform struct {
	// APIURL is the canonical URL of the transform in the API.
	APIURL string `json:"apiURL,omitempty"`
	// BlobID is the file the transform produced; nil before it has one.
	BlobID *string `json:"blobId,omitempty"`
	// CustomTransformID is the app's custom transform; nil for none.
	CustomTransformID *string `json:"customTransformId,omitempty"`
	// Errors are the errors the app reported.
	Errors LabAutomationBenchlingAppErrors `json:"errors,omitzero"`
	// ID is the transform's ID.
	ID string `json:"id,omitempty"`
	// InputGeneratorID is the input generator the transform belongs to;
	// nil for an output processor's.
	InputGeneratorID *string `json:"inputGeneratorId,omitempty"`
	// ModifiedAt is when the transform was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// OutputProcessorID is the output processor the transform belongs to;
	// nil for an input generator's.
	OutputProcessorID *string `json:"outputProcessorId,omitempty"`
	// Status is the state of the transform.
	Status AutomationFileStatus `json:"status,omitempty"`
}

// LabAutomationBenchlingAppErrors are the errors a Benchling App reported
// on a transform.
type LabAutomationBenchlingAppErrors struct {
	// TopLevelErrors are the errors of the transform as a whole.
	TopLevelErrors []LabAutomationBenchlingAppErrorsTopLevelError `json:"topLevelErrors,omitempty"`
}

// LabAutomationBenchlingAppErrorsTopLevelError is one error of a
// transform as a whole.
type LabAutomationBenchlingAppErrorsTopLevelError struct {
	// ErrorMessage says what went wrong.
	ErrorMessage string `json:"errorMessage,omitempty"`
}

// LabAutomationTransformUpdate is the body of UpdateTransform, which a
// Benchling App sends to report on its transform.
type LabAutomationTransformUpdate struct {
	// BlobID is the file the transform produced: a blob's ID or a file's
	// API ID (file_...).
	BlobID *string `json:"blobId,omitempty"`
	// Errors are the errors to report.
	Errors []LabAutomationBenchlingAppError `json:"errors,omitzero"`
}

// LabAutomationBenchlingAppError is one error a Benchling App reports on
// its transform.
type LabAutomationBenchlingAppError struct {
	// Message says what went wrong.
	Message string `json:"message,omitempty"`
}

// AutomationInputGeneratorUpdate is the body of UpdateInputGenerator.
type AutomationInputGeneratorUpdate struct {
	// FileID sets the generator's file (a blob's ID); Null[string]()
	// removes the file.
	FileID Nullable[string] `json:"fileId,omitzero"`
}

// AutomationOutputProcessorCreate is the body of CreateOutputProcessor:
// an output file to process for a run. AssayRunID,
// AutomationFileConfigName and FileID are required.
type AutomationOutputProcessorCreate struct {
	// AssayRunID is the run the file belongs to.
	AssayRunID string `json:"assayRunId"`
	// AutomationFileConfigName is the output file configuration of the
	// run's schema to read the file by.
	AutomationFileConfigName string `json:"automationFileConfigName"`
	// FileID is the file to process: a blob's ID or a file's API ID
	// (file_...).
	FileID string `json:"fileId"`
	// CompleteWithErrors, when true, commits the rows that succeed and
	// puts the failing ones in the processor's ErrorFile; otherwise an
	// error in any row commits nothing.
	CompleteWithErrors *bool `json:"completeWithErrors,omitempty"`
	// FolderID is the folder the objects the processor creates go in.
	FolderID *string `json:"folderId,omitempty"`
	// LocationID is the location the storable objects the processor
	// creates go in.
	LocationID *string `json:"locationId,omitempty"`
	// Timezone is the time zone of the file's timestamps that have none
	// ("America/New_York").
	Timezone *string `json:"timezone,omitempty"`
}

// AutomationOutputProcessorUpdate is the body of UpdateOutputProcessor.
type AutomationOutputProcessorUpdate struct {
	// FileID is the file to process: a blob's ID or a file's API ID
	// (file_...).
	FileID string `json:"fileId"`
}

// AutomationOutputProcessorsArchive is the body of
// ArchiveOutputProcessors.
type AutomationOutputProcessorsArchive struct {
	// AutomationOutputProcessorIDs are the processors to archive, with
	// the results they created.
	AutomationOutputProcessorIDs []string `json:"automationOutputProcessorIds"`
	// Reason is why they are archived; tenants may configure others than
	// the spec's.
	Reason EntityArchiveReason `json:"reason,omitempty"`
}

// automationOutputProcessorsUnarchive is the body of
// UnarchiveOutputProcessors (the spec's AutomationOutputProcessorsUnarchive).
type automationOutputProcessorsUnarchive struct {
	AutomationOutputProcessorIDs []string `json:"automationOutputProcessorIds"`
}

// AutomationOutputProcessorArchivalChange lists what
// ArchiveOutputProcessors or UnarchiveOutputProcessors changed: the
// processors and the results they created.
type AutomationOutputProcessorArchivalChange struct {
	// AutomationOutputProcessorIDs are the processors archived or
	// unarchived.
	AutomationOutputProcessorIDs []string `json:"automationOutputProcessorIds,omitempty"`
	// ResultIDs are the results archived or unarchived with them.
	ResultIDs []string `json:"resultIds,omitempty"`
}

// AutomationOutputProcessorListOptions filter and page
// ListOutputProcessors. The API pages this list by NextToken alone: a
// PageSize is an error before anything is sent.
type AutomationOutputProcessorListOptions struct {
	ListOptions

	// AssayRunID keeps the processors of a run.
	AssayRunID string `url:"assayRunId,omitempty"`
	// AutomationFileConfigName keeps the processors of an output file
	// configuration.
	AutomationFileConfigName string `url:"automationFileConfigName,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
}

// GetTransform returns a transform step. An unknown ID gives an error
// matching ErrNotFound.
//
// Benchling API: GET /automation-file-transforms/{transform_id}
func (s *LabAutomationService) GetTransform(ctx context.Context, id string) (*LabAutomationTransform, *Response, error) {
	return call[LabAutomationTransform](ctx, s.c(), http.MethodGet, pathf("automation-file-transforms/%s", id), nil, nil)
}

// UpdateTransform reports on a transform step (the file it produced, its
// errors) and returns the transform.
//
// Benchling API: PATCH /automation-file-transforms/{transform_id}
func (s *LabAutomationService) UpdateTransform(ctx context.Context, id string, body *LabAutomationTransformUpdate) (*LabAutomationTransform, *Response, error) {
	return call[LabAutomationTransform](ctx, s.c(), http.MethodPatch, pathf("automation-file-transforms/%s", id), nil, body)
}

// GetInputGenerator returns an input generator. An unknown ID gives an
// error matching ErrBadRequest (the spec's answer).
//
// Benchling API: GET /automation-input-generators/{input_generator_id}
func (s *LabAutomationService) GetInputGenerator(ctx context.Context, id string) (*AutomationInputGenerator, *Response, error) {
	return call[AutomationInputGenerator](ctx, s.c(), http.MethodGet, pathf("automation-input-generators/%s", id), nil, nil)
}

// UpdateInputGenerator sets or removes an input generator's file and
// returns the generator.
//
// Benchling API: PATCH /automation-input-generators/{input_generator_id}
func (s *LabAutomationService) UpdateInputGenerator(ctx context.Context, id string, body *AutomationInputGeneratorUpdate) (*AutomationInputGenerator, *Response, error) {
	return call[AutomationInputGenerator](ctx, s.c(), http.MethodPatch, pathf("automation-input-generators/%s", id), nil, body)
}

// GenerateInput starts an asynchronous task that generates an input
// generator's file; link.Wait returns the generator with its File.
//
// Benchling API: POST /automation-input-generators/{input_generator_id}:generate-input
func (s *LabAutomationService) GenerateInput(ctx context.Context, id string) (*AsyncTaskLink[AutomationInputGenerator], *Response, error) {
	return startTask[AutomationInputGenerator](ctx, s.c(), http.MethodPost, pathf("automation-input-generators/%s:generate-input", id), nil, nil)
}

// ListOutputProcessors returns one page of the output processors that have
// a file; the next page's token is in Response.NextToken. opts may be nil.
//
// Benchling API: GET /automation-output-processors
func (s *LabAutomationService) ListOutputProcessors(ctx context.Context, opts *AutomationOutputProcessorListOptions) ([]*AutomationOutputProcessor, *Response, error) {
	if opts != nil {
		if err := tokenOnlyPaging(&opts.ListOptions, "LabAutomation.ListOutputProcessors"); err != nil {
			return nil, nil, err
		}
	}
	return list[AutomationOutputProcessor](ctx, s.c(), http.MethodGet, pathf("automation-output-processors"), "automationOutputProcessors", opts, nil)
}

// AllOutputProcessors iterates over every output processor matching opts
// that has a file, fetching pages as the loop needs them. It is lazy:
// nothing is requested before the loop starts, and breaking out of the
// loop stops fetching. An error (including the context's) is yielded once
// and ends the loop. No goroutines are started, opts is not modified, and
// ranging again starts over.
//
// Benchling API: GET /automation-output-processors
func (s *LabAutomationService) AllOutputProcessors(ctx context.Context, opts *AutomationOutputProcessorListOptions) iter.Seq2[*AutomationOutputProcessor, error] {
	return all(ctx, opts, s.ListOutputProcessors)
}

// PagesOutputProcessors iterates over the pages of the output processors
// matching opts, for a job that must resume where it stopped: once a
// page's items are processed, save Page.NextToken; to resume, pass the
// saved token as opts.NextToken and the next page is the first one
// fetched. Pages are fetched as the loop needs them, with the guarantees
// of AllOutputProcessors (lazy, stopping on break, an error yielded once,
// opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /automation-output-processors
func (s *LabAutomationService) PagesOutputProcessors(ctx context.Context, opts *AutomationOutputProcessorListOptions) iter.Seq2[*Page[AutomationOutputProcessor], error] {
	return pages(ctx, opts, s.ListOutputProcessors)
}

// CreateOutputProcessor creates an output processor for a file of a run
// and returns it; ProcessOutput then processes the file. An unknown run,
// file or file configuration gives an error matching ErrBadRequest.
//
// Benchling API: POST /automation-output-processors
func (s *LabAutomationService) CreateOutputProcessor(ctx context.Context, body *AutomationOutputProcessorCreate) (*AutomationOutputProcessor, *Response, error) {
	return call[AutomationOutputProcessor](ctx, s.c(), http.MethodPost, pathf("automation-output-processors"), nil, body)
}

// GetOutputProcessor returns an output processor. An unknown ID gives an
// error matching ErrBadRequest (the spec's answer).
//
// Benchling API: GET /automation-output-processors/{output_processor_id}
func (s *LabAutomationService) GetOutputProcessor(ctx context.Context, id string) (*AutomationOutputProcessor, *Response, error) {
	return call[AutomationOutputProcessor](ctx, s.c(), http.MethodGet, pathf("automation-output-processors/%s", id), nil, nil)
}

// UpdateOutputProcessor sets the file of an output processor and returns
// the processor.
//
// Benchling API: PATCH /automation-output-processors/{output_processor_id}
func (s *LabAutomationService) UpdateOutputProcessor(ctx context.Context, id string, body *AutomationOutputProcessorUpdate) (*AutomationOutputProcessor, *Response, error) {
	return call[AutomationOutputProcessor](ctx, s.c(), http.MethodPatch, pathf("automation-output-processors/%s", id), nil, body)
}

// ProcessOutput starts an asynchronous task that processes an output
// processor's file; link.Wait returns the processor, with its
// ProgressStats and ErrorFile. The objects it created may take a few
// seconds to appear in searches. Processing a processor without a file
// gives an error matching ErrBadRequest.
//
// Benchling API: POST /automation-output-processors/{output_processor_id}:process-output
func (s *LabAutomationService) ProcessOutput(ctx context.Context, id string) (*AsyncTaskLink[AutomationOutputProcessor], *Response, error) {
	return startTask[AutomationOutputProcessor](ctx, s.c(), http.MethodPost, pathf("automation-output-processors/%s:process-output", id), nil, nil)
}

// ArchiveOutputProcessors archives output processors, with the results
// they created, and returns what was archived. No processor ID, or an
// invalid one, is ErrInvalidID before anything is sent.
//
// Benchling API: POST /automation-output-processors:archive
func (s *LabAutomationService) ArchiveOutputProcessors(ctx context.Context, body *AutomationOutputProcessorsArchive) (*AutomationOutputProcessorArchivalChange, *Response, error) {
	r := pathf("automation-output-processors:archive")
	if body != nil {
		r = r.needIDs("automationOutputProcessorIds", body.AutomationOutputProcessorIDs)
	}
	return call[AutomationOutputProcessorArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// UnarchiveOutputProcessors unarchives the output processors with the
// given IDs, with the results archived along with them, and returns what
// was unarchived. No ID, or an invalid one, is ErrInvalidID before
// anything is sent.
//
// Benchling API: POST /automation-output-processors:unarchive
func (s *LabAutomationService) UnarchiveOutputProcessors(ctx context.Context, ids []string) (*AutomationOutputProcessorArchivalChange, *Response, error) {
	r := pathf("automation-output-processors:unarchive").needIDs("automationOutputProcessorIds", ids)
	return call[AutomationOutputProcessorArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &automationOutputProcessorsUnarchive{AutomationOutputProcessorIDs: ids})
}

// ProcessFile processes an instrument's output file for a run in one
// call: it uploads r as a blob named name (Blobs.Upload: streamed, of any
// size; opts may be nil), creates an output processor for it
// (CreateOutputProcessor with body, whose FileID it sets to the new
// blob's; body itself is not modified), starts ProcessOutput and waits
// for the task. It returns the processed processor, whose Status,
// ProgressStats and ErrorFile say what became of the rows: a FAILED
// processing is a processor, not an error.
//
// An error says which step failed. Once the processor exists it is
// returned with the error, so that it can be processed or waited on
// again by its ID; an error matching ErrOutcomeUnknown (the start of the
// processing may have reached Benchling, or the wait stopped before the
// task ended) means the file may be processed: do not start it again
// before checking the processor.
//
// Benchling API: POST /automation-output-processors/{output_processor_id}:process-output
func (s *LabAutomationService) ProcessFile(ctx context.Context, name string, r io.Reader, body *AutomationOutputProcessorCreate, opts *BlobUploadOptions) (*AutomationOutputProcessor, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	if body == nil {
		return nil, errors.New("benchling: LabAutomation.ProcessFile: the body is nil")
	}
	blob, err := s.c().Blobs.Upload(ctx, name, r, opts)
	if err != nil {
		return nil, fmt.Errorf("benchling: LabAutomation.ProcessFile: uploading %q: %w", name, err)
	}
	b := *body
	b.FileID = blob.ID
	proc, _, err := s.CreateOutputProcessor(ctx, &b)
	if err != nil {
		return nil, fmt.Errorf("benchling: LabAutomation.ProcessFile: creating the output processor for blob %s: %w", blob.ID, err)
	}
	task, _, err := s.ProcessOutput(ctx, proc.ID)
	if err != nil {
		return proc, fmt.Errorf("benchling: LabAutomation.ProcessFile: processing %s: %w", proc.ID, err)
	}
	done, err := task.Wait(ctx)
	if err != nil {
		return proc, fmt.Errorf("benchling: LabAutomation.ProcessFile: processing %s (task %s): %w", proc.ID, task.TaskID, err)
	}
	return done, nil
}
