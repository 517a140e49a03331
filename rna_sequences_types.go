package benchling

// RnaSequence is an RNA sequence (an mRNA, a guide RNA...). Lists and gets
// called with a returning parameter fill only the fields asked for.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type RnaSequence struct {
	// EntityBase holds what every entity kind has: the sequence's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// Bases are the sequence's bases (A, C, G, U and IUPAC codes).
	Bases string `json:"bases,omitempty"`
	// IsCircular reports whether the sequence is circular; RNA sequences
	// are linear.
	IsCircular bool `json:"isCircular,omitempty"`
	// Length is the number of bases.
	Length int `json:"length,omitempty"`
	// Annotations are the sequence's annotations.
	Annotations []RnaAnnotation `json:"annotations,omitempty"`
	// Parts are the sequence's parts (regions of other sequences).
	Parts []RnaSequencePart `json:"parts,omitempty"`
	// Primers are the primers bound to the sequence.
	Primers []Primer `json:"primers,omitempty"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitempty"`
	// AlignmentIDs are the IDs of the nucleotide alignments involving the
	// sequence.
	AlignmentIDs []string `json:"alignmentIds,omitempty"`
	// Helm is the sequence in HELM notation, with its chemical
	// modifications; nil when Benchling has none.
	Helm *string `json:"helm,omitempty"`
	// CustomNotation is the sequence in the custom notation the request
	// named (CustomNotationID); nil when it named none.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationName is the name of that custom notation; nil when
	// the request named none.
	CustomNotationName *string `json:"customNotationName,omitempty"`
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
}

// RnaSequenceBulkGetOptions are the options of RnaSequences.BulkGet.
type RnaSequenceBulkGetOptions struct {
	// Returning limits the returned fields, e.g.
	// {"rnaSequences.id", "rnaSequences.modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// rnaSeqBulkGetQuery is the query of RnaSequences.BulkGet (a nil
// embedded pointer encodes nothing).
type rnaSeqBulkGetQuery struct {
	RnaSequenceIDs             []string `url:"rnaSequenceIds,comma"`
	*RnaSequenceBulkGetOptions `url:",omitempty"`
}

// RnaSequenceCreate is the body of RnaSequences.Create and one item of
// BulkCreate. Only Name is required; give the bases as Bases, or in a
// custom notation (CustomNotation and CustomNotationID), or as Helm. To
// register the sequence on creation set RegistryID and EntityRegistryID
// or NamingStrategy (not both); FolderID may then be left nil.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type RnaSequenceCreate struct {
	EntityCreateBase

	// Bases are the sequence's bases.
	Bases *string `json:"bases,omitempty"`
	// IsCircular sets whether the sequence is circular; RNA sequences can
	// only be linear.
	IsCircular *bool `json:"isCircular,omitempty"`
	// CustomNotation is the sequence in the custom notation
	// CustomNotationID names, instead of Bases.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation (sntx_...) CustomNotation is
	// written in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the sequence in HELM notation, with chemical modifications.
	Helm *string `json:"helm,omitempty"`
	// Annotations are annotations to create on the sequence.
	Annotations []RnaAnnotation `json:"annotations,omitzero"`
	// Parts are parts to create on the sequence.
	Parts []RnaSequencePart `json:"parts,omitzero"`
	// Primers are primers to bind to the sequence.
	Primers []Primer `json:"primers,omitzero"`
	// SchemaID is the sequence's schema (ts_...).
	SchemaID *string `json:"schemaId,omitempty"`
	// Translations are translations to create on the sequence, each given
	// by Start and End or by Regions.
	Translations []Translation `json:"translations,omitzero"`
}

// RnaSequenceBulkCreate is one item of RnaSequences.BulkCreate; it is the
// same as RnaSequenceCreate.
type RnaSequenceBulkCreate = RnaSequenceCreate

// RnaSequenceUpdate is the body of RnaSequences.Update. Nil fields are
// left unchanged; a list or map that is not nil replaces the sequence's.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type RnaSequenceUpdate struct {
	EntityUpdateBase

	// Bases are the sequence's new bases.
	Bases *string `json:"bases,omitempty"`
	// IsCircular sets whether the sequence is circular (RNA sequences can
	// only be linear).
	IsCircular *bool `json:"isCircular,omitempty"`
	// CustomNotation is the new sequence in the custom notation
	// CustomNotationID names, instead of Bases.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation CustomNotation is written
	// in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the new sequence in HELM notation.
	Helm *string `json:"helm,omitempty"`
	// Annotations replace the sequence's annotations; an empty, non-nil
	// slice removes them all.
	Annotations []RnaAnnotation `json:"annotations,omitzero"`
	// Parts replace the sequence's parts.
	Parts []RnaSequencePart `json:"parts,omitzero"`
	// Primers replace the sequence's primers.
	Primers []Primer `json:"primers,omitzero"`
	// Translations replace the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
	// EntityRegistryID changes the registered sequence's registry ID.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// RnaSequenceBulkUpdate is one item of RnaSequences.BulkUpdate: the ID of
