package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleNucleotideAlignmentsService_CreateTemplateAlignment aligns a
// sequencing read (a FASTA file) to a plasmid's region and reports where
// it lies and how well it matches. The task's result is the alignment.
func ExampleNucleotideAlignmentsService_CreateTemplateAlignment() {
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

	tmpl, _, err := client.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "pUC19 MCS",
		FolderID: benchling.Ptr(srv.FolderID()),
	},
		Bases: "GAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGAC"})
	if err != nil {
		log.Fatal(err)
	}
	link, _, err := client.NucleotideAlignments.CreateTemplateAlignment(ctx, &benchling.NucleotideTemplateAlignmentCreate{
		Name: benchling.Ptr("MCS check"), TemplateSequenceID: tmpl.ID, Algorithm: benchling.AlignmentAlgorithmMafft,
		Files: benchling.AlignmentFiles{
			&benchling.NucleotideAlignmentFile{Name: "read1.fasta", Data: []byte(">read1\nGGTACCCGGGGATCC\n")},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	alignment, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range alignment.AlignedSequences {
		fmt.Printf("%-10s %s %d..%d\n", row.Name, row.Bases, row.TrimStart, row.TrimEnd)
	}
	read := alignment.AlignedSequences[1]
	fmt.Printf("identity %.2f\n", read.PairwiseIdentity)
	// Output:
	// pUC19 MCS  GAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGAC 0..39
	// read1.fasta ------------GGTACCCGGGGATCC------------ 12..27
	// identity 1.00
}
