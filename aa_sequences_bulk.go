package benchling

import (
	"context"
	"net/http"
)

// AaSequenceBulkGetOptions are the optional parameters of BulkGet.
type AaSequenceBulkGetOptions struct {
	// Returning limits the returned fields, for example
	// {"aaSequences.id", "aaSequences.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// aaSequencesBulkCreateRequest is the body of BulkCreate (the spec's
// AaSequencesBulkCreateRequest), which takes its one list.
type aaSequencesBulkCreateRequest struct {
	AaSequences []*AaSequenceBulkCreate `json:"aaSequences,omitzero"`
}

// AaSequenceBulkUpdate is one item of BulkUpdate: the ID of the sequence
// and the fields to change, as in AaSequenceUpdate (without
// EntityRegistryID, which bulk updates cannot change).
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type AaSequenceBulkUpdate struct {
	// ID is the sequence to update (prtn_...).
	ID string `json:"id"`
	EntityUpdateBase
	// AminoAcids replace the sequence's amino acids.
	AminoAcids *string `json:"aminoAcids,omitempty"`
	// Annotations replace the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations,omitzero"`
}

// aaSequencesBulkUpdateRequest is the body of BulkUpdate (the spec's
// AaSequencesBulkUpdateRequest), which takes its one list.
type aaSequencesBulkUpdateRequest struct {
	AaSequences []*AaSequenceBulkUpdate `json:"aaSequences,omitzero"`
}

// aaSequencesBulkUpsertRequest is the body of BulkUpsert (the spec's
// AaSequencesBulkUpsertRequest), which takes its one list.
type aaSequencesBulkUpsertRequest struct {
	AaSequences []*AaSequenceBulkUpsertRequest `json:"aaSequences"`
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

// BulkGet returns the AA sequences with the given IDs. opts may be nil.
// No IDs is an error matching ErrInvalidID, and nothing is sent.
//
// Benchling API: GET /aa-sequences:bulk-get
func (s *AaSequencesService) BulkGet(ctx context.Context, ids []string, opts *AaSequenceBulkGetOptions) ([]*AaSequence, *Response, error) {
	q := struct {
		IDs []string `url:"aaSequenceIds,comma"`
		AaSequenceBulkGetOptions
	}{IDs: ids}
	if opts != nil {
		q.AaSequenceBulkGetOptions = *opts
	}
	r := pathf("aa-sequences:bulk-get").needIDs("aaSequenceIds", ids)
	return list[AaSequence](ctx, s.c(), http.MethodGet, r, "aaSequences", q, nil)
}

// BulkCreate starts an asynchronous task that creates up to 1000 AA
// sequences; link.Wait returns them when the task ends.
//
// Benchling API: POST /aa-sequences:bulk-create
func (s *AaSequencesService) BulkCreate(ctx context.Context, items []*AaSequenceBulkCreate) (*AsyncTaskLink[AaSequencesBulkCreateResult], *Response, error) {
	body := &aaSequencesBulkCreateRequest{AaSequences: items}
	return startTask[AaSequencesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-create"), nil, body)
}

// BulkUpdate starts an asynchronous task that updates AA sequences;
// link.Wait returns them when the task ends.
//
// Benchling API: POST /aa-sequences:bulk-update
func (s *AaSequencesService) BulkUpdate(ctx context.Context, items []*AaSequenceBulkUpdate) (*AsyncTaskLink[AaSequencesBulkUpdateResult], *Response, error) {
	body := &aaSequencesBulkUpdateRequest{AaSequences: items}
	return startTask[AaSequencesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-update"), nil, body)
}

// BulkUpsert starts an asynchronous task that creates or updates up to
// 1000 registered AA sequences, all in one registry; if any item fails,
// nothing is changed. link.Wait returns the sequences when the task ends.
//
// opts may be nil.
//
// Benchling API: POST /aa-sequences:bulk-upsert
func (s *AaSequencesService) BulkUpsert(ctx context.Context, items []*AaSequenceBulkUpsertRequest, opts *AaSequenceBulkUpsertOptions) (*AsyncTaskLink[AaSequencesBulkUpsertResult], *Response, error) {
	body := &aaSequencesBulkUpsertRequest{AaSequences: items}
	return startTask[AaSequencesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("aa-sequences:bulk-upsert"), opts, body)
}

// AaSequenceBulkUpsertOptions are the query options of BulkUpsert.
type AaSequenceBulkUpsertOptions struct {
	// Returning limits the fields of the sequences in the task's
	// response, e.g. {"aaSequences.id", "aaSequences.modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
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
func (s *AaSequencesService) CreateMany(ctx context.Context, items []*AaSequenceBulkCreate, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
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
func (s *AaSequencesService) UpsertMany(ctx context.Context, items []*AaSequenceBulkUpsertRequest, upsertOpts *AaSequenceBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*AaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *AaSequencesBulkUpsertResult) []*AaSequence { return r.AaSequences }))
}

// AaSequenceBulkCreate is one item of BulkCreate and CreateMany: the spec's
// AaSequenceBulkCreate, which has AaSequenceCreate's shape.
type AaSequenceBulkCreate = AaSequenceCreate

// AaSequenceBulkUpsertRequest is one item of BulkUpsert and UpsertMany:
// the spec's AaSequenceBulkUpsertRequest, which has AaSequenceUpsert's
// shape.
type AaSequenceBulkUpsertRequest = AaSequenceUpsert
