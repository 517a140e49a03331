package benchling

import (
	"context"
	"net/http"
)

// EntitiesService upserts registry entities of several kinds in one
// request.
//
// Benchling API tag: Entities.
type EntitiesService service

// EntitiesBulkUpsertRequest is the body of Entities.BulkUpsert: the
// entities to create or update, by kind, all in one registry. An entity's
// schema field may link to another one of the same request by its registry
// ID (RegistryIDValue), whatever the two kinds. Lists left nil are not
// sent.
type EntitiesBulkUpsertRequest struct {
	// AaSequences are the AA sequences to upsert.
	AaSequences []*AaSequenceBulkUpsertRequest `json:"aaSequences,omitzero"`
	// CustomEntities are the custom entities to upsert.
	CustomEntities []*CustomEntityBulkUpsertRequest `json:"customEntities,omitzero"`
	// DnaOligos are the DNA oligos to upsert.
	DnaOligos []*OligoBulkUpsertRequest `json:"dnaOligos,omitzero"`
	// DnaSequences are the DNA sequences to upsert.
	DnaSequences []*DnaSequenceBulkUpsertRequest `json:"dnaSequences,omitzero"`
	// Molecules are the molecules to upsert.
	Molecules []*MoleculeBulkUpsertRequest `json:"molecules,omitzero"`
	// RnaOligos are the RNA oligos to upsert.
	RnaOligos []*OligoBulkUpsertRequest `json:"rnaOligos,omitzero"`
}

// EntitiesBulkUpsertResult is the response of a succeeded
// Entities.BulkUpsert task: the upserted entities, by kind, each list in
// the order of the request's. The spec describes the response only as
// "the resources of the objects that were upserted"; the SDK reads it
// under the keys of the request, and Entities returns them in one list.
type EntitiesBulkUpsertResult struct {
	// AaSequences are the upserted AA sequences.
	AaSequences []*AaSequence `json:"aaSequences,omitempty"`
	// CustomEntities are the upserted custom entities.
	CustomEntities []*CustomEntity `json:"customEntities,omitempty"`
	// DnaOligos are the upserted DNA oligos.
	DnaOligos []*DnaOligo `json:"dnaOligos,omitempty"`
	// DnaSequences are the upserted DNA sequences.
	DnaSequences []*DnaSequence `json:"dnaSequences,omitempty"`
	// Molecules are the upserted molecules.
	Molecules []*Molecule `json:"molecules,omitempty"`
	// RnaOligos are the upserted RNA oligos.
	RnaOligos []*RnaOligo `json:"rnaOligos,omitempty"`
}

// Entities returns every upserted entity as the Entity of its kind: the
// AA sequences, custom entities, DNA oligos, DNA sequences, molecules and
// RNA oligos, in that order (the order of the result's lists). Nil
// entries are skipped.
func (r *EntitiesBulkUpsertResult) Entities() EntityList {
	var out EntityList
	add := func(e Entity, ok bool) {
		if ok {
			out = append(out, e)
		}
	}
	for _, e := range r.AaSequences {
		add(&AaSequenceWithEntityType{AaSequence: valueOf(e), EntityType: EntityTypeAaSequence}, e != nil)
	}
	for _, e := range r.CustomEntities {
		add(&CustomEntityWithEntityType{CustomEntity: valueOf(e), EntityType: EntityTypeCustomEntity}, e != nil)
	}
	for _, e := range r.DnaOligos {
		add(&DnaOligoWithEntityType{DnaOligo: valueOf(e), EntityType: EntityTypeDnaOligo}, e != nil)
	}
	for _, e := range r.DnaSequences {
		add(&DnaSequenceWithEntityType{DnaSequence: valueOf(e), EntityType: EntityTypeDnaSequence}, e != nil)
	}
	for _, e := range r.Molecules {
		add(&MoleculeWithEntityType{Molecule: valueOf(e), EntityType: EntityTypeMolecule}, e != nil)
	}
	for _, e := range r.RnaOligos {
		add(&RnaOligoWithEntityType{RnaOligo: valueOf(e), EntityType: EntityTypeRnaOligo}, e != nil)
	}
	return out
}

// EntityBulkUpsertOptions are the options of Entities.BulkUpsert.
type EntityBulkUpsertOptions struct {
	// Returning limits the fields of the entities in the task's response,
	// for example {"customEntities.id", "customEntities.entityRegistryId"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// BulkUpsert starts an asynchronous task that creates or updates
// registered entities of several kinds, all in one registry, found by
// their registry IDs; link.Wait returns them, typed by kind, when the task
// ends. Benchling first upserts every entity without its links, then fills
// the links, which may name entities of the same request by registry ID,
// then registers the entities; if anything fails, nothing is changed.
// opts may be nil.
//
// There is no UpsertMany: chunking the request would break the links
// between its entities, and the index of an invalid item of a body of
// several kinds is ambiguous; for inputs larger than one request, use the
// UpsertMany of each kind.
//
// Benchling API: POST /entities:bulk-upsert
func (s *EntitiesService) BulkUpsert(ctx context.Context, body *EntitiesBulkUpsertRequest, opts *EntityBulkUpsertOptions) (*AsyncTaskLink[EntitiesBulkUpsertResult], *Response, error) {
	return startTask[EntitiesBulkUpsertResult](ctx, s.c(), http.MethodPost, pathf("entities:bulk-upsert"), opts, body)
}
