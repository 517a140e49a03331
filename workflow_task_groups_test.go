package benchling

import (
	"errors"
	"net/http"
	"testing"
)

// TestWorkflowTaskGroups exercises every method of
// WorkflowTaskGroupsService with the spec's fixtures (see
// spec_cases_test.go).
func TestWorkflowTaskGroups(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listWorkflowTaskGroups", pattern: "GET /workflow-task-groups", status: http.StatusOK,
			query: map[string]string{
				"pageSize": "7", "ids": "prs_1,prs_2", "schemaId": "prstsch_1", "folderId": "lib_1", "projectId": "src_1",
				"mentionedIn": "etr_1", "watcherIds": "ent_1,null", "executionTypes": "DIRECT", "responsibleTeamIds": "team_1",
				"statusIds.anyOf": "wfts_1", "statusIds.noneOf": "wfts_2,wfts_3", "statusIds.only": "wfts_4",
				"name": "PUR1", "nameIncludes": "PUR", "creatorIds": "ent_2", "modifiedAt": "> 2024-01-01",
				"displayIds": "PUR1,PUR2", "archiveReason": "NOT_ARCHIVED",
			},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.WorkflowTaskGroups.List(testCtx(t), &WorkflowTaskGroupListOptions{
					ListOptions: ListOptions{PageSize: 7}, WorkflowListFilters: WorkflowListFilters{
						IDs:                []string{"prs_1", "prs_2"},
						SchemaID:           "prstsch_1",
						WatcherIDs:         []string{"ent_1", "null"},
						ResponsibleTeamIDs: []string{"team_1"},
						Name:               "PUR1",
						NameIncludes:       "PUR",
						CreatorIDs:         []string{"ent_2"},
						ModifiedAt:         "> 2024-01-01",
						DisplayIDs:         []string{"PUR1", "PUR2"},
						ArchiveReason:      ArchiveFilterNotArchived,
					}, FolderID: "lib_1",
					ProjectID: "src_1", MentionedIn: []string{"etr_1"},
					ExecutionTypes: []WorkflowTaskSchemaExecutionType{WorkflowTaskSchemaExecutionTypeDirect},
					StatusIDsAnyOf: []string{"wfts_1"}, StatusIDsNoneOf: []string{"wfts_2", "wfts_3"},
					StatusIDsOnly: []string{"wfts_4"},
				})
				return map[string]any{"workflowTaskGroups": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getWorkflowTaskGroup", pattern: "GET /workflow-task-groups/prs_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				g, _, err := c.WorkflowTaskGroups.Get(testCtx(t), "prs_1")
				return g, err
			}},
		{name: "Create", op: "createWorkflowTaskGroup", pattern: "POST /workflow-task-groups", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				g, _, err := c.WorkflowTaskGroups.Create(testCtx(t), reqFixture[WorkflowTaskGroupCreate](t, "createWorkflowTaskGroup"))
				return g, err
			}},
		{name: "Update", op: "updateWorkflowTaskGroup", pattern: "PATCH /workflow-task-groups/prs_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				g, _, err := c.WorkflowTaskGroups.Update(testCtx(t), "prs_1", reqFixture[WorkflowTaskGroupUpdate](t, "updateWorkflowTaskGroup"))
				return g, err
			}},
		{name: "Archive", op: "archiveWorkflowTaskGroups", pattern: "POST /workflow-task-groups:archive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowTaskGroups.Archive(testCtx(t), reqFixture[WorkflowTaskGroupsArchive](t, "archiveWorkflowTaskGroups"))
				return a, err
			}},
		{name: "Unarchive", op: "unarchiveWorkflowTaskGroups", pattern: "POST /workflow-task-groups:unarchive", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				a, _, err := c.WorkflowTaskGroups.Unarchive(testCtx(t), reqFixture[workflowTaskGroupsUnarchive](t, "unarchiveWorkflowTaskGroups").WorkflowTaskGroupIDs)
				return a, err
			}},
	})
}

// TestWorkflowTaskGroupsPagingByName pages List with All and Pages, and
// looks a group up by name.
func TestWorkflowTaskGroupsPagingByName(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /workflow-task-groups", "listWorkflowTaskGroups", "workflowTaskGroups", false, &n)
	s := env.client.WorkflowTaskGroups
	wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))

	env = setup(t)
	env.mux.HandleFunc("GET /workflow-task-groups", func(w http.ResponseWriter, r *http.Request) {
		groups := []any{}
		switch r.URL.Query().Get("name") {
		case "Purification run":
			testQuery(t, r, map[string]string{"name": "Purification run", "schemaId": "prstsch_1"})
			groups = []any{map[string]any{"id": "prs_1", "name": "Purification run"}}
		case "Twice":
			groups = []any{map[string]any{"id": "prs_2", "name": "Twice"}, map[string]any{"id": "prs_3", "name": "Twice"}}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"workflowTaskGroups": groups, "nextToken": ""})(w, r)
	})
	ctx, s := testCtx(t), env.client.WorkflowTaskGroups
	g, err := s.ByName(ctx, "Purification run", &WorkflowTaskGroupListOptions{WorkflowListFilters: WorkflowListFilters{SchemaID: "prstsch_1"}})
	if err != nil || g.ID != "prs_1" {
		t.Errorf("ByName = %v, %v", g, err)
	}
	var amb *AmbiguousError
	if _, err := s.ByName(ctx, "Twice", nil); !errors.As(err, &amb) || len(amb.IDs) != 2 {
		t.Errorf("ByName(Twice): %v", err)
	}
	if _, err := s.ByName(ctx, "None", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(None): %v", err)
	}
}

// TestWorkflowTaskGroupsErrors: bad IDs are ErrInvalidID before anything
// is sent, and an unknown task group is a 404.
func TestWorkflowTaskGroupsErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /workflow-task-groups/prs_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Workflow task group", "prs_missing")))
	ctx, s := testCtx(t), env.client.WorkflowTaskGroups
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := s.Get(ctx, ""); return err },
		"Update": func() error { _, _, err := s.Update(ctx, ".", &WorkflowTaskGroupUpdate{}); return err },
		"Archive": func() error {
			_, _, err := s.Archive(ctx, &WorkflowTaskGroupsArchive{Reason: EntityArchiveReasonRetired})
			return err
		},
		"Unarchive": func() error { _, _, err := s.Unarchive(ctx, nil); return err },
	})
	_, _, err := s.Get(ctx, "prs_missing")
	wantNotFound(t, err)
}
