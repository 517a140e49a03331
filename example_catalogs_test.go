package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleEnzymesService_List looks enzymes up by name, for the cut sites
// codon optimization should avoid.
func ExampleEnzymesService_List() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	enzymes, _, err := client.Enzymes.List(context.Background(), &benchling.CatalogListOptions{NamesAnyOf: []string{"EcoRI", "BamHI"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range enzymes {
		fmt.Println(e.ID, e.Name, e.RestrictionSite, e.Cutsites)
	}
	// Output:
	// enz_Bm7hIq2c BamHI GGATCC [1 5]
	// enz_6ZVdX98t EcoRI GAATTC [1 5]
}

// ExampleCodonUsageTablesService_All lists every codon usage table, in
// name order (the server's default).
func ExampleCodonUsageTablesService_All() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	for table, err := range client.CodonUsageTables.All(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(table.ID, table.Name)
	}
	// Output:
	// codtab_Cg7rIs5e Cricetulus griseus (CHO)
	// codtab_VfVOART1 Escherichia coli K12
	// codtab_Hs9aPi3n Homo sapiens
	// codtab_Kp2hAf8i Komagataella phaffii (Pichia pastoris)
	// codtab_Mm4uSc2l Mus musculus
	// codtab_Sc3rEv1s Saccharomyces cerevisiae
}

// ExampleCustomNotationsService_All finds a custom notation and writes an
// RNA sequence in it: 2'-O-methyl (m) and plain ribo (r) tokens.
func ExampleCustomNotationsService_All() {
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

	var notation *benchling.CustomNotation
	for n, err := range client.CustomNotations.All(ctx, nil) {
		if err != nil {
			log.Fatal(err)
		}
		if n.Name == "Oligo order syntax" {
			notation = n
		}
	}
	fmt.Println(notation.ID, len(notation.Aliases), "tokens")

	siRNA, _, err := client.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "siRNA guide strand",
			FolderID: benchling.Ptr(srv.FolderID()),
		},
		CustomNotation:   benchling.Ptr("mUrUmGrCmA"),
		CustomNotationID: &notation.ID,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(siRNA.Bases)
	// Output:
	// sntx_lRe007yZ 12 tokens
	// UUGCA
}
