package benchling

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWorkflowFlowcharts exercises every method of
// WorkflowFlowchartsService and WorkflowFlowchartConfigVersionsService with
// the spec's fixtures (see spec_cases_test.go).
func TestWorkflowFlowcharts(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "List", op: "listWorkflowFlowcharts", pattern: "GET /workflow-flowcharts", status: http.StatusOK,
			query: map[string]string{"pageSize": "2", "ids": "wffc_1,wffc_2", "sort": "createdAt:asc", "createdAt": "2020-01-01"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.WorkflowFlowcharts.List(testCtx(t), &WorkflowFlowchartListOptions{
					ListOptions: ListOptions{PageSize: 2}, IDs: []string{"wffc_1", "wffc_2"}, Sort: SortCreatedAtAsc, CreatedAt: "2020-01-01"})
				return map[string]any{"workflowFlowcharts": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Get", op: "getWorkflowFlowchart", pattern: "GET /workflow-flowcharts/wffc_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.WorkflowFlowcharts.Get(testCtx(t), "wffc_1")
				if err == nil {
					if _, ok := f.NodeConfigs[0].NodeDetails.(*WorkflowRootNodeDetails); !ok {
						t.Errorf("the fixture's node details decode to %T, want *WorkflowRootNodeDetails", f.NodeConfigs[0].NodeDetails)
					}
				}
				return f, err
			}},
		{name: "GetConfigVersion", op: "getWorkflowFlowchartConfigVersion", pattern: "GET /workflow-flowchart-config-versions/wffccv_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				v, _, err := c.WorkflowFlowchartConfigVersions.Get(testCtx(t), "wffccv_1")
				return v, err
			}},
	})
}

// TestWorkflowFlowchartsPaging pages List with All and Pages, and checks
// the 404s and invalid IDs.
func TestWorkflowFlowchartsPaging(t *testing.T) {
	env, n := setup(t), 0
	specPages(t, env, "GET /workflow-flowcharts", "listWorkflowFlowcharts", "workflowFlowcharts", false, &n)
	env.mux.HandleFunc("GET /workflow-flowcharts/wffc_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Workflow flowchart", "wffc_missing")))
	env.mux.HandleFunc("GET /workflow-flowchart-config-versions/wffccv_missing",
		serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Workflow flowchart config version", "wffccv_missing")))
	ctx, s := testCtx(t), env.client.WorkflowFlowcharts
	wantAllPages(t, &n, s.All(ctx, nil), s.Pages(ctx, nil))
	_, _, err := s.Get(ctx, "wffc_missing")
	wantNotFound(t, err)
	_, _, err = env.client.WorkflowFlowchartConfigVersions.Get(ctx, "wffccv_missing")
	wantNotFound(t, err)
	wantInvalidID(t, map[string]func() error{
		"Get":              func() error { _, _, err := s.Get(ctx, ""); return err },
		"GetConfigVersion": func() error { _, _, err := env.client.WorkflowFlowchartConfigVersions.Get(ctx, "a/b"); return err },
	})
}

