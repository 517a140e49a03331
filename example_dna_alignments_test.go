package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleDnaAlignmentsService_CreateConsensusAlignment builds a consensus
// of two overlapping reads with the deprecated DNA alignments API (new
// code uses NucleotideAlignments, with the same bodies); the consensus is
// saved as a new sequence.
func ExampleDnaAlignmentsService_CreateConsensusAlignment() {
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

	link, _, err := client.DnaAlignments.CreateConsensusAlignment(ctx, &benchling.DnaConsensusAlignmentCreate{
		NucleotideAlignmentCreateBase: benchling.NucleotideAlignmentCreateBase{
			Algorithm: benchling.AlignmentAlgorithmClustalo,
			Files: benchling.AlignmentFiles{
				&benchling.NucleotideAlignmentFile{Name: "fwd.txt", Data: []byte("ATGGCCAAGCTTTAA")},
				&benchling.NucleotideAlignmentFile{Name: "rev.txt", Data: []byte("GCCAAGCTTTAA")},
			},
		},
		NewSequence: &benchling.NucleotideConsensusAlignmentCreateNewSequence{FolderID: benchling.Ptr(srv.FolderID())},
	})
	if err != nil {
		log.Fatal(err)
	}
	alignment, err := link.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	consensus, _, err := client.DnaSequences.Get(ctx, alignment.ReferenceSequenceID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(alignment.AlignedSequences), "reads;", "consensus", consensus.Bases)
	// Output:
	// 2 reads; consensus ATGGCCAAGCTTTAA
}
