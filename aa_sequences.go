package benchling

import (
	"context"
	"iter"
	"net/http"
)

// AaSequencesService manages AA sequences (proteins).
//
// Benchling API tag: AA Sequences.
type AaSequencesService service

// Get returns the AA sequence with the given ID; opts may be nil. An
// unknown ID gives an error matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /aa-sequences/{aa_sequence_id}
func (s *AaSequencesService) Get(ctx context.Context, id string, opts *AaSequenceGetOptions) (*AaSequence, *Response, error) {
	return call[AaSequence](ctx, s.c(), http.MethodGet, pathf("aa-sequences/%s", id), opts, nil)
}

// List returns one page of AA sequences; the next page's token is in
// Response.NextToken. opts may be nil.
//
// Benchling API: GET /aa-sequences
func (s *AaSequencesService) List(ctx context.Context, opts *AaSequenceListOptions) ([]*AaSequence, *Response, error) {
	return list[AaSequence](ctx, s.c(), http.MethodGet, pathf("aa-sequences"), "aaSequences", opts, nil)
}

// All iterates over every AA sequence matching opts, fetching pages as the
// loop needs them. It is lazy: nothing is requested before the loop
// starts, and breaking out of the loop stops fetching. An error (including
// the context's) is yielded once and ends the loop. No goroutines are
// started, opts is not modified, and ranging again starts over.
//
// Benchling API: GET /aa-sequences
func (s *AaSequencesService) All(ctx context.Context, opts *AaSequenceListOptions) iter.Seq2[*AaSequence, error] {
	return all(ctx, opts, s.List)
}

// Pages iterates over the pages of the AA sequences matching opts, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as opts.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of All (lazy, stopping on break, an error
// yielded once, opts not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: GET /aa-sequences
func (s *AaSequencesService) Pages(ctx context.Context, opts *AaSequenceListOptions) iter.Seq2[*Page[AaSequence], error] {
	return pages(ctx, opts, s.List)
}

// Create creates an AA sequence.
//
// Benchling API: POST /aa-sequences
func (s *AaSequencesService) Create(ctx context.Context, body *AaSequenceCreate) (*AaSequence, *Response, error) {
	return call[AaSequence](ctx, s.c(), http.MethodPost, pathf("aa-sequences"), nil, body)
}

// Update changes the fields of body that are set and returns the updated
// sequence.
//
// Benchling API: PATCH /aa-sequences/{aa_sequence_id}
func (s *AaSequencesService) Update(ctx context.Context, id string, body *AaSequenceUpdate) (*AaSequence, *Response, error) {
	return call[AaSequence](ctx, s.c(), http.MethodPatch, pathf("aa-sequences/%s", id), nil, body)
}

// Upsert creates or updates the registered AA sequence with the registry
// ID registryID. If body.EntityRegistryID is empty, registryID is sent in
// it (the API requires both); body itself is not modified. The response
// status is 201 when the sequence was created and 200 when it was updated.
//
// Benchling API: PATCH /aa-sequences/{entity_registry_id}:upsert
func (s *AaSequencesService) Upsert(ctx context.Context, registryID string, body *AaSequenceUpsert) (*AaSequence, *Response, error) {
	if body != nil && body.EntityRegistryID == "" {
		b := *body
		b.EntityRegistryID, body = registryID, &b
	}
	return call[AaSequence](ctx, s.c(), http.MethodPatch, pathf("aa-sequences/%s:upsert", registryID), nil, body)
}

// Archive archives the AA sequences body.AaSequenceIDs for body.Reason,
// along with their batches. No IDs is an error matching ErrInvalidID, and
// nothing is sent.
//
// Benchling API: POST /aa-sequences:archive
func (s *AaSequencesService) Archive(ctx context.Context, body *AaSequencesArchive) (*AaSequencesArchivalChange, *Response, error) {
	r := pathf("aa-sequences:archive")
	if body != nil {
		r = r.needIDs("aaSequenceIds", body.AaSequenceIDs)
	}
	return call[AaSequencesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, body)
}

// Unarchive unarchives the AA sequences with the given IDs. No IDs is an
// error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /aa-sequences:unarchive
func (s *AaSequencesService) Unarchive(ctx context.Context, ids []string) (*AaSequencesArchivalChange, *Response, error) {
	r := pathf("aa-sequences:unarchive").needIDs("aaSequenceIds", ids)
	return call[AaSequencesArchivalChange](ctx, s.c(), http.MethodPost, r, nil, &aaSequencesUnarchive{AaSequenceIDs: ids})
}

