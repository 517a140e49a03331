package tools

import "github.com/benchling-go/benchling"

// The Workflow Flowcharts tag: its models, query options and exemptions
// (see drift_test.go for what is checked). The node details are a union
// (WorkflowFlowchartNodeConfigNodeDetails); each branch has its row.
var _ = register(driftTable{
	Tag: "Workflow Flowcharts",
	Models: []model{
		{Go: benchling.WorkflowFlowchart{}, Schema: "WorkflowFlowchart"},
		{Go: benchling.WorkflowFlowchartEdgeConfig{}, Schema: "WorkflowFlowchartEdgeConfig"},
		{Go: benchling.WorkflowFlowchartNodeConfig{}, Schema: "WorkflowFlowchartNodeConfig"},
		{Go: benchling.WorkflowRootNodeDetails{}, Schema: "WorkflowRootNodeDetails"},
		{Go: benchling.WorkflowOutputNodeDetails{}, Schema: "WorkflowOutputNodeDetails"},
		{Go: benchling.WorkflowTaskNodeDetails{}, Schema: "WorkflowTaskNodeDetails"},
		{Go: benchling.WorkflowRouterNodeDetails{}, Schema: "WorkflowRouterNodeDetails"},
		{Go: benchling.WorkflowRouterFunction{}, Schema: "WorkflowRouterFunction"},
		{Go: benchling.WorkflowEndNodeDetails{}, Schema: "WorkflowEndNodeDetails"},
	},
	Queries: []queryOptions{
		{Op: "listWorkflowFlowcharts", Go: benchling.WorkflowFlowchartListOptions{}},
	},
	Exempt: map[string]string{
		"WorkflowFlowchartPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
	},
})

// The Workflow Flowchart Config Versions tag: its one model.
var _ = register(driftTable{
	Tag: "Workflow Flowchart Config Versions",
	Models: []model{
		{Go: benchling.WorkflowFlowchartConfigVersion{}, Schema: "WorkflowFlowchartConfigVersion"},
	},
})
