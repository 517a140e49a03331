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

// DnaSequenceListOptions are the filters and paging of DnaSequences.List
// and All. Comma-separated parameters are slices.
type DnaSequenceListOptions struct {
	ListOptions
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort Sort `url:"sort,omitempty"`
	// CreatedAt filters by creation time: "> 2022-03-01",
	// "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// ModifiedAt filters by modification time, like CreatedAt.
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches a name, alias or registry ID exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches a substring of a name, alias or registry ID.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// Bases matches the full bases, case-insensitive, circular and
	// reverse-complement aware.
	Bases string `url:"bases,omitempty"`
	// FolderID restricts the results to a folder.
	FolderID string `url:"folderId,omitempty"`
	// MentionedIn restricts the results to sequences mentioned in these
	// entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// ProjectID restricts the results to a project.
	ProjectID string `url:"projectId,omitempty"`
	// RegistryID restricts the results to a registry; "null" returns
	// unregistered sequences.
	RegistryID string `url:"registryId,omitempty"`
	// SchemaID restricts the results to a schema; SchemaFields need it.
	SchemaID string `url:"schemaId,omitempty"`
	// SchemaFields filter by schema field values.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
	// ArchiveReason is an archive reason or one of the ArchiveFilter*
	// values; the server's default is ArchiveFilterNotArchived.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// Mentions restricts the results to sequences that mention these
	// items.
	Mentions []string `url:"mentions,comma,omitempty"`
	// IDs restricts the results to these IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// EntityRegistryIDsAnyOf matches any of these registry IDs (at most
	// 100).
	EntityRegistryIDsAnyOf []string `url:"entityRegistryIds.anyOf,comma,omitempty"`
	// NamesAnyOf matches any of these names, aliases or registry IDs,
	// case-insensitive (at most 100).
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitive.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts the results to these creators.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// AuthorIDsAnyOf matches any of these authors (at most 100).
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
	// Returning limits the returned fields, e.g.
	// {"dnaSequences.id", "dnaSequences.modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// MatchBasesRequest is the body of DnaSequences.MatchBases: sequences
// whose bases are exactly Bases. Paging is in the body.
type MatchBasesRequest struct {
	ListOptions
	// Bases are the bases to match; required.
	Bases string `json:"bases"`
	// ArchiveReason filters by archive state; the server's default is
	// SearchNotArchived.
	ArchiveReason SearchArchiveReason `json:"archiveReason,omitempty"`
	// RegistryID restricts the results to a registry; Null[string]()
	// returns unregistered sequences.
	RegistryID Nullable[string] `json:"registryId,omitzero"`
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort SearchSort `json:"sort,omitempty"`
}

// SearchBasesRequest is the body of DnaSequences.SearchBases: sequences
// that contain Bases (at least 8). Paging is in the body.
type SearchBasesRequest struct {
	ListOptions
	// Bases are the bases to search for; required, at least 8.
	Bases string `json:"bases"`
	// ArchiveReason filters by archive state; the server's default is
	// SearchNotArchived.
	ArchiveReason SearchArchiveReason `json:"archiveReason,omitempty"`
	// RegistryID restricts the results to a registry; Null[string]()
	// returns unregistered sequences.
	RegistryID Nullable[string] `json:"registryId,omitzero"`
	// SchemaID restricts the results to a schema.
	SchemaID string `json:"schemaId,omitempty"`
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort SearchSort `json:"sort,omitempty"`
}

// Get returns the DNA sequence with the given ID.
//
// Benchling API: GET /dna-sequences/{dna_sequence_id}
func (s *DnaSequencesService) Get(ctx context.Context, id string) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodGet, pathf("dna-sequences/%s", id), nil, nil)
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

// Create creates a DNA sequence, registering it when req names a
// registry.
//
// Benchling API: POST /dna-sequences
func (s *DnaSequencesService) Create(ctx context.Context, req *DnaSequenceCreate) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences"), nil, req)
}

// Update changes the DNA sequence with the given ID; nil fields of req are
// left unchanged.
//
// Benchling API: PATCH /dna-sequences/{dna_sequence_id}
func (s *DnaSequencesService) Update(ctx context.Context, id string, req *DnaSequenceUpdate) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPatch, pathf("dna-sequences/%s", id), nil, req)
}

