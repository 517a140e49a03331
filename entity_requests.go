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
// most 100 values. CreatedAt, NameIncludes and AuthorIDsAnyOf are not in
// it, though every kind but the deprecated Oligos list takes them: they
// are in EntitySearchFilters for the kinds that take all five of its
// filters, and on the molecule and mixture options themselves, since a
// base holds only what all its types take.
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

// EntityCreateBase is what the create bodies of every kind of registry
// entity have alike (AaSequenceCreate, CustomEntityCreate, DnaOligoCreate,
// DnaSequenceCreate, MixtureCreate, MoleculeCreate, OligoCreate,
// RnaOligoCreate and RnaSequenceCreate, and their bulk-create forms): the
// name, aliases, authors, schema and custom fields, folder, and the
// registration on create (the spec's CreateEntityIntoRegistry). Each create
// body embeds it beside the kind's own fields (SchemaID, bases, ...):
//
//	body := &benchling.CustomEntityCreate{
//		EntityCreateBase: benchling.EntityCreateBase{Name: "Buffer A", FolderID: benchling.Ptr("lib_1")},
//		SchemaID:         "ts_1",
//	}
type EntityCreateBase struct {
	// Name is the entity's name (required).
	Name string `json:"name"`
	// Aliases are other names for the entity.
	Aliases []string `json:"aliases,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set; they must match the schema's fields.
	Fields Fields `json:"fields,omitzero"`
	// FolderID is the folder to create the entity in; it may be left
	// empty when RegistryID is set.
	FolderID *string `json:"folderId,omitempty"`
	// EntityRegistryID is the registry ID to give the registered entity;
	// it cannot be combined with NamingStrategy.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// NamingStrategy says how registering names the entity; it cannot be
	// combined with EntityRegistryID.
	NamingStrategy NamingStrategy `json:"namingStrategy,omitempty"`
	// RegistryID is the registry to create the entity in (src_...); with
	// EntityRegistryID or NamingStrategy the entity is registered.
	RegistryID *string `json:"registryId,omitempty"`
}

// EntityUpdateBase is what the update bodies of every kind of registry
// entity have alike (AaSequenceUpdate, CustomEntityUpdate, DnaOligoUpdate,
// DnaSequenceUpdate, MixtureUpdate, MoleculeUpdate, OligoUpdate,
// RnaSequenceUpdate and their bulk-update items): every field is
// optional, and one left unset is left unchanged. Each update body embeds
// it beside the kind's own fields:
//
//	body := &benchling.DnaSequenceUpdate{
//		EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("pUC19-v2")},
//		IsCircular:       benchling.Ptr(true),
//	}
type EntityUpdateBase struct {
	// Aliases are aliases to add to the entity (the spec's wording).
	Aliases []string `json:"aliases,omitzero"`
	// AuthorIDs replace the entity's authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// FolderID moves the entity to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Name renames the entity.
	Name *string `json:"name,omitempty"`
	// SchemaID changes the entity's schema.
	SchemaID *string `json:"schemaId,omitempty"`
}

// EntityUpsertBase is what the upsert bodies of every kind of registry
// entity have alike (AaSequenceUpsert, CustomEntityUpsertRequest,
// DnaSequenceUpsertRequest, MoleculeUpsertRequest, OligoUpsertRequest and
// their bulk-upsert items; the spec's EntityUpsertBaseRequest and the
// kinds' base request fields). Name, RegistryID and SchemaID are required.
// Each upsert body embeds it beside the kind's own fields:
//
//	body := &benchling.MoleculeUpsertRequest{
//		EntityUpsertBase:  benchling.EntityUpsertBase{Name: "Aspirin", RegistryID: "src_1", SchemaID: "ts_1"},
//		ChemicalStructure: benchling.MoleculeStructure{Value: benchling.Ptr("CC(=O)Oc1ccccc1C(=O)O"), StructureFormat: benchling.MoleculeStructureStructureFormatSmiles},
//	}
type EntityUpsertBase struct {
	// Name is the entity's name.
	Name string `json:"name"`
	// RegistryID is the registry of the entity (src_...).
	RegistryID string `json:"registryId"`
	// SchemaID is the entity's schema (ts_...).
	SchemaID string `json:"schemaId"`
	// ArchiveRecord accepts only Null[ArchiveRecord](), which unarchives
	// the entity; leave it unset otherwise.
	ArchiveRecord Nullable[ArchiveRecord] `json:"archiveRecord,omitzero"`
	// Fields are schema fields to set. A link may name its target by
	// registry ID with RegistryIDValue instead of an API ID (in a bulk
	// upsert, also one upserted in the same request).
	Fields Fields `json:"fields,omitzero"`
	// Aliases are other names for the entity.
	Aliases []string `json:"aliases,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// FolderID is the folder of the entity.
	FolderID *string `json:"folderId,omitempty"`
}

// EntitySearchFilters are the further filters that the lists of AA
// sequences, custom entities, DNA and RNA sequences and DNA and RNA oligos
// take alike beside EntityListFilters (AaSequenceListOptions,
// CustomEntityListOptions, DnaSequenceListOptions and
// NucleotideListOptions embed it): creation time, a name substring,
// case-sensitive names, creators and authors.
//
//	opts := &benchling.CustomEntityListOptions{
//		EntitySearchFilters: benchling.EntitySearchFilters{NameIncludes: "HEK"},
//	}
type EntitySearchFilters struct {
	// CreatedAt filters by creation time: "> 2022-03-01",
	// "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// NameIncludes matches a substring of a name, alias or registry ID.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitive.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// CreatorIDs restricts the results to these creators.
	CreatorIDs []string `url:"creatorIds,comma,omitempty"`
	// AuthorIDsAnyOf matches any of these authors (at most 100).
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
}
