package benchling

import "encoding/json"

// Mixture is a mixture: a registry entity made of ingredients (other
// entities) in given amounts, such as a buffer recipe or a prep made from
// it. A prep names its recipe in its parent mixture field; the ingredients
// it inherits from the recipe have HasParent set.
//
// Amounts are decimal strings, as Benchling sends them, to keep their full
// precision (Amount "0.1" stays exactly 0.1); each is paired with its
// unit, a typed enum (MixtureMeasurementUnits for the mixture,
// IngredientMeasurementUnits for an ingredient).
//
// A mixture always has a schema (Schema is a pointer only because it is
// EntityBase's, which other kinds may leave nil), and its Fields hold at
// most one parent mixture field.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type Mixture struct {
	// EntityBase holds what every entity kind has: the mixture's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// AllowMeasuredIngredients reports whether the mixture's schema lets
	// ingredients be measured (derived from the schema).
	AllowMeasuredIngredients bool `json:"allowMeasuredIngredients,omitempty"`
	// Amount is the mixture's amount, a positive decimal in Units, for
	// example "123" or "1.23e4".
	Amount string `json:"amount,omitempty"`
	// Ingredients are the mixture's ingredients.
	Ingredients []Ingredient `json:"ingredients,omitempty"`
	// Units is the unit of Amount; nil when the mixture has no amount.
	Units *MixtureMeasurementUnits `json:"units,omitempty"`
}

// Ingredient is one ingredient of a Mixture: an entity, its amount and
// unit, and the lot it came from.
type Ingredient struct {
	// Amount is the ingredient's amount, a decimal in Units (for example
	// "12" or "1.23e4"), or IngredientAmountQS for the one ingredient that
	// makes up the rest; nil when not set.
	Amount *string `json:"amount,omitempty"`
	// CatalogIdentifier is the ingredient's catalog number; nil if none.
	CatalogIdentifier *string `json:"catalogIdentifier,omitempty"`
	// ComponentEntity is the entity the ingredient is.
	ComponentEntity EntityLabels `json:"componentEntity,omitzero"`
	// ComponentLotContainer is the container of the ingredient's lot, for
	// a schema that records lots in inventory; nil otherwise.
	ComponentLotContainer *ContainerLabels `json:"componentLotContainer,omitempty"`
	// ComponentLotEntity is the entity of the ingredient's lot, for a
	// schema that records lots in inventory; nil otherwise.
	ComponentLotEntity *EntityLabels `json:"componentLotEntity,omitempty"`
	// ComponentLotText names the ingredient's lot, for a schema that
	// records lots as text; nil otherwise.
	ComponentLotText *string `json:"componentLotText,omitempty"`
	// HasParent reports whether the ingredient is inherited from the
	// parent mixture.
	HasParent bool `json:"hasParent,omitempty"`
	// Notes are notes on the ingredient; nil if none.
	Notes *string `json:"notes,omitempty"`
	// TargetAmount is the amount the ingredient should have, computed from
	// its proportion in the parent mixture, a decimal in Units; nil when
	// the mixture has no parent.
	TargetAmount *string `json:"targetAmount,omitempty"`
	// Units is the unit of Amount and TargetAmount; nil when not set.
	Units *IngredientMeasurementUnits `json:"units,omitempty"`
}

// IngredientAmountQS is the Amount of the one ingredient of a mixture
// that makes up the rest of it (quantum satis).
const IngredientAmountQS = "QS"

// IngredientWriteParams is one ingredient of a mixture's create or update
// body. Benchling requires every property, so each is sent, nil ones as
// null: set ComponentEntityID, and Amount with Units; the lot properties
// and notes may stay nil.
type IngredientWriteParams struct {
	// ComponentEntityID is the entity the ingredient is; an ingredient is
	// matched to the mixture's existing ones by it.
	ComponentEntityID string `json:"componentEntityId"`
	// Amount is the ingredient's amount, a decimal in Units (for example
	// "12" or "1.23e4"), or IngredientAmountQS for the one ingredient that
	// makes up the rest; nil sends null.
	Amount *string `json:"amount"`
	// Units is the unit of Amount; nil sends null.
	Units *IngredientMeasurementUnits `json:"units"`
	// CatalogIdentifier is the ingredient's catalog number; nil sends null.
	CatalogIdentifier *string `json:"catalogIdentifier"`
	// ComponentLotContainerID is the container of the ingredient's lot
	// (con_...), writable only when the schema records lots in inventory;
	// nil sends null.
	ComponentLotContainerID *string `json:"componentLotContainerId"`
	// ComponentLotEntityID is the entity of the ingredient's lot, writable
	// only when the schema records lots in inventory; nil sends null.
	ComponentLotEntityID *string `json:"componentLotEntityId"`
	// ComponentLotText names the ingredient's lot, writable only when the
	// schema records lots as text; nil sends null.
	ComponentLotText *string `json:"componentLotText"`
	// Notes are notes on the ingredient; nil sends null.
	Notes *string `json:"notes"`
}