// Upsert creates or updates the registered DNA sequence with the given
// registry ID (e.g. "DNA001"). resp.StatusCode is 201 when it was created
// and 200 when it was updated.
//
// Benchling API: PATCH /dna-sequences/{entity_registry_id}:upsert
func (s *DnaSequencesService) Upsert(ctx context.Context, registryID string, req *DnaSequenceUpsertRequest) (*DnaSequence, *Response, error) {
	return call[DnaSequence](ctx, s.c(), http.MethodPatch, pathf("dna-sequences/%s:upsert", registryID), nil, req)
}

// Archive archives DNA sequences, and their batches, for a reason.
//
// Benchling API: POST /dna-sequences:archive
func (s *DnaSequencesService) Archive(ctx context.Context, ids []string, reason EntityArchiveReason) (*DnaSequencesArchivalChange, *Response, error) {
	body := &DnaSequencesArchive{DnaSequenceIDs: ids, Reason: reason}
	return call[DnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, pathf("dna-sequences:archive"), nil, body)
}

// Unarchive unarchives DNA sequences and their batches.
//
// Benchling API: POST /dna-sequences:unarchive
func (s *DnaSequencesService) Unarchive(ctx context.Context, ids []string) (*DnaSequencesArchivalChange, *Response, error) {
	body := &DnaSequencesUnarchive{DnaSequenceIDs: ids}
	return call[DnaSequencesArchivalChange](ctx, s.c(), http.MethodPost, pathf("dna-sequences:unarchive"), nil, body)
}

// MatchBases returns one page of the DNA sequences whose bases are exactly
// req.Bases; resp.NextToken is the token of the next page (set it in
// req.NextToken), empty on the last one.
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) MatchBases(ctx context.Context, req *MatchBasesRequest) ([]*DnaSequence, *Response, error) {
	return list[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences:match-bases").readOnly(), "dnaSequences", nil, req)
}

// AllMatchBases iterates over every DNA sequence whose bases are exactly
// req.Bases, page by page, like All: lazily, stopping on break, yielding
// an error once, without modifying req.
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) AllMatchBases(ctx context.Context, req *MatchBasesRequest) iter.Seq2[*DnaSequence, error] {
	return all(ctx, req, s.MatchBases)
}

// PagesMatchBases iterates over the pages of the results of MatchBases, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as req.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllMatchBases (lazy, stopping on break, an error
// yielded once, req not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /dna-sequences:match-bases
func (s *DnaSequencesService) PagesMatchBases(ctx context.Context, req *MatchBasesRequest) iter.Seq2[*Page[DnaSequence], error] {
	return pages(ctx, req, s.MatchBases)
}

// SearchBases returns one page of the DNA sequences that contain
// req.Bases; resp.NextToken is the token of the next page (set it in
// req.NextToken), empty on the last one. Search indexing is asynchronous,
// so sequences written moments ago may be missing.
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) SearchBases(ctx context.Context, req *SearchBasesRequest) ([]*DnaSequence, *Response, error) {
	return list[DnaSequence](ctx, s.c(), http.MethodPost, pathf("dna-sequences:search-bases").readOnly(), "dnaSequences", nil, req)
}

// AllSearchBases iterates over every DNA sequence that contains
// req.Bases, page by page, like All: lazily, stopping on break, yielding
// an error once, without modifying req.
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) AllSearchBases(ctx context.Context, req *SearchBasesRequest) iter.Seq2[*DnaSequence, error] {
	return all(ctx, req, s.SearchBases)
}

// PagesSearchBases iterates over the pages of the results of SearchBases, for a job that must
// resume where it stopped: once a page's items are processed, save
// Page.NextToken; to resume, pass the saved token as req.NextToken and
// the next page is the first one fetched. Pages are fetched as the loop
// needs them, with the guarantees of AllSearchBases (lazy, stopping on break, an error
// yielded once, req not modified, a repeated token ending the loop with
// ErrRepeatedToken).
//
// Benchling API: POST /dna-sequences:search-bases
func (s *DnaSequencesService) PagesSearchBases(ctx context.Context, req *SearchBasesRequest) iter.Seq2[*Page[DnaSequence], error] {
	return pages(ctx, req, s.SearchBases)
}
