package benchling

// CustomEntity is a custom entity: a registry entity whose kind the tenant
// defines with an entity schema (a strain, a cell line, a reagent...). Its
// data lives in its schema Fields.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type CustomEntity struct {
	// EntityBase holds what every entity kind has: the entity's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
}

// CustomEntityCreate is the body of CustomEntities.Create and one item of
// BulkCreate (the spec's CustomEntityBulkCreate has the same shape). Name
// and SchemaID are required. To create the entity directly in a registry,
// set RegistryID and either EntityRegistryID or NamingStrategy; FolderID
// may then be left empty.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type CustomEntityCreate struct {
	EntityCreateBase

	// SchemaID is the entity's schema (ts_..., required).
	SchemaID string `json:"schemaId"`
}

// CustomEntityBulkCreate is one item of CustomEntities.BulkCreate; it has
// the shape of CustomEntityCreate.
type CustomEntityBulkCreate = CustomEntityCreate

// CustomEntityUpdate is the body of CustomEntities.Update. Only what is set
// is changed: nil pointers, slices and maps are omitted, while a non-nil
// empty slice or map is sent.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type CustomEntityUpdate struct {
	EntityUpdateBase

	// EntityRegistryID changes the registry ID of a registered entity.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// CustomEntityBulkUpdate is one item of CustomEntities.BulkUpdate: the ID
// of the entity and the fields to change, as in CustomEntityUpdate
// (without EntityRegistryID, which bulk updates cannot change).
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type CustomEntityBulkUpdate struct {
	// ID is the entity to update (bfi_...).
	ID string `json:"id"`
	EntityUpdateBase
}

// CustomEntityUpsertRequest is the body of CustomEntities.Upsert, which
// names the entity by the registry ID in its path. Name, RegistryID and
// SchemaID are required.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type CustomEntityUpsertRequest struct {
	EntityUpsertBase
}

// CustomEntityBulkUpsertRequest is one item of CustomEntities.BulkUpsert
// and of Entities.BulkUpsert: a CustomEntityUpsertRequest with the registry
// ID that names the entity. EntityRegistryID, Name, RegistryID and SchemaID
// are required.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type CustomEntityBulkUpsertRequest struct {
	// EntityRegistryID is the entity's registry ID, the key of the upsert.
	EntityRegistryID string `json:"entityRegistryId"`
	EntityUpsertBase
}

// CustomEntitiesArchive is the body of CustomEntities.Archive.
type CustomEntitiesArchive struct {
	// CustomEntityIDs are the entities to archive.
	CustomEntityIDs []string `json:"customEntityIds"`
	// Reason is why they are archived; tenants may accept other reasons
	// than the spec's.
	Reason EntityArchiveReason `json:"reason"`
}

// customEntitiesUnarchive is the body of CustomEntities.Unarchive, which
// takes its list.
type customEntitiesUnarchive struct {
	CustomEntityIDs []string `json:"customEntityIds"`
}

// CustomEntitiesArchivalChange lists what Archive or Unarchive changed:
// the custom entities and any batches archived or unarchived with them.
type CustomEntitiesArchivalChange struct {
	// BatchIDs are the batches archived or unarchived with the entities.
	BatchIDs []string `json:"batchIds,omitempty"`
	// CustomEntityIDs are the entities archived or unarchived.
	CustomEntityIDs []string `json:"customEntityIds,omitempty"`
}

// customEntitiesBulkCreateRequest is the body of BulkCreate.
type customEntitiesBulkCreateRequest struct {
	CustomEntities []*CustomEntityBulkCreate `json:"customEntities"`
}

// customEntitiesBulkUpdateRequest is the body of BulkUpdate.
type customEntitiesBulkUpdateRequest struct {
	CustomEntities []*CustomEntityBulkUpdate `json:"customEntities"`
}

// customEntitiesBulkUpsertRequest is the body of BulkUpsert.
type customEntitiesBulkUpsertRequest struct {
	CustomEntities []*CustomEntityBulkUpsertRequest `json:"customEntities"`
}

// CustomEntitiesBulkCreateResult is the response of a succeeded
// CustomEntities.BulkCreate task.
type CustomEntitiesBulkCreateResult struct {
	// CustomEntities are the created entities, in the order of the
	// request.
	CustomEntities []*CustomEntity `json:"customEntities"`
}

// CustomEntitiesBulkUpdateResult is the response of a succeeded
// CustomEntities.BulkUpdate task.
type CustomEntitiesBulkUpdateResult struct {
	// CustomEntities are the updated entities.
	CustomEntities []*CustomEntity `json:"customEntities"`
}

// CustomEntitiesBulkUpsertResult is the response of a succeeded
// CustomEntities.BulkUpsert task. The spec gives the task no schema ("the
// resources of the objects that were upserted"); the key is the one of
// the bulk-create task.
type CustomEntitiesBulkUpsertResult struct {
	// CustomEntities are the created or updated entities.
	CustomEntities []*CustomEntity `json:"customEntities"`
}

// CustomEntityListOptions filter and page CustomEntities.List, All and
// Pages. All filters are optional; the *AnyOf lists take at most 100
// values.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters; CreatedAt, NameIncludes, NamesAnyOfCaseSensitive,
// CreatorIDs and AuthorIDsAnyOf are in the embedded EntitySearchFilters.
type CustomEntityListOptions struct {
	ListOptions
	EntityListFilters
	EntitySearchFilters

	// Returning limits the returned fields, for example
	// {"customEntities.id", "customEntities.name"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// CustomEntityGetOptions are the options of CustomEntities.Get.
type CustomEntityGetOptions struct {
	// Returning limits the returned fields, for example {"id", "name"};
	// the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// CustomEntityBulkGetOptions are the options of CustomEntities.BulkGet.
type CustomEntityBulkGetOptions struct {
	// Returning limits the returned fields, for example
	// {"customEntities.id", "customEntities.name"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}
