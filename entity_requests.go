package benchling

// EntityListFilters are the filters that the lists of every kind of
// registry entity take alike (AaSequences, CustomEntities, DnaOligos,
// DnaSequences, Mixtures, Molecules, Oligos, RnaOligos and RnaSequences):
// name, schema, folder, project, registry, mentions, IDs and archive
// state. Each kind's list options embed it beside ListOptions and the
// filters of that kind alone, so that code that searches any kind builds
// the filters once:
//
//	f := benchling.EntityListFilters{SchemaID: "ts_1", NamesAnyOf: []string{"pUC19"}}
//	seqs, _, err := client.DnaSequences.List(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: f})
//
// A field can also be set by assignment, as the kind's own:
// opts.SchemaID = "ts_1". All filters are optional; list filters take at
// most 100 values.
type EntityListFilters struct {
	// Sort orders the results; the default is SortModifiedAtDesc.
	Sort Sort `url:"sort,omitempty"`
	// ModifiedAt filters by modification time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
	// Name matches a name, alias or registry ID exactly.
	Name string `url:"name,omitempty"`
	// FolderID restricts results to a folder.
	FolderID string `url:"folderId,omitempty"`
	// MentionedIn restricts results to entities mentioned in these
	// entries.
	MentionedIn []string `url:"mentionedIn,comma,omitempty"`
	// ProjectID restricts results to a project.
	ProjectID string `url:"projectId,omitempty"`
	// RegistryID restricts results to a registry; "null" lists
	// unregistered entities.
	RegistryID string `url:"registryId,omitempty"`
	// SchemaID restricts results to a schema; required with SchemaFields.
	SchemaID string `url:"schemaId,omitempty"`
	// SchemaFields filter by schema field values.
	SchemaFields SchemaFieldFilters `url:"schemaFields,omitempty"`
	// ArchiveReason filters by archive reason: a reason, or one of
	// ArchiveFilterNotArchived (the default), ArchiveFilterAnyArchived and
	// ArchiveFilterAll.
	ArchiveReason string `url:"archiveReason,omitempty"`
	// Mentions restricts results to entities that mention these items.
	Mentions []string `url:"mentions,comma,omitempty"`
	// IDs restricts results to these entity IDs; an unknown ID is a 400.
	IDs []string `url:"ids,comma,omitempty"`
	// EntityRegistryIDsAnyOf matches any of these registry IDs.
	EntityRegistryIDsAnyOf []string `url:"entityRegistryIds.anyOf,comma,omitempty"`
	// NamesAnyOf matches any of these names, aliases or registry IDs,
	// case-insensitively.
	NamesAnyOf []string `url:"names.anyOf,comma,omitempty"`
}
