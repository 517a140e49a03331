package benchling

import (
	"net/http"
	"testing"
)

// TestWorkflowOutputs exercises every method of WorkflowOutputsService
// with the spec's fixtures (see spec_cases_test.go).
func TestWorkflowOutputs(t *testing.T) {
	outputs := func(t *testing.T) []byte {
		return specItems(t, "workflowOutputs", "getWorkflowOutput", http.StatusOK)
	}
	runSpecCases(t, []specCase{
		{name: "List", op: "listWorkflowOutputs", pattern: "GET /workflow-outputs", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "3", "ids": "wfout_1", "workflowTaskGroupIds": "prs_1,prs_2", "workflowTaskIds": "wftask_1",
				"schemaId": "wfoutsch_1", "watcherIds": "null", "responsibleTeamIds": "team_1", "creationOriginIds": "etr_1",
				"linkedItemIds.anyOf": "bfi_1,bfi_2", "linkedItemIds.allOf": "con_1", "linkedItemIds.noneOf": "bfi_3",
				"schemaField.Yield": "5", "name": "OUT1", "nameIncludes": "OUT", "creatorIds": "ent_1",
				"modifiedAt": "< 2024-01-01", "displayIds": "OUT1", "archiveReason": "Retired",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.WorkflowOutputs.List(testCtx(t), &WorkflowOutputListOptions{
					ListOptions: ListOptions{PageSize: 3}, WorkflowListFilters: WorkflowListFilters{
						IDs:                []string{"wfout_1"},
						SchemaID:           "wfoutsch_1",
						WatcherIDs:         []string{"null"},
						ResponsibleTeamIDs: []string{"team_1"},
						Name:               "OUT1",
						NameIncludes:       "OUT",
						CreatorIDs:         []string{"ent_1"},
						ModifiedAt:         "< 2024-01-01",
						DisplayIDs:         []string{"OUT1"},
						ArchiveReason:      string(EntityArchiveReasonRetired),
					}, WorkflowItemListFilters: WorkflowItemListFilters{
						WorkflowTaskGroupIDs: []string{"prs_1", "prs_2"},
						LinkedItemIDsAnyOf:   []string{"bfi_1", "bfi_2"},
						LinkedItemIDsAllOf:   []string{"con_1"},
						LinkedItemIDsNoneOf:  []string{"bfi_3"},
						SchemaFields:         SchemaFieldFilters{"Yield": "5"},
					},
					WorkflowTaskIDs:   []string{"wftask_1"},
					CreationOriginIDs: []string{"etr_1"},
				})
				return map[string]any{"workflowOutputs": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getWorkflowOutput", pattern: "GET /workflow-outputs/wfout_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.WorkflowOutputs.Get(testCtx(t), "wfout_1")
				return o, err
			}},
		{name: "Create", op: "createWorkflowOutput", pattern: "POST /workflow-outputs", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.WorkflowOutputs.Create(testCtx(t), reqFixture[WorkflowOutputCreate](t, "createWorkflowOutput"))
				return o, err
			}},
		{name: "Update", op: "updateWorkflowOutput", pattern: "PATCH /workflow-outputs/wfout_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				o, _, err := c.WorkflowOutputs.Update(testCtx(t), "wfout_1", reqFixture[WorkflowOutputUpdate](t, "updateWorkflowOutput"))
				return o, err
			}},
		{name: "Archive", op: "archiveWorkflowOutputs", pattern: "POST /workflow-outputs:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowOutputs.Archive(testCtx(t), reqFixture[WorkflowOutputsArchive](t, "archiveWorkflowOutputs"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveWorkflowOutputs", pattern: "POST /workflow-outputs:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowOutputs.Unarchive(testCtx(t), reqFixture[workflowOutputsUnarchive](t, "unarchiveWorkflowOutputs").WorkflowOutputIDs)
				return a, err
			}},
		{name: "BulkCreate", op: "bulkCreateWorkflowOutputs", pattern: "POST /workflow-outputs:bulk-create", status: http.StatusAccepted,
			task: outputs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.WorkflowOutputs.BulkCreate(testCtx(t), reqFixture[workflowOutputsBulkCreateRequest](t, "bulkCreateWorkflowOutputs").WorkflowOutputs)
				if err == nil {
					wantTaskResult(t, l, outputs(t))
				}
				return l, err
			}},
		{name: "BulkUpdate", op: "bulkUpdateWorkflowOutputs", pattern: "POST /workflow-outputs:bulk-update", status: http.StatusAccepted,
			task: outputs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.WorkflowOutputs.BulkUpdate(testCtx(t), reqFixture[workflowOutputsBulkUpdateRequest](t, "bulkUpdateWorkflowOutputs").WorkflowOutputs)
				if err == nil {
					wantTaskResult(t, l, outputs(t))
				}
				return l, err
			}},
		{name: "CreateMany", op: "bulkCreateWorkflowOutputs", pattern: "POST /workflow-outputs:bulk-create", status: http.StatusAccepted,
			task: outputs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.WorkflowOutputs.CreateMany(testCtx(t), reqFixture[workflowOutputsBulkCreateRequest](t, "bulkCreateWorkflowOutputs").WorkflowOutputs, nil)
				if err == nil {
					wantRoundTrip(t, outputs(t), map[string]any{"workflowOutputs": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
		{name: "UpdateMany", op: "bulkUpdateWorkflowOutputs", pattern: "POST /workflow-outputs:bulk-update", status: http.StatusAccepted,
			task: outputs(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.WorkflowOutputs.UpdateMany(testCtx(t), reqFixture[workflowOutputsBulkUpdateRequest](t, "bulkUpdateWorkflowOutputs").WorkflowOutputs, nil)
				if err == nil {
					wantRoundTrip(t, outputs(t), map[string]any{"workflowOutputs": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestWorkflowOutputsPaging pages List with All and Pages.
func TestWorkflowOutputsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /workflow-outputs", "listWorkflowOutputs", "workflowOutputs", false, &n)
	s := env.client.WorkflowOutputs
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
}

// TestWorkflowOutputsErrors: bad IDs are ErrInvalidID before anything is
// sent, an unknown output is a 404, and more items than a chunk holds
// split into chunks of MaxBulkWorkflowOutputs.
func TestWorkflowOutputsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /workflow-outputs/wfout_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Workflow output", "wfout_missing")))
	ctx, s := testCtx(t), env.client.WorkflowOutputs
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, " "); return err },
		"Update": func() error { _, _, err := s.Update(ctx, "a\\b", &WorkflowOutputUpdate{}); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &WorkflowOutputsArchive{Reason: EntityArchiveReasonOther})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, []string{"wfout_1,wfout_2"}); return err },
	})
	_, _, err := s.Get(ctx, "wfout_missing")
	wantNotFound(t, err)
	if _, err := s.CreateMany(ctx, make([]*WorkflowOutputBulkCreate, 2), &BulkOptions{ChunkSize: MaxBulkWorkflowOutputs + 1}); err == nil {
		t.Error("CreateMany with a chunk above the limit: no error")
	}
}
