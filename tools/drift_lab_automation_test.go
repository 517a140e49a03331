package tools

import "github.com/benchling-go/benchling"

// The Lab Automation tag: its models, query options and exemptions (see
// drift_test.go for what is checked). AutomationInputGenerator and
// AutomationOutputProcessor flatten their allOf part AutomationFile.
var _ = register(driftTable{
	Tag: "Lab Automation",
	Models: []model{
		{Go: benchling.AutomationInputGenerator{}, Schema: "AutomationInputGenerator"},
		{Go: benchling.AutomationOutputProcessor{}, Schema: "AutomationOutputProcessor"},
		{Go: benchling.AssayRunSchemaAutomationFileConfig{}, Schema: "AutomationFile", Path: []string{"automationFileConfig"},
			Like: "the same {name} shape as AssayRunSchema's automation file configs"},
		{Go: benchling.AutomationProgressStats{}, Schema: "AutomationProgressStats"},
		{Go: benchling.LabAutomationTransform{}, Schema: "LabAutomationTransform"},
		{Go: benchling.LabAutomationBenchlingAppErrors{}, Schema: "LabAutomationBenchlingAppErrors"},
		{Go: benchling.LabAutomationBenchlingAppErrorsTopLevelError{}, Schema: "LabAutomationBenchlingAppErrors", Path: []string{"topLevelErrors", "[]"}},
		{Go: benchling.LabAutomationTransformUpdate{}, Schema: "LabAutomationTransformUpdate"},
		{Go: benchling.LabAutomationBenchlingAppError{}, Schema: "LabAutomationBenchlingAppError"},
		{Go: benchling.AutomationInputGeneratorUpdate{}, Schema: "AutomationInputGeneratorUpdate"},
		{Go: benchling.AutomationOutputProcessorCreate{}, Schema: "AutomationOutputProcessorCreate"},
		{Go: benchling.AutomationOutputProcessorUpdate{}, Schema: "AutomationOutputProcessorUpdate"},
		{Go: benchling.AutomationOutputProcessorsArchive{}, Schema: "AutomationOutputProcessorsArchive"},
		{Go: struct {
			AutomationOutputProcessorIDs []string `json:"automationOutputProcessorIds"`
		}{}, Schema: "AutomationOutputProcessorsUnarchive", Like: "mirrors the unexported body UnarchiveOutputProcessors sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: benchling.AutomationOutputProcessorArchivalChange{}, Schema: "AutomationOutputProcessorArchivalChange"},
		// The generate-input and process-output tasks' results.
		{Go: benchling.AutomationInputGenerator{}, Schema: "AIGGenerateInputAsyncTask", Path: []string{"response"},
			Like: "the task's response is the AutomationInputGenerator schema itself (a $ref, not an inline shape)"},
		{Go: benchling.AutomationOutputProcessor{}, Schema: "AOPProcessOutputAsyncTask", Path: []string{"response"},
			Like: "the task's response is the AutomationOutputProcessor schema itself (a $ref, not an inline shape)"},
	},
	Queries: []queryOptions{
		{Op: "listAutomationOutputProcessors", Go: benchling.AutomationOutputProcessorListOptions{},
			Allow: map[string]string{"+pageSize": "ListOptions.PageSize, embedded for the paging iterators: the method refuses a PageSize, which this list does not take"}},
	},
	Exempt: map[string]string{
		"AutomationOutputProcessorsPaginatedList": "the list envelope: ListOutputProcessors returns its items (the unit tests round-trip it)",
	},
	Elsewhere: map[string]string{
		"Blob": "the Blobs tag's model (a lab automation file is a blob)",
	},
})
