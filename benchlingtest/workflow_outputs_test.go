package benchlingtest_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestWorkflowOutputsE2E drives every WorkflowOutputs method: outputs of
// a task of a schema with an output schema take its prefix, check their
// fields against it, link to their task and group, are made and updated
// in bulk, filter, page and archive.
func TestWorkflowOutputsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	srv.SeedSchemas()
	mass := map[string]any{"id": "tsf_mass", "name": "Mass", "type": "float", "isMulti": false, "isRequired": false, "archiveRecord": nil}
	schemaIDs, err := srv.Add("workflow-task-schemas", map[string]any{"name": "Expression", "prefix": "EXP", "taskGroupPrefix": "EXPG",
		"workflowOutputSchema": map[string]any{"id": "wfoutsch_expr", "name": "Expression result", "prefix": "EXR", "type": "workflow_output",
			"archiveRecord": nil, "fieldDefinitions": []any{mass}}})
	if err != nil {
		t.Fatal(err)
	}
	group, _, err := c.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{FolderID: srv.FolderID(), SchemaID: schemaIDs[0]})
	if err != nil {
		t.Fatal(err)
	}
	task, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		t.Fatal(err)
	}
	s := c.WorkflowOutputs
	out, resp, err := s.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: task.ID, Fields: benchling.Fields{"Mass": {Value: benchling.NumberValue(1.2)}}})
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("Create: %v", err)
	}
	if out.DisplayID != "EXR1" || out.WorkflowTask.ID != task.ID || out.WorkflowTaskGroup.ID != group.ID || out.WebURL == "" || e2eTime(t, out.CreatedAt).IsZero() {
		t.Fatalf("the new output: %+v", out)
	}
	if _, _, err := s.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: task.ID, Fields: benchling.Fields{"Volume": {Value: benchling.NumberValue(1)}}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a field the output schema lacks: %v, want ErrBadRequest", err)
	}
	if _, _, err := s.Create(ctx, &benchling.WorkflowOutputCreate{WorkflowTaskID: "wftask_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown task: %v, want ErrBadRequest", err)
	}

	// The task and its group list the output; the group's other task
	// sees it among the group's outputs.
	tk, _, err := c.WorkflowTasks.Get(ctx, task.ID)
	if err != nil || len(tk.Outputs) != 1 || tk.Outputs[0].ID != out.ID || tk.Outputs[0].DisplayID != "EXR1" {
		t.Errorf("the task's outputs: %v, %+v", err, tk)
	}
	if o, _, err := c.WorkflowTasks.Get(ctx, other.ID); err != nil || len(o.Outputs) != 0 || len(o.WorkflowOutputs) != 1 {
		t.Errorf("the other task's outputs: %v, %+v", err, o)
	}
	if g, _, err := c.WorkflowTaskGroups.Get(ctx, group.ID); err != nil || len(g.Outputs) != 1 || len(g.WorkflowOutputs) != 1 || g.Outputs[0].ID != out.ID {
		t.Errorf("the group's outputs: %v, %+v", err, g)
	}

	up, _, err := s.Update(ctx, out.ID, &benchling.WorkflowOutputUpdate{Fields: benchling.Fields{"Mass": {Value: benchling.NumberValue(1.5)}}})
	if v, _ := up.Fields["Mass"].Value.AsFloat(); err != nil || v != 1.5 || !e2eTime(t, up.ModifiedAt).After(e2eTime(t, out.ModifiedAt)) {
		t.Errorf("Update: %v, %+v", err, up)
	}
	got, _, err := s.Get(ctx, out.ID)
	if err != nil || got.ModifiedAt != up.ModifiedAt {
		t.Errorf("Get: %v, %+v", err, got)
	}
	_, _, err = s.Get(ctx, "wfout_nope")
	e2eWantNotFound(t, err, "wfout_nope")

	// Bulk writes.
	link, _, err := s.BulkCreate(ctx, []*benchling.WorkflowOutputBulkCreate{{WorkflowTaskID: other.ID}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := link.Wait(ctx)
	if err != nil || len(made.WorkflowOutputs) != 1 || made.WorkflowOutputs[0].WorkflowTask.ID != other.ID {
		t.Fatalf("BulkCreate: %v, %+v", err, made)
	}
	res, err := s.CreateMany(ctx, []*benchling.WorkflowOutputBulkCreate{{WorkflowTaskID: task.ID}, {WorkflowTaskID: "wftask_nope"}}, nil)
	var bulkErr *benchling.BulkError
	if !errors.As(err, &bulkErr) || res[0].Err != nil || res[1].Err == nil {
		t.Fatalf("CreateMany with an unknown task: %v, %+v", err, res)
	}
	link2, _, err := s.BulkUpdate(ctx, []*benchling.WorkflowOutputBulkUpdate{{WorkflowOutputID: made.WorkflowOutputs[0].ID,
		Fields: benchling.Fields{"Mass": {Value: benchling.NumberValue(3)}}}})
	if err != nil {
		t.Fatal(err)
	}
	if u, err := link2.Wait(ctx); err != nil || len(u.WorkflowOutputs) != 1 {
		t.Errorf("BulkUpdate: %v, %+v", err, u)
	}
	ures, err := s.UpdateMany(ctx, []*benchling.WorkflowOutputBulkUpdate{{WorkflowOutputID: res[0].Value.ID,
		Fields: benchling.Fields{"Mass": {Value: benchling.NumberValue(9)}}}}, nil)
	if err != nil || len(ures) != 1 || ures[0].Value.ID != res[0].Value.ID {
		t.Errorf("UpdateMany: %v, %+v", err, ures)
	}

	// The list's filters: out and res[0] are task's, made other's.
	all := []string{out.ID, made.WorkflowOutputs[0].ID, res[0].Value.ID}
	slices.Sort(all)
	lst := func(o *benchling.WorkflowOutputListOptions) []string {
		t.Helper()
		return listedIDs(t, ctx, s.List, o, func(o *benchling.WorkflowOutput) string { return o.ID })
	}
	mine := []string{out.ID, res[0].Value.ID}
	slices.Sort(mine)
	for name, tc := range map[string]struct {
		o    *benchling.WorkflowOutputListOptions
		want []string
	}{
		"all":    {nil, all},
		"task":   {&benchling.WorkflowOutputListOptions{WorkflowTaskIDs: []string{task.ID}}, mine},
		"group":  {&benchling.WorkflowOutputListOptions{WorkflowItemListFilters: benchling.WorkflowItemListFilters{WorkflowTaskGroupIDs: []string{group.ID}}}, all},
		"schema": {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: "wfoutsch_expr"}}, all},
		// The spec's meaning of schemaId: the workflow task schema.
		"task schema":       {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: schemaIDs[0]}}, all},
		"task schema field": {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: schemaIDs[0]}, WorkflowItemListFilters: benchling.WorkflowItemListFilters{SchemaFields: benchling.SchemaFieldFilters{"Mass": ">= 2"}}}, []string{made.WorkflowOutputs[0].ID, res[0].Value.ID}},
		"other schema":      {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: "prstsch_other"}}, nil},
		"creator":           {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{CreatorIDs: []string{srv.AdminUserID()}}}, all},
		"name":              {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{Name: "exr1"}}, []string{out.ID}},
		"display":           {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{DisplayIDs: []string{"EXR1"}}}, []string{out.ID}},
		"field":             {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: "wfoutsch_expr"}, WorkflowItemListFilters: benchling.WorkflowItemListFilters{SchemaFields: benchling.SchemaFieldFilters{"Mass": ">= 2"}}}, []string{made.WorkflowOutputs[0].ID, res[0].Value.ID}},
		"unwatched":         {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{"null"}}}, all},
		"no origin":         {&benchling.WorkflowOutputListOptions{CreationOriginIDs: []string{"etr_1"}}, nil},
		"no team":           {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ResponsibleTeamIDs: []string{"team_1"}}}, nil},
		"linked":            {&benchling.WorkflowOutputListOptions{WorkflowItemListFilters: benchling.WorkflowItemListFilters{LinkedItemIDsAnyOf: []string{"bfi_1"}, LinkedItemIDsAllOf: []string{"bfi_1"}, LinkedItemIDsNoneOf: []string{"bfi_2"}}}, nil},
		"modified":          {&benchling.WorkflowOutputListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ModifiedAt: "> 2000-01-01", NameIncludes: "EXR", IDs: []string{out.ID}}}, []string{out.ID}},
	} {
		want := tc.want
		slices.Sort(want)
		if diff := cmp.Diff(want, lst(tc.o), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("List %s (-want +got):\n%s", name, diff)
		}
	}
	if got := e2eCollect(t, s.All(ctx, &benchling.WorkflowOutputListOptions{ListOptions: benchling.ListOptions{PageSize: 2}})); len(got) != 3 {
		t.Errorf("All by two: %d", len(got))
	}
	if n := countPages(t, s.Pages(ctx, &benchling.WorkflowOutputListOptions{ListOptions: benchling.ListOptions{PageSize: 2}})); n != 2 {
		t.Errorf("%d pages of two, want 2", n)
	}

	ch, _, err := s.Archive(ctx, &benchling.WorkflowOutputsArchive{WorkflowOutputIDs: []string{out.ID}, Reason: benchling.EntityArchiveReasonOther})
	if err != nil || !slices.Equal(ch.WorkflowOutputIDs, []string{out.ID}) || len(lst(nil)) != 2 {
		t.Fatalf("Archive: %v, %+v", err, ch)
	}
	if ch, _, err := s.Unarchive(ctx, []string{out.ID}); err != nil || !slices.Equal(ch.WorkflowOutputIDs, []string{out.ID}) || len(lst(nil)) != 3 {
		t.Errorf("Unarchive: %v, %+v", err, ch)
	}
}
