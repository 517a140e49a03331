package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// EntityBase is what every kind of registry entity has: the seventeen
// properties that the spec's AaSequence, CustomEntity, DnaOligo,
// DnaSequence, Mixture, Molecule, Oligo, RnaOligo and RnaSequence all
// declare alike (names, registration, schema and custom fields, archive
// record, authorship, URLs), which the spec's GenericEntity (an entity of
// any kind, as events carry it) has too. Each entity response type and
// GenericEntity embed it, so its fields read as the kind's own (seq.Name,
// seq.Fields) and encode and decode as the kind's own JSON properties;
// code that handles any kind (a generator of typed schema fields, a sync
// of the registry) takes the *EntityBase, which every Entity returns from
// Base. A composite literal sets them through the embedded struct:
//
//	seq := benchling.DnaSequence{EntityBase: benchling.EntityBase{ID: "seq_1", Name: "pUC19"}, Bases: "ACGT"}
type EntityBase struct {
	// Aliases are the entity's other names.
	Aliases []string `json:"aliases,omitempty"`
	// APIURL is the canonical URL of the entity in the API.
	APIURL string `json:"apiURL,omitempty"`
	// ArchiveRecord says why the entity was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// Authors are the entity's authors.
	Authors []UserSummary `json:"authors,omitempty"`
	// CreatedAt is when the entity was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// Creator is the user who created the entity.
	Creator UserSummary `json:"creator,omitzero"`
	// CustomFields are the entity's custom (schema-less) fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// EntityRegistryID is the entity's ID in the registry (for example
	// "CE001" or "DNA001"); nil when it is not registered.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// Fields are the entity's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// FolderID is the folder that holds the entity; nil when none holds
	// it (a registered entity may be in no folder).
	FolderID *string `json:"folderId,omitempty"`
	// ID is the entity's API ID: bfi_... for a custom entity, prtn_... for
	// an AA sequence, seq_... for a DNA or RNA sequence or an oligo,
	// mol_... for a molecule, mxt_... for a mixture.
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the entity was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// Name is the entity's name.
	Name string `json:"name,omitempty"`
	// RegistrationOrigin says where and when the entity was registered;
	// nil when it is not registered.
	RegistrationOrigin *RegistrationOrigin `json:"registrationOrigin,omitempty"`
	// RegistryID is the registry the entity is registered in (src_...);
	// nil when it is not registered.
	RegistryID *string `json:"registryId,omitempty"`
	// Schema is the entity's schema; nil when it has none (a mixture
	// always has one).
	Schema *SchemaSummary `json:"schema,omitempty"`
	// WebURL is the entity's page in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
}

// Base returns b itself: the fields every entity kind shares, not a copy.
// Every entity type embeds EntityBase, so Base is a method of each
// (seq.Base() is &seq.EntityBase) and of every Entity.
func (b *EntityBase) Base() *EntityBase { return b }

// Labels returns the entity's ID, name and registry ID.
func (b *EntityBase) Labels() EntityLabels {
	return EntityLabels{ID: b.ID, Name: b.Name, EntityRegistryID: b.EntityRegistryID}
}

// Entity is a registry entity of any kind, where the API returns several
// kinds in one list (Registry.BulkGetRegisteredEntities) or one value of
// any kind. Benchling tells the kinds apart by the JSON "entityType"
// property; each kind decodes into its own struct, which embeds the kind's
// type (a *CustomEntityWithEntityType holds a CustomEntity), and a kind
// this SDK does not know decodes into an *UnknownEntity with its JSON
// kept. What every kind has (ID, name, schema, fields, registry ID...) is
// its EntityBase, which Base returns whatever the kind; read what is
// particular to a kind with a type switch:
//
//	for _, e := range entities {
//		b := e.Base()
//		switch e := e.(type) {
//		case *benchling.DnaSequenceWithEntityType:
//			fmt.Println(b.Name, e.Length)
//		case *benchling.MoleculeWithEntityType:
//			fmt.Println(b.Name, e.CanonicalizedSmiles)
//		default:
//			fmt.Println(e.Kind(), b.Name, b.Fields)
//		}
//	}
//
// The implementations are *AaSequenceWithEntityType,
// *CustomEntityWithEntityType, *DnaOligoWithEntityType,
// *DnaSequenceWithEntityType, *MixtureWithEntityType,
// *MoleculeWithEntityType, *RnaOligoWithEntityType,
// *RnaSequenceWithEntityType and *UnknownEntity. The set is closed: only
// this package implements the interface.
type Entity interface {
	// Kind returns the entity's kind, the JSON "entityType" property.
	Kind() EntityType
	// Base returns the fields every kind has: the entity's embedded
	// EntityBase (not a copy), whose changes are the entity's.
	Base() *EntityBase
	// Labels returns the entity's ID, name and registry ID, which every
	// kind has (Base's, in short).
	Labels() EntityLabels
	entity()
}

// EntityType is the kind of a registry entity, the discriminator of
// Entity. Unknown kinds still decode (as *UnknownEntity).
type EntityType string

