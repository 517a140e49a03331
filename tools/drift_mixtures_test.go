package tools

import "github.com/benchling-go/benchling"

// The Mixtures tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Mixtures",
	Models: []model{
		{Go: benchling.Mixture{}, Schema: "Mixture"},
		{Go: benchling.Ingredient{}, Schema: "Ingredient"},
		{Go: benchling.IngredientWriteParams{}, Schema: "IngredientWriteParams"},
		{Go: benchling.EntityLabels{}, Schema: "EntityLabels"},
		{Go: benchling.ContainerLabels{}, Schema: "ContainerLabels"},
		{Go: benchling.MixtureCreate{}, Schema: "MixtureCreate"},
		{Go: benchling.MixtureUpdate{}, Schema: "MixtureUpdate"},
		{Go: benchling.MixtureBulkUpdate{}, Schema: "MixtureBulkUpdate"},
		{Go: benchling.MixturesArchive{}, Schema: "MixturesArchive"},
		{Go: benchling.MixturesArchivalChange{}, Schema: "MixturesArchivalChange"},
		// The bulk tasks have no schemas; their responses list mixtures
		// under the key of the mixture lists.
		{Go: benchling.MixturesBulkCreateResult{}, Schema: "MixturesPaginatedList", Like: "the bulk-create task's response, a list of mixtures",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.MixturesBulkUpdateResult{}, Schema: "MixturesPaginatedList", Like: "the bulk-update task's response, a list of mixtures",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
	},
	Exempt: map[string]string{
		"MixturesUnarchive":         singleListBody,
		"MixturesBulkCreateRequest": singleListBody,
		"MixturesBulkUpdateRequest": singleListBody,
	},
	Queries: []queryOptions{
		{Op: "listMixtures", Go: benchling.MixtureListOptions{}},
	},
})
