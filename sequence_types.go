package benchling

// This file holds what the nucleotide families share: RNA sequences, DNA
// and RNA oligos use the DNA sequences' annotations, parts, primers and
// translations (dna_sequences_models.go), and list with the same filters.

// RnaAnnotation is an annotated region of an RNA sequence or oligo. The
// spec's RnaAnnotation has DnaAnnotation's shape; its Strand is 0 or 1.
type RnaAnnotation = DnaAnnotation

// RnaSequencePart is a region of an RNA sequence that is a part of another
// sequence. The spec's RnaSequencePart has DnaSequencePart's shape; its
// Strand is always 1.
type RnaSequencePart = DnaSequencePart

// NucleotideListOptions are the filters and paging of the lists of the
// nucleotide family, whose query parameters are the same: RNA sequences,
// DNA oligos and RNA oligos (RnaSequences.List, DnaOligos.List,
// RnaOligos.List and their All and Pages). Comma-separated parameters are
// slices.
type NucleotideListOptions struct {
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
	// MentionedIn restricts the results to items mentioned in these
	// entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// ProjectID restricts the results to a project.
	ProjectID string `url:"projectId,omitempty"`
	// RegistryID restricts the results to a registry; "null" returns
	// unregistered items.
	RegistryID string `url:"registryId,omitempty"`
	// SchemaID restricts the results to a schema; SchemaFields need it.
	SchemaID string `url:"schemaId,omitempty"`
	// SchemaFields filter by schema field values.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
	// ArchiveReason is an archive reason or one of the ArchiveFilter*
	// values; the server's default is ArchiveFilterNotArchived.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// Mentions restricts the results to items that mention these items.
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
	// CustomNotationID is the custom notation (sntx_...) the items'
	// CustomNotation is written in; without it CustomNotation is nil.
	CustomNotationID string `url:"customNotationId,omitempty"`
	// Returning limits the returned fields, each prefixed with the list's
	// key, e.g. {"rnaSequences.id", "rnaSequences.modifiedAt"}; nextToken
	// is asked for too, so that paging goes on.
	Returning []string `url:"returning,comma,omitempty"`
}

// NucleotideGetOptions are the options of RnaSequences.Get and
// RnaOligos.Get.
type NucleotideGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
	// CustomNotationID is the custom notation (sntx_...) the item's
	// CustomNotation is written in; without it CustomNotation is nil.
	CustomNotationID string `url:"customNotationId,omitempty"`
}
