package tools

import "github.com/benchling-go/benchling"

// The Custom Entities tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Custom Entities",
	Models: []model{
		{Go: benchling.CustomEntity{}, Schema: "CustomEntity"},
		{Go: benchling.CustomEntityCreate{}, Schema: "CustomEntityCreate"},
		{Go: benchling.CustomEntityBulkCreate{}, Schema: "CustomEntityBulkCreate"}, // an alias of CustomEntityCreate
		{Go: benchling.CustomEntityUpdate{}, Schema: "CustomEntityUpdate"},
		{Go: benchling.CustomEntityBulkUpdate{}, Schema: "CustomEntityBulkUpdate"},
		{Go: benchling.CustomEntityUpsertRequest{}, Schema: "CustomEntityUpsertRequest"},
		{Go: benchling.CustomEntityBulkUpsertRequest{}, Schema: "CustomEntityBulkUpsertRequest"},
		{Go: benchling.CustomEntitiesArchive{}, Schema: "CustomEntitiesArchive"},
		{Go: benchling.CustomEntitiesArchivalChange{}, Schema: "CustomEntitiesArchivalChange"},
		{Go: benchling.CustomEntitiesBulkCreateResult{}, Schema: "BulkCreateCustomEntitiesAsyncTask", Path: []string{"response"}},
		{Go: benchling.CustomEntitiesBulkUpdateResult{}, Schema: "BulkUpdateCustomEntitiesAsyncTask", Path: []string{"response"}},
		// The bulk-upsert task has no schema of its own; its response has
		// the bulk-create task's shape.
		{Go: benchling.CustomEntitiesBulkUpsertResult{}, Schema: "BulkCreateCustomEntitiesAsyncTask", Path: []string{"response"},
			Like: "the bulk-upsert task's response, which the spec leaves undescribed"},
	},
	Exempt: map[string]string{
		"CustomEntitiesUnarchive":         singleListBody,
		"CustomEntitiesBulkCreateRequest": singleListBody,
		"CustomEntitiesBulkUpdateRequest": singleListBody,
		"CustomEntitiesBulkUpsertRequest": singleListBody,
		"CustomEntitiesPaginatedList":     "the list envelope: List returns its items (the unit tests round-trip it)",
		"CustomEntitiesList":              "the bulk-get envelope: BulkGet returns its items (the unit tests round-trip it)",
	},
	Queries: []queryOptions{
		{Op: "listCustomEntities", Go: benchling.CustomEntityListOptions{}},
		{Op: "getCustomEntity", Go: benchling.CustomEntityGetOptions{}},
		{Op: "bulkGetCustomEntities", Go: benchling.CustomEntityBulkGetOptions{}, Extra: []string{"customEntityIds"}},
	},
})
