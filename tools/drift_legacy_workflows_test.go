package tools

import "github.com/benchling-go/benchling"

// The Legacy Workflows tag and its deprecated twin: their models and
// exemptions (see drift_test.go for what is checked). The deprecated
// schemas (WorkflowPatch, WorkflowStage, ...) are aliases of the legacy
// ones.
var _ = register(driftTable{
	Tag: "Legacy Workflows",
	Models: []model{
		{Go: benchling.LegacyWorkflow{}, Schema: "LegacyWorkflow"},
		{Go: benchling.LegacyWorkflowPatch{}, Schema: "LegacyWorkflowPatch"},
		{Go: benchling.LegacyWorkflowStage{}, Schema: "LegacyWorkflowStage"},
		{Go: benchling.LegacyWorkflowStageRun{}, Schema: "LegacyWorkflowStageRun"},
		{Go: benchling.LegacyWorkflowSample{}, Schema: "LegacyWorkflowSample"},
	},
	Exempt: map[string]string{
		"LegacyWorkflowList":         "the list envelope: List returns its items (the unit tests round-trip it)",
		"LegacyWorkflowStageList":    "the list envelope: ListStages returns its items (the unit tests round-trip it)",
		"LegacyWorkflowStageRunList": "the list envelope: ListStageRuns returns its items (the unit tests round-trip it)",
		"LegacyWorkflowSampleList":   "the list envelope: the ListStageRun*Samples methods return its items (the unit tests round-trip it)",
	},
})

var _ = register(driftTable{
	Tag: "Legacy Workflows (deprecated)",
	Models: []model{
		{Go: benchling.WorkflowPatch{}, Schema: "WorkflowPatch"},       // an alias of LegacyWorkflowPatch
		{Go: benchling.WorkflowStage{}, Schema: "WorkflowStage"},       // an alias of LegacyWorkflowStage
		{Go: benchling.WorkflowStageRun{}, Schema: "WorkflowStageRun"}, // an alias of LegacyWorkflowStageRun
		{Go: benchling.WorkflowSample{}, Schema: "WorkflowSample"},     // an alias of LegacyWorkflowSample
	},
	Exempt: map[string]string{
		"WorkflowList":         "the list envelope: ListWorkflows returns its items (the unit tests round-trip it)",
		"WorkflowStageList":    "the list envelope: ListWorkflowStages returns its items (the unit tests round-trip it)",
		"WorkflowStageRunList": "the list envelope: ListWorkflowStageRuns returns its items (the unit tests round-trip it)",
		"WorkflowSampleList":   "the list envelope: the ListWorkflowStageRun*Samples methods return its items (the unit tests round-trip it)",
	},
})
