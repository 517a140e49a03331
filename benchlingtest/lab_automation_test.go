package benchlingtest_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// labRun creates a run of the seeded "Plate Reader Run" schema (input
// configuration "Plate layout", output configuration "Readout").
func labRun(t *testing.T, ctx context.Context, c *benchling.Client, schemas map[string]string) string {
	t.Helper()
	created, _, err := c.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{{SchemaID: schemas["Plate Reader Run"], Fields: benchling.Fields{}}})
	if err != nil {
		t.Fatal(err)
	}
	return created.AssayRuns[0]
}

// TestE2ELabAutomationInputGenerators generates a run's input file, and
// an app reports on the generator's transform step.
func TestE2ELabAutomationInputGenerators(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	run := labRun(t, ctx, c, srv.SeedSchemas())
	gens, _, err := c.AssayRuns.ListAutomationInputGenerators(ctx, run, nil)
	if err != nil || len(gens) != 1 {
		t.Fatalf("generators %v %v", gens, err)
	}
	gen, _, err := c.LabAutomation.GetInputGenerator(ctx, gens[0].ID)
	if err != nil || gen.File != nil || gen.APIURL != srv.URL+"/api/v2/automation-input-generators/"+gen.ID {
		t.Fatalf("GetInputGenerator = %+v, %v", gen, err)
	}

	task, _, err := c.LabAutomation.GenerateInput(ctx, gen.ID)
	if err != nil {
		t.Fatal(err)
	}
	done, err := task.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if done.ID != gen.ID || done.Status != benchling.AutomationFileStatusSucceeded || done.File == nil || done.File.Name != "plate_layout.csv" ||
		len(done.Transforms) != 1 || done.Transforms[0].Status != benchling.AutomationFileStatusSucceeded ||
		done.Transforms[0].BlobID == nil || *done.Transforms[0].BlobID != done.File.ID {
		t.Fatalf("generated %+v", done)
	}
	step, _, err := c.LabAutomation.GetTransform(ctx, done.Transforms[0].ID)
	if err != nil || step.InputGeneratorID == nil || *step.InputGeneratorID != gen.ID || step.OutputProcessorID != nil {
		t.Fatalf("GetTransform = %+v, %v", step, err)
	}

	// An app reports an error on the step: FAILED, in the generator too.
	step, _, err = c.LabAutomation.UpdateTransform(ctx, step.ID, &benchling.LabAutomationTransformUpdate{
		Errors: []benchling.LabAutomationBenchlingAppError{{Message: "plate map has no A1"}}})
	if err != nil || step.Status != benchling.AutomationFileStatusFailed || len(step.Errors.TopLevelErrors) != 1 ||
		step.Errors.TopLevelErrors[0].ErrorMessage != "plate map has no A1" {
		t.Fatalf("UpdateTransform = %+v, %v", step, err)
	}
	gen, _, _ = c.LabAutomation.GetInputGenerator(ctx, gen.ID)
	if gen.Transforms[0].Status != benchling.AutomationFileStatusFailed {
		t.Errorf("the generator's copy of the step: %+v", gen.Transforms[0])
	}
	step, _, err = c.LabAutomation.UpdateTransform(ctx, step.ID, &benchling.LabAutomationTransformUpdate{BlobID: benchling.Ptr(done.File.ID)})
	if err != nil || step.Status != benchling.AutomationFileStatusSucceeded {
		t.Errorf("reporting a file: %+v %v", step, err)
	}
	if _, _, err := c.LabAutomation.GetTransform(ctx, "aft_missing"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("unknown transform: err = %v", err)
	}

	// Removing the file and setting one.
	gen, _, err = c.LabAutomation.UpdateInputGenerator(ctx, gen.ID, &benchling.AutomationInputGeneratorUpdate{FileID: benchling.Null[string]()})
	if err != nil || gen.File != nil || gen.Status != benchling.AutomationFileStatusNotStarted {
		t.Fatalf("removing the file: %+v %v", gen, err)
	}
	gen, _, err = c.LabAutomation.UpdateInputGenerator(ctx, gen.ID, &benchling.AutomationInputGeneratorUpdate{FileID: benchling.NullableOf(done.File.ID)})
	if err != nil || gen.File == nil || gen.File.ID != done.File.ID {
		t.Fatalf("setting the file: %+v %v", gen, err)
	}
	if _, _, err := c.LabAutomation.GenerateInput(ctx, "aif_missing"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("unknown generator: err = %v", err)
	}
}

