package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleMoleculesService_Create registers molecules from SMILES on a fake
// tenant and finds the ones that contain a benzene ring. A structure that
// does not parse is refused.
func ExampleMoleculesService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	reg := srv.RegistryID()

	for _, m := range []struct{ name, smiles string }{{"Aspirin", "CC(=O)Oc1ccccc1C(=O)O"}, {"Ethanol", "CCO"}} {
		if _, _, err := client.Molecules.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{
			Name:           m.name,
			RegistryID:     &reg,
			NamingStrategy: benchling.NamingStrategyKeepNames,
		},
			ChemicalStructure: benchling.SmilesStructure(m.smiles)}); err != nil {
			log.Fatal(err)
		}
	}
	rings, _, err := client.Molecules.List(ctx, &benchling.MoleculeListOptions{ChemicalSubstructureSmiles: "c1ccccc1"})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range rings {
		fmt.Println(*m.EntityRegistryID, m.CanonicalizedSmiles)
	}
	_, _, err = client.Molecules.Create(ctx, &benchling.MoleculeCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "Typo",
		FolderID: benchling.Ptr(srv.FolderID()),
	},
		ChemicalStructure: benchling.SmilesStructure("CC(=O")})
	fmt.Println(err)
	// Output:
	// Aspirin CC(=O)Oc1ccccc1C(=O)O
	// benchling: POST /molecules: 400 Bad Request: Invalid Molecule: invalid SMILES: unbalanced '('.
}
