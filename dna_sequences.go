package benchling

import (
	"context"
	"iter"
	"net/http"
)

// DnaSequencesService manages DNA sequences.
//
// Benchling API tag: DNA Sequences.
type DnaSequencesService service

// Get returns the DNA sequence with the given ID; opts may be nil.
//
// Benchling API: GET /dna-sequences/{dna_sequence_id}
func (s *DnaSequencesService) Get(ctx context.Context, id string, opts *DnaSequenceGetOptions) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodGet, pathf("dna-sequences/%s", id), opts, nil)
}

// List returns one page of DNA sequences; resp.NextToken is the token of
// the next page, empty on the last one. opts may be nil.
//
// Benchling API: GET /dna-sequences
func (s *DnaSequencesService) List(ctx context.Context, opts *DnaSequenceListOptions) ([]*DnaSequence, *Response, error) {
	return list[DnaSequence](ctx, s.c(), http.MethodGet, pathf("dna-sequences"), "dnaSequences", opts, nil)
}

// All iterates over every DNA sequence that opts selects, page by page.
// It is lazy: nothing is requested before the loop starts, and breaking
// out of the loop stops fetching. An error is yielded once and ends the
// loop; a cancelled ctx surfaces as its error. No goroutines are started,
// opts is not modified, and ranging again starts over.
//
// Benchling API: GET /dna-sequences
func (s *DnaSequencesService) All(ctx context.Context, opts *DnaSequenceListOptions) iter.Seq2[*DnaSequence, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the DNA sequences that opts selects, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /dna-sequences
func (s *DnaSequencesService) Pages(ctx context.Context, opts *DnaSequenceListOptions) iter.Seq2[*Page[DnaSequence], error] {
	return pages(ctx, opts, s.List)
}

// Create creates a DNA sequence, registering it when body names a
// registry.
//
// Benchling API: POST /dna-sequences
func (s *DnaSequencesService) Create(ctx context.Context, body *DnaSequenceCreate) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences"), nil, body)
}

// Update changes the DNA sequence with the given ID; nil fields of body
// are left unchanged.
//
// Benchling API: PATCH /dna-sequences/{dna_sequence_id}
func (s *DnaSequencesService) Update(ctx context.Context, id string, body *DnaSequenceUpdate) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPatch, pathf("dna-sequences/%s", id), nil, body)
}

// Upsert creates or updates the registered DNA sequence with the given
// registry ID (e.g. "DNA001"). resp.StatusCode is 201 when it was created
// and 200 when it was updated.
//
// Benchling API: PATCH /dna-sequences/{entity_registry_id}:upsert
func (s *DnaSequencesService) Upsert(ctx context.Context, registryID string, body *DnaSequenceUpsertRequest) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPatch, pathf("dna-sequences/%s:upsert", registryID), nil, body)
}

// Archive archives the DNA sequences body.DnaSequenceIDs, and their
// batches, for body.Reason. No IDs is an error matching ErrInvalidID, and
// nothing is sent.
//
// Benchling API: POST /dna-sequences:archive
func (s *DnaSequencesService) Archive(ctx context.Context, body *DnaSequencesArchive) (*DnaSequencesArchivalChange, *Response, error) {
	r := pathf("dna-sequences:archive")
	if body != nil {
		r = r.needIDs("dnaSequenceIds", body.DnaSequenceIDs)
	}
	return call[DnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives DNA sequences and their batches. No IDs is an
// error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:unarchive
func (s *DnaSequencesService) Unarchive(ctx context.Context, ids []string) (*DnaSequencesArchivalChange, *Response, error) {
	r := pathf("dna-sequences:unarchive").needIDs("dnaSequenceIds", ids)
	return call[DnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &dnaSequencesUnarchive{DnaSequenceIDs: ids})
}

// MatchBases returns one page of the DNA sequences whose bases are exactly
// body.Bases; resp.NextToken is the token of the next page (set it in
// body.NextToken), empty on the last one.
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) MatchBases(ctx context.Context, body *MatchBasesRequest) ([]*DnaSequence, *Response, error) {
	return list[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences:match-bases").readOnly(), "dnaSequences", nil, body)
}

// AllMatchBases iterates over every DNA sequence whose bases are exactly
// body.Bases, page by page, like All: lazily, stopping on break, yielding
// an error once, without modifying body.
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) AllMatchBases(ctx context.Context, body *MatchBasesRequest) iter.Seq2[*DnaSequence, error] {
	return all(ctx, body, s.MatchBases)
}

// PagesMatchBases iterates over the pages of the results of MatchBases, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as body.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllMatchBases (lazy, stopping on break, an error
// yielded once, body not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) PagesMatchBases(ctx context.Context, body *MatchBasesRequest) iter.Seq2[*Page[DnaSequence], error] {
	return pages(ctx, body, s.MatchBases)
}

