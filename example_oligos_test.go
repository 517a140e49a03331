package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleOligosService_BulkGet fetches oligos of both kinds by ID in one
// request, and tells them apart by NucleotideType.
func ExampleOligosService_BulkGet() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx, folder := context.Background(), benchling.Ptr(srv.FolderID())

	dna, _, err := client.DnaOligos.Create(ctx, &benchling.DnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "M13 rev", FolderID: folder}, Bases: benchling.Ptr("CAGGAAACAGCTATGAC")})
	if err != nil {
		log.Fatal(err)
	}
	rna, _, err := client.RnaOligos.Create(ctx, &benchling.RnaOligoCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "crRNA", FolderID: folder}, Bases: benchling.Ptr("UAAUUUCUACU")})
	if err != nil {
		log.Fatal(err)
	}
	oligos, _, err := client.Oligos.BulkGet(ctx, []string{dna.ID, rna.ID}, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range oligos {
		fmt.Println(o.NucleotideType, o.Name)
	}
	// Output:
	// DNA M13 rev
	// RNA crRNA
}
