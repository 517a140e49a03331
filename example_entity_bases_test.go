package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleEntityCreateBase registers entities of two kinds with one
// EntityCreateBase: what every kind's create body has alike (name,
// folder, fields, registration) is one struct, so code that registers
// any kind builds it once and adds only the kind's own fields.
func ExampleEntityCreateBase() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	schemas, err := srv.Add("entity-schemas",
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Cell Line", Type: benchling.SchemaTypeCustomEntity}},
		&benchling.EntitySchema{Schema: benchling.Schema{Name: "Plasmid", Type: benchling.SchemaTypeDnaSequence}})
	if err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	register := func(name string) benchling.EntityCreateBase {
		return benchling.EntityCreateBase{
			Name:           name,
			RegistryID:     benchling.Ptr(srv.RegistryID()),
			NamingStrategy: benchling.NamingStrategyNewIDs,
		}
	}
	cells, _, err := client.CustomEntities.Create(ctx, &benchling.CustomEntityCreate{
		EntityCreateBase: register("HEK293"),
		SchemaID:         schemas[0],
	})
	if err != nil {
		log.Fatal(err)
	}
	plasmid, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{
		EntityCreateBase: register("pUC19"),
		SchemaID:         benchling.Ptr(schemas[1]),
		Bases:            "ATGCATGC",
		IsCircular:       true,
	})
	if err != nil {
		log.Fatal(err)
	}
	// The base's fields read as the kind's own.
	for _, e := range []*benchling.EntityBase{&cells.EntityBase, &plasmid.EntityBase} {
		fmt.Println(e.Name, e.EntityRegistryID != nil)
	}
	// Output:
	// HEK293 true
	// pUC19 true
}

// ExampleEntityListFilters searches two kinds with one EntityListFilters.
func ExampleEntityListFilters() {
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
	if _, _, err := client.AaSequences.Create(ctx, &benchling.AaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{Name: "GFP", FolderID: benchling.Ptr(srv.FolderID())}, AminoAcids: "MSKGEELFTG",
	}); err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{Name: "GFP", FolderID: benchling.Ptr(srv.FolderID())}, Bases: "ATGAGTAAAGGA",
	}); err != nil {
		log.Fatal(err)
	}

	f := benchling.EntityListFilters{FolderID: srv.FolderID(), NamesAnyOf: []string{"gfp"}}
	aa, _, err := client.AaSequences.List(ctx, &benchling.AaSequenceListOptions{EntityListFilters: f})
	if err != nil {
		log.Fatal(err)
	}
	dna, _, err := client.DnaSequences.List(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: f})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(aa), "AA and", len(dna), "DNA sequences named GFP")
	// Output: 1 AA and 1 DNA sequences named GFP
}