// SearchBases returns one page of the DNA sequences that contain
// body.Bases; resp.NextToken is the token of the next page (set it in
// body.NextToken), empty on the last one. Search indexing is asynchronous,
// so sequences written moments ago may be missing.
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) SearchBases(ctx context.Context, body *SearchBasesRequest) ([]*DnaSequence, *Response, error) {
	return list[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences:search-bases").readOnly(), "dnaSequences", nil, body)
}

// AllSearchBases iterates over every DNA sequence that contains
// body.Bases, page by page, like All: lazily, stopping on break, yielding
// an error once, without modifying body.
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) AllSearchBases(ctx context.Context, body *SearchBasesRequest) iter.Seq2[*DnaSequence, error] {
	return all(ctx, body, s.SearchBases)
}

// PagesSearchBases iterates over the pages of the results of SearchBases, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as body.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllSearchBases (lazy, stopping on break, an error
// yielded once, body not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) PagesSearchBases(ctx context.Context, body *SearchBasesRequest) iter.Seq2[*Page[DnaSequence], error] {
	return pages(ctx, body, s.SearchBases)
}

// AutoAnnotate starts a task that annotates up to 2000 sequences with the
// matching features of feature libraries. The task has no response. No
// sequence IDs, or no feature library IDs, is an error matching
// ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:auto-annotate
func (s *DnaSequencesService) AutoAnnotate(ctx context.Context, body *AutoAnnotateDnaSequences) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("dna-sequences:auto-annotate")
	if body != nil {
		r = r.needIDs("dnaSequenceIds", body.DnaSequenceIDs).needIDs("featureLibraryIds", body.FeatureLibraryIDs)
	}
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}

// AutofillParts starts a task that fills in the parts of up to 2000
// sequences. The task has no response.
// No IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:autofill-parts
func (s *DnaSequencesService) AutofillParts(ctx context.Context, ids []string) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("dna-sequences:autofill-parts").needIDs("dnaSequenceIds", ids)
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, &autofillSequences{DnaSequenceIDs: ids})
}

// AutofillTranscriptions starts a task that links up to 2000 sequences to
// the RNA sequences with matching schemas and bases. The task has no
// response.
// No IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:autofill-transcriptions
func (s *DnaSequencesService) AutofillTranscriptions(ctx context.Context, ids []string) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("dna-sequences:autofill-transcriptions").needIDs("dnaSequenceIds", ids)
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, &autofillSequences{DnaSequenceIDs: ids})
}

// AutofillTranslations starts a task that fills in the translations of up
// to 2000 sequences. The task has no response.
// No IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:autofill-translations
func (s *DnaSequencesService) AutofillTranslations(ctx context.Context, ids []string) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("dna-sequences:autofill-translations").needIDs("dnaSequenceIds", ids)
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, &autofillSequences{DnaSequenceIDs: ids})
}

// FindMatchingRegions starts a task that finds, for up to 1000 target
// sequences, the sequences that are sub-sequences or exact matches of
// them; Wait on the returned link gives the matches. No target IDs is an
// error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:find-matching-regions
func (s *DnaSequencesService) FindMatchingRegions(ctx context.Context, body *DnaSequencesFindMatchingRegion) (*AsyncTaskLink[DnaSequencesFindMatchingRegionsResult], *Response, error) {
	r := pathf("dna-sequences:find-matching-regions").readOnly()
	if body != nil {
		r = r.needIDs("targetDnaSequenceIds", body.TargetDnaSequenceIDs)
	}
	return startTask[DnaSequencesFindMatchingRegionsResult](ctx, s.c(), http.MethodPost, r, nil, body)
}

// OptimizeCodons starts a task that creates codon-optimized copies of
// sequences in a folder. The task has no response. No sequence IDs is an
// error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /dna-sequences:optimize-codons
func (s *DnaSequencesService) OptimizeCodons(ctx context.Context, body *OptimizeCodons) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("dna-sequences:optimize-codons")
	if body != nil {
		r = r.needIDs("dnaSequenceIds", body.DnaSequenceIDs)
	}
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}
