package tools

import "github.com/benchling-go/benchling"

// The Entities tag: its models, query options and exemptions (see
// drift_test.go for what is checked). The items of the request are the
// kinds' own bulk-upsert items, checked in their tags' tables.
var _ = register(driftTable{
	Tag: "Entities",
	Models: []model{
		{Go: benchling.EntitiesBulkUpsertRequest{}, Schema: "EntitiesBulkUpsertRequest"},
		// The task's response has no schema ("the resources of the objects
		// that were upserted"); the SDK reads it under the request's keys.
		{Go: benchling.EntitiesBulkUpsertResult{}, Schema: "EntitiesBulkUpsertRequest",
			Like: "the task's response, which the spec leaves undescribed, has the request's keys", Allow: map[string]string{
				"aaSequences:omit":    "a response list: omitempty, as responses are",
				"customEntities:omit": "a response list: omitempty, as responses are",
				"dnaOligos:omit":      "a response list: omitempty, as responses are",
				"dnaSequences:omit":   "a response list: omitempty, as responses are",
				"molecules:omit":      "a response list: omitempty, as responses are",
				"rnaOligos:omit":      "a response list: omitempty, as responses are",
			}},
	},
	Queries: []queryOptions{
		{Op: "bulkUpsertEntities", Go: benchling.EntityBulkUpsertOptions{}},
	},
})
