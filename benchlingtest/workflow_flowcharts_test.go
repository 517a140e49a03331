package benchlingtest_test

import (
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestWorkflowFlowchartsE2E drives the Workflow Flowcharts and Workflow
// Flowchart Config Versions methods: a seeded flowchart's nodes decode to
// their kinds, its router's rules name its edges, the list sorts and
// filters by creation, and the config version's template is the
// flowchart.
func TestWorkflowFlowchartsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ids := srv.SeedSchemas()
	first, _ := srv.SeedWorkflowFlowchart(ids["Purification"])
	second, version := srv.SeedWorkflowFlowchart(ids["Purification"])
	s := c.WorkflowFlowcharts
	fc, _, err := s.Get(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []benchling.WorkflowFlowchartNodeConfigNodeType
	nodes := map[string]benchling.WorkflowFlowchartNodeConfig{}
	for _, n := range fc.NodeConfigs {
		kinds = append(kinds, n.NodeDetails.NodeKind())
		nodes[n.ID] = n
	}
	want := []benchling.WorkflowFlowchartNodeConfigNodeType{benchling.WorkflowFlowchartNodeConfigNodeTypeRoot,
		benchling.WorkflowFlowchartNodeConfigNodeTypeRouter, benchling.WorkflowFlowchartNodeConfigNodeTypeTask,
		benchling.WorkflowFlowchartNodeConfigNodeTypeOutput, benchling.WorkflowFlowchartNodeConfigNodeTypeEnd}
	if !slices.Equal(kinds, want) || len(fc.EdgeConfigs) != 4 {
		t.Fatalf("the flowchart's nodes: %v, %d edges", kinds, len(fc.EdgeConfigs))
	}
	root := fc.NodeConfigs[0].NodeDetails.(*benchling.WorkflowRootNodeDetails)
	if root.RootTaskSchema.ID != ids["Purification"] || root.RootTaskSchema.Name != "Purification" {
		t.Errorf("the root's schema: %+v", root.RootTaskSchema)
	}
	router := fc.NodeConfigs[1].NodeDetails.(*benchling.WorkflowRouterNodeDetails)
	edges := map[string]benchling.WorkflowFlowchartEdgeConfig{}
	for _, e := range fc.EdgeConfigs {
		edges[e.ID] = e
	}
	if len(router.RouterFunctions) != 2 || router.RouterFunctions[0].IsDefault != true || router.RouterFunctions[1].IsDefault == true {
		t.Fatalf("the router's rules: %+v", router.RouterFunctions)
	}
	if e := edges[router.RouterFunctions[0].EdgeConfigID]; e.FromNodeConfigID != fc.NodeConfigs[1].ID ||
		nodes[e.ToNodeConfigID].NodeType != benchling.WorkflowFlowchartNodeConfigNodeTypeTask {
		t.Errorf("the default rule's edge: %+v", e)
	}
	_, _, err = s.Get(ctx, "wffc_nope")
	e2eWantNotFound(t, err, "wffc_nope")

	// Newest first by default; createdAt:asc reverses; ids and createdAt
	// filter.
	l, _, err := s.List(ctx, nil)
	if err != nil || len(l) != 2 || l[0].ID != second || l[1].ID != first {
		t.Errorf("List: %v, %v", err, l)
	}
	l, _, err = s.List(ctx, &benchling.WorkflowFlowchartListOptions{Sort: benchling.SortCreatedAtAsc, IDs: []string{first, second},
		CreatedAt: e2eTime(t, fc.CreatedAt).Format("2006-01-02")})
	if err != nil || len(l) != 2 || l[0].ID != first {
		t.Errorf("List oldest first: %v, %v", err, l)
	}
	if l, _, err = s.List(ctx, &benchling.WorkflowFlowchartListOptions{CreatedAt: "2999-01-01"}); err != nil || len(l) != 0 {
		t.Errorf("List created on a day to come: %v, %v", err, l)
	}
	if got := e2eCollect(t, s.All(ctx, &benchling.WorkflowFlowchartListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); len(got) != 2 {
		t.Errorf("All by one: %d", len(got))
	}
	if n := countPages(t, s.Pages(ctx, &benchling.WorkflowFlowchartListOptions{ListOptions: benchling.ListOptions{PageSize: 1}})); n != 2 {
		t.Errorf("%d pages of one, want 2", n)
	}

	v, _, err := c.WorkflowFlowchartConfigVersions.Get(ctx, version)
	if err != nil || v.TemplateFlowchart == nil || v.TemplateFlowchart.ID != second || len(v.TemplateFlowchart.NodeConfigs) != 5 {
		t.Errorf("the config version: %v, %+v", err, v)
	}
	_, _, err = c.WorkflowFlowchartConfigVersions.Get(ctx, "wffccv_nope")
	e2eWantNotFound(t, err, "wffccv_nope")
}
