package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleRnaSequencesService_Create creates a guide RNA on a fake tenant,
// then finds it again by its exact bases and by a part of them.
func ExampleRnaSequencesService_Create() {
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

	guide, _, err := client.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "sgRNA EMX1",
			FolderID: benchling.Ptr(srv.FolderID()),
		},
		Bases: benchling.Ptr("GAGUCCGAGCAGAAGAAGAA"),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(guide.Name, guide.Length, *guide.Helm)

	exact, _, err := client.RnaSequences.MatchBases(ctx, &benchling.MatchBasesRequest{Bases: "gagucCGAGCAGAAGAAGAA"})
	if err != nil {
		log.Fatal(err)
	}
	for s, err := range client.RnaSequences.AllSearchBases(ctx, &benchling.SearchBasesRequest{Bases: "CAGAAGAAGAA"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("contains CAGAAGAAGAA:", s.Name, s.ID == exact[0].ID)
	}

	// T is a DNA base: an RNA sequence with one is refused.
	_, _, err = client.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "typo", FolderID: benchling.Ptr(srv.FolderID())}, Bases: benchling.Ptr("GATC")})
	fmt.Println(err)
	// Output:
	// sgRNA EMX1 20 RNA1{r(G)p.r(A)p.r(G)p.r(U)p.r(C)p.r(C)p.r(G)p.r(A)p.r(G)p.r(C)p.r(A)p.r(G)p.r(A)p.r(A)p.r(G)p.r(A)p.r(A)p.r(G)p.r(A)p.r(A)p}$$$$V2.0
	// contains CAGAAGAAGAA: sgRNA EMX1 true
	// benchling: POST /rna-sequences: 400 Bad Request: Invalid RNA sequence: invalid base 'T' at position 2.
}

// ExampleRnaSequencesService_AutoAnnotate annotates an mRNA with the
// features of a feature library, waiting for the task.
func ExampleRnaSequencesService_AutoAnnotate() {
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

	lib, _, err := client.FeatureLibraries.Create(ctx, &benchling.FeatureLibraryCreate{Name: "mRNA elements", Description: "Kozak and stop codons"})
	if err != nil {
		log.Fatal(err)
	}
	if _, _, err := client.FeatureLibraries.CreateFeature(ctx, &benchling.FeatureCreate{Name: "Kozak", FeatureLibraryID: lib.ID,
		FeatureType: "regulatory", MatchType: benchling.FeatureMatchTypeNucleotide, Pattern: "GCCACCATGG"}); err != nil {
		log.Fatal(err)
	}
	mrna, _, err := client.RnaSequences.Create(ctx, &benchling.RnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "GFP mRNA",
		FolderID: benchling.Ptr(srv.FolderID()),
	},
		Bases: benchling.Ptr("GGGAAAGCCACCAUGGUGAGCAAGGGCGAG")})
	if err != nil {
		log.Fatal(err)
	}

	link, _, err := client.RnaSequences.AutoAnnotate(ctx, &benchling.AutoAnnotateRnaSequences{
		RnaSequenceIDs: []string{mrna.ID}, FeatureLibraryIDs: []string{lib.ID}})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := link.Wait(ctx); err != nil { // the task has no response: wait for it to end
		log.Fatal(err)
	}
	mrna, _, err = client.RnaSequences.Get(ctx, mrna.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range mrna.Annotations {
		fmt.Printf("%s (%s) at %d..%d\n", a.Name, a.Type, a.Start, a.End)
	}
	// Output:
	// Kozak (regulatory) at 6..16
}

// ExampleRnaSequencesService_UpdateMany renames many RNA sequences at
// once, in bulk tasks of at most MaxBulkSequences items.
func ExampleRnaSequencesService_UpdateMany() {
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

	var creates []*benchling.RnaSequenceBulkCreate
	for _, b := range []string{"ACGUACGU", "UUGGCCAA", "GGAUCC"} {
		creates = append(creates, &benchling.RnaSequenceBulkCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "oligo " + b, FolderID: benchling.Ptr(srv.FolderID())}, Bases: &b})
	}
	created, err := client.RnaSequences.CreateMany(ctx, creates, nil)
	if err != nil {
		log.Fatal(err)
	}
	var updates []*benchling.RnaSequenceBulkUpdate
	for i, r := range created {
		updates = append(updates, &benchling.RnaSequenceBulkUpdate{ID: r.Value.ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr(fmt.Sprintf("siRNA %d", i+1))}})
	}
	updated, err := client.RnaSequences.UpdateMany(ctx, updates, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range updated {
		fmt.Println(r.Value.Name, r.Value.Bases)
	}
	// Output:
	// siRNA 1 ACGUACGU
	// siRNA 2 UUGGCCAA
	// siRNA 3 GGAUCC
}