// IngredientOf returns the IngredientWriteParams of amount (a decimal
// string, or IngredientAmountQS) of entity componentEntityID in units, the
// other properties nil.
func IngredientOf(componentEntityID, amount string, units IngredientMeasurementUnits) IngredientWriteParams {
	return IngredientWriteParams{ComponentEntityID: componentEntityID, Amount: &amount, Units: &units}
}

// IngredientMeasurementUnits is the unit of an ingredient's amount.
type IngredientMeasurementUnits string

// Ingredient units the spec declares. Unknown units still decode.
const (
	IngredientMeasurementUnitsNL    IngredientMeasurementUnits = "nL"
	IngredientMeasurementUnitsUL    IngredientMeasurementUnits = "uL"
	IngredientMeasurementUnitsML    IngredientMeasurementUnits = "mL"
	IngredientMeasurementUnitsL     IngredientMeasurementUnits = "L"
	IngredientMeasurementUnitsMg    IngredientMeasurementUnits = "mg"
	IngredientMeasurementUnitsG     IngredientMeasurementUnits = "g"
	IngredientMeasurementUnitsKg    IngredientMeasurementUnits = "kg"
	IngredientMeasurementUnitsUg    IngredientMeasurementUnits = "ug"
	IngredientMeasurementUnitsUnits IngredientMeasurementUnits = "Units"
	IngredientMeasurementUnitsCells IngredientMeasurementUnits = "Cells"
	IngredientMeasurementUnitsMol   IngredientMeasurementUnits = "mol"
	IngredientMeasurementUnitsMmol  IngredientMeasurementUnits = "mmol"
	IngredientMeasurementUnitsUmol  IngredientMeasurementUnits = "umol"
)

// MixtureMeasurementUnits is the unit of a mixture's amount.
type MixtureMeasurementUnits string

// Mixture units the spec declares. Unknown units still decode.
const (
	MixtureMeasurementUnitsNL    MixtureMeasurementUnits = "nL"
	MixtureMeasurementUnitsUL    MixtureMeasurementUnits = "uL"
	MixtureMeasurementUnitsML    MixtureMeasurementUnits = "mL"
	MixtureMeasurementUnitsL     MixtureMeasurementUnits = "L"
	MixtureMeasurementUnitsG     MixtureMeasurementUnits = "g"
	MixtureMeasurementUnitsKg    MixtureMeasurementUnits = "kg"
	MixtureMeasurementUnitsMg    MixtureMeasurementUnits = "mg"
	MixtureMeasurementUnitsUg    MixtureMeasurementUnits = "ug"
	MixtureMeasurementUnitsUnits MixtureMeasurementUnits = "Units"
)

// EntityLabels names an entity: its ID, name and registry ID (an
// ingredient's component or lot).
type EntityLabels struct {
	// EntityRegistryID is the entity's registry ID; nil when it is not
	// registered.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// ID is the entity's ID.
	ID string `json:"id,omitempty"`
	// Name is the entity's name.
	Name string `json:"name,omitempty"`
}

// ContainerLabels names a container: its ID, name and barcode (an
// ingredient's lot).
type ContainerLabels struct {
	// Barcode is the container's barcode.
	Barcode string `json:"barcode,omitempty"`
	// ID is the container's ID (con_...).
	ID string `json:"id,omitempty"`
	// Name is the container's name.
	Name string `json:"name,omitempty"`
}

// MixtureCreate is the body of Mixtures.Create and one item of BulkCreate.
// Name, SchemaID, Ingredients and Units are required. To create the
// mixture directly in a registry, set RegistryID and either
// EntityRegistryID or NamingStrategy. To make a prep of a recipe, set the
// parent mixture field and list the ingredients as they should end up;
// those of the recipe are inherited.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type MixtureCreate struct {
	EntityCreateBase

	// SchemaID is the mixture's schema (ts_..., required).
	SchemaID string `json:"schemaId"`
	// Ingredients are the mixture's ingredients (required; an empty list
	// is sent as []).
	Ingredients []IngredientWriteParams `json:"ingredients"`
	// Units is the unit of Amount (required); nil sends null, for a
	// mixture without an amount.
	Units *MixtureMeasurementUnits `json:"units"`
	// Amount is the mixture's amount, a positive decimal in Units.
	Amount *string `json:"amount,omitempty"`
}

