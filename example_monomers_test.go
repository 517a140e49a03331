package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleMonomersService_Create adds a phosphorothioate backbone monomer
// to the tenant's nucleotide notation: its attachment points are the
// SMILES's mapped atoms ([OH:1], [OH:2]), and Benchling computes its
// weight. Update then clears its colour with an explicit null.
func ExampleMonomersService_Create() {
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

	m, _, err := client.Monomers.Create(ctx, &benchling.MonomerCreate{
		Name: "(Rp)-Phosphorothioate", Symbol: "Rsp", NaturalAnalog: "p",
		Smiles: "O[P@@](=S)([OH:1])[OH:2]", Color: benchling.Ptr("#7051FC"),
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Symbol, m.MonomerType, m.AttachmentPoints, m.CalculatedMolecularWeight, *m.VisualColor)
	m, _, err = client.Monomers.Update(ctx, m.ID, &benchling.MonomerUpdate{Color: benchling.Null[string]()}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.VisualColor == nil)
	// Output:
	// Rsp BACKBONE [OH OH] 114.055 #7051FC
	// true
}
