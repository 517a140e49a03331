package benchlingtest_test

import (
	"context"
	"errors"
	"iter"
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// listedIDs lists with list and opts and returns the IDs of the items,
// sorted, failing the test on an error.
func listedIDs[T, O any](t *testing.T, ctx context.Context, list func(context.Context, *O) ([]*T, *benchling.Response, error), opts *O, id func(*T) string) []string {
	t.Helper()
	items, _, err := list(ctx, opts)
	if err != nil {
		t.Fatalf("List %+v: %v", opts, err)
	}
	ids := e2eIDs(items, id)
	slices.Sort(ids)
	return ids
}

// countPages counts the pages of a Pages iterator, failing the test on an
// error.
func countPages[T any](t *testing.T, pages iter.Seq2[*benchling.Page[T], error]) int {
	t.Helper()
	n := 0
	for _, err := range pages {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

// yieldOf is the value of a task's Yield field (0 if none).
func yieldOf(t *benchling.WorkflowTask) float64 {
	v, _ := t.Fields["Yield"].Value.AsFloat()
	return v
}

// workflowTenant seeds the schemas (the "Purification" workflow task
// schema among them), two users, and a task group of Purification in the
// tenant's folder, watched by the first user.
func workflowTenant(t *testing.T) (srv *benchlingtest.Server, c *benchling.Client, schema *benchling.WorkflowTaskSchema, group *benchling.WorkflowTaskGroup, users []string) {
	t.Helper()
	srv, c = e2eSetup(t, nil)
	ids := srv.SeedSchemas()
	users = srv.SeedUsers(2)
	ctx := e2eCtx(t)
	schema, _, err := c.Schemas.GetWorkflowTaskSchema(ctx, ids["Purification"])
	if err != nil {
		t.Fatal(err)
	}
	group, resp, err := c.WorkflowTaskGroups.Create(ctx, &benchling.WorkflowTaskGroupCreate{
		FolderID: srv.FolderID(), SchemaID: schema.ID, WatcherIDs: []string{users[0]}})
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("create a task group: %v", err)
	}
	return srv, c, schema, group, users
}

// TestWorkflowTasksE2E drives every WorkflowTasks method: tasks made in a
// group take its schema and the lifecycle's initial status, move only
// along the lifecycle's transitions, copy with their fields and assignee,
// are made and updated in bulk (an invalid item failing alone), filter,
// page, and archive.
func TestWorkflowTasksE2E(t *testing.T) {
	srv, c, schema, group, users := workflowTenant(t)
	ctx := e2eCtx(t)
	s := c.WorkflowTasks
	lc := &schema.StatusLifecycle
	pending, _ := lc.Status("Pending")
	progress, _ := lc.Status("In Progress")
	done, _ := lc.Status("Completed")

	task, resp, err := s.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID, AssigneeID: benchling.Ptr(users[0]),
		ScheduledOn: benchling.Ptr("2024-03-01"), Fields: benchling.Fields{"Yield": {Value: benchling.NumberValue(2.5)}}})
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("Create: %v", err)
	}
	if task.Status != pending || task.Schema.ID != schema.ID || task.WorkflowTaskGroup.ID != group.ID ||
		task.DisplayID != group.DisplayID+"-T1" || task.Assignee == nil || task.Assignee.ID != users[0] ||
		task.ExecutionType != benchling.WorkflowTaskSchemaExecutionTypeEntry || *task.ScheduledOn != "2024-03-01" ||
		task.Creator.ID != srv.AdminUserID() || e2eTime(t, task.CreatedAt).IsZero() || task.WebURL == "" || yieldOf(task) != 2.5 {
		t.Fatalf("the new task: %+v", task)
	}
	for name, body := range map[string]*benchling.WorkflowTaskCreate{
		"unknown group":    {WorkflowTaskGroupID: "prs_nope"},
		"unknown assignee": {WorkflowTaskGroupID: group.ID, AssigneeID: benchling.Ptr("ent_nope")},
		"unknown field":    {WorkflowTaskGroupID: group.ID, Fields: benchling.Fields{"Colour": {Value: benchling.StringValue("red")}}},
		"not a date":       {WorkflowTaskGroupID: group.ID, ScheduledOn: benchling.Ptr("March 1st")},
	} {
		if _, _, err := s.Create(ctx, body); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create with an %s: %v, want ErrBadRequest", name, err)
		}
	}

	// Status changes follow the lifecycle.
	if next := lc.Next(task.Status.ID); !slices.Contains(next, progress) || slices.Contains(next, done) {
		t.Fatalf("Next(Pending) = %v", next)
	}
	moved, _, err := s.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(progress.ID)})
	if err != nil || moved.Status != progress || !e2eTime(t, moved.ModifiedAt).After(e2eTime(t, task.ModifiedAt)) {
		t.Fatalf("Update to In Progress: %v, %+v", err, moved)
	}
	if _, _, err := s.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(pending.ID)}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("back to Pending (no such transition): %v, want ErrBadRequest", err)
	}
	if _, _, err := s.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr("wfts_nope")}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("an unknown status: %v, want ErrBadRequest", err)
	}
	same, _, err := s.Update(ctx, task.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(progress.ID), AssigneeID: benchling.Ptr(users[1])})
	if err != nil || same.Status != progress || same.Assignee.ID != users[1] {
		t.Errorf("keeping the status, reassigning: %v, %+v", err, same)
	}
	if _, _, err := s.Update(ctx, "wftask_nope", &benchling.WorkflowTaskUpdate{}); err == nil {
		t.Error("Update of an unknown task: no error")
	}
	got, _, err := s.Get(ctx, task.ID)
	if err != nil || got.Status != progress || got.Assignee.ID != users[1] || yieldOf(got) != 2.5 {
		t.Errorf("Get after the updates: %v, %+v", err, got)
	}
	_, _, err = s.Get(ctx, "wftask_nope")
	e2eWantNotFound(t, err, "wftask_nope")

	// A copy has the fields and assignee, the initial status, and names
	// its original.
	cp, resp, err := s.Copy(ctx, task.ID)
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("Copy: %v", err)
	}
	if cp.ID == task.ID || cp.ClonedFrom == nil || cp.ClonedFrom.ID != task.ID || cp.Status != pending ||
		cp.Assignee.ID != users[1] || cp.WorkflowTaskGroup.ID != group.ID {
		t.Errorf("the copy: %+v", cp)
	}
	if diff := cmp.Diff(got.Fields, cp.Fields); diff != "" {
		t.Errorf("the copy's fields (-original +copy):\n%s", diff)
	}
	// Its created event carries them too.
	var created *benchling.WorkflowTaskCreatedEvent
	for ev, err := range c.Events.All(ctx, &benchling.EventListOptions{EventTypes: []benchling.EventType{benchling.EventTypeV2WorkflowTaskCreated}}) {
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := ev.(*benchling.WorkflowTaskCreatedEvent); ok && e.WorkflowTask.ID == cp.ID {
			created = e
		}
	}
	if created == nil || created.WorkflowTask.ClonedFrom == nil || created.WorkflowTask.ClonedFrom.ID != task.ID || cmp.Diff(got.Fields, created.WorkflowTask.Fields) != "" {
		t.Errorf("the copy's created event: %+v", created)
	}
	_, _, err = s.Copy(ctx, "wftask_nope")
	e2eWantNotFound(t, err, "wftask_nope")

	// Bulk: create three, one of them invalid, with CreateMany; the two
	// valid ones are made. Then move them on with UpdateMany.
	res, err := s.CreateMany(ctx, []*benchling.WorkflowTaskBulkCreate{
		{WorkflowTaskGroupID: group.ID, ScheduledOn: benchling.Ptr("2024-04-01")},
		{WorkflowTaskGroupID: "prs_nope"},
		{WorkflowTaskGroupID: group.ID, AssigneeID: benchling.Ptr(users[0])},
	}, nil)
	var bulkErr *benchling.BulkError
	if !errors.As(err, &bulkErr) || res[0].Err != nil || res[1].Err == nil || res[2].Err != nil {
		t.Fatalf("CreateMany with an invalid item: %v, %+v", err, res)
	}
	a, b := res[0].Value, res[2].Value
	link, _, err := s.BulkUpdate(ctx, []*benchling.WorkflowTaskBulkUpdate{
		{WorkflowTaskID: a.ID, StatusID: benchling.Ptr(progress.ID)}, {WorkflowTaskID: b.ID, ScheduledOn: benchling.Ptr("2024-05-01")}})
	if err != nil {
		t.Fatal(err)
	}
	upd, err := link.Wait(ctx)
	if err != nil || len(upd.WorkflowTasks) != 2 || upd.WorkflowTasks[0].Status != progress || *upd.WorkflowTasks[1].ScheduledOn != "2024-05-01" {
		t.Fatalf("BulkUpdate: %v, %+v", err, upd)
	}
	ures, err := s.UpdateMany(ctx, []*benchling.WorkflowTaskBulkUpdate{
		{WorkflowTaskID: a.ID, StatusID: benchling.Ptr(done.ID)}, {WorkflowTaskID: b.ID, StatusID: benchling.Ptr(done.ID)}}, nil)
	var itemErr *benchling.BulkItemError
	if !errors.As(err, &bulkErr) || ures[0].Err != nil || ures[0].Value.Status != done || !errors.As(ures[1].Err, &itemErr) {
		t.Errorf("UpdateMany, one a transition the lifecycle lacks (Pending -> Completed): %v, %+v", err, ures)
	}
	link2, _, err := s.BulkCreate(ctx, []*benchling.WorkflowTaskBulkCreate{{WorkflowTaskGroupID: group.ID}})
	if err != nil {
		t.Fatal(err)
	}
	made, err := link2.Wait(ctx)
	if err != nil || len(made.WorkflowTasks) != 1 || made.WorkflowTasks[0].Status != pending {
		t.Fatalf("BulkCreate: %v, %+v", err, made)
	}
	copies, _, err := s.BulkCopy(ctx, []string{task.ID, a.ID})
	if err != nil {
		t.Fatal(err)
	}
	cps, err := copies.Wait(ctx)
	if err != nil || len(cps.WorkflowTasks) != 2 || cps.WorkflowTasks[0].ClonedFrom.ID != task.ID || cps.WorkflowTasks[1].ClonedFrom.ID != a.ID {
		t.Fatalf("BulkCopy: %v, %+v", err, cps)
	}
	if _, _, err := s.BulkCopy(ctx, []string{"wftask_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkCopy of an unknown task: %v", err)
	}

	// The list's filters. The group holds task, cp, a, b, made and the
	// two bulk copies: seven tasks.
	all := []string{task.ID, cp.ID, a.ID, b.ID, made.WorkflowTasks[0].ID, cps.WorkflowTasks[0].ID, cps.WorkflowTasks[1].ID}
	slices.Sort(all)
	lst := func(o *benchling.WorkflowTaskListOptions) []string {
		t.Helper()
		return listedIDs(t, ctx, s.List, o, func(t *benchling.WorkflowTask) string { return t.ID })
	}
	sorted := func(ids ...string) []string { slices.Sort(ids); return ids }
	for name, tc := range map[string]struct {
		o    *benchling.WorkflowTaskListOptions
		want []string
	}{
		"all":          {nil, all},
		"group":        {&benchling.WorkflowTaskListOptions{WorkflowItemListFilters: benchling.WorkflowItemListFilters{WorkflowTaskGroupIDs: []string{group.ID}}}, all},
		"schema":       {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: schema.ID}}, all},
		"status":       {&benchling.WorkflowTaskListOptions{StatusIDs: []string{progress.ID}}, []string{task.ID}},
		"done":         {&benchling.WorkflowTaskListOptions{StatusIDs: []string{done.ID}}, []string{a.ID}},
		"assignee":     {&benchling.WorkflowTaskListOptions{AssigneeIDs: []string{users[0]}}, sorted(b.ID)},
		"unassigned":   {&benchling.WorkflowTaskListOptions{AssigneeIDs: []string{"null"}}, sorted(a.ID, made.WorkflowTasks[0].ID, cps.WorkflowTasks[1].ID)},
		"watcher":      {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{users[0]}}}, all},
		"no watcher":   {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{"null"}}}, nil},
		"no team":      {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ResponsibleTeamIDs: []string{"null"}}}, all},
		"display ID":   {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{DisplayIDs: []string{task.DisplayID}}}, []string{task.ID}},
		"name":         {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{Name: task.DisplayID}}, []string{task.ID}},
		"nameIncludes": {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{NameIncludes: "-T"}}, all},
		"scheduled":    {&benchling.WorkflowTaskListOptions{ScheduledOn: "2024-03-01"}, sorted(task.ID)},
		"unscheduled":  {&benchling.WorkflowTaskListOptions{ScheduledOn: "null", WorkflowListFilters: benchling.WorkflowListFilters{IDs: []string{task.ID, a.ID, b.ID}}}, nil},
		"before":       {&benchling.WorkflowTaskListOptions{ScheduledOnLt: "2024-04-01"}, []string{task.ID}},
		"from":         {&benchling.WorkflowTaskListOptions{ScheduledOnGte: "2024-04-01", ScheduledOnLte: "2024-05-01"}, sorted(a.ID, b.ID)},
		"after":        {&benchling.WorkflowTaskListOptions{ScheduledOnGt: "2024-04-01"}, []string{b.ID}},
		"type":         {&benchling.WorkflowTaskListOptions{ExecutionTypes: []benchling.WorkflowTaskSchemaExecutionType{benchling.WorkflowTaskSchemaExecutionTypeDirect}}, nil},
		"creator":      {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{CreatorIDs: []string{srv.AdminUserID()}}}, all},
		"modified":     {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ModifiedAt: "> 2000-01-01", IDs: []string{a.ID}}}, []string{a.ID}},
		"not executed": {&benchling.WorkflowTaskListOptions{ExecutionOriginIDs: []string{"etr_1"}}, nil},
		"field":        {&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: schema.ID}, WorkflowItemListFilters: benchling.WorkflowItemListFilters{SchemaFields: benchling.SchemaFieldFilters{"Yield": "2.5"}}}, sorted(task.ID, cp.ID, cps.WorkflowTasks[0].ID)},
		"no links":     {&benchling.WorkflowTaskListOptions{WorkflowItemListFilters: benchling.WorkflowItemListFilters{LinkedItemIDsAnyOf: []string{"bfi_1"}}}, nil},
		"all of none":  {&benchling.WorkflowTaskListOptions{WorkflowItemListFilters: benchling.WorkflowItemListFilters{LinkedItemIDsNoneOf: []string{"bfi_1"}, LinkedItemIDsAllOf: []string{}}}, all},
	} {
		if diff := cmp.Diff(tc.want, lst(tc.o), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("List %s (-want +got):\n%s", name, diff)
		}
	}
	if _, _, err := s.List(ctx, &benchling.WorkflowTaskListOptions{ScheduledOnLt: "soon"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("List with a date that is none: %v", err)
	}
	if got := e2eCollect(t, s.All(ctx, &benchling.WorkflowTaskListOptions{ListOptions: benchling.ListOptions{PageSize: 2}})); len(got) != 7 {
		t.Errorf("All by two: %d tasks", len(got))
	}
	pages := 0
	for p, err := range s.Pages(ctx, &benchling.WorkflowTaskListOptions{ListOptions: benchling.ListOptions{PageSize: 4}}) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
		if pages == 1 && (len(p.Items) != 4 || p.NextToken == "") {
			t.Errorf("the first page: %d items, next %q", len(p.Items), p.NextToken)
		}
	}
	if pages != 2 {
		t.Errorf("%d pages, want 2", pages)
	}

	// Archive and unarchive.
	ch, _, err := s.Archive(ctx, &benchling.WorkflowTasksArchive{WorkflowTaskIDs: []string{cp.ID}, Reason: benchling.EntityArchiveReasonMadeInError})
	if err != nil || !slices.Equal(ch.WorkflowTaskIDs, []string{cp.ID}) {
		t.Fatalf("Archive: %v, %+v", err, ch)
	}
	if got := lst(nil); slices.Contains(got, cp.ID) || len(got) != 6 {
		t.Errorf("the archived task is listed: %v", got)
	}
	if got := lst(&benchling.WorkflowTaskListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ArchiveReason: benchling.ArchiveFilterAnyArchived}}); !slices.Equal(got, []string{cp.ID}) {
		t.Errorf("archived tasks: %v", got)
	}
	if _, _, err := s.Archive(ctx, &benchling.WorkflowTasksArchive{WorkflowTaskIDs: []string{cp.ID}, Reason: "Expired"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Archive for a reason tasks do not take: %v", err)
	}
	if ch, _, err := s.Unarchive(ctx, []string{cp.ID}); err != nil || !slices.Equal(ch.WorkflowTaskIDs, []string{cp.ID}) || len(lst(nil)) != 7 {
		t.Errorf("Unarchive: %v, %+v", err, ch)
	}

	// The group lists its tasks.
	g, _, err := c.WorkflowTaskGroups.Get(ctx, group.ID)
	if err != nil {
		t.Fatal(err)
	}
	gTasks := e2eIDs(g.WorkflowTasks, func(s benchling.WorkflowTaskSummary) string { return s.ID })
	slices.Sort(gTasks)
	if diff := cmp.Diff(all, gTasks); diff != "" {
		t.Errorf("the group's tasks (-want +got):\n%s", diff)
	}
}
