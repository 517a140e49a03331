package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Entity is a registry entity of any kind, where the API returns several
// kinds in one list (Registry.BulkGetRegisteredEntities) or one value of
// any kind. Benchling tells the kinds apart by the JSON "entityType"
// property; each kind decodes into its own struct, which embeds the kind's
// type (a *CustomEntityWithEntityType holds a CustomEntity), and a kind
// this SDK does not know decodes into an *UnknownEntity with its JSON
// kept. Read entities with a type switch:
//
//	for _, e := range entities {
//		switch e := e.(type) {
//		case *benchling.CustomEntityWithEntityType:
//			fmt.Println(e.Name, e.Fields)
//		case *benchling.DnaSequenceWithEntityType:
//			fmt.Println(e.Name, e.Length)
//		default:
//			fmt.Println(e.Kind(), e.Labels().ID)
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
	// Labels returns the entity's ID, name and registry ID, which every
	// kind has.
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
type AaSequenceWithEntityType struct {
	AaSequence
	// EntityType is EntityTypeAaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// CustomEntityWithEntityType is a custom entity as an Entity.
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
type DnaSequenceWithEntityType struct {
	DnaSequence
	// EntityType is EntityTypeDnaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// MixtureWithEntityType is a mixture as an Entity.
type MixtureWithEntityType struct {
	Mixture
	// EntityType is EntityTypeMixture.
	EntityType EntityType `json:"entityType,omitempty"`
}

// MoleculeWithEntityType is a molecule as an Entity.
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
type RnaSequenceWithEntityType struct {
	RnaSequence
	// EntityType is EntityTypeRnaSequence.
	EntityType EntityType `json:"entityType,omitempty"`
}

// UnknownEntity is an entity of a kind this SDK does not know. Its
// EntityType and labels are read from the JSON (left zero when they do not
// decode); Raw keeps the JSON, which MarshalJSON returns as is.
type UnknownEntity struct {
	// EntityType is the entity's kind as the server sent it.
	EntityType EntityType `json:"entityType,omitempty"`
	// EntityLabels are the entity's ID, name and registry ID.
	EntityLabels
	// Raw is the entity's JSON as the server sent it.
	Raw json.RawMessage `json:"-"`
}

// MarshalJSON returns Raw, or the kind and labels when Raw is empty.
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

// Labels returns the sequence's ID, name and registry ID.
func (e *AaSequenceWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the entity's ID, name and registry ID.
func (e *CustomEntityWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the oligo's ID, name and registry ID.
func (e *DnaOligoWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the sequence's ID, name and registry ID.
func (e *DnaSequenceWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the mixture's ID, name and registry ID.
func (e *MixtureWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the molecule's ID, name and registry ID.
func (e *MoleculeWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the oligo's ID, name and registry ID.
func (e *RnaOligoWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the sequence's ID, name and registry ID.
func (e *RnaSequenceWithEntityType) Labels() EntityLabels {
	return EntityLabels{ID: e.ID, Name: e.Name, EntityRegistryID: e.EntityRegistryID}
}

// Labels returns the labels read from the JSON.
func (e *UnknownEntity) Labels() EntityLabels { return e.EntityLabels }

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
		u := &UnknownEntity{Raw: bytes.Clone(raw)}
		if json.Unmarshal(raw, &u.EntityLabels) != nil {
			u.EntityLabels = EntityLabels{}
		}
		u.EntityType = EntityType(t)
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
