package benchling

import "encoding/json"

// DnaSequence is a DNA sequence (a plasmid, gene, primer template...).
// Lists and gets called with a returning parameter fill only the fields
// asked for.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type DnaSequence struct {
	// EntityBase holds what every entity kind has: the sequence's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Length is the number of bases.
	Length int `json:"length"`
	// Annotations are the sequence's annotations.
	Annotations []DnaAnnotation `json:"annotations,omitempty"`
	// Parts are the sequence's parts (regions of other sequences).
	Parts []DnaSequencePart `json:"parts,omitempty"`
	// Primers are the primers bound to the sequence.
	Primers []Primer `json:"primers,omitempty"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitempty"`
	// Transcriptions link regions of the sequence to RNA sequences.
	Transcriptions []DnaSequenceTranscription `json:"transcriptions,omitempty"`
	// DnaAlignmentIDs are the IDs of the nucleotide alignments involving
	// the sequence.
	DnaAlignmentIDs []string `json:"dnaAlignmentIds,omitempty"`
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
}

// DnaSequenceTranscription links a region of a DNA sequence to the RNA
// sequence transcribed from it.
type DnaSequenceTranscription struct {
	// SequenceID is the linked RNA sequence.
	SequenceID string `json:"sequenceId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1, 0 or 1.
	Strand int `json:"strand"`
}

// DnaSequenceCreate is the body of DnaSequences.Create and of each item of
// BulkCreate. Bases, IsCircular and Name are required. To register the
// sequence on creation set RegistryID and EntityRegistryID or
// NamingStrategy (not both); FolderID may then be left nil.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type DnaSequenceCreate struct {
	EntityCreateBase

	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Annotations are annotations to create on the sequence.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
	// Parts are parts to create on the sequence.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Primers are primers to bind to the sequence.
	Primers []Primer `json:"primers,omitzero"`
	// SchemaID is the sequence's schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// Translations are translations to create on the sequence.
	Translations []Translation `json:"translations,omitzero"`
}

// DnaSequenceUpdate is the body of DnaSequences.Update. Nil fields are
// left unchanged.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type DnaSequenceUpdate struct {
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
	// EntityRegistryID changes the registered sequence's registry ID.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// DnaSequenceUpsertRequest is the body of DnaSequences.Upsert. RegistryID,
// Name, SchemaID, Bases and IsCircular are required; Annotations and
// Primers are required too, and are sent as [] when nil. The optional
// lists and maps are sent when not nil, so an empty one clears the
// sequence's (Aliases: []string{} removes every alias); nil ones are not
// sent.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type DnaSequenceUpsertRequest struct {
	EntityUpsertBase

	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Annotations are the sequence's annotations.
	Annotations []DnaAnnotation `json:"annotations"`
	// Primers are the sequence's primers.
	Primers []Primer `json:"primers"`
	// Parts are the sequence's parts.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
}

// MarshalJSON sends nil Annotations and Primers as [], as they are
// required.
func (r DnaSequenceUpsertRequest) MarshalJSON() ([]byte, error) {
	type plain DnaSequenceUpsertRequest
	p := plain(r)
	p.Annotations, p.Primers = nonNil(p.Annotations), nonNil(p.Primers)
	return json.Marshal(p)
}

// DnaSequencesArchivalChange lists the IDs of the sequences, and of their
// batches, that were archived or unarchived.
type DnaSequencesArchivalChange struct {
	// DnaSequenceIDs are the archived or unarchived sequences.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// BatchIDs are the archived or unarchived batches.
	BatchIDs []string `json:"batchIds"`
}

// DnaSequencesArchive is the body of DnaSequences.Archive.
type DnaSequencesArchive struct {
	// DnaSequenceIDs are the sequences to archive.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// dnaSequencesUnarchive is the body of DnaSequences.Unarchive (the spec's
// DnaSequencesUnarchive), which takes its one list.
type dnaSequencesUnarchive struct {
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
}

// DnaSequenceGetOptions are the options of DnaSequences.Get.
type DnaSequenceGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "modifiedAt"}; the rest stay zero. Annotations, translations and
	// primers come whole: "annotations.id" returns what "annotations"
	// does.
	Returning []string `url:"returning,comma,omitempty"`
}

// DnaSequenceListOptions are the filters and paging of DnaSequences.List
// and All. Comma-separated parameters are slices.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters; CreatedAt, NameIncludes, NamesAnyOfCaseSensitive,
// CreatorIDs and AuthorIDsAnyOf are in the embedded EntitySearchFilters.
type DnaSequenceListOptions struct {
	ListOptions
	EntityListFilters
	EntitySearchFilters
	// Bases matches the full bases, case-insensitive, circular and
	// reverse-complement aware.
	Bases string `url:"bases,omitempty"`
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
	// SearchArchiveReasonNotArchived.
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
	// SearchArchiveReasonNotArchived.
	ArchiveReason SearchArchiveReason `json:"archiveReason,omitempty"`
	// RegistryID restricts the results to a registry; Null[string]()
	// returns unregistered sequences.
	RegistryID Nullable[string] `json:"registryId,omitzero"`
	// SchemaID restricts the results to a schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// Sort orders the results; the server's default is modifiedAt:desc.
	Sort SearchSort `json:"sort,omitempty"`
}

// AutoAnnotateDnaSequences is the body of DnaSequences.AutoAnnotate.
type AutoAnnotateDnaSequences struct {
	// DnaSequenceIDs are the sequences to annotate, at most 2000.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// FeatureLibraryIDs are the feature libraries whose features are
	// looked for.
	FeatureLibraryIDs []string `json:"featureLibraryIds"`
}

// autofillSequences is the body of the DnaSequences.Autofill* methods (the
// spec's AutofillSequences), which take its one list.
type autofillSequences struct {
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
}

// DnaSequencesFindMatchingRegion is the body of
// DnaSequences.FindMatchingRegions.
type DnaSequencesFindMatchingRegion struct {
	// TargetDnaSequenceIDs are the sequences to find matching regions
	// for, at most 1000.
	TargetDnaSequenceIDs []string `json:"targetDnaSequenceIds"`
	// SchemaID restricts the matches to sequences of this schema;
	// required.
	SchemaID string `json:"schemaId"`
	// RegistryID restricts the matches to a registry (src_...).
	RegistryID *string `json:"registryId,omitempty"`
}

// DnaSequencesFindMatchingRegionsResult is the response of a succeeded
// DnaSequences.FindMatchingRegions task.
type DnaSequencesFindMatchingRegionsResult struct {
	// DnaSequenceMatches has one entry per target sequence.
	DnaSequenceMatches []DnaSequencesFindMatchingRegionsResultDnaSequenceMatch `json:"dnaSequenceMatches"`
}

// DnaSequencesFindMatchingRegionsResultDnaSequenceMatch groups the sequences that match a target sequence
// fully or in part.
type DnaSequencesFindMatchingRegionsResultDnaSequenceMatch struct {
	// TargetDnaSequenceID is the target sequence.
	TargetDnaSequenceID string `json:"targetDnaSequenceId"`
	// MatchingDnaSequenceIDs are the matching sequences.
	MatchingDnaSequenceIDs []string `json:"matchingDnaSequenceIds"`
}

// OptimizeCodons is the body of DnaSequences.OptimizeCodons.
// DnaSequenceIDs and FolderID are required.
//
// Its fields AvoidedCutsiteEnzymeIDs, CodonUsageTableID, GCContent,
// GCContentRange, HairpinParameters, Method, ReducedPatterns, SchemaID and
// ShouldDepleteUridine are in the embedded CodonOptions.
type OptimizeCodons struct {
	// DnaSequenceIDs are the sequences to codon-optimize.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// FolderID is the folder the optimized sequences are saved in.
	FolderID string `json:"folderId"`
	CodonOptions
}
