package benchling

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"time"
)

// AaSequencesService manages AA sequences (proteins).
//
// Benchling API tag: AA Sequences.
type AaSequencesService service

// AaSequence is an amino-acid sequence (a protein) in Benchling.
type AaSequence struct {
	// Aliases are the sequence's other names.
	Aliases []string `json:"aliases,omitempty"`
	// AminoAcids are the sequence's amino acids.
	AminoAcids string `json:"aminoAcids,omitempty"`
	// Annotations are the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations,omitempty"`
	// APIURL is the canonical URL of the sequence in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the sequence was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// Authors are the sequence's authors.
	Authors []UserSummary `json:"authors,omitempty"`
	// CreatedAt is when the sequence was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the sequence.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the sequence's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// EntityRegistryID is the sequence's registry ID (for example
	// "PRT001"); nil when it is not registered.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// Fields are the sequence's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// FolderID is the folder that holds the sequence; nil if none.
	FolderID *string `json:"folderId,omitempty"`
	// ID is the sequence's ID (prtn_...).
	ID string `json:"id,omitempty"`
	// Length is the number of amino acids.
	Length int `json:"length,omitempty"`
	// ModifiedAt is when the sequence was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the sequence's name.
	Name string `json:"name,omitempty"`
	// RegistrationOrigin says where and when the sequence was registered;
	// nil when it is not registered.
	RegistrationOrigin *RegistrationOrigin `json:"registrationOrigin,omitempty"`
	// RegistryID is the registry the sequence is registered in; nil when
	// it is not registered.
	RegistryID *string `json:"registryId,omitempty"`
	// Schema is the sequence's schema; nil when it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
	// WebURL is the sequence's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// AaAnnotation is an annotated region of an AA sequence. It is read in
// responses and written in create, update and upsert bodies.
type AaAnnotation struct {
	// Color is the annotation's colour, for example "#85DAE9".
	Color string `json:"color,omitempty"`
	// End is the 0-based exclusive end index; the end of the sequence is
	// written as 0.
	End int `json:"end"`
	// ID is the annotation's ID (prtnann_...); leave it empty when
	// creating annotations.
	ID string `json:"id,omitempty"`
	// Name is the annotation's name (at most 255 characters).
	Name string `json:"name,omitempty"`
	// Notes are free-text notes (at most 10000 characters).
	Notes string `json:"notes,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// Type is the annotation's type, for example "Site".
	Type string `json:"type,omitempty"`
}

// AaSequenceCreate is the body of Create. AminoAcids and Name are
// required. To create the sequence directly in a registry, set RegistryID
// and either EntityRegistryID or NamingStrategy.
type AaSequenceCreate struct {
	// AminoAcids are the sequence's amino acids (required).
	AminoAcids string `json:"aminoAcids"`
	// Name is the sequence's name (required).
	Name string `json:"name"`
	// Aliases are other names for the sequence.
	Aliases []string `json:"aliases,omitzero"`
	// Annotations are annotations to create on the sequence.
	Annotations []AaAnnotation `json:"annotations,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set; they must match SchemaID's fields.
	Fields Fields `json:"fields,omitzero"`
	// FolderID is the folder to create the sequence in; it may be left
	// empty when RegistryID is set.
	FolderID *string `json:"folderId,omitempty"`
	// SchemaID is the sequence's schema (ts_...).
	SchemaID *string `json:"schemaId,omitempty"`
	// EntityRegistryID is the registry ID to give the registered sequence;
	// it cannot be combined with NamingStrategy.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// NamingStrategy says how registering names the sequence; it cannot be
	// combined with EntityRegistryID.
	NamingStrategy NamingStrategy `json:"namingStrategy,omitempty"`
	// RegistryID is the registry to create the sequence in (src_...).
	RegistryID *string `json:"registryId,omitempty"`
}

// AaSequenceUpdate is the body of Update. Only the fields that are set
// are changed: nil pointers, slices and maps are omitted, while a non-nil
// empty slice or map is sent.
type AaSequenceUpdate struct {
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
	// Fields are schema fields to set; a Field with NullValue clears one.
	Fields Fields `json:"fields,omitzero"`
	// FolderID moves the sequence to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the sequence.
	Name *string `json:"name,omitempty"`
	// SchemaID changes the sequence's schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// EntityRegistryID changes the registry ID of a registered sequence.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// AaSequenceUpsert is the body of Upsert. EntityRegistryID,
// Name, RegistryID, SchemaID, AminoAcids and Annotations are required;
// a nil Annotations is sent as an empty list.
type AaSequenceUpsert struct {
	// EntityRegistryID is the sequence's registry ID, the key of the
	// upsert. Upsert fills it in from its registryID argument when empty.
	EntityRegistryID string `json:"entityRegistryId"`
	// Name is the sequence's name.
	Name string `json:"name"`
	// RegistryID is the registry of the sequence (src_...).
	RegistryID string `json:"registryId"`
	// SchemaID is the sequence's schema (ts_...).
	SchemaID string `json:"schemaId"`
	// AminoAcids are the sequence's amino acids.
	AminoAcids string `json:"aminoAcids"`
	// Annotations are the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations"`
	// ArchiveRecord accepts only Null[ArchiveRecord](), which unarchives
	// the sequence; leave it unset otherwise.
	ArchiveRecord Nullable[ArchiveRecord] `json:"archiveRecord,omitzero"`
	// Fields are schema fields to set. A link may name its target by
	// registry ID with RegistryIDValue instead of an API ID.
	Fields Fields `json:"fields,omitzero"`
	// Aliases are other names for the sequence.
	Aliases []string `json:"aliases,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// FolderID is the folder of the sequence.
	FolderID *string `json:"folderId,omitempty"`
}

// MarshalJSON encodes the upsert, sending a nil Annotations as [] since
// the API requires the list.
func (u AaSequenceUpsert) MarshalJSON() ([]byte, error) {
	type plain AaSequenceUpsert
	if u.Annotations == nil {
		u.Annotations = []AaAnnotation{}
	}
	return json.Marshal(plain(u))
}

// AaSequenceBulkCreate is one item of BulkCreate and CreateMany: the spec's
// AaSequenceBulkCreate, which has AaSequenceCreate's shape.
type AaSequenceBulkCreate = AaSequenceCreate

// AaSequenceBulkUpsertRequest is one item of BulkUpsert and UpsertMany:
// the spec's AaSequenceBulkUpsertRequest, which has AaSequenceUpsert's
// shape.
type AaSequenceBulkUpsertRequest = AaSequenceUpsert

// AaSequencesArchive is the body of Archive: AaSequenceIDs and Reason are
// required.
type AaSequencesArchive struct {
	// AaSequenceIDs are the sequences to archive.
	AaSequenceIDs []string `json:"aaSequenceIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// aaSequencesUnarchive is the body of Unarchive (the spec's
// AaSequencesUnarchive), which takes its one list.
type aaSequencesUnarchive struct {
	AaSequenceIDs []string `json:"aaSequenceIds"`
}

// AaSequencesArchivalChange lists what Archive or Unarchive changed: the
// sequences and any batches archived or unarchived with them.
type AaSequencesArchivalChange struct {
	// AaSequenceIDs are the sequences archived or unarchived.
	AaSequenceIDs []string `json:"aaSequenceIds,omitempty"`
	// BatchIDs are the batches archived or unarchived with them.
	BatchIDs []string `json:"batchIds,omitempty"`
}

// AaSequenceListOptions filter and page List and All. All filters are
// optional; list filters take at most 100 values.
type AaSequenceListOptions struct {
	ListOptions

	// Sort orders the results.
	Sort Sort `url:"sort,omitempty"`
	// CreatedAt filters by creation time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// ModifiedAt filters by modification time, like CreatedAt.
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches a name, alias or registry ID exactly.
	Name string `url:"name,omitempty"`
	// NameIncludes matches names, aliases or registry IDs containing it.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// AminoAcids matches sequences with exactly these amino acids
	// (case-insensitive).
	AminoAcids string `url:"aminoAcids,omitempty"`
	// FolderID restricts results to a folder.
	FolderID string `url:"folderId,omitempty"`
	// MentionedIn restricts results to sequences mentioned in these
	// entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// ProjectID restricts results to a project.
	ProjectID string `url:"projectId,omitempty"`
	// RegistryID restricts results to a registry; "null" lists
	// unregistered sequences.
	RegistryID string `url:"registryId,omitempty"`
	// SchemaID restricts results to a schema; required with SchemaFields.
	SchemaID string `url:"schemaId,omitempty"`
	// SchemaFields filter by schema field values.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// Mentions restricts results to sequences that mention these items.
	Mentions []string `url:"mentions,comma,omitempty"`
	// IDs restricts results to these sequence IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// EntityRegistryIDsAnyOf matches any of these registry IDs.
	EntityRegistryIDsAnyOf []string `url:"entityRegistryIds.anyOf,comma,omitempty"`
	// NamesAnyOf matches any of these names, aliases or registry IDs,
	// case-insensitively.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitively.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts results to these creators.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// AuthorIDsAnyOf matches sequences with any of these authors.
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
	// Returning limits the returned fields, for example
	// {"aaSequences.id", "aaSequences.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// Get returns the AA sequence with the given ID. An unknown ID gives an
// error matching ErrNotFound (or ErrBadRequest).
//
// Benchling API: GET /aa-sequences/{aa_sequence_id}
func (s *AaSequencesService) Get(ctx context.Context, id string) (*AaSequence, *Response, error) {
	return call[AaSequence](ctx, s.c(), http.MethodGet, pathf("aa-sequences/%s", id), nil, nil)
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
	r := pathf("aa-sequences:archive").needBodyIDs(body, "aaSequenceIds")
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