// TestWorkflowFlowchartNodeDetails decodes a node of every kind the spec
// declares (the values are the spec's examples), and one of a kind it
// does not, which is kept as it came and encodes back unchanged.
func TestWorkflowFlowchartNodeDetails(t *testing.T) {
	doc := `{"nodeConfigs": [
		{"id": "wffcnc_1", "nodeType": "ROOT", "nodeDetails": {"id": "wfrnd_hbVNQcEM", "nodeType": "ROOT", "rootTaskSchema": {"id": "prstsch_1", "name": "Purification"}}},
		{"id": "wffcnc_2", "nodeType": "TASK", "nodeDetails": {"id": "wftnd_hbVNQcEM", "nodeType": "TASK", "taskSchema": {"id": "prstsch_2", "name": "QC"}}},
		{"id": "wffcnc_3", "nodeType": "OUTPUT", "nodeDetails": {"id": "wfond_hbVNQcEM", "nodeType": "OUTPUT", "outputSchema": {"id": "wfoutsch_1", "name": "Yield"}}},
		{"id": "wffcnc_4", "nodeType": "ROUTER", "nodeDetails": {"id": "wfrnd_hbVJBcMC", "nodeType": "ROUTER", "name": "Router 1",
			"routerFunctions": [{"id": "wfrf_b2VJBmBj", "name": "Rule 1", "edgeConfigId": "wffcec_giVNQcTL", "isDefault": true}]}},
		{"id": "wffcnc_5", "nodeType": "END", "nodeDetails": {"id": "wftrnd_aB8Wi12c", "nodeType": "END", "name": "End 1"}},
		{"id": "wffcnc_6", "nodeType": "TASK", "nodeDetails": {"id": "wftnd_2", "taskSchema": {"id": "prstsch_3", "name": "Untyped"}}},
		{"id": "wffcnc_7", "nodeType": "SPLITTER", "nodeDetails": {"id": "wfsnd_1", "nodeType": "SPLITTER", "ways": 3}},
		{"id": "wffcnc_8", "nodeType": "END", "nodeDetails": null}
	]}`
	var f WorkflowFlowchart
	if err := json.Unmarshal([]byte(doc), &f); err != nil {
		t.Fatal(err)
	}
	want := []WorkflowFlowchartNodeConfigNodeDetails{
		&WorkflowRootNodeDetails{ID: "wfrnd_hbVNQcEM", NodeType: WorkflowFlowchartNodeConfigNodeTypeRoot,
			RootTaskSchema: WorkflowTaskSchemaSummary{ID: "prstsch_1", Name: "Purification"}},
		&WorkflowTaskNodeDetails{ID: "wftnd_hbVNQcEM", NodeType: WorkflowFlowchartNodeConfigNodeTypeTask,
			TaskSchema: WorkflowTaskSchemaSummary{ID: "prstsch_2", Name: "QC"}},
		&WorkflowOutputNodeDetails{ID: "wfond_hbVNQcEM", NodeType: WorkflowFlowchartNodeConfigNodeTypeOutput,
			OutputSchema: SchemaSummary{ID: "wfoutsch_1", Name: "Yield"}},
		&WorkflowRouterNodeDetails{ID: "wfrnd_hbVJBcMC", NodeType: WorkflowFlowchartNodeConfigNodeTypeRouter, Name: "Router 1",
			RouterFunctions: []WorkflowRouterFunction{{ID: "wfrf_b2VJBmBj", Name: "Rule 1", EdgeConfigID: "wffcec_giVNQcTL", IsDefault: true}}},
		&WorkflowEndNodeDetails{ID: "wftrnd_aB8Wi12c", NodeType: WorkflowFlowchartNodeConfigNodeTypeEnd, Name: "End 1"},
		&WorkflowTaskNodeDetails{ID: "wftnd_2", TaskSchema: WorkflowTaskSchemaSummary{ID: "prstsch_3", Name: "Untyped"}},
		&UnknownWorkflowFlowchartNodeConfigNodeDetails{NodeType: "SPLITTER",
			Raw: json.RawMessage(`{"id": "wfsnd_1", "nodeType": "SPLITTER", "ways": 3}`)},
		nil,
	}
	var got []WorkflowFlowchartNodeConfigNodeDetails
	for _, n := range f.NodeConfigs {
		got = append(got, n.NodeDetails)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("node details (-want +got):\n%s", diff)
	}
	for i, d := range got[:7] {
		if k := d.NodeKind(); k != f.NodeConfigs[i].NodeType {
			t.Errorf("node %d: NodeKind() = %s, want %s", i, k, f.NodeConfigs[i].NodeType)
		}
	}
	wantRoundTrip(t, []byte(doc), &f)

	// Details of a known kind that do not fit their struct are an error
	// naming the node.
	err := json.Unmarshal([]byte(`{"id": "wffcnc_9", "nodeDetails": {"nodeType": "ROUTER", "routerFunctions": "all"}}`), &WorkflowFlowchartNodeConfig{})
	if err == nil {
		t.Error("a router with a string of functions decoded")
	}
	// An unknown kind made by hand encodes as its kind.
	b, err := json.Marshal(&WorkflowFlowchartNodeConfig{ID: "n", NodeDetails: &UnknownWorkflowFlowchartNodeConfigNodeDetails{NodeType: "LOOP"}})
	if err != nil || string(b) != `{"id":"n","nodeDetails":{"nodeType":"LOOP"}}` {
		t.Errorf("Marshal = %s, %v", b, err)
	}
	if _, err := json.Marshal(&UnknownWorkflowFlowchartNodeConfigNodeDetails{Raw: json.RawMessage(`{`)}); err == nil {
		t.Error("invalid Raw encoded")
	}
}
