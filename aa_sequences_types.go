package benchling

import "encoding/json"

// AaSequence is an amino-acid sequence (a protein) in Benchling.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type AaSequence struct {
	// EntityBase holds what every entity kind has: the sequence's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// AminoAcids are the sequence's amino acids.
	AminoAcids string `json:"aminoAcids,omitempty"`
	// Annotations are the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations,omitempty"`
	// Length is the number of amino acids.
	Length int `json:"length,omitempty"`
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
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
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type AaSequenceCreate struct {
	EntityCreateBase

	// AminoAcids are the sequence's amino acids (required).
	AminoAcids string `json:"aminoAcids"`
	// Annotations are annotations to create on the sequence.
	Annotations []AaAnnotation `json:"annotations,omitzero"`
	// SchemaID is the sequence's schema (ts_...).
	SchemaID *string `json:"schemaId,omitempty"`
}

// AaSequenceUpdate is the body of Update. Only the fields that are set
// are changed: nil pointers, slices and maps are omitted, while a non-nil
// empty slice or map is sent.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type AaSequenceUpdate struct {
	EntityUpdateBase

	// AminoAcids replace the sequence's amino acids.
	AminoAcids *string `json:"aminoAcids,omitempty"`
	// Annotations replace the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations,omitzero"`
	// EntityRegistryID changes the registry ID of a registered sequence.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// AaSequenceUpsert is the body of Upsert. EntityRegistryID,
// Name, RegistryID, SchemaID, AminoAcids and Annotations are required;
// a nil Annotations is sent as an empty list.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type AaSequenceUpsert struct {
	// EntityRegistryID is the sequence's registry ID, the key of the
	// upsert. Upsert fills it in from its registryID argument when empty.
	EntityRegistryID string `json:"entityRegistryId"`
	EntityUpsertBase
	// AminoAcids are the sequence's amino acids.
	AminoAcids string `json:"aminoAcids"`
	// Annotations are the sequence's annotations.
	Annotations []AaAnnotation `json:"annotations"`
}

// MarshalJSON encodes the upsert, sending a nil Annotations as [] since
// the API requires the list.
func (u AaSequenceUpsert) MarshalJSON() ([]byte, error) {
	type plain AaSequenceUpsert
	u.Annotations = nonNil(u.Annotations)
	return json.Marshal(plain(u))
}

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

// AaSequenceGetOptions are the options of AaSequences.Get.
type AaSequenceGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "modifiedAt"}; the rest stay zero. Annotations, translations and
	// primers come whole: "annotations.id" returns what "annotations"
	// does.
	Returning []string `url:"returning,comma,omitempty"`
}

// AaSequenceListOptions filter and page List and All. All filters are
// optional; list filters take at most 100 values.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters; CreatedAt, NameIncludes, NamesAnyOfCaseSensitive,
// CreatorIDs and AuthorIDsAnyOf are in the embedded EntitySearchFilters.
type AaSequenceListOptions struct {
	ListOptions
	EntityListFilters
	EntitySearchFilters

	// AminoAcids matches sequences with exactly these amino acids
	// (case-insensitive).
	AminoAcids string `url:"aminoAcids,omitempty"`
	// Returning limits the returned fields, for example
	// {"aaSequences.id", "aaSequences.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
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
//
// Its fields AvoidedCutsiteEnzymeIDs, CodonUsageTableID, GCContent,
// GCContentRange, HairpinParameters, Method, ReducedPatterns, SchemaID and
// ShouldDepleteUridine are in the embedded CodonOptions.
type BackTranslate struct {
	// AaSequenceIDs are the sequences to back-translate.
	AaSequenceIDs []string `json:"aaSequenceIds"`
	// FolderID is the folder the DNA sequences are saved in.
	FolderID string `json:"folderId"`
	CodonOptions
}

// AaSequencesBackTranslateResult is the response of a succeeded
// BackTranslate task: the DNA sequences created. The spec has no schema
// for it; the key is the one every DNA-sequence task uses.
type AaSequencesBackTranslateResult struct {
	// DnaSequences are the created DNA sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences"`
}

// AaSequencesFindMatchingRegion is the body of FindMatchingRegions.
type AaSequencesFindMatchingRegion struct {
	// TargetAaSequenceIDs are the sequences to find matches for.
	TargetAaSequenceIDs []string `json:"targetAASequenceIds"`
	// SchemaID is the schema of the sequences to match (ts_...).
	SchemaID string `json:"schemaId"`
	// RegistryID restricts the search to a registry (src_...).
	RegistryID *string `json:"registryId,omitempty"`
}

// AaSequencesFindMatchingRegionsResult is the response of a succeeded
// FindMatchingRegions task.
type AaSequencesFindMatchingRegionsResult struct {
	// AaSequenceMatches has one group of matches per target sequence.
	AaSequenceMatches []AaSequencesFindMatchingRegionsResultAaSequenceMatch `json:"aaSequenceMatches"`
}

// AaSequencesFindMatchingRegionsResultAaSequenceMatch are the sequences that match a target
// sequence fully or as a subsequence.
type AaSequencesFindMatchingRegionsResultAaSequenceMatch struct {
	// MatchingAaSequenceIDs are the matching sequences.
	MatchingAaSequenceIDs []string `json:"matchingAASequenceIds"`
	// TargetAaSequenceID is the target sequence.
	TargetAaSequenceID string `json:"targetAASequenceId"`
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
