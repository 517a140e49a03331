package benchlingtest_test

import (
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EEntitiesBulkUpsert drives Entities.BulkUpsert against the fake
// tenant: entities of several kinds in one task, a link between two of
// them by registry ID, the typed result, updates by registry ID, and an
// all-or-nothing failure.
func TestE2EEntitiesBulkUpsert(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_kit:custom_entity", "ts_mol:molecule", "ts_oligo:dna_oligo", "ts_plasmid:dna_sequence")
	ctx, reg := e2eCtx(t), srv.RegistryID()
	link, _, err := c.Entities.BulkUpsert(ctx, &benchling.EntitiesBulkUpsertRequest{
		CustomEntities: []*benchling.CustomEntityBulkUpsertRequest{{EntityRegistryID: "CE700", EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "Assay kit",
			RegistryID: reg,
			SchemaID:   "ts_kit",
			Fields:     benchling.Fields{"Substrate": {Value: benchling.RegistryIDValue("MOL700")}, "Primer": {Value: benchling.RegistryIDValue("OLI700")}},
		},
		}},
		Molecules: []*benchling.MoleculeBulkUpsertRequest{{EntityRegistryID: "MOL700", EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "pNPP",
			RegistryID: reg,
			SchemaID:   "ts_mol",
		},
			ChemicalStructure: benchling.SmilesStructure("O=[N+]([O-])c1ccc(OP(=O)(O)O)cc1")}},
		DnaOligos: []*benchling.OligoBulkUpsertRequest{{EntityRegistryID: "OLI700", EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "M13 fwd",
			RegistryID: reg,
			SchemaID:   "ts_oligo",
		},
			Bases: benchling.Ptr("GTAAAACGACGGCCAGT")}},
		DnaSequences: []*benchling.DnaSequenceBulkUpsertRequest{{EntityRegistryID: "DNA700", EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "pUC19",
			RegistryID: reg,
			SchemaID:   "ts_plasmid",
		},
			Bases: "ATGCATGC", IsCircular: true}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := link.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkUpsert: %v", err)
	}
	if len(r.CustomEntities) != 1 || len(r.Molecules) != 1 || len(r.DnaOligos) != 1 || len(r.DnaSequences) != 1 || r.AaSequences != nil {
		t.Fatalf("result: %+v", r)
	}
	ce := r.CustomEntities[0]
	if id, _ := ce.Fields["Substrate"].Value.AsString(); id != r.Molecules[0].ID {
		t.Errorf("the link to a molecule of the same request resolved to %q, want %s", id, r.Molecules[0].ID)
	}
	if id, _ := ce.Fields["Primer"].Value.AsString(); id != r.DnaOligos[0].ID {
		t.Errorf("the link to an oligo of the same request resolved to %q, want %s", id, r.DnaOligos[0].ID)
	}
	if *ce.EntityRegistryID != "CE700" || *ce.RegistryID != reg || *r.DnaOligos[0].EntityRegistryID != "OLI700" {
		t.Errorf("registration: %+v %+v", ce, r.DnaOligos[0])
	}
	kinds := []benchling.EntityType{}
	for _, e := range r.Entities() {
		kinds = append(kinds, e.Kind())
	}
	if len(kinds) != 4 || kinds[0] != benchling.EntityTypeCustomEntity || kinds[1] != benchling.EntityTypeDnaOligo {
		t.Errorf("Entities(): %v", kinds)
	}
	// The upserted entities are registered: the registry finds them.
	ents, _, err := c.Registry.BulkGetRegisteredEntities(ctx, reg, []string{"OLI700", "MOL700"})
	if err != nil || len(ents) != 2 || ents[0].Kind() != benchling.EntityTypeDnaOligo || ents[1].Kind() != benchling.EntityTypeMolecule {
		t.Fatalf("BulkGetRegisteredEntities: %v %+v", err, ents)
	}

	// Again: the same registry IDs update the entities.
	link, _, err = c.Entities.BulkUpsert(ctx, &benchling.EntitiesBulkUpsertRequest{
		CustomEntities: []*benchling.CustomEntityBulkUpsertRequest{{EntityRegistryID: "CE700", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Assay kit v2", RegistryID: reg, SchemaID: "ts_kit"}}},
	}, &benchling.EntityBulkUpsertOptions{Returning: []string{"customEntities.id", "customEntities.name"}})
	if err != nil {
		t.Fatal(err)
	}
	if r2, err := link.Wait(ctx); err != nil || r2.CustomEntities[0].ID != ce.ID || r2.CustomEntities[0].Name != "Assay kit v2" || r2.CustomEntities[0].RegistryID != nil {
		t.Fatalf("BulkUpsert again with returning: %v %+v", err, r2)
	}

	// A registry ID of one kind reused by another fails the whole task.
	link, _, err = c.Entities.BulkUpsert(ctx, &benchling.EntitiesBulkUpsertRequest{
		CustomEntities: []*benchling.CustomEntityBulkUpsertRequest{{EntityRegistryID: "CE701", EntityUpsertBase: benchling.EntityUpsertBase{Name: "New", RegistryID: reg, SchemaID: "ts_kit"}}},
		Molecules: []*benchling.MoleculeBulkUpsertRequest{{EntityRegistryID: "CE700", EntityUpsertBase: benchling.EntityUpsertBase{
			Name:       "Clash",
			RegistryID: reg,
			SchemaID:   "ts_mol",
		},
			ChemicalStructure: benchling.SmilesStructure("C")}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = link.Wait(ctx)
	e2eWantItemError(t, err, 0, "molecules[0]")
	if l, _, _ := c.CustomEntities.List(ctx, &benchling.CustomEntityListOptions{EntityListFilters: benchling.EntityListFilters{Name: "New"}}); len(l) != 0 {
		t.Errorf("a failed task wrote %+v", l)
	}
}
