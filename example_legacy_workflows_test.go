package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleLegacyWorkflowsService_ListStages walks a legacy workflow: its
// stages, their runs, and what each run produced.
func ExampleLegacyWorkflowsService_ListStages() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	seqs := srv.SeedDnaSequences(2)
	_, stages := srv.SeedLegacyWorkflow("Cloning", "Digest", "Ligate")
	if _, err := srv.AddLegacyWorkflowStageRun(stages[0], benchlingtest.LegacyStageRun{
		Name: "Digest 1", Status: "COMPLETED", Input: seqs[:1], Output: seqs[1:]}); err != nil {
		log.Fatal(err)
	}
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	lw := client.LegacyWorkflows

	workflows, _, err := lw.List(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, wf := range workflows {
		stages, _, err := lw.ListStages(ctx, wf.ID)
		if err != nil {
			log.Fatal(err)
		}
		for _, st := range stages {
			runs, _, err := lw.ListStageRuns(ctx, st.ID)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Println(wf.Name, "/", st.Name, "-", len(runs), "run(s)")
			for _, run := range runs {
				out, _, err := lw.ListStageRunOutputSamples(ctx, run.ID)
				if err != nil {
					log.Fatal(err)
				}
				fmt.Println("  ", run.Name, run.Status, len(out), "output sample(s)")
			}
		}
	}
	// Output:
	// Cloning / Digest - 1 run(s)
	//    Digest 1 COMPLETED 1 output sample(s)
	// Cloning / Ligate - 0 run(s)
}
