package benchling

import (
	"context"
	"iter"
	"net/http"
)

// RnaSequencesService manages RNA sequences.
//
// Benchling API tag: RNA Sequences.
type RnaSequencesService service

// Get returns the RNA sequence with the given ID. opts may be nil. An
// unknown ID is an error matching ErrNotFound.
//
// Benchling API: GET /rna-sequences/{rna_sequence_id}
func (s *RnaSequencesService) Get(ctx context.Context, id string, opts *NucleotideGetOptions) (*RnaSequence, *Response, error) {
	return call[RnaSequence](ctx, s.c(), http.MethodGet, pathf("rna-sequences/%s", id), opts, nil)
}

// List returns one page of RNA sequences; resp.NextToken is the token of
// the next page, empty on the last one. opts may be nil. An unknown ID in
// opts.IDs is a 400 that names it.
//
// Benchling API: GET /rna-sequences
func (s *RnaSequencesService) List(ctx context.Context, opts *NucleotideListOptions) ([]*RnaSequence, *Response, error) {
	return list[RnaSequence](ctx, s.c(), http.MethodGet, pathf("rna-sequences"), "rnaSequences", opts, nil)
}

// All iterates over every RNA sequence that opts selects, page by page,
// lazily: breaking out of the loop stops fetching, an error is yielded
// once and ends the loop, and opts is not modified.
//
// Benchling API: GET /rna-sequences
func (s *RnaSequencesService) All(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*RnaSequence, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the RNA sequences that opts selects,
// for a job that must resume where it stopped: save Page.NextToken once a
// page is processed, and pass it as opts.NextToken to resume. It has the
// guarantees of All; a repeated token ends the loop with ErrRepeatedToken.
//
// Benchling API: GET /rna-sequences
func (s *RnaSequencesService) Pages(ctx context.Context, opts *NucleotideListOptions) iter.Seq2[*Page[RnaSequence], error] {
	return pages(ctx, opts, s.List)
}

// Create creates an RNA sequence, registering it when body names a
// registry. Invalid bases, a missing name or an unknown schema are a 400.
//
// Benchling API: POST /rna-sequences
func (s *RnaSequencesService) Create(ctx context.Context, body *RnaSequenceCreate) (*RnaSequence, *Response, error) {
	return call[RnaSequence](ctx, s.c(), http.MethodPost, pathf("rna-sequences"), nil, body)
}

// Update changes the RNA sequence with the given ID; nil fields of body
// are left unchanged. Invalid bases are a 400.
//
// Benchling API: PATCH /rna-sequences/{rna_sequence_id}
func (s *RnaSequencesService) Update(ctx context.Context, id string, body *RnaSequenceUpdate) (*RnaSequence, *Response, error) {
	return call[RnaSequence](ctx, s.c(), http.MethodPatch, pathf("rna-sequences/%s", id), nil, body)
}

// Archive archives RNA sequences for a reason; registered ones stay in
// the registry. An unknown ID or a reason the tenant does not accept is a
// 400.
//
// Benchling API: POST /rna-sequences:archive
func (s *RnaSequencesService) Archive(ctx context.Context, body *RnaSequencesArchive) (*RnaSequencesArchivalChange, *Response, error) {
	r := pathf("rna-sequences:archive")
	if body != nil {
		r = r.needIDs("rnaSequenceIds", body.RnaSequenceIDs)
	}
	return call[RnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives RNA sequences. An unknown ID is a 400.
//
// Benchling API: POST /rna-sequences:unarchive
func (s *RnaSequencesService) Unarchive(ctx context.Context, ids []string) (*RnaSequencesArchivalChange, *Response, error) {
	return call[RnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, pathf("rna-sequences:unarchive").needIDs("rnaSequenceIds", ids), nil, &rnaSequencesUnarchive{RnaSequenceIDs: ids})
}

// BulkGet returns the RNA sequences with the given IDs, in one request;
// opts may be nil. An empty ids is ErrInvalidID, an unknown ID a 400.
//
// Benchling API: GET /rna-sequences:bulk-get
func (s *RnaSequencesService) BulkGet(ctx context.Context, ids []string, opts *RnaSequenceBulkGetOptions) ([]*RnaSequence, *Response, error) {
	return list[RnaSequence](ctx, s.c(), http.MethodGet, pathf("rna-sequences:bulk-get").needIDs("rnaSequenceIds", ids), "rnaSequences",
		rnaSeqBulkGetQuery{RnaSequenceIDs: ids, RnaSequenceBulkGetOptions: opts}, nil)
}

// MatchBases returns one page of the RNA sequences whose bases are
// exactly body.Bases; resp.NextToken is the token of the next page (set it
// in body.NextToken), empty on the last one. It only reads, so it is
// retried like a GET.
//
// Benchling API: POST /rna-sequences:match-bases
func (s *RnaSequencesService) MatchBases(ctx context.Context, body *MatchBasesRequest) ([]*RnaSequence, *Response, error) {
	return list[RnaSequence](ctx, s.c(), http.MethodPost, pathf("rna-sequences:match-bases").readOnly(), "rnaSequences", nil, body)
}

// AllMatchBases iterates over every RNA sequence whose bases are exactly
// body.Bases, page by page, like All.
//
// Benchling API: POST /rna-sequences:match-bases
func (s *RnaSequencesService) AllMatchBases(ctx context.Context, body *MatchBasesRequest) iter.Seq2[*RnaSequence, error] {
	return all(ctx, body, s.MatchBases)
}

// PagesMatchBases iterates over the pages of MatchBases' results, like
// Pages: save Page.NextToken and pass it as body.NextToken to resume.
//
// Benchling API: POST /rna-sequences:match-bases
func (s *RnaSequencesService) PagesMatchBases(ctx context.Context, body *MatchBasesRequest) iter.Seq2[*Page[RnaSequence], error] {
	return pages(ctx, body, s.MatchBases)
}

// SearchBases returns one page of the RNA sequences that contain
// body.Bases (at least 8); resp.NextToken is the token of the next page
// (set it in body.NextToken), empty on the last one. Search indexing is
// asynchronous, so sequences written moments ago may be missing. It only
// reads, so it is retried like a GET.
//
// Benchling API: POST /rna-sequences:search-bases
func (s *RnaSequencesService) SearchBases(ctx context.Context, body *SearchBasesRequest) ([]*RnaSequence, *Response, error) {
	return list[RnaSequence](ctx, s.c(), http.MethodPost, pathf("rna-sequences:search-bases").readOnly(), "rnaSequences", nil, body)
}

// AllSearchBases iterates over every RNA sequence that contains
// body.Bases, page by page, like All.
//
// Benchling API: POST /rna-sequences:search-bases
func (s *RnaSequencesService) AllSearchBases(ctx context.Context, body *SearchBasesRequest) iter.Seq2[*RnaSequence, error] {
	return all(ctx, body, s.SearchBases)
}

// PagesSearchBases iterates over the pages of SearchBases' results, like
// Pages: save Page.NextToken and pass it as body.NextToken to resume.
//
// Benchling API: POST /rna-sequences:search-bases
func (s *RnaSequencesService) PagesSearchBases(ctx context.Context, body *SearchBasesRequest) iter.Seq2[*Page[RnaSequence], error] {
	return pages(ctx, body, s.SearchBases)
}

// AutoAnnotate starts a task that annotates up to 1000 RNA sequences with
// the matching features of feature libraries (U and T count as the same
// base). The task has no response.
//
// Benchling API: POST /rna-sequences:auto-annotate
func (s *RnaSequencesService) AutoAnnotate(ctx context.Context, body *AutoAnnotateRnaSequences) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("rna-sequences:auto-annotate")
	if body != nil {
		r = r.needIDs("rnaSequenceIds", body.RnaSequenceIDs)
	}
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}

// AutofillParts starts a task that fills in the parts of up to 1000 RNA
// sequences from the RNA sequences of linked schemas that match them. The
// task has no response.
//
// Benchling API: POST /rna-sequences:autofill-parts
func (s *RnaSequencesService) AutofillParts(ctx context.Context, ids []string) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, pathf("rna-sequences:autofill-parts").needIDs("rnaSequenceIds", ids), nil, &autofillRnaSequences{RnaSequenceIDs: ids})
}

