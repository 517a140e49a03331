package benchling

import (
	"context"
	"fmt"
	"iter"
	"net/http"
)

// AaSequenceBulkGetOptions are the optional parameters of BulkGet.
type AaSequenceBulkGetOptions struct {
	// Returning limits the returned fields, for example
	// {"aaSequences.id", "aaSequences.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// AaSequencesBulkCreateRequest is the body of BulkCreate.
type AaSequencesBulkCreateRequest struct {
	// AaSequences are the sequences to create, at most 1000.
	AaSequences []*AaSequenceCreate `json:"aaSequences,omitzero"`
}

// AaSequenceBulkUpdate is one item of BulkUpdate: the ID of the sequence
// and the fields to change, as in AaSequenceUpdate (without
// EntityRegistryID, which bulk updates cannot change).
type AaSequenceBulkUpdate struct {
	// ID is the sequence to update (prtn_...).
	ID string `json:"id"`
	// Aliases are aliases to add to the sequence (the spec's wording).
	Aliases []string `json:"aliases,omitzero"`
	// AminoAcids replace the sequence's amino acids.
	AminoAcids *string `json:"aminoAcids,omitempty"`
	// Annotations replace the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations,omitzero"`
	// AuthorIDs replace the sequence's authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// FolderID moves the sequence to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the sequence.
	Name *string `json:"name,omitempty"`
	// SchemaID changes the sequence's schema.
	SchemaID *string `json:"schemaId,omitempty"`
}

// AaSequencesBulkUpdateRequest is the body of BulkUpdate.
type AaSequencesBulkUpdateRequest struct {
	// AaSequences are the updates, one per sequence.
	AaSequences []*AaSequenceBulkUpdate `json:"aaSequences,omitzero"`
}

// AaSequencesBulkUpsertRequest is the body of BulkUpsert.
type AaSequencesBulkUpsertRequest struct {
	// AaSequences are the sequences to create or update, at most 1000.
	AaSequences []*AaSequenceUpsert `json:"aaSequences"`
}

// AaSequencesBulkCreateResult is the response of a succeeded BulkCreate
// task.
type AaSequencesBulkCreateResult struct {
	// AaSequences are the created sequences.
	AaSequences []*AaSequence `json:"aaSequences"`
}

// AaSequencesBulkUpdateResult is the response of a succeeded BulkUpdate
// task.
type AaSequencesBulkUpdateResult struct {
	// AaSequences are the updated sequences. The spec's schema
	// (BulkUpdateAaSequencesAsyncTask) spells the key "AaSequences" while
	// its example and the other bulk tasks use "aaSequences";
	// encoding/json matches keys case-insensitively, so either decodes.
	AaSequences []*AaSequence `json:"aaSequences"`
}

// AaSequencesBulkUpsertResult is the response of a succeeded BulkUpsert
// task.
type AaSequencesBulkUpsertResult struct {
	// AaSequences are the created or updated sequences.
	AaSequences []*AaSequence `json:"aaSequences"`
}

// AutoAnnotateAaSequences is the body of AutoAnnotate.
type AutoAnnotateAaSequences struct {
	// AaSequenceIDs are the sequences to annotate.
	AaSequenceIDs []string `json:"aaSequenceIds"`
	// FeatureLibraryIDs are the feature libraries to annotate from
	// (featlib_...).
	FeatureLibraryIDs []string `json:"featureLibraryIds"`
}

// BackTranslate is the body of BackTranslate: the AA sequences to turn
// into DNA sequences, the folder for the results, and the codon settings
// (shared with DnaSequences.OptimizeCodons), whose JSON fields are sent
// at the top level.
type BackTranslate struct {
	// AaSequenceIDs are the sequences to back-translate.
	AaSequenceIDs []string `json:"aaSequenceIds"`
	// FolderID is the folder the DNA sequences are saved in.
	FolderID string `json:"folderId"`
	CodonOptions
}

// BackTranslateResult is the response of a succeeded BackTranslate task:
// the DNA sequences created. The spec has no schema for it; the key is the
// one every DNA-sequence task uses.
type BackTranslateResult struct {
	// DnaSequences are the created DNA sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences"`
}

// AaSequencesFindMatchingRegion is the body of FindMatchingRegions.
type AaSequencesFindMatchingRegion struct {
	// TargetAASequenceIDs are the sequences to find matches for.
	TargetAASequenceIDs []string `json:"targetAASequenceIds"`
	// SchemaID is the schema of the sequences to match (ts_...).
	SchemaID string `json:"schemaId"`
	// RegistryID restricts the search to a registry (src_...).
	RegistryID *string `json:"registryId,omitempty"`
}

// AaSequencesFindMatchingRegionsResult is the response of a succeeded
// FindMatchingRegions task.
type AaSequencesFindMatchingRegionsResult struct {
	// AaSequenceMatches has one group of matches per target sequence.
	AaSequenceMatches []AaSequenceMatchingRegions `json:"aaSequenceMatches"`
}

// AaSequenceMatchingRegions are the sequences that match a target
// sequence fully or as a subsequence.
type AaSequenceMatchingRegions struct {
	// MatchingAASequenceIDs are the matching sequences.
	MatchingAASequenceIDs []string `json:"matchingAASequenceIds"`
	// TargetAASequenceID is the target sequence.
	TargetAASequenceID string `json:"targetAASequenceId"`
}

// AaSequencesMatchBases is the body of MatchAminoAcids; it pages through
// the body, so it embeds ListOptions.
type AaSequencesMatchBases struct {
	ListOptions

	// AminoAcids are the amino acids to match exactly (required).
	AminoAcids string `json:"aminoAcids"`
	// ArchiveReason filters by archive state.
	ArchiveReason SearchArchiveReason `json:"archiveReason,omitempty"`
	// RegistryID restricts results to a registry; Null[string]() lists
	// only unregistered sequences.
	RegistryID Nullable[string] `json:"registryId,omitzero"`
	// Sort orders the results.
	Sort SearchSort `json:"sort,omitempty"`
}

// AaSequencesSearchBases is the body of SearchAminoAcids; it pages
// through the body, so it embeds ListOptions.
type AaSequencesSearchBases struct {
	ListOptions

	// AminoAcids are the amino acids to search for, at least 3 (required).
	AminoAcids string `json:"aminoAcids"`
	// ArchiveReason filters by archive state.
	ArchiveReason SearchArchiveReason `json:"archiveReason,omitempty"`
	// RegistryID restricts results to a registry; Null[string]() lists
	// only unregistered sequences.
	RegistryID Nullable[string] `json:"registryId,omitzero"`
	// Sort orders the results.
	Sort SearchSort `json:"sort,omitempty"`
}

// BulkGet returns the AA sequences with the given IDs. opts may be nil.
// ids must not be empty.
//
// Benchling API: GET /aa-sequences:bulk-get
func (s *AaSequencesService) BulkGet(ctx context.Context, ids []string, opts *AaSequenceBulkGetOptions) ([]*AaSequence, *Response, error) {
	if len(ids) == 0 {
		return nil, nil, fmt.Errorf("%w: BulkGet needs at least one AA sequence ID", ErrInvalidID)
	}
	q := struct {
		IDs []string `url:"aaSequenceIds,comma"`
		AaSequenceBulkGetOptions
	}{IDs: ids}
	if opts != nil {
		q.AaSequenceBulkGetOptions = *opts
	}
	return list[AaSequence](ctx, s.c(), http.MethodGet, pathf("aa-sequences:bulk-get"), "aaSequences", q, nil)
}

// BulkCreate starts an asynchronous task that creates up to 1000 AA
// sequences; link.Wait returns them when the task ends.
//
// Benchling API: POST /aa-sequences:bulk-create
func (s *AaSequencesService) BulkCreate(ctx context.Context, items []*AaSequenceCreate) (*AsyncTaskLink[AaSequencesBulkCreateResult], *Response, error) {
	body := &AaSequencesBulkCreateRequest{AaSequences: items}
	return startTask[AaSequencesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-create"), nil, body)
}

// BulkUpdate starts an asynchronous task that updates AA sequences;
// link.Wait returns them when the task ends.
//
// Benchling API: POST /aa-sequences:bulk-update
func (s *AaSequencesService) BulkUpdate(ctx context.Context, items []*AaSequenceBulkUpdate) (*AsyncTaskLink[AaSequencesBulkUpdateResult], *Response, error) {
	body := &AaSequencesBulkUpdateRequest{AaSequences: items}
	return startTask[AaSequencesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-update"), nil, body)
}

// BulkUpsert starts an asynchronous task that creates or updates up to
// 1000 registered AA sequences, all in one registry; if any item fails,
// nothing is changed. link.Wait returns the sequences when the task ends.
//
// opts may be nil.
//
// Benchling API: POST /aa-sequences:bulk-upsert
func (s *AaSequencesService) BulkUpsert(ctx context.Context, items []*AaSequenceUpsert, opts *AaSequenceBulkUpsertOptions) (*AsyncTaskLink[AaSequencesBulkUpsertResult], *Response, error) {
	body := &AaSequencesBulkUpsertRequest{AaSequences: items}
	return startTask[AaSequencesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-upsert"), opts, body)
}

// AaSequenceBulkUpsertOptions are the query options of BulkUpsert.
type AaSequenceBulkUpsertOptions struct {
	// Returning limits the fields of the sequences in the task's
	// response, e.g. {"aaSequences.id", "aaSequences.modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// AutoAnnotate starts an asynchronous task that annotates AA sequences
// with the matching features of feature libraries. The task has no
// result.
//
// Benchling API: POST /aa-sequences:auto-annotate
func (s *AaSequencesService) AutoAnnotate(ctx context.Context, body *AutoAnnotateAaSequences) (*AsyncTaskLink[EmptyTaskResponse], *Response, error) {
	return startTask[EmptyTaskResponse](ctx, s.c(), http.MethodPost, pathf("aa-sequences:auto-annotate"), nil, body)
}

// BackTranslate starts an asynchronous task that creates DNA sequences
// coding for AA sequences; link.Wait returns the DNA sequences.
//
// Benchling API: POST /aa-sequences:back-translate
func (s *AaSequencesService) BackTranslate(ctx context.Context, body *BackTranslate) (*AsyncTaskLink[BackTranslateResult], *Response, error) {
	return startTask[BackTranslateResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:back-translate"), nil, body)
}

// FindMatchingRegions starts an asynchronous task that finds, for each
// target sequence, the AA sequences that match it fully or as a
// subsequence.
//
// Benchling API: POST /aa-sequences:find-matching-regions
func (s *AaSequencesService) FindMatchingRegions(ctx context.Context, body *AaSequencesFindMatchingRegion) (*AsyncTaskLink[AaSequencesFindMatchingRegionsResult], *Response, error) {
	return startTask[AaSequencesFindMatchingRegionsResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:find-matching-regions").readOnly(), nil, body)
}

// MatchAminoAcids returns one page of the AA sequences whose amino acids
// are exactly req.AminoAcids; the next page's token is in
// Response.NextToken.
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) MatchAminoAcids(ctx context.Context, req *AaSequencesMatchBases) ([]*AaSequence, *Response, error) {
	return list[AaSequence](ctx, s.c(), http.MethodPost, pathf("aa-sequences:match-amino-acids").readOnly(), "aaSequences", nil, req)
}

// AllMatchAminoAcids iterates over every result of MatchAminoAcids,
// fetching pages as the loop needs them. It is lazy, stops fetching on
// break, yields an error once and ends, starts no goroutines, does not
// modify req, and starts over when ranged again.
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) AllMatchAminoAcids(ctx context.Context, req *AaSequencesMatchBases) iter.Seq2[*AaSequence, error] {
	return all(ctx, req, s.MatchAminoAcids)
}

// PagesMatchAminoAcids iterates over the pages of the results of MatchAminoAcids, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as req.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllMatchAminoAcids (lazy, stopping on break, an error
// yielded once, req not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /aa-sequences:match-amino-acids
func (s *AaSequencesService) PagesMatchAminoAcids(ctx context.Context, req *AaSequencesMatchBases) iter.Seq2[*Page[AaSequence], error] {
	return pages(ctx, req, s.MatchAminoAcids)
}

// SearchAminoAcids returns one page of the AA sequences that contain
// req.AminoAcids; the next page's token is in Response.NextToken. Search
// indexing is asynchronous, so new sequences may be missing for a while.
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) SearchAminoAcids(ctx context.Context, req *AaSequencesSearchBases) ([]*AaSequence, *Response, error) {
	return list[AaSequence](ctx, s.c(), http.MethodPost, pathf("aa-sequences:search-amino-acids").readOnly(), "aaSequences", nil, req)
}

// AllSearchAminoAcids iterates over every result of SearchAminoAcids,
// fetching pages as the loop needs them. It is lazy, stops fetching on
// break, yields an error once and ends, starts no goroutines, does not
// modify req, and starts over when ranged again.
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) AllSearchAminoAcids(ctx context.Context, req *AaSequencesSearchBases) iter.Seq2[*AaSequence, error] {
	return all(ctx, req, s.SearchAminoAcids)
}

// PagesSearchAminoAcids iterates over the pages of the results of SearchAminoAcids, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as req.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllSearchAminoAcids (lazy, stopping on break, an error
// yielded once, req not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /aa-sequences:search-amino-acids
func (s *AaSequencesService) PagesSearchAminoAcids(ctx context.Context, req *AaSequencesSearchBases) iter.Seq2[*Page[AaSequence], error] {
	return pages(ctx, req, s.SearchAminoAcids)
}

// CreateMany creates any number of AA sequences: it splits items into
// chunks of at most MaxBulkSequences (or opts.ChunkSize), submits each
// chunk with BulkCreate, waits for the tasks, and returns one result per
// item in the order of items. opts may be nil.
//
// Results are matched to items by position: Benchling returns a bulk
// task's objects in the order of the request's items (an assumption the
// API reference implies but does not state), and a chunk that comes back
// with a different number of objects fails as a whole, its outcome
// unknown, rather than being misaligned.
//
// A Benchling bulk task is all or nothing (documented for upserts, and
// assumed by the SDK of creates and updates, which fail the same way):
// one invalid item fails the whole task, which then writes nothing and
// names the invalid items. So
// when a chunk is rejected that way (a FAILED task, or a 400, with
// per-item errors), the named items get their own *BulkItemError and the
// chunk's other items are submitted again without them, until they are
// written or a submission names no further item; every valid item is
// written, and every invalid one carries its own error.
// BulkOptions.NoResubmit turns this off.
//
// Some items may fail while others succeed: the error is then a
// *BulkError, and each failed item's result carries its own error (see
// BulkResult); a failed chunk never hides the other chunks' results. A
// chunk whose outcome is unknown (its submit failed after it may have
// reached the server, its task could no longer be read, or ctx ended
// while waiting for it) is never sent again: its items' errors match
// ErrOutcomeUnknown and their results carry the task's ID, for
// NewAsyncTaskLink. When ctx ends, no further chunk is sent, and the
// items not finished get the context's error. A nil item or invalid opts
// return an error before anything is sent.
//
// Benchling API: POST /aa-sequences:bulk-create
func (s *AaSequencesService) CreateMany(ctx context.Context, items []*AaSequenceCreate, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkCreate,
		func(r *AaSequencesBulkCreateResult) []*AaSequence { return r.AaSequences }))
}

// UpdateMany updates any number of AA sequences in chunks with
// BulkUpdate, as CreateMany does; each result is the updated sequence or
// the item's error.
//
// Benchling API: POST /aa-sequences:bulk-update
func (s *AaSequencesService) UpdateMany(ctx context.Context, items []*AaSequenceBulkUpdate, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkUpdate,
		func(r *AaSequencesBulkUpdateResult) []*AaSequence { return r.AaSequences }))
}

// UpsertMany creates or updates any number of registered AA sequences in
// chunks with BulkUpsert, sending upsertOpts (which may be nil) with
// every chunk, as CreateMany does. Benchling documents that an upsert
// applies a chunk all or nothing; an invalid item gets its own
// *BulkItemError and the chunk's others are resubmitted without it.
//
// Benchling API: POST /aa-sequences:bulk-upsert
func (s *AaSequencesService) UpsertMany(ctx context.Context, items []*AaSequenceUpsert, upsertOpts *AaSequenceBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *AaSequencesBulkUpsertResult) []*AaSequence { return r.AaSequences }))
}