// TestE2ELabAutomationOutputProcessors creates, lists, updates, processes
// and archives output processors: an instrument's CSV (uploaded as a blob)
// becomes assay results of the schema its columns name.
func TestE2ELabAutomationOutputProcessors(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	run := labRun(t, ctx, c, schemas)
	csv := "OD600,Sample\n0.51,seq_1\nhigh,seq_2\n0.73,\n"
	blob, err := c.Blobs.Upload(ctx, "readout.csv", strings.NewReader(csv), nil)
	if err != nil {
		t.Fatal(err)
	}

	if _, _, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: run, AutomationFileConfigName: "Plate layout", FileID: blob.ID}); err == nil || !strings.Contains(err.Error(), "Readout") {
		t.Errorf("an input configuration: err = %v, want a 400 naming the output configurations", err)
	}
	if _, _, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: "00000000-0000-4000-8000-000000000000", AutomationFileConfigName: "Readout", FileID: blob.ID}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown run: err = %v", err)
	}
	if _, _, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: run, AutomationFileConfigName: "Readout", FileID: "00000000-0000-4000-8000-000000000000"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown file: err = %v", err)
	}
	proc, resp, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: run, AutomationFileConfigName: "Readout", FileID: blob.ID, CompleteWithErrors: benchling.Ptr(true),
		FolderID: benchling.Ptr(srv.FolderID()), Timezone: benchling.Ptr("Europe/Paris")})
	if err != nil || resp.StatusCode != 201 {
		t.Fatal(err)
	}
	if !strings.HasPrefix(proc.ID, "aop_") || proc.AssayRunID != run || proc.AutomationFileConfig.Name != "Readout" || !proc.CompleteWithErrors ||
		proc.File == nil || proc.File.ID != blob.ID || proc.File.Name != "readout.csv" || proc.Status != benchling.AutomationFileStatusNotStarted ||
		len(proc.Transforms) != 1 {
		t.Fatalf("created %+v", proc)
	}
	if got, _, err := c.LabAutomation.GetOutputProcessor(ctx, proc.ID); err != nil || got.ID != proc.ID {
		t.Errorf("GetOutputProcessor = %v, %v", got, err)
	}

	// The list has only processors with a file: the deprecated list's
	// empty one is left out.
	//lint:ignore SA1019 the deprecated list makes the run's empty processor, which the new list leaves out
	if _, _, err := c.AssayRuns.ListAutomationOutputProcessors(ctx, run, nil); err != nil {
		t.Fatal(err)
	}
	listed := e2eCollect(t, c.LabAutomation.AllOutputProcessors(ctx, &benchling.AutomationOutputProcessorListOptions{AssayRunID: run}))
	if len(listed) != 1 || listed[0].ID != proc.ID {
		t.Errorf("listed %v", e2eIDs(listed, func(p *benchling.AutomationOutputProcessor) string { return p.ID }))
	}
	if l, _, _ := c.LabAutomation.ListOutputProcessors(ctx, &benchling.AutomationOutputProcessorListOptions{AutomationFileConfigName: "Other"}); len(l) != 0 {
		t.Errorf("automationFileConfigName filter: %d", len(l))
	}
	var pages int
	for p, err := range c.LabAutomation.PagesOutputProcessors(ctx, nil) {
		if err != nil || len(p.Items) != 1 || p.NextToken != "" {
			t.Fatalf("page %+v %v", p, err)
		}
		pages++
	}
	if pages != 1 {
		t.Errorf("%d pages", pages)
	}

	// Processing with completeWithErrors: two rows saved, one in the error
	// file.
	task, _, err := c.LabAutomation.ProcessOutput(ctx, proc.ID)
	if err != nil {
		t.Fatal(err)
	}
	done, err := task.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if done.ID != proc.ID || done.Status != benchling.AutomationFileStatusSucceeded || done.ErrorFile == nil ||
		done.ProgressStats != (benchling.AutomationProgressStats{RowsSucceeded: 2, RowsFailed: 1}) ||
		done.Transforms[0].Status != benchling.AutomationFileStatusSucceeded {
		t.Fatalf("processed %+v", done)
	}
	var errs strings.Builder
	if _, err := c.Blobs.Download(ctx, done.ErrorFile.ID, &errs); err != nil || !strings.Contains(errs.String(), "high,seq_2,") ||
		!strings.Contains(errs.String(), "expected a number") {
		t.Errorf("error file %q, %v", errs.String(), err)
	}
	results := e2eCollect(t, c.AssayResults.All(ctx, &benchling.AssayResultListOptions{AutomationOutputProcessorID: proc.ID}))
	if len(results) != 2 || results[0].Schema.ID != schemas["Plate Reader Result"] {
		t.Fatalf("results of the processor: %+v", results)
	}
	if od, _ := results[0].Fields["od600"].Value.AsFloat(); od != 0.51 {
		t.Errorf("first result %+v", results[0].Fields)
	}

	// Archiving the processor archives its results; unarchiving restores
	// them.
	ch, _, err := c.LabAutomation.ArchiveOutputProcessors(ctx, &benchling.AutomationOutputProcessorsArchive{
		AutomationOutputProcessorIDs: []string{proc.ID}, Reason: benchling.EntityArchiveReasonRetired})
	if err != nil || !slices.Equal(ch.AutomationOutputProcessorIDs, []string{proc.ID}) ||
		!slices.Equal(ch.ResultIDs, e2eIDs(results, func(r *benchling.AssayResult) string { return r.ID })) {
		t.Fatalf("Archive = %+v, %v", ch, err)
	}
	if l, _, _ := c.LabAutomation.ListOutputProcessors(ctx, nil); len(l) != 0 {
		t.Errorf("an archived processor is listed")
	}
	if l, _, _ := c.LabAutomation.ListOutputProcessors(ctx, &benchling.AutomationOutputProcessorListOptions{ArchiveReason: "Retired"}); len(l) != 1 {
		t.Errorf("archiveReason=Retired: %d", len(l))
	}
	if l, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{AutomationOutputProcessorID: proc.ID}); len(l) != 0 {
		t.Errorf("%d results of an archived processor listed", len(l))
	}
	if _, _, err := c.LabAutomation.UnarchiveOutputProcessors(ctx, []string{proc.ID}); err != nil {
		t.Fatal(err)
	}
	if l, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{AutomationOutputProcessorID: proc.ID}); len(l) != 2 {
		t.Errorf("%d results after unarchiving", len(l))
	}

	// Without completeWithErrors, one bad row saves nothing; a file that
	// is no results CSV fails the processing.
	bad, err := c.Blobs.Upload(ctx, "bad.csv", strings.NewReader("OD600\n0.1\nn/a\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	strict, _, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: run, AutomationFileConfigName: "Readout", FileID: bad.ID})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []benchling.AutomationProgressStats{{RowsFailed: 1, RowsUnprocessed: 1}, {RowsUnprocessed: 1}} {
		task, _, err := c.LabAutomation.ProcessOutput(ctx, strict.ID)
		if err != nil {
			t.Fatal(err)
		}
		p, err := task.Wait(ctx)
		if err != nil || p.Status != benchling.AutomationFileStatusFailed || p.ProgressStats != want || p.ErrorFile != nil {
			t.Errorf("strict processing: %+v %v, want FAILED with %+v", p, err, want)
		}
		other, err := c.Blobs.Upload(ctx, "notes.csv", strings.NewReader("Colour,Mood\nred,fine\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := c.LabAutomation.UpdateOutputProcessor(ctx, strict.ID, &benchling.AutomationOutputProcessorUpdate{FileID: other.ID}); err != nil {
			t.Fatal(err)
		}
	}
	if l, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{AutomationOutputProcessorID: strict.ID}); len(l) != 0 {
		t.Errorf("a failed processing saved %d results", len(l))
	}
	upd, _, err := c.LabAutomation.GetOutputProcessor(ctx, strict.ID)
	if err != nil || upd.File == nil || upd.File.Name != "notes.csv" || upd.Status != benchling.AutomationFileStatusNotStarted {
		t.Errorf("after updating the file: %+v %v", upd, err)
	}
	if _, _, err := c.LabAutomation.UnarchiveOutputProcessors(ctx, []string{"aop_missing"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("unknown processor: err = %v", err)
	}
	if _, _, err := c.LabAutomation.GetOutputProcessor(ctx, "aop_missing"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("unknown processor: err = %v", err)
	}
}
