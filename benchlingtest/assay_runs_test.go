package benchlingtest_test

//lint:file-ignore SA1019 the deprecated list of a run's output processors is driven against the fake too

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EAssayRuns creates runs (checked against their schema), reads,
// updates, lists, archives and bulk-gets them, and lists their lab
// automation files.
func TestE2EAssayRuns(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	sch := srv.SeedSchemas()["Plate Reader Run"]

	created, _, err := c.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{
		{SchemaID: sch, Fields: benchling.Fields{"Instrument": {Value: benchling.StringValue("Reader 1")}}},
		{SchemaID: sch, Fields: benchling.AssayFieldsCreate{}, ValidationStatus: benchling.AssayRunValidationStatusInvalid,
			ValidationComment: benchling.Ptr("lid left on"), ProjectID: benchling.Ptr(srv.ProjectID())},
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := created.AssayRuns
	if len(ids) != 2 || !uuidRe.MatchString(ids[0]) {
		t.Fatalf("IDs %v", ids)
	}
	run, _, err := c.AssayRuns.Get(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := run.Fields["instrument"].Value.AsString(); v != "Reader 1" || run.Schema == nil || run.Schema.ID != sch ||
		run.ValidationStatus != benchling.AssayRunValidationStatusValid || !strings.HasPrefix(run.V3ID, "run_") ||
		run.APIURL != srv.URL+"/api/v2/assay-runs/"+ids[0] || run.CreatedAt == "" {
		t.Errorf("Get = %+v", run)
	}
	second, _, _ := c.AssayRuns.Get(ctx, ids[1])
	if second.ValidationStatus != benchling.AssayRunValidationStatusInvalid || *second.ValidationComment != "lid left on" {
		t.Errorf("second run %+v", second)
	}

	// Invalid runs: nothing created, one error per run.
	_, _, err = c.AssayRuns.Create(ctx, []*benchling.AssayRunCreate{
		{SchemaID: sch, Fields: benchling.Fields{}},
		{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"Instrument": benchling.NumberValue(3)}},
	})
	var apiErr *benchling.Error
	if !errors.As(err, &apiErr) || len(apiErr.Items) != 1 || apiErr.Items[0].Index != 1 || !strings.Contains(apiErr.Items[0].Message, "Instrument") {
		t.Fatalf("invalid run: err = %v", err)
	}

	upd, _, err := c.AssayRuns.Update(ctx, ids[0], &benchling.AssayRunUpdate{EquipmentID: benchling.NullableOf("eqpt_XzU5p4dR"),
		Fields: benchling.Fields{"instrument": {Value: benchling.StringValue("Reader 2")}}})
	if v, _ := upd.Fields["instrument"].Value.AsString(); err != nil || v != "Reader 2" || upd.EquipmentID == nil {
		t.Fatalf("Update = %+v, %v", upd, err)
	}
	upd, _, err = c.AssayRuns.Update(ctx, ids[0], &benchling.AssayRunUpdate{EquipmentID: benchling.Null[string]()})
	if err != nil || upd.EquipmentID != nil {
		t.Errorf("clearing the equipment: %+v %v", upd, err)
	}
	if _, _, err := c.AssayRuns.Update(ctx, ids[0], &benchling.AssayRunUpdate{Fields: benchling.Fields{"Plate": {Value: benchling.StringValue("x")}}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown field: err = %v", err)
	}

	// List (the schema is required), bulk-get, archive.
	runs := e2eCollect(t, c.AssayRuns.All(ctx, sch, &benchling.AssayRunListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))
	if len(runs) != 2 {
		t.Errorf("All: %d runs", len(runs))
	}
	if l, _, err := c.AssayRuns.List(ctx, sch, &benchling.AssayRunListOptions{IDs: ids[1:]}); err != nil || len(l) != 1 || l[0].ID != ids[1] {
		t.Errorf("List by ids: %v %v", l, err)
	}
	if l, _, err := c.AssayRuns.List(ctx, "assaysch_other", nil); err != nil || len(l) != 0 {
		t.Errorf("another schema: %v %v", l, err)
	}
	got, _, err := c.AssayRuns.BulkGet(ctx, ids)
	if err != nil || len(got) != 2 {
		t.Errorf("BulkGet: %v %v", got, err)
	}
	ch, _, err := c.AssayRuns.Archive(ctx, &benchling.AssayRunsArchive{AssayRunIDs: ids[1:], Reason: benchling.DataArchiveReasonMadeInError})
	if err != nil || !slices.Equal(ch.AssayRunIDs, ids[1:]) {
		t.Fatalf("Archive: %v %v", ch, err)
	}
	if l, _, _ := c.AssayRuns.List(ctx, sch, nil); len(l) != 1 {
		t.Errorf("after archiving: %d runs listed", len(l))
	}
	if _, _, err := c.AssayRuns.Unarchive(ctx, ids[1:]); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.AssayRuns.Archive(ctx, &benchling.AssayRunsArchive{AssayRunIDs: ids[1:], Reason: "Retired"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a reason runs do not take: err = %v", err)
	}
	if _, _, err := c.AssayRuns.Get(ctx, "00000000-0000-4000-8000-000000000000"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("unknown run: err = %v", err)
	}

	// The run's input generator, made for the schema's input file
	// configuration; the deprecated list makes its output processor.
	gens := e2eCollect(t, c.AssayRuns.AllAutomationInputGenerators(ctx, ids[0], nil))
	if len(gens) != 1 || gens[0].AutomationFileConfig.Name != "Plate layout" || gens[0].AssayRunID != ids[0] ||
		!strings.HasPrefix(gens[0].ID, "aif_") || gens[0].Status != benchling.AutomationFileStatusNotStarted || len(gens[0].Transforms) != 1 {
		t.Errorf("input generators %+v", gens)
	}
	if l, _, err := c.AssayRuns.ListAutomationInputGenerators(ctx, ids[0], &benchling.AutomationInputGeneratorListOptions{ModifiedAt: "< 2000-01-01"}); err != nil || len(l) != 0 {
		t.Errorf("modifiedAt filter: %v %v", l, err)
	}
	if n := len(e2eCollect(t, c.LabAutomation.AllOutputProcessors(ctx, nil))); n != 0 {
		t.Errorf("%d output processors with a file before any", n)
	}
	procs, _, err := c.AssayRuns.ListAutomationOutputProcessors(ctx, ids[0], nil)
	if err != nil || len(procs) != 1 || procs[0].AutomationFileConfig.Name != "Readout" || procs[0].File != nil {
		t.Fatalf("deprecated list: %+v %v", procs, err)
	}
	again := e2eCollect(t, c.AssayRuns.AllAutomationOutputProcessors(ctx, ids[0], nil))
	if len(again) != 1 || again[0].ID != procs[0].ID {
		t.Errorf("the deprecated list made another processor: %+v", again)
	}
	if _, _, err := c.AssayRuns.ListAutomationInputGenerators(ctx, "00000000-0000-4000-8000-000000000000", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("generators of an unknown run: err = %v", err)
	}
	var pages int
	for p, err := range c.AssayRuns.PagesAutomationInputGenerators(ctx, ids[1], nil) {
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("page %v %v", p, err)
		}
		pages++
	}
	for p, err := range c.AssayRuns.PagesAutomationOutputProcessors(ctx, ids[1], nil) {
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("page %v %v", p, err)
		}
		pages++
	}
	if pages != 2 {
		t.Errorf("%d pages", pages)
	}
	var tokens []string
	for p, err := range c.AssayRuns.Pages(ctx, sch, &benchling.AssayRunListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		tokens = append(tokens, p.NextToken)
	}
	if len(tokens) != 2 || tokens[0] == "" || tokens[1] != "" {
		t.Errorf("Pages: tokens %q", tokens)
	}
}
