package tools

import "github.com/benchling-go/benchling"

// The Assay Results tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Assay Results",
	Models: []model{
		{Go: benchling.AssayResult{}, Schema: "AssayResult"},
		{Go: benchling.AssayResultCreate{}, Schema: "AssayResultCreate"},
		{Go: benchling.UserValidation{}, Schema: "UserValidation"},
		{Go: benchling.AssayResultsCreateResponse{}, Schema: "AssayResultsCreateResponse"},
		{Go: benchling.AssayResultsCreateErrorResponse{}, Schema: "AssayResultsCreateErrorResponse"},
		{Go: benchling.AssayCreateError{}, Schema: "AssayResultsCreateErrorResponse", Path: []string{"errors", "[]"},
			Like: "the items of AssayResultsCreateErrorResponse.errors and AssayRunsBulkCreateErrorResponse.errors, declared alike"},
		{Go: benchling.AssayResultsArchive{}, Schema: "AssayResultsArchive"},
		{Go: benchling.AssayResultIDsResponse{}, Schema: "AssayResultIdsResponse"},
		{Go: struct {
			AssayResultIDs []string `json:"assayResultIds"`
		}{}, Schema: "AssayResultIdsRequest", Like: "mirrors the unexported body Unarchive sends (it takes the ID list, CONTRIBUTING §1.4)"},
		{Go: struct {
			AssayResults []*benchling.AssayResultCreate `json:"assayResults"`
		}{}, Schema: "AssayResultsBulkCreateRequest", Like: "mirrors the unexported body Create and CreateInTransaction send (they take the list, CONTRIBUTING §1.4)"},
		{Go: benchling.AssayResultsBulkCreateInTableRequest{}, Schema: "AssayResultsBulkCreateInTableRequest"},
		{Go: benchling.AssayResultTransactionCreateResponse{}, Schema: "AssayResultTransactionCreateResponse"},
	},
	Queries: []queryOptions{
		{Op: "listAssayResults", Go: benchling.AssayResultListOptions{}},
	},
	Exempt: map[string]string{
		"AssayResultsPaginatedList": "the list envelope: List returns its items (the unit tests round-trip it)",
		"AssayResultsBulkGet":       "the bulk-get envelope: BulkGet returns its items (the unit tests round-trip it)",
		"AssayFieldsCreate":         "the free-form branch of AssayCreateFields (the fields of a result or run to create): benchling.AssayFieldsCreate, a map of bare values",
	},
})