// AutoAnnotate starts an asynchronous task that annotates AA sequences
// with the matching features of feature libraries. The task has no
// result. No sequence IDs, or no feature library IDs, is an error
// matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /aa-sequences:auto-annotate
func (s *AaSequencesService) AutoAnnotate(ctx context.Context, body *AutoAnnotateAaSequences) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	r := pathf("aa-sequences:auto-annotate")
	if body != nil {
		r = r.needIDs("aaSequenceIds", body.AaSequenceIDs).needIDs("featureLibraryIds", body.FeatureLibraryIDs)
	}
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, r, nil, body)
}

// BackTranslate starts an asynchronous task that creates DNA sequences
// coding for AA sequences; link.Wait returns the DNA sequences. No
// sequence IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: POST /aa-sequences:back-translate
func (s *AaSequencesService) BackTranslate(ctx context.Context, body *BackTranslate) (*AsyncTaskLink[AaSequencesBackTranslateResult], *Response, error) {
	r := pathf("aa-sequences:back-translate")
	if body != nil {
		r = r.needIDs("aaSequenceIds", body.AaSequenceIDs)
	}
	return startTask[AaSequencesBackTranslateResult](ctx, s.c(), http.MethodPost, r, nil, body)
}

// FindMatchingRegions starts an asynchronous task that finds, for each
// target sequence, the AA sequences that match it fully or as a
// subsequence. No target IDs is an error matching ErrInvalidID, and
// nothing is sent.
//
// Benchling API: POST /aa-sequences:find-matching-regions
func (s *AaSequencesService) FindMatchingRegions(ctx context.Context, body *AaSequencesFindMatchingRegion) (*AsyncTaskLink[AaSequencesFindMatchingRegionsResult], *Response, error) {
	r := pathf("aa-sequences:find-matching-regions").readOnly()
	if body != nil {
		r = r.needIDs("targetAASequenceIds", body.TargetAaSequenceIDs)
	}
	return startTask[AaSequencesFindMatchingRegionsResult](ctx, s.c(), http.MethodPost, r, nil, body)
}

// MatchAminoAcids returns one page of the AA sequences whose amino acids
// are exactly body.AminoAcids; the next page's token is in
// Response.NextToken.
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) MatchAminoAcids(ctx context.Context, body *AaSequencesMatchBases) ([]*AaSequence, *Response, error) {
	return list[AaSequence](ctx, s.c(), http.MethodPost, pathf("aa-sequences:match-amino-acids").readOnly(), "aaSequences", nil, body)
}

// AllMatchAminoAcids iterates over every result of MatchAminoAcids,
// fetching pages as the loop needs them. It is lazy, stops fetching on
// break, yields an error once and ends, starts no goroutines, does not
// modify body, and starts over when ranged again.
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) AllMatchAminoAcids(ctx context.Context, body *AaSequencesMatchBases) iter.Seq2[*AaSequence, error] {
	return all(ctx, body, s.MatchAminoAcids)
}

// PagesMatchAminoAcids iterates over the pages of the results of MatchAminoAcids, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as body.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllMatchAminoAcids (lazy, stopping on break, an error
// yielded once, body not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) PagesMatchAminoAcids(ctx context.Context, body *AaSequencesMatchBases) iter.Seq2[*Page[AaSequence], error] {
	return pages(ctx, body, s.MatchAminoAcids)
}

// SearchAminoAcids returns one page of the AA sequences that contain
// body.AminoAcids; the next page's token is in Response.NextToken. Search
// indexing is asynchronous, so new sequences may be missing for a while.
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) SearchAminoAcids(ctx context.Context, body *AaSequencesSearchBases) ([]*AaSequence, *Response, error) {
	return list[AaSequence](ctx, s.c(), http.MethodPost, pathf("aa-sequences:search-amino-acids").readOnly(), "aaSequences", nil, body)
}

// AllSearchAminoAcids iterates over every result of SearchAminoAcids,
// fetching pages as the loop needs them. It is lazy, stops fetching on
// break, yields an error once and ends, starts no goroutines, does not
// modify body, and starts over when ranged again.
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) AllSearchAminoAcids(ctx context.Context, body *AaSequencesSearchBases) iter.Seq2[*AaSequence, error] {
	return all(ctx, body, s.SearchAminoAcids)
}

// PagesSearchAminoAcids iterates over the pages of the results of SearchAminoAcids, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as body.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllSearchAminoAcids (lazy, stopping on break, an error
// yielded once, body not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) PagesSearchAminoAcids(ctx context.Context, body *AaSequencesSearchBases) iter.Seq2[*Page[AaSequence], error] {
	return pages(ctx, body, s.SearchAminoAcids)
}
