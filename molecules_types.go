package benchling

// Molecule is a small molecule: a registry entity with a chemical
// structure.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type Molecule struct {
	// EntityBase holds what every entity kind has: the molecule's ID, name,
	// aliases, schema and custom fields, registration, archive record,
	// authorship and URLs.
	EntityBase
	// CanonicalizedSmiles is the chemical structure in canonical SMILES,
	// whatever format it was given in.
	CanonicalizedSmiles string `json:"canonicalizedSmiles,omitempty"`
	// OriginalSmiles is the structure as the user gave it in SMILES; nil
	// when it was given as a molfile.
	OriginalSmiles *string `json:"originalSmiles,omitempty"`
}

// MoleculeStructure is a chemical structure as it is written: SMILES or a
// molfile, and the text.
type MoleculeStructure struct {
	// StructureFormat says how Value is written.
	StructureFormat MoleculeStructureStructureFormat `json:"structureFormat,omitempty"`
	// Value is the structure, for example "Nc1nc(=O)n([H:1])cc1C1CC1" in
	// SMILES.
	Value *string `json:"value,omitempty"`
}

// MoleculeStructureStructureFormat is the format of a MoleculeStructure.
type MoleculeStructureStructureFormat string

// Structure formats the spec declares.
const (
	MoleculeStructureStructureFormatSmiles  MoleculeStructureStructureFormat = "smiles"
	MoleculeStructureStructureFormatMolfile MoleculeStructureStructureFormat = "molfile"
)

// SmilesStructure returns the MoleculeStructure of a SMILES string.
func SmilesStructure(smiles string) MoleculeStructure {
	return MoleculeStructure{StructureFormat: MoleculeStructureStructureFormatSmiles, Value: &smiles}
}

// MolfileStructure returns the MoleculeStructure of a molfile's text.
func MolfileStructure(molfile string) MoleculeStructure {
	return MoleculeStructure{StructureFormat: MoleculeStructureStructureFormatMolfile, Value: &molfile}
}

// MoleculeCreate is the body of Molecules.Create and one item of
// BulkCreate. Name and ChemicalStructure are required. To create the
// molecule directly in a registry, set RegistryID and either
// EntityRegistryID or NamingStrategy.
//
// Its fields Name, Aliases, AuthorIDs, CustomFields, Fields, FolderID,
// EntityRegistryID, NamingStrategy and RegistryID are in the embedded
// EntityCreateBase.
type MoleculeCreate struct {
	EntityCreateBase

	// ChemicalStructure is the molecule's structure (required).
	ChemicalStructure MoleculeStructure `json:"chemicalStructure"`
	// SchemaID is the molecule's schema (ts_...).
	SchemaID *string `json:"schemaId,omitempty"`
}

// MoleculeUpdate is the body of Molecules.Update. Only what is set is
// changed.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type MoleculeUpdate struct {
	EntityUpdateBase

	// ChemicalStructure replaces the molecule's structure.
	ChemicalStructure *MoleculeStructure `json:"chemicalStructure,omitempty"`
	// EntityRegistryID changes the registry ID of a registered molecule.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// MoleculeBulkUpdate is one item of Molecules.BulkUpdate: the ID of the
// molecule and the fields to change, as in MoleculeUpdate.
//
// Its fields Aliases, AuthorIDs, CustomFields, Fields, FolderID, Name and
// SchemaID are in the embedded EntityUpdateBase.
type MoleculeBulkUpdate struct {
	// ID is the molecule to update (mol_...).
	ID string `json:"id"`
	EntityUpdateBase
	// ChemicalStructure replaces the molecule's structure.
	ChemicalStructure *MoleculeStructure `json:"chemicalStructure,omitempty"`
	// EntityRegistryID changes the registry ID of a registered molecule.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// MoleculeUpsertRequest is the body of Molecules.Upsert, which names the
// molecule by the registry ID in its path. Name, RegistryID, SchemaID and
// ChemicalStructure are required.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type MoleculeUpsertRequest struct {
	EntityUpsertBase

	// ChemicalStructure is the molecule's structure.
	ChemicalStructure MoleculeStructure `json:"chemicalStructure"`
}

// MoleculeBulkUpsertRequest is one item of Molecules.BulkUpsert and of
// Entities.BulkUpsert: a MoleculeUpsertRequest with the registry ID that
// names the molecule.
//
// Its fields Name, RegistryID, SchemaID, ArchiveRecord, Fields, Aliases,
// AuthorIDs, CustomFields and FolderID are in the embedded EntityUpsertBase.
type MoleculeBulkUpsertRequest struct {
	// EntityRegistryID is the molecule's registry ID, the key of the
	// upsert.
	EntityRegistryID string `json:"entityRegistryId"`
	EntityUpsertBase
	// ChemicalStructure is the molecule's structure.
	ChemicalStructure MoleculeStructure `json:"chemicalStructure"`
}