// Entity kinds the spec declares, with the struct each decodes into.
const (
	EntityTypeAaSequence   EntityType = "aa_sequence"   // *AaSequenceWithEntityType
	EntityTypeCustomEntity EntityType = "custom_entity" // *CustomEntityWithEntityType
	EntityTypeDnaOligo     EntityType = "dna_oligo"     // *DnaOligoWithEntityType
	EntityTypeDnaSequence  EntityType = "dna_sequence"  // *DnaSequenceWithEntityType
	EntityTypeMixture      EntityType = "mixture"       // *MixtureWithEntityType
	EntityTypeMolecule     EntityType = "molecule"      // *MoleculeWithEntityType
	EntityTypeRnaOligo     EntityType = "rna_oligo"     // *RnaOligoWithEntityType
	EntityTypeRnaSequence  EntityType = "rna_sequence"  // *RnaSequenceWithEntityType
)

// AaSequenceWithEntityType is an AA sequence as an Entity.
//
// Its fields AminoAcids, Annotations, Length, URL, Aliases, APIURL,
// ArchiveRecord, Authors, CreatedAt, Creator, CustomFields,
// EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// AaSequence.
type AaSequenceWithEntityType struct {
	AaSequence
	// EntityType is EntityTypeAaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// CustomEntityWithEntityType is a custom entity as an Entity.
//
// Its field URL, Aliases, APIURL, ArchiveRecord, Authors, CreatedAt,
// Creator, CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt,
// Name, RegistrationOrigin, RegistryID, Schema and WebURL are in the
// embedded CustomEntity.
type CustomEntityWithEntityType struct {
	CustomEntity
	// EntityType is EntityTypeCustomEntity.
	EntityType EntityType `json:"entityType,omitempty"`
}

// DnaOligoWithEntityType is a DNA oligo as an Entity.
type DnaOligoWithEntityType struct {
	DnaOligo
	// EntityType is EntityTypeDnaOligo.
	EntityType EntityType `json:"entityType,omitempty"`
}

// DnaSequenceWithEntityType is a DNA sequence as an Entity.
//
// Its fields Bases, IsCircular, Length, Annotations, Parts, Primers,
// Translations, Transcriptions, DnaAlignmentIDs, URL, Aliases, APIURL,
// ArchiveRecord, Authors, CreatedAt, Creator, CustomFields,
// EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// DnaSequence.
type DnaSequenceWithEntityType struct {
	DnaSequence
	// EntityType is EntityTypeDnaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// MixtureWithEntityType is a mixture as an Entity.
//
// Its fields AllowMeasuredIngredients, Amount, Ingredients, Units, Aliases,
// APIURL, ArchiveRecord, Authors, CreatedAt, Creator, CustomFields,
// EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// Mixture.
type MixtureWithEntityType struct {
	Mixture
	// EntityType is EntityTypeMixture.
	EntityType EntityType `json:"entityType,omitempty"`
}

// MoleculeWithEntityType is a molecule as an Entity.
//
// Its fields CanonicalizedSmiles, OriginalSmiles, Aliases, APIURL,
// ArchiveRecord, Authors, CreatedAt, Creator, CustomFields,
// EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// Molecule.
type MoleculeWithEntityType struct {
	Molecule
	// EntityType is EntityTypeMolecule.
	EntityType EntityType `json:"entityType,omitempty"`
}

// RnaOligoWithEntityType is an RNA oligo as an Entity.
type RnaOligoWithEntityType struct {
	RnaOligo
	// EntityType is EntityTypeRnaOligo.
	EntityType EntityType `json:"entityType,omitempty"`
}

// RnaSequenceWithEntityType is an RNA sequence as an Entity.
//
// Its fields Bases, IsCircular, Length, Annotations, Parts, Primers,
// Translations, AlignmentIDs, Helm, CustomNotation, CustomNotationName, URL,
// Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator, CustomFields,
// EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// RnaSequence.
type RnaSequenceWithEntityType struct {
	RnaSequence
	// EntityType is EntityTypeRnaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// UnknownEntity is an entity of a kind this SDK does not know. Its
// EntityType and what every kind has (EntityBase) are read from the JSON:
// all of EntityBase when the JSON fits it, else the ID, name and registry
// ID when those fit, else nothing. Raw keeps the JSON, which MarshalJSON
// returns as is.
//
// Its fields Aliases, APIURL, ArchiveRecord, Authors, CreatedAt, Creator,
// CustomFields, EntityRegistryID, Fields, FolderID, ID, ModifiedAt, Name,
// RegistrationOrigin, RegistryID, Schema and WebURL are in the embedded
// EntityBase.
type UnknownEntity struct {
	// EntityType is the entity's kind as the server sent it.
	EntityType EntityType `json:"entityType,omitempty"`
	// EntityBase holds the properties every entity kind has, as far as
	// they decode.
	EntityBase
	// Raw is the entity's JSON as the server sent it.
	Raw json.RawMessage `json:"-"`
}

// MarshalJSON returns Raw, or the kind and EntityBase when Raw is empty.
func (e *UnknownEntity) MarshalJSON() ([]byte, error) {
	if len(e.Raw) > 0 {
		if !json.Valid(e.Raw) {
			return nil, errors.New("benchling: UnknownEntity.Raw is not valid JSON")
		}
		return e.Raw, nil
	}
	type plain UnknownEntity
	return json.Marshal((*plain)(e))
}

// Kind returns EntityTypeAaSequence.
func (*AaSequenceWithEntityType) Kind() EntityType { return EntityTypeAaSequence }

// Kind returns EntityTypeCustomEntity.
func (*CustomEntityWithEntityType) Kind() EntityType { return EntityTypeCustomEntity }

// Kind returns EntityTypeDnaOligo.
func (*DnaOligoWithEntityType) Kind() EntityType { return EntityTypeDnaOligo }

// Kind returns EntityTypeDnaSequence.
func (*DnaSequenceWithEntityType) Kind() EntityType { return EntityTypeDnaSequence }

// Kind returns EntityTypeMixture.
func (*MixtureWithEntityType) Kind() EntityType { return EntityTypeMixture }

// Kind returns EntityTypeMolecule.
func (*MoleculeWithEntityType) Kind() EntityType { return EntityTypeMolecule }

// Kind returns EntityTypeRnaOligo.
func (*RnaOligoWithEntityType) Kind() EntityType { return EntityTypeRnaOligo }

// Kind returns EntityTypeRnaSequence.
func (*RnaSequenceWithEntityType) Kind() EntityType { return EntityTypeRnaSequence }

// Kind returns the kind the server sent.
func (e *UnknownEntity) Kind() EntityType { return e.EntityType }

func (*AaSequenceWithEntityType) entity()   {}
func (*CustomEntityWithEntityType) entity() {}
func (*DnaOligoWithEntityType) entity()     {}
func (*DnaSequenceWithEntityType) entity()  {}
func (*MixtureWithEntityType) entity()      {}
func (*MoleculeWithEntityType) entity()     {}
func (*RnaOligoWithEntityType) entity()     {}
func (*RnaSequenceWithEntityType) entity()  {}
func (*UnknownEntity) entity()              {}

// newEntity returns a new value of the struct an entity kind decodes
// into, following the spec's Entity discriminator mapping; nil for a kind
// the SDK does not know.
func newEntity(t EntityType) Entity {
	switch t {
	case EntityTypeAaSequence:
		return &AaSequenceWithEntityType{}
	case EntityTypeCustomEntity:
		return &CustomEntityWithEntityType{}
	case EntityTypeDnaOligo:
		return &DnaOligoWithEntityType{}
	case EntityTypeDnaSequence:
		return &DnaSequenceWithEntityType{}
	case EntityTypeMixture:
		return &MixtureWithEntityType{}
	case EntityTypeMolecule:
		return &MoleculeWithEntityType{}
	case EntityTypeRnaOligo:
		return &RnaOligoWithEntityType{}
	case EntityTypeRnaSequence:
		return &RnaSequenceWithEntityType{}
	}
	return nil
}

// DecodeEntity decodes one entity of any kind from its JSON: the struct of
// its kind, or an *UnknownEntity for a kind that is missing or unknown. An
// entity of a known kind that does not fit its struct is an error.
func DecodeEntity(raw []byte) (Entity, error) {
	var head struct {
		EntityType any `json:"entityType"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	t, _ := head.EntityType.(string)
	e := newEntity(EntityType(t))
	if e == nil {
		u := &UnknownEntity{EntityType: EntityType(t), Raw: bytes.Clone(raw)}
		if json.Unmarshal(raw, &u.EntityBase) != nil {
			// A property of the kind's own shape: keep the labels at least.
			u.EntityBase = EntityBase{}
			var l EntityLabels
			if json.Unmarshal(raw, &l) == nil {
				u.ID, u.Name, u.EntityRegistryID = l.ID, l.Name, l.EntityRegistryID
			}
		}
		return u, nil
	}
	if err := json.Unmarshal(raw, e); err != nil {
		return nil, fmt.Errorf("decoding %s entity: %w", t, err)
	}
	return e, nil
}

// EntityList is a list of entities of any kinds. It decodes each into the
// struct of its kind (see Entity) and encodes them back.
type EntityList []Entity

// UnmarshalJSON decodes a JSON array of entities. One whose entityType is
// missing or unknown becomes an *UnknownEntity; one of a known kind that
// does not fit its struct is an error.
func (l *EntityList) UnmarshalJSON(b []byte) error {
	es, err := decodeUnionList(b, "entity", func(raw json.RawMessage) (Entity, error) { return DecodeEntity(raw) })
	if err != nil {
		return err
	}
	*l = es
	return nil
}

// MarshalJSON encodes the entities as a JSON array; a nil entity is an
// error.
func (l EntityList) MarshalJSON() ([]byte, error) {
	return encodeUnionList(l, "entity")
}
