package benchlingtest_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestWorkflowTaskGroupsE2E drives every WorkflowTaskGroups method: a new
// group takes its schema's prefix, execution type and the folder, is
// found by name and by the statuses of its tasks, changes its watchers,
// pages, and archives (its tasks can no longer be made).
func TestWorkflowTaskGroupsE2E(t *testing.T) {
	srv, c, schema, group, users := workflowTenant(t)
	ctx := e2eCtx(t)
	s := c.WorkflowTaskGroups
	if group.DisplayID != schema.TaskGroupPrefix+"1" || group.Name != group.DisplayID || group.ExecutionType != schema.ExecutionType ||
		group.WorkflowTaskSchema.ID != schema.ID || group.Folder.ID != srv.FolderID() || group.Folder.ProjectID != srv.ProjectID() ||
		len(group.Watchers) != 1 || group.Watchers[0].ID != users[0] || group.NodeConfig != nil || group.RootTaskGroup != nil ||
		group.ResponsibleTeam != nil || group.Creator.ID != srv.AdminUserID() || group.WebURL == "" {
		t.Fatalf("the new group: %+v", group)
	}
	named, _, err := s.Create(ctx, &benchling.WorkflowTaskGroupCreate{FolderID: srv.FolderID(), SchemaID: schema.ID, Name: benchling.Ptr("Batch 7 purification")})
	if err != nil || named.Name != "Batch 7 purification" || named.DisplayID != schema.TaskGroupPrefix+"2" || len(named.Watchers) != 0 {
		t.Fatalf("a named group: %v, %+v", err, named)
	}
	for name, body := range map[string]*benchling.WorkflowTaskGroupCreate{
		"schema":  {FolderID: srv.FolderID(), SchemaID: "prstsch_nope"},
		"folder":  {FolderID: "lib_nope", SchemaID: schema.ID},
		"watcher": {FolderID: srv.FolderID(), SchemaID: schema.ID, WatcherIDs: []string{"ent_nope"}},
	} {
		if _, _, err := s.Create(ctx, body); !errors.Is(err, benchling.ErrBadRequest) {
			t.Errorf("Create with an unknown %s: %v, want ErrBadRequest", name, err)
		}
	}

	// Statuses of the tasks: the first group has one Pending and one In
	// Progress task, the second none.
	lc := &schema.StatusLifecycle
	pending, _ := lc.Status("Pending")
	progress, _ := lc.Status("In Progress")
	t1, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		t.Fatal(err)
	}
	t2, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: group.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.WorkflowTasks.Update(ctx, t2.ID, &benchling.WorkflowTaskUpdate{StatusID: benchling.Ptr(progress.ID)}); err != nil {
		t.Fatal(err)
	}
	lst := func(o *benchling.WorkflowTaskGroupListOptions) []string {
		t.Helper()
		return listedIDs(t, ctx, s.List, o, func(g *benchling.WorkflowTaskGroup) string { return g.ID })
	}
	both := []string{group.ID, named.ID}
	slices.Sort(both)
	for name, tc := range map[string]struct {
		o    *benchling.WorkflowTaskGroupListOptions
		want []string
	}{
		"all":            {nil, both},
		"schema":         {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{SchemaID: schema.ID}}, both},
		"folder":         {&benchling.WorkflowTaskGroupListOptions{FolderID: srv.FolderID()}, both},
		"project":        {&benchling.WorkflowTaskGroupListOptions{ProjectID: srv.ProjectID()}, both},
		"watched":        {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{users[0]}}}, []string{group.ID}},
		"unwatched":      {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{WatcherIDs: []string{"null"}}}, []string{named.ID}},
		"any pending":    {&benchling.WorkflowTaskGroupListOptions{StatusIDsAnyOf: []string{pending.ID}}, []string{group.ID}},
		"none pending":   {&benchling.WorkflowTaskGroupListOptions{StatusIDsNoneOf: []string{pending.ID}}, []string{named.ID}},
		"only progress":  {&benchling.WorkflowTaskGroupListOptions{StatusIDsOnly: []string{progress.ID}, WorkflowListFilters: benchling.WorkflowListFilters{IDs: []string{group.ID}}}, nil},
		"only either":    {&benchling.WorkflowTaskGroupListOptions{StatusIDsOnly: []string{pending.ID, progress.ID}}, both},
		"name":           {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{Name: "Batch 7 purification"}}, []string{named.ID}},
		"nameIncludes":   {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{NameIncludes: "batch"}}, []string{named.ID}},
		"display ID":     {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{DisplayIDs: []string{group.DisplayID}}}, []string{group.ID}},
		"execution type": {&benchling.WorkflowTaskGroupListOptions{ExecutionTypes: []benchling.WorkflowTaskSchemaExecutionType{schema.ExecutionType}}, both},
		"no team":        {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ResponsibleTeamIDs: []string{"team_nope"}}}, nil},
		"creator":        {&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{CreatorIDs: []string{srv.AdminUserID()}, ModifiedAt: "> 2000-01-01"}}, both},
		"mentioned":      {&benchling.WorkflowTaskGroupListOptions{MentionedIn: []string{"etr_nope"}}, nil},
	} {
		if diff := cmp.Diff(tc.want, lst(tc.o), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("List %s (-want +got):\n%s", name, diff)
		}
	}
	if got := e2eCollect(t, s.All(ctx, &benchling.WorkflowTaskGroupListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(got) != 2 {
		t.Errorf("All by one: %d", len(got))
	}
	if n := countPages(t, s.Pages(ctx, &benchling.WorkflowTaskGroupListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); n != 2 {
		t.Errorf("%d pages of one, want 2", n)
	}
	if g, err := s.ByName(ctx, "Batch 7 purification", nil); err != nil || g.ID != named.ID {
		t.Errorf("ByName: %v, %v", g, err)
	}
	if _, err := s.ByName(ctx, "Batch 8", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ByName of none: %v", err)
	}

	// Get lists the tasks; Update renames, moves and changes watchers.
	got, _, err := s.Get(ctx, group.ID)
	if err != nil || len(got.WorkflowTasks) != 2 || got.WorkflowTasks[0].ID != t1.ID || got.WorkflowTasks[1].DisplayID != t2.DisplayID {
		t.Fatalf("Get: %v, %+v", err, got)
	}
	up, _, err := s.Update(ctx, group.ID, &benchling.WorkflowTaskGroupUpdate{Name: benchling.Ptr("Run 1"), WatcherIDs: []string{users[1], users[0]}})
	if err != nil || up.Name != "Run 1" || len(up.Watchers) != 2 || up.Watchers[0].ID != users[1] || !e2eTime(t, up.ModifiedAt).After(e2eTime(t, got.ModifiedAt)) {
		t.Errorf("Update: %v, %+v", err, up)
	}
	if up, _, err = s.Update(ctx, group.ID, &benchling.WorkflowTaskGroupUpdate{WatcherIDs: []string{}}); err != nil || len(up.Watchers) != 0 || up.Name != "Run 1" {
		t.Errorf("Update clearing the watchers: %v, %+v", err, up)
	}
	_, _, err = s.Get(ctx, "prs_nope")
	e2eWantNotFound(t, err, "prs_nope")
	if _, _, err := s.Update(ctx, "prs_nope", &benchling.WorkflowTaskGroupUpdate{}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Update of an unknown group: %v", err)
	}

	// An archived group takes no new tasks.
	ch, _, err := s.Archive(ctx, &benchling.WorkflowTaskGroupsArchive{WorkflowTaskGroupIDs: []string{named.ID}, Reason: benchling.EntityArchiveReasonRetired})
	if err != nil || !slices.Equal(ch.WorkflowTaskGroupIDs, []string{named.ID}) || !slices.Equal(lst(nil), []string{group.ID}) {
		t.Fatalf("Archive: %v, %+v", err, ch)
	}
	if _, _, err := c.WorkflowTasks.Create(ctx, &benchling.WorkflowTaskCreate{WorkflowTaskGroupID: named.ID}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("a task in an archived group: %v, want ErrBadRequest", err)
	}
	if got := lst(&benchling.WorkflowTaskGroupListOptions{WorkflowListFilters: benchling.WorkflowListFilters{ArchiveReason: string(benchling.EntityArchiveReasonRetired)}}); !slices.Equal(got, []string{named.ID}) {
		t.Errorf("archived groups: %v", got)
	}
	if ch, _, err := s.Unarchive(ctx, []string{named.ID}); err != nil || !slices.Equal(ch.WorkflowTaskGroupIDs, []string{named.ID}) || len(lst(nil)) != 2 {
		t.Errorf("Unarchive: %v, %+v", err, ch)
	}
}
