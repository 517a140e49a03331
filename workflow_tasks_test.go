package benchling

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWorkflowTasks exercises every method of WorkflowTasksService with
// the spec's fixtures (see spec_cases_test.go).
func TestWorkflowTasks(t *testing.T) {
	tasks := func(t *testing.T) []byte { return specItems(t, "workflowTasks", "getWorkflowTask", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "List", op: "listWorkflowTasks", pattern: "GET /workflow-tasks", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "10", "nextToken": "tok", "ids": "wftask_1,wftask_2", "workflowTaskGroupIds": "prs_1",
				"schemaId": "prstsch_1", "statusIds": "wfts_1,wfts_2", "assigneeIds": "ent_1,null", "watcherIds": "ent_2",
				"responsibleTeamIds": "team_1,null", "executionOriginIds": "etr_1", "executionTypes": "ENTRY,DIRECT",
				"linkedItemIds.anyOf": "bfi_1", "linkedItemIds.allOf": "bfi_2,con_1", "linkedItemIds.noneOf": "bfi_3",
				"schemaField.Yield": ">= 2", "name": "PUR1-T1", "nameIncludes": "PUR", "creatorIds": "ent_3",
				"scheduledOn": "null", "scheduledOn.lt": "2024-02-01", "scheduledOn.lte": "2024-02-02",
				"scheduledOn.gte": "2024-01-01", "scheduledOn.gt": "2023-12-31", "modifiedAt": "> 2024-01-01",
				"displayIds": "PUR1-T1,PUR1-T2", "archiveReason": "ANY_ARCHIVED",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.WorkflowTasks.List(testCtx(t), &WorkflowTaskListOptions{
					ListOptions: ListOptions{PageSize: 10, NextToken: "tok"},
					WorkflowListFilters: WorkflowListFilters{
						IDs:                []string{"wftask_1", "wftask_2"},
						SchemaID:           "prstsch_1",
						WatcherIDs:         []string{"ent_2"},
						ResponsibleTeamIDs: []string{"team_1", "null"},
						Name:               "PUR1-T1",
						NameIncludes:       "PUR",
						CreatorIDs:         []string{"ent_3"},
						ModifiedAt:         "> 2024-01-01",
						DisplayIDs:         []string{"PUR1-T1", "PUR1-T2"},
						ArchiveReason:      ArchiveFilterAnyArchived,
					}, WorkflowItemListFilters: WorkflowItemListFilters{
						WorkflowTaskGroupIDs: []string{"prs_1"},
						LinkedItemIDsAnyOf:   []string{"bfi_1"},
						LinkedItemIDsAllOf:   []string{"bfi_2", "con_1"},
						LinkedItemIDsNoneOf:  []string{"bfi_3"},
						SchemaFields:         SchemaFieldFilters{"Yield": ">= 2"},
					},
					StatusIDs: []string{"wfts_1", "wfts_2"}, AssigneeIDs: []string{"ent_1", "null"},
					ExecutionOriginIDs: []string{"etr_1"},
					ExecutionTypes:     []WorkflowTaskSchemaExecutionType{WorkflowTaskSchemaExecutionTypeEntry, WorkflowTaskSchemaExecutionTypeDirect},

					ScheduledOn: "null", ScheduledOnLt: "2024-02-01", ScheduledOnLte: "2024-02-02", ScheduledOnGte: "2024-01-01",
					ScheduledOnGt: "2023-12-31",
				})
				return map[string]any{"workflowTasks": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getWorkflowTask", pattern: "GET /workflow-tasks/wftask_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.WorkflowTasks.Get(testCtx(t), "wftask_1")
				return w, err
			}},
		{name: "Create", op: "createWorkflowTask", pattern: "POST /workflow-tasks", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.WorkflowTasks.Create(testCtx(t), reqFixture[WorkflowTaskCreate](t, "createWorkflowTask"))
				return w, err
			}},
		{name: "Update", op: "updateWorkflowTask", pattern: "PATCH /workflow-tasks/wftask_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.WorkflowTasks.Update(testCtx(t), "wftask_1", reqFixture[WorkflowTaskUpdate](t, "updateWorkflowTask"))
				return w, err
			}},
		{name: "Copy", op: "copyWorkflowTask", pattern: "POST /workflow-tasks/wftask_1:copy", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				w, _, err := c.WorkflowTasks.Copy(testCtx(t), "wftask_1")
				return w, err
			}},
		{name: "Archive", op: "archiveWorkflowTasks", pattern: "POST /workflow-tasks:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowTasks.Archive(testCtx(t), reqFixture[WorkflowTasksArchive](t, "archiveWorkflowTasks"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveWorkflowTasks", pattern: "POST /workflow-tasks:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowTasks.Unarchive(testCtx(t), reqFixture[workflowTasksUnarchive](t, "unarchiveWorkflowTasks").WorkflowTaskIDs)
				return a, err
			}},
		{name: "BulkCopy", op: "bulkCopyWorkflowTasks", pattern: "POST /workflow-tasks:bulk-copy", status: http.StatusAccepted,
			task: tasks(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.WorkflowTasks.BulkCopy(testCtx(t), reqFixture[workflowTasksBulkCopyRequest](t, "bulkCopyWorkflowTasks").WorkflowTaskIDs)
				if err == nil {
					wantTaskResult(t, l, tasks(t))
				}
				return l, err
			}},
		{name: "BulkCreate", op: "bulkCreateWorkflowTasks", pattern: "POST /workflow-tasks:bulk-create", status: http.StatusAccepted,
			task: tasks(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.WorkflowTasks.BulkCreate(testCtx(t), reqFixture[workflowTasksBulkCreateRequest](t, "bulkCreateWorkflowTasks").WorkflowTasks)
				if err == nil {
					wantTaskResult(t, l, tasks(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateWorkflowTasks", pattern: "POST /workflow-tasks:bulk-update", status: http.StatusAccepted,
			task: tasks(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.WorkflowTasks.BulkUpdate(testCtx(t), reqFixture[workflowTasksBulkUpdateRequest](t, "bulkUpdateWorkflowTasks").WorkflowTasks)
				if err == nil {
					wantTaskResult(t, l, tasks(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateWorkflowTasks", pattern: "POST /workflow-tasks:bulk-create", status: http.StatusAccepted,
			task: tasks(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.WorkflowTasks.CreateMany(testCtx(t), reqFixture[workflowTasksBulkCreateRequest](t, "bulkCreateWorkflowTasks").WorkflowTasks, nil)
				if err == nil {
					wantRoundTrip(t, tasks(t), map[string]any{"workflowTasks": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateWorkflowTasks", pattern: "POST /workflow-tasks:bulk-update", status: http.StatusAccepted,
			task: tasks(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.WorkflowTasks.UpdateMany(testCtx(t), reqFixture[workflowTasksBulkUpdateRequest](t, "bulkUpdateWorkflowTasks").WorkflowTasks, nil)
				if err == nil {
					wantRoundTrip(t, tasks(t), map[string]any{"workflowTasks": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestWorkflowTasksPaging pages List with All and Pages.
func TestWorkflowTasksPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /workflow-tasks", "listWorkflowTasks", "workflowTasks", false, &n)
	s := env.client.WorkflowTasks
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestWorkflowTasksErrors: bad IDs are ErrInvalidID before anything is
// sent, and an unknown task is a 404.
func TestWorkflowTasksErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /workflow-tasks/wftask_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Workflow task", "wftask_missing")))
	env.mux.HandleFunc("POST /workflow-tasks/wftask_missing:copy", serveJSON(t, http.MethodPost, http.StatusNotFound, notFoundBody("Workflow task", "wftask_missing")))
	ctx, s := testCtx(t), env.client.WorkflowTasks
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, ""); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a/b", &WorkflowTaskUpdate{}); return err },
		"Copy":   func() error { _, _, err := s.Copy(ctx, ".."); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &WorkflowTasksArchive{Reason: EntityArchiveReasonRetired})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, nil); return err },
		"BulkCopy":  func() error { _, _, err := s.BulkCopy(ctx, []string{"wftask_1", ""}); return err },
	})
	_, _, err := s.Get(ctx, "wftask_missing")
	wantNotFound(t, err)
	_, _, err = s.Copy(ctx, "wftask_missing")
	wantNotFound(t, err)
}

// TestWorkflowTaskStatusLifecycle checks the lifecycle helpers against a
// lifecycle written out.
func TestWorkflowTaskStatusLifecycle(t *testing.T) {
	pending := WorkflowTaskStatus{ID: "wfts_1", DisplayName: "Pending", StatusType: WorkflowTaskStatusStatusTypePending}
	progress := WorkflowTaskStatus{ID: "wfts_2", DisplayName: "In Progress", StatusType: WorkflowTaskStatusStatusTypeInProgress}
	done := WorkflowTaskStatus{ID: "wfts_3", DisplayName: "Completed", StatusType: WorkflowTaskStatusStatusTypeCompleted}
	cancelled := WorkflowTaskStatus{ID: "wfts_4", DisplayName: "Cancelled", StatusType: WorkflowTaskStatusStatusTypeCancelled}
	l := &WorkflowTaskStatusLifecycle{
		InitialStatus: pending,
		Statuses:      []WorkflowTaskStatus{pending, progress, done, cancelled},
		Transitions: []WorkflowTaskStatusLifecycleTransition{
			{From: pending, To: progress}, {From: progress, To: done}, {From: pending, To: cancelled}, {From: progress, To: cancelled},
		},
	}
	if s, ok := l.Status("in progress"); !ok || s != progress {
		t.Errorf("Status(in progress) = %v, %v", s, ok)
	}
	if _, ok := l.Status("Shipped"); ok {
		t.Error("Status(Shipped) found a status")
	}
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"wfts_1", "wfts_2", true}, {"wfts_2", "wfts_3", true}, {"wfts_1", "wfts_1", true},
		{"wfts_1", "wfts_3", false}, {"wfts_3", "wfts_1", false}, {"wfts_1", "wfts_nope", false},
	} {
		if got := l.Allows(c.from, c.to); got != c.want {
			t.Errorf("Allows(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
	if diff := cmp.Diff([]WorkflowTaskStatus{progress, cancelled}, l.Next("wfts_1")); diff != "" {
		t.Errorf("Next(pending) (-want +got):\n%s", diff)
	}
	if got := l.Next("wfts_3"); got != nil {
		t.Errorf("Next(completed) = %v, want none", got)
	}
}