// AutofillTranslations starts a task that fills in the translations of up
// to 1000 RNA sequences. The task has no response.
//
// Benchling API: POST /rna-sequences:autofill-translations
func (s *RnaSequencesService) AutofillTranslations(ctx context.Context, ids []string) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, pathf("rna-sequences:autofill-translations").needIDs("rnaSequenceIds", ids), nil, &autofillRnaSequences{RnaSequenceIDs: ids})
}

// BulkCreate starts a task that creates up to 1000 RNA sequences; Wait on
// the returned link gives the created sequences. An invalid item fails
// the task, which then creates nothing.
//
// Benchling API: POST /rna-sequences:bulk-create
func (s *RnaSequencesService) BulkCreate(ctx context.Context, items []*RnaSequenceBulkCreate) (*AsyncTaskLink[RnaSequencesBulkCreateResult], *Response, error) {
	return startTask[RnaSequencesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("rna-sequences:bulk-create"), nil, &rnaSequencesBulkCreateRequest{RnaSequences: items})
}

// BulkUpdate starts a task that updates RNA sequences (up to 1000: the
// limit of bulk-create, which the spec does not state for updates); Wait
// on the returned link gives the updated sequences.
//
// Benchling API: POST /rna-sequences:bulk-update
func (s *RnaSequencesService) BulkUpdate(ctx context.Context, items []*RnaSequenceBulkUpdate) (*AsyncTaskLink[RnaSequencesBulkUpdateResult], *Response, error) {
	return startTask[RnaSequencesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("rna-sequences:bulk-update"), nil, &rnaSequencesBulkUpdateRequest{RnaSequences: items})
}

// CreateMany creates any number of RNA sequences in chunks of at most
// MaxBulkSequences (the spec's maxItems) with BulkCreate; see
// AaSequencesService.CreateMany for how chunks, errors and cancellation
// behave.
//
// Benchling API: POST /rna-sequences:bulk-create
func (s *RnaSequencesService) CreateMany(ctx context.Context, items []*RnaSequenceBulkCreate, opts *BulkOptions) ([]BulkResult[*RnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkCreate,
		func(r *RnaSequencesBulkCreateResult) []*RnaSequence { return r.RnaSequences }))
}

// UpdateMany updates any number of RNA sequences in chunks of at most
// MaxBulkSequences with BulkUpdate; see AaSequencesService.CreateMany for
// how chunks, errors and cancellation behave.
//
// Benchling API: POST /rna-sequences:bulk-update
func (s *RnaSequencesService) UpdateMany(ctx context.Context, items []*RnaSequenceBulkUpdate, opts *BulkOptions) ([]BulkResult[*RnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkUpdate,
		func(r *RnaSequencesBulkUpdateResult) []*RnaSequence { return r.RnaSequences }))
}
