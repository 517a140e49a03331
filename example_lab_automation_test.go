package benchling_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleLabAutomationService_GenerateInput generates the instrument input
// file of an assay run and waits for the task: its typed result is the
// input generator, with the file.
func ExampleLabAutomationService_GenerateInput() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	schemas := srv.SeedSchemas()
	client, err := srv.Client(benchling.WithTaskPolling(time.Millisecond, 10*time.Millisecond))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	created, _, err := client.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{{SchemaID: schemas["Plate Reader Run"], Fields: benchling.Fields{}}})
	if err != nil {
		log.Fatal(err)
	}
	gens, _, err := client.AssayRuns.ListAutomationInputGenerators(ctx, created.AssayRuns[0], nil)
	if err != nil {
		log.Fatal(err)
	}

	task, _, err := client.LabAutomation.GenerateInput(ctx, gens[0].ID)
	if err != nil {
		log.Fatal(err)
	}
	gen, err := task.Wait(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(gen.Status, gen.File.Name, gen.Transforms[0].Status)
	// Output:
	// SUCCEEDED plate_layout.csv SUCCEEDED
}
