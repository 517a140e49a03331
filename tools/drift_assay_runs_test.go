package tools

import "github.com/benchling-go/benchling"

// The Assay Runs tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The lab automation models its
// operations return are in drift_lab_automation_test.go.
var _ = register(driftTable{
	Tag: "Assay Runs",
	Models: []model{
		{Go: benchling.AssayRun{}, Schema: "AssayRun"},
		{Go: benchling.AssayRunCreate{}, Schema: "AssayRunCreate"},
		{Go: benchling.AssayRunUpdate{}, Schema: "AssayRunUpdate"},
		{Go: benchling.AssayRunsArchive{}, Schema: "AssayRunsArchive"},
		{Go: benchling.AssayRunsArchivalChange{}, Schema: "AssayRunsArchivalChange"},
		{Go: struct {
			AssayRunIDs []string `json:"assayRunIds"`
		}{}, Schema: "AssayRunsUnarchive", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: struct {
			AssayRuns []*benchling.AssayRunCreate `json:"assayRuns"`
		}{}, Schema: "AssayRunsBulkCreateRequest", Like: "mirrors the unexported body Create sends (it takes the list, CONTRIBUTING §1.4)"},
		{Go: benchling.AssayRunsBulkCreateResponse{}, Schema: "AssayRunsBulkCreateResponse"},
		{Go: benchling.AssayRunsBulkCreateErrorResponse{}, Schema: "AssayRunsBulkCreateErrorResponse"},
		{Go: benchling.AssayCreateError{}, Schema: "AssayRunsBulkCreateErrorResponse", Path: []string{"errors", "[]"},
			Like: "the items of AssayResultsCreateErrorResponse.errors and AssayRunsBulkCreateErrorResponse.errors, declared alike"},
	},
	Queries: []queryOptions{
		{Op: "listAssayRuns", Go: benchling.AssayRunListOptions{}, Extra: []string{"schemaId"}},
		{Op: "listAutomationInputGenerators", Go: benchling.AutomationInputGeneratorListOptions{},
			Allow: map[string]string{"+pageSize": "ListOptions.PageSize, embedded for the paging iterators: the method refuses a PageSize, which this list does not take"}},
		{Op: "listAutomationOutputProcessorsDeprecated", Go: benchling.ListOptions{},
			Allow: map[string]string{"+pageSize": "ListOptions.PageSize: the method refuses a PageSize, which this list does not take"}},
	},
	Exempt: map[string]string{
		"AssayRunsPaginatedList":                            "the list envelope: List returns its items (the unit tests round-trip it)",
		"AssayRunsBulkGet":                                  "the bulk-get envelope: BulkGet returns its items (the unit tests round-trip it)",
		"AutomationFileInputsPaginatedList":                 "the list envelope: ListAutomationInputGenerators returns its items (the unit tests round-trip it)",
		"DeprecatedAutomationOutputProcessorsPaginatedList": "the list envelope: ListAutomationOutputProcessors returns its items (the unit tests round-trip it)",
		"AssayFieldsCreate":                                 "the free-form branch of AssayCreateFields (the fields of a result or run to create): benchling.AssayFieldsCreate, a map of bare values",
	},
	Elsewhere: map[string]string{
		"Blob": "the Blobs tag's model (a lab automation file is a blob)",
	},
})
