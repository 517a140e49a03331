package benchling

import (
	"context"
	"encoding/json"
	"net/http"
)

// DnaSequenceBulkGetOptions are the options of DnaSequences.BulkGet.
type DnaSequenceBulkGetOptions struct {
	// Returning limits the returned fields, e.g.
	// {"dnaSequences.id", "dnaSequences.modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// dnaSeqBulkGetQuery is the query of DnaSequences.BulkGet.
//
// Its field Returning is in the embedded DnaSequenceBulkGetOptions.
type dnaSeqBulkGetQuery struct {
	DnaSequenceIDs []string `url:"dnaSequenceIds,comma"`
	DnaSequenceBulkGetOptions
}

// DnaSequenceBulkUpsertOptions are the options of DnaSequences.BulkUpsert.
type DnaSequenceBulkUpsertOptions struct {
	// Returning limits the fields of the sequences in the task's
	// response, e.g. {"dnaSequences.id", "dnaSequences.creator.handle"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// dnaSequencesBulkCreateRequest is the body of DnaSequences.BulkCreate (the
// spec's DnaSequencesBulkCreateRequest), which takes its one list.
type dnaSequencesBulkCreateRequest struct {
	DnaSequences []*DnaSequenceBulkCreate `json:"dnaSequences,omitzero"`
}

// DnaSequenceBulkUpdate is one item of DnaSequences.BulkUpdate: the ID
// of the sequence to change, and the changes. Nil fields are left
// unchanged.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type DnaSequenceBulkUpdate struct {
	// ID is the sequence to update.
	ID string `json:"id"`
	EntityUpdateBase
	// Bases are the sequence's new bases.
	Bases *string `json:"bases,omitempty"`
	// IsCircular sets whether the sequence is circular.
	IsCircular *bool `json:"isCircular,omitempty"`
	// Annotations replace the sequence's annotations; an empty, non-nil
	// slice removes them all, nil leaves them unchanged.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
	// Parts replace the sequence's parts.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Primers replace the sequence's primers.
	Primers []Primer `json:"primers,omitzero"`
	// Translations replace the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
}

// dnaSequencesBulkUpdateRequest is the body of DnaSequences.BulkUpdate (the
// spec's DnaSequencesBulkUpdateRequest), which takes its one list.
type dnaSequencesBulkUpdateRequest struct {
	DnaSequences []*DnaSequenceBulkUpdate `json:"dnaSequences,omitzero"`
}

// DnaSequenceBulkUpsertRequest is one item of DnaSequences.BulkUpsert: a
// DnaSequenceUpsertRequest with the registry ID (required) in the body.
// As there, an empty optional list or map is sent (and clears), a nil one
// is not.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type DnaSequenceBulkUpsertRequest struct {
	// EntityRegistryID is the sequence's registry ID, looked up to decide
	// between create and update.
	EntityRegistryID string `json:"entityRegistryId"`
	EntityUpsertBase
	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Annotations are the sequence's annotations; nil is sent as [].
	Annotations []DnaAnnotation `json:"annotations"`
	// Primers are the sequence's primers; nil is sent as [].
	Primers []Primer `json:"primers"`
	// Parts are the sequence's parts.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
}

// MarshalJSON sends nil Annotations and Primers as [], as they are
// required.
func (r DnaSequenceBulkUpsertRequest) MarshalJSON() ([]byte, error) {
	type plain DnaSequenceBulkUpsertRequest
	p := plain(r)
	p.Annotations, p.Primers = nonNil(p.Annotations), nonNil(p.Primers)
	return json.Marshal(p)
}

// dnaSequencesBulkUpsertRequest is the body of DnaSequences.BulkUpsert (the
// spec's DnaSequencesBulkUpsertRequest), which takes its one list.
type dnaSequencesBulkUpsertRequest struct {
	DnaSequences []*DnaSequenceBulkUpsertRequest `json:"dnaSequences"`
}

// DnaSequencesBulkCreateResult is the response of a succeeded
// DnaSequences.BulkCreate task.
type DnaSequencesBulkCreateResult struct {
	// DnaSequences are the created sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences"`
}

// DnaSequencesBulkUpdateResult is the response of a succeeded
// DnaSequences.BulkUpdate task.
type DnaSequencesBulkUpdateResult struct {
	// DnaSequences are the updated sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences"`
}

// DnaSequencesBulkUpsertResult is the response of a succeeded
// DnaSequences.BulkUpsert task.
type DnaSequencesBulkUpsertResult struct {
	// DnaSequences are the created or updated sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences"`
}

