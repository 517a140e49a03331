package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleEntitiesService_BulkUpsert upserts a kit and its substrate, of
// two kinds, in one task: the kit's field links to the substrate by the
// registry ID the same request gives it.
func ExampleEntitiesService_BulkUpsert() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds them.
	schemas, err := srv.Add("entity-schemas",
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Assay Kit", Type: benchling.SchemaTypeCustomEntity}},
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Substrate", Type: benchling.SchemaTypeMolecule}})
	if err != nil {
		log.Fatal(err)
	}
	kitSchema, substrateSchema := schemas[0], schemas[1]
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	reg := srv.RegistryID()

	link, _, err := client.Entities.BulkUpsert(ctx, &benchling.EntitiesBulkUpsertRequest{
		CustomEntities: []*benchling.CustomEntityBulkUpsertRequest{{
			EntityRegistryID: "KIT-1", EntityUpsertBase: benchling.EntityUpsertBase{
				Name:       "Phosphatase assay kit",
				RegistryID: reg,
				SchemaID:   kitSchema,
				Fields:     benchling.Fields{"Substrate": {Value: benchling.RegistryIDValue("SUB-1")}},
			},
		}},
		Molecules: []*benchling.MoleculeBulkUpsertRequest{{
			EntityRegistryID: "SUB-1", EntityUpsertBase: benchling.EntityUpsertBase{
				Name:       "pNPP",
				RegistryID: reg,
				SchemaID:   substrateSchema,
			},
			ChemicalStructure: benchling.SmilesStructure("O=[N+]([O-])c1ccc(OP(=O)(O)O)cc1"),
		}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	r, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	substrate, _ := r.CustomEntities[0].Fields["Substrate"].Value.AsString()
	fmt.Println(substrate == r.Molecules[0].ID)
	for _, e := range r.Entities() {
		fmt.Println(e.Kind(), *e.Labels().EntityRegistryID, e.Labels().Name)
	}
	// Output:
	// true
	// custom_entity KIT-1 Phosphatase assay kit
	// molecule SUB-1 pNPP
}