// MoleculesArchive is the body of Molecules.Archive.
type MoleculesArchive struct {
	// MoleculeIDs are the molecules to archive.
	MoleculeIDs []string `json:"moleculeIds"`
	// Reason is why they are archived; tenants may accept other reasons
	// than the spec's.
	Reason EntityArchiveReason `json:"reason"`
}

// moleculesUnarchive is the body of Molecules.Unarchive, which takes its
// list.
type moleculesUnarchive struct {
	MoleculeIDs []string `json:"moleculeIds"`
}

// MoleculesArchivalChange lists what Archive or Unarchive changed: the
// molecules and any batches archived or unarchived with them.
type MoleculesArchivalChange struct {
	// BatchIDs are the batches archived or unarchived with the molecules.
	BatchIDs []string `json:"batchIds,omitempty"`
	// MoleculeIDs are the molecules archived or unarchived.
	MoleculeIDs []string `json:"moleculeIds,omitempty"`
}

// moleculesBulkCreateRequest is the body of Molecules.BulkCreate.
type moleculesBulkCreateRequest struct {
	Molecules []*MoleculeCreate `json:"molecules,omitzero"`
}

// moleculesBulkUpdateRequest is the body of Molecules.BulkUpdate.
type moleculesBulkUpdateRequest struct {
	Molecules []*MoleculeBulkUpdate `json:"molecules,omitzero"`
}

// moleculesBulkUpsertRequest is the body of Molecules.BulkUpsert.
type moleculesBulkUpsertRequest struct {
	Molecules []*MoleculeBulkUpsertRequest `json:"molecules"`
}

// MoleculesBulkCreateResult is the response of a succeeded
// Molecules.BulkCreate task. The spec gives the task no schema; the key is
// the one of the molecule lists.
type MoleculesBulkCreateResult struct {
	// Molecules are the created molecules, in the order of the request.
	Molecules []*Molecule `json:"molecules"`
}

// MoleculesBulkUpdateResult is the response of a succeeded
// Molecules.BulkUpdate task ("a full list of Molecule resources that were
// updated").
type MoleculesBulkUpdateResult struct {
	// Molecules are the updated molecules.
	Molecules []*Molecule `json:"molecules"`
}

// MoleculesBulkUpsertResult is the response of a succeeded
// Molecules.BulkUpsert task.
type MoleculesBulkUpsertResult struct {
	// Molecules are the created or updated molecules.
	Molecules []*Molecule `json:"molecules"`
}

// MoleculeListOptions filter and page Molecules.List, All and Pages. All
// filters are optional; the *AnyOf lists take at most 100 values.
//
// Its fields Sort, ModifiedAt, Name, FolderID, MentionedIn, ProjectID,
// RegistryID, SchemaID, SchemaFields, ArchiveReason, Mentions, IDs,
// EntityRegistryIDsAnyOf and NamesAnyOf are in the embedded
// EntityListFilters.
type MoleculeListOptions struct {
	ListOptions
	EntityListFilters

	// CreatedAt filters by creation time with an expression such as
	// "> 2022-03-01" or "> 2022-03-01 AND < 2022-04-01".
	CreatedAt string `url:"createdAt,omitempty"`
	// NameIncludes matches names, aliases or registry IDs containing it.
	NameIncludes string `url:"nameIncludes,omitempty"`
	// AuthorIDsAnyOf matches molecules with any of these authors.
	AuthorIDsAnyOf []string `url:"authorIds.anyOf,comma,omitempty"`
	// ChemicalSubstructureMol restricts results to molecules that contain
	// this substructure, written as a molfile.
	ChemicalSubstructureMol string `url:"chemicalSubstructure.mol,omitempty"`
	// ChemicalSubstructureSmiles restricts results to molecules that
	// contain this substructure, written in SMILES.
	ChemicalSubstructureSmiles string `url:"chemicalSubstructure.smiles,omitempty"`
}

// MoleculeBulkUpsertOptions are the options of Molecules.BulkUpsert.
type MoleculeBulkUpsertOptions struct {
	// Returning limits the fields of the molecules in the task's response,
	// for example {"molecules.id", "molecules.entityRegistryId"}.
	Returning []string `url:"returning,comma,omitempty"`
}
