package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleAssayRunsService_Create creates an assay run, reads it back and
// lists its lab automation input files (one per input file configuration
// of its schema).
func ExampleAssayRunsService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	schemas := srv.SeedSchemas() // "Plate Reader Run", with an input file configuration "Plate layout"
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	created, _, err := client.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{{
		SchemaID: schemas["Plate Reader Run"],
		Fields:   benchling.Fields{"Instrument": {Value: benchling.StringValue("Reader 1")}},
	}})
	if err != nil {
		log.Fatal(err)
	}
	run, _, err := client.AssayRuns.Get(ctx, created.AssayRuns[0])
	if err != nil {
		log.Fatal(err)
	}
	instrument, _ := run.Fields["instrument"].Value.AsString()
	fmt.Println(run.Schema.Name, "on", instrument, run.ValidationStatus)

	for gen, err := range client.AssayRuns.AllAutomationInputGenerators(ctx, run.ID, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("input file:", gen.AutomationFileConfig.Name, gen.Status)
	}
	// Output:
	// Plate Reader Run on Reader 1 VALID
	// input file: Plate layout NOT_STARTED
}
