package benchling_test

import (
	"context"
	"fmt"
	"log"
	"strings"
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

// ExampleLabAutomationService_ProcessFile sends an instrument's output
// file through lab automation: the file is uploaded, processed by the
// run's "Readout" configuration, and its rows become assay results (the
// fake reads a CSV whose columns are a result schema's fields); a row that
// fails goes to the processor's error file.
func ExampleLabAutomationService_ProcessFile() {
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

	readout := strings.NewReader("OD600,Sample\n0.412,seq_A1\n0.398,seq_A2\noverflow,seq_A3\n")
	proc, err := client.LabAutomation.ProcessFile(ctx, "readout.csv", readout, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: created.AssayRuns[0], AutomationFileConfigName: "Readout", CompleteWithErrors: benchling.Ptr(true),
	}, &benchling.BlobUploadOptions{MimeType: "text/csv"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(proc.Status, proc.ProgressStats.RowsSucceeded, "rows saved,", proc.ProgressStats.RowsFailed, "in", proc.ErrorFile.Name)
	n := 0
	for _, err := range client.AssayResults.All(ctx, &benchling.AssayResultListOptions{AutomationOutputProcessorID: proc.ID}) {
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	fmt.Println(n, "results")
	// Output:
	// SUCCEEDED 2 rows saved, 1 in errors.csv
	// 2 results
}
