package tools

import "github.com/benchling-go/benchling"

// The Legacy Requests tag: its models, query options and exemptions (see
// drift_test.go for what is checked). Assignees and samples are unions
// (RequestAssignee, RequestWriteAssignee, RequestSample); each branch has
// its row.
var _ = register(driftTable{
	Tag: "Legacy Requests",
	Models: []model{
		{Go: benchling.Request{}, Schema: "Request"},
		{Go: benchling.RequestUserAssignee{}, Schema: "RequestUserAssignee"},
		{Go: benchling.RequestTeamAssignee{}, Schema: "RequestTeamAssignee"},
		{Go: benchling.RequestWriteUserAssignee{}, Schema: "RequestWriteUserAssignee"},
		{Go: benchling.RequestWriteTeamAssignee{}, Schema: "RequestWriteTeamAssignee"},
		{Go: benchling.RequestSampleGroup{}, Schema: "RequestSampleGroup"},
		{Go: benchling.RequestSampleGroupCreate{}, Schema: "RequestSampleGroupCreate"},
		{Go: benchling.RequestSampleGroupSamples{}, Schema: "RequestSampleGroupSamples"},
		{Go: benchling.RequestSampleWithEntity{}, Schema: "RequestSampleWithEntity"},
		{Go: benchling.RequestSampleWithBatch{}, Schema: "RequestSampleWithBatch"},
		{Go: benchling.SampleGroup{}, Schema: "SampleGroup"}, // an alias of RequestSampleGroup
		{Go: benchling.RequestCreate{}, Schema: "RequestCreate"},
		{Go: benchling.RequestUpdate{}, Schema: "RequestUpdate"},
		{Go: benchling.RequestTask{}, Schema: "RequestTask"},
		{Go: benchling.RequestTaskBase{}, Schema: "RequestTaskBase"},
		{Go: benchling.RequestTasksBulkCreate{}, Schema: "RequestTasksBulkCreate"},
		{Go: benchling.SampleGroupStatusUpdate{}, Schema: "SampleGroupStatusUpdate"},
		{Go: benchling.RequestFulfillment{}, Schema: "RequestFulfillment"},
		{Go: benchling.RequestResponse{}, Schema: "RequestResponse"},
		{Go: benchling.RequestResponseSample{}, Schema: "RequestResponse", Path: []string{"samples", "[]"}},
	},
	Queries: []queryOptions{
		{Op: "listRequests", Go: benchling.RequestListOptions{}, Extra: []string{"schemaId"}},
		{Op: "getRequest", Go: benchling.RequestGetOptions{}},
		{Op: "bulkGetRequests", Go: benchling.RequestBulkGetOptions{}, Extra: []string{"requestIds"}},
		{Op: "listRequestFulfillments", Go: benchling.RequestFulfillmentListOptions{}, Extra: []string{"entryId"}},
	},
	Exempt: map[string]string{
		"RequestsPaginatedList":            "the list envelope: List returns its items (the unit tests round-trip it)",
		"RequestsBulkGet":                  "the list envelope: BulkGet returns its items (the unit tests round-trip it)",
		"RequestFulfillmentsPaginatedList": "the list envelope: ListFulfillments returns its items (the unit tests round-trip it)",
		"RequestTasksBulkCreateResponse":   "the list envelope: BulkCreateTasks returns its tasks (the unit tests round-trip it)",
		"RequestTasksBulkUpdateResponse":   "the list envelope: BulkUpdateTasks returns its tasks (the unit tests round-trip it)",
		"RequestTasksBulkCreateRequest":    singleListBody,
		"RequestTasksBulkUpdateRequest":    singleListBody,
		"SampleGroupsStatusUpdate":         singleListBody,
		"ExecuteSampleGroups":              "the response is intentionally empty ({}): ExecuteSampleGroups returns only the *Response",
		"RequestResponseSamplesItemBatch":  "an allOf of BatchOrInaccessibleResource alone: the Go alias of that union, which the sample's batch field claims",
		"RequestResponseSamplesItemEntity": "an allOf of EntityOrInaccessibleResource alone: the Go alias of that union, which the sample's entity field claims",
		"BadRequestErrorBulk":              "an error body: benchling.Error decodes every error, the items' errors into Error.Items",
	},
})
