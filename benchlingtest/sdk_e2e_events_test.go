package benchlingtest_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

// TestE2EEventsOfWorkflowsRequestsAndLab: the changes a request makes to
// workflow task groups, tasks and outputs, legacy requests, assay runs
// and lab automation become the spec's events, in order, each decoded by
// the SDK into its typed struct with the item as it was.
func TestE2EEventsOfWorkflowsRequestsAndLab(t *testing.T) {
	srv, c, schema, group, users := workflowTenant(t) // a task group is created
	ctx := e2eCtx(t)
	progress, _ := schema.StatusLifecycle.Status("In Progress")

	if _, _, err := c.WorkflowTaskGroups.Update(ctx, group.ID, &benchling.WorkflowTaskGroupUpdate{WatcherIDs: users}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.WorkflowTaskGroups.Update(ctx, group.ID, &benchling.WorkflowTaskGroupUpdate{Name: benchling.Ptr("Renamed")}); err != nil {
		t.Fatal(err) // no event type for a name
	}
	task, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.WorkflowTasks.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{
		Fields: benchling.Fields{"Yield": {Value: benchling.NumberValue(2.5)}}, StatusID: benchling.Ptr(progress.ID),
		AssigneeID: benchling.Ptr(users[1]), ScheduledOn: benchling.Ptr("2024-07-01")}); err != nil {
		t.Fatal(err)
	}
	out, _, err := c.WorkflowOutputs.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: task.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.WorkflowOutputs.Update(ctx, out.ID, &benchling.WorkflowOutputUpdate{Fields: benchling.Fields{"Mass": {Value: benchling.NumberValue(1)}}}); err != nil {
		t.Fatal(err)
	}

	ids := srv.SeedSchemas()
	req, _, err := c.LegacyRequests.Create(ctx, &benchling.RequestCreate{SchemaID: ids["Sequencing Request"], ProjectID: srv.ProjectID(),
		Fields: benchling.Fields{"Sample Count": {Value: benchling.NumberValue(2)}}, SampleGroups: []benchling.RequestSampleGroupCreate{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.LegacyRequests.Update(ctx, req.ID, &benchling.RequestUpdate{Fields: benchling.Fields{"Sample Count": {Value: benchling.NumberValue(3)}}}); err != nil {
		t.Fatal(err)
	}

	run := labRun(t, ctx, c, ids)
	if _, _, err := c.AssayRuns.Update(ctx, run, &benchling.AssayRunUpdate{Fields: benchling.Fields{"Instrument": {Value: benchling.StringValue("Spark")}}}); err != nil {
		t.Fatal(err)
	}
	gens, _, err := c.AssayRuns.ListAutomationInputGenerators(ctx, run, nil)
	if err != nil || len(gens) != 1 {
		t.Fatalf("generators %v %v", gens, err)
	}
	gtask, _, err := c.LabAutomation.GenerateInput(ctx, gens[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := gtask.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.LabAutomation.UpdateTransform(ctx, gen.Transforms[0].ID, &benchling.LabAutomationTransformUpdate{
		Errors: []benchling.LabAutomationBenchlingAppError{{Message: "plate map has no A1"}}}); err != nil {
		t.Fatal(err)
	}
	blob, err := c.Blobs.Upload(ctx, "readout.csv", strings.NewReader("OD600\n0.5\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	proc, _, err := c.LabAutomation.CreateOutputProcessor(ctx, &benchling.AutomationOutputProcessorCreate{
		AssayRunID: run, AutomationFileConfigName: "Readout", FileID: blob.ID})
	if err != nil {
		t.Fatal(err)
	}
	ptask, _, err := c.LabAutomation.ProcessOutput(ctx, proc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ptask.Wait(ctx); err != nil {
		t.Fatal(err)
	}

	evs := e2eCollect(t, c.Events.All(ctx, nil))
	var types []string
	for _, ev := range evs {
		types = append(types, string(ev.Base().EventType))
	}
	want := []string{
		"v2.workflowTaskGroup.created", "v2.workflowTaskGroup.updated.watchers",
		"v2.workflowTask.created", "v2.workflowTask.updated.fields", "v2.workflowTask.updated.status",
		"v2.workflowTask.updated.assignee", "v2.workflowTask.updated.scheduledOn",
		"v2.workflowOutput.created", "v2.workflowOutput.updated.fields",
		"v2.request.created", "v2.request.updated.fields",
		"v2.assayRun.created", "v2.assayRun.updated.fields",
		"v2.automationFileTransform.updated.status.succeeded", "v2.automationInputGenerator.completed",
		"v2.automationFileTransform.updated.status.failed",
		"v2.automationOutputProcessor.uploaded",
		"v2.automationFileTransform.updated.status.succeeded", "v2.automationOutputProcessor.completed",
	}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Fatalf("event types (-want +got):\n%s", diff)
	}
	for i, ev := range evs {
		if _, ok := ev.(*benchling.UnknownEvent); ok {
			t.Errorf("event %d (%s) decoded as *UnknownEvent", i, types[i])
		}
	}
	if e, ok := evs[1].(*benchling.WorkflowTaskGroupUpdatedWatchersEvent); !ok || e.WorkflowTaskGroup.ID != group.ID || len(e.WorkflowTaskGroup.Watchers) != 2 {
		t.Errorf("watchers event: %#v", evs[1])
	}
	if e, ok := evs[2].(*benchling.WorkflowTaskCreatedEvent); !ok || e.WorkflowTask.ID != task.ID || e.WorkflowTask.Status.ID == progress.ID {
		t.Errorf("task created event: %#v", evs[2])
	}
	if e, ok := evs[4].(*benchling.WorkflowTaskUpdatedStatusEvent); !ok || e.WorkflowTask.ID != task.ID || e.WorkflowTask.Status.ID != progress.ID {
		t.Errorf("status event: %#v", evs[4])
	}
	if e, ok := evs[5].(*benchling.WorkflowTaskUpdatedAssigneeEvent); !ok || e.WorkflowTask.Assignee == nil || e.WorkflowTask.Assignee.ID != users[1] {
		t.Errorf("assignee event: %#v", evs[5])
	}
	if e, ok := evs[6].(*benchling.WorkflowTaskUpdatedScheduledOnEvent); !ok || e.WorkflowTask.ScheduledOn == nil || *e.WorkflowTask.ScheduledOn != "2024-07-01" {
		t.Errorf("scheduledOn event: %#v", evs[6])
	}
	if e, ok := evs[8].(*benchling.WorkflowOutputUpdatedFieldsEvent); !ok || e.WorkflowOutput.ID != out.ID || e.WorkflowOutput.Fields["Mass"].Value.Raw() == nil {
		t.Errorf("output fields event: %#v", evs[8])
	}
	if e, ok := evs[9].(*benchling.RequestCreatedEvent); !ok || e.Request.ID != req.ID || e.Base().Schema == nil || e.Base().Schema.ID != ids["Sequencing Request"] {
		t.Errorf("request created event: %#v", evs[9])
	}
	if e, ok := evs[10].(*benchling.RequestUpdatedFieldsEvent); !ok || e.Request.ID != req.ID || !slices.Equal(e.Updates, []string{"fields.Sample Count"}) {
		t.Errorf("request fields event: %#v", evs[10])
	}
	if e, ok := evs[11].(*benchling.AssayRunCreatedEvent); !ok || e.AssayRun.ID != run {
		t.Errorf("run created event: %#v", evs[11])
	}
	if e, ok := evs[12].(*benchling.AssayRunUpdatedFieldsEvent); !ok || e.AssayRun.ID != run || len(e.Updates) != 1 || !strings.HasPrefix(e.Updates[0], "fields.") {
		t.Errorf("run fields event: %#v", evs[12])
	}
	if e, ok := evs[13].(*benchling.AutomationTransformStatusSucceededEventV2Event); !ok || e.AutomationFileTransform.ID != gen.Transforms[0].ID ||
		e.AutomationFileTransform.Status != benchling.AutomationFileStatusSucceeded {
		t.Errorf("transform succeeded event: %#v", evs[13])
	}
	if e, ok := evs[14].(*benchling.AutomationInputGeneratorCompletedV2Event); !ok || e.AutomationInputGenerator.ID != gen.ID ||
		e.AutomationInputGenerator.File == nil || e.AutomationInputGenerator.File.ID != gen.File.ID || e.AutomationInputGenerator.AssayRunID != run {
		t.Errorf("generator completed event: %#v", evs[14])
	}
	if e, ok := evs[16].(*benchling.AutomationOutputProcessorUploadedV2Event); !ok || e.AutomationOutputProcessor.ID != proc.ID ||
		e.AutomationOutputProcessor.File == nil || e.AutomationOutputProcessor.File.ID != blob.ID {
		t.Errorf("processor uploaded event: %#v", evs[16])
	}
	if e, ok := evs[18].(*benchling.AutomationOutputProcessorCompletedV2Event); !ok || e.AutomationOutputProcessor.ID != proc.ID ||
		e.AutomationOutputProcessor.Status != benchling.AutomationFileStatusSucceeded {
		t.Errorf("processor completed event: %#v", evs[18])
	}
}
