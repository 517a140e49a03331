package benchling

// Oligo is a DNA or RNA oligo (a primer, a probe, a guide): the spec's
// DnaOligo and RnaOligo, which have the same shape and are aliases of
// this type, and its Oligo, the base their discriminator NucleotideType
// picks between (so a deprecated Oligos list, which holds both kinds,
// decodes every property of either). Lists and gets called with a
// returning parameter fill only the fields asked for.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type Oligo struct {
	// EntityBase holds what every entity kind has: the oligo's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// NucleotideType says whether the oligo is DNA or RNA.
	NucleotideType OligoNucleotideType `json:"nucleotideType,omitempty"`
	// Bases are the oligo's bases.
	Bases string `json:"bases,omitempty"`
	// Length is the number of bases.
	Length int `json:"length,omitempty"`
	// Annotations are the oligo's annotations.
	Annotations []DnaAnnotation `json:"annotations,omitempty"`
	// Helm is the oligo in HELM notation, with its chemical modifications.
	Helm string `json:"helm,omitempty"`
	// CustomNotation is the oligo in the custom notation the request named
	// (CustomNotationID); nil when it named none.
	CustomNotation *string `json:"customNotation,omitempty"`
	// CustomNotationName is the name of that custom notation; nil when
	// the request named none.
	CustomNotationName *string `json:"customNotationName,omitempty"`
}

// OligoNucleotideType is the kind of an oligo, the discriminator of the
// spec's Oligo.
type OligoNucleotideType string

// Oligo kinds the spec declares.
const (
	OligoNucleotideTypeDna OligoNucleotideType = "DNA"
	OligoNucleotideTypeRna OligoNucleotideType = "RNA"
)

// DnaOligo is a DNA oligo (the spec's DnaOligo, an Oligo whose
// NucleotideType is DNA).
type DnaOligo = Oligo

// RnaOligo is an RNA oligo (the spec's RnaOligo, an Oligo whose
// NucleotideType is RNA).
type RnaOligo = Oligo

// OligoUpsertRequest is the body of DnaOligos.Upsert and RnaOligos.Upsert:
// the registered oligo's whole state. RegistryID, Name and SchemaID are
// required. A list or map that is not nil is sent, so an empty one
// clears the oligo's; nil ones are not sent.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type OligoUpsertRequest struct {
	EntityUpsertBase

	// Bases are the oligo's bases.
	Bases *string `json:"bases,omitempty"`
}

// OligoBulkUpsertRequest is one item of DnaOligos.BulkUpsert and
// RnaOligos.BulkUpsert: an OligoUpsertRequest with the registry ID
// (required) in the body, looked up to decide between create and update.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type OligoBulkUpsertRequest struct {
	// EntityRegistryID is the oligo's registry ID.
	EntityRegistryID string `json:"entityRegistryId"`
	EntityUpsertBase
	// Bases are the oligo's bases.
	Bases *string `json:"bases,omitempty"`
}

// OligoCreate is the body of the deprecated Oligos.Create and one item of
// Oligos.BulkCreate: DnaOligoCreate without annotations, HELM or custom
// notation. Name is required.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type OligoCreate struct {
	EntityCreateBase

	// Bases are the oligo's bases.
	Bases *string `json:"bases,omitempty"`
	// SchemaID is the oligo's schema.
	SchemaID *string `json:"schemaId,omitempty"`
}

// OligoUpdate is the body of the deprecated Oligos.Update. Nil fields are
// left unchanged.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type OligoUpdate struct {
	EntityUpdateBase

	// Bases are the oligo's new bases.
	Bases *string `json:"bases,omitempty"`
}

// OligoListOptions are the filters and paging of the deprecated
// Oligos.List, All and Pages.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters.
type OligoListOptions struct {
	ListOptions
	EntityListFilters
	// Bases matches the full bases, case-insensitive, circular and
	// reverse-complement aware.
	Bases string `url:"bases,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitive.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts the results to these creators.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// Returning limits the returned fields, e.g. {"oligos.id",
	// "oligos.bases"}; nextToken is asked for too, so that paging goes on.
	Returning []string `url:"returning,comma,omitempty"`
}

// OligoGetOptions are the options of the deprecated Oligos.Get.
type OligoGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "bases"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// OligoBulkGetOptions are the options of Oligos.BulkGet.
type OligoBulkGetOptions struct {
	// Returning limits the returned fields, e.g. {"oligos.id",
	// "oligos.nucleotideType"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// oligoBulkGetQuery is the query of Oligos.BulkGet (a nil embedded
// pointer encodes nothing).
type oligoBulkGetQuery struct {
	OligoIDs             []string `url:"oligoIds,comma"`
	*OligoBulkGetOptions `url:",omitempty"`
}

// OligosArchive is the body of the deprecated Oligos.Archive.
type OligosArchive struct {
	// OligoIDs are the oligos to archive.
	OligoIDs []string `json:"oligoIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// oligosUnarchive is the body of Oligos.Unarchive.
type oligosUnarchive struct {
	OligoIDs []string `json:"oligoIds"`
}

// OligosArchivalChange lists the IDs of the oligos, and of their batches,
// that were archived or unarchived.
type OligosArchivalChange struct {
	// OligoIDs are the archived or unarchived oligos.
	OligoIDs []string `json:"oligoIds"`
	// BatchIDs are the archived or unarchived batches.
	BatchIDs []string `json:"batchIds"`
}

// oligosBulkCreateRequest is the body of Oligos.BulkCreate.
type oligosBulkCreateRequest struct {
	Oligos []*OligoCreate `json:"oligos,omitzero"`
}

// OligosBulkCreateResult is the response of a succeeded Oligos.BulkCreate
// task.
type OligosBulkCreateResult struct {
	// Oligos are the created (DNA) oligos.
	Oligos []*DnaOligo `json:"oligos"`
}