// the sequence to change, and the changes. Nil fields are left unchanged.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type RnaSequenceBulkUpdate struct {
	// ID is the sequence to update.
	ID string `json:"id"`
	EntityUpdateBase
	// Bases are the sequence's new bases.
	Bases *string `json:"bases,omitempty"`
	// IsCircular sets whether the sequence is circular (RNA sequences can
	// only be linear).
	IsCircular *bool `json:"isCircular,omitempty"`
	// CustomNotation is the new sequence in the custom notation
	// CustomNotationID names, instead of Bases.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationID is the custom notation CustomNotation is written
	// in.
	CustomNotationID *string `json:"customNotationId,omitempty"`
	// Helm is the new sequence in HELM notation.
	Helm *string `json:"helm,omitempty"`
	// Annotations replace the sequence's annotations; an empty, non-nil
	// slice removes them all.
	Annotations []RnaAnnotation `json:"annotations,omitzero"`
	// Parts replace the sequence's parts.
	Parts []RnaSequencePart `json:"parts,omitzero"`
	// Primers replace the sequence's primers.
	Primers []Primer `json:"primers,omitzero"`
	// Translations replace the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
}

// rnaSequencesBulkCreateRequest is the body of RnaSequences.BulkCreate.
type rnaSequencesBulkCreateRequest struct {
	RnaSequences []*RnaSequenceBulkCreate `json:"rnaSequences,omitzero"`
}

// rnaSequencesBulkUpdateRequest is the body of RnaSequences.BulkUpdate.
type rnaSequencesBulkUpdateRequest struct {
	RnaSequences []*RnaSequenceBulkUpdate `json:"rnaSequences,omitzero"`
}

// RnaSequencesBulkCreateResult is the response of a succeeded
// RnaSequences.BulkCreate task.
type RnaSequencesBulkCreateResult struct {
	// RnaSequences are the created sequences, in the order of the request.
	RnaSequences []*RnaSequence `json:"rnaSequences"`
}

// RnaSequencesBulkUpdateResult is the response of a succeeded
// RnaSequences.BulkUpdate task.
type RnaSequencesBulkUpdateResult struct {
	// RnaSequences are the updated sequences.
	RnaSequences []*RnaSequence `json:"rnaSequences"`
}

// RnaSequencesArchive is the body of RnaSequences.Archive.
type RnaSequencesArchive struct {
	// RnaSequenceIDs are the sequences to archive.
	RnaSequenceIDs []string `json:"rnaSequenceIds"`
	// Reason is why they are archived; tenants may accept other reasons
	// than the EntityArchiveReason constants.
	Reason EntityArchiveReason `json:"reason"`
}

// rnaSequencesUnarchive is the body of RnaSequences.Unarchive.
type rnaSequencesUnarchive struct {
	RnaSequenceIDs []string `json:"rnaSequenceIds"`
}

// RnaSequencesArchivalChange lists the IDs of the sequences that were
// archived or unarchived. (Registered sequences stay in the registry.)
type RnaSequencesArchivalChange struct {
	// RnaSequenceIDs are the archived or unarchived sequences.
	RnaSequenceIDs []string `json:"rnaSequenceIds"`
}

// AutoAnnotateRnaSequences is the body of RnaSequences.AutoAnnotate.
type AutoAnnotateRnaSequences struct {
	// RnaSequenceIDs are the sequences to annotate, at most 1000.
	RnaSequenceIDs []string `json:"rnaSequenceIds"`
	// FeatureLibraryIDs are the feature libraries whose features are
	// looked for (U and T count as the same base).
	FeatureLibraryIDs []string `json:"featureLibraryIds"`
}

// autofillRnaSequences is the body of the RnaSequences.Autofill* methods.
type autofillRnaSequences struct {
	RnaSequenceIDs []string `json:"rnaSequenceIds"`
}