// BulkGet returns the sequences with the given IDs, in one request.
// opts may be nil. No IDs is an error matching ErrInvalidID, and nothing
// is sent.
//
// Benchling API: GET /dna-sequences:bulk-get
func (s *DnaSequencesService) BulkGet(ctx context.Context, ids []string, opts *DnaSequenceBulkGetOptions) ([]*DnaSequence, *Response, error) {
	q := dnaSeqBulkGetQuery{DnaSequenceIDs: ids}
	if opts != nil {
		q.DnaSequenceBulkGetOptions = *opts
	}
	r := pathf("dna-sequences:bulk-get").needIDs("dnaSequenceIds", ids)
	return list[DnaSequence](ctx, s.c(), http.MethodGet, r, "dnaSequences", q, nil)
}

// BulkCreate starts a task that creates up to 1000 sequences; Wait on the
// returned link gives the created sequences.
//
// Benchling API: POST /dna-sequences:bulk-create
func (s *DnaSequencesService) BulkCreate(ctx context.Context, items []*DnaSequenceBulkCreate) (*AsyncTaskLink[DnaSequencesBulkCreateResult], *Response, error) {
	body := &dnaSequencesBulkCreateRequest{DnaSequences: items}
	return startTask[DnaSequencesBulkCreateResult](ctx, s.c(), http.MethodPost, pathf("dna-sequences:bulk-create"), nil, body)
}

// BulkUpdate starts a task that updates up to 1000 sequences; Wait on the
// returned link gives the updated sequences.
//
// Benchling API: POST /dna-sequences:bulk-update
func (s *DnaSequencesService) BulkUpdate(ctx context.Context, items []*DnaSequenceBulkUpdate) (*AsyncTaskLink[DnaSequencesBulkUpdateResult], *Response, error) {
	body := &dnaSequencesBulkUpdateRequest{DnaSequences: items}
	return startTask[DnaSequencesBulkUpdateResult](ctx, s.c(), http.MethodPost, pathf("dna-sequences:bulk-update"), nil, body)
}

// BulkUpsert starts a task that creates or updates up to 1000 registered
// sequences, all or nothing; Wait on the returned link gives the
// sequences. opts may be nil.
//
// Benchling API: POST /dna-sequences:bulk-upsert
func (s *DnaSequencesService) BulkUpsert(ctx context.Context, items []*DnaSequenceBulkUpsertRequest, opts *DnaSequenceBulkUpsertOptions) (*AsyncTaskLink[DnaSequencesBulkUpsertResult], *Response, error) {
	body := &dnaSequencesBulkUpsertRequest{DnaSequences: items}
	return startTask[DnaSequencesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("dna-sequences:bulk-upsert"), opts, body)
}

// CreateMany creates any number of DNA sequences in chunks with
// BulkCreate; see AaSequencesService.CreateMany for how chunks, errors
// and cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-create
func (s *DnaSequencesService) CreateMany(ctx context.Context, items []*DnaSequenceBulkCreate, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkCreate,
		func(r *DnaSequencesBulkCreateResult) []*DnaSequence { return r.DnaSequences }))
}

// UpdateMany updates any number of DNA sequences in chunks with
// BulkUpdate; see AaSequencesService.CreateMany for how chunks, errors
// and cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-update
func (s *DnaSequencesService) UpdateMany(ctx context.Context, items []*DnaSequenceBulkUpdate, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(s.BulkUpdate,
		func(r *DnaSequencesBulkUpdateResult) []*DnaSequence { return r.DnaSequences }))
}

// UpsertMany creates or updates any number of registered DNA sequences in
// chunks with BulkUpsert, sending upsertOpts (which may be nil) with every
// chunk; see AaSequencesService.CreateMany for how chunks, errors and
// cancellation behave.
//
// Benchling API: POST /dna-sequences:bulk-upsert
func (s *DnaSequencesService) UpsertMany(ctx context.Context, items []*DnaSequenceBulkUpsertRequest, upsertOpts *DnaSequenceBulkUpsertOptions, opts *BulkOptions) ([]BulkResult[*DnaSequence], error) {
	return bulk(ctx, items, opts, MaxBulkSequences, submitAndWait(withOpts(s.BulkUpsert, upsertOpts),
		func(r *DnaSequencesBulkUpsertResult) []*DnaSequence { return r.DnaSequences }))
}

// DnaSequenceBulkCreate is one item of DnaSequences.BulkCreate; it is the
// same as DnaSequenceCreate.
type DnaSequenceBulkCreate = DnaSequenceCreate
