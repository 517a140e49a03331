package benchling_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleRegistryService_BulkRegisterEntities finds the registry by name,
// registers a custom entity and a molecule made in a folder, then gets them
// back by their new registry IDs: one list of entities of any kind, whose
// shared fields Base returns, and the rest read with a type switch.
func ExampleRegistryService_BulkRegisterEntities() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	strainSchema, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Strain", Type: benchling.SchemaTypeCustomEntity}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	folder := srv.FolderID()

	reg, err := client.Registry.ByName(ctx, "Benchling Test Registry")
	if err != nil {
		log.Fatal(err)
	}
	strain, _, err := client.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "E. coli DH5a", FolderID: &folder}, SchemaID: strainSchema[0]})
	if err != nil {
		log.Fatal(err)
	}
	iptg, _, err := client.Molecules.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "IPTG",
		FolderID: &folder,
	},
		ChemicalStructure: benchling.SmilesStructure("CC(C)SC1OC(CO)C(O)C(O)C1O")})
	if err != nil {
		log.Fatal(err)
	}
	link, _, err := client.Registry.BulkRegisterEntities(ctx, reg.ID, &benchling.RegisterEntities{
		EntityIDs: []string{strain.ID, iptg.ID}, NamingStrategy: benchling.NamingStrategyIDsFromNames})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil {
		log.Fatal(err)
	}
	entities, _, err := client.Registry.BulkGetRegisteredEntities(ctx, reg.ID, []string{"E. coli DH5a", "IPTG"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entities {
		b := e.Base() // what every kind has
		switch e := e.(type) {
		case *benchling.CustomEntityWithEntityType:
			fmt.Println("custom entity", *b.EntityRegistryID, b.ID == strain.ID)
		case *benchling.MoleculeWithEntityType:
			fmt.Println("molecule", *b.EntityRegistryID, e.CanonicalizedSmiles)
		default:
			fmt.Println(e.Kind(), b.ID)
		}
	}

	// Registering the strain again is refused, and nothing is registered.
	_, _, err = client.Registry.BulkRegisterEntities(ctx, reg.ID, &benchling.RegisterEntities{
		EntityIDs: []string{strain.ID}, NamingStrategy: benchling.NamingStrategyNewIDs})
	fmt.Println(errors.Is(err, benchling.ErrBadRequest))
	// Output:
	// custom entity E. coli DH5a true
	// molecule IPTG CC(C)SC1OC(CO)C(O)C(O)C1O
	// true
}

// ExampleRegistryService_UnregisterEntities moves a registered entity out
// of the registry into a folder.
func ExampleRegistryService_UnregisterEntities() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	// Registry entities name a schema of the tenant; the API cannot create
	// schemas, so the test tenant adds one.
	reagent, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Reagent", Type: benchling.SchemaTypeCustomEntity}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	reg := srv.RegistryID()

	e, _, err := client.CustomEntities.Upsert(ctx, "CE-42", &benchling.CustomEntityUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{Name: "Reagent 42", RegistryID: reg, SchemaID: reagent[0]}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*e.EntityRegistryID, e.FolderID == nil)
	if _, err := client.Registry.UnregisterEntities(ctx, reg, &benchling.UnregisterEntities{EntityIDs: []string{e.ID}, FolderID: srv.FolderID()}); err != nil {
		log.Fatal(err)
	}
	e, _, err = client.CustomEntities.Get(ctx, e.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(e.EntityRegistryID == nil, *e.FolderID == srv.FolderID())
	// Output:
	// CE-42 true
	// true true
}