// MarshalJSON encodes the create, sending a nil Ingredients as [] since
// the API requires the list.
func (m MixtureCreate) MarshalJSON() ([]byte, error) {
	type plain MixtureCreate
	m.Ingredients = nonNil(m.Ingredients)
	return json.Marshal(plain(m))
}

// MixtureUpdate is the body of Mixtures.Update. Only what is set is
// changed; Ingredients, when set, is the mixture's final list of
// ingredients (Benchling creates, updates and deletes ingredients to match
// it, by component entity).
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type MixtureUpdate struct {
	EntityUpdateBase

	// Amount changes the mixture's amount, a positive decimal in Units.
	Amount *string `json:"amount,omitempty"`
	// EntityRegistryID changes the registry ID of a registered mixture.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// Ingredients replace the mixture's ingredients.
	Ingredients []IngredientWriteParams `json:"ingredients,omitzero"`
	// Units changes the unit of Amount.
	Units MixtureMeasurementUnits `json:"units,omitempty"`
}

// MixtureBulkUpdate is one item of Mixtures.BulkUpdate: the ID of the
// mixture and the fields to change, as in MixtureUpdate.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type MixtureBulkUpdate struct {
	// ID is the mixture to update (mxt_...).
	ID string `json:"id"`
	EntityUpdateBase
	// Amount changes the mixture's amount, a positive decimal in Units.
	Amount *string `json:"amount,omitempty"`
	// EntityRegistryID changes the registry ID of a registered mixture.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// Ingredients replace the mixture's ingredients.
	Ingredients []IngredientWriteParams `json:"ingredients,omitzero"`
	// Units changes the unit of Amount.
	Units MixtureMeasurementUnits `json:"units,omitempty"`
}

// MixturesArchive is the body of Mixtures.Archive.
type MixturesArchive struct {
	// MixtureIDs are the mixtures to archive.
	MixtureIDs []string `json:"mixtureIds"`
	// Reason is why they are archived; tenants may accept other reasons
	// than the spec's.
	Reason EntityArchiveReason `json:"reason"`
}

// mixturesUnarchive is the body of Mixtures.Unarchive, which takes its
// list.
type mixturesUnarchive struct {
	MixtureIDs []string `json:"mixtureIds"`
}

// MixturesArchivalChange lists the mixtures Archive or Unarchive changed.
type MixturesArchivalChange struct {
	// MixtureIDs are the mixtures archived or unarchived.
	MixtureIDs []string `json:"mixtureIds,omitempty"`
}

// mixturesBulkCreateRequest is the body of Mixtures.BulkCreate.
type mixturesBulkCreateRequest struct {
	Mixtures []*MixtureCreate `json:"mixtures"`
}

// mixturesBulkUpdateRequest is the body of Mixtures.BulkUpdate.
type mixturesBulkUpdateRequest struct {
	Mixtures []*MixtureBulkUpdate `json:"mixtures,omitzero"`
}

// MixturesBulkCreateResult is the response of a succeeded
// Mixtures.BulkCreate task ("the full list of mixtures that were
// created"; the spec gives the task no schema, the key is the mixture
// lists').
type MixturesBulkCreateResult struct {
	// Mixtures are the created mixtures, in the order of the request.
	Mixtures []*Mixture `json:"mixtures"`
}

// MixturesBulkUpdateResult is the response of a succeeded
// Mixtures.BulkUpdate task.
type MixturesBulkUpdateResult struct {
	// Mixtures are the updated mixtures.
	Mixtures []*Mixture `json:"mixtures"`
}

// MixtureListOptions filter and page Mixtures.List, All and Pages. All
// filters are optional; the *AnyOf lists take at most 100 values.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters.
type MixtureListOptions struct {
	ListOptions
	EntityListFilters

	// CreatedAt filters by creation time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// NameIncludes matches names, aliases or registry IDs containing it.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// NamesAnyOfCaseSensitive is NamesAnyOf, case-sensitively.
	NamesAnyOfCaseSensitive []string `url:"names.anyOf.caseSensitive,comma,omitempty"`
	// IngredientComponentEntityIDs restricts results to mixtures that have
	// an ingredient of each of these entities.
	IngredientComponentEntityIDs []string `url:"ingredientComponentEntityIds,comma,omitempty"`
	// IngredientComponentEntityIDsAnyOf restricts results to mixtures that
	// have an ingredient of any of these entities.
	IngredientComponentEntityIDsAnyOf []string `url:"ingredientComponentEntityIds.anyOf,comma,omitempty"`
	// AuthorIDsAnyOf matches mixtures with any of these authors.
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
}
